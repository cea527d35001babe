#include "awayautopilot.h"

#include "session.h"

#include "appearance/appearance.h"
#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QToolButton>

namespace relaydesk::app {

using protocol::Autopilot;

AwayAutopilot::AwayAutopilot(ui::MainWindow &window, Session &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_button(new QToolButton(&window))
    , m_menu(new QMenu(&window))
    , m_modes(new QActionGroup(this))
    , m_off(new QAction(this))
    , m_rules(new QAction(this))
    , m_ai(new QAction(this))
    , m_who(new QAction(this))
{
    m_button->setObjectName(QStringLiteral("awayAutopilot"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_who->setEnabled(false);
    m_menu->addAction(m_who);
    m_menu->addSeparator();
    for (QAction *mode : {m_off, m_rules, m_ai}) {
        mode->setCheckable(true);
        m_modes->addAction(mode);
        m_menu->addAction(mode);
    }
    connect(m_off, &QAction::triggered, this, [this] { choose(Autopilot::Off); });
    connect(m_rules, &QAction::triggered, this, [this] { choose(Autopilot::Rules); });
    connect(m_ai, &QAction::triggered, this, [this] { choose(Autopilot::Ai); });
    window.statusBar()->addPermanentWidget(m_button);
    QMenu *conversation = window.conversationMenu();
    conversation->addSeparator();
    conversation->addMenu(m_menu);

    connect(&session, &Session::workspaceChanged, this, &AwayAutopilot::refresh);
    connect(&session, &Session::signedInChanged, this, &AwayAutopilot::refresh);
    connect(&session, &Session::servicesChanged, this, &AwayAutopilot::refresh);
    connect(&session, &Session::statusChanged, this, &AwayAutopilot::refresh);
    connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, this, &AwayAutopilot::retranslate);
    retranslate();
}

QAction *AwayAutopilot::modeAction(Autopilot mode) const
{
    return mode == Autopilot::Ai ? m_ai : mode == Autopilot::Rules ? m_rules : m_off;
}

void AwayAutopilot::retranslate()
{
    m_menu->setTitle(tr("Autopilot w&hile away"));
    m_off->setText(tr("&Off: customers wait for an agent"));
    m_rules->setText(tr("&Rules: opening hours, keywords, the fallback"));
    m_ai->setText(tr("A&I: the workspace's AI answers"));
    m_button->setAccessibleName(tr("Autopilot while away"));
    refresh();
}

void AwayAutopilot::refresh()
{
    const bool signedIn = m_session.isSignedIn();
    m_button->setVisible(signedIn);
    m_menu->menuAction()->setVisible(signedIn);
    if (!signedIn)
        return;
    const protocol::WorkspaceSettings settings = m_session.workspaceSettings();
    const bool admin = m_session.isAdmin();
    const bool online = m_session.isOnline();
    modeAction(settings.autopilotAway)->setChecked(true);
    const QString mode = settings.autopilotAway == Autopilot::Ai      ? tr("AI")
                         : settings.autopilotAway == Autopilot::Rules ? tr("rules")
                                                                      : tr("off");
    m_button->setText(m_busy ? tr("While away: %1…").arg(mode) : tr("While away: %1").arg(mode));
    m_who->setText(!admin    ? tr("Only an admin of the workspace can change this.")
                   : !online ? tr("Connect to change this.")
                             : tr("While no agent of the workspace is online:"));
    const bool changeable = admin && online && !m_busy;
    for (QAction *action : {m_off, m_rules, m_ai})
        action->setEnabled(changeable);
    // The AI answers only where the workspace has one set up.
    m_ai->setEnabled(changeable && (settings.aiSuggestions || settings.autopilotAway == Autopilot::Ai));
    m_button->setToolTip(tr("What answers customers while no agent of the workspace is online."));
    m_button->setAccessibleDescription(m_button->text());
}

void AwayAutopilot::choose(Autopilot mode)
{
    if (mode == m_session.workspaceSettings().autopilotAway)
        return;
    QPointer<AwayAutopilot> guard(this);
    const bool sent = m_session.setAwayAutopilot(mode, [guard](const QString &problem) {
        if (!guard)
            return;
        guard->m_busy = false;
        guard->refresh(); // the event, when it came, already moved the check
        if (!problem.isEmpty())
            guard->m_window.statusBar()->showMessage(tr("The autopilot while away was not changed: %1").arg(problem),
                                                     8000);
    });
    if (!sent) {
        refresh(); // back to what the workspace has
        m_window.statusBar()->showMessage(tr("Connect to change the autopilot while away."), 6000);
        return;
    }
    m_busy = true;
    refresh();
}

} // namespace relaydesk::app
