#pragma once

#include "relayserver.h"

namespace relaydesk::server {

// `relaydesk-server --demo`: fills an empty server with a demo workspace, two
// agents, 300 customers on WhatsApp, Messenger and web chat in the app's five
// languages (democustomers.h) written as over the past days, templates and
// autopilot rules, and a handful of quick replies, so a new installation has
// something to show. If the demo workspace exists already, only gives it the
// quick replies when it has none.
[[nodiscard]] bool seedDemo(const ServerConfig &config, QString *error);

inline constexpr char kDemoAgentEmail[] = "demo@relaydesk.local";
inline constexpr char kDemoAgentPassword[] = "relaydesk-demo";

} // namespace relaydesk::server
