#pragma once

// "Autopilot while away": what answers customers while no agent of the
// workspace is online (off, the rules, or the AI). Every agent sees it at the
// right of the status bar, following the workspace's settings as they change
// (also when another admin changes them); admins change it there or in
// Conversation → Autopilot while away.

#include "protocol/types.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolButton;

namespace relaydesk {
namespace ui {
class MainWindow;
}

namespace app {

class Session;

class AwayAutopilot : public QObject
{
    Q_OBJECT

public:
    AwayAutopilot(ui::MainWindow &window, Session &session, QObject *parent = nullptr);

    QToolButton *button() const { return m_button; }
    QMenu *menu() const { return m_menu; }
    QAction *modeAction(protocol::Autopilot mode) const;

private:
    void retranslate();
    void refresh();
    void choose(protocol::Autopilot mode);

    ui::MainWindow &m_window;
    Session &m_session;
    QToolButton *m_button;
    QMenu *m_menu;
    QActionGroup *m_modes;
    QAction *m_off;
    QAction *m_rules;
    QAction *m_ai;
    QAction *m_who;
    bool m_busy = false;
};

} // namespace app
} // namespace relaydesk
