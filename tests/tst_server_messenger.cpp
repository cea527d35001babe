// Messenger into and out of the real relaydesk-server: webhooks with
// entry[].messaging[] (text, attachments, postbacks, echoes, deliveries and
// reads) under the same signature check, the page-scoped id as the contact's
// channel id, and the Send API captured by a stand-in.

#include "capturehttp.h"
#include "channelfixture.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relaydesk::test;

namespace {

const QString kPsid = QStringLiteral("6543210987654321");

QJsonObject messaging(const QJsonObject &message)
{
    return QJsonObject{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), kPsid}}},
                       {QStringLiteral("recipient"),
                        QJsonObject{{QStringLiteral("id"), QString::fromLatin1(ChannelFixture::kPageId)}}},
                       {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                       {QStringLiteral("message"), message}};
}

QByteArray png()
{
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(Qt::darkYellow);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestServerMessenger : public QObject
{
    Q_OBJECT

private slots:
    void handshakeAndSignature()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);
        QUrl url = f.webhookUrl(QStringLiteral("messenger"));
        url.setQuery(
            QStringLiteral("hub.mode=subscribe&hub.verify_token=verify-me-42&hub.challenge=CHALLENGE_ACCEPTED"));
        QCOMPARE(rawCall(url, "GET", {}).body, QByteArray("CHALLENGE_ACCEPTED"));
        url.setQuery(QStringLiteral("hub.mode=subscribe&hub.verify_token=nope&hub.challenge=x"));
        QCOMPARE(rawCall(url, "GET", {}).status, 403);
        const QByteArray body = ChannelFixture::toBytes(messengerWebhook({messaging(
            {{QStringLiteral("mid"), QStringLiteral("m_1")}, {QStringLiteral("text"), QStringLiteral("hi")}})}));
        QCOMPARE(rawCall(f.webhookUrl(QStringLiteral("messenger")), "POST", body).status, 401);
        QCOMPARE(f.postWebhook(QStringLiteral("messenger"), body, "wrong").status, 401);
        QCOMPARE(f.postWebhook(QStringLiteral("messenger"), QByteArray("{oops")).status, 400);
        QCOMPARE(f.conversations().size(), 0);
        QCOMPARE(f.postWebhook(QStringLiteral("messenger"), body).status, 200);
        QCOMPARE(f.conversations().size(), 1);
    }

    void messagesInAndRepliesOut()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        int sends = 0;
        graph.handler = [&](const CapturedRequest &request) {
            if (request.method == "GET")
                return CannedResponse{200, png(), "image/png"};
            ++sends;
            if (QJsonDocument::fromJson(request.body)
                    .object()
                    .value(QStringLiteral("message"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                == QLatin1String("blocked"))
                return CannedResponse{
                    400,
                    "{\"error\":{\"message\":\"This person isn't available right now.\",\"type\":\"OAuthException\","
                    "\"code\":551,\"error_subcode\":1545041,\"fbtrace_id\":\"A\"}}"};
            return CannedResponse{200, ChannelFixture::toBytes(QJsonObject{{QStringLiteral("recipient_id"), kPsid},
                                                                           {QStringLiteral("message_id"),
                                                                            QStringLiteral("m_OUT%1").arg(sends)}})};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(graph.base())), 0);

        const QJsonArray events{
            messaging({{QStringLiteral("mid"), QStringLiteral("m_A")},
                       {QStringLiteral("text"), QStringLiteral("Do you ship to Kenya?")},
                       {QStringLiteral("nlp"), QJsonObject{{QStringLiteral("entities"), QJsonObject()}}}}),
            messaging(
                {{QStringLiteral("mid"), QStringLiteral("m_B")},
                 {QStringLiteral("attachments"),
                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                         {QStringLiteral("payload"),
                                          QJsonObject{{QStringLiteral("url"),
                                                       graph.base().toString() + QStringLiteral("/cdn/p.png")}}}}}}}),
            messaging({{QStringLiteral("mid"), QStringLiteral("m_ECHO")},
                       {QStringLiteral("is_echo"), true},
                       {QStringLiteral("text"), QStringLiteral("ours")}}),
            QJsonObject{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), kPsid}}},
                        {QStringLiteral("recipient"),
                         QJsonObject{{QStringLiteral("id"), QString::fromLatin1(ChannelFixture::kPageId)}}},
                        {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                        {QStringLiteral("postback"),
                         QJsonObject{{QStringLiteral("title"), QStringLiteral("Track my order")},
                                     {QStringLiteral("payload"), QStringLiteral("TRACK")},
                                     {QStringLiteral("mid"), QStringLiteral("m_PB")}}}},
        };
        const RawReply answer = f.postWebhook(QStringLiteral("messenger"), messengerWebhook(events));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("received")).toInt(), 3);
        QCOMPARE(answer.json.value(QStringLiteral("ignored")).toInt(), 1); // the echo
        // Another page's entry is ignored.
        QCOMPARE(f.postWebhook(QStringLiteral("messenger"), messengerWebhook(events, QStringLiteral("999")))
                     .json.value(QStringLiteral("ignored"))
                     .toInt(),
                 1);
        const qint64 conversation = f.newestConversation();
        QTRY_COMPARE_WITH_TIMEOUT(f.messages(conversation).size(), 3, 15000);
        const QJsonObject c = f.conversation(conversation);
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("messenger"));
        QVERIFY(c.value(QStringLiteral("window_expires_at")).toDouble() > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(f.contact(qint64(c.value(QStringLiteral("contact_id")).toDouble()))
                     .value(QStringLiteral("messenger_psid"))
                     .toString(),
                 kPsid);
        QStringList kinds;
        for (const QJsonValue &m : f.messages(conversation))
            kinds.append(m.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(':')
                         + m.toObject().value(QStringLiteral("text")).toString());
        QVERIFY2(kinds.contains(QStringLiteral("image:")), qPrintable(kinds.join(QLatin1Char('|'))));
        QVERIFY(kinds.contains(QStringLiteral("text:Track my order")));
        QVERIFY(kinds.contains(QStringLiteral("text:Do you ship to Kenya?")));
        QVERIFY(
            graph.requestsTo("/cdn/p.png").first().header("authorization").isEmpty()); // Messenger's URLs need no token

        auto agent = f.stream();
        QVERIFY(agent);
        const QJsonObject ack = commandAck(*agent, QStringLiteral("message.send"),
                                           {{QStringLiteral("conversation_id"), conversation},
                                            {QStringLiteral("text"), QStringLiteral("Yes, we do!")}});
        const qint64 id = qint64(
            ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")).toDouble());
        QVERIFY(!waitForEvent(*agent, QStringLiteral("message.updated"), [id](const QJsonObject &d) {
                     return qint64(d.value(QStringLiteral("id")).toDouble()) == id
                            && d.value(QStringLiteral("status")).toString() == QLatin1String("sent");
                 }).isEmpty());
        const CapturedRequest send = graph.requestsTo("/messages").first();
        QCOMPARE(send.path(), QByteArray("/") + ChannelFixture::kPageId + "/messages");
        QCOMPARE(send.header("authorization"), QByteArray("Bearer EAAG-test-page-token"));
        QCOMPARE(QJsonDocument::fromJson(send.body).object(),
                 (QJsonObject{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), kPsid}}},
                              {QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                              {QStringLiteral("message"),
                               QJsonObject{{QStringLiteral("text"), QStringLiteral("Yes, we do!")}}}}));

        // Delivery by mid, then read by watermark.
        QJsonObject delivery{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), kPsid}}},
                             {QStringLiteral("recipient"),
                              QJsonObject{{QStringLiteral("id"), QString::fromLatin1(ChannelFixture::kPageId)}}},
                             {QStringLiteral("delivery"),
                              QJsonObject{{QStringLiteral("mids"), QJsonArray{QStringLiteral("m_OUT1")}},
                                          {QStringLiteral("watermark"), QDateTime::currentMSecsSinceEpoch()}}}};
        QCOMPARE(f.postWebhook(QStringLiteral("messenger"), messengerWebhook({delivery}))
                     .json.value(QStringLiteral("statuses"))
                     .toInt(),
                 1);
        QJsonObject read{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), kPsid}}},
                         {QStringLiteral("recipient"),
                          QJsonObject{{QStringLiteral("id"), QString::fromLatin1(ChannelFixture::kPageId)}}},
                         {QStringLiteral("read"),
                          QJsonObject{{QStringLiteral("watermark"), QDateTime::currentMSecsSinceEpoch() + 1000}}}};
        QCOMPARE(f.postWebhook(QStringLiteral("messenger"), messengerWebhook({read}))
                     .json.value(QStringLiteral("statuses"))
                     .toInt(),
                 1);
        QVERIFY(!waitForEvent(*agent, QStringLiteral("message.updated"), [id](const QJsonObject &d) {
                     return qint64(d.value(QStringLiteral("id")).toDouble()) == id
                            && d.value(QStringLiteral("status")).toString() == QLatin1String("read");
                 }).isEmpty());

        // The Send API's refusal is the failure reason.
        const QJsonObject blocked = commandAck(*agent, QStringLiteral("message.send"),
                                               {{QStringLiteral("conversation_id"), conversation},
                                                {QStringLiteral("text"), QStringLiteral("blocked")}});
        const qint64 blockedId = qint64(
            blocked.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")).toDouble());
        QCOMPARE(waitForEvent(*agent, QStringLiteral("message.updated"),
                              [blockedId](const QJsonObject &d) {
                                  return qint64(d.value(QStringLiteral("id")).toDouble()) == blockedId
                                         && d.value(QStringLiteral("status")).toString() == QLatin1String("failed");
                              })
                     .value(QStringLiteral("failure_reason"))
                     .toString(),
                 QStringLiteral("Messenger refused it: (#551) This person isn't available right now."));

        // A file goes as multipart: the recipient, the attachment's type, the bytes.
        const QByteArray picture = png();
        const QJsonObject uploaded = f.upload(picture, QStringLiteral("map.png"));
        const QJsonObject withFile = commandAck(
            *agent, QStringLiteral("message.send"),
            {{QStringLiteral("conversation_id"), conversation},
             {QStringLiteral("attachments"),
              QJsonArray{QJsonObject{{QStringLiteral("media_id"), uploaded.value(QStringLiteral("media_id"))}}}}});
        QVERIFY(withFile.value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(graph.requestsTo("/messages").size(), 3, 15000);
        const CapturedRequest multipart = graph.requestsTo("/messages").last();
        QVERIFY(multipart.header("content-type").startsWith("multipart/form-data"));
        QVERIFY(multipart.body.contains("name=\"recipient\"\r\n\r\n{\"id\":\"" + kPsid.toLatin1() + "\"}"));
        QVERIFY(multipart.body.contains("{\"attachment\":{\"payload\":{\"is_reusable\":false},\"type\":\"image\"}}"));
        QVERIFY(multipart.body.contains("name=\"filedata\"; filename=\"map.png\""));
        QVERIFY(multipart.body.contains(picture));

        // A template outside the window goes as a tagged message.
        const QJsonObject tagged = commandAck(
            *agent, QStringLiteral("message.send"),
            {{QStringLiteral("conversation_id"), conversation},
             {QStringLiteral("template"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                          {QStringLiteral("parameters"), QJsonArray{QStringLiteral("Sam"), QStringLiteral("B-7")}}}}});
        QVERIFY(tagged.value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(graph.requestsTo("/messages").size(), 4, 15000);
        const QJsonObject body = QJsonDocument::fromJson(graph.requestsTo("/messages").last().body).object();
        QCOMPARE(body.value(QStringLiteral("messaging_type")).toString(), QStringLiteral("MESSAGE_TAG"));
        QCOMPARE(body.value(QStringLiteral("tag")).toString(), QStringLiteral("ACCOUNT_UPDATE"));
        QCOMPARE(body.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi Sam, your order B-7 is on its way."));
    }
};

QTEST_MAIN(TestServerMessenger)
#include "tst_server_messenger.moc"
