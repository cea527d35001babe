#pragma once

#include "store/databasekey.h"
#include "store/rows.h"
#include "store/sqlite.h"

#include <QString>
#include <QVector>

#include <memory>

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
    SearchIndex() = default;

    Connection m_index;
    Connection m_history; // only when indexing
};

} // namespace relaydesk::store
