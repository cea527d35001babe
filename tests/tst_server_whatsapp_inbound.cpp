// WhatsApp Cloud API webhooks into the real relaydesk-server: the
// verification handshake, X-Hub-Signature-256, bad bodies answered clearly
// with nothing stored, every message type in Meta's shapes (with fields we
// do not use and without optional ones), media fetched from a Graph API
// stand-in, duplicates, and media that survives a server kill.

#include "capturehttp.h"
#include "channelfixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relaydesk::test;

namespace {

QByteArray png()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray wav()
{
    QByteArray data(800, '\0');
    QByteArray out("RIFF");
    const quint32 size = 36 + quint32(data.size());
    out.append(reinterpret_cast<const char *>(&size), 4);
    out.append("WAVEfmt ");
    const char format[] = {16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1f, 0, 0, char(0x80), 0x3e, 0, 0, 2, 0, 16, 0};
    out.append(format, sizeof format);
    out.append("data");
    const quint32 dataSize = quint32(data.size());
    out.append(reinterpret_cast<const char *>(&dataSize), 4);
    return out + data;
}

QByteArray mp4()
{
    return QByteArray("\0\0\0\x20"
                      "ftypisom\0\0\x02\0isomiso2avc1mp41",
                      32)
           + QByteArray(64, '\0');
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

QJsonObject mediaMessage(const QString &type, const QString &id, const QString &mediaId, const QJsonObject &extra = {})
{
    QJsonObject media{{QStringLiteral("id"), mediaId},
                      {QStringLiteral("mime_type"), QStringLiteral("application/octet-stream")},
                      {QStringLiteral("sha256"), QStringLiteral("ignored-by-relaydesk")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        media.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("from"), QStringLiteral("4915112345678")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                       {QStringLiteral("type"), type},
                       {type, media}};
}

// The Graph stand-in's answer for a photo: the lookup gives the "CDN"
// address, and the address gives the bytes.
CannedResponse aPhoto(const CaptureHttp &graph, const CapturedRequest &request)
{
    if (request.path().startsWith("/files/"))
        return CannedResponse{200, png(), "image/png"};
    return CannedResponse{200,
                          ChannelFixture::toBytes(
                              QJsonObject{{QStringLiteral("url"), graph.base().toString() + QStringLiteral("/files/x")},
                                          {QStringLiteral("mime_type"), QStringLiteral("image/png")}})};
}

// Waits until the conversation holds `count` messages.
QJsonArray waitForMessages(ChannelFixture &f, qint64 conversation, int count, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonArray list;
    while (!deadline.hasExpired()) {
        list = f.messages(conversation);
        if (list.size() >= count)
            break;
        QTest::qWait(30);
    }
    return list;
}

} // namespace

class TestServerWhatsAppInbound : public QObject
{
    Q_OBJECT

private slots:
    void verificationHandshake()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QUrl url = f.webhookUrl(QStringLiteral("whatsapp"));
        url.setQuery(QStringLiteral("hub.mode=subscribe&hub.verify_token=verify-me-42&hub.challenge=1158201444"));
        QCOMPARE(rawCall(url, "GET", {}).status, 404); // not set up yet
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);

        const RawReply ok = rawCall(url, "GET", {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        QVERIFY(ok.contentType.startsWith("text/plain"));

        url.setQuery(QStringLiteral("hub.mode=subscribe&hub.verify_token=verify-me-43&hub.challenge=1158201444"));
        const RawReply wrong = rawCall(url, "GET", {});
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!wrong.body.contains("1158201444"));
        url.setQuery(QStringLiteral("hub.mode=unsubscribe&hub.verify_token=verify-me-42&hub.challenge=1"));
        QCOMPARE(rawCall(url, "GET", {}).status, 403);
        url.setQuery(QStringLiteral("hub.mode=subscribe&hub.challenge=1"));
        QCOMPARE(rawCall(url, "GET", {}).status, 403);
        QUrl unknown = f.server.baseUrl();
        unknown.setPath(QStringLiteral("/v1/webhooks/whatsapp/no-such-key"));
        unknown.setQuery(QStringLiteral("hub.mode=subscribe&hub.verify_token=verify-me-42&hub.challenge=1"));
        QCOMPARE(rawCall(unknown, "GET", {}).status, 404);
    }

    void signatureIsChecked()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);
        const QByteArray body = ChannelFixture::toBytes(whatsAppWebhook(
            {whatsAppText(QStringLiteral("4915112345678"), QStringLiteral("wamid.SIG1"), QStringLiteral("hi"))}));
        const QUrl url = f.webhookUrl(QStringLiteral("whatsapp"));

        QByteArray tampered = body;
        tampered.replace("\"hi\"", "\"ho\"");
        const RawReply changed = rawCall(url, "POST", tampered,
                                         {{"X-Hub-Signature-256", metaSignature(body, ChannelFixture::kAppSecret)}});
        QCOMPARE(changed.status, 401);
        QCOMPARE(changed.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(rawCall(url, "POST", body, {{"X-Hub-Signature-256", metaSignature(body, "another-secret")}}).status,
                 401);
        const RawReply missing = rawCall(url, "POST", body);
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("X-Hub-Signature-256")));
        QCOMPARE(rawCall(url, "POST", body, {{"X-Hub-Signature-256", "sha1=abc"}}).status, 401);
        QCOMPARE(rawCall(url, "POST", body, {{"X-Hub-Signature-256", "sha256="}}).status, 401);
        QCOMPARE(f.conversations().size(), 0); // nothing refused was stored

        // Valid, with the digest in upper case as some proxies rewrite it.
        const QByteArray upper = "sha256=" + metaSignature(body, ChannelFixture::kAppSecret).mid(7).toUpper();
        const RawReply accepted = rawCall(url, "POST", body, {{"X-Hub-Signature-256", upper}});
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.json.value(QStringLiteral("received")).toInt(), 1);
        QCOMPARE(f.conversations().size(), 1);
        // Nothing about the body or secrets in the log.
        f.server.stop();
        QVERIFY(!f.server.output().contains(QStringLiteral("test-app-secret")));
    }

    void badBodiesAreAnsweredAndStoreNothing()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);
        const QString wa = QStringLiteral("whatsapp");

        const RawReply malformed =
            f.postWebhook(wa, QByteArray("{\"object\": \"whatsapp_business_account\", \"entry\": ["));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), QStringLiteral("bad_request"));
        QCOMPARE(f.postWebhook(wa, QByteArray("[1,2,3]")).status, 400);
        QCOMPARE(f.postWebhook(wa, QByteArray()).status, 400);
        const RawReply huge = f.postWebhook(wa, "{\"pad\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}");
        QCOMPARE(huge.status, 413);
        QCOMPARE(huge.errorCode(), QStringLiteral("too_large"));

        // Signed and well-formed, but of no use: acknowledged (Meta would
        // otherwise deliver it again for days) and counted as ignored.
        const RawReply otherObject = f.postWebhook(wa,
                                                   QJsonObject{{QStringLiteral("object"), QStringLiteral("instagram")},
                                                               {QStringLiteral("entry"), QJsonArray()}});
        QCOMPARE(otherObject.status, 200);
        QCOMPARE(otherObject.json.value(QStringLiteral("ignored")).toInt(), 1);
        const RawReply otherNumber =
            f.postWebhook(wa, whatsAppWebhook({whatsAppText(QStringLiteral("4915112345678"), QStringLiteral("wamid.X"),
                                                            QStringLiteral("hi"))},
                                              {}, QStringLiteral("999")));
        QCOMPARE(otherNumber.status, 200);
        QCOMPARE(otherNumber.json.value(QStringLiteral("ignored")).toInt(), 1);
        QJsonObject noId = whatsAppText(QStringLiteral("4915112345678"), QString(), QStringLiteral("hi"));
        noId.remove(QStringLiteral("id"));
        QJsonObject noFrom = whatsAppText(QString(), QStringLiteral("wamid.NOFROM"), QStringLiteral("hi"));
        noFrom.remove(QStringLiteral("from"));
        QJsonObject emptyText = whatsAppText(QStringLiteral("4915112345678"), QStringLiteral("wamid.EMPTY"), QString());
        const RawReply broken =
            f.postWebhook(wa, whatsAppWebhook({noId, noFrom, emptyText, QJsonValue(42)},
                                              {whatsAppStatus(QStringLiteral("wamid.S"), QStringLiteral("exploded"))}));
        QCOMPARE(broken.status, 200);
        QCOMPARE(broken.json.value(QStringLiteral("ignored")).toInt(), 5);
        QCOMPARE(broken.json.value(QStringLiteral("received")).toInt(), 0);
        QJsonObject noChanges{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                              {QStringLiteral("entry"),
                               QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}}};
        QCOMPARE(f.postWebhook(wa, noChanges).status, 200);
        QCOMPARE(f.conversations().size(), 0);
        f.server.stop();
        QVERIFY(!f.server.output().contains(QStringLiteral("xxxxxxxx")));
    }

    void aTextMakesContactConversationAndWindow()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);
        const qint64 sentAt = QDateTime::currentSecsSinceEpoch() - 60;
        QJsonObject text =
            whatsAppText(QStringLiteral("4915112345678"),
                         QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="),
                         QStringLiteral("مرحبا، أين طلبي؟ 📦"));
        text.insert(QStringLiteral("timestamp"), QString::number(sentAt));
        text.insert(QStringLiteral("future_field"),
                    QJsonObject{{QStringLiteral("nested"), true}}); // fields we do not use
        const QJsonArray contacts{
            QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Aisha")}}},
                        {QStringLiteral("wa_id"), QStringLiteral("4915112345678")}}};
        const RawReply first =
            f.postWebhook(QStringLiteral("whatsapp"),
                          whatsAppWebhook({text}, {}, QString::fromLatin1(ChannelFixture::kPhoneNumberId), contacts));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("received")).toInt(), 1);

        const QJsonArray list = f.conversations();
        QCOMPARE(list.size(), 1);
        const QJsonObject c = list.first().toObject();
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(c.value(QStringLiteral("unread_count")).toInt(), 1);
        QCOMPARE(qint64(c.value(QStringLiteral("window_expires_at")).toDouble()), (sentAt + 24 * 3600) * 1000);
        const QJsonObject contact = f.contact(qint64(c.value(QStringLiteral("contact_id")).toDouble()));
        QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("Aisha"));
        QCOMPARE(contact.value(QStringLiteral("whatsapp_id")).toString(), QStringLiteral("4915112345678"));
        QCOMPARE(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("+4915112345678"));
        const QJsonArray messages = f.messages(qint64(c.value(QStringLiteral("id")).toDouble()));
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.first().toObject();
        QCOMPARE(m.value(QStringLiteral("author")).toString(), QStringLiteral("customer"));
        QCOMPARE(m.value(QStringLiteral("author_name")).toString(), QStringLiteral("Aisha"));
        QCOMPARE(m.value(QStringLiteral("text")).toString(), QStringLiteral("مرحبا، أين طلبي؟ 📦"));
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));

        // Meta delivers at least once: the same message again changes nothing.
        const RawReply again = f.postWebhook(QStringLiteral("whatsapp"), whatsAppWebhook({text}));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(f.messages(qint64(c.value(QStringLiteral("id")).toDouble())).size(), 1);

        // Another customer, with no contacts block (optional): named by number;
        // a reply to the first message keeps the reference.
        QJsonObject reply = whatsAppText(QStringLiteral("447700900123"), QStringLiteral("wamid.SECOND"),
                                         QStringLiteral("me too"));
        reply.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), QStringLiteral("15550783881")},
                                                            {QStringLiteral("id"), text.value(QStringLiteral("id"))}});
        QCOMPARE(f.postWebhook(QStringLiteral("whatsapp"), whatsAppWebhook({reply})).status, 200);
        const QJsonObject second = f.conversations().first().toObject();
        QCOMPARE(f.contact(qint64(second.value(QStringLiteral("contact_id")).toDouble()))
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("+447700900123"));
        QCOMPARE(qint64(f.messages(qint64(second.value(QStringLiteral("id")).toDouble()))
                            .first()
                            .toObject()
                            .value(QStringLiteral("reply_to"))
                            .toDouble()),
                 qint64(m.value(QStringLiteral("id")).toDouble()));
    }

    void everyMediaKindIsFetchedAndStored()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        const QHash<QString, QByteArray> files{{QStringLiteral("img1"), png()},
                                               {QStringLiteral("aud1"), wav()},
                                               {QStringLiteral("vid1"), mp4()},
                                               {QStringLiteral("doc1"), pdf()},
                                               {QStringLiteral("stk1"), png()}};
        graph.handler = [&](const CapturedRequest &request) {
            const QString id = QString::fromLatin1(request.path().mid(1));
            if (id.startsWith(QLatin1String("files/")))
                return CannedResponse{200, files.value(id.mid(6)), "application/octet-stream"};
            // The lookup answers with a URL on the "CDN" and Meta's fields.
            return CannedResponse{
                200, ChannelFixture::toBytes(
                         QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                     {QStringLiteral("url"), graph.base().toString() + QStringLiteral("/files/") + id},
                                     {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                     {QStringLiteral("sha256"), QStringLiteral("x")},
                                     {QStringLiteral("file_size"), QString::number(files.value(id).size())},
                                     {QStringLiteral("id"), id}})};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(graph.base())), 0);
        const QJsonArray messages{
            mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.IMG"), QStringLiteral("img1"),
                         {{QStringLiteral("caption"), QStringLiteral("the receipt")}}),
            mediaMessage(QStringLiteral("audio"), QStringLiteral("wamid.AUD"), QStringLiteral("aud1"),
                         {{QStringLiteral("voice"), true}}),
            mediaMessage(QStringLiteral("video"), QStringLiteral("wamid.VID"), QStringLiteral("vid1")),
            mediaMessage(QStringLiteral("document"), QStringLiteral("wamid.DOC"), QStringLiteral("doc1"),
                         {{QStringLiteral("filename"), QStringLiteral("Invoice June.pdf")},
                          {QStringLiteral("caption"), QStringLiteral("invoice")}}),
            mediaMessage(QStringLiteral("sticker"), QStringLiteral("wamid.STK"), QStringLiteral("stk1"),
                         {{QStringLiteral("animated"), false}}),
        };
        const RawReply answer = f.postWebhook(QStringLiteral("whatsapp"), whatsAppWebhook(messages));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("received")).toInt(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(f.newestConversation() > 0, 15000);
        const qint64 conversation = f.newestConversation();
        const QJsonArray stored = waitForMessages(f, conversation, 5);
        QCOMPARE(stored.size(), 5);

        // Lookups and downloads carried the business token.
        for (const CapturedRequest &request : std::as_const(graph.requests))
            QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + ChannelFixture::kToken);
        QCOMPARE(graph.requests.size(), 10);

        QMultiHash<QString, QJsonObject> byKind;
        for (const QJsonValue &value : stored) {
            const QJsonObject m = value.toObject();
            QCOMPARE(m.value(QStringLiteral("attachments")).toArray().size(), 1);
            byKind.insert(m.value(QStringLiteral("kind")).toString(), m);
        }
        QCOMPARE(byKind.count(QStringLiteral("image")), 2); // the sticker is an image
        QVERIFY(byKind.contains(QStringLiteral("audio")));
        QVERIFY(byKind.contains(QStringLiteral("video")));
        const QJsonObject document = byKind.value(QStringLiteral("document"));
        QCOMPARE(document.value(QStringLiteral("text")).toString(), QStringLiteral("invoice"));
        const QJsonObject file = document.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("file_name")).toString(), QStringLiteral("Invoice June.pdf"));
        QCOMPARE(file.value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(file.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(pdf(), QCryptographicHash::Sha256).toHex()));
        // The file is served to agents like an upload.
        const RawReply download =
            f.rest("GET", QStringLiteral("/v1/media/%1").arg(file.value(QStringLiteral("media_id")).toString()));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, pdf());
    }

    void mediaThatCannotBeFetchedIsStillAMessage()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        graph.handler = [](const CapturedRequest &request) {
            if (request.path().contains("hang"))
                return CannedResponse{200, {}, "application/json", true};
            if (request.path().contains("big"))
                return CannedResponse{
                    200,
                    "{\"url\":\"https://lookaside.example/x\",\"mime_type\":\"video/mp4\",\"file_size\":\"900000000\",\"id\":\"big\"}"};
            return CannedResponse{
                400,
                "{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"Az\"}}"};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("graph_timeout_ms"),
                        1000); // the stand-in answers at once; only the hung request reaches it
        QCOMPARE(f.setSettings(settings), 0);
        const RawReply answer = f.postWebhook(
            QStringLiteral("whatsapp"),
            whatsAppWebhook(
                {mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.E1"), QStringLiteral("gone"),
                              {{QStringLiteral("caption"), QStringLiteral("look")}}),
                 mediaMessage(QStringLiteral("video"), QStringLiteral("wamid.E2"), QStringLiteral("hang")),
                 mediaMessage(QStringLiteral("video"), QStringLiteral("wamid.E3"), QStringLiteral("big"))}));
        QCOMPARE(answer.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(f.newestConversation() > 0, 15000);
        const QJsonArray stored = waitForMessages(f, f.newestConversation(), 3);
        QCOMPARE(stored.size(), 3);
        QStringList texts;
        for (const QJsonValue &m : stored) {
            QCOMPARE(m.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
            QCOMPARE(m.toObject().value(QStringLiteral("author")).toString(), QStringLiteral("customer"));
            texts.append(m.toObject().value(QStringLiteral("text")).toString());
        }
        const QString all = texts.join(QLatin1Char('|'));
        QVERIFY2(all.contains(
                     QStringLiteral("[image not received: WhatsApp refused it: (#100) Invalid parameter]\nlook")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("[video not received: WhatsApp did not answer in time.]")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("[video not received: the file is larger than 100 MB]")), qPrintable(all));
    }

    // Files are fetched side by side, yet one customer's messages land in the
    // order they were sent: a photo that comes quickly waits for the slow one
    // sent before it, and another customer is not kept waiting by either.
    void oneCustomersMediaIsStoredInTheOrderSent()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        graph.handler = [&](const CapturedRequest &request) {
            if (request.path().contains("slow"))
                return CannedResponse{200, {}, "application/json", true};
            return aPhoto(graph, request);
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("graph_timeout_ms"), 1500);
        QCOMPARE(f.setSettings(settings), 0);
        QJsonObject other = mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.OTHER"), QStringLiteral("o1"));
        other.insert(QStringLiteral("from"), QStringLiteral("628111222333"));
        const RawReply answer = f.postWebhook(
            QStringLiteral("whatsapp"),
            whatsAppWebhook(
                {mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.FIRST"), QStringLiteral("slow"),
                              {{QStringLiteral("caption"), QStringLiteral("first")}}),
                 mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.SECOND"), QStringLiteral("fast"),
                              {{QStringLiteral("caption"), QStringLiteral("second")}}),
                 other}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("received")).toInt(), 3);

        // The other customer's photo is in while the first one's is still on its way.
        QDeadlineTimer deadline(15000);
        qint64 otherConversation = 0;
        while (!deadline.hasExpired() && otherConversation == 0) {
            for (const QJsonValue &c : f.conversations()) {
                const QJsonArray in = f.messages(qint64(c[QStringLiteral("id")].toDouble()));
                if (!in.isEmpty() && in.first()[QStringLiteral("kind")].toString() == QLatin1String("image"))
                    otherConversation = qint64(c[QStringLiteral("id")].toDouble());
            }
            QTest::qWait(30);
        }
        QVERIFY(otherConversation > 0);
        QCOMPARE(f.conversations().size(), 1); // the first customer has nothing yet: their first file is awaited

        // The first customer's two messages, in the order sent.
        qint64 first = 0;
        QTRY_VERIFY_WITH_TIMEOUT((first = f.newestConversation()) != otherConversation && first > 0, 15000);
        const QJsonArray stored = waitForMessages(f, first, 2); // newest first
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1)[QStringLiteral("text")].toString(),
                 QStringLiteral("[image not received: WhatsApp did not answer in time.]\nfirst"));
        QCOMPARE(stored.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("image"));
        QCOMPARE(stored.at(0)[QStringLiteral("text")].toString(), QStringLiteral("second"));
    }

    void heldMediaSurvivesAServerKill()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        bool answer = false;
        graph.handler = [&](const CapturedRequest &request) {
            if (!answer)
                return CannedResponse{200, {}, "application/json", true};
            return aPhoto(graph, request);
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("graph_timeout_ms"), 60000);
        QCOMPARE(f.setSettings(settings), 0);
        QCOMPARE(f.postWebhook(QStringLiteral("whatsapp"),
                               whatsAppWebhook({mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.KEEP"),
                                                             QStringLiteral("k1"))}))
                     .status,
                 200);
        QVERIFY(graph.waitForRequests(1)); // the lookup is under way (and will hang)
        f.server.kill();
        answer = true;
        QVERIFY(f.server.restart());
        // The held message is fetched on start, and a retried webhook is a duplicate.
        QTRY_VERIFY_WITH_TIMEOUT(f.newestConversation() > 0, 15000);
        const QJsonArray stored = waitForMessages(f, f.newestConversation(), 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        const RawReply again =
            f.postWebhook(QStringLiteral("whatsapp"),
                          whatsAppWebhook({mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.KEEP"),
                                                        QStringLiteral("k1"))}));
        QCOMPARE(again.json.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(f.messages(f.newestConversation()).size(), 1);
    }

    void otherTypesAreShownForWhatTheyAre()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);
        auto base = [](const QString &id, const QString &type) {
            return QJsonObject{{QStringLiteral("from"), QStringLiteral("4915112345678")},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                               {QStringLiteral("type"), type}};
        };
        QJsonObject location = base(QStringLiteral("wamid.LOC"), QStringLiteral("location"));
        location.insert(QStringLiteral("location"),
                        QJsonObject{{QStringLiteral("latitude"), 52.5}, {QStringLiteral("longitude"), 13.4}});
        QJsonObject button = base(QStringLiteral("wamid.BTN"), QStringLiteral("interactive"));
        button.insert(QStringLiteral("interactive"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                                  {QStringLiteral("button_reply"),
                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("b1")},
                                               {QStringLiteral("title"), QStringLiteral("Yes please")}}}});
        QJsonObject quick = base(QStringLiteral("wamid.QR"), QStringLiteral("button"));
        quick.insert(QStringLiteral("button"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Stop promotions")},
                                                           {QStringLiteral("payload"), QStringLiteral("STOP")}});
        QJsonObject unsupported = base(QStringLiteral("wamid.UNS"), QStringLiteral("unsupported"));
        unsupported.insert(QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), 131051}}});
        const RawReply answer = f.postWebhook(QStringLiteral("whatsapp"),
                                              whatsAppWebhook({location, button, quick, unsupported}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("received")).toInt(), 4);
        const qint64 conversation = f.newestConversation();
        QCOMPARE(qint64(f.conversation(conversation).value(QStringLiteral("window_expires_at")).toDouble()) > 0, true);
        QStringList seen;
        for (const QJsonValue &value : f.messages(conversation))
            seen.prepend(value.toObject().value(QStringLiteral("author")).toString() + QLatin1Char(':')
                         + value.toObject().value(QStringLiteral("text")).toString());
        QCOMPARE(seen.size(), 4);
        QVERIFY2(seen.at(0).startsWith(QStringLiteral("system:The customer sent a location message")),
                 qPrintable(seen.at(0)));
        QCOMPARE(seen.at(1), QStringLiteral("customer:Yes please"));
        QCOMPARE(seen.at(2), QStringLiteral("customer:Stop promotions"));
        QVERIFY2(seen.at(3).startsWith(QStringLiteral("system:The customer sent a new kind of message")),
                 qPrintable(seen.at(3)));
    }
};

QTEST_MAIN(TestServerWhatsAppInbound)
#include "tst_server_whatsapp_inbound.moc"
