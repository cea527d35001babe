#pragma once

// Conversation → Assign to me (Ctrl+Shift+I) and Assign to ▸ (each agent of
// the workspace, or nobody): `conversation.assign` through the outbox, so it
// works offline and the list follows the server's event.

#include <QObject>

class QAction;
class QMenu;

namespace relaydesk {
namespace store {
class Store;
}
namespace ui {
class MainWindow;
}

namespace app {

class Session;

class Assignment : public QObject
{
    Q_OBJECT

public:
    Assignment(ui::MainWindow &window, Session &session, QObject *parent = nullptr);

    QAction *assignToMeAction() const { return m_toMe; }
    QMenu *assignMenu() const { return m_menu; }

    // Assigns the open conversation (agent 0: nobody).
    void assignOpenConversation(qint64 agentId);

private:
    void retranslate();
    void fillMenu();

    ui::MainWindow &m_window;
    Session &m_session;
    QAction *m_toMe;
    QMenu *m_menu;
};

} // namespace app
} // namespace relaydesk
