#include "relayserver.h"

#include "log.h"

#include "protocol/version.h"
#include "relaydesk/buildinfo.h"

#include <QJsonObject>
#include <QTcpServer>

namespace relaydesk::server {

RelayServer::RelayServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    addRoutes();
}

RelayServer::~RelayServer() = default;

void RelayServer::addRoutes()
{
    m_http.route(QStringLiteral("/v1/health"), [] {
        return QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("protocol"), protocol::kProtocolVersion},
            {QStringLiteral("version"), QStringLiteral(RELAYDESK_VERSION)},
        };
    });
}

bool RelayServer::start(QString *error)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_tcp->errorString());
        return false;
    }
    m_http.bind(m_tcp);
    qCInfo(lcServer) << "listening on" << m_config.address.toString() << port();
    return true;
}

quint16 RelayServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

} // namespace relaydesk::server
