// relaydesk-server: the reference backend Relaydesk clients talk to.

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

ServerConfig parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Relaydesk backend: relays customer conversations to agents' desktops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Listen on <address> (default 127.0.0.1)."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Listen on <port> (default 8480; 0 picks a free one)."),
                                  QStringLiteral("port"), QStringLiteral("8480"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the database and media in <folder>."),
                                     QStringLiteral("folder"));
    parser.addOptions({listen, port, dataDir});
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
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(config.dataDirectory))
        fail(QStringLiteral("cannot create the data folder %1").arg(config.dataDirectory));
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relaydesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relaydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));

    RelayServer server(parseCommandLine(app));
    QString error;
    if (!server.start(&error))
        fail(error);
    // Scripts and tests read the chosen port from this line.
    std::printf("relaydesk-server listening on port %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
