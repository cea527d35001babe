// relaydesk-bench: measures speed and memory and prints one JSON object per run.

#include "base/exitwithparent.h"
#include "benchcommand.h"

#include "relaydesk/buildinfo.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace relaydesk::bench {

std::vector<BenchCommand> allCommands()
{
    return {envCommand(), storeCommand(),   serverCommand(),   syncCommand(),
            uiCommand(),  startupCommand(), firstSyncCommand()};
}

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout);
}

QString serverBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../server/relaydesk-server");
}

double processMemoryMb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace relaydesk::bench

namespace {

void printHelp()
{
    std::printf("Usage: relaydesk-bench <command> [options]\n\n"
                "Measures Relaydesk's speed and memory; every command prints one JSON object.\n\n"
                "Commands:\n");
    for (const auto &command : relaydesk::bench::allCommands())
        std::printf("  %-12s %s\n", qPrintable(command.name), qPrintable(command.summary));
    std::printf("\nOptions:\n"
                "  -h, --help   Show this help.\n"
                "  --version    Show the version.\n\n"
                "Run 'relaydesk-bench <command> --help' for a command's own options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    relaydesk::base::exitWithParentIfAsked();
    // Widgets for `ui` (offscreen unless a platform is chosen); the other
    // commands never create a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relaydesk-bench"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        printHelp();
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == QLatin1String("--version")) {
        std::printf("relaydesk-bench %s\n", RELAYDESK_VERSION);
        return 0;
    }
    const QString name = arguments.takeFirst();
    for (const auto &command : relaydesk::bench::allCommands()) {
        if (command.name == name)
            return command.run(arguments);
    }
    std::fprintf(stderr, "relaydesk-bench: unknown command \"%s\"; see --help\n", qPrintable(name));
    return 2;
}
