#pragma once

// The version of the wire protocol (docs/protocol.md). A client and a server
// that disagree on it refuse each other with a clear error.

namespace relaydesk::protocol {

inline constexpr int kProtocolVersion = 1;

} // namespace relaydesk::protocol
