// The history's schema steps from 10 on, one test each, every step run over
// a file that holds data of the version before (tst_store_migrations has
// the earlier steps, failures and the search index's schema).

#include "migrationfixture.h"

#include <QTest>

using namespace relaydesk::store;
using namespace relaydesk::test::migrations;

class TestStoreMigrationsRecent : public QObject
{
    Q_OBJECT

private slots:
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

        // The app reads and writes at the latest version.
        QCOMPARE(migrate(c).status, MigrationResult::Status::Migrated);
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

    // Step 15: the conversation index in blocks. The messages stored before
    // are block 0 (no row rewritten) and read as before; new ones fill the
    // newest block and open the next when it is full; pages merge the blocks
    // in time order, an older message stored later included; each block's
    // part is read from the index, nothing sorted.
    void stepFifteenSplitsTheConversationIndexInBlocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QString error;
        QVERIFY2(createVersion(path, 14, &error), qPrintable(error));
        Connection c;
        QVERIFY2(openPlain(c, path, &error), qPrintable(error));
        const MigrationResult result = migrateTo(c, 15);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 14);
        verifyVersion1Data(c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(textOf(c, "SELECT group_concat(block || ':' || messages) FROM message_blocks"), QStringLiteral("0:4"));
        QCOMPARE(textOf(c, "SELECT count(*) FROM messages WHERE block = 0"), QStringLiteral("4"));
        QVERIFY(textOf(c, "SELECT sql FROM sqlite_master WHERE name = 'messages_by_conversation'")
                    .endsWith(QStringLiteral("(block, conversation_id)")));

        StoreReader reader(c);
        const auto serverIdsOf = [](const QVector<MessageRow> &rows) {
            QVector<qint64> ids;
            for (const MessageRow &row : rows)
                ids.append(row.serverId);
            return ids;
        };
        const auto serverIds = [&](qint64 conversationId) {
            return serverIdsOf(reader.newestMessages(conversationId, 50));
        };
        QCOMPARE(serverIds(100), (QVector<qint64>{500, 501, 503}));
        QCOMPARE(serverIds(101), (QVector<qint64>{502}));

        StoreWriter writer(c);
        writer.setMessagesPerBlock(5); // block 0 holds 4: one more fills it
        QVector<relaydesk::protocol::EventPayload> records;
        for (int i = 0; i < 6; ++i) {
            relaydesk::protocol::Message m;
            m.id = 600 + i;
            m.conversationId = 100;
            m.createdAt = 1700000010000 + i * 1000;
            m.text = QStringLiteral("later %1").arg(i);
            records.append(m);
        }
        // Stored last, but older than everything: a history page.
        relaydesk::protocol::Message oldest;
        oldest.id = 499;
        oldest.conversationId = 100;
        oldest.createdAt = 1699999999000;
        oldest.text = QStringLiteral("the first of all");
        records.append(oldest);
        ChangeSet changes;
        QVERIFY2(writer.applySnapshot(records, -1, &changes, &error), qPrintable(error));
        QCOMPARE(textOf(c, "SELECT group_concat(block || ':' || messages) FROM message_blocks"),
                 QStringLiteral("0:5,1:5,2:1"));
        QCOMPARE(textOf(c, "SELECT block FROM messages WHERE server_id = 600"), QStringLiteral("0"));
        QCOMPARE(textOf(c, "SELECT block FROM messages WHERE server_id = 605"), QStringLiteral("1"));
        QCOMPARE(textOf(c, "SELECT block FROM messages WHERE server_id = 499"), QStringLiteral("2"));
        QCOMPARE(serverIds(100), (QVector<qint64>{499, 500, 501, 503, 600, 601, 602, 603, 604, 605}));
        // Pages across the blocks, both ways.
        const qint64 middle = textOf(c, "SELECT id FROM messages WHERE server_id = 601").toLongLong();
        QCOMPARE(serverIdsOf(reader.messagesBefore(100, middle, 3)), (QVector<qint64>{501, 503, 600}));
        QCOMPARE(serverIdsOf(reader.messagesAfter(100, middle, 10)), (QVector<qint64>{602, 603, 604, 605}));
        QCOMPARE(reader.newestServerMessageId(100), qint64(605));
        int found = 0;
        const qint64 firstUnread = reader.firstUnreadMessage(100, 20, &found);
        QCOMPARE(found, 9); // every customer message: the version-1 ones and the seven new ones
        QCOMPARE(firstUnread, textOf(c, "SELECT id FROM messages WHERE server_id = 499").toLongLong());
        const QVector<StoreReader::HistoryToFetch> todo = reader.historyToFetch(10);
        QCOMPARE(todo.size(), 2);
        for (const StoreReader::HistoryToFetch &conversation : todo)
            QCOMPARE(conversation.oldestServerId, conversation.conversationId == 100 ? 499 : 502);

        // Each block's part from the index, merged without a sort.
        Statement plan = c.prepare(
            "EXPLAIN QUERY PLAN SELECT id FROM messages WHERE block = 1 AND conversation_id = 100 AND id < 9"
            " UNION ALL SELECT id FROM messages WHERE block = 0 AND conversation_id = 100 AND id < 9"
            " ORDER BY id DESC LIMIT 3");
        QStringList steps;
        while (plan.next())
            steps.append(plan.text(3));
        QVERIFY2(steps.join(QLatin1Char('|')).contains(QStringLiteral("messages_by_conversation")),
                 qPrintable(steps.join(QLatin1Char('|'))));
        QVERIFY2(!steps.join(QLatin1Char('|')).contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps.join('|')));
        QCOMPARE(textOf(c, "PRAGMA integrity_check"), QStringLiteral("ok"));
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
};

QTEST_GUILESS_MAIN(TestStoreMigrationsRecent)
#include "tst_store_migrations_recent.moc"
