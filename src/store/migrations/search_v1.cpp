// Search index (search.db) schema version 1.
//
// FTS4 with the unicode61 tokenizer (SQLite 3.15 on Debian 12 has no FTS5),
// diacritics folded so "cafe" finds "café". Each table keeps its own copy of
// the text, so the index can be updated and snippets made without reading the
// history file, and a document can be removed by its id alone. The docid is
// the message id, which is time-ordered: walking docids backwards is newest
// first. `indexed_up_to` is the last search_queue id applied.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateSearchIndexTo1(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
CREATE VIRTUAL TABLE message_search USING fts4 (text, tokenize=unicode61 "remove_diacritics=1");
CREATE VIRTUAL TABLE contact_search USING fts4 (name, tokenize=unicode61 "remove_diacritics=1");
CREATE TABLE index_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_up_to   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO index_state (id, indexed_up_to) VALUES (1, 0);
)sql",
                           error);
}

} // namespace relaydesk::store
