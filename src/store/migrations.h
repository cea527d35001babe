#pragma once

#include "store/sqlite.h"

#include <QString>

namespace relaydesk::store {

struct MigrationResult
{
    enum class Status { UpToDate, Migrated, Failed, TooNew };
    Status status = Status::UpToDate;
    int fromVersion = 0;
    int failedStep = 0;
    QString error;
};

// The schema version this build writes.
int latestSchemaVersion();

// Brings the schema from PRAGMA user_version up to latestSchemaVersion(), one
// step per version, each step and its new user_version in one transaction. A
// failing step is rolled back and stops the run: the file stays as the last
// successful step left it.
MigrationResult migrate(Connection &connection);

// Runs the steps up to `target` only; tests use it to build older schemas.
MigrationResult migrateTo(Connection &connection, int target);

// The search index file (search.db) has its own, separate schema steps.
int latestSearchIndexVersion();
MigrationResult migrateSearchIndex(Connection &connection);

// One step each, in src/store/migrations/.
// Makes `connection` read the tables' definitions again from sqlite_master.
// A connection keeps the schema it parsed when it opened, also across its own
// edits of sqlite_master (step 5's rewritten checks); ALTER TABLE ADD COLUMN
// splices the column into the stored text at an offset from that parse, so a
// step that adds a column after such an edit in the same run reloads first.
[[nodiscard]] bool reloadParsedSchema(Connection &connection, QString *error);

[[nodiscard]] bool migrateTo1(Connection &connection,
                              QString *error); // conversations, messages, contacts, leads, outbox
[[nodiscard]] bool migrateTo2(Connection &connection, QString *error);            // the search index queue
[[nodiscard]] bool migrateTo3(Connection &connection, QString *error);            // local secrets (media cache key)
[[nodiscard]] bool migrateTo4(Connection &connection, QString *error);            // batched search queue rows
[[nodiscard]] bool migrateTo5(Connection &connection, QString *error);            // value-list checks as equalities
[[nodiscard]] bool migrateTo6(Connection &connection, QString *error);            // history_complete
[[nodiscard]] bool migrateTo7(Connection &connection, QString *error);            // lead_notes
[[nodiscard]] bool migrateTo8(Connection &connection, QString *error);            // workspace_settings
[[nodiscard]] bool migrateTo9(Connection &connection, QString *error);            // drafts
[[nodiscard]] bool migrateTo10(Connection &connection, QString *error);           // contacts.version
[[nodiscard]] bool migrateTo11(Connection &connection, QString *error);           // conversations_by_status
[[nodiscard]] bool migrateTo12(Connection &connection, QString *error);           // conversations.priority
[[nodiscard]] bool migrateTo13(Connection &connection, QString *error);           // messages of kind activity
[[nodiscard]] bool migrateTo14(Connection &connection, QString *error);           // conversations_by_priority
[[nodiscard]] bool migrateTo15(Connection &connection, QString *error);           // messages_by_conversation in blocks
[[nodiscard]] bool migrateSearchIndexTo1(Connection &connection, QString *error); // FTS4 tables
[[nodiscard]] bool migrateSearchIndexTo2(Connection &connection, QString *error); // attachment names: rebuild
[[nodiscard]] bool migrateSearchIndexTo3(Connection &connection, QString *error); // texts in parts

} // namespace relaydesk::store
