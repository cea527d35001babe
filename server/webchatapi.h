#pragma once

#include "ratelimiter.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace relaydesk::server {

class ClientAddresses;
class StreamHub;
class WorkspaceData;
struct ServerConfig;

// The web chat endpoints a website's widget calls for its visitors, under
// /v1/webchat/{widget_key}/: start a visit, write, read the conversation,
// mark the agents' messages read. Cross-origin (CORS, with preflight) for the
// workspace's allowed origins, or any origin when it allowed none; limited
// per visitor and per client address.
class WebChatApi
{
public:
    WebChatApi(WorkspaceData &data, StreamHub &hub, const ServerConfig &config, const ClientAddresses &addresses);
    void addRoutes(QHttpServer &http);

    // An origin as browsers send it ("https://shop.example", "http://localhost:8080"),
    // from what an admin typed ("https://Shop.example/"); nothing for what is not one.
    [[nodiscard]] static std::optional<QString> normaliseOrigin(const QString &text);

private:
    struct Visit
    {
        qint64 workspaceId = 0;
        QString visitor;        // the hash of the visitor's token
        QString address;        // the client's address
        QByteArray allowOrigin; // Access-Control-Allow-Origin to answer with; empty: none
    };

    // The workspace of the key and whether the request's origin may call it;
    // with `needsVisitor`, the visitor too. A refusal to send, or nothing.
    [[nodiscard]] std::optional<QHttpServerResponse> admit(const QString &widgetKey, const QHttpServerRequest &request,
                                                           bool needsVisitor, Visit *visit);
    QHttpServerResponse preflight(const QString &widgetKey, const QString &endpoint, const QHttpServerRequest &request);
    QHttpServerResponse startVisit(const QString &widgetKey, const QHttpServerRequest &request);
    QHttpServerResponse write(const QString &widgetKey, const QHttpServerRequest &request);
    QHttpServerResponse read(const QString &widgetKey, const QHttpServerRequest &request);
    QHttpServerResponse markRead(const QString &widgetKey, const QHttpServerRequest &request);
    // 429 with Retry-After, or nothing when every limiter lets the request through (it is then counted).
    [[nodiscard]] std::optional<QHttpServerResponse>
    limit(std::initializer_list<std::pair<RateLimiter *, QString>> keys);

    WorkspaceData &m_data;
    StreamHub &m_hub;
    const ClientAddresses &m_addresses;
    RateLimiter m_newVisitors;     // per client address
    RateLimiter m_visitorMessages; // per visitor
    RateLimiter m_addressMessages; // per client address
};

} // namespace relaydesk::server
