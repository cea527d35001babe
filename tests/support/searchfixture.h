#pragma once

// Shared by the search suites (tst_store_search, tst_store_search_changes):
// a profile's encrypted history and search index in a folder of their own,
// builders for the records they are fed, and readers of the hits.

#include "protocol/types.h"
#include "store/migrations.h"
#include "store/reader.h"
#include "store/rows.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/writer.h"

#include <QFile>

#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace relaydesk::test {

using namespace relaydesk::store;

inline constexpr qint64 kBase = 1'700'000'000'000; // ms since the epoch
inline constexpr int kIndexTimeoutMs = 30000;      // a deadline for a hang, not a pause

// One profile's history and search index in a folder of its own.
struct History
{
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generateRaw();
    std::unique_ptr<Store> store;

    Store::Paths paths() const
    {
        return {dir.filePath(QStringLiteral("history.db")), dir.filePath(QStringLiteral("search.db"))};
    }
    bool open(QString *error)
    {
        store.reset();
        OpenError openError;
        store = Store::open(paths(), key, &openError);
        if (!store)
            *error = openError.message;
        return bool(store);
    }
    void close() { store.reset(); }
    StoreReader &reader() { return store->reader(); }
};

// What an index of an older schema held for a history: the messages'
// texts alone (no file names, one table), caught up with the queue.
struct OldIndex
{
    qint64 queued = 0; // the last queue entry it had applied
    int texts = -1;    // messages written to it; -1 on an error
};

// Replaces a closed, unencrypted history's search.db with one as search
// index schema `version` (1 or 2) wrote it for that history.
inline OldIndex writeOldIndex(History &history, int version, QString *error)
{
    OldIndex old;
    QVector<QPair<qint64, QString>> texts;
    {
        Connection h;
        if (!h.open(history.paths().history, Connection::Mode::ReadWrite, error))
            return old;
        old.queued = h.queryInt("SELECT max(id) FROM search_queue").value_or(0);
        Statement select = h.prepare("SELECT id, text FROM messages WHERE text <> ''");
        while (select.next())
            texts.append({select.int64(0), select.text(1)});
    }
    QFile::remove(history.paths().searchIndex);
    Connection c;
    if (!c.open(history.paths().searchIndex, Connection::Mode::ReadWriteCreate, error)
        || !migrateSearchIndexTo1(c, error) || (version >= 2 && !migrateSearchIndexTo2(c, error))
        || !c.exec("PRAGMA user_version = " + QByteArray::number(version), error))
        return old;
    Statement insert = c.prepare("INSERT INTO message_search (docid, text) VALUES (?1, ?2)");
    for (const auto &[id, text] : std::as_const(texts)) {
        insert.bind(1, id).bind(2, text);
        if (!insert.run()) {
            *error = insert.error();
            return old;
        }
    }
    Statement state = c.prepare("UPDATE index_state SET indexed_up_to = ?1 WHERE id = 1");
    state.bind(1, old.queued);
    if (!state.run()) {
        *error = state.error();
        return old;
    }
    old.texts = int(texts.size());
    return old;
}

inline protocol::Contact contact(qint64 id, const QString &name)
{
    protocol::Contact c;
    c.id = id;
    c.name = name;
    c.phone = QStringLiteral("+62 811 000 %1").arg(id);
    return c;
}

inline protocol::Conversation conversation(qint64 id, qint64 contactId)
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = contactId;
    c.channel = protocol::Channel::WhatsApp;
    return c;
}

inline protocol::Message message(qint64 serverId, qint64 conversationId, qint64 createdAt, const QString &text)
{
    protocol::Message m;
    m.id = serverId;
    m.conversationId = conversationId;
    m.author = protocol::Author::Customer;
    m.text = text;
    m.status = protocol::MessageStatus::Delivered;
    m.createdAt = createdAt;
    return m;
}

inline protocol::MessageUpdate edit(qint64 serverId, const QString &text, qint64 at)
{
    protocol::MessageUpdate u;
    u.id = serverId;
    u.text = text;
    u.editedAt = at;
    return u;
}

// Applies records as one history page, on the store's writer thread.
inline bool apply(Store &store, const QVector<protocol::EventPayload> &records, QString *error)
{
    bool ok = false;
    store.writeAndWait(
        [&](StoreWriter &writer, ChangeSet &changes) { ok = writer.applySnapshot(records, -1, &changes, error); });
    return ok;
}

// The server ids of the hits, in the order the reader returned them.
inline QList<qint64> serverIdsOf(StoreReader &reader, const QVector<MessageHit> &hits)
{
    QList<qint64> ids;
    for (const MessageHit &hit : hits) {
        const std::optional<MessageRow> row = reader.message(hit.messageId);
        ids.append(row ? row->serverId : -1);
    }
    return ids;
}

inline QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline QList<qint64> contactIdsOf(const QVector<ContactHit> &hits)
{
    QList<qint64> ids;
    for (const ContactHit &hit : hits)
        ids.append(hit.contactId);
    return sorted(ids);
}

inline QString marked(const QString &word)
{
    return kMatchStart + word + kMatchEnd;
}

using Ids = QList<qint64>;

} // namespace relaydesk::test
