#pragma once

// Statements run by hand on a stopped relaydesk-server's database, for the
// server suites that set a database back to an older schema or make the
// rows an older server left. Header-only and for those suites alone: they
// link Qt Sql, which loads the system SQLite (never in a suite that links
// SQLCipher through relaydesk-core).

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace relaydesk::test {

// Runs `statements` in order on the server database in `dataDir`; false at
// the first that fails. `result` (when not null) gets the first column of the
// first row of the last statement that returns rows.
inline bool onDatabase(const QString &dataDir, const QStringList &statements, QVariant *result = nullptr)
{
    const QString connection = QStringLiteral("by-hand");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dataDir + QStringLiteral("/relaydesk-server.db"));
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
            if (ok && result && q.next())
                *result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace relaydesk::test
