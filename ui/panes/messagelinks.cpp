#include "panes/messagelinks.h"

#include "models/messagelistmodel.h"
#include "panes/messagedelegate.h"
#include "store/rows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QStyleOptionViewItem>

namespace relaydesk::ui {

using Model = models::MessageListModel;

MessageLinks::MessageLinks(QListView *list, MessageDelegate *delegate, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_delegate(delegate)
{
    connect(delegate, &MessageDelegate::linkActivated, this, &MessageLinks::openRequested);
    list->viewport()->setMouseTracking(true);
    list->viewport()->installEventFilter(this);
    list->installEventFilter(this);
}

QStyleOptionViewItem MessageLinks::optionFor(const QModelIndex &index) const
{
    // As the view hands it to the delegate for painting: its font, the row's rectangle.
    QStyleOptionViewItem option;
    option.initFrom(m_list->viewport());
    option.font = m_list->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.rect = m_list->visualRect(index);
    return option;
}

bool MessageLinks::eventFilter(QObject *watched, QEvent *event)
{
    // Only these events matter; the list also sends others while it is being
    // destroyed, when it is no longer a QListView to cast to.
    switch (event->type()) {
    case QEvent::ContextMenu:
    case QEvent::MouseMove:
    case QEvent::Leave:
    case QEvent::KeyPress:
        break;
    default:
        return false;
    }
    if (m_list.isNull())
        return false;
    if (event->type() == QEvent::ContextMenu && (watched == m_list || watched == m_list->viewport())) {
        const auto *request = static_cast<QContextMenuEvent *>(event);
        // From the keyboard (the Menu key): the selected message; else the one clicked.
        QModelIndex index = m_list->currentIndex();
        QPoint pos = m_list->visualRect(index).center();
        if (request->reason() != QContextMenuEvent::Keyboard && watched == m_list->viewport()) {
            pos = request->pos();
            index = m_list->indexAt(pos);
        }
        showMenu(index, pos);
        return true;
    }
    if (watched == m_list->viewport() && event->type() == QEvent::MouseMove) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = m_list->indexAt(pos);
        const bool overLink = index.isValid() && m_delegate->linkAt(optionFor(index), index, pos).isValid();
        if (overLink)
            m_list->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_list->viewport()->unsetCursor();
    } else if (watched == m_list->viewport() && event->type() == QEvent::Leave) {
        m_list->viewport()->unsetCursor();
    } else if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_list->currentIndex();
        if (key == Qt::Key_F10 && static_cast<QKeyEvent *>(event)->modifiers() == Qt::ShiftModifier) {
            if (current.isValid()) {
                m_list->scrollTo(current);
                showMenu(current, m_list->visualRect(current).center());
            }
            return true;
        }
        // Attachments come first (the thread opens or plays them); else the first link.
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()
            && current.data(Model::AttachmentCountRole).toInt() == 0) {
            const QVector<TextLink> links = MessageDelegate::linksOf(current);
            if (!links.isEmpty()) {
                emit openRequested(links.constFirst().url);
                return true;
            }
        }
    }
    return false;
}

QMenu *MessageLinks::menuFor(const QModelIndex &index, const QPoint &pos, QWidget *parent)
{
    if (!index.isValid())
        return nullptr;
    QUrl link = m_delegate->linkAt(optionFor(index), index, pos);
    if (!link.isValid()) {
        const QVector<TextLink> links = MessageDelegate::linksOf(index);
        if (!links.isEmpty())
            link = links.constFirst().url;
    }
    auto *menu = new QMenu(parent);
    const auto answered = [this](auto signal) { return isSignalConnected(QMetaMethod::fromSignal(signal)); };
    const bool failed = index.data(Model::DirectionRole).toString() == QLatin1String("out")
                        && index.data(Model::StatusRole).toString() == QLatin1String("failed");
    const QString clientId = index.data(Model::ClientIdRole).toString();
    if (failed && !clientId.isEmpty() && answered(&MessageLinks::retryRequested)) {
        QAction *retry = menu->addAction(tr("&Retry sending"));
        retry->setObjectName(QStringLiteral("retrySend"));
        retry->setToolTip(tr("Send this message again"));
        connect(retry, &QAction::triggered, this, [this, clientId] { emit retryRequested(clientId); });
        menu->addSeparator();
    }
    if (answered(&MessageLinks::replyRequested)) {
        QAction *reply = menu->addAction(tr("Re&ply"));
        reply->setObjectName(QStringLiteral("reply"));
        const QPersistentModelIndex at(index);
        connect(reply, &QAction::triggered, this, [this, at] { emit replyRequested(at); });
        menu->addSeparator();
    }
    if (link.isValid()) {
        const bool mail = link.scheme() == QLatin1String("mailto");
        QAction *open = menu->addAction(mail ? tr("&Write an e-mail") : tr("&Open link"));
        open->setObjectName(QStringLiteral("openLink"));
        connect(open, &QAction::triggered, this, [this, link] { emit openRequested(link); });
        QAction *copyLink = menu->addAction(mail ? tr("Copy e-mail &address") : tr("Copy link &address"));
        copyLink->setObjectName(QStringLiteral("copyLink"));
        connect(copyLink, &QAction::triggered, this,
                [link, mail] { QGuiApplication::clipboard()->setText(mail ? link.path() : link.toString()); });
        menu->addSeparator();
    }
    const QString text = index.data(Model::TextRole).toString();
    QAction *copyText = menu->addAction(tr("&Copy text"));
    copyText->setObjectName(QStringLiteral("copyText"));
    copyText->setShortcut(QKeySequence::Copy);
    copyText->setEnabled(!text.isEmpty());
    connect(copyText, &QAction::triggered, this, [text] { QGuiApplication::clipboard()->setText(text); });
    const qint64 createdAt = index.data(Model::CreatedAtRole).toLongLong();
    QAction *copyTime = menu->addAction(tr("Copy message &time"));
    copyTime->setObjectName(QStringLiteral("copyTime"));
    copyTime->setEnabled(createdAt > 0);
    connect(copyTime, &QAction::triggered, this,
            [createdAt] { QGuiApplication::clipboard()->setText(timeText(createdAt)); });
    const auto attachments = index.data(Model::AttachmentsRole).value<QVector<store::AttachmentRow>>();
    if (!attachments.isEmpty() && answered(&MessageLinks::saveRequested)) {
        menu->addSeparator();
        const int row = index.row();
        for (int i = 0; i < attachments.size(); ++i) {
            // A file's name is shown as it is: an "&" in it is not a shortcut.
            const QString name = QString(attachments.at(i).fileName).replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *save = menu->addAction(attachments.size() == 1 || name.isEmpty()
                                                ? tr("&Save attachment…")
                                                : tr("Save “%1”…", "an attachment's file name").arg(name));
            save->setObjectName(QStringLiteral("saveAttachment"));
            connect(save, &QAction::triggered, this, [this, row, i] { emit saveRequested(row, i); });
        }
    }
    return menu;
}

QString MessageLinks::timeText(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::LongFormat);
}

void MessageLinks::showMenu(const QModelIndex &index, const QPoint &pos)
{
    QMenu *menu = menuFor(index, pos, m_list);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

} // namespace relaydesk::ui
