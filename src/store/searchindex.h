#pragma once

#include "store/databasekey.h"
#include "store/rows.h"
#include "store/sqlite.h"

#include <QString>
#include <QVector>

#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace relaydesk::store {

struct IndexHit
{
    qint64 docid = 0;
    QString snippet;
};

// The full-text index of message text (with its attachments' file names)
// and contact names, in its own encrypted file beside the history. It is
// derived data: fed in order from the history's search_queue, rebuilt from
// the history if it is lost or damaged.
//
// Message texts are kept in parts, each an FTS4 table of its own holding a
// range of docids (search_parts; search index schema step 3): FTS4's merges
// build whole doclists in memory, and a part's never grow past its own half
// a million documents. Searches walk the parts newest first.
//
// A SearchIndex used for indexing belongs to one thread; one opened for
// reading (openForReading) belongs to the thread that reads.
class SearchIndex
{
public:
    // Opens (creating or rebuilding if needed) the index for writing, with a
    // read-only view of the history it is fed from.
    [[nodiscard]] static std::unique_ptr<SearchIndex>
    openForIndexing(const QString &indexPath, const QString &historyPath, const DatabaseKey &key, QString *error);
    [[nodiscard]] static std::unique_ptr<SearchIndex> openForReading(const QString &indexPath, const DatabaseKey &key,
                                                                     QString *error);
    ~SearchIndex();

    // Indexes every document from the history when the queue no longer holds
    // all the index missed (a new or replaced index file). Can take a while.
    [[nodiscard]] bool rebuildIfIncomplete(QString *error);
    // A schema step changed what documents hold: rebuildIfIncomplete will
    // index everything again.
    bool needsRebuild();

    // Applies up to `limit` queued changes in one transaction. Returns how
    // many were applied (0: caught up), or -1 with `error` set.
    [[nodiscard]] int catchUp(int limit, QString *error);
    qint64 indexedUpTo();

    // Newest first (docids are time-ordered message ids).
    QVector<IndexHit> matchMessages(const QString &matchExpression, int limit, qint64 beforeDocid = 0);
    QVector<IndexHit> matchContacts(const QString &matchExpression, int limit);

private:
    struct Part
    {
        qint64 number = 0;
        qint64 firstDocid = 0; // holds docids from here to the next part's first
        qint64 documents = 0;
        bool recount = false; // `documents` changed since it was saved
        // The lowest and highest docid it holds, read when first needed and
        // widened by inserts (left wide by deletions, which keeps a split
        // of its range right). None: not read yet, or the part is empty.
        std::optional<std::pair<qint64, qint64>> span;
        bool spanRead = false;
    };
    struct PartStatements
    {
        Statement insert;
        Statement remove;
    };

    SearchIndex() = default;
    static QByteArray tableOf(qint64 part);
    [[nodiscard]] bool loadParts(QString *error);
    Part &partOf(qint64 docid);
    PartStatements &statementsOf(qint64 part);
    // Adds a message's text to its part. A full part gives the new docid's
    // side of its range to a new part: above its highest docid (messages
    // stored oldest first) or below its lowest (a first sync stores newest
    // first). False if the index holds the docid already, or on an error.
    [[nodiscard]] bool insertMessage(qint64 docid, const QString &text);
    [[nodiscard]] bool removeMessage(qint64 docid);
    [[nodiscard]] bool readSpan(Part &part);
    [[nodiscard]] bool startPart(qint64 firstDocid);
    [[nodiscard]] bool saveCounts();
    // Drops every part's table (whatever search_parts says) and starts part 0 again.
    [[nodiscard]] bool dropParts(QString *error);

    std::vector<Part> m_parts; // by first docid
    qint64 m_documentsPerPart = 0;
    std::map<qint64, PartStatements> m_statements; // by part
    Connection m_index;
    Connection m_history; // only when indexing
};

} // namespace relaydesk::store
