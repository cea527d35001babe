#include "store/database.h"

#include "store/log.h"
#include "store/migrations.h"
#include "store/sqlcipher_api.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace relaydesk::store {

namespace {

OpenError makeError(OpenError::Code code, QString message)
{
    return OpenError{code, std::move(message)};
}

bool looksLikePlainSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool applyKey(Connection &connection, const DatabaseKey &key, QString *error)
{
    if (key.kind() == DatabaseKey::Kind::None)
        return true;
    const QByteArray material = key.sqlcipherKey();
    if (sqlite3_key(connection.handle(), material.constData(), int(material.size())) != SQLITE_OK) {
        *error = connection.lastError();
        return false;
    }
    // Unknown pragmas are ignored, so cipher_compatibility is harmless on 3.x
    // and makes 4.x use the 3.x algorithms; the page size and KDF rounds are
    // then pinned on both.
    const QByteArray pin = QByteArrayLiteral("PRAGMA cipher_compatibility = ")
                           + QByteArray::number(CipherSettings::kCompatibility)
                           + QByteArrayLiteral("; PRAGMA cipher_page_size = ")
                           + QByteArray::number(CipherSettings::kPageSize) + QByteArrayLiteral("; PRAGMA kdf_iter = ")
                           + QByteArray::number(CipherSettings::kKdfIterations) + ';';
    return connection.exec(pin, error);
}

} // namespace

QString Database::cipherVersion()
{
    Connection connection;
    QString error;
    if (!connection.open(QStringLiteral(":memory:"), Connection::Mode::ReadWriteCreate, &error))
        return {};
    return connection.queryText("PRAGMA cipher_version").value_or(QString());
}

std::optional<Connection> Database::open(const QString &path, const DatabaseKey &key, Role role, OpenError *error,
                                         Schema schema)
{
    OpenError unused;
    if (!error)
        error = &unused;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;

    if (existed && key.kind() != DatabaseKey::Kind::None && looksLikePlainSqlite(path)) {
        *error =
            makeError(OpenError::Code::NotEncrypted,
                      QCoreApplication::translate("Database",
                                                  "The history file %1 is not encrypted, so Relaydesk will not use "
                                                  "it. Move it out of the profile folder; Relaydesk then downloads "
                                                  "your history again into a new encrypted file.")
                          .arg(shown));
        return std::nullopt;
    }
    if (existed && key.kind() != DatabaseKey::Kind::None && info.size() % CipherSettings::kPageSize != 0) {
        *error =
            makeError(OpenError::Code::Damaged,
                      QCoreApplication::translate("Database",
                                                  "The history file %1 is damaged (its size is not a whole number "
                                                  "of pages). Use \"Forget this device\" to remove it; your history "
                                                  "is downloaded again from the server when you sign in.")
                          .arg(shown));
        return std::nullopt;
    }
    if (role == Role::Reader && !existed) {
        *error =
            makeError(OpenError::Code::CannotOpen,
                      QCoreApplication::translate("Database", "The history file %1 does not exist yet.").arg(shown));
        return std::nullopt;
    }

    Connection connection;
    QString detail;
    const auto mode = role == Role::Writer ? Connection::Mode::ReadWriteCreate : Connection::Mode::ReadOnly;
    if (!connection.open(path, mode, &detail) || !applyKey(connection, key, &detail)) {
        *error = makeError(OpenError::Code::CannotOpen,
                           QCoreApplication::translate("Database",
                                                       "Relaydesk cannot open the history file %1 (%2). Check that the "
                                                       "profile folder is yours and the disk is not full.")
                               .arg(shown, detail));
        return std::nullopt;
    }

    // The first read of page 1 is what tells whether the key fits.
    if (!connection.queryInt("SELECT count(*) FROM sqlite_master")) {
        const int code = connection.lastErrorCode() & 0xff;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
            *error =
                makeError(OpenError::Code::WrongKeyOrDamaged,
                          QCoreApplication::translate("Database",
                                                      "The history file %1 cannot be unlocked: the key or passphrase "
                                                      "is wrong, or the file is damaged. The file was not changed. "
                                                      "Enter the right passphrase, or use \"Forget this device\" and "
                                                      "sign in again to download your history.")
                              .arg(shown));
        } else {
            *error = makeError(OpenError::Code::CannotOpen,
                               QCoreApplication::translate("Database",
                                                           "Relaydesk cannot read the history file %1 (%2).")
                                   .arg(shown, connection.lastError()));
        }
        return std::nullopt;
    }

    // Temporary tables and sorts stay in memory: SQLite's temp files are not
    // worth the risk of spilling message text to disk.
    QString pragmaError;
    if (!connection.exec("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;"
                         " PRAGMA busy_timeout = 5000; PRAGMA cache_size = -8000;",
                         &pragmaError)) {
        *error = makeError(OpenError::Code::CannotOpen,
                           QCoreApplication::translate("Database", "Relaydesk cannot read the history file %1 (%2).")
                               .arg(shown, pragmaError));
        return std::nullopt;
    }
    if (role == Role::Reader)
        return connection;

    // The writer keeps the hot index pages of a large sync in memory. The
    // search index writer keeps the segments FTS4 has just flushed until it
    // merges them (16 at a time): with 8 MB they were gone by then, and read
    // back and decrypted again, which made the indexer the slowest part of a
    // first sync (1M messages complete in 75 s instead of 54, on 2 cores).
    const QByteArray writerPragmas = schema == Schema::History
                                         ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                           " PRAGMA cache_size = -32768;"
                                         : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                           " PRAGMA cache_size = -24576;";
    if (!connection.exec(writerPragmas, &detail)) {
        *error = makeError(OpenError::Code::CannotOpen,
                           QCoreApplication::translate("Database", "Relaydesk cannot prepare the history file %1 (%2).")
                               .arg(shown, detail));
        return std::nullopt;
    }
    const MigrationResult migrated = schema == Schema::History ? migrate(connection) : migrateSearchIndex(connection);
    if (migrated.status == MigrationResult::Status::TooNew) {
        *error =
            makeError(OpenError::Code::TooNew,
                      QCoreApplication::translate("Database",
                                                  "The history file %1 was written by a newer version of Relaydesk "
                                                  "(schema %2; this version knows up to %3). Update Relaydesk.")
                          .arg(shown)
                          .arg(migrated.fromVersion)
                          .arg(schema == Schema::History ? latestSchemaVersion() : latestSearchIndexVersion()));
        return std::nullopt;
    }
    if (migrated.status == MigrationResult::Status::Failed) {
        *error = makeError(OpenError::Code::MigrationFailed,
                           QCoreApplication::translate("Database",
                                                       "Relaydesk could not update the history file %1 to this version "
                                                       "(step %2: %3). The file was left as it was; nothing was lost.")
                               .arg(shown)
                               .arg(migrated.failedStep)
                               .arg(migrated.error));
        return std::nullopt;
    }
    if (migrated.status == MigrationResult::Status::Migrated) {
        // A connection keeps the schema it parsed before the steps ran when a
        // step edits constraint text (step 5); open the file afresh.
        connection.close();
        return open(path, key, role, error, schema);
    }
    qCDebug(lcStore) << "history opened at schema" << latestSchemaVersion();
    return connection;
}

bool Database::rekey(Connection &connection, const DatabaseKey &newKey, QString *error)
{
    const QByteArray material = newKey.sqlcipherKey();
    if (material.isEmpty()) {
        *error = QStringLiteral("a history file cannot be re-keyed to no key");
        return false;
    }
    // sqlite3_rekey cannot run in WAL mode on SQLCipher 3; switch out and back.
    if (!connection.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;", error))
        return false;
    const int rc = sqlite3_rekey(connection.handle(), material.constData(), int(material.size()));
    const bool ok = rc == SQLITE_OK;
    if (!ok)
        *error = connection.lastError();
    connection.execBestEffort("PRAGMA journal_mode = WAL;");
    return ok;
}

} // namespace relaydesk::store
