#pragma once

// What the window's commands do with the session and the history: resolve,
// reopen, snooze and the autopilot on the open conversation (commands through
// the outbox, so they wait safely while offline), Ctrl+K search opening the
// thread at a hit, the connection banner, "Mine" knowing who is signed in,
// and marking a conversation read while the agent has it open in front of them.

#include "dialogs/searchdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace relaydesk::models {
class ConversationListModel;
class MessageListModel;
class SearchResultsModel;
} // namespace relaydesk::models
namespace relaydesk::store {
class Store;
struct ConversationRow;
} // namespace relaydesk::store
namespace relaydesk::ui {
class MainWindow;
}

namespace relaydesk::app {

class AutopilotLines;
class PopOutThreads;
class Session;

class WindowActions : public QObject
{
    Q_OBJECT

public:
    WindowActions(ui::MainWindow &window, Session &session, models::ConversationListModel &conversations,
                  models::MessageListModel &messages, store::Store *history, QObject *parent = nullptr);
    ~WindowActions() override;

    // The history closes (nullptr) or opens again.
    void setStore(store::Store *history);

    // Opens the conversation with that message in view and selected.
    void openAt(qint64 conversationId, qint64 messageId);
    // Whether a conversation's reply window is closed (WhatsApp and Messenger,
    // 24 h after the customer's last message), and when an open one closes.
    struct ReplyWindow
    {
        bool closed = false;
        qint64 closesAt = 0; // 0: does not close (web chat, or closed already)
    };
    static ReplyWindow replyWindowOf(store::Store *history, qint64 conversationId);
    static QString replyWindowClosedText();
    // Popped-out conversations (tests).
    PopOutThreads *popOuts() const { return m_popOuts; }
    // The thread's lines about the open conversation's autopilot (tests).
    AutopilotLines *autopilotLines() const { return m_autopilotLines; }

    // The search dialog while it is shown (tests).
    ui::SearchDialog *searchDialog() const { return m_search; }
    // How long a conversation stays open before it counts as read (keyboard
    // browsing through the list reads nothing), as mail clients do.
    static constexpr int kReadAfterMs = 1000;
    void showSearch();
    // Ctrl+K with `text` already searched for (a name filter that found nobody hands it on).
    void showSearchFor(const QString &text);
    // The agent marked it unread: it is not read again while it merely stays
    // open, only when they come back to it or act in it.
    void keepUnread(qint64 conversationId);

private:
    void sendStatus(const QString &status, qint64 snoozedUntil = 0);
    void toggleAutopilot();
    void followOutbox();
    void updateBanner();
    // Says the link going down, and coming back, to screen readers once each.
    void announceLink();
    void updateAgent();
    // Presence: this agent's open conversation and typing, the others' in the header.
    void followPresence();
    void showPresence(qint64 conversationId);
    // The open conversation's reply window (WhatsApp, Messenger: 24 h).
    void updateReplyWindow();
    // The header's line about the open conversation (null: none open).
    void showFacts(const store::ConversationRow *conversation);
    void askForTemplate(qint64 conversationId);
    // Two agents, one customer: a reply written while someone else answered.
    void noteDraft();
    bool lookFirst(qint64 conversationId, const QString &text);
    // Read: the conversation is open in the focused window (or its own
    // popped-out one) and the store counts unread customer messages.
    bool looking(qint64 conversationId) const;
    void markReadIfLooking(qint64 conversationId);
    // The window's current conversation in the thread and the list (`reveal`:
    // the list moves to the tab and filter that hold it).
    void showCurrent(bool reveal);
    // The agent has stayed on the conversation or acted in it: it reads.
    void settleOn(qint64 conversationId);
    void markLookedAtRead();

    ui::MainWindow &m_window;
    Session &m_session;
    models::ConversationListModel &m_conversations;
    models::MessageListModel &m_messages;
    store::Store *m_history;
    models::SearchResultsModel *m_results;
    QPointer<ui::SearchDialog> m_search;
    QMetaObject::Connection m_presenceChanged;
    QMetaObject::Connection m_storeChanged;
    QTimer *m_windowTimer;
    QTimer *m_settle;       // a conversation opened counts as read after this
    qint64 m_settledOn = 0; // the main window's conversation the agent has stayed on
    PopOutThreads *m_popOuts;
    AutopilotLines *m_autopilotLines;
    // Where the draft in the composer began: the conversation and its newest
    // message then (0: no draft).
    qint64 m_draftConversation = 0;
    qint64 m_draftAfter = 0;
    // The newest message each conversation.read asked up to, so one look
    // sends one command (0 in the value: asked without a server id).
    QHash<qint64, qint64> m_readAsked;
    // conversation.autopilot commands waiting for the server's answer: client id → conversation.
    QHash<QString, qint64> m_autopilotAsks;
    QMetaObject::Connection m_outboxRefused;
    QMetaObject::Connection m_outboxAcknowledged;
    enum class LinkAnnounced { Unknown, Up, Down };
    LinkAnnounced m_linkAnnounced = LinkAnnounced::Unknown;
};

} // namespace relaydesk::app
