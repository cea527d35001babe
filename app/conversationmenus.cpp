#include "conversationmenus.h"

#include "popoutthreads.h"
#include "session.h"
#include "triage.h"
#include "windowactions.h"

#include "currentconversation.h"
#include "dialogs/snoozedialog.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "panes/messagelinks.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"
#include "widgets/attachmentpainter.h"
#include "widgets/composer.h"

#include <QAction>
#include <QCollator>
#include <QDateTime>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace relaydesk::app {

namespace {

const char *const kPriorities[] = {"urgent", "high", "normal", "low"};

QAction *named(QAction *action, const char *name)
{
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

} // namespace

ConversationMenus::ConversationMenus(ui::MainWindow &window, Session &session, WindowActions &actions,
                                     store::Store *history, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_actions(actions)
    , m_history(history)
{
    m_askSnooze = [](QWidget *parentWidget) -> std::optional<qint64> {
        ui::SnoozeDialog dialog(QDateTime::currentDateTime(), parentWidget);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.untilMs();
    };
    ui::ConversationPane *pane = window.conversationPane();
    connect(pane, &ui::ConversationPane::rowMenuRequested, this,
            [this](const QList<qint64> &ids, const QPoint &globalPos) {
                QMenu *menu = rowMenu(ids, &m_window);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                m_shown = menu;
                menu->popup(globalPos);
            });
    connect(pane, &ui::ConversationPane::searchMessagesRequested, &actions, &WindowActions::showSearchFor);
    wireBulkBar();
    wireMessageMenu(*m_window.threadPane(), m_session, this,
                    [this](const QString &why) { m_window.statusBar()->showMessage(why, 6000); });
}

void ConversationMenus::wireBulkBar()
{
    using Bulk = ui::ConversationPane::Bulk;
    ui::ConversationPane *pane = m_window.conversationPane();
    connect(pane->bulkButton(Bulk::Resolve), &QToolButton::clicked, this,
            [this, pane] { setStatus(pane->selectedIds(), QStringLiteral("resolved")); });
    connect(pane->bulkButton(Bulk::MarkRead), &QToolButton::clicked, this,
            [this, pane] { markRead(pane->selectedIds()); });
    connect(pane->bulkButton(Bulk::Snooze), &QToolButton::clicked, this,
            [this, pane] { snooze(pane->selectedIds(), &m_window); });
    auto *assignMenu = new QMenu(pane->bulkButton(Bulk::Assign));
    assignMenu->setObjectName(QStringLiteral("bulkAssignMenu"));
    pane->bulkButton(Bulk::Assign)->setMenu(assignMenu);
    connect(assignMenu, &QMenu::aboutToShow, this,
            [this, assignMenu, pane] { fillAssignMenu(assignMenu, [pane] { return pane->selectedIds(); }); });
}

void ConversationMenus::wireMessageMenu(ui::ThreadPane &thread, Session &session, QObject *context,
                                        std::function<void(const QString &)> tell)
{
    ui::MessageLinks *links = thread.links();
    ui::ThreadPane *pane = &thread;
    connect(links, &ui::MessageLinks::replyRequested, context, [pane] {
        pane->leaveNoteModeIfEmpty(); // a reply goes to the customer
        pane->composer()->setFocus(Qt::OtherFocusReason);
    });
    connect(links, &ui::MessageLinks::saveRequested, context, [pane](int row, int attachment) {
        pane->activate(row, attachment, int(ui::AttachmentPainter::Action::SaveAs));
    });
    connect(links, &ui::MessageLinks::retryRequested, context,
            [&session, tell = std::move(tell)](const QString &clientId) {
                if (!session.outbox()) {
                    tell(tr("Sign in to send messages."));
                    return;
                }
                session.outbox()->retry(clientId);
            });
}

QMenu *ConversationMenus::rowMenu(const QList<qint64> &ids, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("conversationRowMenu"));
    const bool one = ids.size() == 1;
    // What the rows are now, from the history (a small indexed read each).
    int unread = 0, notOpen = 0, open = 0, muted = 0;
    QString priority;
    QString name;
    for (const qint64 id : ids) {
        const auto row = m_history ? m_history->reader().conversation(id) : std::nullopt;
        if (!row)
            continue;
        unread += row->unreadCount > 0;
        muted += row->muted;
        (row->status == QLatin1String("open") ? open : notOpen) += 1;
        priority = row->priority;
        name = row->contactName;
    }
    const int known = open + notOpen;

    if (one) {
        const qint64 id = ids.constFirst();
        named(menu->addAction(tr("&Open"), this, [this, id] { m_window.current()->open(id); }), "open");
        named(menu->addAction(tr("Pop out into its own &window"), this,
                              [this, id, name] {
                                  if (m_history)
                                      m_actions.popOuts()->open(m_history, id, name,
                                                                m_window.threadPane()->temporaryDirectory());
                              }),
              "popOut");
        menu->addSeparator();
    } else {
        QAction *count = menu->addAction(tr("%n conversation(s)", nullptr, int(ids.size())));
        count->setEnabled(false);
    }
    if (!one || unread > 0)
        named(menu->addAction(tr("Mark &read"), this, [this, ids] { markRead(ids); }), "markRead");
    if (!one || unread == 0)
        named(menu->addAction(tr("Mark &unread"), this, [this, ids] { markUnread(ids); }), "markUnread");
    menu->addSeparator();
    named(menu->addAction(tr("Ass&ign to me"), this, [this, ids] { assign(ids, m_session.agentId()); }), "assignToMe");
    QMenu *assignTo = menu->addMenu(tr("Assign &to"));
    assignTo->menuAction()->setObjectName(QStringLiteral("assignTo"));
    fillAssignMenu(assignTo, [ids] { return ids; });
    named(menu->addAction(tr("&Snooze…"), this, [this, ids] { snooze(ids, &m_window); }), "snooze");
    if (!one || open > 0 || known == 0)
        named(menu->addAction(tr("Mark &resolved"), this, [this, ids] { setStatus(ids, QStringLiteral("resolved")); }),
              "resolve");
    if (notOpen > 0)
        named(menu->addAction(tr("R&eopen"), this, [this, ids] { setStatus(ids, QStringLiteral("open")); }), "reopen");
    named(menu->addAction(tr("Mark pen&ding"), this, [this, ids] { setStatus(ids, QStringLiteral("pending")); }),
          "markPending");
    QMenu *priorities = menu->addMenu(tr("Priorit&y"));
    priorities->menuAction()->setObjectName(QStringLiteral("priority"));
    for (const char *level : kPriorities) {
        const QString value = QString::fromLatin1(level);
        QAction *action = priorities->addAction(Triage::title(value), this,
                                                [this, ids, value] { setPriority(ids, value); });
        action->setObjectName(value);
        action->setCheckable(one);
        action->setChecked(one && value == priority);
    }
    menu->addSeparator();
    // Muted or not: one row says which it is; several are all muted unless all are already.
    const bool mute = !(known > 0 && muted == known);
    QAction *muteAction =
        named(menu->addAction(tr("&Mute notifications"), this, [this, ids, mute] { setMuted(ids, mute); }), "mute");
    muteAction->setCheckable(true);
    muteAction->setChecked(!mute);
    return menu;
}

void ConversationMenus::fillAssignMenu(QMenu *menu, const std::function<QList<qint64>()> &targets)
{
    // The workspace's agents by name, then nobody; the names come with each sign-in.
    menu->clear();
    QList<std::pair<QString, qint64>> agents;
    const QHash<qint64, QString> names = m_session.agentNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        agents.append({it.value(), it.key()});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(agents.begin(), agents.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[agentName, id] : std::as_const(agents)) {
        const QString shown = QString(agentName).replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = id == m_session.agentId() ? tr("%1 (you)").arg(shown) : shown;
        menu->addAction(label, this, [this, targets, id = id] { assign(targets(), id); });
    }
    if (agents.isEmpty())
        menu->addAction(tr("No agents known yet (sign in)"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Nobody"), this, [this, targets] { assign(targets(), 0); });
}

void ConversationMenus::snooze(const QList<qint64> &ids, QWidget *parent)
{
    if (ids.isEmpty())
        return;
    if (const std::optional<qint64> until = m_askSnooze(parent))
        setStatus(ids, QStringLiteral("snoozed"), *until);
}

bool ConversationMenus::send(const QList<qint64> &ids, const QString &command,
                             const std::function<void(QJsonObject &)> &fill)
{
    if (ids.isEmpty())
        return false;
    if (!m_session.outbox()) {
        m_window.statusBar()->showMessage(tr("Sign in to change conversations."), 6000);
        return false;
    }
    for (const qint64 id : ids) {
        QJsonObject args{{QStringLiteral("conversation_id"), id}};
        if (fill)
            fill(args);
        m_session.outbox()->sendCommand(id, command, args);
    }
    return true;
}

bool ConversationMenus::setStatus(const QList<qint64> &ids, const QString &status, qint64 snoozedUntil)
{
    return send(ids, QStringLiteral("conversation.status"), [&](QJsonObject &args) {
        args.insert(QStringLiteral("status"), status);
        if (status == QLatin1String("snoozed") && snoozedUntil > 0)
            args.insert(QStringLiteral("snoozed_until"), snoozedUntil);
    });
}

bool ConversationMenus::assign(const QList<qint64> &ids, qint64 agentId)
{
    return send(ids, QStringLiteral("conversation.assign"), [agentId](QJsonObject &args) {
        args.insert(QStringLiteral("agent_id"), agentId > 0 ? QJsonValue(agentId) : QJsonValue(QJsonValue::Null));
    });
}

bool ConversationMenus::markRead(const QList<qint64> &ids)
{
    // No up_to: everything in it, as the agent asked.
    return send(ids, QStringLiteral("conversation.read"), {});
}

bool ConversationMenus::markUnread(const QList<qint64> &ids)
{
    // The open one stays unread while it stays open: it is read again only
    // when the agent comes back to it or acts in it.
    for (const qint64 id : ids)
        m_actions.keepUnread(id);
    return send(ids, QStringLiteral("conversation.unread"), {});
}

bool ConversationMenus::setPriority(const QList<qint64> &ids, const QString &priority)
{
    return send(ids, QStringLiteral("conversation.priority"),
                [&priority](QJsonObject &args) { args.insert(QStringLiteral("priority"), priority); });
}

bool ConversationMenus::setMuted(const QList<qint64> &ids, bool muted)
{
    return send(ids, QStringLiteral("conversation.mute"),
                [muted](QJsonObject &args) { args.insert(QStringLiteral("muted"), muted); });
}

} // namespace relaydesk::app
