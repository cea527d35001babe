// conversation.unread on the real relaydesk-server process: a conversation
// read to the end becomes unread again (unread_count 1) with its event to the
// agents; a larger count stays; conversation.read clears it; a retry changes
// nothing; bad arguments get clear errors.

#include "serverprocess.h"
#include "streamclient.h"

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

Agent signIn(const ServerProcess &server, const QString &email)
{
    const QJsonObject body = call(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                  {{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), QStringLiteral("agent password 1")}});
    return {"Bearer " + body.value(QStringLiteral("token")).toString().toLatin1(),
            body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString()};
}

QJsonObject firstConversation(const ServerProcess &server, const Agent &agent)
{
    const QJsonArray page = call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, agent.bearer)
                                .value(QStringLiteral("conversations"))
                                .toArray();
    return page.isEmpty() ? QJsonObject() : page.first().toObject();
}

} // namespace

class TestServerUnread : public QObject
{
    Q_OBJECT

private slots:
    void unreadComesBackAndReadClearsIt()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Agent agent = signIn(server, QStringLiteral("a@shop.example"));
        const QString visitor = call(server.baseUrl(), "POST",
                                     QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey))
                                    .value(QStringLiteral("visitor_token"))
                                    .toString();
        const auto customerWrites = [&](const QString &text) {
            call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
                 {{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1());
        };
        customerWrites(QStringLiteral("Hello?"));
        customerWrites(QStringLiteral("Anyone there?"));
        const auto unread = [&] {
            return firstConversation(server, agent).value(QStringLiteral("unread_count")).toInt();
        };
        const qint64 conversation = qint64(firstConversation(server, agent).value(QStringLiteral("id")).toDouble());
        QVERIFY(conversation > 0);
        QCOMPARE(unread(), 2);

        StreamClient client;
        QVERIFY(client.connectTo(server.baseUrl()));
        client.hello(QString::fromLatin1(agent.bearer.mid(7)), 0);
        const QJsonObject welcome = client.waitFor(QStringLiteral("welcome"));
        QVERIFY(client.waitForSeq(qint64(welcome.value(QStringLiteral("head_seq")).toDouble())));
        const QJsonObject args{{QStringLiteral("conversation_id"), conversation}};
        const auto run = [&](const QString &name) {
            const QString id = client.command(name, args);
            return client.waitFor(QStringLiteral("ack"), 10000, id);
        };

        // Two unread stay two: marking unread never hides how many are waiting.
        QVERIFY(run(QStringLiteral("conversation.unread")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(unread(), 2);

        // Read to the end, then unread again: one, with its event.
        QVERIFY(run(QStringLiteral("conversation.read")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(unread(), 0);
        const qint64 before = client.lastSeq();
        const QString id = client.command(QStringLiteral("conversation.unread"), args);
        const QJsonObject ack = client.waitFor(QStringLiteral("ack"), 10000, id);
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        QCOMPARE(client.lastSeq(), before + 1);
        const QJsonObject event = client.events().last();
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("conversation.upserted"));
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("unread_count")).toInt(), 1);
        QCOMPARE(unread(), 1);

        // Read again clears it; a retry of the earlier unread (same client id) does nothing.
        QVERIFY(run(QStringLiteral("conversation.read")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(unread(), 0);
        const qint64 afterRead = client.lastSeq();
        client.command(QStringLiteral("conversation.unread"), args, id);
        QTRY_COMPARE_WITH_TIMEOUT(client.frames.last().value(QStringLiteral("type")).toString(), QStringLiteral("ack"),
                                  10000);
        QCOMPARE(client.lastSeq(), afterRead);
        QCOMPARE(unread(), 0);

        const struct
        {
            QJsonObject args;
            const char *code;
        } refusals[] = {
            {{}, "bad_request"},
            {{{QStringLiteral("conversation_id"), QStringLiteral("nine")}}, "bad_request"},
            {{{QStringLiteral("conversation_id"), 999999}}, "not_found"},
        };
        for (const auto &refusal : refusals) {
            const QString bad = client.command(QStringLiteral("conversation.unread"), refusal.args);
            const QJsonObject answer = client.waitFor(QStringLiteral("ack"), 10000, bad);
            QVERIFY(!answer.value(QStringLiteral("ok")).toBool());
            QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QString::fromLatin1(refusal.code));
            QVERIFY(!answer.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
        }
    }
};

QTEST_MAIN(TestServerUnread)
#include "tst_server_unread.moc"
