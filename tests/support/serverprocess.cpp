#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

namespace relaydesk::test {

ServerProcess::ServerProcess()
{
    m_process.setProgram(QStringLiteral(RELAYDESK_SERVER_BINARY));
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &extraArguments, int timeoutMs)
{
    return launch(0, extraArguments, timeoutMs);
}

bool ServerProcess::restart(const QStringList &extraArguments, int timeoutMs)
{
    const quint16 port = m_port;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (launch(port, extraArguments, int(qMax<qint64>(1000, deadline.remainingTime()))))
            return true;
        m_process.waitForFinished(1000);
        QThread::msleep(100);
    }
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool ServerProcess::launch(quint16 port, const QStringList &extraArguments, int timeoutMs)
{
    m_output.clear(); // a restart must read its own port, not the last run's
    m_port = 0;
    m_process.setArguments(
        QStringList{QStringLiteral("--port"), QString::number(port), QStringLiteral("--data-dir"), m_dataDir.path()}
        + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::log()
{
    m_output += QString::fromUtf8(m_process.readAllStandardOutput() + m_process.readAllStandardError());
    return m_output;
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

} // namespace relaydesk::test
