#include "sync/historybulk.h"

#include "net/apiclient.h"
#include "store/sqlite.h"
#include "store/writer.h"

namespace relaydesk::sync::historybulk {

namespace {

const auto kCursorName = QStringLiteral("history-bulk-before");

bool markAllComplete(store::StoreWriter &writer, const QSet<qint64> &skipped, QString *error)
{
    store::Statement mark = writer.connection().prepare(
        "INSERT OR IGNORE INTO history_complete (conversation_id) SELECT id FROM conversations");
    if (!mark.run()) {
        *error = QStringLiteral("marking the history complete failed");
        return false;
    }
    // Those whose messages came before the store knew them page on alone.
    for (qint64 conversationId : skipped) {
        store::Statement unmark = writer.connection().prepare(
            "DELETE FROM history_complete WHERE conversation_id = ?1");
        unmark.bind(1, conversationId);
        if (!unmark.run()) {
            *error = QStringLiteral("marking the history complete failed");
            return false;
        }
    }
    store::Statement done = writer.connection().prepare("DELETE FROM local_secrets WHERE name = ?1");
    done.bind(1, kCursorName);
    if (!done.run()) {
        *error = QStringLiteral("ending the history's pages failed");
        return false;
    }
    return true;
}

} // namespace

Stored storePage(store::StoreWriter &writer, store::ChangeSet &changes, const QByteArray &body, qint64 nextBefore,
                 QSet<qint64> *skipped)
{
    Stored result;
    net::MessagePage page;
    if (!net::ApiClient::decodeMessagePage(body, &page, &result.error))
        return result;
    QVector<protocol::EventPayload> records;
    records.reserve(page.messages.size());
    {
        store::Statement known = writer.connection().prepare("SELECT 1 FROM conversations WHERE id = ?1");
        QSet<qint64> present;
        // Oldest first, as a conversation's page is stored.
        for (auto it = page.messages.crbegin(); it != page.messages.crend(); ++it) {
            const qint64 conversationId = it->conversationId;
            if (!present.contains(conversationId)) {
                if (skipped->contains(conversationId))
                    continue;
                known.bind(1, conversationId);
                const bool exists = known.next();
                known.reset();
                if (!exists) {
                    skipped->insert(conversationId);
                    continue;
                }
                present.insert(conversationId);
            }
            records.append(*it);
        }
    }
    if (!writer.applySnapshot(records, -1, &changes, &result.error))
        return result;
    result.messages = int(records.size());
    if (nextBefore > 0) {
        if (!writer.setLocalSecret(kCursorName, QByteArray::number(nextBefore), &result.error))
            return result;
    } else if (!markAllComplete(writer, *skipped, &result.error)) {
        return result;
    }
    result.ok = true;
    return result;
}

qint64 cursor(store::StoreWriter &writer)
{
    return writer.localSecret(kCursorName).toLongLong();
}

} // namespace relaydesk::sync::historybulk
