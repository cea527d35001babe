// The search index keeps message texts in parts, each an FTS4 table holding
// a range of docids (search index schema step 3), so that no merge grows with
// the history. Searches walk the parts newest first and page across them;
// edits, deletions and a rebuild reach every part; an index from before
// parts becomes part 0. Parts are made small here (index_state's
// documents_per_part) so a few messages fill several.

#include "searchfixture.h"

#include "migrationfixture.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlite.h"

#include <QTest>

#include <optional>

using namespace relaydesk::store;
using namespace relaydesk::test;
namespace protocol = relaydesk::protocol;

namespace {

// One place name per message, so a search can find a single old message.
const QStringList kPlaces = {QStringLiteral("jakarta"),   QStringLiteral("surabaya"), QStringLiteral("bandung"),
                             QStringLiteral("medan"),     QStringLiteral("makassar"), QStringLiteral("semarang"),
                             QStringLiteral("palembang"), QStringLiteral("denpasar"), QStringLiteral("malang"),
                             QStringLiteral("bogor")};

QVector<protocol::EventPayload> tenMessages()
{
    QVector<protocol::EventPayload> records{contact(1, QStringLiteral("Dewi")), conversation(10, 1)};
    for (int i = 0; i < kPlaces.size(); ++i)
        records.append(message(i + 1, 10, kBase + 1000 * (i + 1), QStringLiteral("parcel sent to ") + kPlaces.at(i)));
    return records;
}

std::optional<Connection> openIndex(History &history, QString *error)
{
    OpenError openError;
    auto index = Database::open(history.paths().searchIndex, history.key, Database::Role::Writer, &openError,
                                Database::Schema::SearchIndex);
    if (!index)
        *error = openError.message;
    return index;
}

// How many parts the index has, how many documents they hold in all and
// in the biggest, and whether each part's count is what its table holds.
struct Parts
{
    qint64 count = -1;
    qint64 documents = -1;
    qint64 largest = -1;
    bool counted = false;
};

Parts partsOf(History &history)
{
    QString error;
    auto index = openIndex(history, &error);
    if (!index)
        return {};
    Parts parts{index->queryInt("SELECT count(*) FROM search_parts").value_or(-1),
                index->queryInt("SELECT sum(documents) FROM search_parts").value_or(-1),
                index->queryInt("SELECT max(documents) FROM search_parts").value_or(-1), true};
    Statement each = index->prepare("SELECT part, documents FROM search_parts");
    while (each.next()) {
        const qint64 part = each.int64(0);
        const QByteArray table = part == 0 ? "message_search" : "message_search_" + QByteArray::number(part);
        const QByteArray count = "SELECT count(*) FROM " + table + "_docsize";
        parts.counted = parts.counted && index->queryInt(count.constData()) == each.int64(1);
    }
    return parts;
}

bool setPartSize(History &history, qint64 documents, QString *error)
{
    auto index = openIndex(history, error);
    return index && index->exec("UPDATE index_state SET documents_per_part = " + QByteArray::number(documents), error);
}

Ids found(History &history, const QString &query, int limit = 20, qint64 beforeMessageId = 0)
{
    StoreReader &reader = history.reader();
    return serverIdsOf(reader, reader.searchMessages(query, limit, beforeMessageId));
}

// Every hit, a page of `pageSize` at a time, each page older than the last.
Ids everyPage(History &history, const QString &query, int pageSize)
{
    StoreReader &reader = history.reader();
    QVector<MessageHit> page = reader.searchMessages(query, pageSize);
    Ids pages;
    while (!page.isEmpty()) {
        pages += serverIdsOf(reader, page);
        page = reader.searchMessages(query, pageSize, page.constLast().messageId);
    }
    return pages;
}

// A new history whose search parts hold `partSize` documents (0: the
// default), with the ten messages stored and indexed.
bool openWithTenMessages(History &history, qint64 partSize, QString *error)
{
    return history.open(error) && history.store->waitForSearchIndex(kIndexTimeoutMs)
           && (partSize == 0 || setPartSize(history, partSize, error)) && apply(*history.store, tenMessages(), error)
           && history.store->waitForSearchIndex(kIndexTimeoutMs);
}

} // namespace

class TestSearchParts : public QObject
{
    Q_OBJECT

private slots:
    // Ten messages in parts of three: four parts, newest first across them.
    void searchWalksThePartsNewestFirst()
    {
        History history;
        QString error;
        QVERIFY2(openWithTenMessages(history, 3, &error), qPrintable(error));

        const Parts parts = partsOf(history);
        QCOMPARE(parts.count, qint64(4));
        QCOMPARE(parts.documents, qint64(10));

        QCOMPARE(found(history, QStringLiteral("parcel")), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        // The limit spans parts: the newest part holds one, the next three.
        QCOMPARE(found(history, QStringLiteral("parcel"), 4), (Ids{10, 9, 8, 7}));
        // One message deep in an old part, and one per part.
        QCOMPARE(found(history, QStringLiteral("medan")), Ids{4});
        QCOMPARE(found(history, QStringLiteral("jakarta")), Ids{1});
        QCOMPARE(found(history, QStringLiteral("bogor")), Ids{10});

        // Paging older from inside a part goes on into the older ones.
        QCOMPARE(everyPage(history, QStringLiteral("parcel"), 4), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));

        // Snippets come from each part's own table.
        StoreReader &reader = history.reader();
        const QVector<MessageHit> hits = reader.searchMessages(QStringLiteral("semar"), 5);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.constFirst().snippet.contains(marked(QStringLiteral("semarang"))),
                 qPrintable(hits.constFirst().snippet));
    }

    // A first sync stores the history newest first, a page at a time: the
    // parts fill downwards, each taking the range below the last.
    void newestFirstFillsThePartsDownwards()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QVERIFY2(setPartSize(history, 3, &error), qPrintable(error));
        QVERIFY2(apply(*history.store, {contact(1, QStringLiteral("Dewi")), conversation(10, 1)}, &error),
                 qPrintable(error));
        for (int page = 0; page < 2; ++page) {
            QVector<protocol::EventPayload> records;
            for (int i = kPlaces.size() - 1 - page * 5; i >= kPlaces.size() - 5 - page * 5; --i)
                records.append(
                    message(i + 1, 10, kBase + 1000 * (i + 1), QStringLiteral("parcel sent to ") + kPlaces.at(i)));
            QVERIFY2(apply(*history.store, records, &error), qPrintable(error));
        }
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        const Parts parts = partsOf(history);
        QCOMPARE(parts.count, qint64(4));
        QCOMPARE(parts.documents, qint64(10));
        QCOMPARE(parts.largest, qint64(3));
        QVERIFY(parts.counted);
        QCOMPARE(found(history, QStringLiteral("parcel")), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        QCOMPARE(found(history, QStringLiteral("parcel"), 4), (Ids{10, 9, 8, 7}));
        QCOMPARE(found(history, QStringLiteral("jakarta")), Ids{1});
        QCOMPARE(everyPage(history, QStringLiteral("parcel"), 3), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));

        // Changes find each message in the part that now holds its range.
        QVERIFY2(apply(*history.store,
                       {edit(2, QStringLiteral("parcel sent to kupang"), kBase + 20000), protocol::MessageDeletion{9}},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("kupang")), Ids{2});
        QVERIFY(found(history, QStringLiteral("surabaya")).isEmpty());
        QVERIFY(found(history, QStringLiteral("malang")).isEmpty());
        QVERIFY(partsOf(history).counted);
    }

    // An edit of a message in the first part, a deletion in a middle one and
    // a new message all land where the message's docid belongs.
    void changesReachEveryPart()
    {
        History history;
        QString error;
        QVERIFY2(openWithTenMessages(history, 3, &error), qPrintable(error));

        QVERIFY2(apply(*history.store,
                       {edit(2, QStringLiteral("parcel sent to kupang"), kBase + 20000), protocol::MessageDeletion{5},
                        message(11, 10, kBase + 30000, QStringLiteral("parcel sent to ambon"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        QCOMPARE(found(history, QStringLiteral("kupang")), Ids{2});
        QVERIFY(found(history, QStringLiteral("surabaya")).isEmpty());
        QVERIFY(found(history, QStringLiteral("makassar")).isEmpty());
        QCOMPARE(found(history, QStringLiteral("ambon")), Ids{11});
        QCOMPARE(found(history, QStringLiteral("parcel")), (Ids{11, 10, 9, 8, 7, 6, 4, 3, 2, 1}));
        // The edit was one document replaced, the deletion one removed, and
        // the new message went into the newest part, which had room.
        const Parts parts = partsOf(history);
        QCOMPARE(parts.count, qint64(4));
        QCOMPARE(parts.documents, qint64(10));
        QVERIFY(parts.counted);
    }

    // A rebuild (asked for by a schema step, or a lost index) starts the
    // parts again and fills them in docid order.
    void rebuildStartsThePartsAgain()
    {
        History history;
        QString error;
        QVERIFY2(openWithTenMessages(history, 0, &error), qPrintable(error));
        QCOMPARE(partsOf(history).count, qint64(1));
        history.close();
        {
            auto index = openIndex(history, &error);
            QVERIFY2(index, qPrintable(error));
            QVERIFY2(index->exec("UPDATE index_state SET documents_per_part = 4, needs_rebuild = 1", &error),
                     qPrintable(error));
        }

        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("parcel")), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        QCOMPARE(found(history, QStringLiteral("makassar")), Ids{5});
        const Parts parts = partsOf(history);
        QCOMPARE(parts.count, qint64(3));
        QCOMPARE(parts.documents, qint64(10));
        QCOMPARE(parts.largest, qint64(4));
        QVERIFY(parts.counted);
    }

    // A rebuild drops the part tables there are, not the ones the list
    // names: an index whose list went wrong is rebuilt whole.
    void rebuildMendsAWrongList()
    {
        History history;
        QString error;
        QVERIFY2(openWithTenMessages(history, 3, &error), qPrintable(error));
        QCOMPARE(partsOf(history).count, qint64(4));
        history.close();
        {
            auto index = openIndex(history, &error);
            QVERIFY2(index, qPrintable(error));
            QVERIFY2(index->exec("DELETE FROM search_parts WHERE part <> 0;"
                                 " INSERT INTO search_parts (part, first_docid, documents) VALUES (9, 5, 0);"
                                 " UPDATE index_state SET needs_rebuild = 1;",
                                 &error),
                     qPrintable(error));
        }

        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("parcel")), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        const Parts parts = partsOf(history);
        QCOMPARE(parts.count, qint64(4));
        QCOMPARE(parts.documents, qint64(10));
        QVERIFY(parts.counted);
        auto index = openIndex(history, &error);
        QVERIFY2(index, qPrintable(error));
        QCOMPARE(index->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'message_search_9'").value_or(-1),
                 qint64(0));
    }

    // Schema step 3 on an index of version 2 with documents: the table is
    // part 0, counted, and keeps answering; the part size is the default.
    void stepThreeMakesTheTablePartZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("search.db"));
        Connection c;
        QString error;
        QVERIFY2(migrations::openPlain(c, path, &error), qPrintable(error));
        QVERIFY2(migrateSearchIndexTo1(c, &error) && migrateSearchIndexTo2(c, &error)
                     && c.exec("PRAGMA user_version = 2;"
                               " INSERT INTO message_search (docid, text) VALUES (7, 'parcel to Medan');"
                               " INSERT INTO message_search (docid, text) VALUES (9, 'parcel to Bogor');"
                               " UPDATE index_state SET indexed_up_to = 12 WHERE id = 1;",
                               &error),
                 qPrintable(error));

        const MigrationResult result = migrateSearchIndex(c);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 2);
        QCOMPARE(c.queryInt("SELECT count(*) FROM search_parts").value_or(-1), qint64(1));
        QCOMPARE(c.queryInt("SELECT part FROM search_parts").value_or(-1), qint64(0));
        QCOMPARE(c.queryInt("SELECT first_docid FROM search_parts").value_or(-1), qint64(0));
        QCOMPARE(c.queryInt("SELECT documents FROM search_parts").value_or(-1), qint64(2));
        QCOMPARE(c.queryInt("SELECT documents_per_part FROM index_state").value_or(-1), qint64(524288));
        QCOMPARE(c.queryInt("SELECT indexed_up_to FROM index_state").value_or(-1), qint64(12));
        QCOMPARE(c.queryInt("SELECT docid FROM message_search WHERE message_search MATCH 'medan'").value_or(-1),
                 qint64(7));
    }

    // An index of version 2 opened by this version: its documents stay
    // where they are, found, and new messages go to part 1 once part 0 is
    // full.
    void anIndexFromBeforePartsGrowsNewParts()
    {
        History history;
        history.key = DatabaseKey::unencryptedForBenchmark();
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store, tenMessages(), &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        history.close();

        // search.db as version 2 wrote it for this history, caught up.
        const OldIndex old = writeOldIndex(history, 2, &error);
        QVERIFY2(old.texts >= 0, qPrintable(error));
        QCOMPARE(old.texts, 10);

        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("parcel")), (Ids{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        QCOMPARE(partsOf(history).count, qint64(1));
        QVERIFY2(setPartSize(history, 10, &error), qPrintable(error));
        QVERIFY2(apply(*history.store, {message(11, 10, kBase + 30000, QStringLiteral("parcel sent to ambon"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("parcel"), 3), (Ids{11, 10, 9}));
        QCOMPARE(found(history, QStringLiteral("jakarta")), Ids{1});
        const Parts parts = partsOf(history);
        QCOMPARE(parts.count, qint64(2));
        QCOMPARE(parts.documents, qint64(11));
    }
};

QTEST_GUILESS_MAIN(TestSearchParts)
#include "tst_search_parts.moc"
