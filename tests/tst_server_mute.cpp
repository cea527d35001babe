// conversation.mute on the real relaydesk-server process: the command sets the
// conversation's `muted` field, its event reaches the agents, a retry changes
// nothing, the field survives a restart, and bad arguments get clear errors.

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

class TestServerMute : public QObject
{
    Q_OBJECT

private slots:
    void muteIsACommandAndAField()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        Agent agent = signIn(server, QStringLiteral("a@shop.example"));
        const QString visitor = call(server.baseUrl(), "POST",
                                     QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey))
                                    .value(QStringLiteral("visitor_token"))
                                    .toString();
        call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
             {{QStringLiteral("text"), QStringLiteral("Hello?")}}, "Visitor " + visitor.toLatin1());
        const qint64 conversation = qint64(firstConversation(server, agent).value(QStringLiteral("id")).toDouble());
        QVERIFY(conversation > 0);
        QCOMPARE(firstConversation(server, agent).value(QStringLiteral("muted")).toBool(), false);

        StreamClient client;
        QVERIFY(client.connectTo(server.baseUrl()));
        client.hello(QString::fromLatin1(agent.bearer.mid(7)), 0);
        const QJsonObject welcome = client.waitFor(QStringLiteral("welcome"));
        QVERIFY(client.waitForSeq(qint64(welcome.value(QStringLiteral("head_seq")).toDouble())));
        const qint64 before = client.lastSeq();
        const QJsonObject args{{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("muted"), true}};
        const QString id = client.command(QStringLiteral("conversation.mute"), args);
        const QJsonObject ack = client.waitFor(QStringLiteral("ack"), 10000, id);
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        QCOMPARE(client.lastSeq(), before + 1);
        const QJsonObject event = client.events().last();
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("conversation.upserted"));
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("muted")).toBool(), true);
        QCOMPARE(firstConversation(server, agent).value(QStringLiteral("muted")).toBool(), true);

        // A retry with the same client id repeats the answer and changes nothing.
        client.command(QStringLiteral("conversation.mute"),
                       {{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("muted"), false}}, id);
        QTRY_COMPARE_WITH_TIMEOUT(client.frames.last().value(QStringLiteral("type")).toString(), QStringLiteral("ack"),
                                  10000);
        QCOMPARE(client.lastSeq(), before + 1);

        // Other changes keep it; the customer writing again keeps it.
        call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
             {{QStringLiteral("text"), QStringLiteral("Anyone?")}}, "Visitor " + visitor.toLatin1());
        QCOMPARE(firstConversation(server, agent).value(QStringLiteral("muted")).toBool(), true);

        const struct
        {
            QJsonObject args;
            const char *code;
        } refusals[] = {
            {{{QStringLiteral("conversation_id"), conversation}}, "bad_request"},
            {{{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("muted"), 1}}, "bad_request"},
            {{{QStringLiteral("muted"), true}}, "bad_request"},
            {{{QStringLiteral("conversation_id"), 999999}, {QStringLiteral("muted"), true}}, "not_found"},
        };
        for (const auto &refusal : refusals) {
            const QString bad = client.command(QStringLiteral("conversation.mute"), refusal.args);
            const QJsonObject answer = client.waitFor(QStringLiteral("ack"), 10000, bad);
            QVERIFY(!answer.value(QStringLiteral("ok")).toBool());
            QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QString::fromLatin1(refusal.code));
        }

        // Unmuted again, and the value is stored (it survives a restart).
        const QString unmute = client.command(QStringLiteral("conversation.mute"),
                                              {{QStringLiteral("conversation_id"), conversation},
                                               {QStringLiteral("muted"), false}});
        QVERIFY(client.waitFor(QStringLiteral("ack"), 10000, unmute).value(QStringLiteral("ok")).toBool());
        QCOMPARE(firstConversation(server, agent).value(QStringLiteral("muted")).toBool(), false);
        const QString again = client.command(QStringLiteral("conversation.mute"), args);
        QVERIFY(client.waitFor(QStringLiteral("ack"), 10000, again).value(QStringLiteral("ok")).toBool());
        server.stop();
        QVERIFY2(server.restart(), qPrintable(server.output()));
        agent = signIn(server, QStringLiteral("a@shop.example"));
        QCOMPARE(firstConversation(server, agent).value(QStringLiteral("muted")).toBool(), true);
    }
};

QTEST_MAIN(TestServerMute)
#include "tst_server_mute.moc"
