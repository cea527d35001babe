// A child process ingesting event batches through the Store (writer,
// search indexer and checkpoint threads) is killed with SIGKILL at random
// moments. After every kill the history must open, pass integrity_check,
// hold every committed batch whole, and the stored seq must match the data.

#include "store/database.h"
#include "store/reader.h"
#include "store/searchindex.h"
#include "store/store.h"
#include "store/writer.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace relaydesk::store;
using namespace relaydesk::protocol;

namespace {

constexpr int kBatch = 400;
constexpr int kKills = 24;

Store::Paths pathsIn(const QString &dir)
{
    return {dir + QStringLiteral("/history.db"), dir + QStringLiteral("/search.db")};
}

int runIngestChild(const QString &dir, const QByteArray &keyHex)
{
    const auto key = DatabaseKey::fromHex(keyHex);
    OpenError error;
    auto store = Store::open(pathsIn(dir), *key, &error);
    if (!store)
        return 3;
    bool ok = true;
    store->writeAndWait([&](StoreWriter &writer, ChangeSet &) {
        QVector<EventPayload> seed;
        for (int i = 1; i <= 20; ++i) {
            Contact contact;
            contact.id = i;
            contact.name = QStringLiteral("Customer %1").arg(i);
            Conversation conversation;
            conversation.id = i;
            conversation.contactId = i;
            seed << contact << conversation;
        }
        QString message;
        ok = writer.applySnapshot(seed, -1, nullptr, &message);
    });
    if (!ok)
        return 4;
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        store->writeAndWait([&](StoreWriter &writer, ChangeSet &changes) {
            const qint64 from = writer.lastSeq();
            QVector<Event> events;
            for (qint64 seq = from + 1; seq <= from + kBatch; ++seq) {
                Message message;
                message.id = seq;
                message.conversationId = 1 + seq % 20;
                message.createdAt = 1700000000000 + seq * 10;
                message.text = QStringLiteral("message %1 about delivery number %1").arg(seq);
                events.append(Event{seq, message});
            }
            QString message;
            ok = writer.applyEvents(events, &changes, &message) == StoreWriter::ApplyResult::Applied;
        });
        if (!ok)
            return 5;
    }
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void survivesSigkillAtRandomMoments()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generateRaw();
        QRandomGenerator random(20261123);
        qint64 previousSeq = 0;
        int grew = 0;
        for (int round = 0; round < kKills; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--ingest-child"), dir.path(), QString::fromLatin1(key.hex())});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY(child.waitForReadyRead(20000));
            QTest::qWait(int(random.bounded(20, 250)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            OpenError error;
            auto db = Database::open(pathsIn(dir.path()).history, key, Database::Role::Writer, &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->queryText("PRAGMA integrity_check").value_or(QString()), QStringLiteral("ok"));
            const qint64 seq = db->queryInt("SELECT last_seq FROM sync_state").value_or(-1);
            const qint64 count = db->queryInt("SELECT count(*) FROM messages").value_or(-1);
            const qint64 highest = db->queryInt("SELECT coalesce(max(server_id), 0) FROM messages").value_or(-1);
            QCOMPARE(seq % kBatch, 0);   // batches are whole
            QCOMPARE(count, seq);        // every committed event, once
            QCOMPARE(highest, seq);      // and nothing beyond the stored seq
            QVERIFY(seq >= previousSeq); // nothing committed was lost
            if (seq > previousSeq)
                ++grew;
            previousSeq = seq;
        }
        QVERIFY2(grew >= kKills / 2, "the child should have committed batches in most rounds");

        // The search index, derived from the history, catches up afterwards.
        OpenError error;
        auto store = Store::open(pathsIn(dir.path()), key, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->waitForSearchIndex(60000));
        const auto hits = store->reader().searchMessages(QStringLiteral("message %1").arg(previousSeq), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().messageId > 0, true);
        auto index = SearchIndex::openForReading(pathsIn(dir.path()).searchIndex, key, nullptr);
        QVERIFY(index);
        QCOMPARE(index->matchMessages(QStringLiteral("\"delivery*\""), 1000000).size(), previousSeq);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--ingest-child") == 0)
        return runIngestChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]));
    TestStoreCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_crash.moc"
