// The workspace's event log: its head, appending an event in the change's
// transaction, and reading events after a seq (decoded, or as ready frames
// for the replay).

#include "workspacedata.h"

#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

qint64 WorkspaceData::headSeq(qint64 workspaceId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT head_seq FROM workspaces WHERE id = ?"));
    q.bindValue(0, workspaceId);
    const qint64 head = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return head;
}

QVector<Event> WorkspaceData::eventsAfter(qint64 workspaceId, qint64 seq, int limit, int *rowsRead, qint64 *lastSeqRead)
{
    if (rowsRead)
        *rowsRead = 0;
    if (lastSeqRead)
        *lastSeqRead = seq;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT seq, kind, data FROM events WHERE workspace_id = ? AND seq > ?"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(workspaceId);
    q.addBindValue(seq);
    q.addBindValue(limit);
    QVector<Event> events;
    if (!q.exec())
        return events;
    while (q.next()) {
        if (rowsRead)
            ++*rowsRead;
        if (lastSeqRead)
            *lastSeqRead = q.value(0).toLongLong();
        const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("event")},
                                {QStringLiteral("seq"), q.value(0).toLongLong()},
                                {QStringLiteral("kind"), q.value(1).toString()},
                                {QStringLiteral("data"),
                                 QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()}};
        QString error;
        if (auto event = decodeEvent(frame, &error))
            events.append(*event);
        else
            qCWarning(lcServer) << "stored event" << q.value(0).toLongLong() << "unreadable:" << error;
    }
    return events;
}

namespace {

// How many bytes `text` takes in UTF-8, without converting it.
qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3;
    }
    return bytes;
}

} // namespace

QVector<WorkspaceData::EncodedEvent> WorkspaceData::encodedEventsAfter(qint64 workspaceId, qint64 seq, int limit,
                                                                       int *rowsRead, qint64 *lastSeqRead,
                                                                       bool activityLines)
{
    *rowsRead = 0;
    *lastSeqRead = seq;
    QSqlQuery &q = prepared(QStringLiteral("SELECT seq, kind, data FROM events WHERE workspace_id = ? AND seq > ?"
                                           " ORDER BY seq LIMIT ?"));
    q.setForwardOnly(true);
    q.bindValue(0, workspaceId);
    q.bindValue(1, seq);
    q.bindValue(2, limit);
    QVector<EncodedEvent> events;
    if (!q.exec())
        return events;
    events.reserve(limit);
    static const QString head = QStringLiteral("{\"type\":\"event\",\"seq\":");
    while (q.next()) {
        ++*rowsRead;
        const qint64 eventSeq = q.value(0).toLongLong();
        *lastSeqRead = eventSeq;
        const QString kind = q.value(1).toString();
        const QString data = q.value(2).toString().trimmed();
        // Kinds are plain words the server wrote; data is the object it wrote.
        const bool plainKind = !kind.isEmpty() && std::all_of(kind.cbegin(), kind.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_');
        });
        if (!plainKind || !data.startsWith(QLatin1Char('{')) || !data.endsWith(QLatin1Char('}'))) {
            qCWarning(lcServer) << "stored event" << eventSeq << "unreadable: not a kind and an object";
            continue;
        }
        EncodedEvent event;
        event.seq = eventSeq;
        if (!activityLines) {
            event.frame = legacyEventFrame(kind, data, eventSeq);
            if (!event.frame.isEmpty()) {
                event.utf8Bytes = utf8Size(event.frame);
                events.append(std::move(event));
                continue;
            }
        }
        event.frame.reserve(head.size() + 24 + kind.size() + data.size());
        event.frame.append(head)
            .append(QString::number(eventSeq))
            .append(QLatin1String(",\"kind\":\""))
            .append(kind)
            .append(QLatin1String("\",\"data\":"))
            .append(data)
            .append(QLatin1Char('}'));
        event.utf8Bytes = utf8Size(event.frame);
        events.append(std::move(event));
    }
    q.finish();
    return events;
}

bool WorkspaceData::append(qint64 workspaceId, EventPayload payload, Change &change)
{
    QSqlQuery &bump = prepared(QStringLiteral("UPDATE workspaces SET head_seq = head_seq + 1 WHERE id = ?"));
    bump.bindValue(0, workspaceId);
    if (!bump.exec())
        return false;
    Event event{headSeq(workspaceId), std::move(payload)};
    const QJsonObject encoded = encodeEvent(event);
    QSqlQuery &insert = prepared(
        QStringLiteral("INSERT INTO events (workspace_id, seq, kind, data, created_at) VALUES (?, ?, ?, ?, ?)"));
    insert.bindValue(0, workspaceId);
    insert.bindValue(1, event.seq);
    insert.bindValue(2, encoded.value(QStringLiteral("kind")).toString());
    insert.bindValue(3, QString::fromUtf8(QJsonDocument(encoded.value(QStringLiteral("data")).toObject())
                                              .toJson(QJsonDocument::Compact)));
    insert.bindValue(4, now());
    if (!insert.exec())
        return false;
    change.events.append(event);
    return true;
}

} // namespace relaydesk::server
