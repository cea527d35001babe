// Schema version 6: the conversations whose older history has been fetched
// from the server down to their first message. A first sync takes each
// conversation's newest messages; the history backfill then pages the older
// ones in, in the background, and lists a conversation here when it reaches
// the start. Conversations stored before this step are not listed: the
// backfill asks once and finds out.
//
// A table of its own, not a column: ALTER TABLE in SQLite 3.15 splices the
// new column into the table's SQL at an offset taken from the schema the
// connection parsed, and on a file step 5 just rewrote (same connection)
// that offset points into the old text and breaks the table.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo6(Connection &connection, QString *error)
{
    return connection.exec("CREATE TABLE history_complete ("
                           " conversation_id INTEGER PRIMARY KEY"
                           " REFERENCES conversations (id) ON DELETE CASCADE);",
                           error);
}

} // namespace relaydesk::store
