// WorkspaceData's part for snoozes: when the next snoozed conversation is due
// to wake, and waking those whose time came (SnoozeWaker calls both). A
// snooze with no time (until the customer replies) never wakes here; the
// customer's next message reopens it (channelmessages.cpp, visitorWrites).

#include "workspacedata.h"

#include "serverdb.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relaydesk::server {

using namespace relaydesk::protocol;

qint64 WorkspaceData::nextSnoozeWake()
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT min(snoozed_until) FROM conversations WHERE status = 'snoozed' AND snoozed_until IS NOT NULL"));
    const qint64 next = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return next;
}

QVector<std::pair<qint64, Change>> WorkspaceData::wakeSnoozed(qint64 now)
{
    QVector<std::pair<qint64, qint64>> due; // (workspace, conversation)
    {
        QSqlQuery &q = prepared(
            QStringLiteral("SELECT workspace_id, id FROM conversations WHERE status = 'snoozed'"
                           " AND snoozed_until IS NOT NULL AND snoozed_until <= ? ORDER BY snoozed_until, id"));
        q.bindValue(0, now);
        if (q.exec()) {
            while (q.next())
                due.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        q.finish();
    }
    QVector<std::pair<qint64, Change>> woken;
    for (const auto &[workspaceId, conversationId] : std::as_const(due)) {
        // Each in its own transaction, like any change; one that failed is
        // tried again at the next wake.
        if (!m_db.db().transaction())
            break;
        std::optional<Conversation> c = conversation(workspaceId, conversationId);
        if (!c || c->status != ConversationStatus::Snoozed || !c->snoozedUntil || c->snoozedUntil > now) {
            m_db.db().rollback();
            continue;
        }
        const Conversation before = *c;
        c->status = ConversationStatus::Open;
        c->snoozedUntil = 0;
        Change change;
        if (!saveConversation(workspaceId, *c) || !append(workspaceId, *c, change)
            || !insertActivities(workspaceId, nullptr, before, *c, currentTime(), change)) {
            commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not wake the conversation")));
            continue;
        }
        change = commit(change);
        if (change.ok())
            woken.append({workspaceId, change});
    }
    return woken;
}

} // namespace relaydesk::server
