#pragma once

#include <QSqlDatabase>
#include <QString>

namespace relaydesk::server {

// The server's own database through QtSql (SQLite by default, in the data
// folder). One connection per thread; this one belongs to the main thread.
class ServerDb
{
public:
    ServerDb() = default;
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    // Opens (creating) the database and brings its schema up to date.
    [[nodiscard]] bool open(const QString &path, QString *error);
    QSqlDatabase &db() { return m_db; }

    static int latestSchemaVersion();

    // SQLite's data_version: changes whenever another connection (another
    // process: the admin command line) committed since it was last read.
    [[nodiscard]] qint64 dataVersion();

private:
    [[nodiscard]] bool migrate(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace relaydesk::server
