#pragma once

// What the web chat endpoints (webchatapi.cpp) read from a visitor's request:
// the bodies of POST messages and POST read, the visitor's token and the
// page's Origin. Pure functions, so they can be fuzzed (fuzz/fuzz_webchat.cpp).

#include <QByteArray>
#include <QString>

#include <optional>

namespace relaydesk::server {

// The text of a POST /v1/webchat/{key}/messages body ({"text": "…"}), as it
// is stored; nothing when it holds no text a client could show (empty, too
// long, not valid Unicode). The caller checks the body's size first.
[[nodiscard]] std::optional<QString> webchatMessageText(const QByteArray &body);

// The "up_to" of a POST /v1/webchat/{key}/read body: a message id (1 to 2^53-1).
[[nodiscard]] std::optional<qint64> webchatReadUpTo(const QByteArray &body);

// The visitor a request comes from (an Authorization: Visitor <token> header),
// known by the hash of the token only; empty for no or a malformed token.
[[nodiscard]] QString webchatVisitorId(const QByteArray &authorization);

// An origin as browsers send it ("https://shop.example", "http://localhost:8080"),
// from what an admin typed ("https://Shop.example/"); nothing for what is not one.
[[nodiscard]] std::optional<QString> normaliseWebchatOrigin(const QString &text);

} // namespace relaydesk::server
