// Media transfers against the real server: an upload with progress, a
// download checked by sha256, a download whose link breaks half-way and is
// resumed with Range, a copy damaged on the server (fetched again, then
// reported), an oversized upload, a cancel, and a limit on parallel work.

#include "linkclient.h"
#include "serverprocess.h"

#include "net/mediatransfers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace relaydesk;

class TestNetMedia : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_token;
    QTemporaryDir m_files;

    // A photo-like PNG of a few hundred kilobytes (noise does not compress).
    QString writePhoto(const QString &name, int side)
    {
        QImage image(side, side, QImage::Format_RGB32);
        QRandomGenerator random(side);
        for (int y = 0; y < side; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < side; ++x)
                line[x] = random.generate();
        }
        const QString path = m_files.filePath(name);
        image.save(path, "PNG");
        return path;
    }

    std::optional<protocol::Attachment> upload(net::MediaTransfers &transfers, const QString &path)
    {
        QSignalSpy uploaded(&transfers, &net::MediaTransfers::uploaded);
        QSignalSpy failed(&transfers, &net::MediaTransfers::failed);
        transfers.upload(path);
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (uploaded.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            QTest::qWait(10);
        if (uploaded.isEmpty())
            return std::nullopt;
        return uploaded.at(0).at(1).value<protocol::Attachment>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<protocol::Attachment>();
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        const auto answer =
            test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                           QJsonObject{{QStringLiteral("email"), QStringLiteral("a1@shop.example")},
                                       {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}});
        m_token = answer.body.value(QStringLiteral("token")).toString();
        QVERIFY(!m_token.isEmpty());
    }

    void uploadThenDownloadVerified()
    {
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(m_token);
        const QString path = writePhoto(QStringLiteral("shelf photo.png"), 300);
        QSignalSpy progress(&transfers, &net::MediaTransfers::progress);
        const auto attachment = upload(transfers, path);
        QVERIFY(attachment);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(attachment->mimeType, QStringLiteral("image/png"));
        QCOMPARE(attachment->fileName, QStringLiteral("shelf photo.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(attachment->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        QSignalSpy downloaded(&transfers, &net::MediaTransfers::downloaded);
        transfers.download({attachment->mediaId, false, attachment->size, attachment->sha256});
        QVERIFY(downloaded.wait(test::kDeadlineMs));
        QCOMPARE(downloaded.at(0).at(2).toBool(), false);
        QCOMPARE(downloaded.at(0).at(3).toByteArray(), bytes);

        // The thumbnail too.
        transfers.download({attachment->mediaId, true, 0, {}});
        QVERIFY(downloaded.wait(test::kDeadlineMs));
        QCOMPARE(downloaded.at(1).at(2).toBool(), true);
        QImage thumbnail;
        QVERIFY(thumbnail.loadFromData(downloaded.at(1).at(3).toByteArray()));
        QVERIFY(std::max(thumbnail.width(), thumbnail.height()) <= 320);
    }

    void brokenDownloadResumesWithRange()
    {
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(m_token);
        const auto attachment = upload(transfers, writePhoto(QStringLiteral("big.png"), 700));
        QVERIFY(attachment);
        QVERIFY(attachment->size > 1000000);
        transfers.breakDownloadsAfter(100000);
        QSignalSpy resumed(&transfers, &net::MediaTransfers::resumed);
        QSignalSpy downloaded(&transfers, &net::MediaTransfers::downloaded);
        transfers.download({attachment->mediaId, false, attachment->size, attachment->sha256});
        QVERIFY(downloaded.wait(test::kDeadlineMs));
        QCOMPARE(resumed.size(), 1);
        QVERIFY(resumed.at(0).at(1).toLongLong() >= 100000);
        QVERIFY(resumed.at(0).at(1).toLongLong() < attachment->size);
        const QByteArray bytes = downloaded.at(0).at(3).toByteArray();
        QCOMPARE(qint64(bytes.size()), attachment->size);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 attachment->sha256);
    }

    // A cancel between the break and the resumed request (the reply of the
    // broken try is already gone) ends the transfer cleanly, once.
    void cancelWhileWaitingToResume()
    {
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(m_token);
        const auto attachment = upload(transfers, writePhoto(QStringLiteral("big2.png"), 700));
        QVERIFY(attachment);
        transfers.breakDownloadsAfter(100000);
        QSignalSpy failed(&transfers, &net::MediaTransfers::failed);
        QSignalSpy resumed(&transfers, &net::MediaTransfers::resumed);
        QSignalSpy downloaded(&transfers, &net::MediaTransfers::downloaded);
        int id = 0;
        connect(&transfers, &net::MediaTransfers::progress, this, [&](int transfer, qint64 done, qint64) {
            if (done >= 100000)
                QTimer::singleShot(50, &transfers, [&transfers, transfer] { transfers.cancel(transfer); });
            id = transfer;
        });
        transfers.download({attachment->mediaId, false, attachment->size, attachment->sha256});
        QVERIFY(failed.wait(test::kDeadlineMs));
        QCOMPARE(failed.at(0).at(0).toInt(), id);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("cancelled"));
        QTest::qWait(500); // the resume timer's moment has passed: nothing follows
        QCOMPARE(failed.size(), 1);
        QCOMPARE(downloaded.size(), 0);
        QCOMPARE(resumed.size(), 0);
    }

    void damagedCopyIsFetchedAgainThenReported()
    {
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(m_token);
        const auto attachment = upload(transfers, writePhoto(QStringLiteral("to damage.png"), 120));
        QVERIFY(attachment);
        // Flip a byte of the server's stored copy.
        QString stored;
        QDirIterator it(m_server.dataDirectory() + QStringLiteral("/media"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).fileName() == attachment->mediaId)
                stored = path;
        }
        QVERIFY(!stored.isEmpty());
        QFile file(stored);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(500);
        char byte = 0;
        file.getChar(&byte);
        file.seek(500);
        file.putChar(char(byte ^ 0x5a));
        file.close();

        QSignalSpy failed(&transfers, &net::MediaTransfers::failed);
        QSignalSpy downloaded(&transfers, &net::MediaTransfers::downloaded);
        transfers.download({attachment->mediaId, false, attachment->size, attachment->sha256});
        QVERIFY(failed.wait(test::kDeadlineMs));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("damaged")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(downloaded.size(), 0);
    }

    void oversizedUploadSaysWhy()
    {
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(m_token);
        const QString path = writePhoto(QStringLiteral("huge.png"), 1400); // about 7.8 MB, over the 5 MB image limit
        QSignalSpy failed(&transfers, &net::MediaTransfers::failed);
        QVERIFY(!upload(transfers, path));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("limit")),
                 qPrintable(failed.at(0).at(1).toString()));
    }

    void cancelAndParallelLimit()
    {
        net::MediaTransfers transfers(m_server.baseUrl());
        transfers.setToken(m_token);
        transfers.setMaxParallel(1);
        const QString path = writePhoto(QStringLiteral("queued.png"), 200);
        QSignalSpy failed(&transfers, &net::MediaTransfers::failed);
        QSignalSpy uploaded(&transfers, &net::MediaTransfers::uploaded);
        const int first = transfers.upload(path);
        const int second = transfers.upload(path);
        const int third = transfers.upload(path);
        QCOMPARE(transfers.active(), 1);
        QCOMPARE(transfers.queued(), 2);
        transfers.cancel(second);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), second);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("cancelled"));
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.size(), 2, test::kDeadlineMs);
        QCOMPARE(uploaded.at(0).at(0).toInt(), first);
        QCOMPARE(uploaded.at(1).at(0).toInt(), third);
        QCOMPARE(transfers.active(), 0);

        QSignalSpy missing(&transfers, &net::MediaTransfers::failed);
        transfers.upload(m_files.filePath(QStringLiteral("no such file.png")));
        QVERIFY(missing.wait(test::kDeadlineMs));
        QVERIFY(missing.at(0).at(1).toString().contains(QStringLiteral("cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestNetMedia)
#include "tst_net_media.moc"
