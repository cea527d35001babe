#pragma once

#include "serverconfig.h"

#include <QString>

namespace relaydesk::server {

class ServerDb;

// What `relaydesk-server --demo` finds in its data folder before it seeds.
struct FoundDemo
{
    enum class State {
        None,      // no demo workspace yet: the demo is made (beside any other workspace)
        Current,   // made by this server's seed: kept
        Newer,     // made by a newer server's seed: kept
        Older,     // an older seed's, holding nothing but the demo: made afresh
        OlderKept, // an older seed's, but something not from the demo was added: kept
    };
    State state = State::None;
    qint64 workspaceId = 0;
    int version = 0; // the seed's (kDemoSeedVersion); 0: before demos were marked
    QString added;   // OlderKept: what was added, for the log ("another workspace")
};

// Reads the demo's mark (schema step 11) or, in a folder from before marks,
// recognises an old demo by its workspace, agents and customers. Only a
// folder that holds nothing but demo data is ever called Older.
[[nodiscard]] FoundDemo findDemo(ServerDb &db, const ServerConfig &config, QString *error);

// Moves an Older demo's database and media into <data>/previous-demo (in
// place of an earlier one there), so --demo starts afresh and nothing is
// deleted outright. Call with the database closed.
[[nodiscard]] bool moveDemoAside(const ServerConfig &config, QString *error);
QString previousDemoPath(const ServerConfig &config);

// Marks `workspaceId` as the demo this server's seed just made.
[[nodiscard]] bool markDemo(ServerDb &db, qint64 workspaceId, QString *error);

} // namespace relaydesk::server
