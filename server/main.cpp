// relaydesk-server: the reference backend Relaydesk clients talk to.

#include "admincommands.h"
#include "demodata.h"
#include "log.h"
#include "relayserver.h"

#include "relaydesk/buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

using namespace relaydesk::server;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(message));
    std::exit(2);
}

struct Invocation
{
    ServerConfig config;
    QString addAgentEmail;
    QString workspace;
    QString agentName;
    QString role;
    bool demo = false;
};

QString fromEnvironment(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

Invocation parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Relaydesk backend: relays customer conversations to agents' desktops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Listen on <address> (default 127.0.0.1; env RELAYDESK_LISTEN)."),
                                    QStringLiteral("address"), fromEnvironment("RELAYDESK_LISTEN", QStringLiteral("127.0.0.1")));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Listen on <port> (default 8480; 0 picks a free one; env RELAYDESK_PORT)."),
                                  QStringLiteral("port"), fromEnvironment("RELAYDESK_PORT", QStringLiteral("8480")));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the database and media in <folder> (env RELAYDESK_DATA_DIR)."),
                                     QStringLiteral("folder"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
                                           QStringLiteral("Sign-ins expire after <seconds> (default 30 days)."),
                                           QStringLiteral("seconds"), QStringLiteral("2592000"));
    const QCommandLineOption addAgent(QStringLiteral("add-agent"),
                                      QStringLiteral("Create an agent with <email> (password read from standard input), then exit."),
                                      QStringLiteral("email"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("With --add-agent: the workspace <name> (created if new)."),
                                       QStringLiteral("name"));
    const QCommandLineOption agentName(QStringLiteral("name"),
                                       QStringLiteral("With --add-agent: the agent's display <name>."),
                                       QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("With --add-agent: agent or admin (default agent)."),
                                  QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Fill an empty server with a demo workspace (sign in as %1 / %2).")
                                      .arg(QLatin1String(kDemoAgentEmail), QLatin1String(kDemoAgentPassword)));
    parser.addOptions({listen, port, dataDir, tokenLifetime, addAgent, workspace, agentName, role, demo});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument \"%1\"; see --help")
                 .arg(parser.positionalArguments().constFirst()));

    ServerConfig config;
    if (!config.address.setAddress(parser.value(listen)))
        fail(QStringLiteral("\"%1\" is not an IP address for --listen").arg(parser.value(listen)));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        fail(QStringLiteral("\"%1\" is not a port number (0-65535)").arg(parser.value(port)));
    config.port = static_cast<quint16>(portNumber);
    config.dataDirectory = parser.isSet(dataDir)
                               ? parser.value(dataDir)
                               : fromEnvironment("RELAYDESK_DATA_DIR",
                                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!QDir().mkpath(config.dataDirectory))
        fail(QStringLiteral("cannot create the data folder %1").arg(config.dataDirectory));
    const qint64 lifetime = parser.value(tokenLifetime).toLongLong(&ok);
    if (!ok || lifetime < 0)
        fail(QStringLiteral("\"%1\" is not a number of seconds for --token-lifetime").arg(parser.value(tokenLifetime)));
    config.tokenLifetimeMs = lifetime * 1000;

    Invocation invocation;
    invocation.config = config;
    invocation.addAgentEmail = parser.value(addAgent);
    invocation.workspace = parser.value(workspace);
    invocation.agentName = parser.value(agentName);
    invocation.role = parser.value(role);
    invocation.demo = parser.isSet(demo);
    if (!invocation.addAgentEmail.isEmpty() && invocation.workspace.isEmpty())
        fail(QStringLiteral("--add-agent needs --workspace"));
    return invocation;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relaydesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relaydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));

    const Invocation invocation = parseCommandLine(app);
    if (!invocation.addAgentEmail.isEmpty())
        return addAgent(invocation.config, invocation.addAgentEmail, invocation.workspace,
                        invocation.agentName, invocation.role);
    if (invocation.demo) {
        QString demoError;
        if (!seedDemo(invocation.config, &demoError))
            fail(QStringLiteral("could not create the demo data: %1").arg(demoError));
    }
    RelayServer server(invocation.config);
    QString error;
    if (!server.start(&error))
        fail(error);
    // Scripts and tests read the chosen port from this line.
    std::printf("relaydesk-server listening on port %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
