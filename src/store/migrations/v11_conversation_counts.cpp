// Schema version 11: an index that answers the list's counts (conversations
// per status, by whose they are, and the unread messages customers wait on)
// without reading the table. It holds only columns that change with an
// assignment, a status, a mute or a read (unread_count), never with the
// activity order, so a new message costs one entry at most; resolved
// conversations are left out of the counts by a range on `status`, so they
// cost the reads nothing however many the history holds.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo11(Connection &connection, QString *error)
{
    return connection.exec("CREATE INDEX conversations_by_status"
                           " ON conversations (status, assignee_id, muted, unread_count);",
                           error);
}

} // namespace relaydesk::store
