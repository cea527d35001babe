#include "store/mediacache.h"

#include "mediacachefixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

#include <sodium.h>

#include <atomic>
#include <memory>
#include <vector>

using relaydesk::store::MediaCache;
using Variant = relaydesk::store::MediaCache::Variant;
using namespace relaydesk::test;

namespace {

bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)
           && file.setFileTime(when, QFileDevice::FileModificationTime);
}

} // namespace

class TestMediaCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("one byte") << qsizetype(1);
        QTest::newRow("small") << qsizetype(1000);
        QTest::newRow("chunk minus one") << qsizetype(64 * 1024 - 1);
        QTest::newRow("exactly one chunk") << qsizetype(64 * 1024);
        QTest::newRow("chunk plus one") << qsizetype(64 * 1024 + 1);
        QTest::newRow("exactly two chunks") << qsizetype(128 * 1024);
        QTest::newRow("1 MiB + 3") << qsizetype(1024 * 1024 + 3);
    }
    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);
        QVERIFY(cache.isValid());

        const QByteArray original = randomBytes(size);
        const QByteArray thumbnail = randomBytes(size / 3 + 1);
        QString error;
        QVERIFY2(cache.put(QStringLiteral("m1"), Variant::Original, original, &error), qPrintable(error));
        QVERIFY2(cache.put(QStringLiteral("m1"), Variant::Thumbnail, thumbnail, &error), qPrintable(error));
        QVERIFY(cache.contains(QStringLiteral("m1"), Variant::Original));
        QVERIFY(cache.contains(QStringLiteral("m1"), Variant::Thumbnail));
        QVERIFY(!cache.contains(QStringLiteral("m2"), Variant::Original));

        const auto gotOriginal = cache.get(QStringLiteral("m1"), Variant::Original, &error);
        QVERIFY2(gotOriginal, qPrintable(error));
        QCOMPARE(gotOriginal->size(), original.size());
        QVERIFY(*gotOriginal == original);
        const auto gotThumbnail = cache.get(QStringLiteral("m1"), Variant::Thumbnail, &error);
        QVERIFY2(gotThumbnail, qPrintable(error));
        QVERIFY(*gotThumbnail == thumbnail);

        QCOMPARE(allFiles(dir).size(), 2);
        QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));

        // Replacing an entry keeps one file and the accounting right.
        const QByteArray replacement = randomBytes(size / 2);
        QVERIFY2(cache.put(QStringLiteral("m1"), Variant::Original, replacement, &error), qPrintable(error));
        QCOMPARE(allFiles(dir).size(), 2);
        QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));
        QVERIFY(*cache.get(QStringLiteral("m1"), Variant::Original, &error) == replacement);
    }

    void survivesARestart()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const QByteArray key = newKey();
        const QByteArray data = randomBytes(200 * 1024 + 7);
        QString error;
        {
            MediaCache cache(dir, key, kPlenty);
            QVERIFY2(cache.put(QStringLiteral("m"), Variant::Original, data, &error), qPrintable(error));
        }
        MediaCache cache(dir, key, kPlenty);
        QVERIFY(cache.contains(QStringLiteral("m"), Variant::Original));
        QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));
        const auto got = cache.get(QStringLiteral("m"), Variant::Original, &error);
        QVERIFY2(got, qPrintable(error));
        QVERIFY(*got == data);
    }

    void streamsFilesInAndOut()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const QString downloads = root.filePath(QStringLiteral("downloads"));
        const QString saved = root.filePath(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(downloads));
        QVERIFY(QDir().mkpath(saved));
        MediaCache cache(dir, newKey(), kPlenty);

        const QByteArray video = randomBytes(3 * 1024 * 1024 + 5);
        const QString source = QDir(downloads).filePath(QStringLiteral("part.tmp"));
        QVERIFY(writeFile(source, video));
        QString error;
        QVERIFY2(cache.putFile(QStringLiteral("video-1"), Variant::Original, source, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(source)); // the caller decides what to do with its download

        const QString destination = QDir(saved).filePath(QStringLiteral("clip.mp4"));
        QVERIFY2(cache.exportTo(QStringLiteral("video-1"), Variant::Original, destination, &error), qPrintable(error));
        QVERIFY(readAll(destination) == video);
        QCOMPARE(allFiles(saved), QStringList{QStringLiteral("clip.mp4")}); // no temporary left

        // Saving over an existing file replaces it.
        QVERIFY(cache.put(QStringLiteral("doc"), Variant::Original, "short", &error));
        QVERIFY2(cache.exportTo(QStringLiteral("doc"), Variant::Original, destination, &error), qPrintable(error));
        QCOMPARE(readAll(destination), QByteArray("short"));
        QCOMPARE(allFiles(saved), QStringList{QStringLiteral("clip.mp4")});

        // An empty source file is a valid (empty) entry.
        const QString empty = QDir(downloads).filePath(QStringLiteral("empty.tmp"));
        QVERIFY(writeFile(empty, QByteArray()));
        QVERIFY2(cache.putFile(QStringLiteral("empty"), Variant::Original, empty, &error), qPrintable(error));
        const auto got = cache.get(QStringLiteral("empty"), Variant::Original, &error);
        QVERIFY2(got, qPrintable(error));
        QVERIFY(got->isEmpty());
    }

    void missingSourceOrDestinationIsAnError()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);
        QString error;
        QVERIFY(
            !cache.putFile(QStringLiteral("m"), Variant::Original, root.filePath(QStringLiteral("nope.tmp")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.contains(QStringLiteral("m"), Variant::Original));
        QVERIFY(allFiles(dir).isEmpty());

        QVERIFY(cache.put(QStringLiteral("m"), Variant::Original, "data", &error));
        const QString destination = root.filePath(QStringLiteral("no-such-folder/out.bin"));
        error.clear();
        QVERIFY(!cache.exportTo(QStringLiteral("m"), Variant::Original, destination, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(destination)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(destination));
        // A failed save is not the entry's fault; it stays.
        QVERIFY(cache.contains(QStringLiteral("m"), Variant::Original));
        QCOMPARE(*cache.get(QStringLiteral("m"), Variant::Original, &error), QByteArray("data"));

        error.clear();
        QVERIFY(!cache.get(QStringLiteral("absent"), Variant::Original, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!cache.exportTo(QStringLiteral("absent"), Variant::Original,
                                root.filePath(QStringLiteral("absent.bin")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("absent.bin"))));
    }

    void evictsTheLeastRecentlyUsed()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const QByteArray key = newKey();
        QString error;
        QHash<QString, QString> fileOf;
        qint64 entryBytes = 0;
        {
            MediaCache cache(dir, key, kPlenty);
            for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
                const auto before = namesIn(dir);
                QVERIFY(cache.put(id, Variant::Original, randomBytes(10000), &error));
                fileOf[id] = newFile(dir, before);
                QVERIFY(!fileOf[id].isEmpty());
            }
            entryBytes = QFileInfo(fileOf[QStringLiteral("a")]).size();
        }
        // Uses recorded in an earlier run: a oldest, then b, then c.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(setModified(fileOf[QStringLiteral("a")], now.addSecs(-3 * 3600)));
        QVERIFY(setModified(fileOf[QStringLiteral("b")], now.addSecs(-2 * 3600)));
        QVERIFY(setModified(fileOf[QStringLiteral("c")], now.addSecs(-1 * 3600)));

        {
            MediaCache cache(dir, key, 3 * entryBytes);
            QCOMPARE(cache.totalBytes(), 3 * entryBytes);
            // Reading a makes it the most recent, on disk as well as in memory.
            QVERIFY(cache.get(QStringLiteral("a"), Variant::Original, &error));
            QVERIFY(QFileInfo(fileOf[QStringLiteral("a")]).lastModified().toUTC() > now.addSecs(-600));

            QVERIFY2(cache.put(QStringLiteral("d"), Variant::Original, randomBytes(10000), &error), qPrintable(error));
            QVERIFY(cache.contains(QStringLiteral("a"), Variant::Original));
            QVERIFY(!cache.contains(QStringLiteral("b"), Variant::Original));
            QVERIFY(cache.contains(QStringLiteral("c"), Variant::Original));
            QVERIFY(cache.contains(QStringLiteral("d"), Variant::Original));
            QVERIFY(!QFileInfo::exists(fileOf[QStringLiteral("b")]));
            QCOMPARE(cache.totalBytes(), 3 * entryBytes);
            QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));
        }

        // The next run sees the same order without any index file: c is now oldest.
        {
            MediaCache cache(dir, key, 2 * entryBytes);
            QVERIFY(!cache.contains(QStringLiteral("c"), Variant::Original));
            QVERIFY(cache.contains(QStringLiteral("a"), Variant::Original));
            QVERIFY(cache.contains(QStringLiteral("d"), Variant::Original));
            QCOMPARE(allFiles(dir).size(), 2);

            // The entry just written stays even when it alone fills the cache.
            cache.setCapacity(entryBytes);
            QCOMPARE(cache.totalBytes(), entryBytes);
            QVERIFY(cache.put(QStringLiteral("e"), Variant::Original, randomBytes(10000), &error));
            QVERIFY(cache.contains(QStringLiteral("e"), Variant::Original));
            QCOMPARE(allFiles(dir).size(), 1);
            QCOMPARE(cache.totalBytes(), entryBytes);
        }
    }

    void setCapacityEvictsOldestFirst()
    {
        QTemporaryDir root;
        MediaCache cache(root.path(), newKey(), kPlenty);
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.put(QString::number(i), Variant::Thumbnail, randomBytes(4000), &error));
        QVERIFY(cache.get(QStringLiteral("0"), Variant::Thumbnail, &error)); // 0 is now newest
        const qint64 entryBytes = cache.totalBytes() / 5;
        cache.setCapacity(2 * entryBytes);
        QCOMPARE(cache.capacity(), 2 * entryBytes);
        QVERIFY(cache.contains(QStringLiteral("0"), Variant::Thumbnail));
        QVERIFY(cache.contains(QStringLiteral("4"), Variant::Thumbnail));
        for (int i = 1; i < 4; ++i)
            QVERIFY(!cache.contains(QString::number(i), Variant::Thumbnail));
        QCOMPARE(cache.totalBytes(), bytesOnDisk(root.path()));

        cache.setCapacity(0);
        QCOMPARE(cache.totalBytes(), 0);
        QVERIFY(allFiles(root.path()).isEmpty());
    }

    void refusesAnEntryLargerThanTheCache()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), 50 * 1024);
        QString error;
        QVERIFY(cache.put(QStringLiteral("small"), Variant::Original, randomBytes(1000), &error));
        QVERIFY(cache.put(QStringLiteral("big"), Variant::Original, "old version", &error));
        const qint64 before = cache.totalBytes();

        error.clear();
        QVERIFY(!cache.put(QStringLiteral("big"), Variant::Original, randomBytes(60 * 1024), &error));
        QVERIFY(!error.isEmpty());
        // Nothing was evicted for it and the older copy is still there.
        QCOMPARE(cache.totalBytes(), before);
        QVERIFY(cache.contains(QStringLiteral("small"), Variant::Original));
        QCOMPARE(*cache.get(QStringLiteral("big"), Variant::Original, &error), QByteArray("old version"));

        const QString source = root.filePath(QStringLiteral("huge.tmp"));
        QVERIFY(writeFile(source, randomBytes(51 * 1024)));
        error.clear();
        QVERIFY(!cache.putFile(QStringLiteral("huge"), Variant::Original, source, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.contains(QStringLiteral("huge"), Variant::Original));
        QCOMPARE(allFiles(dir).size(), 2);
        QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));
    }

    void removesLeftoversWhenOpened()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const QByteArray key = newKey();
        QString error;
        QString entry;
        {
            MediaCache cache(dir, key, kPlenty);
            QVERIFY(cache.put(QStringLiteral("kept"), Variant::Original, "still here", &error));
            entry = allFiles(dir).value(0);
        }
        // What QSaveFile leaves when the process dies between writing and renaming.
        const QString leftover1 = QDir(dir).filePath(entry + QStringLiteral(".Ab12Cd"));
        const QString leftover2 = QDir(dir).filePath(QString(64, QLatin1Char('0')) + QStringLiteral(".rdmc.xYz789"));
        QVERIFY(writeFile(leftover1, randomBytes(5000)));
        QVERIFY(writeFile(leftover2, randomBytes(5000)));
        const QString unrelated = QDir(dir).filePath(QStringLiteral("README.txt"));
        QVERIFY(writeFile(unrelated, "not ours"));

        MediaCache cache(dir, key, kPlenty);
        QVERIFY(!QFileInfo::exists(leftover1));
        QVERIFY(!QFileInfo::exists(leftover2));
        QVERIFY(QFileInfo::exists(unrelated));
        QCOMPARE(*cache.get(QStringLiteral("kept"), Variant::Original, &error), QByteArray("still here"));
        QCOMPARE(cache.totalBytes(), QFileInfo(QDir(dir).filePath(entry)).size());
    }

    void removeAndClear()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);
        QString error;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(cache.put(QString::number(i), Variant::Original, randomBytes(100 * 1024), &error));
            QVERIFY(cache.put(QString::number(i), Variant::Thumbnail, randomBytes(100), &error));
        }
        QVERIFY(cache.remove(QStringLiteral("2"), Variant::Original, &error));
        QVERIFY(!cache.contains(QStringLiteral("2"), Variant::Original));
        QVERIFY(cache.contains(QStringLiteral("2"), Variant::Thumbnail));
        QVERIFY(cache.remove(QStringLiteral("2"), Variant::Original, &error)); // already gone
        QCOMPARE(allFiles(dir).size(), 7);
        QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));

        const QString unrelated = QDir(dir).filePath(QStringLiteral("README.txt"));
        QVERIFY(writeFile(unrelated, "not ours"));
        QVERIFY2(cache.clear(&error), qPrintable(error));
        QCOMPARE(allFiles(dir), QStringList{QStringLiteral("README.txt")});
        QCOMPARE(cache.totalBytes(), 0);
        QVERIFY(!cache.contains(QStringLiteral("0"), Variant::Original));
        QVERIFY(!cache.get(QStringLiteral("0"), Variant::Thumbnail, &error));

        // Usable again afterwards.
        QVERIFY(cache.put(QStringLiteral("0"), Variant::Original, "again", &error));
        QCOMPARE(*cache.get(QStringLiteral("0"), Variant::Original, &error), QByteArray("again"));
    }

    void wrongKeyLength_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("16 bytes") << QByteArray(16, 'k');
        QTest::newRow("33 bytes") << QByteArray(33, 'k');
    }
    void wrongKeyLength()
    {
        QFETCH(QByteArray, key);
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, key, kPlenty);
        QVERIFY(!cache.isValid());
        QString error;
        QVERIFY(!cache.put(QStringLiteral("m"), Variant::Original, "data", &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        const QString source = root.filePath(QStringLiteral("src"));
        QVERIFY(writeFile(source, "data"));
        QVERIFY(!cache.putFile(QStringLiteral("m"), Variant::Original, source, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!cache.get(QStringLiteral("m"), Variant::Original, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!cache.exportTo(QStringLiteral("m"), Variant::Original, root.filePath(QStringLiteral("out")), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!cache.remove(QStringLiteral("m"), Variant::Original, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!cache.clear(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.contains(QStringLiteral("m"), Variant::Original));
        QCOMPARE(cache.totalBytes(), 0);
        cache.setCapacity(10);
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("out"))));
        // Calls without an error pointer must not crash either.
        QVERIFY(!cache.put(QStringLiteral("m"), Variant::Original, "data", nullptr));
    }

    void unusableFolderMakesTheCacheInvalid()
    {
        QTemporaryDir root;
        const QString file = root.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(file, "x"));
        MediaCache cache(file, newKey(), kPlenty);
        QVERIFY(!cache.isValid());
        QString error;
        QVERIFY(!cache.put(QStringLiteral("m"), Variant::Original, "data", &error));
        QVERIFY2(error.contains(QStringLiteral("a-file")), qPrintable(error));
        QCOMPARE(readAll(file), QByteArray("x"));
    }

    void concurrentUseKeepsTheBooksStraight()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const qint64 capacity = 200 * 1024;
        MediaCache cache(dir, newKey(), capacity);
        std::atomic<int> wrongData{0};
        std::atomic<int> failedPuts{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&cache, &wrongData, &failedPuts, t] {
                QHash<QString, QByteArray> last;
                for (int i = 0; i < 40; ++i) {
                    const QString id = QStringLiteral("t%1-%2").arg(t).arg(i % 5);
                    QByteArray data = randomBytes(20 * 1024 + i);
                    if (cache.put(id, Variant::Original, data, nullptr))
                        last.insert(id, data);
                    else
                        failedPuts.fetch_add(1);
                    const QString probe = QStringLiteral("t%1-%2").arg(t).arg((i * 3) % 5);
                    const auto got = cache.get(probe, Variant::Original, nullptr);
                    // Evicted by another thread is fine; stale or foreign data is not.
                    if (got && *got != last.value(probe))
                        wrongData.fetch_add(1);
                }
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QCOMPARE(failedPuts.load(), 0);
        QCOMPARE(wrongData.load(), 0);
        QVERIFY(cache.totalBytes() <= capacity);
        QCOMPARE(cache.totalBytes(), bytesOnDisk(dir));
        int present = 0;
        for (int t = 0; t < 4; ++t)
            for (int k = 0; k < 5; ++k)
                present += cache.contains(QStringLiteral("t%1-%2").arg(t).arg(k), Variant::Original);
        QCOMPARE(present, allFiles(dir).size());
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
