#pragma once

#include "protocol/frames.h"
#include "workspacedata.h"

#include <optional>

namespace relaydesk::server {

struct Agent;
class MediaStore;

// Runs one stream command for an agent. Presence commands (typing, viewing)
// change nothing stored: they fill `presence` to pass on instead.
Change runCommand(WorkspaceData &data, MediaStore &media, const Agent &agent, const protocol::Command &command,
                  std::optional<protocol::Presence> *presence);

} // namespace relaydesk::server
