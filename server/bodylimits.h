#pragma once

// The largest body each route takes (docs/protocol.md, "Body limits"), checked
// by httpguard.cpp from the request's head, before the body is read.

#include <QByteArrayView>
#include <QString>

namespace relaydesk::server {

struct RouteLimit
{
    qint64 maxBody = 0;
    // The body goes to disk as it arrives (media uploads), never into memory.
    bool streamed = false;
};

// Bodies of routes and methods the table does not name (GET, OPTIONS, unknown paths).
inline constexpr qint64 kDefaultBodyLimit = 4 * 1024;
// Sign-in: an e-mail and a password of at most 1024 characters, JSON-escaped.
inline constexpr qint64 kSignInBodyLimit = 16 * 1024;
// The JSON bodies of the web chat's message endpoint (HttpApi::kMaxJsonBody).
inline constexpr qint64 kJsonBodyLimit = 64 * 1024;
// A channel's webhook (WebhookApi::kMaxWebhookBody).
inline constexpr qint64 kWebhookBodyLimit = 1024 * 1024;
// A request's line and headers together.
inline constexpr qint64 kMaxHeadBytes = 32 * 1024;

RouteLimit routeLimit(QByteArrayView method, const QString &path);

} // namespace relaydesk::server
