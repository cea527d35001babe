#include "notifications.h"

#include "widgets/mentions.h"

#include "appearance/appearance.h"

#include "popoutthreads.h"
#include "session.h"
#include "windowactions.h"

#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"
#include "widgets/announcer.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTextBoundaryFinder>
#include <QTimer>

namespace relaydesk::app {

namespace {

// Changes arriving together (a burst, a batch of events) make one update.
constexpr int kCoalesceMs = 150;
// At most this many of a conversation's newest messages are looked at per change.
constexpr int kLookBack = 50;
// How many of a conversation's newest messages are looked at for mentions.
constexpr int kMentionLookBack = 5;
constexpr int kPreviewChars = 200;

QString previewOf(const store::MessageRow &message, const store::ConversationRow &conversation)
{
    QString text = message.text.simplified();
    if (text.isEmpty())
        text = conversation.lastPreview.simplified();
    if (text.isEmpty())
        text = Notifications::tr("Sent an attachment");
    if (text.size() > kPreviewChars) {
        // Cut between graphemes, never inside an emoji's surrogate pair or sequence.
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
        graphemes.setPosition(kPreviewChars - 1);
        if (!graphemes.isAtBoundary())
            graphemes.toPreviousBoundary();
        text = text.left(std::max<qsizetype>(1, graphemes.position())) + QChar(0x2026);
    }
    return text;
}

QIcon picture(int unread)
{
    const QIcon app(QStringLiteral(":/icons/relaydesk.svg"));
    QIcon icon;
    for (const int side : {16, 22, 32, 64}) {
        QPixmap pixmap = app.pixmap(side, side);
        if (unread > 0) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QRectF badge(side * 0.42, 0, side * 0.58, side * 0.58);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(214, 48, 49));
            painter.drawEllipse(badge);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(qMax(6, int(side * (unread > 9 ? 0.26 : 0.36))));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

Notifications::Notifications(const Profile &profile, ui::MainWindow &window, Session &session, WindowActions &actions,
                             store::Store *history, std::unique_ptr<platform::Notifier> notifier, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_window(window)
    , m_session(session)
    , m_actions(actions)
    , m_history(nullptr)
    , m_notifier(std::move(notifier))
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_since(QDateTime::currentMSecsSinceEpoch())
    , m_coalesce(new QTimer(this))
    , m_mute(new QAction(this))
{
    m_settings = ui::NotificationSettings::load(*m_profile.settings());
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &Notifications::process);

    connect(m_notifier.get(), &platform::Notifier::openRequested, this, &Notifications::open);
    connect(m_notifier.get(), &platform::Notifier::markReadRequested, this, &Notifications::markRead);
    connect(m_notifier.get(), &platform::Notifier::replied, this, &Notifications::reply);
    connect(m_notifier.get(), &platform::Notifier::closed, this, [this](qint64 id) { m_shown.remove(id); });
    connect(m_notifier.get(), &platform::Notifier::undelivered, this, &Notifications::fallback);

    connect(&window, &ui::MainWindow::settingsRequested, this, &Notifications::showSettings);

    // Conversation → Mute notifications, after the window's own conversation commands.
    m_mute->setCheckable(true);
    auto nameMute = [this] { m_mute->setText(tr("&Mute notifications")); };
    nameMute();
    connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, this, nameMute);
    m_mute->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    for (QAction *action : window.shortcutActions()) {
        if (action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
            continue;
        for (QObject *owner : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner)) {
                menu->addAction(m_mute);
                connect(menu, &QMenu::aboutToShow, this, &Notifications::updateMuteAction);
                break;
            }
        }
    }
    if (m_mute->associatedObjects().isEmpty())
        window.addAction(m_mute); // the shortcut works even without the menu
    // The store says what the conversation is now; the check mark may be stale.
    connect(m_mute, &QAction::triggered, this, [this] {
        const qint64 id = m_window.threadPane()->conversationId();
        const auto conversation = id && m_history ? m_history->reader().conversation(id) : std::nullopt;
        if (!conversation) {
            m_window.statusBar()->showMessage(tr("Open a conversation to mute its notifications."), 6000);
            updateMuteAction();
            return;
        }
        setMuted(id, !conversation->muted);
        const QSignalBlocker quiet(m_mute);
        m_mute->setChecked(!conversation->muted);
    });
    connect(window.conversationPane()->listView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                QTimer::singleShot(0, this, [this] {
                    updateMuteAction();
                    // Opened in the focused window: its notification has been seen.
                    if (looking(m_window.threadPane()->conversationId()))
                        forget(m_window.threadPane()->conversationId());
                });
            });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        auto *menu = new QMenu(&window);
        QAction *show = menu->addAction(QString(), this, [this] {
            m_window.showNormal();
            m_window.raise();
            m_window.activateWindow();
        });
        QAction *settings = menu->addAction(QString(), this, &Notifications::showSettings);
        menu->addSeparator();
        QAction *quit = menu->addAction(QString(), &window, &QWidget::close);
        auto name = [this, show, settings, quit] {
            show->setText(tr("Show Relaydesk"));
            settings->setText(tr("Settings…"));
            quit->setText(tr("Quit"));
        };
        name();
        connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, this, [this, name] {
            name();
            updateCount(); // the tooltip
        });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                m_window.showNormal();
                m_window.raise();
                m_window.activateWindow();
            }
        });
        // The balloon is the one last shown (the tray has one at a time).
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_balloonConversation)
                open(m_balloonConversation);
        });
    }
    setStore(history);
    if (m_tray)
        m_tray->show();
}

Notifications::~Notifications() = default;

void Notifications::setStore(store::Store *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    m_dirty.clear();
    if (m_history)
        connect(m_history, &store::Store::changed, this, &Notifications::onStoreChanged);
    updateCount();
    updateMuteAction();
}

void Notifications::applySettings()
{
    const bool wanted = m_settings.startWithSession;
    m_settings = ui::NotificationSettings::load(*m_profile.settings());
    if (m_settings.startWithSession != wanted)
        applyStartWithSession();
    if (!m_settings.enabled) {
        for (const qint64 conversation : m_shown.keys())
            forget(conversation);
    }
}

void Notifications::applyStartWithSession()
{
    QStringList command{QCoreApplication::applicationFilePath()};
    if (m_profile.directory() != Profile::defaultDirectory())
        command << QStringLiteral("--profile") << m_profile.directory();
    QString problem;
    if (!platform::setStartWithSession(m_settings.startWithSession, command, &problem)) {
        if (m_dialog)
            m_dialog->showProblem(problem);
        m_window.statusBar()->showMessage(problem, 10000);
    } else if (m_dialog) {
        m_dialog->showProblem({});
    }
}

void Notifications::showSettings()
{
    if (!m_dialog) {
        // What the system really does wins over what was last saved.
        ui::NotificationSettings settings = ui::NotificationSettings::load(*m_profile.settings());
        if (settings.startWithSession != platform::startsWithSession()) {
            settings.startWithSession = platform::startsWithSession();
            settings.save(*m_profile.settings());
            m_settings.startWithSession = settings.startWithSession;
        }
        m_dialog = new ui::SettingsDialog(m_profile, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ui::SettingsDialog::changed, this, &Notifications::applySettings);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void Notifications::setMuted(qint64 conversationId, bool muted)
{
    if (!conversationId || !m_session.outbox())
        return;
    m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.mute"),
                                    {{QStringLiteral("conversation_id"), conversationId},
                                     {QStringLiteral("muted"), muted}});
    if (muted)
        forget(conversationId);
}

void Notifications::onStoreChanged(const store::ChangeSet &changes)
{
    m_dirty.unite(changes.messageConversations);
    m_dirty.unite(changes.conversations);
    for (const qint64 gone : changes.removedConversations) {
        m_dirty.remove(gone);
        forget(gone);
    }
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void Notifications::announce(const store::ConversationRow &conversation, const store::MessageRow &latest, int fresh)
{
    // Screen readers hear who wrote in another conversation while the agent
    // works in the window; muted conversations stay quiet.
    if (conversation.muted || !m_window.isActiveWindow() || looking(conversation.id))
        return; // the open conversation's own are said by the thread (Desktop)
    const QString name = conversation.contactName.isEmpty() ? tr("Customer") : conversation.contactName;
    const QString what = previewOf(latest, conversation);
    if (fresh > 1)
        m_window.announcer()->announce(tr("%n new messages from %1. Latest: %2", nullptr, fresh).arg(name, what));
    else
        m_window.announcer()->announce(tr("New message from %1: %2").arg(name, what));
}

void Notifications::notifyMentions(const store::ConversationRow &conversation)
{
    // A colleague's note that names the agent ("@Ana"), since the app started:
    // heard even in a muted conversation, not in quiet hours or while looking at it.
    const qint64 me = m_session.agentId();
    const QString myName = m_session.agentNames().value(me);
    // Nothing new since the app started (a first sync, a backfill): one read saved per conversation.
    if (myName.isEmpty() || conversation.lastActivity < m_since)
        return;
    const qint64 seen = m_mentionSeen.value(conversation.id);
    const QVector<store::MessageRow> newest = m_history->reader().newestMessages(conversation.id, kMentionLookBack);
    if (!newest.isEmpty())
        m_mentionSeen.insert(conversation.id, qMax(seen, newest.constLast().id));
    if (!m_settings.enabled || m_settings.quietAt(m_now().time()) || looking(conversation.id))
        return;
    for (const store::MessageRow &message : newest) {
        if (message.id <= seen || message.kind != QLatin1String("note") || message.createdAt < m_since
            || message.authorId == me || !ui::MentionCompleter::mentions(message.text, myName))
            continue;
        platform::Notification notification;
        notification.conversationId = conversation.id;
        notification.title =
            tr("%1 mentioned you").arg(message.authorName.isEmpty() ? tr("A colleague") : message.authorName);
        const QString customer = conversation.contactName.isEmpty() ? tr("Customer") : conversation.contactName;
        notification.body = m_settings.preview
                                ? tr("Note about %1: %2").arg(customer, message.text.simplified().left(200))
                                : tr("A note about %1").arg(customer);
        notification.sound = m_settings.sound;
        m_notifier->show(notification);
        emit notified(conversation.id);
    }
}

bool Notifications::looking(qint64 conversationId) const
{
    if (m_window.isActiveWindow() && !m_window.isMinimized()
        && m_window.threadPane()->conversationId() == conversationId)
        return true;
    // Or in its own window (Conversation → Pop out), focused.
    const QWidget *popped = m_actions.popOuts() ? m_actions.popOuts()->windowOf(conversationId) : nullptr;
    return popped && popped->isActiveWindow() && !popped->isMinimized();
}

void Notifications::process()
{
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    if (!m_history)
        return;
    store::StoreReader &reader = m_history->reader();
    for (const qint64 id : dirty) {
        const std::optional<store::ConversationRow> conversation = reader.conversation(id);
        if (conversation)
            notifyMentions(*conversation);
        if (!conversation || conversation->unreadCount == 0) {
            // Read here or on another device: its notification has nothing left to say.
            if (m_shown.contains(id))
                forget(id);
            continue;
        }
        // Nothing new since the app started (a first sync, a backfill): history, not news.
        if (conversation->lastActivity < m_since)
            continue;
        // The customer's messages not looked at yet. New customer messages are
        // unread, so the newest `unreadCount` (at most kLookBack) are enough:
        // one small indexed read, even when a sync touches every conversation.
        const qint64 seen = m_seen.value(id);
        const QVector<store::MessageRow> newest = reader.newestMessages(id, qMin(conversation->unreadCount, kLookBack));
        const store::MessageRow *latest = nullptr;
        int fresh = 0;
        for (const store::MessageRow &message : newest) {
            if (message.id <= seen || message.direction != QLatin1String("in") || message.createdAt < m_since)
                continue;
            ++fresh;
            latest = &message;
        }
        if (!newest.isEmpty())
            m_seen.insert(id, qMax(seen, newest.constLast().id));
        if (!latest)
            continue;
        announce(*conversation, *latest, fresh);
        if (looking(id)) {
            forget(id); // the agent is reading it: what it said is old news
            continue;
        }
        if (!m_settings.enabled || conversation->muted || m_settings.quietAt(m_now().time()))
            continue;
        Shown &shown = m_shown[id];
        shown.count += fresh;
        shown.newestMessage = latest->id;
        shown.newestServerId = latest->serverId;
        platform::Notification notification;
        notification.conversationId = id;
        notification.title = conversation->contactName.isEmpty() ? tr("Customer") : conversation->contactName;
        notification.sound = m_settings.sound;
        if (!m_settings.preview)
            notification.body = shown.count > 1 ? tr("%n new messages", nullptr, shown.count) : tr("New message");
        else if (shown.count > 1)
            notification.body =
                tr("%n new messages. Latest: %1", nullptr, shown.count).arg(previewOf(*latest, *conversation));
        else
            notification.body = previewOf(*latest, *conversation);
        m_notifier->show(notification);
        emit notified(id);
    }
    updateCount();
    updateMuteAction();
}

void Notifications::open(qint64 conversationId)
{
    const qint64 message = m_shown.value(conversationId).newestMessage;
    if (m_window.isMinimized())
        m_window.showNormal();
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
    m_actions.openAt(conversationId, message);
    forget(conversationId);
}

void Notifications::markRead(qint64 conversationId)
{
    qint64 upTo = m_shown.value(conversationId).newestServerId;
    if (!upTo && m_history) {
        const QVector<store::MessageRow> newest = m_history->reader().newestMessages(conversationId, 1);
        upTo = newest.isEmpty() ? 0 : newest.constFirst().serverId;
    }
    forget(conversationId);
    if (!m_session.outbox())
        return;
    QJsonObject args{{QStringLiteral("conversation_id"), conversationId}};
    if (upTo)
        args.insert(QStringLiteral("up_to"), upTo);
    m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.read"), args);
}

void Notifications::reply(qint64 conversationId, const QString &text)
{
    forget(conversationId);
    if (m_session.outbox())
        m_session.outbox()->sendText(conversationId, text, 0, QString());
}

void Notifications::forget(qint64 conversationId)
{
    if (m_shown.remove(conversationId))
        m_notifier->close(conversationId);
}

void Notifications::fallback(const platform::Notification &notification)
{
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_balloonConversation = notification.conversationId;
        m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Information);
    }
    if (notification.sound)
        QApplication::beep();
}

void Notifications::updateCount()
{
    // The count the window's title, the dock and the tray all show: one
    // indexed read, resolved and muted conversations left out.
    const int unread = m_history ? m_history->reader().conversationCounts(0).unreadMessages : 0;
    m_window.setUnreadTotal(unread);
    if (unread == m_unread)
        return;
    m_unread = unread;
    m_trayPicture = picture(unread);
    m_notifier->setBadge(unread);
    if (m_tray) {
        m_tray->setIcon(m_trayPicture);
        m_tray->setToolTip(unread > 0 ? tr("Relaydesk: %n unread message(s) from customers", nullptr, unread)
                                      : tr("Relaydesk: nothing waiting"));
    }
}

void Notifications::updateMuteAction()
{
    const qint64 id = m_window.threadPane()->conversationId();
    const std::optional<store::ConversationRow> conversation = id && m_history ? m_history->reader().conversation(id)
                                                                               : std::nullopt;
    const QSignalBlocker quiet(m_mute);
    m_mute->setChecked(conversation && conversation->muted);
}

} // namespace relaydesk::app
