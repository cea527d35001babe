#include "store/mediacache.h"

#include "mediacachefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <sodium.h>

using relaydesk::store::MediaCache;
using Variant = relaydesk::store::MediaCache::Variant;
using namespace relaydesk::test;

namespace {

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

const QRegularExpression kEntryName(QStringLiteral("^[0-9a-f]{64}\\.rdmc$"));

} // namespace

// What the cache leaves on disk: nothing readable, names that give nothing
// away, entries bound to their key and name, damage refused, hostile ids.
class TestMediaCacheFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void nothingReadableOnDisk()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        MediaCache cache(dir, newKey(), kPlenty);

        const QByteArray canary = "CANARY-" + randomBytes(12).toHex() + "-CANARY";
        const QString mediaId = QStringLiteral("wamid.SECRETMEDIAID.") + QString::fromLatin1(canary);
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
        for (const char *row :
             {"truncated mid-chunk", "flipped byte in the middle", "flipped last byte", "final chunk cut off",
              "header only", "empty file", "bad magic", "newer version", "trailing bytes"})
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
        QCOMPARE(*cache.get(QStringLiteral("bystander"), Variant::Original, &error), QByteArray("untouched"));
    }

    void exportOfADamagedEntryWritesNothing()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("cache"));
        const QByteArray key = newKey();
        QString error;
        {
            MediaCache cache(dir, key, kPlenty);
            QVERIFY(cache.put(QStringLiteral("v"), Variant::Original, randomBytes(300 * 1024), &error));
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
        QCOMPARE(allFiles(root.filePath(QStringLiteral("out"))), QStringList{QStringLiteral("clip.mp4")});
        QVERIFY(!cache.contains(QStringLiteral("v"), Variant::Original));
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
            QStringLiteral("A"), QString::fromUtf16(u"\xd800", 1), QString::fromUtf16(u"\xdc00", 1)};
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
};

QTEST_GUILESS_MAIN(TestMediaCacheFiles)
#include "tst_mediacache_files.moc"
