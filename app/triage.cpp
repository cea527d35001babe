#include "triage.h"

#include "session.h"

#include "appearance/appearance.h"
#include "mainwindow.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"

#include <QAction>
#include <QActionGroup>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>

namespace relaydesk::app {

namespace {

const char *const kPriorities[] = {"urgent", "high", "normal", "low"};

} // namespace

Triage::Triage(ui::MainWindow &window, Session &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_pending(new QAction(this))
    , m_priority(new QMenu(&window))
    , m_priorities(new QActionGroup(this))
{
    m_pending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pending, &QAction::triggered, this, &Triage::markPending);
    for (const char *name : kPriorities) {
        QAction *action = m_priority->addAction(QString());
        action->setCheckable(true);
        action->setData(QString::fromLatin1(name));
        m_priorities->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setPriority(QString::fromLatin1(name)); });
    }
    QMenu *conversation = window.conversationMenu();
    conversation->addSeparator();
    conversation->addAction(m_pending);
    conversation->addMenu(m_priority);
    window.addConversationAction(m_pending);
    window.addConversationAction(m_priority->menuAction());
    connect(m_priority, &QMenu::aboutToShow, this, &Triage::showStored);
    retranslate();
    connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, this, &Triage::retranslate);
}

QString Triage::title(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return tr("Urgent");
    if (priority == QLatin1String("high"))
        return tr("High");
    if (priority == QLatin1String("low"))
        return tr("Low");
    return tr("Normal");
}

void Triage::retranslate()
{
    m_pending->setText(tr("Mark pen&ding"));
    m_pending->setToolTip(tr("Waiting on something other than the customer: out of Open until it is reopened"));
    m_priority->setTitle(tr("Priorit&y"));
    const QStringList labels = {tr("&Urgent"), tr("&High"), tr("&Normal"), tr("&Low")};
    const QList<QAction *> actions = m_priorities->actions();
    for (int i = 0; i < actions.size(); ++i)
        actions.at(i)->setText(labels.at(i));
}

QAction *Triage::priorityAction(const QString &priority) const
{
    for (QAction *action : m_priorities->actions()) {
        if (action->data().toString() == priority)
            return action;
    }
    return nullptr;
}

void Triage::showStored()
{
    const qint64 conversationId = m_window.threadPane()->conversationId();
    const auto conversation = m_store && conversationId ? m_store->reader().conversation(conversationId) : std::nullopt;
    if (QAction *action = priorityAction(conversation ? conversation->priority : QStringLiteral("normal")))
        action->setChecked(true);
}

void Triage::markPending()
{
    send(QStringLiteral("conversation.status"), QStringLiteral("status"), QStringLiteral("pending"));
}

void Triage::setPriority(const QString &priority)
{
    send(QStringLiteral("conversation.priority"), QStringLiteral("priority"), priority);
}

bool Triage::send(const QString &command, const QString &key, const QString &value)
{
    const qint64 conversationId = m_window.threadPane()->conversationId();
    if (!conversationId)
        return false;
    if (!m_session.outbox()) {
        m_window.statusBar()->showMessage(tr("Sign in to change conversations."), 6000);
        return false;
    }
    m_session.outbox()->sendCommand(conversationId, command,
                                    {{QStringLiteral("conversation_id"), conversationId}, {key, value}});
    return true;
}

} // namespace relaydesk::app
