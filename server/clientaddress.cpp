#include "clientaddress.h"

#include <QHttpServerRequest>

namespace relaydesk::server {

namespace {

// An IPv4 peer on a dual-stack socket shows as ::ffff:a.b.c.d; compare it as a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

ClientAddresses::ClientAddresses(QList<QPair<QHostAddress, int>> trustedProxies)
    : m_trusted(std::move(trustedProxies))
{
}

bool ClientAddresses::isTrusted(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const auto &range : m_trusted) {
        if (candidate.isInSubnet(range))
            return true;
    }
    return false;
}

QHostAddress ClientAddresses::of(const QHttpServerRequest &request) const
{
    return resolve(request.remoteAddress(), request.value("X-Forwarded-For"));
}

QHostAddress ClientAddresses::resolve(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    QHostAddress client = plain(peer);
    if (!isTrusted(client) || forwardedFor.trimmed().isEmpty())
        return client;
    // Right to left: each trusted hop vouches for the address before it.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QByteArray hop = hops.at(i).trimmed();
        // "[2001:db8::1]:443" and "203.0.113.7:5000" carry a port some proxies add.
        if (hop.startsWith('[') && hop.contains(']'))
            hop = hop.mid(1, hop.indexOf(']') - 1);
        else if (hop.count(':') == 1)
            hop = hop.left(hop.indexOf(':'));
        const QHostAddress address(QString::fromLatin1(hop));
        if (address.isNull())
            return client; // a trusted proxy wrote something unreadable: stop at what it vouched for
        client = plain(address);
        if (!isTrusted(client))
            return client;
    }
    return client; // every hop was a trusted proxy: the left-most one
}

} // namespace relaydesk::server
