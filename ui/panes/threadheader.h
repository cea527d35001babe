#pragma once

#include "appearance/retranslator.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace relaydesk::ui {

// The thread's header: the customer's name (with who else is here) and the
// autopilot switch; under them a line of facts about the conversation —
// channel, status, who answers it, a priority above normal, until when it
// sleeps — and the buttons that act on it: Resolve or Reopen, Snooze,
// Assign, Priority. Each button triggers the window's own action, so the
// menu, its shortcut and the button always do the same thing.
class ThreadHeader : public QWidget
{
    Q_OBJECT

public:
    ThreadHeader(QLabel *title, QToolButton *autopilot, QWidget *parent = nullptr);

    struct Facts
    {
        QString channel;  // "whatsapp", "messenger", "webchat", or another
        QString status;   // "open", "pending", "snoozed", "resolved"
        QString assignee; // a name; empty: nobody
        bool assignedToMe = false;
        QString priority; // "low", "normal", "high", "urgent"
        qint64 snoozedUntil = 0;
    };
    // No channel: nothing to say (no conversation, or a popped-out window's).
    void setFacts(const Facts &facts);
    const Facts &facts() const { return m_facts; }

    // The buttons (none until set: a popped-out thread shows only the facts).
    void setActions(QAction *resolve, QAction *reopen, QAction *snooze, QMenu *assign, QMenu *priority);

    QLabel *factsLabel() const { return m_factsLabel; }
    QToolButton *resolveButton() const { return m_resolve; }
    QToolButton *reopenButton() const { return m_reopen; }
    QToolButton *snoozeButton() const { return m_snooze; }
    QToolButton *assignButton() const { return m_assign; }
    QToolButton *priorityButton() const { return m_priority; }

    static QString channelTitle(const QString &channel);
    static QString statusTitle(const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFacts();
    void retranslate();
    QToolButton *button(QAction *action);

    QLabel *m_factsLabel;
    QToolButton *m_resolve = nullptr;
    QToolButton *m_reopen = nullptr;
    QToolButton *m_snooze = nullptr;
    QToolButton *m_assign = nullptr;
    QToolButton *m_priority = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    Facts m_facts;
};

} // namespace relaydesk::ui
