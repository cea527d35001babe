// Shared fixture for the history write-path suites (tst_store_writes,
// tst_store_outbox): one real SQLCipher history file with a writer and a
// reader on it, and builders for the records the tests feed it.

#pragma once

#include "store/database.h"
#include "store/reader.h"
#include "store/writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace relaydesk::test {

using namespace relaydesk::store;
using namespace relaydesk::protocol;

inline constexpr qint64 kT0 = 1'700'000'000'000; // ms; every record of these tests is after it
inline const QChar kEllipsis(0x2026);

// One history file in its own temporary folder: the writer connection with a
// StoreWriter on it, and a second, read-only connection with a StoreReader.
class History
{
public:
    History()
        : m_key(DatabaseKey::generateRaw())
    {
    }

    bool open()
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
            return false;
        }
        OpenError error;
        m_db = Database::open(path(), m_key, Database::Role::Writer, &error);
        if (!m_db) {
            m_error = error.message;
            return false;
        }
        m_writer = std::make_unique<StoreWriter>(*m_db);
        m_readerDb = Database::open(path(), m_key, Database::Role::Reader, &error);
        if (!m_readerDb) {
            m_error = error.message;
            return false;
        }
        m_reader = std::make_unique<StoreReader>(*m_readerDb);
        return true;
    }

    // Closes both connections, as quitting the app does.
    void close()
    {
        m_reader.reset();
        m_readerDb.reset();
        m_writer.reset();
        m_db.reset();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("history.db")); }
    QString error() const { return m_error; }
    StoreWriter &writer() { return *m_writer; }
    StoreReader &reader() { return *m_reader; }
    Connection &db() { return *m_db; }

    // A single number from the writer connection; -1 if the query fails.
    qint64 number(const QByteArray &sql) { return m_db->queryInt(sql.constData()).value_or(-1); }
    QString text(const QByteArray &sql) { return m_db->queryText(sql.constData()).value_or(QString()); }

    qint64 count(const char *table, const QByteArray &where = QByteArrayLiteral("1"))
    {
        return number(QByteArrayLiteral("SELECT count(*) FROM ") + table + " WHERE " + where);
    }
    qint64 searchQueued(SearchDocument kind)
    {
        // A batch of new messages is one row listing their ids, 8 bytes each.
        return number("SELECT coalesce(sum(CASE WHEN docs IS NULL THEN 1 ELSE length(docs) / 8 END), 0)"
                      " FROM search_queue WHERE kind = "
                      + QByteArray::number(int(kind)));
    }
    qint64 localId(qint64 serverId)
    {
        return number("SELECT id FROM messages WHERE server_id = " + QByteArray::number(serverId));
    }
    std::optional<MessageRow> messageByServerId(qint64 serverId)
    {
        const qint64 id = localId(serverId);
        return id > 0 ? m_reader->message(id) : std::nullopt;
    }

    // The next seq of the log, for tests that apply one batch after another.
    qint64 nextSeq() { return m_writer->lastSeq() + 1; }

private:
    QTemporaryDir m_dir;
    DatabaseKey m_key;
    std::optional<Connection> m_db;
    std::unique_ptr<StoreWriter> m_writer;
    std::optional<Connection> m_readerDb;
    std::unique_ptr<StoreReader> m_reader;
    QString m_error;
};

inline Contact contact(qint64 id, const QString &name, const QString &avatar = QString())
{
    Contact c;
    c.id = id;
    c.name = name;
    c.phone = QStringLiteral("+3161234%1").arg(id, 4, 10, QLatin1Char('0'));
    c.avatarMediaId = avatar;
    c.updatedAt = kT0;
    return c;
}

inline Conversation conversation(qint64 id, qint64 contactId, qint64 lastActivity = kT0,
                                 Channel channel = Channel::WhatsApp)
{
    Conversation c;
    c.id = id;
    c.contactId = contactId;
    c.channel = channel;
    c.lastActivity = lastActivity;
    return c;
}

inline Message message(qint64 serverId, qint64 conversationId, qint64 createdAt, const QString &text,
                       Author author = Author::Customer)
{
    Message m;
    m.id = serverId;
    m.conversationId = conversationId;
    m.author = author;
    m.authorId = author == Author::Agent ? 7 : 0;
    m.authorName = author == Author::Agent ? QStringLiteral("Maya") : QStringLiteral("Customer");
    m.text = text;
    m.status = MessageStatus::Sent;
    m.createdAt = createdAt;
    return m;
}

inline Attachment media(const QString &mediaId, const QString &mimeType, const QString &fileName)
{
    Attachment a;
    a.mediaId = mediaId;
    a.mimeType = mimeType;
    a.size = 2048;
    a.sha256 = QStringLiteral("ab").repeated(32);
    a.fileName = fileName;
    return a;
}

inline Message withMedia(Message m, MessageKind kind, const QVector<Attachment> &attachments)
{
    m.kind = kind;
    m.attachments = attachments;
    return m;
}

inline MessageUpdate statusUpdate(qint64 serverId, MessageStatus status, const QString &reason = QString())
{
    MessageUpdate u;
    u.id = serverId;
    u.status = status;
    u.failureReason = reason;
    return u;
}

// Payloads as consecutive log entries starting at `firstSeq`.
inline QVector<Event> numbered(qint64 firstSeq, const QVector<EventPayload> &payloads)
{
    QVector<Event> events;
    for (const EventPayload &payload : payloads)
        events.append(Event{firstSeq++, payload});
    return events;
}

inline OutgoingMessage outgoing(const QString &clientId, qint64 conversationId, qint64 createdAt, const QString &text)
{
    OutgoingMessage m;
    m.clientId = clientId;
    m.conversationId = conversationId;
    m.text = text;
    m.authorId = 7;
    m.authorName = QStringLiteral("Maya");
    m.createdAt = createdAt;
    return m;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline QList<qint64> sorted(const QSet<qint64> &set)
{
    QList<qint64> list = set.values();
    std::sort(list.begin(), list.end());
    return list;
}

// Applies a batch and says why when it was not applied.
inline bool applyBatch(History &h, const QVector<Event> &events, ChangeSet *changes = nullptr)
{
    ChangeSet unused;
    QString error;
    const auto result = h.writer().applyEvents(events, changes ? changes : &unused, &error);
    if (result != StoreWriter::ApplyResult::Applied)
        qWarning() << "batch not applied:" << int(result) << error;
    return result == StoreWriter::ApplyResult::Applied;
}

inline bool applyBatch(History &h, const QVector<EventPayload> &payloads, ChangeSet *changes = nullptr)
{
    return applyBatch(h, numbered(h.nextSeq(), payloads), changes);
}

// Contact 1 with conversation 10, the starting point of most tests.
inline bool seed(History &h)
{
    return applyBatch(h, QVector<EventPayload>{contact(1, QStringLiteral("Ana Lima")), conversation(10, 1)});
}

inline bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace relaydesk::test
