#pragma once

#include "platform/profile.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QSplitter;
class QTimer;

namespace relaydesk::ui {

class ConversationPane;
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

    // Writes window geometry and pane sizes to the profile's settings now.
    void saveLayout() const;

    // The status bar's account of the link ("Online · Shop", "Offline — …").
    void setConnectionStatus(const QString &text);
    // Shows "Sign in…" or "Sign out" in the File menu.
    void setSignedIn(bool signedIn);
    // Offers "Change history passphrase…" (profiles protected by a passphrase).
    void setPassphraseChangeAvailable(bool available);

signals:
    void exportHistoryRequested();
    void changePassphraseRequested();
    void signInRequested();
    void signOutRequested();
    void forgetDeviceRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void showAbout();

    Profile m_profile;
    QUrl m_server;
    QSplitter *m_splitter;
    ConversationPane *m_conversations;
    ThreadPane *m_thread;
    LeadPane *m_lead;
    QLabel *m_connectionLabel;
    QTimer *m_saveTimer;
    QAction *m_changePassphrase = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
};

} // namespace relaydesk::ui
