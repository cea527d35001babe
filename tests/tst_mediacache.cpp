#include "store/mediacache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sodium.h>

#include <atomic>
#include <memory>
#include <vector>

using relaydesk::store::MediaCache;
using Variant = relaydesk::store::MediaCache::Variant;

namespace {

constexpr qint64 kPlenty = qint64(1) << 30;

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    if (size > 0)
        randombytes_buf(data.data(), size_t(size));
    return data;
}

QByteArray newKey()
{
    return randomBytes(MediaCache::KeyBytes);
}

// A marker that cannot occur by chance, repeated to `size` bytes, so any
// plaintext that reached the disk is found by a plain substring search.
QByteArray canaryData(const QByteArray &canary, qsizetype size)
{
    QByteArray data;
    data.reserve(size);
    while (data.size() < size)
        data.append(canary);
    data.truncate(size);
    return data;
}

// Every file under `root`, as paths relative to it, subfolders included.
QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

QSet<QString> namesIn(const QString &dir)
{
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    return QSet<QString>(names.cbegin(), names.cend());
}

// The one file that appeared in `dir` since `before` was taken.
QString newFile(const QString &dir, const QSet<QString> &before)
{
    const QSet<QString> added = namesIn(dir) - before;
    if (added.size() != 1)
        return QString();
    return QDir(dir).filePath(*added.cbegin());
}

qint64 bytesOnDisk(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        total += info.size();
    return total;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)
        && file.setFileTime(when, QFileDevice::FileModificationTime);
}

const QRegularExpression kEntryName(QStringLiteral("^[0-9a-f]{64}\\.rdmc$"));

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
        QVERIFY2(cache.put(QStringLiteral("m1"), Variant::Original, original, &error),
                 qPrintable(error));
        QVERIFY2(cache.put(QStringLiteral("m1"), Variant::Thumbnail, thumbnail, &error),
                 qPrintable(error));
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
        QVERIFY2(cache.put(QStringLiteral("m1"), Variant::Original, replacement, &error),
                 qPrintable(error));
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
            QVERIFY2(cache.put(QStringLiteral("m"), Variant::Original, data, &error),
                     qPrintable(error));
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
        QVERIFY2(cache.putFile(QStringLiteral("video-1"), Variant::Original, source, &error),
                 qPrintable(error));
        QVERIFY(QFileInfo::exists(source)); // the caller decides what to do with its download

        const QString destination = QDir(saved).filePath(QStringLiteral("clip.mp4"));
        QVERIFY2(cache.exportTo(QStringLiteral("video-1"), Variant::Original, destination, &error),
                 qPrintable(error));
        QVERIFY(readAll(destination) == video);
        QCOMPARE(allFiles(saved), QStringList { QStringLiteral("clip.mp4") }); // no temporary left

        // Saving over an existing file replaces it.
        QVERIFY(cache.put(QStringLiteral("doc"), Variant::Original, "short", &error));
        QVERIFY2(cache.exportTo(QStringLiteral("doc"), Variant::Original, destination, &error),
                 qPrintable(error));
        QCOMPARE(readAll(destination), QByteArray("short"));
        QCOMPARE(allFiles(saved), QStringList { QStringLiteral("clip.mp4") });

        // An empty source file is a valid (empty) entry.
        const QString empty = QDir(downloads).filePath(QStringLiteral("empty.tmp"));
        QVERIFY(writeFile(empty, QByteArray()));
        QVERIFY2(cache.putFile(QStringLiteral("empty"), Variant::Original, empty, &error),
                 qPrintable(error));
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
        QVERIFY(!cache.putFile(QStringLiteral("m"), Variant::Original,
                               root.filePath(QStringLiteral("nope.tmp")), &error));
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

    void nothingReadableOnDisk()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);

        const QByteArray canary = "CANARY-" + randomBytes(12).toHex() + "-CANARY";
        const QString mediaId
            = QStringLiteral("wamid.SECRETMEDIAID.") + QString::fromLatin1(canary);
        const QString fileName = QStringLiteral("contract-for-acme.pdf");
        QString error;
        QVERIFY(cache.put(mediaId, Variant::Original, canaryData(canary, 100), &error));
        QVERIFY(cache.put(mediaId, Variant::Thumbnail, canaryData(canary, 300 * 1024), &error));
        const QString source = root.filePath(fileName);
        QVERIFY(writeFile(source, canaryData(canary, 200 * 1024 + 1)));
        QVERIFY2(cache.putFile(fileName, Variant::Original, source, &error), qPrintable(error));
        QVERIFY(QFile::remove(source));

        const QStringList files = allFiles(dir);
        QCOMPARE(files.size(), 3);
        const QList<QByteArray> needles = {
            canary,
            canary.left(16),
            mediaId.toUtf8(),
            QByteArray(reinterpret_cast<const char *>(mediaId.utf16()), mediaId.size() * 2),
            QByteArray("SECRETMEDIAID"),
            fileName.toUtf8(),
        };
        for (const QString &name : files) {
            QVERIFY2(kEntryName.match(name).hasMatch(), qPrintable(name));
            QVERIFY(!name.contains(QStringLiteral("SECRETMEDIAID")));
            QVERIFY(!name.contains(QString::fromLatin1(canary.left(16))));
            QVERIFY(!name.contains(QStringLiteral("contract")));
            const QByteArray content = readAll(QDir(dir).filePath(name));
            for (const QByteArray &needle : needles)
                QVERIFY2(!content.contains(needle), qPrintable(name));
            // Only the owner may even read the ciphertext.
            const auto permissions = QFile::permissions(QDir(dir).filePath(name));
            QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        }
        const auto folder = QFile::permissions(dir);
        QVERIFY(!(folder & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        // The same id under two keys gives unrelated names (no dictionary of names).
        QTemporaryDir other;
        MediaCache second(other.path(), newKey(), kPlenty);
        QVERIFY(second.put(mediaId, Variant::Original, "x", &error));
        QVERIFY(!files.contains(allFiles(other.path()).value(0)));
    }

    void anotherKeyCannotRead()
    {
        QTemporaryDir rootA;
        QTemporaryDir rootB;
        const QByteArray keyA = newKey();
        const QByteArray keyB = newKey();
        const QString id = QStringLiteral("shared-id");
        const QByteArray secret = randomBytes(70 * 1024);
        QString error;
        {
            MediaCache a(rootA.path(), keyA, kPlenty);
            QVERIFY(a.put(id, Variant::Original, secret, &error));
        }

        // Opened with another key, the entry is simply not there.
        {
            MediaCache wrong(rootA.path(), keyB, kPlenty);
            QVERIFY(wrong.isValid());
            QVERIFY(!wrong.contains(id, Variant::Original));
            QVERIFY(!wrong.get(id, Variant::Original, &error));
            QVERIFY(!error.isEmpty());
        }
        // Even put under the name key B would use, A's ciphertext does not open.
        QString nameUnderB;
        {
            MediaCache b(rootB.path(), keyB, kPlenty);
            QVERIFY(b.put(id, Variant::Original, "placeholder", &error));
            nameUnderB = QDir(rootB.path()).filePath(allFiles(rootB.path()).value(0));
        }
        const QString fileA = QDir(rootA.path()).filePath(allFiles(rootA.path()).value(0));
        QVERIFY(QFile::remove(nameUnderB));
        QVERIFY(QFile::copy(fileA, nameUnderB));
        MediaCache b(rootB.path(), keyB, kPlenty);
        QVERIFY(b.contains(id, Variant::Original));
        error.clear();
        QVERIFY(!b.get(id, Variant::Original, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!b.contains(id, Variant::Original)); // dropped
        QVERIFY(!QFileInfo::exists(nameUnderB));
        QCOMPARE(b.totalBytes(), 0);
    }

    void entriesCannotBeSwapped()
    {
        QTemporaryDir root;
        const QByteArray key = newKey();
        QString error;
        QString fileA;
        QString fileB;
        {
            MediaCache cache(root.path(), key, kPlenty);
            auto before = namesIn(root.path());
            QVERIFY(cache.put(QStringLiteral("a"), Variant::Original, "picture of A", &error));
            fileA = newFile(root.path(), before);
            before = namesIn(root.path());
            QVERIFY(cache.put(QStringLiteral("b"), Variant::Original, "picture of B", &error));
            fileB = newFile(root.path(), before);
        }
        QVERIFY(!fileA.isEmpty() && !fileB.isEmpty());
        const QString parked = fileA + QStringLiteral(".parked"); // not a cache name: left alone
        QVERIFY(QFile::rename(fileA, parked));
        QVERIFY(QFile::rename(fileB, fileA));
        QVERIFY(QFile::rename(parked, fileB));

        MediaCache cache(root.path(), key, kPlenty);
        // Showing B's picture for A would be worse than showing nothing.
        QVERIFY(!cache.get(QStringLiteral("a"), Variant::Original, &error));
        QVERIFY(!cache.get(QStringLiteral("b"), Variant::Original, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(allFiles(root.path()).isEmpty());

        // The variant is part of the binding too.
        QVERIFY(cache.put(QStringLiteral("c"), Variant::Original, "full size", &error));
        const auto beforeThumb = namesIn(root.path());
        QVERIFY(cache.put(QStringLiteral("c"), Variant::Thumbnail, "thumb", &error));
        const QString thumb = newFile(root.path(), beforeThumb);
        const QString original = QDir(root.path()).filePath(*beforeThumb.cbegin());
        QVERIFY(QFile::remove(thumb));
        QVERIFY(QFile::copy(original, thumb));
        QVERIFY(!cache.get(QStringLiteral("c"), Variant::Thumbnail, &error));
    }

    void refusesTamperedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *row : { "truncated mid-chunk", "flipped byte in the middle",
                                 "flipped last byte", "final chunk cut off", "header only",
                                 "empty file", "bad magic", "newer version", "trailing bytes" })
            QTest::newRow(row) << QString::fromLatin1(row);
    }
    void refusesTamperedFiles()
    {
        QFETCH(QString, damage);
        QTemporaryDir root;
        const QByteArray key = newKey();
        // 16 full chunks and a final chunk of 3 bytes.
        const QByteArray data = randomBytes(1024 * 1024 + 3);
        QString error;
        QString path;
        {
            MediaCache cache(root.path(), key, kPlenty);
            QVERIFY(cache.put(QStringLiteral("bystander"), Variant::Original, "untouched", &error));
            const auto before = namesIn(root.path());
            QVERIFY(cache.put(QStringLiteral("victim"), Variant::Original, data, &error));
            path = newFile(root.path(), before);
        }
        QVERIFY(!path.isEmpty());
        QByteArray content = readAll(path);
        const qsizetype headerBytes = 5 + 24;
        const qsizetype finalChunkBytes = 3 + 17;
        QCOMPARE(content.size(), headerBytes + 16 * (64 * 1024 + 17) + finalChunkBytes);

        if (damage == QLatin1String("truncated mid-chunk"))
            content.truncate(content.size() / 2);
        else if (damage == QLatin1String("flipped byte in the middle"))
            content[content.size() / 2] = char(content[content.size() / 2] ^ 0x01);
        else if (damage == QLatin1String("flipped last byte"))
            content[content.size() - 1] = char(content[content.size() - 1] ^ 0x80);
        else if (damage == QLatin1String("final chunk cut off"))
            content.chop(finalChunkBytes); // every remaining chunk is intact
        else if (damage == QLatin1String("header only"))
            content.truncate(headerBytes);
        else if (damage == QLatin1String("empty file"))
            content.clear();
        else if (damage == QLatin1String("bad magic"))
            content[0] = 'X';
        else if (damage == QLatin1String("newer version"))
            content[4] = char(2);
        else if (damage == QLatin1String("trailing bytes"))
            content.append(randomBytes(40));
        QVERIFY(writeFile(path, content));

        MediaCache cache(root.path(), key, kPlenty);
        QVERIFY(cache.contains(QStringLiteral("victim"), Variant::Original));
        error.clear();
        const auto got = cache.get(QStringLiteral("victim"), Variant::Original, &error);
        QVERIFY(!got);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QStringLiteral("victim")), qPrintable(error));
        QVERIFY2(!error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY(!cache.contains(QStringLiteral("victim"), Variant::Original));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(cache.totalBytes(), bytesOnDisk(root.path()));
        QCOMPARE(*cache.get(QStringLiteral("bystander"), Variant::Original, &error),
                 QByteArray("untouched"));
    }

    void exportOfADamagedEntryWritesNothing()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const QByteArray key = newKey();
        QString error;
        {
            MediaCache cache(dir, key, kPlenty);
            QVERIFY(
                cache.put(QStringLiteral("v"), Variant::Original, randomBytes(300 * 1024), &error));
        }
        const QString path = QDir(dir).filePath(allFiles(dir).value(0));
        QByteArray content = readAll(path);
        content[content.size() - 5] = char(content[content.size() - 5] ^ 0x10);
        QVERIFY(writeFile(path, content));

        MediaCache cache(dir, key, kPlenty);
        const QString destination = root.filePath(QStringLiteral("out/clip.mp4"));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("out"))));
        QVERIFY(writeFile(destination, "the user's older file"));
        QVERIFY(!cache.exportTo(QStringLiteral("v"), Variant::Original, destination, &error));
        QVERIFY(!error.isEmpty());
        // Earlier chunks decrypted fine, yet none of them may reach the destination.
        QCOMPARE(readAll(destination), QByteArray("the user's older file"));
        QCOMPARE(allFiles(root.filePath(QStringLiteral("out"))),
                 QStringList { QStringLiteral("clip.mp4") });
        QVERIFY(!cache.contains(QStringLiteral("v"), Variant::Original));
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
            for (const QString &id :
                 { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
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
            QVERIFY(QFileInfo(fileOf[QStringLiteral("a")]).lastModified().toUTC()
                    > now.addSecs(-600));

            QVERIFY2(cache.put(QStringLiteral("d"), Variant::Original, randomBytes(10000), &error),
                     qPrintable(error));
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
        QVERIFY(
            !cache.put(QStringLiteral("big"), Variant::Original, randomBytes(60 * 1024), &error));
        QVERIFY(!error.isEmpty());
        // Nothing was evicted for it and the older copy is still there.
        QCOMPARE(cache.totalBytes(), before);
        QVERIFY(cache.contains(QStringLiteral("small"), Variant::Original));
        QCOMPARE(*cache.get(QStringLiteral("big"), Variant::Original, &error),
                 QByteArray("old version"));

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
        const QString leftover2
            = QDir(dir).filePath(QString(64, QLatin1Char('0')) + QStringLiteral(".rdmc.xYz789"));
        QVERIFY(writeFile(leftover1, randomBytes(5000)));
        QVERIFY(writeFile(leftover2, randomBytes(5000)));
        const QString unrelated = QDir(dir).filePath(QStringLiteral("README.txt"));
        QVERIFY(writeFile(unrelated, "not ours"));

        MediaCache cache(dir, key, kPlenty);
        QVERIFY(!QFileInfo::exists(leftover1));
        QVERIFY(!QFileInfo::exists(leftover2));
        QVERIFY(QFileInfo::exists(unrelated));
        QCOMPARE(*cache.get(QStringLiteral("kept"), Variant::Original, &error),
                 QByteArray("still here"));
        QCOMPARE(cache.totalBytes(), QFileInfo(QDir(dir).filePath(entry)).size());
    }

    void hostileIdsStayInside_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("parent path") << QStringLiteral("../../etc/passwd");
        QTest::newRow("absolute path") << QStringLiteral("/etc/passwd");
        QTest::newRow("backslashes") << QStringLiteral("..\\..\\windows\\system32");
        QTest::newRow("dot dot") << QStringLiteral("..");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("very long") << QString(100000, QLatin1Char('x'));
        QTest::newRow("nul inside") << QString::fromUtf16(u"a\0/../b", 7);
        QTest::newRow("lone surrogate") << QString::fromUtf16(u"\xd800", 1);
        QTest::newRow("emoji and newline") << QStringLiteral("📎\nfile?*:<>|");
    }
    void hostileIdsStayInside()
    {
        QFETCH(QString, id);
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);
        const QByteArray data = randomBytes(777);
        QString error;
        QVERIFY2(cache.put(id, Variant::Original, data, &error), qPrintable(error));
        QVERIFY2(cache.put(id, Variant::Thumbnail, data.left(10), &error), qPrintable(error));
        QCOMPARE(*cache.get(id, Variant::Original, &error), data);

        const QStringList everything = allFiles(root.path());
        QCOMPARE(everything.size(), 2);
        for (const QString &path : everything) {
            QVERIFY2(path.startsWith(QStringLiteral("cache/")), qPrintable(path));
            QVERIFY2(kEntryName.match(path.mid(6)).hasMatch(), qPrintable(path));
        }
        QVERIFY(cache.remove(id, Variant::Original, &error));
        QVERIFY(cache.remove(id, Variant::Thumbnail, &error));
        QVERIFY(allFiles(root.path()).isEmpty());
    }

    void similarIdsAreDifferentEntries()
    {
        QTemporaryDir root;
        MediaCache cache(root.path(), newKey(), kPlenty);
        const QStringList ids = {
            QStringLiteral("a"), QString::fromUtf16(u"a\0b", 3),   QString::fromUtf16(u"a\0c", 3),
            QStringLiteral("A"), QString::fromUtf16(u"\xd800", 1), QString::fromUtf16(u"\xdc00", 1)
        };
        QString error;
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(cache.put(ids.at(i), Variant::Original, QByteArray::number(i), &error));
        QCOMPARE(allFiles(root.path()).size(), ids.size());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(*cache.get(ids.at(i), Variant::Original, &error), QByteArray::number(i));
    }

    void emptyIdIsRefused()
    {
        QTemporaryDir root;
        MediaCache cache(root.path(), newKey(), kPlenty);
        QString error;
        QVERIFY(!cache.put(QString(), Variant::Original, "data", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.get(QString(), Variant::Original, &error));
        QVERIFY(!cache.contains(QString(), Variant::Original));
        QVERIFY(allFiles(root.path()).isEmpty());
    }

    void removeAndClear()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);
        QString error;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(
                cache.put(QString::number(i), Variant::Original, randomBytes(100 * 1024), &error));
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
        QCOMPARE(allFiles(dir), QStringList { QStringLiteral("README.txt") });
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
        QVERIFY(!cache.exportTo(QStringLiteral("m"), Variant::Original,
                                root.filePath(QStringLiteral("out")), &error));
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
        std::atomic<int> wrongData { 0 };
        std::atomic<int> failedPuts { 0 };
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
                present
                    += cache.contains(QStringLiteral("t%1-%2").arg(t).arg(k), Variant::Original);
        QCOMPARE(present, allFiles(dir).size());
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
