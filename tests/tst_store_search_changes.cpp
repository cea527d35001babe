// Search over documents that change after they were indexed (edited,
// deleted, purged messages; renamed contacts), an index that is lost or
// damaged and rebuilt, and an indexer catching up in batches, on real
// encrypted history and index files.

#include "searchfixture.h"

#include "store/database.h"
#include "store/databasekey.h"
#include "store/searchindex.h"
#include "store/sqlite.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace relaydesk::store;
using namespace relaydesk::test;
namespace protocol = relaydesk::protocol;

class TestStoreSearchChanges : public QObject
{
    Q_OBJECT

private slots:
    void editedMessageIsFoundByItsNewText()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {contact(1, QStringLiteral("Dewi")), conversation(10, 1),
                        message(1, 10, kBase + 1000, QStringLiteral("Your parcel is in Jakarta")),
                        message(2, 10, kBase + 2000, QStringLiteral("Jakarta office is closed"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        StoreReader &reader = history.reader();
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("jakarta"), 10)), (Ids{2, 1}));

        QVERIFY2(apply(*history.store, {edit(1, QStringLiteral("Your parcel is in Surabaya"), kBase + 5000)}, &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("surabaya"), 10)), Ids{1});
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("jakarta"), 10)), Ids{2});
        // Indexed once, not once per version.
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("parcel"), 10)), Ids{1});
        const QVector<MessageHit> hits = reader.searchMessages(QStringLiteral("surab"), 10);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.constFirst().snippet.contains(marked(QStringLiteral("Surabaya"))),
                 qPrintable(hits.constFirst().snippet));
    }

    void deletedMessageIsNotFound()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {contact(1, QStringLiteral("Dewi")), conversation(10, 1),
                        message(1, 10, kBase + 1000, QStringLiteral("refund approved")),
                        message(2, 10, kBase + 2000, QStringLiteral("refund for order 77"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        StoreReader &reader = history.reader();
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("refund"), 10)), (Ids{2, 1}));

        QVERIFY2(apply(*history.store, {protocol::MessageDeletion{2}}, &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("refund"), 10)), Ids{1});
        QVERIFY(reader.searchMessages(QStringLiteral("77"), 10).isEmpty());
        // Gone from the index itself, not only hidden by the reader: were it
        // still indexed, the newest hit would take the one place and be dropped.
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("refund"), 1)), Ids{1});
    }

    void purgedMessageIsNotFound()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {contact(1, QStringLiteral("Dewi")), conversation(10, 1),
                        message(1, 10, kBase + 1000, QStringLiteral("warranty card attached")),
                        message(2, 10, kBase + 5000, QStringLiteral("warranty expired"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        StoreReader &reader = history.reader();
        const QVector<MessageHit> before = reader.searchMessages(QStringLiteral("card"), 10);
        QCOMPARE(serverIdsOf(reader, before), Ids{1});
        const qint64 purgedId = before.constFirst().messageId;

        QVERIFY2(apply(*history.store, {protocol::BodiesPurge{kBase + 3000}}, &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        // The row stays (purged); only its text is gone, from the index too.
        const std::optional<MessageRow> row = reader.message(purgedId);
        QVERIFY(row);
        QVERIFY(row->purged);
        QVERIFY(reader.searchMessages(QStringLiteral("card"), 10).isEmpty());
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("warranty"), 10)), Ids{2});
    }

    void renamedContactIsFoundByTheNewName()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {contact(1, QStringLiteral("Budi Santoso")), contact(2, QStringLiteral("Budiman")),
                        conversation(10, 1), message(1, 10, kBase + 1000, QStringLiteral("halo kak"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        StoreReader &reader = history.reader();
        QCOMPARE(contactIdsOf(reader.searchContacts(QStringLiteral("budi"), 10)), (Ids{1, 2}));

        QVERIFY2(apply(*history.store, {contact(1, QStringLiteral("Siti Rahayu"))}, &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        const QVector<ContactHit> hits = reader.searchContacts(QStringLiteral("siti"), 10);
        QCOMPARE(contactIdsOf(hits), Ids{1});
        QCOMPARE(hits.constFirst().name, QStringLiteral("Siti Rahayu"));
        QVERIFY2(hits.constFirst().snippet.contains(marked(QStringLiteral("Siti"))),
                 qPrintable(hits.constFirst().snippet));
        QCOMPARE(contactIdsOf(reader.searchContacts(QStringLiteral("budi"), 10)), Ids{2});
        QVERIFY(reader.searchContacts(QStringLiteral("santoso"), 10).isEmpty());
        // Message hits carry the contact's current name.
        const QVector<MessageHit> messages = reader.searchMessages(QStringLiteral("halo"), 10);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.constFirst().contactName, QStringLiteral("Siti Rahayu"));
    }

    // The index is derived data: lost or damaged, it is built again from the
    // history, with every edit, deletion and purge the history holds.
    void indexIsRebuiltWhenLostOrDamaged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("pruneQueue");
        for (const bool prune : {false, true}) {
            const char *queue = prune ? "queue pruned" : "queue complete";
            for (const char *damage : {"deleted", "garbage", "garbage, odd size", "empty file", "unencrypted database"})
                QTest::addRow("%s, %s", damage, queue) << QString::fromLatin1(damage) << prune;
        }
    }

    void indexIsRebuiltWhenLostOrDamaged()
    {
        QFETCH(QString, damage);
        QFETCH(bool, pruneQueue);
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {contact(1, QStringLiteral("Kartika Sari")), conversation(10, 1),
                        message(1, 10, kBase - 10000, QStringLiteral("dingo at the fence")),
                        message(2, 10, kBase + 1000, QStringLiteral("kangaroo sighting")),
                        message(3, 10, kBase + 2000, QStringLiteral("wombat burrow")),
                        message(4, 10, kBase + 3000, QStringLiteral("platypus pond"))},
                       &error),
                 qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {edit(3, QStringLiteral("echidna burrow"), kBase + 4000), protocol::MessageDeletion{4},
                        protocol::BodiesPurge{kBase - 5000}},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        if (pruneQueue) {
            // What the store does after many writes: the index no longer
            // finds every document in the queue and must read the history.
            bool pruned = false;
            history.store->writeAndWait([&](StoreWriter &writer, ChangeSet &) {
                pruned = writer.pruneSearchQueue(std::numeric_limits<qint64>::max(), &error);
            });
            QVERIFY2(pruned, qPrintable(error));
        }
        QCOMPARE(serverIdsOf(history.reader(), history.reader().searchMessages(QStringLiteral("kangaroo"), 10)),
                 Ids{2});
        history.close();

        const QString index = history.paths().searchIndex;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(index + QLatin1String(suffix));
        if (damage != QLatin1String("deleted")) {
            QFile file(index);
            if (damage == QLatin1String("unencrypted database")) {
                Connection plain;
                QVERIFY2(plain.open(index, Connection::Mode::ReadWriteCreate, &error), qPrintable(error));
                QVERIFY2(plain.exec("CREATE TABLE message_search (text); INSERT INTO message_search"
                                    " VALUES ('stale');",
                                    &error),
                         qPrintable(error));
            } else {
                QVERIFY(file.open(QIODevice::WriteOnly));
                const int size = damage == QLatin1String("garbage")             ? 8192
                                 : damage == QLatin1String("garbage, odd size") ? 5000
                                                                                : 0;
                QByteArray bytes;
                while (bytes.size() < size)
                    bytes += "this is not a search index. ";
                bytes.truncate(size);
                QCOMPARE(file.write(bytes), qint64(size));
                file.close();
            }
        }

        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        StoreReader &reader = history.reader();
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("kangaroo"), 10)), Ids{2});
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("echidna"), 10)), Ids{3});
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("burrow"), 10)), Ids{3});
        QVERIFY(reader.searchMessages(QStringLiteral("wombat"), 10).isEmpty());
        QVERIFY(reader.searchMessages(QStringLiteral("platypus"), 10).isEmpty());
        QVERIFY(reader.searchMessages(QStringLiteral("dingo"), 10).isEmpty());
        QVERIFY(reader.searchMessages(QStringLiteral("stale"), 10).isEmpty());
        QCOMPARE(contactIdsOf(reader.searchContacts(QStringLiteral("kartika"), 10)), Ids{1});

        // And the rebuilt index goes on taking new writes.
        QVERIFY2(apply(*history.store, {message(5, 10, kBase + 6000, QStringLiteral("koala nap"))}, &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("koala"), 10)), Ids{5});
    }

    // The indexer's own API, without the store's threads: a fresh index file
    // catches up with a history in batches and is then searchable.
    void indexerCatchesUpInBatches()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVector<protocol::EventPayload> records{contact(1, QStringLiteral("Dewi Lestari")), conversation(10, 1)};
        for (qint64 i = 1; i <= 5; ++i)
            records.append(message(i, 10, kBase + i * 1000, QStringLiteral("parcel %1 sent").arg(i)));
        QVERIFY2(apply(*history.store, records, &error), qPrintable(error));
        QVERIFY2(apply(*history.store, {edit(2, QStringLiteral("parcel 2 returned"), kBase + 9000)}, &error),
                 qPrintable(error));
        history.close();

        OpenError openError;
        std::optional<Connection> reading = Database::open(history.paths().history, history.key, Database::Role::Reader,
                                                           &openError);
        QVERIFY2(reading, qPrintable(openError.message));
        const qint64 queued = reading->queryInt("SELECT count(*) FROM search_queue").value_or(-1);
        const qint64 newest = reading->queryInt("SELECT max(id) FROM search_queue").value_or(-1);
        QCOMPARE(queued, qint64(3)); // a contact, the five new messages in one row, an edit

        const QString indexPath = history.dir.filePath(QStringLiteral("other-search.db"));
        std::unique_ptr<SearchIndex> indexer = SearchIndex::openForIndexing(indexPath, history.paths().history,
                                                                            history.key, &error);
        QVERIFY2(indexer, qPrintable(error));
        QCOMPARE(indexer->indexedUpTo(), qint64(0));
        QVERIFY2(indexer->rebuildIfIncomplete(&error), qPrintable(error));
        QList<int> batches;
        for (int applied = -1; applied != 0;) {
            applied = indexer->catchUp(2, &error);
            QVERIFY2(applied >= 0, qPrintable(error));
            batches.append(applied);
            QVERIFY(batches.size() <= 4);
        }
        QCOMPARE(batches, (QList<int>{2, 1, 0}));
        QCOMPARE(indexer->indexedUpTo(), newest);

        std::unique_ptr<SearchIndex> readIndex = SearchIndex::openForReading(indexPath, history.key, &error);
        QVERIFY2(readIndex, qPrintable(error));
        StoreReader reader(*reading, readIndex.get());
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("parcel"), 10)), (Ids{5, 4, 3, 2, 1}));
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("returned"), 10)), Ids{2});
        QVERIFY(reader.searchMessages(QStringLiteral("parcel 2 sent"), 10).isEmpty());
        QCOMPARE(contactIdsOf(reader.searchContacts(QStringLiteral("lestari"), 10)), Ids{1});
    }
};

QTEST_GUILESS_MAIN(TestStoreSearchChanges)
#include "tst_store_search_changes.moc"
