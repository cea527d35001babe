#pragma once

// What the history's migration suites share: a file at an older schema
// version holding data of version 1, and small reads of it.

#include "protocol/types.h"
#include "store/database.h"
#include "store/databasekey.h"
#include "store/migrations.h"
#include "store/reader.h"
#include "store/rows.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/writer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace relaydesk::test::migrations {

using namespace relaydesk::store;

inline constexpr int kIndexTimeoutMs = 30000; // a deadline for a hang, not a pause

// Local message ids of the version 1 data (created_at times 4096).
inline constexpr qint64 kMessage500 = 1700000000000LL * 4096;
inline constexpr qint64 kMessage501 = 1700000001000LL * 4096;
inline constexpr qint64 kMessage502 = 1700000002000LL * 4096;
inline constexpr qint64 kMessage503 = 1700000003000LL * 4096;

// Rows a version 1 client could have written: a named and an unnamed contact,
// a lead, two conversations, messages with text, without text (an image) and
// purged, an attachment, an outbox entry, the account and the sync position.
inline const char kVersion1Data[] = R"sql(
INSERT INTO account (id, agent_id, agent_name, email, role, workspace_id, workspace_name, server_url)
    VALUES (1, 7, 'Dewi Lestari', 'dewi@example.com', 'admin', 3, 'Toko Maju', 'https://relay.example');
UPDATE sync_state SET last_seq = 42, updated_at = 1700000009000 WHERE id = 1;
INSERT INTO contacts (id, name, phone) VALUES (10, 'Ana Souza', '+55 11 99999 0000');
INSERT INTO contacts (id, name, email) VALUES (11, '', 'anon@example.com');
INSERT INTO leads (contact_id, business_name, stage, value_minor, currency, tags)
    VALUES (10, 'Padaria Souza', 'qualified', 125000, 'BRL', '["bakery"]');
INSERT INTO conversations (id, contact_id, channel, status, last_activity, last_preview)
    VALUES (100, 10, 'whatsapp', 'open', 1700000003000, 'pizza🍕please');
INSERT INTO conversations (id, contact_id, channel, status) VALUES (101, 11, 'webchat', 'resolved');
INSERT INTO messages (id, server_id, conversation_id, direction, author, kind, text, status, created_at)
    VALUES (1700000000000 * 4096, 500, 100, 'in', 'customer', 'text', 'Não recebi a encomenda', 'read',
            1700000000000);
INSERT INTO messages (id, server_id, conversation_id, direction, author, kind, text, status, created_at)
    VALUES (1700000001000 * 4096, 501, 100, 'out', 'agent', 'image', '', 'delivered', 1700000001000);
INSERT INTO messages (id, server_id, conversation_id, direction, author, kind, text, status, created_at,
                      purged)
    VALUES (1700000002000 * 4096, 502, 101, 'in', 'customer', 'text', '', 'read', 1700000002000, 1);
INSERT INTO messages (id, server_id, conversation_id, direction, author, kind, text, status, created_at)
    VALUES (1700000003000 * 4096, 503, 100, 'in', 'customer', 'text', 'pizza🍕please', 'read',
            1700000003000);
INSERT INTO attachments (message_id, media_id, mime_type, size, file_name)
    VALUES (1700000001000 * 4096, 'media-501', 'image/jpeg', 2048, 'receipt.jpg');
INSERT INTO outbox (client_id, conversation_id, command, payload, created_at)
    VALUES ('client-1', 100, 'assign', '{"assignee_id":7}', 1700000004000);
)sql";

inline qint64 intOf(Connection &c, const QByteArray &sql)
{
    return c.queryInt(sql.constData()).value_or(-1);
}

inline QString textOf(Connection &c, const QByteArray &sql)
{
    return c.queryText(sql.constData()).value_or(QStringLiteral("<no row>"));
}

inline qint64 userVersion(Connection &c)
{
    return intOf(c, "PRAGMA user_version");
}

inline bool hasTable(Connection &c, const QByteArray &name)
{
    return intOf(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'") == 1;
}

// Every object of the schema with its SQL, to tell whether anything changed.
inline QStringList schemaOf(Connection &c)
{
    QStringList schema;
    Statement select = c.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name");
    while (select.next())
        schema.append(select.text(0) + QLatin1Char(' ') + select.text(1) + QLatin1Char(' ') + select.text(2));
    return schema;
}

// The search queue as "kind:doc" strings, sorted.
inline QStringList searchQueueOf(Connection &c)
{
    QStringList rows;
    Statement select = c.prepare("SELECT kind, doc FROM search_queue");
    while (select.next())
        rows.append(QStringLiteral("%1:%2").arg(select.int64(0)).arg(select.int64(1)));
    rows.sort();
    return rows;
}

inline QString queued(SearchDocument kind, qint64 doc)
{
    return QStringLiteral("%1:%2").arg(int(kind)).arg(doc);
}

inline bool openPlain(Connection &c, const QString &path, QString *error)
{
    return c.open(path, Connection::Mode::ReadWriteCreate, error);
}

// A plain file at `version`, holding the version 1 data.
inline bool createVersion(const QString &path, int version, QString *error)
{
    Connection c;
    if (!openPlain(c, path, error))
        return false;
    const MigrationResult one = migrateTo(c, 1);
    if (one.status != MigrationResult::Status::Migrated) {
        *error = one.error;
        return false;
    }
    if (!c.exec(kVersion1Data, error))
        return false;
    const MigrationResult rest = migrateTo(c, version);
    if (version > 1 && rest.status != MigrationResult::Status::Migrated) {
        *error = rest.error;
        return false;
    }
    return true;
}

// The version 1 data, as written. Check QTest::currentTestFailed() after.
inline void verifyVersion1Data(Connection &c)
{
    QCOMPARE(intOf(c, "SELECT count(*) FROM messages"), qint64(4));
    QCOMPARE(intOf(c, "SELECT count(*) FROM conversations"), qint64(2));
    QCOMPARE(intOf(c, "SELECT count(*) FROM contacts"), qint64(2));
    QCOMPARE(textOf(c, "SELECT text FROM messages WHERE server_id = 500"), QStringLiteral("Não recebi a encomenda"));
    QCOMPARE(intOf(c, "SELECT id FROM messages WHERE server_id = 500"), kMessage500);
    QCOMPARE(textOf(c, "SELECT kind FROM messages WHERE server_id = 501"), QStringLiteral("image"));
    QCOMPARE(intOf(c, "SELECT purged FROM messages WHERE server_id = 502"), qint64(1));
    QCOMPARE(textOf(c, "SELECT text FROM messages WHERE server_id = 503"), QStringLiteral("pizza🍕please"));
    QCOMPARE(textOf(c, "SELECT name FROM contacts WHERE id = 10"), QStringLiteral("Ana Souza"));
    QCOMPARE(textOf(c, "SELECT email FROM contacts WHERE id = 11"), QStringLiteral("anon@example.com"));
    QCOMPARE(textOf(c, "SELECT business_name FROM leads WHERE contact_id = 10"), QStringLiteral("Padaria Souza"));
    QCOMPARE(textOf(c, "SELECT status FROM conversations WHERE id = 101"), QStringLiteral("resolved"));
    QCOMPARE(textOf(c, "SELECT file_name FROM attachments WHERE message_id = " + QByteArray::number(kMessage501)),
             QStringLiteral("receipt.jpg"));
    QCOMPARE(textOf(c, "SELECT payload FROM outbox WHERE client_id = 'client-1'"),
             QStringLiteral("{\"assignee_id\":7}"));
    QCOMPARE(intOf(c, "SELECT last_seq FROM sync_state WHERE id = 1"), qint64(42));
    QCOMPARE(textOf(c, "SELECT agent_name FROM account WHERE id = 1"), QStringLiteral("Dewi Lestari"));
}

} // namespace relaydesk::test::migrations
