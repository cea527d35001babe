#include "panes/threadpane.h"

#include "panes/messagedelegate.h"
#include "widgets/composer.h"
#include "widgets/emptystate.h"

#include "models/messagelistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relaydesk::ui {

ThreadPane::ThreadPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_composer(new Composer(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(QStringLiteral("threadPane"));
    // The thread sits on the lighter base colour so the three panes read apart.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_empty->setTitle(tr("No conversation open"));
    m_empty->setHint(tr("Choose a conversation on the left to read it and reply."));

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);

    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setItemDelegate(new MessageDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadPane::olderWanted);

    m_send->setToolTip(tr("Send (Enter)"));
    connect(m_send, &QPushButton::clicked, m_composer, &Composer::submit);
    connect(m_composer, &Composer::submitted, this, [this](const QString &text) {
        if (m_conversationId != 0)
            emit sendRequested(m_conversationId, text);
    });

    auto *thread = new QWidget(this);
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *threadLayout = new QVBoxLayout(thread);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->addWidget(m_title);
    threadLayout->addWidget(m_list, 1);
    threadLayout->addLayout(composerRow);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(thread);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->addWidget(m_stack);
}

void ThreadPane::setModel(models::MessageListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_list->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
            const QScrollBar *bar = m_list->verticalScrollBar();
            m_atBottom = bar->value() >= bar->maximum() - 4;
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadPane::rowsArrived);
        connect(model, &QAbstractItemModel::modelReset, this, &ThreadPane::settleAtNewest);
    }
}

void ThreadPane::showConversation(qint64 conversationId, const QString &title)
{
    m_conversationId = conversationId;
    m_title->setText(title);
    m_stack->setCurrentIndex(conversationId != 0 ? 1 : 0);
    if (m_model && m_model->conversationId() != conversationId)
        m_model->setConversation(conversationId);
    settleAtNewest();
}

void ThreadPane::settleAtNewest()
{
    // A conversation opens at its newest message; the scroll bar passing the
    // top on the way is not the agent asking for older ones.
    m_settling = true;
    m_atBottom = true;
    m_list->scrollToBottom();
    QTimer::singleShot(0, this, [this] {
        m_list->scrollToBottom();
        m_settling = false;
    });
}

void ThreadPane::setSendingEnabled(bool enabled, const QString &why)
{
    m_composer->setEnabled(enabled);
    m_send->setEnabled(enabled);
    m_composer->setPlaceholderText(enabled ? tr("Write a reply… (Enter sends, Shift+Enter for a new line)") : why);
}

void ThreadPane::rowsArrived()
{
    // New messages at the end keep the view at the newest if it was there.
    if (m_atBottom)
        m_list->scrollToBottom();
}

void ThreadPane::olderWanted(int value)
{
    // At the top: bring the older page in and keep what was on screen in place.
    if (m_settling || !m_model || value != m_list->verticalScrollBar()->minimum()
        || m_list->verticalScrollBar()->maximum() == 0 || !m_model->canFetchOlder())
        return;
    const int before = m_list->verticalScrollBar()->maximum();
    m_atBottom = false;
    m_model->fetchOlder();
    m_list->doItemsLayout();
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum() - before);
}

} // namespace relaydesk::ui
