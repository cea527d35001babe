#pragma once

// What a conversation row's menu, the list's bulk bar and a message's menu
// do. A row's menu (Open, Pop out, Mark read/unread, Assign, Snooze, Resolve
// or Reopen, Mark pending, Priority, Mute) acts on the row it was opened on,
// or on every selected row when that row is one of several selected, never
// on the window's current conversation by default; only Open changes which
// conversation is current. Bulk actions send one command per conversation
// through the outbox, so they wait safely offline. A message's menu replies,
// saves an attachment or retries a failed send. A name filter that found
// nobody hands its text to Ctrl+K.

#include <QList>
#include <QMenu>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QJsonObject;
class QWidget;

namespace relaydesk {
namespace store {
class Store;
}
namespace ui {
class MainWindow;
class ThreadPane;
} // namespace ui

namespace app {

class Session;
class WindowActions;

class ConversationMenus : public QObject
{
    Q_OBJECT

public:
    ConversationMenus(ui::MainWindow &window, Session &session, WindowActions &actions, store::Store *history,
                      QObject *parent = nullptr);

    void setStore(store::Store *history) { m_history = history; }

    // The menu for these conversations (one: a row's own); the caller owns it.
    // Its actions are named for tests: open, popOut, markRead, markUnread,
    // assignToMe, assignTo, snooze, resolve, reopen, markPending, priority, mute.
    QMenu *rowMenu(const QList<qint64> &conversationIds, QWidget *parent = nullptr);
    // The menu last popped up over the list (tests).
    QMenu *shownMenu() const { return m_shown; }

    // Each sends one command per conversation through the outbox; false when
    // nobody is signed in (the status bar says so).
    bool setStatus(const QList<qint64> &conversationIds, const QString &status, qint64 snoozedUntil = 0);
    bool assign(const QList<qint64> &conversationIds, qint64 agentId);
    bool markRead(const QList<qint64> &conversationIds);
    bool markUnread(const QList<qint64> &conversationIds);
    bool setPriority(const QList<qint64> &conversationIds, const QString &priority);
    bool setMuted(const QList<qint64> &conversationIds, bool muted);

    // How Snooze… asks when (ms since 1970, 0: until the customer replies;
    // nothing: cancelled); tests replace it.
    using SnoozeAsker = std::function<std::optional<qint64>(QWidget *parent)>;
    void setSnoozeAsker(SnoozeAsker ask) { m_askSnooze = std::move(ask); }

    // A thread's message menu (the window's or a popped-out one): Reply puts
    // the focus in its composer, Save attachment asks where, Retry sending
    // resends through the outbox; `tell` says why when nobody is signed in.
    static void wireMessageMenu(ui::ThreadPane &thread, Session &session, QObject *context,
                                std::function<void(const QString &)> tell);

private:
    bool send(const QList<qint64> &conversationIds, const QString &command,
              const std::function<void(QJsonObject &args)> &fill);
    void snooze(const QList<qint64> &conversationIds, QWidget *parent);
    void fillAssignMenu(QMenu *menu, const std::function<QList<qint64>()> &targets);
    void wireBulkBar();

    ui::MainWindow &m_window;
    Session &m_session;
    WindowActions &m_actions;
    store::Store *m_history;
    QPointer<QMenu> m_shown;
    SnoozeAsker m_askSnooze;
};

} // namespace app
} // namespace relaydesk
