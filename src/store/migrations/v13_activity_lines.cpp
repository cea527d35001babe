// Schema version 13: activity lines (assigned, resolved, snoozed …) are
// messages of kind 'activity' with what happened as the JSON of their
// `activity` column (docs/protocol.md, "Activity lines"). The kind's CHECK
// gains the value as step 5 rewrote its checks: only the constraint's text
// changes, to one that accepts every row it accepted before, so no row is
// rewritten (SQLite documents editing sqlite_master under writable_schema
// for this, with a schema_version bump so other connections reload it).
//
// This connection does not reload on its own bump: its parsed tables stay
// as they were when it opened (or when a step last reset them). ALTER TABLE
// ADD COLUMN splices the column into the stored text at an offset taken from
// that parse, so after step 5's rewrite in the same run it would cut the
// new column into the middle of the text; and the widened CHECK would not
// hold for this connection until it reloaded. So the step makes it reload
// before the ALTER and after the rewrite: rolling back a savepoint that
// changed the schema cookie throws the parsed schema away (SQLite then reads
// it again from sqlite_master, inside this transaction).

#include "store/migrations.h"

namespace relaydesk::store {

namespace {

const QString kNoteCheck = QStringLiteral("kind = 'note')");
const QString kActivityCheck = QStringLiteral("kind = 'note' OR kind = 'activity')");

} // namespace

bool migrateTo13(Connection &connection, QString *error)
{
    if (!reloadParsedSchema(connection, error)
        || !connection.exec("ALTER TABLE messages ADD COLUMN activity TEXT;", error))
        return false;
    Statement read = connection.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'messages'");
    if (!read.next()) {
        *error = QStringLiteral("table messages is missing");
        return false;
    }
    const QString sql = read.text(0);
    read.reset();
    if (sql.count(kNoteCheck) != 1 || !sql.endsWith(QLatin1String(", activity TEXT)"))) {
        *error = QStringLiteral("the messages table is not as step 12 left it");
        return false;
    }
    QString widened = sql;
    widened.replace(kNoteCheck, kActivityCheck);
    const auto schemaVersion = connection.queryInt("PRAGMA schema_version");
    if (!schemaVersion || !connection.exec("PRAGMA writable_schema = ON", error))
        return false;
    Statement write = connection.prepare(
        "UPDATE sqlite_master SET sql = ?1 WHERE type = 'table' AND name = 'messages'");
    write.bind(1, widened);
    bool ok = write.run();
    if (!ok)
        *error = write.error();
    const QByteArray bump = "PRAGMA schema_version = " + QByteArray::number(*schemaVersion + 1);
    ok = ok && connection.exec(bump, error);
    QString offError;
    if (!connection.exec("PRAGMA writable_schema = OFF", &offError)) {
        if (ok && error)
            *error = offError;
        ok = false;
    }
    return ok && reloadParsedSchema(connection, error);
}

} // namespace relaydesk::store
