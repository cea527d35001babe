// Schema version 15: the conversation index is split into blocks of half a
// million messages in the order they were stored
// (StoreWriter::kMessagesPerBlock). Each new message goes into the block
// being filled, so a batch of new messages touches the end of each
// conversation in that block only, and the pages it dirties stop growing
// with the history (at 3M messages in 30k conversations a batch of 25,000
// dirtied 19,000 pages, and read 28,000 the page cache had let go). Reads
// walk each block's part of a conversation and merge them by id
// (StoreReader). Messages stored before this step are block 0: the column
// is added with that default, so no row is rewritten; only the index is
// built again. `message_blocks` counts the messages stored into each block.
//
// What it costs: reading a conversation that has messages in every block
// seeks once per block, and the foreign key's cascade when a conversation
// is deleted (a contact erased) has no index that leads with
// conversation_id, so SQLite reads the messages table through once per
// conversation deleted.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo15(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
ALTER TABLE messages ADD COLUMN block INTEGER NOT NULL DEFAULT 0;
DROP INDEX messages_by_conversation;
CREATE INDEX messages_by_conversation ON messages (block, conversation_id);
CREATE TABLE message_blocks (
    block           INTEGER PRIMARY KEY,
    messages        INTEGER NOT NULL
);
INSERT INTO message_blocks (block, messages) SELECT 0, count(*) FROM messages;
)sql",
                           error);
}

} // namespace relaydesk::store
