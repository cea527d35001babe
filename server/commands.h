#pragma once

#include "protocol/frames.h"
#include "workspacedata.h"

#include <optional>

namespace relaydesk::server {

struct Agent;
class MediaStore;

// How long presence lasts unless repeated (protocol::kViewingTtlMs and
// kTypingTtlMs; shorter in tests).
struct PresenceLifetimes
{
    int viewingMs = protocol::kViewingTtlMs;
    int typingMs = protocol::kTypingTtlMs;
};

// Runs one stream command for an agent. Presence commands (typing, viewing)
// change nothing stored: they fill `presence` to pass on instead (`until` 0
// when it ended).
Change runCommand(WorkspaceData &data, MediaStore &media, const Agent &agent, const protocol::Command &command,
                  const PresenceLifetimes &lifetimes, std::optional<protocol::Presence> *presence);

} // namespace relaydesk::server
