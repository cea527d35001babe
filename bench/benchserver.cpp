// What the benches that talk to a real relaydesk-server share: the server
// process with its limits off, its agent, the event loop waited on.

#include "benchcommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <unistd.h>

namespace relaydesk::bench {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(2);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble(); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

bool addBenchAgent(const QString &dataDir, QString *error)
{
    QProcess add;
    add.start(serverBinary(),
              {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--add-agent"), QString::fromLatin1(kBenchAgent),
               QStringLiteral("--workspace"), QStringLiteral("Bench")});
    add.write(QByteArray(kBenchPassword) + '\n');
    add.closeWriteChannel();
    if (!add.waitForFinished(60000) || add.exitCode() != 0) {
        *error = QStringLiteral("could not add the agent: %1").arg(QString::fromUtf8(add.readAllStandardError()));
        return false;
    }
    return true;
}

std::optional<QUrl> startBenchServer(QProcess &server, const QString &dataDir, QString *error)
{
    server.start(serverBinary(), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--webchat-visitors-per-minute"), QStringLiteral("0"),
                                  QStringLiteral("--webchat-messages-per-minute"), QStringLiteral("0"),
                                  QStringLiteral("--webchat-address-messages-per-minute"), QStringLiteral("0"),
                                  // The benches measure throughput, not the per-token limits.
                                  QStringLiteral("--token-requests-per-minute"), QStringLiteral("0"),
                                  QStringLiteral("--token-commands-per-minute"), QStringLiteral("0")});
    server.waitForStarted(20000);
    QString output;
    static const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    QElapsedTimer startup;
    startup.start();
    while (!listening.match(output).hasMatch() && startup.elapsed() < 20000 && server.state() == QProcess::Running) {
        server.waitForReadyRead(200);
        output += QString::fromUtf8(server.readAllStandardOutput());
    }
    const auto match = listening.match(output);
    if (!match.hasMatch()) {
        *error = QStringLiteral("the server did not start: %1").arg(QString::fromUtf8(server.readAllStandardError()));
        return std::nullopt;
    }
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
}

} // namespace relaydesk::bench
