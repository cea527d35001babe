// Activity lines on the real relaydesk-server process: each command that
// changes a conversation's assignee, status, snooze or priority writes an
// activity message with who and when as fields (and the snooze's own wake
// one with no agent), after the conversation's event in the same change;
// a client that did not announce the "activity" feature (an older desktop)
// gets the same seqs with English system notes it can read instead, live,
// in the replay and in the REST history; the newer one gets the fields.

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

QJsonObject call(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
                 const QByteArray &authorization = {})
{
    static QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype query = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(pathAndQuery.left(query));
    if (query >= 0)
        url.setQuery(pathAndQuery.mid(query + 1));
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

int addAgent(const QString &dataDir, const QString &email, const QString &name)
{
    QProcess add;
    add.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
              {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--add-agent"), email, QStringLiteral("--name"),
               name, QStringLiteral("--workspace"), QStringLiteral("Shop")});
    add.write("agent password 1\n");
    add.closeWriteChannel();
    add.waitForFinished(30000);
    return add.exitCode();
}

struct Agent
{
    QByteArray bearer;
    QString widgetKey;
    qint64 id = 0;
};

Agent signIn(const ServerProcess &server, const QString &email)
{
    const QJsonObject body = call(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                  {{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), QStringLiteral("agent password 1")}});
    return {"Bearer " + body.value(QStringLiteral("token")).toString().toLatin1(),
            body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString(),
            qint64(body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toDouble())};
}

qint64 conversationFromVisitor(const ServerProcess &server, const Agent &agent)
{
    const QString token = call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey))
                              .value(QStringLiteral("visitor_token"))
                              .toString();
    call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
         {{QStringLiteral("text"), QStringLiteral("Where is my order?")}}, "Visitor " + token.toLatin1());
    const QJsonArray page = call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, agent.bearer)
                                .value(QStringLiteral("conversations"))
                                .toArray();
    return page.isEmpty() ? 0 : qint64(page.first().toObject().value(QStringLiteral("id")).toDouble());
}

// A stream client; `features` is what its hello announces (none: an older desktop).
std::unique_ptr<StreamClient> live(const ServerProcess &server, const Agent &agent, const QStringList &features,
                                   qint64 lastSeq = 0, QJsonObject *welcomeOut = nullptr)
{
    auto client = std::make_unique<StreamClient>();
    if (!client->connectTo(server.baseUrl()))
        return nullptr;
    QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                      {QStringLiteral("protocol"), 2},
                      {QStringLiteral("token"), QString::fromLatin1(agent.bearer.mid(7))},
                      {QStringLiteral("last_seq"), lastSeq}};
    if (!features.isEmpty())
        hello.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    client->sendJson(hello);
    const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
    if (welcomeOut)
        *welcomeOut = welcome;
    if (welcome.isEmpty() || !client->waitForSeq(qint64(welcome.value(QStringLiteral("head_seq")).toDouble())))
        return nullptr;
    return client;
}

QJsonObject ack(StreamClient &client, const QString &name, const QJsonObject &args)
{
    return client.waitFor(QStringLiteral("ack"), 10000, client.command(name, args));
}

// The message.created events after `seq`, their data.
QList<QJsonObject> messagesAfter(const StreamClient &client, qint64 seq)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : client.events()) {
        if (qint64(event.value(QStringLiteral("seq")).toDouble()) > seq
            && event.value(QStringLiteral("kind")).toString() == QLatin1String("message.created"))
            found.append(event.value(QStringLiteral("data")).toObject());
    }
    return found;
}

QJsonObject only(const QList<QJsonObject> &list)
{
    return list.size() == 1 ? list.constFirst() : QJsonObject{{QStringLiteral("count"), list.size()}};
}

} // namespace

class TestServerActivity : public QObject
{
    Q_OBJECT

private slots:
    void commandsWriteActivityLinesAndOlderClientsReadNotes()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Ana")), 0);
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("rio@shop.example"), QStringLiteral("Rio")), 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        const Agent ana = signIn(server, QStringLiteral("ana@shop.example"));
        const Agent rio = signIn(server, QStringLiteral("rio@shop.example"));
        QVERIFY(ana.id > 0 && rio.id > 0);
        const qint64 conversation = conversationFromVisitor(server, ana);
        QVERIFY(conversation > 0);

        QJsonObject welcome;
        const auto desktop = live(server, ana, {QStringLiteral("activity")}, 0, &welcome);
        QVERIFY(desktop);
        QCOMPARE(welcome.value(QStringLiteral("features")).toArray(), QJsonArray{QStringLiteral("activity")});
        QJsonObject olderWelcome;
        const auto older = live(server, rio, {}, 0, &olderWelcome);
        QVERIFY(older);
        QVERIFY(!olderWelcome.contains(QStringLiteral("features")));

        const QJsonObject id{{QStringLiteral("conversation_id"), conversation}};
        struct Step
        {
            QString command;
            QJsonObject args;
            QJsonObject activity; // what the newer desktop reads
            QString note;         // what the older one reads
        };
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + 3 * 24 * 3600 * 1000LL;
        const auto with = [&](QJsonObject extra) {
            for (auto it = id.begin(); it != id.end(); ++it)
                extra.insert(it.key(), it.value());
            return extra;
        };
        const QJsonValue anaId(double(ana.id));
        const QVector<Step> steps = {
            {QStringLiteral("conversation.assign"),
             with({{QStringLiteral("agent_id"), rio.id}}),
             {{QStringLiteral("type"), QStringLiteral("assigned")},
              {QStringLiteral("agent_id"), double(rio.id)},
              {QStringLiteral("agent_name"), QStringLiteral("Rio")},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana assigned this conversation to Rio.")},
            {QStringLiteral("conversation.assign"),
             with({{QStringLiteral("agent_id"), QJsonValue::Null}}),
             {{QStringLiteral("type"), QStringLiteral("assigned")},
              {QStringLiteral("agent_id"), QJsonValue::Null},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana unassigned this conversation.")},
            {QStringLiteral("conversation.status"),
             with({{QStringLiteral("status"), QStringLiteral("resolved")}}),
             {{QStringLiteral("type"), QStringLiteral("status")},
              {QStringLiteral("status"), QStringLiteral("resolved")},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana resolved this conversation.")},
            {QStringLiteral("conversation.status"),
             with({{QStringLiteral("status"), QStringLiteral("open")}}),
             {{QStringLiteral("type"), QStringLiteral("status")},
              {QStringLiteral("status"), QStringLiteral("open")},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana reopened this conversation.")},
            {QStringLiteral("conversation.status"),
             with({{QStringLiteral("status"), QStringLiteral("pending")}}),
             {{QStringLiteral("type"), QStringLiteral("status")},
              {QStringLiteral("status"), QStringLiteral("pending")},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana set this conversation to pending.")},
            {QStringLiteral("conversation.status"),
             with({{QStringLiteral("status"), QStringLiteral("snoozed")}, {QStringLiteral("snoozed_until"), until}}),
             {{QStringLiteral("type"), QStringLiteral("snoozed")},
              {QStringLiteral("until"), double(until)},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana snoozed this conversation until %1 UTC.")
                 .arg(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))},
            {QStringLiteral("conversation.status"),
             with({{QStringLiteral("status"), QStringLiteral("snoozed")}}),
             {{QStringLiteral("type"), QStringLiteral("snoozed")},
              {QStringLiteral("until"), QJsonValue::Null},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana snoozed this conversation until the customer replies.")},
            {QStringLiteral("conversation.priority"),
             with({{QStringLiteral("priority"), QStringLiteral("high")}}),
             {{QStringLiteral("type"), QStringLiteral("priority")},
              {QStringLiteral("priority"), QStringLiteral("high")},
              {QStringLiteral("by_agent_id"), anaId},
              {QStringLiteral("by_agent_name"), QStringLiteral("Ana")}},
             QStringLiteral("Ana set the priority to high.")},
        };
        for (const Step &step : steps) {
            const qint64 before = desktop->lastSeq();
            const QJsonObject answer = ack(*desktop, step.command, step.args);
            QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(answer).toJson()));
            // The conversation's event, then the line: two seqs, for every client alike.
            QCOMPARE(desktop->lastSeq(), before + 2);
            QVERIFY(older->waitForSeq(before + 2));
            const QJsonObject line = only(messagesAfter(*desktop, before));
            QCOMPARE(line.value(QStringLiteral("kind")).toString(), QStringLiteral("activity"));
            QCOMPARE(line.value(QStringLiteral("author")).toString(), QStringLiteral("system"));
            QCOMPARE(line.value(QStringLiteral("text")).toString(), QString());
            QCOMPARE(line.value(QStringLiteral("conversation_id")).toDouble(), double(conversation));
            QVERIFY(line.value(QStringLiteral("created_at")).toDouble() > 0);
            QCOMPARE(line.value(QStringLiteral("activity")).toObject(), step.activity);
            const QJsonObject note = only(messagesAfter(*older, before));
            QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
            QCOMPARE(note.value(QStringLiteral("author")).toString(), QStringLiteral("system"));
            QCOMPARE(note.value(QStringLiteral("text")).toString(), step.note);
            QVERIFY(!note.contains(QStringLiteral("activity")));
            QCOMPARE(note.value(QStringLiteral("id")), line.value(QStringLiteral("id")));
        }

        // The same again changes nothing that a line would say.
        const qint64 quiet = desktop->lastSeq();
        QVERIFY(ack(*desktop, QStringLiteral("conversation.priority"),
                    with({{QStringLiteral("priority"), QStringLiteral("high")}}))
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(messagesAfter(*desktop, quiet).isEmpty());

        // The server's own wake: a line with no agent.
        const qint64 beforeWake = desktop->lastSeq();
        QVERIFY(ack(*desktop, QStringLiteral("conversation.status"),
                    with({{QStringLiteral("status"), QStringLiteral("snoozed")},
                          {QStringLiteral("snoozed_until"), QDateTime::currentMSecsSinceEpoch() + 800}}))
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(desktop->waitForSeq(beforeWake + 4, 8000));
        const QList<QJsonObject> woke = messagesAfter(*desktop, beforeWake + 2);
        QCOMPARE(woke.size(), 1);
        QCOMPARE(woke.constFirst().value(QStringLiteral("activity")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("woke")},
                              {QStringLiteral("reason"), QStringLiteral("timer")},
                              {QStringLiteral("by_agent_id"), QJsonValue::Null}}));
        QVERIFY(older->waitForSeq(beforeWake + 4, 8000));
        QCOMPARE(messagesAfter(*older, beforeWake + 2).constFirst().value(QStringLiteral("text")).toString(),
                 QStringLiteral("The snooze ended."));

        // The replay and the history: lines for the newer, notes for the older.
        const auto replayed = live(server, ana, {QStringLiteral("activity")});
        QVERIFY(replayed);
        const auto olderReplayed = live(server, rio, {});
        QVERIFY(olderReplayed);
        const QList<QJsonObject> lines = messagesAfter(*replayed, 0);
        const QList<QJsonObject> notes = messagesAfter(*olderReplayed, 0);
        QCOMPARE(lines.size(), notes.size());
        int activityLines = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).value(QStringLiteral("kind")).toString() != QLatin1String("activity"))
                continue;
            ++activityLines;
            QCOMPARE(notes.at(i).value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
            QVERIFY(!notes.at(i).value(QStringLiteral("text")).toString().isEmpty());
        }
        QCOMPARE(activityLines, int(steps.size()) + 2); // and the snooze that woke, and its wake
        const QString path = QStringLiteral("/v1/conversations/%1/messages").arg(conversation);
        const QJsonArray newer = call(server.baseUrl(), "GET", path + QStringLiteral("?features=activity"), {},
                                      ana.bearer)
                                     .value(QStringLiteral("messages"))
                                     .toArray();
        const QJsonArray olderPage =
            call(server.baseUrl(), "GET", path, {}, rio.bearer).value(QStringLiteral("messages")).toArray();
        QCOMPARE(newer.size(), olderPage.size());
        QCOMPARE(newer.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("activity"));
        QCOMPARE(olderPage.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(olderPage.first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("The snooze ended."));

        // The list's preview and order are the customer's message's, not the lines'.
        const QJsonObject listed = call(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, ana.bearer)
                                       .value(QStringLiteral("conversations"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(listed.value(QStringLiteral("last_preview")).toString(), QStringLiteral("Where is my order?"));

        // A desktop cannot write one.
        const QJsonObject refused = ack(*desktop, QStringLiteral("message.send"),
                                        with({{QStringLiteral("kind"), QStringLiteral("activity")},
                                              {QStringLiteral("text"), QStringLiteral("x")}}));
        QCOMPARE(refused.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_request"));
    }
};

QTEST_GUILESS_MAIN(TestServerActivity)
#include "tst_server_activity.moc"
