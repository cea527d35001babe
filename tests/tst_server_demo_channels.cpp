// `relaydesk-server --demo` plays the demo workspace's WhatsApp and
// Messenger itself: an agent's reply there (text, media, a template past the
// 24-hour window) goes out through the channel outbox and comes back sent,
// delivered and read, as the channels' status webhooks make it; free text
// past the window is refused as with a real channel; and without --demo
// nothing of it is there.

#include "channelfixture.h"
#include "httpcall.h"
#include "serverprocess.h"
#include "streamclient.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relaydesk::test;

namespace {

qint64 idOf(const QJsonObject &object, const char *key = "id")
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

auto statusIs(qint64 messageId, const QString &status)
{
    return [messageId, status](const QJsonObject &data) {
        return idOf(data) == messageId && data.value(QStringLiteral("status")).toString() == status;
    };
}

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

} // namespace

class TestServerDemoChannels : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_token;
    QByteArray m_bearer;
    qint64 m_resumeSeq = 0;
    // Conversations of the demo by channel, with the customer's window open or closed.
    QHash<QString, QList<qint64>> m_open, m_closed;

    // An agent's stream from now on (the demo's log is long: resumed where the list was read).
    std::unique_ptr<StreamClient> stream()
    {
        auto client = std::make_unique<StreamClient>();
        if (!client->connectTo(m_server.baseUrl()))
            return nullptr;
        client->hello(m_token, m_resumeSeq);
        const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
        const qint64 head = idOf(welcome, "head_seq");
        if (welcome.isEmpty() || (head > m_resumeSeq && !client->waitForSeq(head)))
            return nullptr;
        return client;
    }

    QJsonObject send(StreamClient &client, qint64 conversation, const QJsonObject &extra)
    {
        QJsonObject args{{QStringLiteral("conversation_id"), conversation}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            args.insert(it.key(), it.value());
        return commandAck(client, QStringLiteral("message.send"), args);
    }

    // The message the ack names goes queued → sent → delivered → read, each as an event.
    static bool travels(StreamClient &client, const QJsonObject &ack, QString *why)
    {
        if (!ack.value(QStringLiteral("ok")).toBool()) {
            *why = QString::fromUtf8(QJsonDocument(ack).toJson(QJsonDocument::Compact));
            return false;
        }
        const qint64 id = idOf(ack.value(QStringLiteral("result")).toObject(), "message_id");
        for (const QString &status : {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}) {
            if (waitForEvent(client, QStringLiteral("message.updated"), statusIs(id, status), 20000).isEmpty()) {
                *why = QStringLiteral("message %1 did not become %2").arg(id).arg(status);
                return false;
            }
        }
        for (const QJsonObject &frame : std::as_const(client.frames)) {
            const QJsonObject data = frame.value(QStringLiteral("data")).toObject();
            if (frame.value(QStringLiteral("kind")).toString() == QLatin1String("message.updated") && idOf(data) == id
                && data.value(QStringLiteral("status")).toString() == QLatin1String("failed")) {
                *why = data.value(QStringLiteral("failure_reason")).toString();
                return false;
            }
        }
        return true;
    }

    // A picture uploaded as the agent does; its media id.
    QString upload(const QString &fileName)
    {
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/media"));
        const RawReply reply = rawCall(url, "POST", png(),
                                       {{"Authorization", m_bearer},
                                        {"Content-Type", "application/octet-stream"},
                                        {"X-File-Name", fileName.toUtf8()}});
        return reply.json.value(QStringLiteral("media_id")).toString();
    }

    static QJsonObject templateArgs(const QString &name, const QJsonArray &parameters)
    {
        return {{QStringLiteral("template"),
                 QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("parameters"), parameters}}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--token-requests-per-minute"),
                                 QStringLiteral("0")},
                                60000),
                 qPrintable(m_server.output()));
        const HttpAnswer signedIn =
            httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("demo@relaydesk.local")},
                                 {QStringLiteral("password"), QStringLiteral("relaydesk-demo")}});
        QCOMPARE(signedIn.status, 200);
        m_token = signedIn.body.value(QStringLiteral("token")).toString();
        m_bearer = "Bearer " + m_token.toLatin1();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString query = QStringLiteral("/v1/conversations?limit=200");
        for (;;) {
            const HttpAnswer page = httpCall(m_server.baseUrl(), "GET", query, {}, m_bearer);
            QCOMPARE(page.status, 200);
            if (!m_resumeSeq)
                m_resumeSeq = idOf(page.body, "resume_seq");
            for (const QJsonValue &value : page.body.value(QStringLiteral("conversations")).toArray()) {
                const QJsonObject c = value.toObject();
                const QString channel = c.value(QStringLiteral("channel")).toString();
                // A minute's margin: the window must not close while the test runs.
                const qint64 window = idOf(c, "window_expires_at");
                if (window > now + 60000)
                    m_open[channel].append(idOf(c));
                else if (window && window < now)
                    m_closed[channel].append(idOf(c));
            }
            const QJsonObject next = page.body.value(QStringLiteral("next")).toObject();
            if (next.isEmpty())
                break;
            query = QStringLiteral("/v1/conversations?limit=200&before_activity=%1&before_id=%2")
                        .arg(idOf(next, "before_activity"))
                        .arg(idOf(next, "before_id"));
        }
        QVERIFY(m_resumeSeq > 0);
        for (const QString &channel : {QStringLiteral("whatsapp"), QStringLiteral("messenger")}) {
            QVERIFY2(m_open.value(channel).size() >= 3, qPrintable(channel));
            QVERIFY2(m_closed.value(channel).size() >= 3, qPrintable(channel));
        }
    }

    void aWhatsAppReplyIsDeliveredAndRead()
    {
        auto agent = stream();
        QVERIFY(agent);
        QString why;
        const qint64 conversation = m_open.value(QStringLiteral("whatsapp")).at(0);
        QVERIFY2(travels(*agent,
                         send(*agent, conversation,
                              {{QStringLiteral("text"),
                                QStringLiteral("It ships today 🚚\nTracking follows by e-mail.")}}),
                         &why),
                 qPrintable(why));
        // A file goes too: uploaded to the number first, then sent by its id.
        const QString mediaId = upload(QStringLiteral("label.png"));
        QVERIFY(!mediaId.isEmpty());
        QVERIFY2(travels(*agent,
                         send(*agent, conversation,
                              {{QStringLiteral("text"), QStringLiteral("Your label")},
                               {QStringLiteral("attachments"),
                                QJsonArray{QJsonObject{{QStringLiteral("media_id"), mediaId}}}}}),
                         &why),
                 qPrintable(why));
    }

    void aMessengerReplyIsDeliveredAndRead()
    {
        auto agent = stream();
        QVERIFY(agent);
        QString why;
        const qint64 conversation = m_open.value(QStringLiteral("messenger")).at(0);
        QVERIFY2(travels(*agent,
                         send(*agent, conversation,
                              {{QStringLiteral("text"), QStringLiteral("Yes, size M is in stock.")}}),
                         &why),
                 qPrintable(why));
        // A file goes as multipart to the Send API.
        const QString mediaId = upload(QStringLiteral("size-chart.png"));
        QVERIFY(!mediaId.isEmpty());
        QVERIFY2(travels(*agent,
                         send(*agent, m_open.value(QStringLiteral("messenger")).at(1),
                              {{QStringLiteral("attachments"),
                                QJsonArray{QJsonObject{{QStringLiteral("media_id"), mediaId}}}}}),
                         &why),
                 qPrintable(why));
    }

    void pastTheWindowTemplatesGoAndFreeTextIsRefused()
    {
        auto agent = stream();
        QVERIFY(agent);
        for (const QString &channel : {QStringLiteral("whatsapp"), QStringLiteral("messenger")}) {
            const qint64 conversation = m_closed.value(channel).at(0);
            const QJsonObject refused = send(*agent, conversation,
                                             {{QStringLiteral("text"), QStringLiteral("Hello?")}});
            QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
            const QJsonObject error = refused.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("window_closed"));
            QCOMPARE(error.value(QStringLiteral("message")).toString(),
                     QStringLiteral("The customer last wrote more than 24 hours ago; only an approved template can "
                                    "be sent now."));
            QString why;
            QVERIFY2(travels(*agent,
                             send(*agent, conversation,
                                  templateArgs(QStringLiteral("order_update"),
                                               {QStringLiteral("Ana"), QStringLiteral("RD-4471")})),
                             &why),
                     qPrintable(channel + QStringLiteral(": ") + why));
        }
    }

    // Last: the same data folder without --demo has no channel behind the demo.
    void withoutDemoThereIsNoChannel()
    {
        m_server.stop();
        QVERIFY2(m_server.restart({QStringLiteral("--token-requests-per-minute"), QStringLiteral("0")}),
                 qPrintable(m_server.output()));
        auto agent = stream();
        QVERIFY(agent);
        const QJsonObject ack = send(*agent, m_open.value(QStringLiteral("whatsapp")).at(2),
                                     {{QStringLiteral("text"), QStringLiteral("Anyone there?")}});
        QVERIFY(ack.value(QStringLiteral("ok")).toBool());
        const qint64 id = idOf(ack.value(QStringLiteral("result")).toObject(), "message_id");
        const QJsonObject failed = waitForEvent(*agent, QStringLiteral("message.updated"),
                                                statusIs(id, QStringLiteral("failed")));
        QCOMPARE(failed.value(QStringLiteral("failure_reason")).toString(),
                 QStringLiteral("WhatsApp is not set up for this workspace."));
    }
};

QTEST_MAIN(TestServerDemoChannels)
#include "tst_server_demo_channels.moc"
