// Schema version 12: each conversation's priority (low, normal, high,
// urgent), as its events say it. Conversations stored before this step read
// normal until their next event (or a re-sync by pages) brings the server's.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo12(Connection &connection, QString *error)
{
    // After step 5's rewrite in the same run, the stored text must be read again first.
    return reloadParsedSchema(connection, error)
           && connection.exec("ALTER TABLE conversations ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';", error);
}

} // namespace relaydesk::store
