// Schema version 14: an index for "urgent first": the list reads each
// priority's conversations in activity order straight from it (urgent,
// then high, normal, low), so sorting by priority reads no more rows than a
// page and sorts nothing.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo14(Connection &connection, QString *error)
{
    return connection.exec("CREATE INDEX conversations_by_priority"
                           " ON conversations (priority, last_activity DESC, id DESC);",
                           error);
}

} // namespace relaydesk::store
