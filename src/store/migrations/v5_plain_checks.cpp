// Schema version 5: the CHECK constraints that list allowed values become
// chains of equalities. SQLite 3.15 (Debian's SQLCipher 3.4.1) evaluates
// `x IN ('a', 'b', 'c')` in a CHECK by building a temporary b-tree on every
// row written: two page allocations and about a dozen small ones, wiped on
// free by SQLCipher. The three on `messages` cost a third of the ingest time.
//
// Only the constraint text changes, and the new text accepts exactly the same
// values, so no row is rewritten: SQLite documents editing sqlite_master
// under `writable_schema` for this case, followed by a schema_version bump so
// every connection reloads the schema.

#include "store/migrations.h"

#include <QRegularExpression>

namespace relaydesk::store {

namespace {

struct Table
{
    const char *name;
    int lists; // how many value lists its CHECKs hold in schema version 1
};

constexpr Table kTables[] = {
    {"account", 1}, {"conversations", 3}, {"messages", 4}, {"attachments", 2}, {"outbox", 1},
};

// "CHECK (kind IN ('text', 'image'))" -> "CHECK (kind = 'text' OR kind = 'image')"
QString rewriteChecks(const QString &sql, int *rewritten)
{
    static const QRegularExpression check(QStringLiteral(R"(CHECK \((\w+) IN \(([^()]*)\)\))"));
    static const QRegularExpression value(QStringLiteral(R"('[^']*')"));
    QString result;
    qsizetype from = 0;
    *rewritten = 0;
    auto matches = check.globalMatch(sql);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QStringList terms;
        auto values = value.globalMatch(match.captured(2));
        while (values.hasNext())
            terms.append(match.captured(1) + QStringLiteral(" = ") + values.next().captured(0));
        result += sql.mid(from, match.capturedStart(0) - from);
        result += QStringLiteral("CHECK (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        from = match.capturedEnd(0);
        ++*rewritten;
    }
    result += sql.mid(from);
    return result;
}

} // namespace

bool migrateTo5(Connection &connection, QString *error)
{
    const auto schemaVersion = connection.queryInt("PRAGMA schema_version");
    if (!schemaVersion || !connection.exec("PRAGMA writable_schema = ON", error))
        return false;
    bool ok = true;
    for (const Table &table : kTables) {
        Statement read = connection.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1");
        read.bind(1, QString::fromLatin1(table.name));
        if (!read.next()) {
            *error = QStringLiteral("table %1 is missing").arg(QLatin1String(table.name));
            ok = false;
            break;
        }
        int rewritten = 0;
        const QString sql = rewriteChecks(read.text(0), &rewritten);
        read.reset();
        if (rewritten != table.lists) {
            *error = QStringLiteral("table %1 has %2 value lists in its checks, expected %3")
                         .arg(QLatin1String(table.name))
                         .arg(rewritten)
                         .arg(table.lists);
            ok = false;
            break;
        }
        Statement write = connection.prepare("UPDATE sqlite_master SET sql = ?2 WHERE type = 'table' AND name = ?1");
        write.bind(1, QString::fromLatin1(table.name)).bind(2, sql);
        if (!write.run()) {
            *error = write.error();
            ok = false;
            break;
        }
    }
    const QByteArray bump = "PRAGMA schema_version = " + QByteArray::number(*schemaVersion + 1);
    ok = ok && connection.exec(bump, error);
    QString offError;
    if (!connection.exec("PRAGMA writable_schema = OFF", &offError)) {
        if (ok && error)
            *error = offError;
        ok = false;
    }
    return ok;
}

} // namespace relaydesk::store
