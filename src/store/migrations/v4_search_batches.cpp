// Schema version 4: a batch's new messages go into the search queue as one
// row listing their ids (8 bytes each, little-endian) instead of one row
// each, which saves the writer an insert per message during a large sync.
// Rows queued before this step keep `docs` NULL and mean what they meant.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo4(Connection &connection, QString *error)
{
    return connection.exec("ALTER TABLE search_queue ADD COLUMN docs BLOB;", error);
}

} // namespace relaydesk::store
