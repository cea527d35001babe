#pragma once

// The whole desktop app over an open profile and history: the window, its
// models, the session with the server, the window's commands, notifications,
// the agent's data rights and the passphrase change, wired together. main()
// makes one; the end-to-end suites make one too, so they drive the same
// wiring the agent uses.

#include "dialogs/signindialog.h"
#include "platform/profile.h"

#include <QObject>
#include <QPointer>
#include <QSet>
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
class ConversationMenus;
class Triage;
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
    // With the window the app already showed while the history was opening
    // (see app/earlywindow.h); it gets its models here.
    Desktop(const Profile &profile, std::unique_ptr<store::Store> &history, store::MediaCache *cache,
            const QUrl &server, std::unique_ptr<platform::Notifier> notifier, std::unique_ptr<ui::MainWindow> window,
            QObject *parent = nullptr);
    ~Desktop() override;

    // Resumes the saved session, reading it without waiting; without one,
    // asks to sign in when `askToSignIn`. `done` then says whether a session
    // was resumed.
    void start(bool askToSignIn, std::function<void(bool resumed)> done = {});
    void askToSignIn();
    // Shows the app once start() has answered: the window; or, on a first
    // start (no saved sign-in and no history on this computer yet) while a
    // sign-in is asked for or under way, only the sign-in, the window
    // following once signed in. Nothing behind the sign-in claims a history
    // or an empty inbox that is not there.
    void show();
    // No saved sign-in and no history here (known once start() answered).
    bool isFirstStart() const { return m_firstStart; }
    // The sign-in dialog while it is open (null otherwise).
    ui::SignInDialog *signInDialog() const { return m_signIn; }

    ui::MainWindow &window() const { return *m_window; }
    Session &session() const { return *m_session; }
    WindowActions &actions() const { return *m_actions; }
    Notifications &notifications() const { return *m_notifications; }
    models::ConversationListModel &conversations() const { return *m_conversations; }
    models::MessageListModel &messages() const { return *m_messages; }
    models::LeadModel &lead() const { return *m_lead; }
    AwayAutopilot &awayAutopilot() const { return *m_awayAutopilot; }
    Assignment &assignment() const { return *m_assignment; }
    Triage &triage() const { return *m_triage; }
    ConversationMenus &menus() const { return *m_menus; }

    // Before the history's files go (forget this device): lets go of the media.
    void releaseMedia();

signals:
    // The agent confirmed "forget this device": the window has closed.
    void forgetConfirmed();
    // The first start's sign-in was closed without signing in: with nothing
    // to show, the app ends.
    void quitRequested();

private:
    void wireHistorySwaps();
    void wireThread();
    void announceArrivals();
    void wireSession();
    void allowSending();
    void wireDrafts();
    void showIfReady();

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
    std::unique_ptr<Triage> m_triage;
    std::unique_ptr<ConversationMenus> m_menus;
    std::unique_ptr<AwayAutopilot> m_awayAutopilot;
    ui::DraftBook *m_drafts = nullptr;
    QPointer<ui::SignInDialog> m_signIn;
    bool m_started = false;            // start() has answered
    bool m_firstStart = false;         // no saved sign-in, no history here
    bool m_showRequested = false;      // show() was called; the window waits for the sign-in
    qint64 m_announcedUpTo = 0;        // the open conversation's newest message said or there before
    QSet<QString> m_announcedFailures; // client ids of replies said not sent
};

} // namespace app
} // namespace relaydesk
