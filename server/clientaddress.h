#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

class QHttpServerRequest;

namespace relaydesk::server {

// Who a request comes from, for rate limits and logs. The TCP peer, unless
// the peer is a configured reverse proxy: then the right-most address in
// X-Forwarded-For that is not itself a trusted proxy (what the outermost
// trusted proxy saw). From any other peer the header is ignored, so a client
// cannot choose its own address.
class ClientAddresses
{
public:
    explicit ClientAddresses(QList<QPair<QHostAddress, int>> trustedProxies = {});

    QHostAddress of(const QHttpServerRequest &request) const;
    QHostAddress resolve(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    [[nodiscard]] bool isTrusted(const QHostAddress &address) const;

private:
    QList<QPair<QHostAddress, int>> m_trusted;
};

} // namespace relaydesk::server
