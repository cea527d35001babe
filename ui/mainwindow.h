#pragma once

#include "appearance/retranslator.h"
#include "platform/profile.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTimer;

namespace relaydesk::ui {

class Announcer;
class ConversationPane;
class CurrentConversation;
class LeadPane;
class ThreadPane;

// The agent's window: conversations | thread | lead panel, in splitters
// whose sizes are remembered per profile.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Profile &profile, const QUrl &server, QWidget *parent = nullptr);
    ~MainWindow() override;

    QSplitter *splitter() const { return m_splitter; }
    ConversationPane *conversationPane() const { return m_conversations; }
    ThreadPane *threadPane() const { return m_thread; }
    LeadPane *leadPane() const { return m_lead; }
    // The one conversation the window shows and acts on.
    CurrentConversation *current() const { return m_current; }

    // The window's size where the profile remembers none: room for the three
    // panes where the screen's work area has it, never more than that area
    // less room for the frame (so the status bar and Send stay on screen).
    static QSize defaultSize(const QRect &available);

    // Customer messages waiting (the tray's and the dock's count); the title
    // starts with it: "(3) Siti Rahayu — Relaydesk".
    void setUnreadTotal(int unread);
    int unreadTotal() const { return m_unreadTotal; }

    // Writes window geometry and pane sizes to the profile's settings now.
    void saveLayout() const;

    // The status bar's account of the link ("Online · Shop", "Offline — …").
    void setConnectionStatus(const QString &text);
    // Shows "Sign in…" or "Sign out" in the File menu.
    void setSignedIn(bool signedIn);
    // Offers "Change history passphrase…" (profiles protected by a passphrase).
    void setPassphraseChangeAvailable(bool available);

    // A calm line above the panes while the link is not up; everything stays
    // browsable. Each kind offers what helps: sign in, or try now.
    enum class Banner { None, Offline, Reconnecting, SignedOut, AuthFailed, Incompatible };
    void setConnectionBanner(Banner banner, const QString &text);
    Banner connectionBanner() const { return m_bannerKind; }
    QFrame *bannerWidget() const { return m_banner; }
    QString bannerText() const;
    // Says things to screen readers without moving the focus.
    Announcer *announcer() const { return m_announcer; }
    // Every action with a shortcut, for the shortcuts dialog (and tests).
    QList<QAction *> shortcutActions() const;
    // Resolve, reopen, snooze and autopilot act on the open conversation.
    void setConversationOpen(bool open);
    // View → Show the lead panel (Ctrl+Shift+L), remembered by the profile;
    // Ctrl+3 shows it too. Hidden, the window fits down to 1024 px.
    void setLeadShown(bool shown);
    bool isLeadShown() const;
    QAction *leadShownAction() const { return m_leadShown; }
    // View → Urgent conversations first (Ctrl+Shift+U), remembered by the profile.
    QAction *priorityFirstAction() const { return m_priorityFirst; }
    // The Conversation menu, for commands added by other parts; an action
    // added with `addConversationAction` is enabled only with a conversation open.
    QMenu *conversationMenu() const { return m_conversationMenu; }
    // Conversation → Mark resolved (Ctrl+E), Reopen (Ctrl+Shift+E), Snooze… (Ctrl+Shift+S).
    QAction *resolveAction() const { return m_resolve; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *snoozeAction() const { return m_snooze; }
    void addConversationAction(QAction *action);

signals:
    void exportHistoryRequested();
    void changePassphraseRequested();
    void signInRequested();
    void signOutRequested();
    void forgetDeviceRequested();
    void searchRequested();
    void reconnectRequested();
    // File → Settings… (Ctrl+,).
    void settingsRequested();
    // On the open conversation.
    void resolveRequested();
    void reopenRequested();
    void snoozeRequested(qint64 untilMs);
    void autopilotToggleRequested();
    void popOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void showAbout();
    void showShortcuts();
    void askSnooze();
    void moveInList(int step);
    void updateTitle();

    Profile m_profile;
    QUrl m_server;
    QSplitter *m_splitter;
    ConversationPane *m_conversations;
    ThreadPane *m_thread;
    LeadPane *m_lead;
    CurrentConversation *m_current;
    QLabel *m_connectionLabel;
    Announcer *m_announcer;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerAction;
    Banner m_bannerKind = Banner::None;
    int m_unreadTotal = 0;
    QTimer *m_saveTimer;
    QAction *m_changePassphrase = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QList<QAction *> m_conversationActions;
    QMenu *m_conversationMenu = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_snooze = nullptr;
    QAction *m_leadShown = nullptr;
    QAction *m_priorityFirst = nullptr;
    Retranslator m_texts;
};

} // namespace relaydesk::ui
