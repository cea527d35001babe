// Schema version 8: the workspace's own settings as the server last told them
// (`workspace.updated` events and GET /v1/me): the autopilot's mode while no
// agent is connected, and whether suggested replies are available. One row;
// a newer `updated_at` replaces it, an older one is ignored. A table of its
// own, not columns (see v6_history_backfill.cpp).

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo8(Connection &connection, QString *error)
{
    return connection.exec("CREATE TABLE workspace_settings ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " autopilot_away TEXT NOT NULL DEFAULT 'off',"
                           " ai_suggestions INTEGER NOT NULL DEFAULT 0,"
                           " updated_at INTEGER NOT NULL DEFAULT -1);"
                           "INSERT INTO workspace_settings (id) VALUES (1);",
                           error);
}

} // namespace relaydesk::store
