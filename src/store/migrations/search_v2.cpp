// Search index (search.db) schema version 2: attachments' file names are part
// of a message's indexed text, so Ctrl+K finds "invoice-RD-4471.pdf" by
// "invoice" or "RD-4471". An index written before holds message text only;
// `needs_rebuild` asks SearchIndex::rebuildIfIncomplete to index every
// message again from the history, names included, the next time it runs
// (the history is another file, so this step cannot read it itself). A new
// file, which has indexed nothing yet, catches up from the queue as usual.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateSearchIndexTo2(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
ALTER TABLE index_state ADD COLUMN needs_rebuild INTEGER NOT NULL DEFAULT 0;
UPDATE index_state SET needs_rebuild = 1 WHERE id = 1 AND indexed_up_to > 0;
)sql",
                           error);
}

} // namespace relaydesk::store
