// WorkspaceData's part for activity lines: a message of kind "activity" with
// what changed in a conversation (assigned, status, snoozed, woke, priority,
// autopilot) as fields, written in the change's own transaction after the
// conversation's event. Clients that did not announce the "activity" feature
// get each as the English system note older servers wrote instead
// (legacyActivityNote), so an older desktop keeps reading every page and event.

#include "workspacedata.h"

#include "accounts.h"
#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"
#include "protocol/frames.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

const QString kType = QStringLiteral("type");
const QString kByAgentId = QStringLiteral("by_agent_id");
const QString kByAgentName = QStringLiteral("by_agent_name");

QJsonValue ref(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString statusWord(const QString &status)
{
    if (status == QLatin1String("resolved"))
        return QStringLiteral("resolved this conversation");
    if (status == QLatin1String("pending"))
        return QStringLiteral("set this conversation to pending");
    return QStringLiteral("reopened this conversation");
}

} // namespace

QString WorkspaceData::agentName(qint64 workspaceId, qint64 agentId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT name FROM agents WHERE id = ? AND workspace_id = ?"));
    q.bindValue(0, agentId);
    q.bindValue(1, workspaceId);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return name;
}

QVector<QJsonObject> WorkspaceData::activitiesBetween(qint64 workspaceId, const Agent *by, const Conversation &before,
                                                      const Conversation &after)
{
    QVector<QJsonObject> lines;
    const auto line = [&](const char *type) {
        QJsonObject o{{kType, QString::fromLatin1(type)}, {kByAgentId, ref(by ? by->id : 0)}};
        if (by)
            o.insert(kByAgentName, by->name);
        return o;
    };
    if (before.assigneeId != after.assigneeId) {
        QJsonObject o = line(activity::kAssigned);
        o.insert(QStringLiteral("agent_id"), ref(after.assigneeId));
        if (after.assigneeId)
            o.insert(QStringLiteral("agent_name"), agentName(workspaceId, after.assigneeId));
        lines.append(o);
    }
    if (after.status == ConversationStatus::Snoozed
        && (before.status != ConversationStatus::Snoozed || before.snoozedUntil != after.snoozedUntil)) {
        QJsonObject o = line(activity::kSnoozed);
        o.insert(QStringLiteral("until"), ref(after.snoozedUntil));
        lines.append(o);
    } else if (after.status != before.status && after.status != ConversationStatus::Snoozed) {
        if (by) {
            QJsonObject o = line(activity::kStatus);
            o.insert(QStringLiteral("status"), toString(after.status));
            lines.append(o);
        } else if (before.status == ConversationStatus::Snoozed) {
            lines.append(QJsonObject{{kType, QString::fromLatin1(activity::kWoke)},
                                     {QStringLiteral("reason"), QString::fromLatin1(activity::kReasonTimer)},
                                     {kByAgentId, QJsonValue::Null}});
        }
    }
    if (before.priority != after.priority) {
        QJsonObject o = line(activity::kPriority);
        o.insert(QStringLiteral("priority"), toString(after.priority));
        lines.append(o);
    }
    if (before.autopilot != after.autopilot) {
        QJsonObject o = line(activity::kAutopilot);
        o.insert(QStringLiteral("mode"), toString(after.autopilot));
        lines.append(o);
    }
    return lines;
}

bool WorkspaceData::insertActivity(qint64 workspaceId, qint64 conversationId, const QJsonObject &activity, qint64 at,
                                   Change &change)
{
    Message message;
    message.conversationId = conversationId;
    message.author = Author::System;
    message.kind = MessageKind::Activity;
    message.status = MessageStatus::Delivered;
    message.createdAt = at;
    message.activity = activity;
    QSqlQuery &insert = prepared(
        QStringLiteral("INSERT INTO messages (workspace_id, conversation_id, author, kind, text, status,"
                       " created_at, activity) VALUES (?, ?, 'system', 'activity', '', 'delivered', ?, ?)"));
    insert.bindValue(0, workspaceId);
    insert.bindValue(1, conversationId);
    insert.bindValue(2, at);
    insert.bindValue(3, QString::fromUtf8(QJsonDocument(activity).toJson(QJsonDocument::Compact)));
    if (!insert.exec()) {
        qCWarning(lcServer) << "could not store an activity line:" << insert.lastError().text();
        return false;
    }
    message.id = insert.lastInsertId().toLongLong();
    return append(workspaceId, message, change);
}

bool WorkspaceData::insertActivities(qint64 workspaceId, const Agent *by, const Conversation &before,
                                     const Conversation &after, qint64 at, Change &change)
{
    for (const QJsonObject &activity : activitiesBetween(workspaceId, by, before, after)) {
        if (!insertActivity(workspaceId, after.id, activity, at, change))
            return false;
    }
    return true;
}

Message legacyActivityNote(const Message &message)
{
    if (message.kind != MessageKind::Activity)
        return message;
    Message note = message;
    note.kind = MessageKind::Note;
    note.activity = {};
    const QJsonObject &a = message.activity;
    const QString type = a.value(kType).toString();
    const QString by = a.value(kByAgentName).toString();
    const QString who = by.isEmpty() ? QStringLiteral("Someone") : by;
    if (type == QLatin1String(activity::kAssigned)) {
        const QString to = a.value(QStringLiteral("agent_name")).toString();
        note.text = a.value(QStringLiteral("agent_id")).isNull()
                        ? QStringLiteral("%1 unassigned this conversation.").arg(who)
                        : QStringLiteral("%1 assigned this conversation to %2.").arg(who, to);
    } else if (type == QLatin1String(activity::kStatus)) {
        note.text = QStringLiteral("%1 %2.").arg(who, statusWord(a.value(QStringLiteral("status")).toString()));
    } else if (type == QLatin1String(activity::kSnoozed)) {
        const qint64 until = a.value(QStringLiteral("until")).toInteger();
        note.text =
            until
                ? QStringLiteral("%1 snoozed this conversation until %2 UTC.")
                      .arg(who,
                           QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QStringLiteral("%1 snoozed this conversation until the customer replies.").arg(who);
    } else if (type == QLatin1String(activity::kWoke)) {
        note.text = QStringLiteral("The snooze ended.");
    } else if (type == QLatin1String(activity::kPriority)) {
        note.text =
            QStringLiteral("%1 set the priority to %2.").arg(who, a.value(QStringLiteral("priority")).toString());
    } else if (type == QLatin1String(activity::kAutopilot)) {
        const QString mode = a.value(QStringLiteral("mode")).toString();
        if (a.value(QStringLiteral("reason")).toString() == QLatin1String(activity::kReasonAgentReplied))
            note.text = QStringLiteral("Autopilot paused: %1 replied.").arg(who); // what older servers wrote
        else if (mode == QLatin1String("off"))
            note.text = QStringLiteral("%1 turned the autopilot off.").arg(who);
        else
            note.text = QStringLiteral("%1 turned the autopilot on (%2).").arg(who, mode);
    } else {
        note.text = QStringLiteral("The conversation changed.");
    }
    return note;
}

QString legacyEventFrame(const QString &kind, const QString &data, qint64 seq)
{
    // Only a message.created of kind activity differs; the check is on the
    // stored text first, so the replay decodes nothing else.
    if (kind != QLatin1String(eventKinds::kMessageCreated) || !data.contains(QLatin1String("\"activity\"")))
        return {};
    QString error;
    const std::optional<Message> message = messageFromJson(QJsonDocument::fromJson(data.toUtf8()).object(), &error);
    if (!message || message->kind != MessageKind::Activity)
        return {};
    return QString::fromUtf8(encodeFrame(Frame(Event{seq, legacyActivityNote(*message)})));
}

} // namespace relaydesk::server
