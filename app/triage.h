#pragma once

// Conversation → Mark pending (Ctrl+Shift+P) and Priority ▸ (Urgent, High,
// Normal, Low): `conversation.status` and `conversation.priority` on the open
// conversation through the outbox, so they work offline; the menu shows the
// stored priority checked.

#include <QObject>

class QAction;
class QActionGroup;
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

class Triage : public QObject
{
    Q_OBJECT

public:
    Triage(ui::MainWindow &window, Session &session, QObject *parent = nullptr);

    void setStore(store::Store *store) { m_store = store; }

    QAction *pendingAction() const { return m_pending; }
    QMenu *priorityMenu() const { return m_priority; }
    // The menu's action for a priority ("urgent", "high", "normal", "low").
    QAction *priorityAction(const QString &priority) const;

    // On the open conversation.
    void markPending();
    void setPriority(const QString &priority);

    // How a priority reads ("urgent" → "Urgent").
    static QString title(const QString &priority);

private:
    void retranslate();
    void showStored();
    bool send(const QString &command, const QString &key, const QString &value);

    ui::MainWindow &m_window;
    Session &m_session;
    store::Store *m_store = nullptr;
    QAction *m_pending;
    QMenu *m_priority;
    QActionGroup *m_priorities;
};

} // namespace app
} // namespace relaydesk
