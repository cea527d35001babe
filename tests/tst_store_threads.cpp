// The Store's threads: writes in order on the writer thread, reads on the
// opening thread that never wait behind a write, change notifications.

#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace relaydesk::store;
using namespace relaydesk::protocol;

namespace {

Store::Paths pathsIn(const QTemporaryDir &dir)
{
    return {dir.filePath(QStringLiteral("history.db")), dir.filePath(QStringLiteral("search.db"))};
}

QVector<EventPayload> conversation(qint64 id)
{
    Contact contact;
    contact.id = id;
    contact.name = QStringLiteral("Customer %1").arg(id);
    Conversation c;
    c.id = id;
    c.contactId = id;
    c.lastActivity = 1700000000000 + id;
    return {contact, c};
}

} // namespace

class TestStoreThreads : public QObject
{
    Q_OBJECT

private slots:
    void readsNeverWaitBehindAWrite()
    {
        QTemporaryDir dir;
        OpenError error;
        auto store = Store::open(pathsIn(dir), DatabaseKey::generateRaw(), &error);
        QVERIFY2(store, qPrintable(error.message));
        store->writeAndWait([](StoreWriter &writer, ChangeSet &changes) {
            QString message;
            QVERIFY(writer.applySnapshot(conversation(1), 1, &changes, &message));
        });

        // The writer holds a write transaction open until the reader is done.
        QSemaphore writing;
        QSemaphore readDone;
        std::atomic<bool> began = false, inserted = false, committed = false;
        store->write([&](StoreWriter &writer, ChangeSet &) {
            Connection &db = writer.connection();
            began = db.exec("BEGIN IMMEDIATE");
            inserted = db.exec("INSERT INTO contacts (id, name) VALUES (99, 'uncommitted')");
            writing.release();
            readDone.acquire();
            committed = db.exec("COMMIT");
        });
        QVERIFY(writing.tryAcquire(1, 10000));
        // Would deadlock here if reads waited for the writer.
        const auto rows = store->reader().conversations({}, 50);
        QCOMPARE(rows.size(), 1); // the committed state only
        QVERIFY(!store->reader().contactDetails(99));
        readDone.release();
        QVERIFY(store->waitForSearchIndex(10000));
        QVERIFY(began && inserted && committed);
        QVERIFY(store->reader().contactDetails(99));
    }

    void writesRunInOrderAndSurviveClosing()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generateRaw();
        QVector<int> order;
        {
            OpenError error;
            auto store = Store::open(pathsIn(dir), key, &error);
            QVERIFY(store);
            for (int i = 1; i <= 50; ++i) {
                store->write([i, &order](StoreWriter &writer, ChangeSet &changes) {
                    order.append(i);
                    QString message;
                    if (!writer.applySnapshot(conversation(i), i, &changes, &message))
                        qWarning() << "storing" << i << "failed:" << message;
                });
            }
            // Destroyed with writes still queued: they are finished first.
        }
        QCOMPARE(order.size(), 50);
        QVERIFY(std::is_sorted(order.begin(), order.end()));
        OpenError error;
        auto store = Store::open(pathsIn(dir), key, &error);
        QVERIFY(store);
        QCOMPARE(store->reader().conversations({}, 100).size(), 50);
        QCOMPARE(store->reader().lastSeq(), 50);
    }

    void changesAreAnnouncedOnTheOpeningThread()
    {
        QTemporaryDir dir;
        OpenError error;
        auto store = Store::open(pathsIn(dir), DatabaseKey::generateRaw(), &error);
        QVERIFY(store);
        QSignalSpy changed(store.get(), &Store::changed);
        Qt::HANDLE announcedOn = nullptr;
        connect(store.get(), &Store::changed, this, [&announcedOn] { announcedOn = QThread::currentThreadId(); });
        std::atomic<bool> stored = false;
        store->write([&stored](StoreWriter &writer, ChangeSet &changes) {
            QString message;
            stored = writer.applySnapshot(conversation(7), 3, &changes, &message);
        });
        QVERIFY(changed.wait(10000));
        QVERIFY(stored);
        const auto changes = changed.first().first().value<ChangeSet>();
        QVERIFY(changes.conversations.contains(7));
        QVERIFY(changes.contacts.contains(7));
        QCOMPARE(changes.lastSeq, 3);
        QCOMPARE(announcedOn, QThread::currentThreadId());
    }
};

QTEST_GUILESS_MAIN(TestStoreThreads)
#include "tst_store_threads.moc"
