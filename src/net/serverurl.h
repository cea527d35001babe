#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace relaydesk::net {

// Checks a server address typed by a person or given with --server: http(s)
// only, a host, and TLS for anything that is not this computer.
std::optional<QUrl> parseServerUrl(const QString &text, QString *error);

// True for localhost, 127.0.0.0/8 and ::1: the only hosts allowed without TLS.
bool isLoopbackHost(const QString &host);

// The WebSocket address of the stream endpoint for a server base URL.
QUrl streamUrl(const QUrl &server);

} // namespace relaydesk::net
