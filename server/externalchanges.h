#pragma once

#include <QObject>
#include <QTimer>

namespace relaydesk::server {

class ServerDb;

// Notices that another process (the admin command line) committed to the
// server's database, by polling SQLite's data_version, cheap as it is: the
// running server then acts on what it changed (ended sessions close their
// streams) within a poll period instead of at the next reconnect.
class ExternalChanges : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChanges(ServerDb &db, int periodMs = kPeriodMs, QObject *parent = nullptr);

    static constexpr int kPeriodMs = 500;

signals:
    void changed();

private:
    void poll();

    ServerDb &m_db;
    qint64 m_version = -1;
    QTimer m_timer;
};

} // namespace relaydesk::server
