#pragma once

// The version of the wire protocol (docs/protocol.md). A client and a server
// that disagree on it refuse each other with a clear error.
//   1: the first.
//   2: the workspace.updated event (a new event kind, which version 1
//      clients could not read).

namespace relaydesk::protocol {

inline constexpr int kProtocolVersion = 2;

} // namespace relaydesk::protocol
