#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace relaydesk::test {

// The real relaydesk-server started on a free loopback port with its own
// fresh data folder, for end-to-end suites. Stopped when destroyed.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts the server with extra arguments and waits until it listens.
    bool start(const QStringList &extraArguments = {}, int timeoutMs = 15000);
    void stop();
    // SIGKILL: the server gets no chance to finish anything.
    void kill();
    // Starts it again with the same data folder and the same port, as a
    // supervisor would after a crash. Retries while the port is still held.
    bool restart(const QStringList &extraArguments = {}, int timeoutMs = 15000);

    quint16 port() const { return m_port; }
    // The running server's process id (0 when it is not running), e.g. to read /proc/<pid>/status.
    qint64 processId() const { return m_process.processId(); }
    QUrl baseUrl() const;
    QString dataDirectory() const { return m_dataDir.path(); }
    QString output() const { return m_output; }
    // What the server printed so far (its log included), read now.
    QString log();

private:
    bool launch(quint16 port, const QStringList &extraArguments, int timeoutMs);

    QTemporaryDir m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace relaydesk::test
