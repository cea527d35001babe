// Media on the real relaydesk-server: uploads typed by their bytes, size
// limits per kind, safe names, sha256, Range downloads, thumbnails, and no
// access from another workspace.

#include "serverprocess.h"
#include "streamclient.h"

#include <QJsonArray>

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using relaydesk::test::ServerProcess;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentRange;
    QByteArray cacheControl;
    QByteArray contentType;
    QByteArray disposition;
};

Reply send(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &token,
           const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    static QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.contentRange = reply->rawHeader("Content-Range");
    result.cacheControl = reply->rawHeader("Cache-Control");
    result.contentType = reply->rawHeader("Content-Type");
    result.disposition = reply->rawHeader("Content-Disposition");
    reply->deleteLater();
    return result;
}

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 220));
    QPainter painter(&image);
    painter.fillRect(10, 10, width / 2, height / 2, Qt::yellow);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestServerMedia : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QByteArray m_shop;
    QByteArray m_other;

    QByteArray signIn(const QString &email, const QString &workspace)
    {
        QProcess add;
        add.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), m_server.dataDirectory(), QStringLiteral("--add-agent"), email,
                   QStringLiteral("--workspace"), workspace});
        add.write("media password\n");
        add.closeWriteChannel();
        add.waitForFinished(30000);
        return {};
    }

    QByteArray token(const QString &email)
    {
        const QByteArray body = QJsonDocument(
                                    QJsonObject{{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), QStringLiteral("media password")}})
                                    .toJson();
        return send(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"), {}, body,
                    {{"Content-Type", "application/json"}})
            .json.value(QStringLiteral("token"))
            .toString()
            .toLatin1();
    }

    Reply upload(const QByteArray &bytes, const QByteArray &name,
                 const QByteArray &claimedType = "application/octet-stream")
    {
        return send(m_server.baseUrl(), "POST", QStringLiteral("/v1/media"), m_shop, bytes,
                    {{"Content-Type", claimedType}, {"X-File-Name", QUrl::toPercentEncoding(QString::fromUtf8(name))}});
    }

private slots:
    void initTestCase()
    {
        signIn(QStringLiteral("ana@shop.example"), QStringLiteral("Shop"));
        signIn(QStringLiteral("bo@other.example"), QStringLiteral("Other"));
        QVERIFY(m_server.start());
        m_shop = token(QStringLiteral("ana@shop.example"));
        m_other = token(QStringLiteral("bo@other.example"));
        QVERIFY(!m_shop.isEmpty() && !m_other.isEmpty());
    }

    void imagesAreTypedHashedAndThumbnailed()
    {
        const QByteArray png = pngOf(1200, 800);
        const Reply uploaded = upload(png, "holiday.jpg", "image/jpeg"); // the name and type lie
        QCOMPARE(uploaded.status, 201);
        QCOMPARE(uploaded.json.value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(uploaded.json.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        QCOMPARE(uploaded.json.value(QStringLiteral("width")).toInt(), 1200);
        QCOMPARE(uploaded.json.value(QStringLiteral("height")).toInt(), 800);
        QCOMPARE(uploaded.json.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        const QString id = uploaded.json.value(QStringLiteral("media_id")).toString();

        const Reply whole = send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1").arg(id), m_shop);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, png);
        QCOMPARE(whole.contentType, QByteArray("image/png"));

        const Reply thumbnail = send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1/thumbnail").arg(id),
                                     m_shop);
        QCOMPARE(thumbnail.status, 200);
        const QImage small = QImage::fromData(thumbnail.body);
        QVERIFY(!small.isNull());
        QCOMPARE(qMax(small.width(), small.height()), 320);
    }

    void rangesResumeDownloads_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("first ten") << QByteArray("bytes=0-9") << 206 << 0 << 9;
        QTest::newRow("from the middle") << QByteArray("bytes=100-") << 206 << 100 << 999;
        QTest::newRow("last five") << QByteArray("bytes=-5") << 206 << 995 << 999;
        QTest::newRow("past the end clipped") << QByteArray("bytes=990-5000") << 206 << 990 << 999;
        QTest::newRow("beyond the file") << QByteArray("bytes=5000-") << 416 << 0 << 0;
        QTest::newRow("nonsense") << QByteArray("bytes=abc") << 416 << 0 << 0;
        QTest::newRow("several ranges: the whole file") << QByteArray("bytes=0-1,5-6") << 200 << 0 << 999;
    }
    void rangesResumeDownloads()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(int, from);
        QFETCH(int, to);
        static QByteArray document;
        static QString id;
        if (id.isEmpty()) {
            document = "%PDF-1.4\n" + QByteArray(991, 'x');
            const Reply uploaded = upload(document, "invoice.pdf");
            QCOMPARE(uploaded.status, 201);
            id = uploaded.json.value(QStringLiteral("media_id")).toString();
        }
        const Reply part = send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1").arg(id), m_shop, {},
                                {{"Range", range}});
        QCOMPARE(part.status, status);
        if (status != 416)
            QCOMPARE(part.cacheControl, QByteArray("private")); // never kept by a shared cache
        if (status == 200) {
            QCOMPARE(part.body, document);
            QVERIFY(part.contentRange.isEmpty());
        } else if (status == 206) {
            QCOMPARE(part.body, document.mid(from, to - from + 1));
            QCOMPARE(part.contentRange, QByteArray("bytes %1-%2/1000")
                                            .replace("%1", QByteArray::number(from))
                                            .replace("%2", QByteArray::number(to)));
        } else {
            QCOMPARE(part.contentRange, QByteArray("bytes */1000"));
        }
    }

    void bytesDecideTheTypeAndNamesAreMadeSafe()
    {
        const QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
        const Reply uploaded = upload(pdf, "../../etc/evil\x01\n<photo>.jpg", "image/jpeg");
        QCOMPARE(uploaded.status, 201);
        QCOMPARE(uploaded.json.value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(uploaded.json.value(QStringLiteral("kind")).toString(), QStringLiteral("document"));
        const QString name = uploaded.json.value(QStringLiteral("file_name")).toString();
        QVERIFY2(!name.contains(QLatin1Char('/')) && !name.contains(QStringLiteral("..")), qPrintable(name));
        for (const QChar c : name)
            QVERIFY(c.unicode() >= 0x20);
        const Reply download =
            send(m_server.baseUrl(), "GET",
                 QStringLiteral("/v1/media/%1").arg(uploaded.json.value(QStringLiteral("media_id")).toString()),
                 m_shop);
        QVERIFY(download.disposition.startsWith("attachment;"));
        QVERIFY(!download.disposition.contains('/'));
    }

    void oversizeIsRefusedByKind()
    {
        // Sniffed as a PNG by its signature, and over the 5 MB image limit.
        QByteArray fake = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(5 * 1024 * 1024 + 10, '\0');
        const Reply refused = upload(fake, "big.png");
        QCOMPARE(refused.status, 413);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("too_large"));
        // The same size is fine for a document.
        QByteArray document = "%PDF-1.4\n" + QByteArray(5 * 1024 * 1024 + 10, 'x');
        QCOMPARE(upload(document, "big.pdf").status, 201);
        QCOMPARE(upload(QByteArray(), "empty.txt").status, 400);
    }

    void messagesCarryUploadedFiles()
    {
        // A visitor opens a conversation; the agent answers with a picture.
        const QByteArray widgetKey = send(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), m_shop)
                                         .json.value(QStringLiteral("workspace"))
                                         .toObject()
                                         .value(QStringLiteral("widget_key"))
                                         .toString()
                                         .toLatin1();
        const QByteArray visitor = send(m_server.baseUrl(), "POST",
                                        QStringLiteral("/v1/webchat/%1/visitors").arg(QString::fromLatin1(widgetKey)),
                                        {})
                                       .json.value(QStringLiteral("visitor_token"))
                                       .toString()
                                       .toLatin1();
        QCOMPARE(send(m_server.baseUrl(), "POST",
                      QStringLiteral("/v1/webchat/%1/messages").arg(QString::fromLatin1(widgetKey)), {},
                      "{\"text\":\"Can I see the product?\"}",
                      {{"Authorization", "Visitor " + visitor}, {"Content-Type", "application/json"}})
                     .status,
                 201);
        const qint64 conversation = qint64(send(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), m_shop)
                                               .json.value(QStringLiteral("conversations"))
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toDouble());
        const QString picture = upload(pngOf(64, 48), "product.png").json.value(QStringLiteral("media_id")).toString();
        const QString foreign = [&] {
            const QByteArray body = pngOf(8, 8);
            return send(m_server.baseUrl(), "POST", QStringLiteral("/v1/media"), m_other, body,
                        {{"X-File-Name", "x.png"}})
                .json.value(QStringLiteral("media_id"))
                .toString();
        }();

        relaydesk::test::StreamClient agent;
        QVERIFY(agent.connectTo(m_server.baseUrl()));
        agent.hello(QString::fromLatin1(m_shop), 0);
        QVERIFY(!agent.waitFor(QStringLiteral("welcome")).isEmpty());
        const QString sent = agent.command(QStringLiteral("message.send"),
                                           {{QStringLiteral("conversation_id"), conversation},
                                            {QStringLiteral("attachments"),
                                             QJsonArray{QJsonObject{{QStringLiteral("media_id"), picture}}}}});
        const QJsonObject accepted = agent.waitFor(QStringLiteral("ack"), 10000, sent);
        QVERIFY2(accepted.value(QStringLiteral("ok")).toBool(), QJsonDocument(accepted).toJson().constData());
        const QJsonObject created = agent.events().last().value(QStringLiteral("data")).toObject();
        QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        const QJsonObject attachment = created.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(attachment.value(QStringLiteral("media_id")).toString(), picture);
        QCOMPARE(attachment.value(QStringLiteral("width")).toInt(), 64);

        // A file from another workspace cannot be attached.
        const QString refused = agent.command(QStringLiteral("message.send"),
                                              {{QStringLiteral("conversation_id"), conversation},
                                               {QStringLiteral("attachments"),
                                                QJsonArray{QJsonObject{{QStringLiteral("media_id"), foreign}}}}});
        const QJsonObject ack = agent.waitFor(QStringLiteral("ack"), 10000, refused);
        QVERIFY(!ack.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
    }

    void otherWorkspacesCannotReadIt()
    {
        const Reply uploaded = upload(pngOf(40, 40), "private.png");
        QCOMPARE(uploaded.status, 201);
        const QString id = uploaded.json.value(QStringLiteral("media_id")).toString();
        QCOMPARE(send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1").arg(id), m_other).status, 404);
        QCOMPARE(send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1/thumbnail").arg(id), m_other).status,
                 404);
        QCOMPARE(send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1").arg(id), {}).status, 401);
        QCOMPARE(send(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/..%2F..%2Fetc"), m_shop).status, 404);
        QCOMPARE(send(m_server.baseUrl(), "POST", QStringLiteral("/v1/media"), {}, "x").status, 401);
    }
};

QTEST_MAIN(TestServerMedia)
#include "tst_server_media.moc"
