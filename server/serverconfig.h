#pragma once

#include "protocol/limits.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
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
    // Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges).
    QList<QPair<QHostAddress, int>> trustedProxies;
    // Web chat limits per minute; 0: none.
    int webchatVisitorsPerMinute = 10;         // new visitors per client address
    int webchatMessagesPerMinute = 30;         // messages per visitor
    int webchatAddressMessagesPerMinute = 300; // messages per client address
    // Per sign-in token, per minute, each with ten seconds' worth as a burst; 0: none.
    int tokenRequestsPerMinute = 3000; // REST requests
    int tokenCommandsPerMinute = 1800; // stream commands
    // Presence lifetimes; shorter only in tests (a hidden option).
    int viewingTtlMs = protocol::kViewingTtlMs;
    int typingTtlMs = protocol::kTypingTtlMs;

    // The key that seals workspaces' channel settings; empty: channel-secrets.key in the data folder.
    QString secretsKeyFile;
    // The configuration file's [channels] section: workspace name → its
    // settings document (JSON), applied when the server starts.
    QList<QPair<QString, QString>> channelSettingsFiles;

    QString databasePath() const { return dataDirectory + QStringLiteral("/relaydesk-server.db"); }
    [[nodiscard]] bool usesTls() const { return !tlsCertificate.isEmpty(); }
    QString secretsKeyPath() const
    {
        return secretsKeyFile.isEmpty() ? dataDirectory + QStringLiteral("/channel-secrets.key") : secretsKeyFile;
    }
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
    // --webchat-origins: set the workspace's allowed web chat origins, then exit.
    std::optional<QString> webchatOrigins;
    // --lead-stages: set the workspace's lead pipeline, then exit.
    std::optional<QString> leadStages;
    std::optional<QString> leadCurrency;
    // --channel-settings FILE / --show-channel-settings, with --workspace.
    std::optional<QString> channelSettingsFile;
    bool showChannelSettings = false;
    // --canned-responses FILE / --show-canned-responses, with --workspace.
    std::optional<QString> cannedResponsesFile;
    bool showCannedResponses = false;
    // --disable-agent, --enable-agent, --reset-password (password on standard
    // input), --end-sessions: what to do to the agent with `agentEmail`.
    QString agentAction;
    QString agentEmail;
};

// Parses "10.0.0.0/8, 192.168.1.7 ::1" into ranges; on a mistake returns
// nothing and names the bad entry in `error`.
[[nodiscard]] std::optional<QList<QPair<QHostAddress, int>>> parseAddressRanges(const QString &text, QString *error);

// Parses the configuration; on a mistake returns nothing and sets `error`.
// Handles --help and --version itself.
[[nodiscard]] std::optional<Invocation> parseInvocation(const QCoreApplication &app, QString *error);

} // namespace relaydesk::server
