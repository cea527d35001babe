#pragma once

#include "relayserver.h"

namespace relaydesk::server {

// `relaydesk-server --demo`: fills an empty server with a demo workspace, two
// agents and a few hundred web chat conversations, so a new installation has
// something to show. Does nothing if the demo workspace exists already.
bool seedDemo(const ServerConfig &config, QString *error);

inline constexpr char kDemoAgentEmail[] = "demo@relaydesk.local";
inline constexpr char kDemoAgentPassword[] = "relaydesk-demo";

} // namespace relaydesk::server
