// Schema version 9: what the agent has written and not sent, per
// conversation: the text, the message it answers, whether it is a private
// note, and the files staged to go with it (local paths, JSON). Kept in the
// encrypted history so a draft survives a restart or a crash; it goes with
// its conversation.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo9(Connection &connection, QString *error)
{
    return connection.exec("CREATE TABLE drafts ("
                           " conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,"
                           " text TEXT NOT NULL DEFAULT '',"
                           " reply_to INTEGER NOT NULL DEFAULT 0,"
                           " note INTEGER NOT NULL DEFAULT 0,"
                           " files TEXT NOT NULL DEFAULT '[]',"
                           " updated_at INTEGER NOT NULL DEFAULT 0);",
                           error);
}

} // namespace relaydesk::store
