#include "store/migrations.h"

#include "store/log.h"

namespace relaydesk::store {

namespace {

using Step = bool (*)(Connection &, QString *);
constexpr Step kSteps[] = {migrateTo1,  migrateTo2,  migrateTo3,  migrateTo4,  migrateTo5,
                           migrateTo6,  migrateTo7,  migrateTo8,  migrateTo9,  migrateTo10,
                           migrateTo11, migrateTo12, migrateTo13, migrateTo14, migrateTo15};
constexpr Step kSearchIndexSteps[] = {migrateSearchIndexTo1, migrateSearchIndexTo2, migrateSearchIndexTo3};

MigrationResult run(Connection &connection, const Step *steps, int count, int target);

} // namespace

int latestSchemaVersion()
{
    return int(std::size(kSteps));
}

MigrationResult migrate(Connection &connection)
{
    return migrateTo(connection, latestSchemaVersion());
}

MigrationResult migrateTo(Connection &connection, int target)
{
    return run(connection, kSteps, latestSchemaVersion(), target);
}

int latestSearchIndexVersion()
{
    return int(std::size(kSearchIndexSteps));
}

MigrationResult migrateSearchIndex(Connection &connection)
{
    return run(connection, kSearchIndexSteps, latestSearchIndexVersion(), latestSearchIndexVersion());
}

namespace {

MigrationResult run(Connection &connection, const Step *steps, int count, int target)
{
    MigrationResult result;
    const auto current = connection.queryInt("PRAGMA user_version");
    if (!current) {
        result.status = MigrationResult::Status::Failed;
        result.error = connection.lastError();
        return result;
    }
    result.fromVersion = int(*current);
    if (result.fromVersion > count) {
        result.status = MigrationResult::Status::TooNew;
        return result;
    }
    for (int version = result.fromVersion + 1; version <= target; ++version) {
        Transaction transaction(connection);
        QString error;
        const bool stepped =
            transaction.isActive() && steps[version - 1](connection, &error)
            && connection.exec(QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(version), &error)
            && transaction.commit(&error);
        if (!stepped) {
            result.status = MigrationResult::Status::Failed;
            result.failedStep = version;
            result.error = error.isEmpty() ? connection.lastError() : error;
            qCWarning(lcStore) << "schema step" << version << "failed; nothing of it was kept";
            return result;
        }
        result.status = MigrationResult::Status::Migrated;
        qCInfo(lcStore) << "schema now at version" << version;
    }
    return result;
}

} // namespace

// Rolling back a savepoint that changed the schema cookie throws this
// connection's parsed schema away; SQLite reads it again from sqlite_master.
bool reloadParsedSchema(Connection &connection, QString *error)
{
    const auto schemaVersion = connection.queryInt("PRAGMA schema_version");
    if (!schemaVersion)
        return false;
    return connection.exec("SAVEPOINT reload_schema", error)
           && connection.exec("PRAGMA schema_version = " + QByteArray::number(*schemaVersion + 1), error)
           && connection.exec("ROLLBACK TO reload_schema", error) && connection.exec("RELEASE reload_schema", error);
}

} // namespace relaydesk::store
