// Agents' messages out through the WhatsApp Cloud API, captured by a Graph
// API stand-in inside the test: the URL, headers and JSON body, media
// uploaded first, the returned id followed by later status webhooks, Graph
// errors and timeouts turned into failed statuses with the reason, retries,
// the 24-hour window with templates, and a queued message that survives a
// server kill.

#include "capturehttp.h"
#include "channelfixture.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace relaydesk::test;

namespace {

const QString kCustomer = QStringLiteral("4915112345678");

QByteArray graphAccepted(const QString &id)
{
    return ChannelFixture::toBytes(
        QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                    {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("input"), kCustomer},
                                                                        {QStringLiteral("wa_id"), kCustomer}}}},
                    {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}}}}});
}

// The customer writes (`secondsAgo` before now); the conversation's id.
qint64 customerWrites(ChannelFixture &f, const QString &id, qint64 secondsAgo = 0)
{
    QJsonObject text = whatsAppText(kCustomer, id, QStringLiteral("Hello, where is my order?"));
    text.insert(QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch() - secondsAgo));
    if (f.postWebhook(QStringLiteral("whatsapp"), whatsAppWebhook({text})).status != 200)
        return 0;
    return f.newestConversation();
}

QJsonObject send(StreamClient &client, qint64 conversation, const QJsonObject &extra)
{
    QJsonObject args{{QStringLiteral("conversation_id"), conversation}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        args.insert(it.key(), it.value());
    return commandAck(client, QStringLiteral("message.send"), args);
}

qint64 messageIdOf(const QJsonObject &ack)
{
    return qint64(ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")).toDouble());
}

auto statusIs(qint64 messageId, const QString &status)
{
    return [messageId, status](const QJsonObject &data) {
        return qint64(data.value(QStringLiteral("id")).toDouble()) == messageId
               && data.value(QStringLiteral("status")).toString() == status;
    };
}

} // namespace

class TestServerWhatsAppOutbound : public QObject
{
    Q_OBJECT

private slots:
    void aTextReplyAndItsStatuses()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        graph.handler = [](const CapturedRequest &) {
            return CannedResponse{200, graphAccepted(QStringLiteral("wamid.OUT1"))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("graph_base"), graph.base().toString() + QStringLiteral("/v21.0"));
        QCOMPARE(f.setSettings(settings), 0);
        const qint64 conversation = customerWrites(f, QStringLiteral("wamid.IN1"));
        auto agent = f.stream();
        QVERIFY(agent);

        const qint64 customerMessage = qint64(
            f.messages(conversation).first().toObject().value(QStringLiteral("id")).toDouble());
        const QJsonObject ack = send(*agent, conversation,
                                     {{QStringLiteral("text"), QStringLiteral("It ships today 🚚")},
                                      {QStringLiteral("reply_to"), customerMessage}});
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        const qint64 id = messageIdOf(ack);
        const QJsonObject created = waitForEvent(*agent, QStringLiteral("message.created"), [id](const QJsonObject &m) {
            return qint64(m.value(QStringLiteral("id")).toDouble()) == id;
        });
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QVERIFY(
            !waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(id, QStringLiteral("sent"))).isEmpty());

        QCOMPARE(graph.requests.size(), 1);
        const CapturedRequest &request = graph.requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/v21.0/") + ChannelFixture::kPhoneNumberId + "/messages");
        QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + ChannelFixture::kToken);
        QVERIFY(request.header("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(body.value(QStringLiteral("to")).toString(), kCustomer);
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("It ships today 🚚"));
        QCOMPARE(body.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")).toString(),
                 QStringLiteral("wamid.IN1"));

        // Meta's statuses for the id it gave move the message forward only.
        const RawReply delivered = f.postWebhook(QStringLiteral("whatsapp"),
                                                 whatsAppWebhook({}, {whatsAppStatus(QStringLiteral("wamid.OUT1"),
                                                                                     QStringLiteral("delivered"))}));
        QCOMPARE(delivered.json.value(QStringLiteral("statuses")).toInt(), 1);
        QVERIFY(!waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(id, QStringLiteral("delivered")))
                     .isEmpty());
        QCOMPARE(f.postWebhook(QStringLiteral("whatsapp"),
                               whatsAppWebhook({},
                                               {whatsAppStatus(QStringLiteral("wamid.OUT1"), QStringLiteral("read"))}))
                     .status,
                 200);
        QVERIFY(
            !waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(id, QStringLiteral("read"))).isEmpty());
        const RawReply late = f.postWebhook(
            QStringLiteral("whatsapp"),
            whatsAppWebhook({}, {whatsAppStatus(QStringLiteral("wamid.OUT1"), QStringLiteral("sent")),
                                 whatsAppStatus(QStringLiteral("wamid.UNKNOWN"), QStringLiteral("read"))}));
        QCOMPARE(late.json.value(QStringLiteral("statuses")).toInt(), 0);
        QCOMPARE(late.json.value(QStringLiteral("statuses_unchanged")).toInt(), 2);
        QCOMPARE(f.messages(conversation).first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("read"));
    }

    void mediaIsUploadedThenSent()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        graph.handler = [](const CapturedRequest &request) {
            if (request.path().endsWith("/media"))
                return CannedResponse{200, "{\"id\":\"1037543291543636\"}"};
            return CannedResponse{200, graphAccepted(QStringLiteral("wamid.IMG"))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(graph.base())), 0);
        const qint64 conversation = customerWrites(f, QStringLiteral("wamid.IN2"));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkMagenta);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QJsonObject attachment = f.upload(bytes, QStringLiteral("label.png"));
        QVERIFY(!attachment.value(QStringLiteral("media_id")).toString().isEmpty());
        auto agent = f.stream();
        QVERIFY(agent);
        const QJsonObject two = send(
            *agent, conversation,
            {{QStringLiteral("attachments"),
              QJsonArray{QJsonObject{{QStringLiteral("media_id"), attachment.value(QStringLiteral("media_id"))}},
                         QJsonObject{{QStringLiteral("media_id"), attachment.value(QStringLiteral("media_id"))}}}}});
        QCOMPARE(two.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_request"));
        const QJsonObject ack = send(
            *agent, conversation,
            {{QStringLiteral("text"), QStringLiteral("Your label")},
             {QStringLiteral("attachments"),
              QJsonArray{QJsonObject{{QStringLiteral("media_id"), attachment.value(QStringLiteral("media_id"))}}}}});
        QVERIFY(ack.value(QStringLiteral("ok")).toBool());
        QVERIFY(
            !waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(messageIdOf(ack), QStringLiteral("sent")))
                 .isEmpty());
        QCOMPARE(graph.requests.size(), 2);
        const CapturedRequest upload = graph.requests.at(0);
        QCOMPARE(upload.path(), QByteArray("/") + ChannelFixture::kPhoneNumberId + "/media");
        QVERIFY(upload.header("content-type").startsWith("multipart/form-data"));
        QVERIFY(upload.body.contains("name=\"messaging_product\"\r\n\r\nwhatsapp"));
        QVERIFY(upload.body.contains(bytes));
        QCOMPARE(upload.header("authorization"), QByteArray("Bearer ") + ChannelFixture::kToken);
        const QJsonObject body = QJsonDocument::fromJson(graph.requests.at(1).body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("image"));
        QCOMPARE(body.value(QStringLiteral("image")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("1037543291543636"));
        QCOMPARE(body.value(QStringLiteral("image")).toObject().value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Your label"));
    }

    void graphTroubleEndsInAFailedStatusWithTheReason()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        int calls = 0;
        graph.handler = [&](const CapturedRequest &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString text = body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
            if (text == QLatin1String("refused"))
                return CannedResponse{
                    400,
                    "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\","
                    "\"code\":131047,\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"More than 24 hours have passed\"},"
                    "\"fbtrace_id\":\"AbC\"}}"};
            if (text == QLatin1String("slow"))
                return CannedResponse{200, {}, "application/json", true};
            if (text == QLatin1String("flaky") && ++calls == 1)
                return CannedResponse{503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}"};
            if (text == QLatin1String("no id"))
                return CannedResponse{200, "{\"messaging_product\":\"whatsapp\"}"};
            return CannedResponse{200, graphAccepted(QStringLiteral("wamid.FLAKY"))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("graph_timeout_ms"),
                        1000); // the stand-in answers at once; only "slow" reaches it
        settings.insert(QStringLiteral("send_retries"), 1);
        QCOMPARE(f.setSettings(settings), 0);
        const qint64 conversation = customerWrites(f, QStringLiteral("wamid.IN3"));
        auto agent = f.stream();
        QVERIFY(agent);
        auto failureOf = [&](const QString &text) {
            const qint64 id = messageIdOf(send(*agent, conversation, {{QStringLiteral("text"), text}}));
            return waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(id, QStringLiteral("failed")))
                .value(QStringLiteral("failure_reason"))
                .toString();
        };
        QCOMPARE(failureOf(QStringLiteral("refused")),
                 QStringLiteral(
                     "WhatsApp refused it: (#131047) Re-engagement message — More than 24 hours have passed"));
        // A timeout is retried once (send_retries), then fails.
        QCOMPARE(failureOf(QStringLiteral("slow")), QStringLiteral("WhatsApp did not answer in time."));
        QCOMPARE(failureOf(QStringLiteral("no id")),
                 QStringLiteral("WhatsApp accepted the message but gave no id for it."));
        // A 503 is retried, and the second attempt goes through.
        const qint64 flaky = messageIdOf(
            send(*agent, conversation, {{QStringLiteral("text"), QStringLiteral("flaky")}}));
        QVERIFY(!waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(flaky, QStringLiteral("sent")))
                     .isEmpty());
        QCOMPARE(calls, 2);

        // A failed status from Meta after the send, with its error.
        const QJsonArray errors{
            QJsonObject{{QStringLiteral("code"), 131026},
                        {QStringLiteral("title"), QStringLiteral("Message undeliverable")},
                        {QStringLiteral("message"), QStringLiteral("Message undeliverable")},
                        {QStringLiteral("error_data"),
                         QJsonObject{{QStringLiteral("details"),
                                      QStringLiteral("Receiver is incapable of receiving this message")}}}}};
        QCOMPARE(f.postWebhook(QStringLiteral("whatsapp"),
                               whatsAppWebhook({}, {whatsAppStatus(QStringLiteral("wamid.FLAKY"),
                                                                   QStringLiteral("failed"), errors)}))
                     .status,
                 200);
        QCOMPARE(
            waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(flaky, QStringLiteral("failed")))
                .value(QStringLiteral("failure_reason"))
                .toString(),
            QStringLiteral(
                "WhatsApp could not deliver it: (#131026) Message undeliverable — Receiver is incapable of receiving this message"));
        // Nobody listening at the Graph address.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        settings.insert(QStringLiteral("graph_base"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        settings.insert(QStringLiteral("send_retries"), 0);
        QCOMPARE(f.setSettings(settings), 0);
        QCOMPARE(failureOf(QStringLiteral("nobody there")),
                 QStringLiteral("WhatsApp could not be reached (connection refused)."));
        // Nothing of the token in the log.
        f.server.stop();
        QVERIFY(!f.server.output().contains(QLatin1String(ChannelFixture::kToken)));
    }

    void outsideTheWindowOnlyATemplateGoes()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        graph.handler = [](const CapturedRequest &) {
            return CannedResponse{200, graphAccepted(QStringLiteral("wamid.TPL"))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(graph.base())), 0);
        // The customer last wrote 25 hours ago.
        const qint64 conversation = customerWrites(f, QStringLiteral("wamid.OLD"), 25 * 3600);
        const qint64 closesAt = qint64(
            f.conversation(conversation).value(QStringLiteral("window_expires_at")).toDouble());
        QVERIFY(closesAt > 0 && closesAt < QDateTime::currentMSecsSinceEpoch());
        auto agent = f.stream();
        QVERIFY(agent);

        const QJsonObject refused = send(*agent, conversation,
                                         {{QStringLiteral("text"), QStringLiteral("Hello again")}});
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("window_closed"));
        // An internal note is not sent to the customer: always allowed.
        QVERIFY(send(*agent, conversation,
                     {{QStringLiteral("kind"), QStringLiteral("note")},
                      {QStringLiteral("text"), QStringLiteral("call her")}})
                    .value(QStringLiteral("ok"))
                    .toBool());

        auto templateSend = [&](const QString &name, const QJsonArray &parameters) {
            return send(*agent, conversation,
                        {{QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("parameters"), parameters}}}});
        };
        QCOMPARE(templateSend(QStringLiteral("no_such"), {})
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(templateSend(QStringLiteral("order_update"), {QStringLiteral("Aisha")})
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("bad_request"));
        QCOMPARE(templateSend(QStringLiteral("order_update"), {QStringLiteral("Aisha"), QStringLiteral("A\n1")})
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("bad_request"));
        QVERIFY(graph.requests.isEmpty());

        const QJsonObject ok = templateSend(QStringLiteral("order_update"),
                                            {QStringLiteral("Aisha"), QStringLiteral("A-1043")});
        QVERIFY2(ok.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ok).toJson()));
        const qint64 id = messageIdOf(ok);
        const QJsonObject created = waitForEvent(*agent, QStringLiteral("message.created"), [id](const QJsonObject &m) {
            return qint64(m.value(QStringLiteral("id")).toDouble()) == id;
        });
        QCOMPARE(created.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi Aisha, your order A-1043 is on its way."));
        QVERIFY(
            !waitForEvent(*agent, QStringLiteral("message.updated"), statusIs(id, QStringLiteral("sent"))).isEmpty());
        QCOMPARE(graph.requests.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(graph.requests.first().body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
        const QJsonObject templ = body.value(QStringLiteral("template")).toObject();
        QCOMPARE(templ.value(QStringLiteral("name")).toString(), QStringLiteral("order_update"));
        QCOMPARE(templ.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("en_US"));
        const QJsonObject component = templ.value(QStringLiteral("components")).toArray().first().toObject();
        QCOMPARE(component.value(QStringLiteral("type")).toString(), QStringLiteral("body"));
        QCOMPARE(component.value(QStringLiteral("parameters")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                         {QStringLiteral("text"), QStringLiteral("Aisha")}},
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                         {QStringLiteral("text"), QStringLiteral("A-1043")}}}));

        // The agents can list the templates.
        const RawReply list = f.rest("GET", QStringLiteral("/v1/templates"));
        QCOMPARE(list.status, 200);
        const QJsonObject listed = list.json.value(QStringLiteral("templates")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("order_update"));
        QCOMPARE(listed.value(QStringLiteral("parameters")).toInt(), 2);
        QCOMPARE(rawCall(QUrl(f.server.baseUrl().toString() + QStringLiteral("/v1/templates")), "GET", {}).status, 401);

        // The customer writes again: the window opens, free text goes.
        customerWrites(f, QStringLiteral("wamid.NEW"));
        QVERIFY(send(*agent, conversation, {{QStringLiteral("text"), QStringLiteral("Welcome back")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
    }

    void aQueuedMessageSurvivesAServerKill()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        bool answer = false;
        graph.handler = [&](const CapturedRequest &) {
            return answer ? CannedResponse{200, graphAccepted(QStringLiteral("wamid.LATE"))}
                          : CannedResponse{200, {}, "application/json", true};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("graph_timeout_ms"), 60000);
        QCOMPARE(f.setSettings(settings), 0);
        const qint64 conversation = customerWrites(f, QStringLiteral("wamid.IN5"));
        {
            auto agent = f.stream();
            QVERIFY(agent);
            QVERIFY(send(*agent, conversation, {{QStringLiteral("text"), QStringLiteral("kept")}})
                        .value(QStringLiteral("ok"))
                        .toBool());
            QVERIFY(graph.waitForRequests(1));
        }
        f.server.kill();
        answer = true;
        QVERIFY(f.server.restart());
        QTRY_COMPARE_WITH_TIMEOUT(
            f.messages(conversation).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("sent"), 15000);
        QCOMPARE(graph.requests.size(), 2);
    }
};

QTEST_MAIN(TestServerWhatsAppOutbound)
#include "tst_server_whatsapp_outbound.moc"
