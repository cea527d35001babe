// Search index (search.db) schema version 3: message texts in parts of about
// half a million documents each, so the index's merges stay the same size
// however long the history grows.
//
// FTS4 merges a level's 16 segments into one when a level fills; a merge
// builds each term's whole doclist in memory, so in one table the biggest
// merge, and the memory it holds, grows with the history. A part is its own
// FTS4 table holding a range of docids; its merges never reach past its own
// documents.
//
// The existing table becomes part 0, starting at docid 0, with its documents
// counted (its %_docsize table has a row per document). It is full once it
// holds `documents_per_part`; the indexer then starts part 1
// (message_search_1) after its newest docid, and so on (SearchIndex).

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateSearchIndexTo3(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
CREATE TABLE search_parts (
    part            INTEGER PRIMARY KEY,
    first_docid     INTEGER NOT NULL UNIQUE,
    documents       INTEGER NOT NULL
);
INSERT INTO search_parts (part, first_docid, documents)
    VALUES (0, 0, (SELECT count(*) FROM message_search_docsize));
ALTER TABLE index_state ADD COLUMN documents_per_part INTEGER NOT NULL DEFAULT 524288;
)sql",
                           error);
}

} // namespace relaydesk::store
