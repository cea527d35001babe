#include "popoutthreads.h"

#include "composerlink.h"
#include "conversationmenus.h"

#include "session.h"
#include "windowactions.h"

#include "models/messagelistmodel.h"
#include "panes/draftbook.h"
#include "panes/threadpane.h"
#include "store/store.h"
#include "sync/outboxsender.h"
#include "widgets/composer.h"

#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

namespace relaydesk::app {

PopOutThreads::PopOutThreads(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

PopOutThreads::~PopOutThreads()
{
    closeAll();
}

ui::ThreadPane *PopOutThreads::paneOf(qint64 conversationId) const
{
    QWidget *window = m_windows.value(conversationId);
    return window ? window->findChild<ui::ThreadPane *>() : nullptr;
}

void PopOutThreads::open(store::Store *history, qint64 conversationId, const QString &title,
                         const QString &temporaryDirectory)
{
    if (!history || !conversationId)
        return;
    if (QWidget *existing = m_windows.value(conversationId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *window = new QWidget(nullptr, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("%1 — Relaydesk").arg(title));
    window->resize(560, 680);
    auto *model = new models::MessageListModel(history, window);
    auto *pane = new ui::ThreadPane(window);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pane);
    pane->setModel(model);
    // Its own folder for opened documents: a window closing empties it.
    if (!temporaryDirectory.isEmpty())
        pane->setTemporaryDirectory(temporaryDirectory + QStringLiteral("/popout-%1").arg(conversationId));
    pane->setDraftBook(m_drafts);
    pane->showConversation(conversationId, title);
    wire(pane, history);
    m_windows.insert(conversationId, window);
    connect(window, &QObject::destroyed, this, [this, conversationId] { m_windows.remove(conversationId); });
    // The history closing takes its windows with it.
    connect(history, &QObject::destroyed, window, &QWidget::close);
    window->show();
}

void PopOutThreads::wire(ui::ThreadPane *pane, store::Store *history)
{
    const auto follow = [this, pane, history] {
        pane->setMedia(m_session.mediaCache(), m_session.mediaFetcher(), m_session.mediaTransfers());
        pane->setSendingEnabled(m_session.outbox() != nullptr,
                                tr("Sign in to reply. You can read your history meanwhile."));
        const auto state = WindowActions::replyWindowOf(history, pane->conversationId());
        pane->setReplyWindowClosed(state.closed, WindowActions::replyWindowClosedText());
    };
    follow();
    connect(&m_session, &Session::servicesChanged, pane, follow);
    connect(&m_session, &Session::signedInChanged, pane, follow);
    connect(history, &store::Store::changed, pane, [follow, pane](const store::ChangeSet &changes) {
        if (changes.conversations.contains(pane->conversationId()))
            follow();
    });
    // Re-checked each minute: a window that closes while on screen.
    auto *tick = new QTimer(pane);
    tick->start(60000);
    connect(tick, &QTimer::timeout, pane, follow);

    connect(pane, &ui::ThreadPane::sendRequested, this, [this, pane](qint64 conversationId, const QString &text) {
        if (!m_session.outbox()) {
            pane->composer()->setPlainText(text);
            return;
        }
        m_session.outbox()->sendText(conversationId, text, 0, QString());
    });
    new ComposerLink(*pane, m_session); // notes, quick replies, suggested replies
    // The message menu offers what the window's does: reply, save, retry.
    ConversationMenus::wireMessageMenu(*pane, m_session, pane,
                                       [pane](const QString &why) { pane->showComposeNote(why, true); });
    connect(pane, &ui::ThreadPane::sendWithAttachments, this,
            [this, pane](qint64 conversationId, const QString &text, const QVector<protocol::Attachment> &attachments) {
                if (!m_session.sendWithAttachments(conversationId, text, attachments))
                    pane->restoreText(conversationId, text);
            });
}

void PopOutThreads::setDraftBook(ui::DraftBook *drafts)
{
    m_drafts = drafts;
}

void PopOutThreads::closeAll()
{
    const auto windows = m_windows;
    for (const QPointer<QWidget> &window : windows) {
        if (window)
            window->close();
    }
}

} // namespace relaydesk::app
