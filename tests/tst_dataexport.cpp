// Data rights: export the local history to JSON plus attachments, and
// "forget this device" (with the real keychain, see with-keyring.sh).

#include "platform/devicewipe.h"
#include "platform/historysecret.h"
#include "platform/keychain.h"
#include "platform/profile.h"
#include "protocol/filenames.h"
#include "store/dataexport.h"
#include "store/mediacache.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using namespace relaydesk::store;
using namespace relaydesk::protocol;

namespace {

QVector<EventPayload> history()
{
    QVector<EventPayload> records;
    for (int i = 1; i <= 3; ++i) {
        Contact contact;
        contact.id = i;
        contact.name = QStringLiteral("Customer %1").arg(i);
        contact.phone = QStringLiteral("+55 11 9000-000%1").arg(i);
        records << contact;
        Lead lead;
        lead.contactId = i;
        lead.stage = QStringLiteral("qualified");
        lead.valueMinor = 1000 * i;
        lead.currency = QStringLiteral("BRL");
        lead.tags = {QStringLiteral("vip")};
        lead.version = 1;
        records << lead;
        Conversation conversation;
        conversation.id = i;
        conversation.contactId = i;
        conversation.channel = Channel::WhatsApp;
        records << conversation;
        for (int m = 1; m <= 700; ++m) { // more than one export page
            Message message;
            message.id = i * 10000 + m;
            message.conversationId = i;
            message.createdAt = 1700000000000 + i * 100000 + m;
            message.text = QStringLiteral("Olá, mensagem %1").arg(m);
            records << message;
        }
    }
    Message document;
    document.id = 99999;
    document.conversationId = 1;
    document.kind = MessageKind::Document;
    document.createdAt = 1700000999999;
    document.attachments = {Attachment{QStringLiteral("media-1"), QStringLiteral("application/pdf"), 5, QString(), 0, 0,
                                       0, QStringLiteral("../../evil\n<name>.pdf")},
                            Attachment{QStringLiteral("media-2"), QStringLiteral("image/png"), 9, QString(), 0, 0, 0,
                                       QStringLiteral("never-downloaded.png")}};
    records << document;
    return records;
}

} // namespace

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void exportsEverythingMachineReadable()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generateRaw();
        OpenError error;
        auto store = Store::open({dir.filePath(QStringLiteral("history.db")),
                                  dir.filePath(QStringLiteral("search.db"))},
                                 key, &error);
        QVERIFY2(store, qPrintable(error.message));
        store->writeAndWait([](StoreWriter &writer, ChangeSet &changes) {
            QString message;
            QVERIFY(writer.applySnapshot(history(), 1, &changes, &message));
        });
        MediaCache cache(dir.filePath(QStringLiteral("cache")), QByteArray(32, 'k'), 1 << 20);
        QString message;
        QVERIFY(cache.put(QStringLiteral("media-1"), MediaCache::Variant::Original, "%PDF-", &message));

        const QString out = dir.filePath(QStringLiteral("export"));
        ExportSummary summary;
        QVERIFY2(exportHistory(store->reader(), &cache, out, &summary, &message), qPrintable(message));
        QCOMPARE(summary.conversations, 3);
        QCOMPARE(summary.contacts, 3);
        QCOMPARE(summary.messages, 3 * 700 + 1);
        QCOMPARE(summary.attachmentsSaved, 1);
        QCOMPARE(summary.attachmentsMissing, 1);

        QFile json(out + QStringLiteral("/history.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError parse;
        const QJsonObject root = QJsonDocument::fromJson(json.readAll(), &parse).object();
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("relaydesk-history-export"));
        const QJsonArray conversations = root.value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 3);
        int texts = 0;
        QString savedAs;
        for (const QJsonValue &c : conversations) {
            for (const QJsonValue &m : c.toObject().value(QStringLiteral("messages")).toArray()) {
                if (m.toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Olá")))
                    ++texts;
                for (const QJsonValue &a : m.toObject().value(QStringLiteral("attachments")).toArray()) {
                    if (!a.toObject().value(QStringLiteral("saved_as")).isNull())
                        savedAs = a.toObject().value(QStringLiteral("saved_as")).toString();
                }
            }
        }
        QCOMPARE(texts, 2100);
        const QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
        QCOMPARE(contacts.size(), 3);
        QCOMPARE(contacts.first()
                     .toObject()
                     .value(QStringLiteral("lead"))
                     .toObject()
                     .value(QStringLiteral("currency"))
                     .toString(),
                 QStringLiteral("BRL"));

        // The hostile name stayed inside the folder, decrypted.
        QVERIFY(!savedAs.isEmpty());
        QVERIFY(!savedAs.contains(QStringLiteral("..")));
        QFile attachment(out + QLatin1Char('/') + savedAs);
        QVERIFY2(attachment.open(QIODevice::ReadOnly), qPrintable(savedAs));
        QCOMPARE(attachment.readAll(), QByteArray("%PDF-"));
        QDirIterator all(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (all.hasNext())
            QVERIFY2(!all.next().contains(QStringLiteral("evil")) || all.filePath().startsWith(out),
                     qPrintable(all.filePath()));

        // A non-empty folder is refused, and nothing in it is touched.
        QVERIFY(!exportHistory(store->reader(), &cache, out, nullptr, &message));
        QVERIFY(message.contains(QStringLiteral("not empty")));
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << "../../etc/passwd";
        QTest::newRow("windows") << "..\\..\\boot.ini";
        QTest::newRow("reserved") << "CON.txt";
        QTest::newRow("control") << QStringLiteral("a\nb\tc\x01.pdf");
        QTest::newRow("long") << QString(400, QLatin1Char('x')) + QStringLiteral(".pdf");
        QTest::newRow("dots") << "...";
        // Bidi and C1 controls: "invoice" U+202E "fdp.exe" would show as "invoiceexe.pdf".
        QTest::newRow("bidi override") << QStringLiteral("invoice\u202Efdp.exe");
        QTest::newRow("bidi isolates") << QStringLiteral("a\u2066b\u2069\u200E\u200F\u061C.pdf");
        QTest::newRow("C1") << QStringLiteral("a\u0085b\u009B.pdf");
        QTest::newRow("empty") << "";
    }
    void safeFileNames()
    {
        QFETCH(QString, name);
        const QString safe = relaydesk::protocol::safeFileName(name, QStringLiteral("attachment"));
        QVERIFY(!safe.isEmpty());
        QVERIFY(!safe.contains(QLatin1Char('/')) && !safe.contains(QLatin1Char('\\')));
        QVERIFY(!safe.startsWith(QLatin1Char('.')));
        QVERIFY(safe.size() <= 120);
        QVERIFY(safe.compare(QStringLiteral("CON.txt"), Qt::CaseInsensitive) != 0);
        for (const QChar c : safe) {
            const char16_t u = c.unicode();
            QVERIFY(u >= 0x20 && !(u >= 0x7f && u <= 0x9f));
            QVERIFY(u != 0x200e && u != 0x200f && u != 0x061c && !(u >= 0x202a && u <= 0x202e)
                    && !(u >= 0x2066 && u <= 0x2069));
        }
        // What is shown is what it is: the real extension stays last.
        if (name.endsWith(QStringLiteral(".exe")))
            QVERIFY2(safe.endsWith(QStringLiteral(".exe")), qPrintable(safe));
        if (name.endsWith(QStringLiteral(".pdf")))
            QVERIFY(safe.endsWith(QStringLiteral(".pdf")));
    }

    void forgettingTheDeviceRemovesEverything()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.filePath(QStringLiteral("agent")), nullptr);
        QVERIFY(profile);
        platform::HistorySecretSource secrets(*profile, {});
        QString message;
        const auto secret = secrets.obtain(false, &message);
        QVERIFY2(secret, qPrintable(message));
        {
            OpenError error;
            auto store = Store::open({profile->databasePath(), profile->searchIndexPath()},
                                     *DatabaseKey::fromHex(secret->bytes.toHex()), &error);
            QVERIFY2(store, qPrintable(error.message));
            store->writeAndWait([](StoreWriter &writer, ChangeSet &changes) {
                QString m;
                QVERIFY(writer.applySnapshot(history(), 1, &changes, &m));
            });
            QVERIFY(store->waitForSearchIndex(10000));
        }
        MediaCache cache(profile->cacheDirectory(), QByteArray(32, 'k'), 1 << 20);
        QVERIFY(cache.put(QStringLiteral("media-1"), MediaCache::Variant::Original, "bytes", &message));
        QVERIFY(QFile::exists(profile->databasePath()));

        QVERIFY2(platform::forgetDevice(*profile, &message), qPrintable(message));
        QVERIFY(!QFile::exists(profile->databasePath()));
        QVERIFY(!QFile::exists(profile->searchIndexPath()));
        QVERIFY(QDir(profile->cacheDirectory()).isEmpty());
        QCOMPARE(platform::Keychain::readNow(Profile::keychainService(),
                                             profile->keychainKey(platform::HistorySecretSource::keychainPurpose()))
                     .status,
                 platform::Keychain::Status::NotFound);
        // The next start makes a new, empty history with a new key.
        const auto fresh = secrets.obtain(false, &message);
        QVERIFY(fresh);
        QVERIFY(fresh->bytes != secret->bytes);
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
