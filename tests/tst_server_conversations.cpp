// Conversations on the real relaydesk-server process: the priority command
// and field, the schema step that brings older databases up to date (and
// stops, keeping everything, when a step fails), and presence that the server
// ends by itself.

#include "serverdatabase.h"
#include "serverprocess.h"
#include "streamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using relaydesk::test::onDatabase;
using relaydesk::test::ServerProcess;
using relaydesk::test::StreamClient;

namespace {

QJsonObject call(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                 const QByteArray &authorization = {}, int *status = nullptr)
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
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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
    QString token;
    qint64 id = 0;
    QString widgetKey;
};

Agent signIn(const ServerProcess &server, const QString &email)
{
    const QJsonObject body = call(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                  {{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), QStringLiteral("agent password 1")}});
    return {body.value(QStringLiteral("token")).toString(),
            qint64(body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toDouble()),
            body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString()};
}

// A visitor writes; returns the conversation's id as the agents' page shows it.
qint64 visitorConversation(const ServerProcess &server, const Agent &agent, const QString &text)
{
    const QString visitor = call(server.baseUrl(), "POST",
                                 QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey))
                                .value(QStringLiteral("visitor_token"))
                                .toString();
    call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
         {{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1());
    const QJsonArray page = call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {},
                                 "Bearer " + agent.token.toLatin1())
                                .value(QStringLiteral("conversations"))
                                .toArray();
    return page.isEmpty() ? 0 : qint64(page.first().toObject().value(QStringLiteral("id")).toDouble());
}

QJsonObject conversationOnPage(const ServerProcess &server, const Agent &agent, qint64 id)
{
    for (const QJsonValue &c :
         call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, "Bearer " + agent.token.toLatin1())
             .value(QStringLiteral("conversations"))
             .toArray()) {
        if (qint64(c.toObject().value(QStringLiteral("id")).toDouble()) == id)
            return c.toObject();
    }
    return {};
}

std::unique_ptr<StreamClient> live(const ServerProcess &server, const Agent &agent)
{
    auto client = std::make_unique<StreamClient>();
    if (!client->connectTo(server.baseUrl()))
        return nullptr;
    client->hello(agent.token, 0);
    const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
    if (welcome.isEmpty() || !client->waitForSeq(qint64(welcome.value(QStringLiteral("head_seq")).toDouble())))
        return nullptr;
    return client;
}

QList<QJsonObject> presenceFrames(const StreamClient &client)
{
    QList<QJsonObject> frames;
    for (const QJsonObject &frame : client.frames) {
        if (frame.value(QStringLiteral("type")).toString() == QLatin1String("presence"))
            frames.append(frame);
    }
    return frames;
}

// Waits until `client` has received `count` presence frames.
bool waitForPresence(const StreamClient &client, int count, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (presenceFrames(client).size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

class TestServerConversations : public QObject
{
    Q_OBJECT

private slots:
    void priorityIsACommandAndAField()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("b@other.example"), QStringLiteral("Other")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Agent agent = signIn(server, QStringLiteral("a@shop.example"));
        const Agent stranger = signIn(server, QStringLiteral("b@other.example"));
        const qint64 conversation = visitorConversation(server, agent, QStringLiteral("Urgent: wrong size delivered"));
        QVERIFY(conversation > 0);
        QCOMPARE(conversationOnPage(server, agent, conversation).value(QStringLiteral("priority")).toString(),
                 QStringLiteral("normal")); // new conversations are normal

        auto client = live(server, agent);
        QVERIFY(client);
        const qint64 before = client->lastSeq();
        const QJsonObject args{{QStringLiteral("conversation_id"), conversation},
                               {QStringLiteral("priority"), QStringLiteral("urgent")}};
        const QString id = client->command(QStringLiteral("conversation.priority"), args);
        const QJsonObject ack = client->waitFor(QStringLiteral("ack"), 10000, id);
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        // Its event and its activity line (tst_server_activity) came before the ack.
        QCOMPARE(client->lastSeq(), before + 2);
        const QJsonObject event = client->events().at(client->events().size() - 2);
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("conversation.upserted"));
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("priority")).toString(),
                 QStringLiteral("urgent"));
        QCOMPARE(conversationOnPage(server, agent, conversation).value(QStringLiteral("priority")).toString(),
                 QStringLiteral("urgent"));

        // A retry (same client_id, even with other args) repeats the result and changes nothing.
        QJsonObject retryArgs = args;
        retryArgs.insert(QStringLiteral("priority"), QStringLiteral("low"));
        client->command(QStringLiteral("conversation.priority"), retryArgs, id);
        QTRY_COMPARE_WITH_TIMEOUT(client->frames.last().value(QStringLiteral("type")).toString(), QStringLiteral("ack"),
                                  10000);
        QCOMPARE(client->frames.last().value(QStringLiteral("result")), ack.value(QStringLiteral("result")));
        QCOMPARE(client->lastSeq(), before + 2);
        QCOMPARE(conversationOnPage(server, agent, conversation).value(QStringLiteral("priority")).toString(),
                 QStringLiteral("urgent"));

        // Bad arguments get clear errors; another workspace's conversation does not exist.
        const struct
        {
            QJsonObject args;
            const char *code;
        } refusals[] = {
            {{{QStringLiteral("conversation_id"), conversation},
              {QStringLiteral("priority"), QStringLiteral("critical")}},
             "bad_request"},
            {{{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("priority"), 3}}, "bad_request"},
            {{{QStringLiteral("conversation_id"), conversation}}, "bad_request"},
            {{{QStringLiteral("priority"), QStringLiteral("high")}}, "bad_request"},
            {{{QStringLiteral("conversation_id"), 999999}, {QStringLiteral("priority"), QStringLiteral("high")}},
             "not_found"},
        };
        for (const auto &refusal : refusals) {
            const QString bad = client->command(QStringLiteral("conversation.priority"), refusal.args);
            const QJsonObject answer = client->waitFor(QStringLiteral("ack"), 10000, bad);
            QVERIFY(!answer.value(QStringLiteral("ok")).toBool());
            QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QString::fromLatin1(refusal.code));
            QVERIFY(!answer.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
        }
        auto other = live(server, stranger);
        QVERIFY(other);
        const QString foreign = other->command(QStringLiteral("conversation.priority"), args);
        QCOMPARE(other->waitFor(QStringLiteral("ack"), 10000, foreign)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(client->lastSeq(), before + 2);
    }

    void anOlderDatabaseIsBroughtUpToDate()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        Agent agent = signIn(server, QStringLiteral("a@shop.example"));
        const qint64 conversation = visitorConversation(server, agent, QStringLiteral("kept across the upgrade"));
        QVERIFY(conversation > 0);
        server.stop();
        // Back to schema 2 as an older server left it: no priority check, no
        // web chat origins, and a priority value the protocol does not know.
        QVERIFY(onDatabase(
            server.dataDirectory(),
            {QStringLiteral("DROP TRIGGER conversations_priority_insert"),
             QStringLiteral("DROP TRIGGER conversations_priority_update"),
             QStringLiteral("ALTER TABLE workspaces DROP COLUMN webchat_origins"),
             QStringLiteral("UPDATE conversations SET priority = 'whenever'"),
             // and nothing of step 5 (channels: tst_server_channels tests it)
             QStringLiteral("DROP TABLE channel_settings"), QStringLiteral("DROP TABLE channel_inbox"),
             QStringLiteral("DROP INDEX messages_by_channel_id"), QStringLiteral("DROP INDEX messages_queued"),
             QStringLiteral("DROP INDEX contacts_by_whatsapp"), QStringLiteral("DROP INDEX contacts_by_messenger"),
             QStringLiteral("ALTER TABLE messages DROP COLUMN channel_message_id"),
             QStringLiteral("ALTER TABLE messages DROP COLUMN template"), QStringLiteral("PRAGMA user_version = 2")}));

        QVERIFY2(server.start(), qPrintable(server.output()));
        agent = signIn(server, QStringLiteral("a@shop.example"));
        const QJsonObject migrated = conversationOnPage(server, agent, conversation);
        QCOMPARE(migrated.value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
        QCOMPARE(migrated.value(QStringLiteral("last_preview")).toString(), QStringLiteral("kept across the upgrade"));
        int status = 0;
        call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey), {}, {}, &status);
        QCOMPARE(status, 201); // the new origins column, empty: any website
        server.stop();
        QVariant version;
        QVERIFY(onDatabase(server.dataDirectory(), {QStringLiteral("PRAGMA user_version")}, &version));
        // Steps 6 to 13: the lead pipeline, notes, quick replies, command
        // answers, contact versions, the demo's mark, the deal currency, the
        // messages' activity column.
        QCOMPARE(version.toInt(), 14);
        // The database itself now refuses a priority the protocol does not know.
        QVERIFY(
            !onDatabase(server.dataDirectory(), {QStringLiteral("UPDATE conversations SET priority = 'whenever'")}));
    }

    void aFailingStepKeepsTheDatabaseAsItWas()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        // Claims schema 3 but already has step 4's column: step 4 cannot run.
        QVERIFY(onDatabase(server.dataDirectory(), {QStringLiteral("PRAGMA user_version = 3")}));
        QVERIFY(!server.start());
        QVERIFY2(server.output().contains(QStringLiteral("schema step 4 failed, nothing of it was kept")),
                 qPrintable(server.output()));
        QVariant version, agents;
        QVERIFY(onDatabase(server.dataDirectory(), {QStringLiteral("PRAGMA user_version")}, &version));
        QVERIFY(onDatabase(server.dataDirectory(), {QStringLiteral("SELECT count(*) FROM agents")}, &agents));
        QCOMPARE(version.toInt(), 3);
        QCOMPARE(agents.toInt(), 1);
    }

    void presenceLapsesAndEndsOnTheServer()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("b@shop.example"), QStringLiteral("Shop")), 0);
        // Viewing lasts 300 ms and typing 200 ms here instead of 30 s and 6 s.
        QVERIFY2(server.start({QStringLiteral("--test-presence-ttl"), QStringLiteral("300,200")}),
                 qPrintable(server.output()));
        const Agent a = signIn(server, QStringLiteral("a@shop.example"));
        const Agent b = signIn(server, QStringLiteral("b@shop.example"));
        const qint64 conversation = visitorConversation(server, a, QStringLiteral("anyone there?"));
        auto viewer = live(server, a);
        auto watcher = live(server, b);
        QVERIFY(viewer && watcher);

        for (const QString &name : {QStringLiteral("conversation.viewing"), QStringLiteral("typing")}) {
            const int seen = int(presenceFrames(*watcher).size());
            const QString id = viewer->command(name, {{QStringLiteral("conversation_id"), conversation}});
            QVERIFY(viewer->waitFor(QStringLiteral("ack"), 10000, id).value(QStringLiteral("ok")).toBool());
            // Announced, then ended by the server without anything more from the agent.
            QVERIFY(waitForPresence(*watcher, seen + 2));
            const QJsonObject started = presenceFrames(*watcher).at(seen);
            const QJsonObject ended = presenceFrames(*watcher).at(seen + 1);
            QCOMPARE(qint64(started.value(QStringLiteral("agent_id")).toDouble()), a.id);
            QCOMPARE(started.value(QStringLiteral("activity")).toString(),
                     name == QLatin1String("typing") ? QStringLiteral("typing") : QStringLiteral("viewing"));
            QVERIFY(started.value(QStringLiteral("until")).toDouble() > 0);
            QCOMPARE(ended.value(QStringLiteral("activity")), started.value(QStringLiteral("activity")));
            QCOMPARE(ended.value(QStringLiteral("until")).toDouble(), 0.0);
        }
        QVERIFY(presenceFrames(*viewer).isEmpty()); // an agent is not told about themself

        // viewing: false ends it at once; a bad value is refused.
        const QString bad = viewer->command(QStringLiteral("conversation.viewing"),
                                            {{QStringLiteral("conversation_id"), conversation},
                                             {QStringLiteral("viewing"), QStringLiteral("no")}});
        QCOMPARE(viewer->waitFor(QStringLiteral("ack"), 10000, bad)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("bad_request"));
    }

    void aDisconnectedAgentsPresenceEndsAtOnce()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("b@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output())); // the real lifetimes: 30 s viewing
        const Agent a = signIn(server, QStringLiteral("a@shop.example"));
        const Agent b = signIn(server, QStringLiteral("b@shop.example"));
        const qint64 conversation = visitorConversation(server, a, QStringLiteral("hello?"));
        auto viewer = live(server, a);
        auto watcher = live(server, b);
        QVERIFY(viewer && watcher);
        const QString id = viewer->command(QStringLiteral("conversation.viewing"),
                                           {{QStringLiteral("conversation_id"), conversation}});
        QVERIFY(viewer->waitFor(QStringLiteral("ack"), 10000, id).value(QStringLiteral("ok")).toBool());
        QVERIFY(waitForPresence(*watcher, 1));
        // Someone who connects now learns what the others are doing.
        auto latecomer = live(server, b);
        QVERIFY(latecomer);
        QVERIFY(waitForPresence(*latecomer, 1));
        QCOMPARE(presenceFrames(*latecomer).first().value(QStringLiteral("activity")).toString(),
                 QStringLiteral("viewing"));

        viewer->socket().abort();                     // the agent's link drops
        QVERIFY(waitForPresence(*watcher, 2, 10000)); // well before the 30 s lifetime
        QCOMPARE(presenceFrames(*watcher).at(1).value(QStringLiteral("until")).toDouble(), 0.0);

        // And an explicit end: viewing false.
        auto again = live(server, a);
        QVERIFY(again);
        again->command(QStringLiteral("conversation.viewing"), {{QStringLiteral("conversation_id"), conversation}});
        QVERIFY(waitForPresence(*watcher, 3));
        again->command(QStringLiteral("conversation.viewing"),
                       {{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("viewing"), false}});
        QVERIFY(waitForPresence(*watcher, 4));
        QCOMPARE(presenceFrames(*watcher).at(3).value(QStringLiteral("until")).toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestServerConversations)
#include "tst_server_conversations.moc"
