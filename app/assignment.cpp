#include "assignment.h"

#include "session.h"

#include "appearance/appearance.h"
#include "mainwindow.h"
#include "panes/threadpane.h"
#include "sync/outboxsender.h"

#include <QAction>
#include <QCollator>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>

namespace relaydesk::app {

Assignment::Assignment(ui::MainWindow &window, Session &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_toMe(new QAction(this))
    , m_menu(new QMenu(&window))
{
    m_toMe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_toMe, &QAction::triggered, this, [this] { assignOpenConversation(m_session.agentId()); });
    QMenu *conversation = window.conversationMenu();
    conversation->addSeparator();
    conversation->addAction(m_toMe);
    conversation->addMenu(m_menu);
    window.addConversationAction(m_toMe);
    window.addConversationAction(m_menu->menuAction());
    connect(m_menu, &QMenu::aboutToShow, this, &Assignment::fillMenu);
    retranslate();
    connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, this, &Assignment::retranslate);
}

void Assignment::retranslate()
{
    m_toMe->setText(tr("Ass&ign to me"));
    m_menu->setTitle(tr("Assign &to"));
}

void Assignment::fillMenu()
{
    // The workspace's agents by name, then nobody; the names come with each sign-in.
    m_menu->clear();
    QList<std::pair<QString, qint64>> agents;
    const QHash<qint64, QString> names = m_session.agentNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        agents.append({it.value(), it.key()});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(agents.begin(), agents.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(agents)) {
        // A name is shown as it is: an "&" in it is not a shortcut.
        const QString shown = QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = id == m_session.agentId() ? tr("%1 (you)").arg(shown) : shown;
        m_menu->addAction(label, this, [this, id = id] { assignOpenConversation(id); });
    }
    if (agents.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No agents known yet (sign in)"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Nobody"), this, [this] { assignOpenConversation(0); });
}

void Assignment::assignOpenConversation(qint64 agentId)
{
    const qint64 conversationId = m_window.threadPane()->conversationId();
    if (!conversationId)
        return;
    if (!m_session.outbox()) {
        m_window.statusBar()->showMessage(tr("Sign in to assign conversations."), 6000);
        return;
    }
    QJsonObject args{{QStringLiteral("conversation_id"), conversationId}};
    args.insert(QStringLiteral("agent_id"), agentId > 0 ? QJsonValue(agentId) : QJsonValue(QJsonValue::Null));
    m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.assign"), args);
}

} // namespace relaydesk::app
