#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

class QCoreApplication;

namespace relaydesk::server {

// How a relaydesk-server runs. Read from a configuration file (INI), then
// the environment, then the command line, each overriding the one before.
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8480;
    QString dataDirectory;
    qint64 tokenLifetimeMs = 30LL * 24 * 3600 * 1000;
    QString tlsCertificate; // PEM; with tlsKey, the server speaks TLS itself
    QString tlsKey;
    bool plaintextOffLoopback = false; // only when a proxy elsewhere terminates TLS

    QString databasePath() const { return dataDirectory + QStringLiteral("/relaydesk-server.db"); }
    bool usesTls() const { return !tlsCertificate.isEmpty(); }
};

// What the command line asked for besides running.
struct Invocation
{
    ServerConfig config;
    QString addAgentEmail;
    QString workspace;
    QString agentName;
    QString role;
    bool demo = false;
};

// Parses the configuration; on a mistake returns nothing and sets `error`.
// Handles --help and --version itself.
std::optional<Invocation> parseInvocation(const QCoreApplication &app, QString *error);

} // namespace relaydesk::server
