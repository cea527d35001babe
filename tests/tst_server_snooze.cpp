// Snoozes on the real relaydesk-server process: a timed snooze wakes on time
// with no desktop connected (and across a restart), a snooze with no time
// lasts until the customer writes, the customer writing wakes any snooze, and
// bad snoozed_until values get clear errors.

#include "serverprocess.h"
#include "streamclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using relaydesk::test::ServerProcess;
using relaydesk::test::StreamClient;

namespace {

QJsonObject call(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                 const QByteArray &authorization = {})
{
    static QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, method,
                                                     body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

int addAgent(const QString &dataDir, const QString &email, const QString &workspace)
{
    QProcess add;
    add.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
              {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--add-agent"), email,
               QStringLiteral("--workspace"), workspace});
    add.write("agent password 1\n");
    add.closeWriteChannel();
    add.waitForFinished(30000);
    return add.exitCode();
}

struct Agent
{
    QByteArray bearer;
    QString widgetKey;
};

Agent signIn(const ServerProcess &server)
{
    const QJsonObject body = call(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                  {{QStringLiteral("email"), QStringLiteral("a@shop.example")},
                                   {QStringLiteral("password"), QStringLiteral("agent password 1")}});
    return {"Bearer " + body.value(QStringLiteral("token")).toString().toLatin1(),
            body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString()};
}

QJsonObject conversationOnPage(const ServerProcess &server, const Agent &agent, qint64 id)
{
    for (const QJsonValue &c : call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, agent.bearer)
                                   .value(QStringLiteral("conversations"))
                                   .toArray()) {
        if (qint64(c.toObject().value(QStringLiteral("id")).toDouble()) == id)
            return c.toObject();
    }
    return {};
}

QString statusOf(const ServerProcess &server, const Agent &agent, qint64 id)
{
    return conversationOnPage(server, agent, id).value(QStringLiteral("status")).toString();
}

// A web chat visitor; writes() sends one of their messages.
struct Visitor
{
    QString token;
    void writes(const ServerProcess &server, const Agent &agent, const QString &text) const
    {
        call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
             {{QStringLiteral("text"), text}}, "Visitor " + token.toLatin1());
    }
};

Visitor newVisitor(const ServerProcess &server, const Agent &agent)
{
    return {call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey))
                .value(QStringLiteral("visitor_token"))
                .toString()};
}

qint64 firstConversationId(const ServerProcess &server, const Agent &agent)
{
    const QJsonArray page = call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, agent.bearer)
                                .value(QStringLiteral("conversations"))
                                .toArray();
    return page.isEmpty() ? 0 : qint64(page.first().toObject().value(QStringLiteral("id")).toDouble());
}

std::unique_ptr<StreamClient> live(const ServerProcess &server, const Agent &agent, qint64 lastSeq = 0)
{
    auto client = std::make_unique<StreamClient>();
    if (!client->connectTo(server.baseUrl()))
        return nullptr;
    client->hello(QString::fromLatin1(agent.bearer.mid(7)), lastSeq);
    const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
    if (welcome.isEmpty() || !client->waitForSeq(qint64(welcome.value(QStringLiteral("head_seq")).toDouble())))
        return nullptr;
    return client;
}

QJsonObject snooze(StreamClient &client, qint64 conversation, const QJsonValue &until)
{
    QJsonObject args{{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("status"), "snoozed"}};
    if (!until.isUndefined())
        args.insert(QStringLiteral("snoozed_until"), until);
    const QString id = client.command(QStringLiteral("conversation.status"), args);
    return client.waitFor(QStringLiteral("ack"), 10000, id);
}

// The last conversation.upserted event the client has, its data.
QJsonObject lastConversationEvent(const StreamClient &client)
{
    const QList<QJsonObject> events = client.events();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->value(QStringLiteral("kind")).toString() == QLatin1String("conversation.upserted"))
            return it->value(QStringLiteral("data")).toObject();
    }
    return {};
}

} // namespace

class TestServerSnooze : public QObject
{
    Q_OBJECT

private slots:
    void timedSnoozeWakesWithNoDesktopConnected()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Agent agent = signIn(server);
        newVisitor(server, agent).writes(server, agent, QStringLiteral("Where is my order?"));
        const qint64 conversation = firstConversationId(server, agent);
        QVERIFY(conversation > 0);

        // Snoozed 1.5 s ahead, then the only desktop leaves.
        qint64 seenSeq = 0;
        {
            const auto client = live(server, agent);
            QVERIFY(client);
            const qint64 until = QDateTime::currentMSecsSinceEpoch() + 1500;
            const QJsonObject ack = snooze(*client, conversation, until);
            QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
            const QJsonObject snoozed = lastConversationEvent(*client);
            QCOMPARE(snoozed.value(QStringLiteral("status")).toString(), QStringLiteral("snoozed"));
            QCOMPARE(qint64(snoozed.value(QStringLiteral("snoozed_until")).toDouble()), until);
            seenSeq = client->lastSeq();
        }
        QCOMPARE(statusOf(server, agent, conversation), QStringLiteral("snoozed"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(server, agent, conversation), QStringLiteral("open"), 6000);
        QVERIFY(conversationOnPage(server, agent, conversation).value(QStringLiteral("snoozed_until")).isNull());

        // A desktop that comes back is told by the log.
        const auto back = live(server, agent, seenSeq);
        QVERIFY(back);
        const QJsonObject woken = lastConversationEvent(*back);
        QCOMPARE(qint64(woken.value(QStringLiteral("id")).toDouble()), conversation);
        QCOMPARE(woken.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(woken.value(QStringLiteral("snoozed_until")).isNull());

        // A connected desktop sees the wake live; a later snooze set first
        // does not hold back an earlier one set after it.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        QVERIFY(snooze(*back, conversation, later).value(QStringLiteral("ok")).toBool());
        QVERIFY(snooze(*back, conversation, QDateTime::currentMSecsSinceEpoch() + 1000)
                    .value(QStringLiteral("ok"))
                    .toBool());
        const qint64 beforeWake = back->lastSeq();
        QVERIFY(back->waitForSeq(beforeWake + 1, 6000));
        QCOMPARE(lastConversationEvent(*back).value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        // Across a restart: a snooze whose time passed while the server was
        // down wakes when it starts.
        QVERIFY(snooze(*back, conversation, QDateTime::currentMSecsSinceEpoch() + 1200)
                    .value(QStringLiteral("ok"))
                    .toBool());
        server.stop();
        QTest::qWait(1500);
        QVERIFY2(server.restart(), qPrintable(server.output()));
        const Agent again = signIn(server);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(server, again, conversation), QStringLiteral("open"), 5000);
    }

    void snoozeUntilTheCustomerWrites()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Agent agent = signIn(server);
        const Visitor visitor = newVisitor(server, agent);
        visitor.writes(server, agent, QStringLiteral("I'll send the receipt tonight."));
        const qint64 conversation = firstConversationId(server, agent);
        const auto client = live(server, agent);
        QVERIFY(client);

        // No snoozed_until, or null: until the customer writes.
        for (const QJsonValue &none : {QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null)}) {
            const QJsonObject ack = snooze(*client, conversation, none);
            QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
            const QJsonObject snoozed = lastConversationEvent(*client);
            QCOMPARE(snoozed.value(QStringLiteral("status")).toString(), QStringLiteral("snoozed"));
            QVERIFY(snoozed.value(QStringLiteral("snoozed_until")).isNull());
            QTest::qWait(300);
            QCOMPARE(statusOf(server, agent, conversation), QStringLiteral("snoozed"));

            const qint64 before = client->lastSeq();
            visitor.writes(server, agent, QStringLiteral("Here it is."));
            QVERIFY(client->waitForSeq(before + 2));
            const QJsonObject woken = lastConversationEvent(*client);
            QCOMPARE(woken.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
            QCOMPARE(statusOf(server, agent, conversation), QStringLiteral("open"));
        }

        // A timed snooze ends early when the customer writes, and leaves no time behind.
        QVERIFY(snooze(*client, conversation, QDateTime::currentMSecsSinceEpoch() + 3600 * 1000)
                    .value(QStringLiteral("ok"))
                    .toBool());
        const qint64 before = client->lastSeq();
        visitor.writes(server, agent, QStringLiteral("One more thing."));
        QVERIFY(client->waitForSeq(before + 2));
        const QJsonObject woken = lastConversationEvent(*client);
        QCOMPARE(woken.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(woken.value(QStringLiteral("snoozed_until")).isNull());
    }

    void badSnoozeTimesAreRefused()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Agent agent = signIn(server);
        newVisitor(server, agent).writes(server, agent, QStringLiteral("Hello"));
        const qint64 conversation = firstConversationId(server, agent);
        const auto client = live(server, agent);
        QVERIFY(client);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QJsonValue bad[] = {now - 1000, 0, -5, 1.5, QStringLiteral("tomorrow"), true, QJsonObject()};
        for (const QJsonValue &until : bad) {
            const QJsonObject ack = snooze(*client, conversation, until);
            QVERIFY(!ack.value(QStringLiteral("ok")).toBool());
            const QJsonObject error = ack.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("bad_request"));
            QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("snoozed_until")),
                     qPrintable(QJsonDocument(ack).toJson()));
        }
        // A time goes only with snoozed.
        const QString open = client->command(QStringLiteral("conversation.status"),
                                             {{QStringLiteral("conversation_id"), conversation},
                                              {QStringLiteral("status"), QStringLiteral("open")},
                                              {QStringLiteral("snoozed_until"), now + 60000}});
        const QJsonObject ack = client->waitFor(QStringLiteral("ack"), 10000, open);
        QVERIFY(!ack.value(QStringLiteral("ok")).toBool());
        QCOMPARE(statusOf(server, agent, conversation), QStringLiteral("open"));
    }
};

QTEST_MAIN(TestServerSnooze)
#include "tst_server_snooze.moc"
