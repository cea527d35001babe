#pragma once

// The frames of the WebSocket at /v1/stream (docs/protocol.md, "The stream").
// Encoded and decoded by protocol/codec.h.

#include "protocol/limits.h"
#include "protocol/types.h"
#include "protocol/version.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

namespace relaydesk::protocol {

// Client → server, first frame on every connection.
struct Hello
{
    int protocol = kProtocolVersion;
    QString token;      // never logged
    qint64 lastSeq = 0; // the last event seq the client applied (0: none)
    QString clientName;
    QString clientVersion;
    // What this client can read beyond its protocol version (features:: below);
    // the server sends the newer records only to clients that named them.
    QStringList features;
};

// Server → client, the answer to an accepted hello.
struct Welcome
{
    int protocol = kProtocolVersion;
    qint64 agentId = 0;
    qint64 workspaceId = 0;
    qint64 headSeq = 0; // the newest seq when the connection started
    int heartbeatMs = kHeartbeatMs;
    QStringList features; // the hello's features this server uses on this connection
};

// Optional features a client announces in its hello (and REST pages with
// `?features=`). An older client names none and gets what it can read.
namespace features {
// Messages of kind "activity" (assigned, resolved, snoozed …); without it the
// server sends each as a system note in English, as older servers wrote.
inline constexpr char kActivity[] = "activity";
} // namespace features

// Server → client, one entry of the workspace's event log.
using EventFrame = Event;

// Client → server; answered by an Ack with the same clientId.
struct Command
{
    QString clientId; // chosen by the client (a UUID); a retry reuses it
    QString name;     // one of the command names below
    QJsonObject args;
};

// Server → client, the result of a Command.
struct Ack
{
    QString clientId;
    bool ok = true;
    QJsonObject result;   // when ok
    QString errorCode;    // when not ok: a stable code (errors below)
    QString errorMessage; // for a person
    QJsonObject current;  // a conflict's current record; empty otherwise
};

// Either way: a problem with the connection itself (not with one command).
struct ErrorFrame
{
    QString code;
    QString message;
    int protocol = 0; // with protocol_mismatch: the version the server speaks; 0 otherwise
};

// Server → client, instead of a replay: the log no longer holds what the
// client missed. Re-fetch by pages, then reconnect with lastSeq = resumeSeq.
struct Resync
{
    QString reason; // "too_far_behind" or "ahead_of_server"
    qint64 resumeSeq = 0;
};

// Either way, every heartbeat; the other side answers a Pong with the same id.
struct Ping
{
    qint64 id = 0;
};
struct Pong
{
    qint64 id = 0;
};

// Server → client: what other agents are doing right now. Not part of the
// event log (no seq, never replayed); `until` 0 means it ended.
enum class PresenceActivity { Viewing, Typing };
struct Presence
{
    qint64 conversationId = 0;
    qint64 agentId = 0;
    PresenceActivity activity = PresenceActivity::Viewing;
    qint64 until = 0; // ms since the epoch, UTC
};

using Frame = std::variant<Hello, Welcome, EventFrame, Command, Ack, ErrorFrame, Resync, Ping, Pong, Presence>;

// Command names.
namespace commands {
inline constexpr char kMessageSend[] = "message.send";
inline constexpr char kConversationRead[] = "conversation.read";
inline constexpr char kTyping[] = "typing";
inline constexpr char kConversationViewing[] = "conversation.viewing";
inline constexpr char kConversationAssign[] = "conversation.assign";
inline constexpr char kConversationStatus[] = "conversation.status";
inline constexpr char kConversationPriority[] = "conversation.priority";
inline constexpr char kConversationAutopilot[] = "conversation.autopilot";
inline constexpr char kLeadUpdate[] = "lead.update";
inline constexpr char kLeadNote[] = "lead.note";
inline constexpr char kContactUpdate[] = "contact.update";
inline constexpr char kWorkspaceAutopilotAway[] = "workspace.autopilot_away"; // admins only
} // namespace commands

// Stable error codes, in REST error bodies, acks and error frames.
namespace errors {
inline constexpr char kBadRequest[] = "bad_request";
inline constexpr char kInvalidCredentials[] = "invalid_credentials";
inline constexpr char kUnauthorized[] = "unauthorized";
inline constexpr char kTokenExpired[] = "token_expired";
inline constexpr char kForbidden[] = "forbidden";
inline constexpr char kNotFound[] = "not_found";
inline constexpr char kConflict[] = "conflict";
inline constexpr char kTooLarge[] = "too_large";
inline constexpr char kRangeNotSatisfiable[] = "range_not_satisfiable";
inline constexpr char kRateLimited[] = "rate_limited";
inline constexpr char kOriginNotAllowed[] = "origin_not_allowed"; // web chat from a website the workspace did not allow
inline constexpr char kWindowClosed[] = "window_closed";
inline constexpr char kUnknownCommand[] = "unknown_command";
inline constexpr char kInternal[] = "internal";
// The workspace's AI (suggested replies): none set up, it failed, it did not answer in time.
inline constexpr char kAiNotConfigured[] = "ai_not_configured";
inline constexpr char kAiFailed[] = "ai_failed";
inline constexpr char kAiTimeout[] = "ai_timeout";
// The autopilot has nothing to answer with: no rules, business-hours answer or fallback (conversation.autopilot).
inline constexpr char kNotConfigured[] = "not_configured";
// Connection-level (error frames).
inline constexpr char kProtocolMismatch[] = "protocol_mismatch";
inline constexpr char kMalformed[] = "malformed";
inline constexpr char kUnknownType[] = "unknown_type";
inline constexpr char kInvalid[] = "invalid";
inline constexpr char kHelloRequired[] = "hello_required";
inline constexpr char kSignedOut[] = "signed_out";
} // namespace errors

// Resync reasons.
namespace resyncReasons {
inline constexpr char kTooFarBehind[] = "too_far_behind";
inline constexpr char kAheadOfServer[] = "ahead_of_server";
} // namespace resyncReasons

} // namespace relaydesk::protocol
