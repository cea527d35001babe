// The history's schema steps, one test each, every step run over a file that
// holds data of the version before; what happens when a step fails or the
// file is newer than this build; and the search index's own schema.
//
// Older versions are built with migrateTo() on a plain, unencrypted file:
// the steps are the same SQL with or without a key, and keying a raw
// connection is not part of the store's interface.

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
#include <QtTest>

#include <memory>

using namespace relaydesk::store;

namespace {

constexpr int kIndexTimeoutMs = 30000; // a deadline for a hang, not a pause

// Local message ids of the version 1 data (created_at times 4096).
constexpr qint64 kMessage500 = 1700000000000LL * 4096;
constexpr qint64 kMessage501 = 1700000001000LL * 4096;
constexpr qint64 kMessage502 = 1700000002000LL * 4096;
constexpr qint64 kMessage503 = 1700000003000LL * 4096;

// Rows a version 1 client could have written: a named and an unnamed contact,
// a lead, two conversations, messages with text, without text (an image) and
// purged, an attachment, an outbox entry, the account and the sync position.
const char kVersion1Data[] = R"sql(
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

qint64 intOf(Connection &c, const QByteArray &sql)
{
    return c.queryInt(sql.constData()).value_or(-1);
}

QString textOf(Connection &c, const QByteArray &sql)
{
    return c.queryText(sql.constData()).value_or(QStringLiteral("<no row>"));
}

qint64 userVersion(Connection &c)
{
    return intOf(c, "PRAGMA user_version");
}

bool hasTable(Connection &c, const QByteArray &name)
{
    return intOf(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'") == 1;
}

// Every object of the schema with its SQL, to tell whether anything changed.
QStringList schemaOf(Connection &c)
{
    QStringList schema;
    Statement select = c.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name");
    while (select.next())
        schema.append(select.text(0) + QLatin1Char(' ') + select.text(1) + QLatin1Char(' ') + select.text(2));
    return schema;
}

// The search queue as "kind:doc" strings, sorted.
QStringList searchQueueOf(Connection &c)
{
    QStringList rows;
    Statement select = c.prepare("SELECT kind, doc FROM search_queue");
    while (select.next())
        rows.append(QStringLiteral("%1:%2").arg(select.int64(0)).arg(select.int64(1)));
    rows.sort();
    return rows;
}

QString queued(SearchDocument kind, qint64 doc)
{
    return QStringLiteral("%1:%2").arg(int(kind)).arg(doc);
}

bool openPlain(Connection &c, const QString &path, QString *error)
{
    return c.open(path, Connection::Mode::ReadWriteCreate, error);
}

// A plain file at `version`, holding the version 1 data.
bool createVersion(const QString &path, int version, QString *error)
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
void verifyVersion1Data(Connection &c)
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

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void latestVersionIsTheLastStep()
    {
        QTemporaryDir dir;
        Connection c;
        QString error;
        QVERIFY2(openPlain(c, dir.filePath(QStringLiteral("history.db")), &error), qPrintable(error));
        const MigrationResult result = migrate(c);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(result.failedStep, 0);
        QCOMPARE(userVersion(c), qint64(latestSchemaVersion()));
        // A new step needs its own test in this file (step 7's is in tst_leadnotes).
        QCOMPARE(latestSchemaVersion(), 14);
        // Every step in one run, as a first start does: the tables' stored
        // text is whole (a column added after step 5's rewrite in the same
        // run was once spliced into the middle of it) and rows read right.
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
        const QString conversations = textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'conversations'");
        QVERIFY2(conversations.endsWith(QStringLiteral("priority TEXT NOT NULL DEFAULT 'normal')")),
                 qPrintable(conversations));
        const QString contacts = textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'contacts'");
        QVERIFY2(contacts.endsWith(QStringLiteral("version INTEGER NOT NULL DEFAULT 0)")), qPrintable(contacts));
        const QString messages = textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'messages'");
        QVERIFY2(messages.endsWith(QStringLiteral("activity TEXT)")), qPrintable(messages));
        QVERIFY2(c.exec("INSERT INTO conversations (id, channel, status, muted) VALUES (1, 'webchat', 'open', 1)",
                        &error),
                 qPrintable(error));
        QCOMPARE(textOf(c, "SELECT priority FROM conversations WHERE id = 1"), QStringLiteral("normal"));
        QCOMPARE(intOf(c, "SELECT muted FROM conversations WHERE id = 1"), qint64(1));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void stepOneCreatesTheHistory()
    {
        QTemporaryDir dir;
        Connection c;
        QString error;
        QVERIFY2(openPlain(c, dir.filePath(QStringLiteral("history.db")), &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(0));

        const MigrationResult result = migrateTo(c, 1);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(userVersion(c), qint64(1));
        for (const char *table :
             {"account", "sync_state", "contacts", "leads", "conversations", "messages", "attachments", "outbox"})
            QVERIFY2(hasTable(c, table), table);
        QCOMPARE(intOf(c, "SELECT count(*) FROM sync_state WHERE id = 1 AND last_seq = 0"), qint64(1));
        // Only this step ran.
        QVERIFY(!hasTable(c, "search_queue"));
        QVERIFY(!hasTable(c, "local_secrets"));
        // And what a version 1 client writes fits.
        QVERIFY2(c.exec(kVersion1Data, &error), qPrintable(error));
        verifyVersion1Data(c);
    }

    void stepTwoQueuesEveryExistingDocumentForSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 1, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(1));

        const MigrationResult result = migrateTo(c, 2);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 1);
        QCOMPARE(userVersion(c), qint64(2));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!hasTable(c, "local_secrets"));

        // Messages with text and named contacts, in the kinds the indexer reads
        // (SearchDocument); the image, the purged message and the unnamed
        // contact have nothing to index.
        QStringList expected{queued(SearchDocument::NewMessage, kMessage500),
                             queued(SearchDocument::NewMessage, kMessage503), queued(SearchDocument::Contact, 10)};
        expected.sort();
        QCOMPARE(searchQueueOf(c), expected);
    }

    // What step 2 is for: a history from before search becomes searchable,
    // messages and contacts alike, once the store opens it.
    void stepTwoMakesOldHistorySearchable()
    {
        QTemporaryDir dir;
        const Store::Paths paths{dir.filePath(QStringLiteral("history.db")), dir.filePath(QStringLiteral("search.db"))};
        QString error;
        QVERIFY2(createVersion(paths.history, 1, &error), qPrintable(error));

        OpenError openError;
        std::unique_ptr<Store> store = Store::open(paths, DatabaseKey::unencryptedForBenchmark(), &openError);
        QVERIFY2(store, qPrintable(openError.message));
        QVERIFY(store->waitForSearchIndex(kIndexTimeoutMs));

        StoreReader &reader = store->reader();
        const QVector<MessageHit> encomenda = reader.searchMessages(QStringLiteral("encomenda"), 10);
        QCOMPARE(encomenda.size(), 1);
        QCOMPARE(encomenda.constFirst().messageId, kMessage500);
        QCOMPARE(encomenda.constFirst().contactName, QStringLiteral("Ana Souza"));
        const QVector<MessageHit> pizza = reader.searchMessages(QStringLiteral("pizza"), 10);
        QCOMPARE(pizza.size(), 1);
        QCOMPARE(pizza.constFirst().messageId, kMessage503);

        const QVector<ContactHit> contacts = reader.searchContacts(QStringLiteral("souza"), 10);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.constFirst().contactId, qint64(10));
        QCOMPARE(contacts.constFirst().name, QStringLiteral("Ana Souza"));
    }

    void stepThreeAddsLocalSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 2, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(2));
        // A version 2 writer queues changes as it goes.
        QVERIFY2(c.exec("INSERT INTO search_queue (kind, doc) VALUES ("
                            + QByteArray::number(int(SearchDocument::ChangedMessage)) + ", "
                            + QByteArray::number(kMessage503) + ")",
                        &error),
                 qPrintable(error));
        const QStringList queueBefore = searchQueueOf(c);
        QCOMPARE(queueBefore.size(), 4);
        QVERIFY(!hasTable(c, "local_secrets"));

        const MigrationResult result = migrateTo(c, 3);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 2);
        QCOMPARE(userVersion(c), qint64(3));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(searchQueueOf(c), queueBefore);

        QVERIFY(hasTable(c, "local_secrets"));
        QCOMPARE(intOf(c, "SELECT count(*) FROM local_secrets"), qint64(0));
        QVERIFY2(c.exec("INSERT INTO local_secrets (name, value) VALUES ('media-key', x'00ff10')", &error),
                 qPrintable(error));
        QCOMPARE(intOf(c, "SELECT length(value) FROM local_secrets WHERE name = 'media-key'"), qint64(3));
        // One value per name.
        QVERIFY(!c.exec("INSERT INTO local_secrets (name, value) VALUES ('media-key', x'01')"));
    }

    void stepFourBatchesNewMessagesInTheSearchQueue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 3, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(3));
        QVERIFY2(c.exec("INSERT INTO local_secrets (name, value) VALUES ('media-key', x'00ff10')", &error),
                 qPrintable(error));
        const QStringList queueBefore = searchQueueOf(c);
        QVERIFY(!queueBefore.isEmpty());

        const MigrationResult result = migrateTo(c, 4);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 3);
        QCOMPARE(userVersion(c), qint64(4));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        // Older rows are untouched and keep no id list.
        QCOMPARE(searchQueueOf(c), queueBefore);
        QCOMPARE(intOf(c, "SELECT count(*) FROM search_queue WHERE docs IS NOT NULL"), qint64(0));
        QCOMPARE(intOf(c, "SELECT length(value) FROM local_secrets WHERE name = 'media-key'"), qint64(3));

        // A writer on the new schema queues a batch of new messages as one row
        // (today's writer, so on today's schema: the later steps add columns).
        QCOMPARE(migrate(c).status, MigrationResult::Status::Migrated);
        {
            StoreWriter writer(c);
            QVector<relaydesk::protocol::Event> events;
            const qint64 seq = writer.lastSeq();
            for (int i = 1; i <= 3; ++i) {
                relaydesk::protocol::Message m;
                m.id = 9000 + i;
                m.conversationId = intOf(c, "SELECT min(id) FROM conversations");
                m.createdAt = 1800000000000 + i;
                m.text = QStringLiteral("batched %1").arg(i);
                events.append(relaydesk::protocol::Event{seq + i, m});
            }
            QCOMPARE(writer.applyEvents(events, nullptr, &error), StoreWriter::ApplyResult::Applied);
        }
        QCOMPARE(intOf(c, "SELECT count(*) FROM search_queue WHERE docs IS NOT NULL"), qint64(1));
        QCOMPARE(intOf(c, "SELECT length(docs) FROM search_queue WHERE docs IS NOT NULL"), qint64(3 * 8));
    }

    void stepFiveWritesValueChecksAsEqualities()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 4, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(4));
        QVERIFY(
            textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'messages'").contains(QStringLiteral("kind IN (")));
        const QStringList queue = searchQueueOf(c);

        const MigrationResult result = migrateTo(c, 5);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 4);
        QCOMPARE(userVersion(c), qint64(5));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(searchQueueOf(c), queue);
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
        // No value list is left in any table's checks, and the rewritten
        // ones read as intended.
        QCOMPARE(intOf(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '% IN (%'"), qint64(0));
        const QString messages = textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'messages'");
        QVERIFY2(messages.contains(QStringLiteral("CHECK (direction = 'in' OR direction = 'out')")),
                 qPrintable(messages));
        QVERIFY2(messages.contains(
                     QStringLiteral("CHECK (kind = 'text' OR kind = 'image' OR kind = 'video' OR kind = 'audio'"
                                    " OR kind = 'document' OR kind = 'note')")),
                 qPrintable(messages));

        // The constraints still hold, on this connection and on a new one.
        const char badKind[] = "INSERT INTO messages (conversation_id, direction, author, kind, status,"
                               " created_at) VALUES (100, 'in', 'customer', 'sticker', 'read', 1)";
        const char goodKind[] = "INSERT INTO messages (conversation_id, direction, author, kind, status,"
                                " created_at) VALUES (100, 'in', 'customer', 'note', 'read', 1)";
        QVERIFY(!c.exec(badKind));
        QVERIFY2(c.exec(goodKind, &error), qPrintable(error));
        QVERIFY(!c.exec("UPDATE conversations SET status = 'archived' WHERE id = 100"));
        QVERIFY(!c.exec("UPDATE attachments SET thumbnail_state = 'lost'"));
        QVERIFY(!c.exec("UPDATE outbox SET state = 'gone'"));
        QVERIFY(!c.exec("UPDATE account SET role = 'owner'"));
        Connection other;
        QVERIFY2(openPlain(other, path, &error), qPrintable(error));
        QVERIFY(!other.exec(badKind));
        QVERIFY2(other.exec("UPDATE conversations SET status = 'snoozed' WHERE id = 100", &error), qPrintable(error));
    }

    void stepSixAddsTheHistoryMark()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 5, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const qint64 conversations = intOf(c, "SELECT count(*) FROM conversations");
        QVERIFY(conversations > 0);
        const QStringList queue = searchQueueOf(c);

        const MigrationResult result = migrateTo(c, 6);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 5);
        QCOMPARE(userVersion(c), qint64(6));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(searchQueueOf(c), queue);
        // Every conversation stored before still has older history to ask for.
        QCOMPARE(intOf(c, "SELECT count(*) FROM history_complete"), qint64(0));
        {
            StoreReader reader(c);
            QCOMPARE(qint64(reader.historyToFetch(1000).size()), conversations);
            StoreWriter writer(c);
            const qint64 first = reader.historyToFetch(1).constFirst().conversationId;
            QVERIFY2(writer.setHistoryComplete(first, &error), qPrintable(error));
            QCOMPARE(qint64(reader.historyToFetch(1000).size()), conversations - 1);
        }
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Step 9: drafts per conversation, kept with the history and gone with
    // their conversation; the list's rows carry them on one line.
    void stepNineKeepsDraftsPerConversation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 8, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 9);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 8);
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        // Today's reader reads today's columns: the later steps run too.
        QCOMPARE(migrate(c).status, MigrationResult::Status::Migrated);
        StoreReader reader(c);
        StoreWriter writer(c);
        QVERIFY(reader.draft(100).isEmpty());
        QVERIFY(reader.conversation(100)->draft.isEmpty());

        DraftRow draft;
        draft.conversationId = 100;
        draft.text = QStringLiteral("Send it to:\nJl. Sudirman 12\n\nJakarta");
        draft.note = true;
        draft.files = {{QStringLiteral("/home/agent/invoice 7.pdf"), false}, {QStringLiteral("/cache/p.png"), true}};
        ChangeSet changes;
        QVERIFY2(writer.setDraft(draft, &changes, &error), qPrintable(error));
        QVERIFY(changes.conversations.contains(100));
        const DraftRow kept = reader.draft(100);
        QVERIFY(kept.sameContent(draft));
        QCOMPARE(reader.conversation(100)->draft, QStringLiteral("Send it to: Jl. Sudirman 12 Jakarta"));

        // Only for a conversation the history holds.
        DraftRow stray = draft;
        stray.conversationId = 999;
        QVERIFY2(writer.setDraft(stray, &changes, &error), qPrintable(error));
        QVERIFY(reader.draft(999).isEmpty());

        // Emptied: the row goes.
        DraftRow empty;
        empty.conversationId = 100;
        QVERIFY2(writer.setDraft(empty, &changes, &error), qPrintable(error));
        QCOMPARE(intOf(c, "SELECT count(*) FROM drafts"), qint64(0));
        QVERIFY(reader.conversation(100)->draft.isEmpty());

        // Files alone mark the row too; the conversation's removal takes its draft.
        DraftRow files;
        files.conversationId = 101;
        files.files = {{QStringLiteral("/tmp/x.pdf"), false}};
        QVERIFY2(writer.setDraft(files, &changes, &error), qPrintable(error));
        QVERIFY(!reader.conversation(101)->draft.isEmpty());
        QVERIFY(c.exec("PRAGMA foreign_keys = ON; DELETE FROM messages WHERE conversation_id = 101;"
                       " DELETE FROM conversations WHERE id = 101;",
                       &error));
        QCOMPARE(intOf(c, "SELECT count(*) FROM drafts"), qint64(0));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Step 13: activity lines. The messages' kind check gains 'activity'
    // (only the constraint's text changes: the old rows stay as they were),
    // and an activity line is kept with its fields and read back; any other
    // unknown kind is still refused.
    void stepThirteenKeepsActivityLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 12, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QVERIFY(!c.exec("INSERT INTO messages (id, conversation_id, direction, author, kind, status, created_at)"
                        " VALUES (1, 100, 'out', 'system', 'activity', 'delivered', 1)",
                        &error));
        const MigrationResult result = migrateTo(c, 13);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 12);
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'messages'")
                    .contains(QStringLiteral("kind = 'note' OR kind = 'activity')")));
        QVERIFY(
            textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'messages'")
                .endsWith(QStringLiteral("DEFAULT 0  -- body removed by the workspace's retention\n, activity TEXT)")));

        StoreReader reader(c);
        StoreWriter writer(c);
        relaydesk::protocol::Message line;
        line.id = 900;
        line.conversationId = 100;
        line.author = relaydesk::protocol::Author::System;
        line.kind = relaydesk::protocol::MessageKind::Activity;
        line.status = relaydesk::protocol::MessageStatus::Delivered;
        line.createdAt = 1700000009000;
        line.activity = QJsonObject{{QStringLiteral("type"), QStringLiteral("status")},
                                    {QStringLiteral("status"), QStringLiteral("resolved")},
                                    {QStringLiteral("by_agent_id"), 7},
                                    {QStringLiteral("by_agent_name"), QStringLiteral("Dewi")}};
        const QString previewBefore = reader.conversation(100)->lastPreview;
        const qint64 activityBefore = reader.conversation(100)->lastActivity;
        ChangeSet changes;
        QVERIFY2(writer.applySnapshot({relaydesk::protocol::EventPayload(line)}, -1, &changes, &error),
                 qPrintable(error));
        const QVector<MessageRow> newest = reader.newestMessages(100, 1);
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.constFirst().kind, QStringLiteral("activity"));
        QCOMPARE(newest.constFirst().text, QString());
        QCOMPARE(newest.constFirst().activity, line.activity);
        // Not the conversation's news: neither its preview nor its time moves.
        QCOMPARE(reader.conversation(100)->lastPreview, previewBefore);
        QCOMPARE(reader.conversation(100)->lastActivity, activityBefore);
        QVERIFY(!c.exec("INSERT INTO messages (id, conversation_id, direction, author, kind, status, created_at)"
                        " VALUES (2, 100, 'out', 'system', 'telepathy', 'delivered', 1)",
                        &error));
        // (No integrity_check here: step 12's ALTER TABLE left the
        // conversations' text spliced when step 5 ran in the same run, which
        // reading the schema again shows; that is step 12's to repair.)
    }

    // Step 14: urgent first from an index: each priority's conversations in
    // activity order, no sort, the pages whole and in order.
    void stepFourteenOrdersByPriority()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 13, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 14);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 13);
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(c.exec("INSERT INTO conversations (id, channel, status, last_activity, priority) VALUES"
                        " (200, 'webchat', 'open', 10, 'urgent'), (201, 'webchat', 'open', 20, 'low'),"
                        " (202, 'webchat', 'open', 30, 'high'), (203, 'webchat', 'open', 40, 'urgent'),"
                        " (204, 'webchat', 'resolved', 50, 'urgent')",
                        &error),
                 qPrintable(error));
        StoreReader reader(c);
        ConversationFilter open;
        open.statuses = {QStringLiteral("open")};
        open.priorityFirst = true;
        QVector<qint64> order;
        for (const ConversationRow &row : reader.conversations(open, 10))
            order.append(row.id);
        // Urgent (newest first), high, normal (100, the version-1 conversation), low.
        QCOMPARE(order, (QVector<qint64>{203, 200, 202, 100, 201}));
        order.clear();
        for (const ConversationRow &row : reader.conversations(open, 3))
            order.append(row.id);
        QCOMPARE(order, (QVector<qint64>{203, 200, 202}));
        // Each priority's read walks the index: no table scan, no sort.
        Statement plan = c.prepare(
            "EXPLAIN QUERY PLAN SELECT c.id FROM conversations c INDEXED BY conversations_by_priority"
            " WHERE c.status IN ('open') AND c.priority = 'urgent' ORDER BY c.last_activity DESC, c.id DESC LIMIT 5");
        QStringList steps;
        while (plan.next())
            steps.append(plan.text(3));
        QVERIFY2(steps.join(QLatin1Char('|')).contains(QStringLiteral("conversations_by_priority")),
                 qPrintable(steps.join(QLatin1Char('|'))));
        QVERIFY2(!steps.join(QLatin1Char('|')).contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps.join('|')));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Step 12: each conversation's priority. Conversations stored before read
    // normal; a conversation record sets it; the list filters by it.
    void stepTwelveKeepsPriorities()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 11, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 12);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 11);
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        StoreReader reader(c);
        StoreWriter writer(c);
        QCOMPARE(reader.conversation(100)->priority, QStringLiteral("normal"));
        QCOMPARE(reader.conversation(101)->priority, QStringLiteral("normal"));

        relaydesk::protocol::Conversation urgent;
        urgent.id = 100;
        urgent.contactId = 10;
        urgent.channel = relaydesk::protocol::Channel::WhatsApp;
        urgent.status = relaydesk::protocol::ConversationStatus::Open;
        urgent.lastActivity = 1700000003000;
        urgent.priority = relaydesk::protocol::Priority::Urgent;
        ChangeSet changes;
        QVERIFY2(writer.applySnapshot({relaydesk::protocol::EventPayload(urgent)}, -1, &changes, &error),
                 qPrintable(error));
        QCOMPARE(reader.conversation(100)->priority, QStringLiteral("urgent"));
        QCOMPARE(reader.conversation(100)->lastPreview, QStringLiteral("pizza🍕please")); // the rest kept

        ConversationFilter pressing;
        pressing.priorities = {QStringLiteral("urgent"), QStringLiteral("high")};
        const QVector<ConversationRow> rows = reader.conversations(pressing, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().id, qint64(100));
        pressing.priorities = {QStringLiteral("low")};
        QVERIFY(reader.conversations(pressing, 10).isEmpty());
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Step 11: the list's counts from an index of the unresolved
    // conversations' keys, without reading the table; version 1's data
    // counts as it should.
    void stepElevenCountsFromTheStatusIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 10, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 11);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 10);
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(c.exec("UPDATE conversations SET unread_count = 3, assignee_id = 7 WHERE id = 100", &error));
        StoreReader reader(c);
        const StoreReader::ConversationCounts counts = reader.conversationCounts(7);
        QCOMPARE(counts.open.all, 1); // 101 is resolved: not counted
        QCOMPARE(counts.open.mine, 1);
        QCOMPARE(counts.unreadMessages, 3);
        // The plan: a covering index range, no table, no temporary b-tree for the grouping.
        Statement plan = c.prepare(
            "EXPLAIN QUERY PLAN SELECT status, assignee_id, count(*), sum(CASE WHEN muted = 0 THEN unread_count"
            " ELSE 0 END) FROM conversations INDEXED BY conversations_by_status"
            " WHERE status IN ('open', 'pending', 'snoozed') GROUP BY status, assignee_id");
        QStringList steps;
        while (plan.next())
            steps.append(plan.text(3));
        QVERIFY2(steps.join(QLatin1Char('|')).contains(QStringLiteral("USING COVERING INDEX conversations_by_status")),
                 qPrintable(steps.join(QLatin1Char('|'))));
        QVERIFY2(!steps.join(QLatin1Char('|')).contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps.join('|')));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Step 10: each contact's version. Contacts stored before read 0 (not
    // known) until a newer record comes; an older one never replaces it, and
    // an edit of the agent's is based on it.
    void stepTenKeepsContactVersions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 9, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 10);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 9);
        QCOMPARE(userVersion(c), qint64(10));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(intOf(c, "SELECT count(*) FROM contacts WHERE version = 0"), qint64(2));
        StoreReader reader(c);
        StoreWriter writer(c);
        QCOMPARE(reader.contactDetails(10)->contact.version, qint64(0));

        relaydesk::protocol::Contact ana;
        ana.id = 10;
        ana.name = QStringLiteral("Ana Souza Lima");
        ana.version = 3;
        ChangeSet changes;
        QVERIFY2(writer.applySnapshot({ana}, -1, &changes, &error), qPrintable(error));
        QVERIFY(changes.contacts.contains(10));
        relaydesk::protocol::Contact older = ana;
        older.name = QStringLiteral("Ana");
        older.version = 2;
        QVERIFY2(writer.applySnapshot({older}, -1, &changes, &error), qPrintable(error));
        const ContactRow stored = reader.contactDetails(10)->contact;
        QCOMPARE(stored.version, qint64(3));
        QCOMPARE(stored.name, QStringLiteral("Ana Souza Lima"));

        QVERIFY2(writer.queueContactUpdate(QStringLiteral("edit-1"), 100,
                                           {{QStringLiteral("contact_id"), 10},
                                            {QStringLiteral("email"), QStringLiteral("ana@padaria.example")}},
                                           1700000005000, &changes, &error),
                 qPrintable(error));
        QCOMPARE(textOf(c, "SELECT payload FROM outbox WHERE client_id = 'edit-1'"),
                 QStringLiteral("{\"contact_id\":10,\"email\":\"ana@padaria.example\",\"version\":3}"));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Step 8: the workspace's settings, defaults until the server tells them;
    // a newer record replaces them, an older one does not.
    void stepEightKeepsTheWorkspaceSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 7, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 8);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 7);
        QCOMPARE(userVersion(c), qint64(8));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        StoreReader reader(c);
        StoreWriter writer(c);
        QVERIFY(reader.workspaceSettings().autopilotAway == relaydesk::protocol::Autopilot::Off);
        QVERIFY(!reader.workspaceSettings().aiSuggestions);

        relaydesk::protocol::WorkspaceSettings never; // a workspace nobody configured: updated_at 0
        ChangeSet changes;
        QVERIFY2(writer.setWorkspaceSettings(never, &changes, &error), qPrintable(error));
        QVERIFY(changes.workspaceChanged);
        relaydesk::protocol::WorkspaceSettings rules;
        rules.autopilotAway = relaydesk::protocol::Autopilot::Rules;
        rules.aiSuggestions = true;
        rules.updatedAt = 2000;
        changes = {};
        QVERIFY2(writer.setWorkspaceSettings(rules, &changes, &error), qPrintable(error));
        QVERIFY(changes.workspaceChanged);
        relaydesk::protocol::WorkspaceSettings older;
        older.updatedAt = 1000;
        changes = {};
        QVERIFY2(writer.setWorkspaceSettings(older, &changes, &error), qPrintable(error));
        QVERIFY(!changes.workspaceChanged);
        QVERIFY(reader.workspaceSettings().autopilotAway == relaydesk::protocol::Autopilot::Rules);
        QVERIFY(reader.workspaceSettings().aiSuggestions);
        QCOMPARE(reader.workspaceSettings().updatedAt, qint64(2000));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // The point of step 5: the connection the store writes with, opened on a
    // version 4 file, checks a new message without building a temporary table.
    void migratedFileIsOpenedWithItsNewSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 4, &error), qPrintable(error));
        OpenError openError;
        std::optional<Connection> c = Database::open(path, DatabaseKey::unencryptedForBenchmark(),
                                                     Database::Role::Writer, &openError);
        QVERIFY2(c, qPrintable(openError.message));
        QCOMPARE(userVersion(*c), qint64(latestSchemaVersion()));
        Statement plan = c->prepare(
            "EXPLAIN INSERT OR FAIL INTO messages (conversation_id, direction, author, kind, status,"
            " created_at) VALUES (100, 'in', 'customer', 'text', 'read', 1)");
        QStringList opcodes;
        while (plan.next())
            opcodes.append(plan.text(1));
        QVERIFY(opcodes.contains(QStringLiteral("Insert")));
        QVERIFY2(!opcodes.contains(QStringLiteral("OpenEphemeral")), qPrintable(opcodes.join(u' ')));
    }

    void upToDateFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, latestSchemaVersion(), &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const QStringList schema = schemaOf(c);
        const QStringList queue = searchQueueOf(c);
        QVERIFY(!queue.isEmpty());

        const MigrationResult result = migrate(c);
        QCOMPARE(result.status, MigrationResult::Status::UpToDate);
        QCOMPARE(result.fromVersion, latestSchemaVersion());
        QCOMPARE(result.failedStep, 0);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(userVersion(c), qint64(latestSchemaVersion()));
        QCOMPARE(schemaOf(c), schema);
        QCOMPARE(searchQueueOf(c), queue); // step 2 did not queue everything again
        verifyVersion1Data(c);
    }

    void tooNewFileIsRefusedAndNotChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, latestSchemaVersion(), &error), qPrintable(error));
        const int future = latestSchemaVersion() + 1;
        QStringList schema;
        {
            Connection c;
            QVERIFY2(openPlain(c, path, &error), qPrintable(error));
            QVERIFY2(c.exec("PRAGMA user_version = " + QByteArray::number(future), &error), qPrintable(error));
            schema = schemaOf(c);

            const MigrationResult result = migrate(c);
            QCOMPARE(result.status, MigrationResult::Status::TooNew);
            QCOMPARE(result.fromVersion, future);
            QCOMPARE(userVersion(c), qint64(future));
            QCOMPARE(schemaOf(c), schema);
            verifyVersion1Data(c);
            if (QTest::currentTestFailed())
                return;
        }

        OpenError openError;
        const std::optional<Connection> opened = Database::open(path, DatabaseKey::unencryptedForBenchmark(),
                                                                Database::Role::Writer, &openError);
        QVERIFY(!opened);
        QCOMPARE(openError.code, OpenError::Code::TooNew);
        QVERIFY2(openError.message.contains(QDir::toNativeSeparators(path)), qPrintable(openError.message));

        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(future));
        QCOMPARE(schemaOf(c), schema);
    }

    // A step that fails leaves the file as the previous step left it, and the
    // steps after it do not run. Both ways of failing happen at version 1.
    void failingStepIsRolledBackAndStopsTheRun_data()
    {
        QTest::addColumn<QByteArray>("sabotage");
        QTest::addColumn<bool>("ownQueueTable");
        // Step 2 fails on its first statement.
        QTest::newRow("table already exists") << QByteArray("CREATE TABLE search_queue (note TEXT NOT NULL);") << true;
        // Step 2 creates its table, then fails: a temporary table of the same
        // name takes its INSERTs. The table it created must be gone again.
        QTest::newRow("fails after creating its table")
            << QByteArray("CREATE TEMP TABLE search_queue (note TEXT NOT NULL);") << false;
    }

    void failingStepIsRolledBackAndStopsTheRun()
    {
        QFETCH(QByteArray, sabotage);
        QFETCH(bool, ownQueueTable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 1, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QVERIFY2(c.exec(sabotage, &error), qPrintable(error));
        const QStringList schema = schemaOf(c);

        const MigrationResult result = migrate(c);
        QCOMPARE(result.status, MigrationResult::Status::Failed);
        QCOMPARE(result.fromVersion, 1);
        QCOMPARE(result.failedStep, 2);
        QVERIFY2(result.error.contains(QStringLiteral("search_queue")), qPrintable(result.error));

        QCOMPARE(userVersion(c), qint64(1));
        QCOMPARE(schemaOf(c), schema);
        QCOMPARE(hasTable(c, "search_queue"), ownQueueTable);
        QVERIFY(!hasTable(c, "local_secrets")); // step 3 never ran
        if (ownQueueTable)
            QCOMPARE(intOf(c, "SELECT count(*) FROM search_queue"), qint64(0));
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;

        // The same from a fresh connection: the file itself is unchanged.
        c.close();
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(1));
        QCOMPARE(hasTable(c, "search_queue"), ownQueueTable);
        verifyVersion1Data(c);
    }

    void failedMigrationThroughDatabaseOpenLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 1, &error), qPrintable(error));
        {
            Connection c;
            QVERIFY2(openPlain(c, path, &error), qPrintable(error));
            QVERIFY2(c.exec("CREATE TABLE search_queue (note TEXT NOT NULL);", &error), qPrintable(error));
        }

        OpenError openError;
        const std::optional<Connection> opened = Database::open(path, DatabaseKey::unencryptedForBenchmark(),
                                                                Database::Role::Writer, &openError);
        QVERIFY(!opened);
        QCOMPARE(openError.code, OpenError::Code::MigrationFailed);
        QVERIFY2(openError.message.contains(QDir::toNativeSeparators(path)), qPrintable(openError.message));
        QVERIFY2(openError.message.contains(QStringLiteral("step 2")), qPrintable(openError.message));
        QVERIFY2(openError.message.contains(QStringLiteral("nothing was lost")), qPrintable(openError.message));

        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(userVersion(c), qint64(1));
        QVERIFY(!hasTable(c, "local_secrets"));
        QCOMPARE(intOf(c, "SELECT count(*) FROM search_queue"), qint64(0));
        verifyVersion1Data(c);
    }

    void searchIndexSchemaIsCreatedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("search.db"));
        Connection c;
        QString error;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));

        const MigrationResult first = migrateSearchIndex(c);
        QCOMPARE(first.status, MigrationResult::Status::Migrated);
        QCOMPARE(first.fromVersion, 0);
        QCOMPARE(userVersion(c), qint64(latestSearchIndexVersion()));
        QVERIFY(hasTable(c, "message_search"));
        QVERIFY(hasTable(c, "contact_search"));
        QVERIFY(hasTable(c, "index_state"));
        QVERIFY(!hasTable(c, "messages")); // not the history's schema
        QCOMPARE(intOf(c, "SELECT count(*) FROM index_state"), qint64(1));
        QCOMPARE(intOf(c, "SELECT indexed_up_to FROM index_state WHERE id = 1"), qint64(0));
        // unicode61 with diacritics removed, for both tables.
        QVERIFY2(c.exec("INSERT INTO message_search (docid, text) VALUES (7, 'Não recebi');"
                        " INSERT INTO contact_search (docid, name) VALUES (8, 'José Álvarez');"
                        " UPDATE index_state SET indexed_up_to = 5 WHERE id = 1;",
                        &error),
                 qPrintable(error));
        QCOMPARE(intOf(c, "SELECT docid FROM message_search WHERE message_search MATCH 'nao'"), qint64(7));
        QCOMPARE(intOf(c, "SELECT docid FROM contact_search WHERE contact_search MATCH 'alvarez'"), qint64(8));
        const QStringList schema = schemaOf(c);

        // Again on the same file, and on a new connection to it: nothing changes.
        const MigrationResult again = migrateSearchIndex(c);
        QCOMPARE(again.status, MigrationResult::Status::UpToDate);
        c.close();
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        QCOMPARE(migrateSearchIndex(c).status, MigrationResult::Status::UpToDate);
        QCOMPARE(schemaOf(c), schema);
        QCOMPARE(intOf(c, "SELECT count(*) FROM index_state"), qint64(1));
        QCOMPARE(intOf(c, "SELECT indexed_up_to FROM index_state WHERE id = 1"), qint64(5));
        QCOMPARE(intOf(c, "SELECT count(*) FROM message_search"), qint64(1));

        // An index written by a newer version is refused, not altered.
        QVERIFY2(c.exec("PRAGMA user_version = " + QByteArray::number(latestSearchIndexVersion() + 1), &error),
                 qPrintable(error));
        QCOMPARE(migrateSearchIndex(c).status, MigrationResult::Status::TooNew);
        QCOMPARE(schemaOf(c), schema);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store_migrations.moc"
