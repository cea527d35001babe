// Attachments brought to this computer: the thumbnail first, the original on
// demand, both encrypted into the media cache, the store's attachment state
// following (downloading, cached, failed) so the thread can show it.

#include "linkclient.h"
#include "serverprocess.h"

#include "net/mediatransfers.h"
#include "store/mediacache.h"
#include "store/writer.h"
#include "sync/mediafetcher.h"

#include <QBuffer>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;

class TestSyncMedia : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QTemporaryDir m_dir;

    QString attachmentState(store::Store &history, const QString &column)
    {
        const auto rows = history.reader().newestMessages(10, 10);
        if (rows.isEmpty() || rows.constLast().attachments.isEmpty())
            return {};
        const store::AttachmentRow &a = rows.constLast().attachments.constFirst();
        return column == QLatin1String("cache") ? a.cacheState : a.thumbnailState;
    }

private slots:
    void thumbnailThenOriginalIntoTheEncryptedCache()
    {
        qRegisterMetaType<protocol::Attachment>();
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        const QString token =
            test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                           QJsonObject{{QStringLiteral("email"), QStringLiteral("a1@shop.example")},
                                       {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}})
                .body.value(QStringLiteral("token"))
                .toString();
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(token);

        // A photo on the server.
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(QColor(0x25, 0x9d, 0x5a));
        QPainter(&image).fillRect(100, 100, 300, 200, Qt::white);
        const QString path = m_dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(image.save(path));
        QSignalSpy uploaded(&transfers, &net::MediaTransfers::uploaded);
        transfers.upload(path);
        QVERIFY(uploaded.wait(test::kDeadlineMs));
        const auto attachment = uploaded.at(0).at(1).value<protocol::Attachment>();

        // A message showing it, in an encrypted history.
        store::OpenError openError;
        auto history = store::Store::open({m_dir.filePath(QStringLiteral("history.db")),
                                           m_dir.filePath(QStringLiteral("search.db"))},
                                          store::DatabaseKey::generateRaw(), &openError);
        QVERIFY2(history, qPrintable(openError.message));
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Ana");
        protocol::Conversation conversation;
        conversation.id = 10;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WebChat;
        protocol::Message message;
        message.id = 100;
        message.conversationId = 10;
        message.author = protocol::Author::Customer;
        message.kind = protocol::MessageKind::Image;
        message.createdAt = 1700000000000;
        message.status = protocol::MessageStatus::Delivered;
        message.attachments = {attachment};
        QString error;
        bool stored = false;
        history->writeAndWait([&](store::StoreWriter &writer, store::ChangeSet &changes) {
            stored = writer.applySnapshot({contact, conversation, message}, -1, &changes, &error);
        });
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(attachmentState(*history, QStringLiteral("cache")), QStringLiteral("remote"));

        store::MediaCache cache(m_dir.filePath(QStringLiteral("cache")), QByteArray(store::MediaCache::KeyBytes, 'k'),
                                64 * 1024 * 1024);
        QVERIFY(cache.isValid());
        sync::MediaFetcher fetcher(*history, cache, transfers);
        QSignalSpy ready(&fetcher, &sync::MediaFetcher::ready);
        QSignalSpy failed(&fetcher, &sync::MediaFetcher::failed);
        const store::AttachmentRow row = history->reader().newestMessages(10, 10).constLast().attachments.constFirst();

        fetcher.fetch(row, false);
        QVERIFY(ready.wait(test::kDeadlineMs));
        QCOMPARE(ready.at(0).at(1).toBool(), true);
        QVERIFY(cache.contains(attachment.mediaId, store::MediaCache::Variant::Thumbnail));
        QVERIFY(!cache.contains(attachment.mediaId, store::MediaCache::Variant::Original));
        QTRY_COMPARE_WITH_TIMEOUT(attachmentState(*history, QStringLiteral("thumbnail")), QStringLiteral("cached"),
                                  test::kDeadlineMs);

        fetcher.fetch(row, true);
        QVERIFY(ready.wait(test::kDeadlineMs));
        QCOMPARE(ready.at(1).at(1).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(attachmentState(*history, QStringLiteral("cache")), QStringLiteral("cached"),
                                  test::kDeadlineMs);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(cache.get(attachment.mediaId, store::MediaCache::Variant::Original, &error).value_or(QByteArray()),
                 original.readAll());
        // Encrypted at rest: the PNG signature is in none of the cache's files.
        QDirIterator files(cache.directory(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("\x89PNG"));
        }

        // Asking again is answered from the cache, without a download.
        fetcher.fetch(row, true);
        QCOMPARE(ready.size(), 3);
        QCOMPARE(transfers.active(), 0);

        // An attachment the server does not have fails, and says so.
        store::AttachmentRow missing = row;
        missing.mediaId = QStringLiteral("no-such-media");
        fetcher.fetch(missing, true);
        QVERIFY(failed.wait(test::kDeadlineMs));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("no-such-media"));
        QVERIFY(!failed.at(0).at(2).toString().isEmpty());
        QCOMPARE(failed.size(), 1);
        history.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncMedia)
#include "tst_sync_media.moc"
