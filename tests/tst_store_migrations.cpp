// The history's schema steps, one test each, every step run over a file that
// holds data of the version before (steps 10 and later are in
// tst_store_migrations_recent); what happens when a step fails or the
// file is newer than this build; and the search index's own schema.
//
// Older versions are built with migrateTo() on a plain, unencrypted file:
// the steps are the same SQL with or without a key, and keying a raw
// connection is not part of the store's interface.

#include "migrationfixture.h"

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

#include <memory>

using namespace relaydesk::store;
using namespace relaydesk::test::migrations;

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
        QCOMPARE(latestSchemaVersion(), 15);
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
        QVERIFY2(messages.endsWith(QStringLiteral("activity TEXT, block INTEGER NOT NULL DEFAULT 0)")),
                 qPrintable(messages));
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
