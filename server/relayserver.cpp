#include "relayserver.h"

#include "accounts.h"
#include "httpapi.h"
#include "log.h"
#include "mediaapi.h"
#include "mediastore.h"
#include "serverdb.h"
#include "streamhub.h"
#include "workspaceapi.h"
#include "workspacedata.h"

#include <QTcpServer>

namespace relaydesk::server {

RelayServer::RelayServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

RelayServer::~RelayServer() = default;

bool RelayServer::start(QString *error)
{
    m_db = std::make_unique<ServerDb>();
    if (!m_db->open(m_config.databasePath(), error))
        return false;
    m_accounts = std::make_unique<Accounts>(*m_db, m_config.tokenLifetimeMs);
    m_api = std::make_unique<HttpApi>(*m_accounts);
    m_api->addRoutes(m_http);
    m_data = std::make_unique<WorkspaceData>(*m_db);
    m_media = std::make_unique<MediaStore>(*m_db, m_config.dataDirectory + QStringLiteral("/media"));
    m_hub = std::make_unique<StreamHub>(*m_accounts, *m_data, *m_media);
    m_hub->attach(m_http);
    m_workspaceApi = std::make_unique<WorkspaceApi>(*m_accounts, *m_data, *m_hub);
    m_workspaceApi->addRoutes(m_http);
    m_mediaApi = std::make_unique<MediaApi>(*m_accounts, *m_media);
    m_mediaApi->addRoutes(m_http);

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
