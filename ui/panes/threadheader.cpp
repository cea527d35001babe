#include "panes/threadheader.h"

#include "models/snoozepresets.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {

// "Ctrl+E" as the platform writes it, for a tooltip.
QString keysOf(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QString withKeys(const QString &text, const QAction *action)
{
    const QString keys = keysOf(action);
    return keys.isEmpty() ? text : ThreadHeader::tr("%1 (%2)").arg(text, keys);
}

} // namespace

ThreadHeader::ThreadHeader(QLabel *title, QToolButton *autopilot, QWidget *parent)
    : QWidget(parent)
    , m_factsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("threadHeader"));
    title->setParent(this);
    autopilot->setParent(this);
    // Facts are cut at the pane's width, never widen it.
    m_factsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_factsLabel->setTextFormat(Qt::RichText);
    m_factsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_factsLabel->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title, 1);
    top->addWidget(autopilot);
    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setObjectName(QStringLiteral("factsRow"));
    facts->addWidget(m_factsLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(facts);
    retranslate();
}

QString ThreadHeader::channelTitle(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    if (channel == QLatin1String("messenger"))
        return tr("Messenger");
    if (channel == QLatin1String("webchat"))
        return tr("Web chat");
    QString text = channel;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString ThreadHeader::statusTitle(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("snoozed"))
        return tr("Snoozed");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
}

void ThreadHeader::setFacts(const Facts &facts)
{
    m_facts = facts;
    showFacts();
}

void ThreadHeader::showFacts()
{
    const Facts &f = m_facts;
    const bool any = !f.channel.isEmpty();
    m_factsLabel->setVisible(any);
    const bool resolved = f.status == QLatin1String("resolved");
    for (QToolButton *shown : {m_resolve, m_snooze, m_assign, m_priority}) {
        if (shown)
            shown->setVisible(any && !(resolved && (shown == m_resolve || shown == m_snooze)));
    }
    if (m_reopen)
        m_reopen->setVisible(any && f.status != QLatin1String("open"));
    if (!any)
        return;
    // Each fact as the line shows it and as a screen reader says it.
    QStringList shown, spoken;
    auto add = [&](const QString &text, const QString &style = {}) {
        spoken.append(text);
        shown.append(style.isEmpty() ? text.toHtmlEscaped()
                                     : QStringLiteral("<b style='%1'>%2</b>").arg(style, text.toHtmlEscaped()));
    };
    add(channelTitle(f.channel));
    if (f.status == QLatin1String("snoozed"))
        add(f.snoozedUntil > 0 ? tr("Snoozed until %1")
                                     .arg(models::wakeMoment(QDateTime::fromMSecsSinceEpoch(f.snoozedUntil),
                                                             QDateTime::currentDateTime()))
                               : tr("Snoozed until the customer replies"));
    else
        add(statusTitle(f.status));
    if (f.assignedToMe)
        add(tr("Assigned to you"));
    else if (!f.assignee.isEmpty())
        add(tr("Assigned to %1").arg(f.assignee));
    else
        add(tr("Unassigned"));
    if (f.priority == QLatin1String("urgent"))
        add(tr("Urgent"), QStringLiteral("color:#c62828"));
    else if (f.priority == QLatin1String("high"))
        add(tr("High priority"), QStringLiteral("color:#b26a00"));
    else if (f.priority == QLatin1String("low"))
        add(tr("Low priority"));
    m_factsLabel->setText(shown.join(QStringLiteral(" · ")));
    m_factsLabel->setAccessibleName(tr("About this conversation"));
    m_factsLabel->setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

QToolButton *ThreadHeader::button(QAction *action)
{
    auto *made = new QToolButton(this);
    made->setToolButtonStyle(Qt::ToolButtonTextOnly);
    made->setAutoRaise(true);
    made->setFocusPolicy(Qt::TabFocus);
    if (action) {
        connect(made, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, made, [made, action] { made->setEnabled(action->isEnabled()); });
        made->setEnabled(action->isEnabled());
    }
    if (auto *facts = findChild<QHBoxLayout *>(QStringLiteral("factsRow")))
        facts->addWidget(made);
    return made;
}

void ThreadHeader::setActions(QAction *resolve, QAction *reopen, QAction *snooze, QMenu *assign, QMenu *priority)
{
    m_resolveAction = resolve;
    m_reopenAction = reopen;
    m_snoozeAction = snooze;
    m_resolve = button(resolve);
    m_reopen = button(reopen);
    m_snooze = button(snooze);
    m_assign = button(assign->menuAction());
    m_assign->setMenu(assign);
    m_assign->setPopupMode(QToolButton::InstantPopup);
    disconnect(m_assign, &QToolButton::clicked, nullptr, nullptr);
    m_priority = button(priority->menuAction());
    m_priority->setMenu(priority);
    m_priority->setPopupMode(QToolButton::InstantPopup);
    disconnect(m_priority, &QToolButton::clicked, nullptr, nullptr);
    retranslate();
    showFacts();
}

void ThreadHeader::retranslate()
{
    if (m_resolve) {
        m_resolve->setText(tr("Resolve"));
        m_resolve->setToolTip(withKeys(tr("Mark resolved"), m_resolveAction));
        m_resolve->setAccessibleName(tr("Mark resolved"));
        m_reopen->setText(tr("Reopen"));
        m_reopen->setToolTip(withKeys(tr("Reopen"), m_reopenAction));
        m_reopen->setAccessibleName(tr("Reopen"));
        m_snooze->setText(tr("Snooze…"));
        m_snooze->setToolTip(withKeys(tr("Snooze"), m_snoozeAction));
        m_snooze->setAccessibleName(tr("Snooze"));
        m_assign->setText(tr("Assign"));
        m_assign->setToolTip(tr("Assign to an agent"));
        m_assign->setAccessibleName(tr("Assign to an agent"));
        m_priority->setText(tr("Priority"));
        m_priority->setToolTip(tr("Set the priority"));
        m_priority->setAccessibleName(tr("Set the priority"));
    }
    showFacts();
}

void ThreadHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace relaydesk::ui
