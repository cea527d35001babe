#pragma once

// The whole desktop app over an open profile and history: the window, its
// models, the session with the server, the window's commands, notifications,
// the agent's data rights and the passphrase change, wired together. main()
// makes one; the end-to-end suites make one too, so they drive the same
// wiring the agent uses.

#include "platform/profile.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QProgressDialog;

namespace relaydesk {
namespace store {
class MediaCache;
class Store;
} // namespace store
namespace platform {
class Notifier;
} // namespace platform
namespace models {
class ConversationListModel;
class LeadModel;
class MessageListModel;
} // namespace models
namespace ui {
class DraftBook;
class MainWindow;
} // namespace ui

namespace app {

class Assignment;
class AwayAutopilot;
class DataRights;
class Notifications;
class PassphraseChange;
class Session;
class WindowActions;

class Desktop : public QObject
{
    Q_OBJECT

public:
    // `history` may be replaced (a passphrase change reopens it); `cache` may be null.
    Desktop(const Profile &profile, std::unique_ptr<store::Store> &history, store::MediaCache *cache,
            const QUrl &server, std::unique_ptr<platform::Notifier> notifier, QObject *parent = nullptr);
    ~Desktop() override;

    // Resumes the saved session, reading it without waiting; without one,
    // asks to sign in when `askToSignIn`. `done` then says whether a session
    // was resumed.
    void start(bool askToSignIn, std::function<void(bool resumed)> done = {});
    void askToSignIn();

    ui::MainWindow &window() const { return *m_window; }
    Session &session() const { return *m_session; }
    WindowActions &actions() const { return *m_actions; }
    Notifications &notifications() const { return *m_notifications; }
    models::ConversationListModel &conversations() const { return *m_conversations; }
    models::MessageListModel &messages() const { return *m_messages; }
    models::LeadModel &lead() const { return *m_lead; }
    AwayAutopilot &awayAutopilot() const { return *m_awayAutopilot; }

    // Before the history's files go (forget this device): lets go of the media.
    void releaseMedia();

signals:
    // The agent confirmed "forget this device": the window has closed.
    void forgetConfirmed();

private:
    void wireHistorySwaps();
    void wireThread();
    void wireSession();
    void allowSending();
    void wireDrafts();

    Profile m_profile;
    std::unique_ptr<store::Store> &m_history;
    store::MediaCache *m_cache;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<models::ConversationListModel> m_conversations;
    std::unique_ptr<models::MessageListModel> m_messages;
    std::unique_ptr<models::LeadModel> m_lead;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DataRights> m_rights;
    std::unique_ptr<PassphraseChange> m_passphraseChange;
    QProgressDialog *m_rekeying = nullptr;
    std::unique_ptr<WindowActions> m_actions;
    std::unique_ptr<Notifications> m_notifications;
    std::unique_ptr<Assignment> m_assignment;
    std::unique_ptr<AwayAutopilot> m_awayAutopilot;
    ui::DraftBook *m_drafts = nullptr;
};

} // namespace app
} // namespace relaydesk
