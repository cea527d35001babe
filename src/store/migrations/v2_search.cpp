// Schema version 2: the queue that feeds the full-text search index.
//
// The index lives in its own encrypted file (search.db, see searchindex.h),
// written by its own thread, so indexing a large sync runs on the second core
// instead of behind the history writer. The writer appends "document changed"
// rows here in the same transaction as the change itself, so the index can
// never miss one, even after a crash; the indexer reads them in order and
// records how far it got inside its own file.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo2(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
CREATE TABLE search_queue (
    id      INTEGER PRIMARY KEY, -- pruning always keeps the newest row, so ids only grow
    kind    INTEGER NOT NULL,   -- SearchDocument: 1 new message, 2 changed message, 3 contact
    doc     INTEGER NOT NULL    -- the message or contact id to (re)index
);
INSERT INTO search_queue (kind, doc) SELECT 1, id FROM messages WHERE text <> '';
INSERT INTO search_queue (kind, doc) SELECT 3, id FROM contacts WHERE name <> '';
)sql",
                           error);
}

} // namespace relaydesk::store
