#pragma once

// The wire protocol's limits and WebSocket close codes (docs/protocol.md,
// "Limits" and "Close codes"); both sides enforce the same numbers.

#include "protocol/types.h"

#include <QtGlobal>

namespace relaydesk::protocol {

// One WebSocket text frame, in UTF-8 bytes, as sent.
inline constexpr qsizetype kMaxFrameBytes = 256 * 1024;

// Lengths of strings, in Unicode code points (an emoji counts as one).
inline constexpr qsizetype kMaxTextChars = 4096;     // a message's text
inline constexpr qsizetype kMaxNameChars = 256;      // names, e-mail, phone, channel ids, previews' authors
inline constexpr qsizetype kMaxNotesChars = 16384;   // a lead's notes
inline constexpr qsizetype kMaxLeadNotes = 500;      // notes in a lead's note_list
inline constexpr qsizetype kMaxLeadNoteChars = 4096; // one note's text
inline constexpr qsizetype kMaxReasonChars = 1024;   // failure reasons and error messages
inline constexpr qsizetype kMaxCodeChars = 64;       // error codes, command names, event kinds
inline constexpr qsizetype kMaxFeatures = 32;        // a hello's or welcome's `features`
inline constexpr qsizetype kMaxTokenChars = 512;     // bearer and visitor tokens
inline constexpr qsizetype kMaxClientIdChars = 64;   // a command's client_id
inline constexpr qsizetype kMaxMediaIdChars = 128;   // a media id
inline constexpr qsizetype kMaxTagChars = 64;
inline constexpr qsizetype kMaxTags = 50;
inline constexpr qsizetype kMaxCustomFields = 100;
inline constexpr qsizetype kMaxCustomFieldKeyChars = 64;
inline constexpr qsizetype kMaxCustomFieldValueChars = 1024;
inline constexpr qsizetype kMaxAttachments = 10;

// Every integer on the wire fits a JavaScript number exactly.
inline constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// Heartbeats: a ping every kHeartbeatMs each way (the welcome may set another
// period); a side that hears nothing for kHeartbeatMisses periods closes.
inline constexpr int kHeartbeatMs = 15000;
inline constexpr int kHeartbeatMisses = 2;
inline constexpr int kMinHeartbeatMs = 1000;
inline constexpr int kMaxHeartbeatMs = 300000;
// A socket that has not said hello within this time is closed (4001).
inline constexpr int kHelloTimeoutMs = 10000;
// Presence: "viewing" lasts this long unless repeated; "typing" this long.
inline constexpr int kViewingTtlMs = 30000;
inline constexpr int kTypingTtlMs = 6000;

// Frames the server queues for one client before it closes it with TooSlow.
inline constexpr int kSendQueueFrames = 1024;

// REST pages.
inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 200;

// Uploads, by the kind the server sniffs from the bytes (WhatsApp's limits).
inline constexpr qint64 kMaxImageBytes = qint64(5) * 1024 * 1024;
inline constexpr qint64 kMaxAudioBytes = qint64(16) * 1024 * 1024;
inline constexpr qint64 kMaxVideoBytes = qint64(16) * 1024 * 1024;
inline constexpr qint64 kMaxDocumentBytes = qint64(100) * 1024 * 1024;
// An attachment's width and height, in pixels: at most this (0: unknown).
inline constexpr int kMaxImageSide = 100000;
// Longest side of a server-made thumbnail, in pixels.
inline constexpr int kThumbnailPixels = 320;

constexpr qint64 maxMediaBytes(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
        return kMaxImageBytes;
    case MessageKind::Audio:
        return kMaxAudioBytes;
    case MessageKind::Video:
        return kMaxVideoBytes;
    case MessageKind::Document:
        return kMaxDocumentBytes;
    case MessageKind::Text:
    case MessageKind::Note:
    case MessageKind::Activity:
        break;
    }
    return 0;
}

// WebSocket close codes. 1000 and 1001 are the standard ones; 4000–4005 are ours.
enum class CloseCode : quint16 {
    Normal = 1000,           // e.g. after a resync frame: re-fetch by pages, then reconnect
    GoingAway = 1001,        // server shutting down, or a side heard nothing for 2 heartbeats
    Malformed = 4000,        // not JSON, not an object, a binary frame, or no hello first
    Unauthorized = 4001,     // bad or expired token, or no hello in time
    ProtocolMismatch = 4002, // the hello's protocol is not the server's
    TooSlow = 4003,          // the client's send queue overflowed: reconnect and resume
    TooLarge = 4004,         // a frame over kMaxFrameBytes
    SignedOut = 4005,        // the token was revoked (signed out elsewhere)
};

// Whether a client should reconnect (with backoff) after the server closed
// with `code`. Not after auth failures, a version mismatch or a sign-out:
// retrying those in a loop cannot succeed.
constexpr bool closeCodeAllowsReconnect(int code)
{
    return code != int(CloseCode::Unauthorized) && code != int(CloseCode::ProtocolMismatch)
           && code != int(CloseCode::SignedOut);
}

} // namespace relaydesk::protocol
