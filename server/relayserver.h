#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>

class QTcpServer;

namespace relaydesk::server {

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8480;
    QString dataDirectory;
};

// The HTTP and WebSocket front of relaydesk-server, on one port.
class RelayServer : public QObject
{
    Q_OBJECT

public:
    explicit RelayServer(ServerConfig config, QObject *parent = nullptr);
    ~RelayServer() override;

    // Starts listening; on failure returns false and sets `error`.
    bool start(QString *error);
    quint16 port() const;

private:
    void addRoutes();

    ServerConfig m_config;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
};

} // namespace relaydesk::server
