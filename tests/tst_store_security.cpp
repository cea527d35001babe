// What is on disk: encrypted, pinned cipher settings, and untouched files
// when the key is wrong or the file is not what it should be.

#include "store/database.h"
#include "store/reader.h"
#include "store/sqlcipher_api.h"
#include "store/store.h"
#include "store/writer.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk::store;
using namespace relaydesk::protocol;

namespace {

const QByteArray kCanary = "canary-61c2e8-encrypted-at-rest";

QHash<QString, QByteArray> snapshot(const QString &dir)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(file.fileName(), file.readAll());
    }
    return files;
}

QVector<EventPayload> sampleRecords(const QString &text)
{
    Contact contact;
    contact.id = 1;
    contact.name = QStringLiteral("Dewi %1").arg(QString::fromLatin1(kCanary));
    Conversation conversation;
    conversation.id = 1;
    conversation.contactId = 1;
    Message message;
    message.id = 1;
    message.conversationId = 1;
    message.text = text;
    message.createdAt = 1700000000000;
    return {contact, conversation, message};
}

bool writeSample(const QString &path, const DatabaseKey &key, const QString &text)
{
    OpenError error;
    auto db = Database::open(path, key, Database::Role::Writer, &error);
    if (!db)
        return false;
    StoreWriter writer(*db);
    QString message;
    return writer.applySnapshot(sampleRecords(text), 1, nullptr, &message);
}

} // namespace

class TestStoreSecurity : public QObject
{
    Q_OBJECT

private slots:
    void nothingReadableOnDisk()
    {
        QTemporaryDir dir;
        const Store::Paths paths{dir.filePath(QStringLiteral("history.db")), dir.filePath(QStringLiteral("search.db"))};
        const DatabaseKey key = DatabaseKey::generateRaw();
        {
            OpenError error;
            auto store = Store::open(paths, key, &error);
            QVERIFY2(store, qPrintable(error.message));
            store->writeAndWait([](StoreWriter &writer, ChangeSet &changes) {
                QString message;
                QVERIFY(writer.applySnapshot(sampleRecords(QString::fromLatin1(kCanary)), 1, &changes, &message));
            });
            QVERIFY(store->waitForSearchIndex(10000));
            QCOMPARE(store->reader().searchMessages(QString::fromLatin1(kCanary), 5).size(), 1);
            // While open (WAL and shared-memory files present) and after closing.
            const auto open = snapshot(dir.path());
            QVERIFY(open.size() >= 2);
            for (auto it = open.cbegin(); it != open.cend(); ++it) {
                QVERIFY2(!it.value().contains(kCanary), qPrintable(it.key()));
                QVERIFY2(!it.value().startsWith("SQLite format 3"), qPrintable(it.key()));
            }
        }
        const auto closed = snapshot(dir.path());
        for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
            QVERIFY2(!it.value().contains(kCanary), qPrintable(it.key()));
            QVERIFY2(!it.value().startsWith("SQLite format 3"), qPrintable(it.key()));
        }
    }

    void wrongKeyLeavesTheFileUntouched_data()
    {
        QTest::addColumn<bool>("passphrase");
        QTest::newRow("raw key") << false;
        QTest::newRow("passphrase") << true;
    }
    void wrongKeyLeavesTheFileUntouched()
    {
        QFETCH(bool, passphrase);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        const DatabaseKey right = passphrase ? DatabaseKey::fromPassphrase(QStringLiteral("right one"))
                                             : DatabaseKey::generateRaw();
        const DatabaseKey wrong = passphrase ? DatabaseKey::fromPassphrase(QStringLiteral("wrong one"))
                                             : DatabaseKey::generateRaw();
        QVERIFY(writeSample(path, right, QStringLiteral("hello")));
        const auto before = snapshot(dir.path());

        for (const auto role : {Database::Role::Writer, Database::Role::Reader}) {
            OpenError error;
            QVERIFY(!Database::open(path, wrong, role, &error));
            QCOMPARE(error.code, OpenError::Code::WrongKeyOrDamaged);
            QVERIFY2(error.message.contains(path), qPrintable(error.message));
            QVERIFY(error.message.contains(QStringLiteral("not changed")));
        }
        QCOMPARE(snapshot(dir.path()), before); // same files, same bytes

        OpenError error;
        auto db = Database::open(path, right, Database::Role::Reader, &error);
        QVERIFY2(db, qPrintable(error.message));
        StoreReader reader(*db);
        QCOMPARE(reader.newestMessages(1, 10).size(), 1);
    }

    void aPlaintextDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        {
            Connection plain;
            QString error;
            QVERIFY(plain.open(path, Connection::Mode::ReadWriteCreate, &error));
            QVERIFY(plain.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('customer text');"));
        }
        const auto before = snapshot(dir.path());
        OpenError error;
        QVERIFY(!Database::open(path, DatabaseKey::generateRaw(), Database::Role::Writer, &error));
        QCOMPARE(error.code, OpenError::Code::NotEncrypted);
        QVERIFY(error.message.contains(path));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void aDamagedFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QByteArray noise(8192, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) % 251);
        QTest::newRow("random pages") << noise << int(OpenError::Code::WrongKeyOrDamaged);
        QTest::newRow("cut mid-page") << noise.left(5000) << int(OpenError::Code::Damaged);
    }
    void aDamagedFileIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        OpenError error;
        QVERIFY(!Database::open(path, DatabaseKey::generateRaw(), Database::Role::Writer, &error));
        QCOMPARE(int(error.code), code);
        QVERIFY(error.message.contains(path));
        QVERIFY(error.message.contains(QStringLiteral("Forget this device")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void cipherSettingsArePinned()
    {
        // SQLCipher 3.4 defaults to 1 KiB pages, 4.x to 4 KiB with other
        // algorithms. The file must be written with the pinned settings, and
        // only they open it: a library's defaults alone do not.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        const DatabaseKey key = DatabaseKey::generateRaw();
        QVERIFY(writeSample(path, key, QStringLiteral("pinned")));
        QCOMPARE(QFileInfo(path).size() % CipherSettings::kPageSize, 0);
        {
            OpenError error;
            auto db = Database::open(path, key, Database::Role::Reader, &error);
            QVERIFY(db);
            QCOMPARE(db->queryInt("PRAGMA cipher_page_size").value_or(0), qint64(CipherSettings::kPageSize));
        }
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const QByteArray material = key.sqlcipherKey();
        sqlite3_key(raw, material.constData(), int(material.size()));
        sqlite3_exec(raw, "PRAGMA cipher_page_size = 1024;", nullptr, nullptr, nullptr);
        const int rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        QCOMPARE(rc & 0xff, SQLITE_NOTADB);
        QVERIFY(!Database::cipherVersion().isEmpty());
    }

    void aPassphraseCanBeChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        const DatabaseKey oldKey = DatabaseKey::fromPassphrase(QStringLiteral("old pass"));
        const DatabaseKey newKey = DatabaseKey::fromPassphrase(QStringLiteral("new pass"));
        QVERIFY(writeSample(path, oldKey, QStringLiteral("kept across re-keying")));
        {
            OpenError error;
            auto db = Database::open(path, oldKey, Database::Role::Writer, &error);
            QVERIFY(db);
            QString message;
            QVERIFY2(Database::rekey(*db, newKey, &message), qPrintable(message));
        }
        OpenError error;
        QVERIFY(!Database::open(path, oldKey, Database::Role::Reader, &error));
        QCOMPARE(error.code, OpenError::Code::WrongKeyOrDamaged);
        auto db = Database::open(path, newKey, Database::Role::Reader, &error);
        QVERIFY2(db, qPrintable(error.message));
        StoreReader reader(*db);
        const auto messages = reader.newestMessages(1, 10);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().text, QStringLiteral("kept across re-keying"));
    }

    void aStoreCanBeRekeyedWithItsSearchIndex()
    {
        QTemporaryDir dir;
        const Store::Paths paths{dir.filePath(QStringLiteral("history.db")), dir.filePath(QStringLiteral("search.db"))};
        const DatabaseKey oldKey = DatabaseKey::fromPassphrase(QStringLiteral("first passphrase"));
        const DatabaseKey newKey = DatabaseKey::fromPassphrase(QStringLiteral("second passphrase"));
        {
            OpenError error;
            auto store = Store::open(paths, oldKey, &error);
            QVERIFY2(store, qPrintable(error.message));
            store->writeAndWait([](StoreWriter &writer, ChangeSet &changes) {
                QString message;
                QVERIFY(writer.applySnapshot(sampleRecords(QStringLiteral("rekeyed delivery")), 1, &changes, &message));
            });
            QVERIFY(store->waitForSearchIndex(10000));
        }
        QString message;
        QVERIFY2(Store::rekey(paths, oldKey, newKey, &message), qPrintable(message));
        OpenError error;
        QVERIFY(!Store::open(paths, oldKey, &error));
        QCOMPARE(error.code, OpenError::Code::WrongKeyOrDamaged);
        auto store = Store::open(paths, newKey, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->waitForSearchIndex(10000));
        QCOMPARE(store->reader().searchMessages(QStringLiteral("rekeyed"), 5).size(), 1);
    }

    void aNewerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        const DatabaseKey key = DatabaseKey::generateRaw();
        QVERIFY(writeSample(path, key, QStringLiteral("from the future")));
        {
            OpenError error;
            auto db = Database::open(path, key, Database::Role::Writer, &error);
            QVERIFY(db);
            QVERIFY(db->exec("PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);"));
        }
        const auto before = snapshot(dir.path());
        OpenError error;
        QVERIFY(!Database::open(path, key, Database::Role::Writer, &error));
        QCOMPARE(error.code, OpenError::Code::TooNew);
        QVERIFY(error.message.contains(QStringLiteral("newer version")));
        QCOMPARE(snapshot(dir.path()).value(path), before.value(path));
    }
};

QTEST_GUILESS_MAIN(TestStoreSecurity)
#include "tst_store_security.moc"
