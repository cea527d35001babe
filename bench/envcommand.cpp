#include "benchcommand.h"

#include "relaydesk/buildinfo.h"

#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

#include <sqlcipher/sqlite3.h>

namespace relaydesk::bench {

namespace {

QString cipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

int runEnv(const QStringList &)
{
    printJson(QJsonObject{
        {QStringLiteral("relaydesk"), QStringLiteral(RELAYDESK_VERSION)},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("sqlcipher"), cipherVersion()},
        {QStringLiteral("cpu_cores"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()},
    });
    return 0;
}

} // namespace

BenchCommand envCommand()
{
    return {QStringLiteral("env"), QStringLiteral("Print the versions and machine the figures were taken on."), runEnv};
}

} // namespace relaydesk::bench
