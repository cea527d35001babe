#pragma once

#include "relayserver.h"

#include <optional>

namespace relaydesk::server {

// `relaydesk-server --demo`: fills an empty server with a demo workspace, two
// agents, 300 customers on WhatsApp, Messenger and web chat in the app's five
// languages (democustomers.h) written as over the past days, templates and
// autopilot rules, and a handful of quick replies, so a new installation has
// something to show; while the server runs, it plays the workspace's
// WhatsApp and Messenger itself (demochannel.h). If the demo workspace
// exists already, only gives it the quick replies when it has none; if an
// older server's seed made it and nothing but demo data is in the folder, it
// is moved aside and made afresh (demofolder.h). Returns the demo
// workspace's id, or nothing with `error` set.
[[nodiscard]] std::optional<qint64> seedDemo(const ServerConfig &config, QString *error);

// The seed's version, kept with the demo it made. Raise it whenever the seed
// changes what a newcomer sees: --demo then makes an older demo afresh.
// (1: the 300 customers of democustomers.cpp, with channels played by the
// server; the demos made before had no mark.)
inline constexpr int kDemoSeedVersion = 1;
inline constexpr int kDemoConversations = 300;

inline constexpr char kDemoAgentEmail[] = "demo@relaydesk.local";
inline constexpr char kDemoAgentPassword[] = "relaydesk-demo";

} // namespace relaydesk::server
