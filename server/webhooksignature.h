#pragma once

#include <QByteArray>

namespace relaydesk::server {

// Meta signs each webhook with X-Hub-Signature-256: "sha256=" and the hex
// HMAC-SHA256 of the raw body under the app secret.
QByteArray webhookSignature(const QByteArray &body, const QByteArray &appSecret);

// Whether `header` is the right signature of `body`, compared in constant time.
[[nodiscard]] bool isValidWebhookSignature(const QByteArray &body, const QByteArray &header,
                                           const QByteArray &appSecret);

// Equal bytes, in a time that does not depend on where they differ.
[[nodiscard]] bool equalInConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace relaydesk::server
