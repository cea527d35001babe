#pragma once

#include "relayserver.h"

namespace relaydesk::server {

// `relaydesk-server --add-agent EMAIL --workspace NAME [--name N] [--role R]`:
// creates the workspace if needed and the agent, with the password read from
// standard input (never from the command line, where others could see it).
int addAgent(const ServerConfig &config, const QString &email, const QString &workspace, const QString &name,
             const QString &role);

// `relaydesk-server --disable-agent EMAIL` (and --enable-agent, --reset-password
// with the new password on standard input, --end-sessions): each that ends
// the agent's sessions revokes their tokens, and a running server closes
// their streams (4005) within a second.
int agentAction(const ServerConfig &config, const QString &action, const QString &email);

// `relaydesk-server --workspace NAME --webchat-origins "https://a.example https://b.example"`:
// the websites allowed to embed the workspace's web chat ("" allows any).
int setWebchatOrigins(const ServerConfig &config, const QString &workspace, const QString &origins);

// `relaydesk-server --workspace NAME --lead-stages "new,contacted,demo,won,lost"`:
// the workspace's lead pipeline in order ("" brings back the default one).
int setLeadStages(const ServerConfig &config, const QString &workspace, const QString &stages);
// --lead-currency: the workspace's deal currency (`code` checked by the caller).
int setLeadCurrency(const ServerConfig &config, const QString &workspace, const QString &code);

// `relaydesk-server --workspace NAME --channel-settings FILE`: the workspace's
// channels and autopilot (docs/channels.md), from a JSON file, checked and
// stored sealed; "" removes them. `--show-channel-settings` prints them with
// every secret masked.
int setChannelSettings(const ServerConfig &config, const QString &workspace, const QString &file);
int showChannelSettings(const ServerConfig &config, const QString &workspace);

// `relaydesk-server --workspace NAME --canned-responses FILE`: the workspace's
// quick replies, {"canned_responses": [{"shortcut", "title", "text"}, …]}, from
// a JSON file, checked and stored all or nothing; "" removes them all.
// `--show-canned-responses` prints them in the same format.
int setCannedResponses(const ServerConfig &config, const QString &workspace, const QString &file);
int showCannedResponses(const ServerConfig &config, const QString &workspace);

} // namespace relaydesk::server
