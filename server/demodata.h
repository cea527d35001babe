#pragma once

#include "relayserver.h"

namespace relaydesk::server {

// `relaydesk-server --demo`: fills an empty server with a demo workspace, two
// agents, a few hundred web chat conversations and a handful of quick replies,
// so a new installation has something to show. If the demo workspace exists
// already, only gives it the quick replies when it has none.
[[nodiscard]] bool seedDemo(const ServerConfig &config, QString *error);

inline constexpr char kDemoAgentEmail[] = "demo@relaydesk.local";
inline constexpr char kDemoAgentPassword[] = "relaydesk-demo";

} // namespace relaydesk::server
