// Schema version 7: the notes on a lead, each with its author and time (the
// lead's `note_list`), replaced whole whenever a newer version of the lead is
// stored. A table of its own, not a column (see v6_history_backfill.cpp).
// Leads stored before this step have no notes until their next update.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo7(Connection &connection, QString *error)
{
    return connection.exec("CREATE TABLE lead_notes ("
                           " id INTEGER PRIMARY KEY,"
                           " contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
                           " author_id INTEGER,"
                           " author_name TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL);"
                           "CREATE INDEX lead_notes_by_contact ON lead_notes (contact_id, id);",
                           error);
}

} // namespace relaydesk::store
