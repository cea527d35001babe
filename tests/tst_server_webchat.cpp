// The web chat endpoints on the real relaydesk-server process, as a website's
// widget calls them: message statuses (delivered when fetched, read when the
// visitor says so), cross-origin access (CORS) per workspace, and the rate
// limits per visitor and per client address.

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

struct Reply
{
    int status = 0;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString errorCode() const
    {
        return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

Reply call(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
           const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    static QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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

struct Admin
{
    int exitCode = -1;
    QString output;
};

Admin setOrigins(const QString &dataDir, const QString &workspace, const QString &origins)
{
    QProcess process;
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--workspace"), workspace,
                   QStringLiteral("--webchat-origins"), origins});
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

// A server with one agent in workspace "Shop", signed in.
struct Shop
{
    ServerProcess server;
    QString token;
    QString widgetKey;

    bool start(const QStringList &arguments = {})
    {
        if (addAgent(server.dataDirectory(), QStringLiteral("agent@shop.example"), QStringLiteral("Shop")) != 0
            || !server.start(arguments))
            return false;
        const Reply signedIn = call(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    json({{QStringLiteral("email"), QStringLiteral("agent@shop.example")},
                                          {QStringLiteral("password"), QStringLiteral("agent password 1")}}));
        token = signedIn.body.value(QStringLiteral("token")).toString();
        widgetKey =
            signedIn.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString();
        return !token.isEmpty() && !widgetKey.isEmpty();
    }
    QString path(const QString &endpoint) const { return QStringLiteral("/v1/webchat/%1/%2").arg(widgetKey, endpoint); }
    QString newVisitor(const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call(server.baseUrl(), "POST", path(QStringLiteral("visitors")), {}, headers)
            .body.value(QStringLiteral("visitor_token"))
            .toString();
    }
    Reply write(const QString &visitor, const QString &text, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({"Authorization", "Visitor " + visitor.toLatin1()});
        return call(server.baseUrl(), "POST", path(QStringLiteral("messages")), json({{QStringLiteral("text"), text}}),
                    headers);
    }
};

QString statusOf(const Shop &shop, qint64 conversation, qint64 message)
{
    const Reply page = call(shop.server.baseUrl(), "GET",
                            QStringLiteral("/v1/conversations/%1/messages").arg(conversation), {},
                            {{"Authorization", "Bearer " + shop.token.toLatin1()}});
    for (const QJsonValue &m : page.body.value(QStringLiteral("messages")).toArray()) {
        if (qint64(m.toObject().value(QStringLiteral("id")).toDouble()) == message)
            return m.toObject().value(QStringLiteral("status")).toString();
    }
    return {};
}

// The message.updated events a client has received, as "id:status".
QStringList statusEvents(const StreamClient &client)
{
    QStringList updates;
    for (const QJsonObject &event : client.events()) {
        if (event.value(QStringLiteral("kind")).toString() == QLatin1String("message.updated")) {
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            updates << QStringLiteral("%1:%2")
                           .arg(qint64(data.value(QStringLiteral("id")).toDouble()))
                           .arg(data.value(QStringLiteral("status")).toString());
        }
    }
    return updates;
}

} // namespace

class TestServerWebChat : public QObject
{
    Q_OBJECT

    Shop m_readShop; // one server for the rows of readNeedsAGoodUpTo

private slots:
    void agentRepliesBecomeDeliveredThenRead()
    {
        Shop shop;
        QVERIFY2(shop.start(), qPrintable(shop.server.output()));
        const QString visitor = shop.newVisitor();
        const QByteArray visitorAuth = "Visitor " + visitor.toLatin1();
        QCOMPARE(shop.write(visitor, QStringLiteral("Is the blue dress in stock?")).status, 201);

        StreamClient agent;
        QVERIFY(agent.connectTo(shop.server.baseUrl()));
        agent.hello(shop.token, 0);
        const qint64 head = qint64(
            agent.waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        QVERIFY(agent.waitForSeq(head));
        const qint64 conversation = qint64(agent.events()
                                               .last()
                                               .value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("conversation_id"))
                                               .toDouble());
        QList<qint64> replies;
        for (const QString &text : {QStringLiteral("Yes, in M and L."), QStringLiteral("Shall I reserve one?")}) {
            const QString id = agent.command(QStringLiteral("message.send"),
                                             {{QStringLiteral("conversation_id"), conversation},
                                              {QStringLiteral("text"), text}});
            const QJsonObject ack = agent.waitFor(QStringLiteral("ack"), 10000, id);
            QVERIFY(ack.value(QStringLiteral("ok")).toBool());
            replies << qint64(
                ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")).toDouble());
        }
        // An internal note is never shown to the visitor, so it never changes status.
        const QString noteId = agent.command(QStringLiteral("message.send"),
                                             {{QStringLiteral("conversation_id"), conversation},
                                              {QStringLiteral("kind"), QStringLiteral("note")},
                                              {QStringLiteral("text"), QStringLiteral("VIP")}});
        const qint64 note = qint64(agent.waitFor(QStringLiteral("ack"), 10000, noteId)
                                       .value(QStringLiteral("result"))
                                       .toObject()
                                       .value(QStringLiteral("message_id"))
                                       .toDouble());
        QCOMPARE(statusOf(shop, conversation, replies[0]), QStringLiteral("sent"));
        const qint64 beforeFetch = agent.lastSeq();

        // The widget fetches: both replies are delivered, one event each, in the log.
        const Reply fetched = call(shop.server.baseUrl(), "GET", shop.path(QStringLiteral("messages")), {},
                                   {{"Authorization", visitorAuth}});
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.body.value(QStringLiteral("messages")).toArray().size(), 3);
        QVERIFY(agent.waitForSeq(beforeFetch + 2));
        QCOMPARE(statusEvents(agent), (QStringList{QStringLiteral("%1:delivered").arg(replies[0]),
                                                   QStringLiteral("%1:delivered").arg(replies[1])}));
        QCOMPARE(statusOf(shop, conversation, replies[1]), QStringLiteral("delivered"));
        QCOMPARE(statusOf(shop, conversation, note), QStringLiteral("sent"));

        // Fetching again changes nothing: no new events.
        QCOMPARE(call(shop.server.baseUrl(), "GET", shop.path(QStringLiteral("messages")), {},
                      {{"Authorization", visitorAuth}})
                     .status,
                 200);

        // The visitor read the first reply: it alone becomes read.
        Reply read = call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("read")),
                          json({{QStringLiteral("up_to"), replies[0]}}), {{"Authorization", visitorAuth}});
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body.value(QStringLiteral("updated")).toInt(), 1);
        QVERIFY(agent.waitForSeq(beforeFetch + 3));
        QCOMPARE(statusOf(shop, conversation, replies[0]), QStringLiteral("read"));
        QCOMPARE(statusOf(shop, conversation, replies[1]), QStringLiteral("delivered"));

        // Read up to the last: the second follows; the first is not repeated.
        read = call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("read")),
                    json({{QStringLiteral("up_to"), note}}), {{"Authorization", visitorAuth}});
        QCOMPARE(read.body.value(QStringLiteral("updated")).toInt(), 1);
        QVERIFY(agent.waitForSeq(beforeFetch + 4));
        // Status never moves back: fetching from the start again leaves them read.
        QCOMPARE(call(shop.server.baseUrl(), "GET", shop.path(QStringLiteral("messages?after=0")), {},
                      {{"Authorization", visitorAuth}})
                     .status,
                 200);
        QCOMPARE(statusOf(shop, conversation, replies[0]), QStringLiteral("read"));
        QCOMPARE(statusOf(shop, conversation, replies[1]), QStringLiteral("read"));
        QCOMPARE(statusOf(shop, conversation, note), QStringLiteral("sent"));
        // A marker for "nothing more came": a new customer message is the very next event.
        QCOMPARE(shop.write(visitor, QStringLiteral("Yes please")).status, 201);
        QVERIFY(agent.waitForSeq(beforeFetch + 6));
        QCOMPARE(statusEvents(agent).size(), 4);
        QCOMPARE(agent.events().last().value(QStringLiteral("kind")).toString(), QStringLiteral("message.created"));

        // Another visitor cannot touch this visitor's messages.
        const QString stranger = shop.newVisitor();
        read = call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("read")),
                    json({{QStringLiteral("up_to"), note}}), {{"Authorization", "Visitor " + stranger.toLatin1()}});
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body.value(QStringLiteral("updated")).toInt(), 0);
    }

    void readNeedsAGoodUpTo_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("no body") << QByteArray() << QByteArray("Visitor ok") << 400;
        QTest::newRow("not JSON") << QByteArray("up_to=5") << QByteArray("Visitor ok") << 400;
        QTest::newRow("no up_to") << QByteArray("{}") << QByteArray("Visitor ok") << 400;
        QTest::newRow("a string") << QByteArray(R"({"up_to":"5"})") << QByteArray("Visitor ok") << 400;
        QTest::newRow("zero") << QByteArray(R"({"up_to":0})") << QByteArray("Visitor ok") << 400;
        QTest::newRow("negative") << QByteArray(R"({"up_to":-4})") << QByteArray("Visitor ok") << 400;
        QTest::newRow("a fraction") << QByteArray(R"({"up_to":2.5})") << QByteArray("Visitor ok") << 400;
        QTest::newRow("too big") << QByteArray(R"({"up_to":1e300})") << QByteArray("Visitor ok") << 400;
        QTest::newRow("no visitor") << QByteArray(R"({"up_to":5})") << QByteArray() << 401;
    }
    void readNeedsAGoodUpTo()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        Shop &shop = m_readShop;
        if (shop.token.isEmpty())
            QVERIFY2(shop.start(), qPrintable(shop.server.output()));
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", "Visitor " + shop.newVisitor().toLatin1()});
        const Reply reply = call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("read")), body, headers);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.errorCode().isEmpty());
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("*"));
    }

    void anyOriginWhenNoneIsConfigured()
    {
        Shop shop;
        QVERIFY2(shop.start(), qPrintable(shop.server.output()));
        const Reply preflight = call(shop.server.baseUrl(), "OPTIONS", shop.path(QStringLiteral("messages")), {},
                                     {{"Origin", "https://any.example"},
                                      {"Access-Control-Request-Method", "POST"},
                                      {"Access-Control-Request-Headers", "authorization, content-type"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(preflight.header("Access-Control-Allow-Methods"), QByteArray("GET, POST, OPTIONS"));
        QVERIFY(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
        QVERIFY(preflight.header("Access-Control-Max-Age").toInt() > 0);
        const Reply visit = call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("visitors")), {},
                                 {{"Origin", "https://any.example"}});
        QCOMPARE(visit.status, 201);
        QCOMPARE(visit.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(visit.header("Access-Control-Expose-Headers"), QByteArray("Retry-After"));
        // Unknown keys and endpoints: 404, readable from any page.
        const Reply unknown = call(shop.server.baseUrl(), "OPTIONS", QStringLiteral("/v1/webchat/nope/messages"), {},
                                   {{"Origin", "https://any.example"}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(call(shop.server.baseUrl(), "OPTIONS", shop.path(QStringLiteral("secrets")), {},
                      {{"Origin", "https://any.example"}})
                     .status,
                 404);
    }

    void onlyTheWorkspacesOrigins()
    {
        Shop shop;
        QVERIFY2(shop.start(), qPrintable(shop.server.output()));
        // Set while the server runs: it takes effect at once.
        const Admin set = setOrigins(shop.server.dataDirectory(), QStringLiteral("Shop"),
                                     QStringLiteral("https://Shop.example/ http://localhost:8080"));
        QVERIFY2(set.exitCode == 0, qPrintable(set.output));
        QVERIFY(set.output.contains(QStringLiteral("https://shop.example http://localhost:8080")));

        for (const QByteArray &origin : {QByteArray("https://shop.example"), QByteArray("http://localhost:8080")}) {
            const Reply preflight = call(shop.server.baseUrl(), "OPTIONS", shop.path(QStringLiteral("visitors")), {},
                                         {{"Origin", origin}, {"Access-Control-Request-Method", "POST"}});
            QCOMPARE(preflight.status, 204);
            QCOMPARE(preflight.header("Access-Control-Allow-Origin"), origin);
            QCOMPARE(preflight.header("Vary"), QByteArray("Origin"));
            QCOMPARE(preflight.header("Access-Control-Allow-Methods"), QByteArray("POST, OPTIONS"));
        }
        const QString visitor = shop.newVisitor({{"Origin", "https://shop.example"}});
        QVERIFY(!visitor.isEmpty());
        const Reply written = shop.write(visitor, QStringLiteral("hello"), {{"Origin", "https://shop.example"}});
        QCOMPARE(written.status, 201);
        QCOMPARE(written.header("Access-Control-Allow-Origin"), QByteArray("https://shop.example"));

        // Any other website is refused, preflight and real request alike, with a JSON error.
        for (const QByteArray &origin : {QByteArray("https://evil.example"), QByteArray("https://shop.example:444"),
                                         QByteArray("http://shop.example"), QByteArray("null")}) {
            const Reply preflight = call(shop.server.baseUrl(), "OPTIONS", shop.path(QStringLiteral("messages")), {},
                                         {{"Origin", origin}});
            QCOMPARE(preflight.status, 403);
            QCOMPARE(preflight.errorCode(), QStringLiteral("origin_not_allowed"));
            QVERIFY(preflight.header("Access-Control-Allow-Origin").isEmpty());
            const Reply refused = shop.write(visitor, QStringLiteral("sneaky"), {{"Origin", origin}});
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorCode(), QStringLiteral("origin_not_allowed"));
        }
        // Without an Origin it is not a browser page: CORS does not apply.
        const Reply direct = shop.write(visitor, QStringLiteral("from a server"));
        QCOMPARE(direct.status, 201);
        QVERIFY(direct.header("Access-Control-Allow-Origin").isEmpty());

        // "" allows any origin again.
        QCOMPARE(setOrigins(shop.server.dataDirectory(), QStringLiteral("Shop"), QString()).exitCode, 0);
        QCOMPARE(shop.write(visitor, QStringLiteral("again"), {{"Origin", "https://evil.example"}}).status, 201);
    }

    void badOriginsAreRefusedByTheAdminCommand_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("origins");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a path") << "Shop"
                                << "https://shop.example/chat"
                                << "https://shop.example/chat";
        QTest::newRow("another scheme") << "Shop"
                                        << "ftp://shop.example"
                                        << "ftp://shop.example";
        QTest::newRow("no scheme") << "Shop"
                                   << "shop.example"
                                   << "shop.example";
        QTest::newRow("one bad among good") << "Shop"
                                            << "https://a.example,https://b.example?x=1"
                                            << "b.example?x=1";
        QTest::newRow("no such workspace") << "Nowhere"
                                           << "https://a.example"
                                           << "Nowhere";
    }
    void badOriginsAreRefusedByTheAdminCommand()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, origins);
        QFETCH(QString, mentions);
        QTemporaryDir data;
        QCOMPARE(addAgent(data.path(), QStringLiteral("agent@shop.example"), QStringLiteral("Shop")), 0);
        const Admin run = setOrigins(data.path(), workspace, origins);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(mentions), qPrintable(run.output));
    }

    void newVisitorsAreLimitedPerAddress()
    {
        Shop shop;
        QVERIFY2(shop.start({QStringLiteral("--webchat-visitors-per-minute"), QStringLiteral("3")}),
                 qPrintable(shop.server.output()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!shop.newVisitor().isEmpty());
        const Reply limited = call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("visitors")), {},
                                   {{"Origin", "https://any.example"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 60, limited.header("Retry-After").constData());
        QCOMPARE(limited.header("Access-Control-Allow-Origin"), QByteArray("*")); // the widget can read why
        // A spoofed X-Forwarded-For from a peer that is not a trusted proxy changes nothing.
        QCOMPARE(call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("visitors")), {},
                      {{"X-Forwarded-For", "198.51.100.9"}})
                     .status,
                 429);
    }

    void messagesAreLimitedPerVisitorAndPerAddress()
    {
        Shop shop;
        QVERIFY2(shop.start({QStringLiteral("--webchat-messages-per-minute"), QStringLiteral("3"),
                             QStringLiteral("--webchat-address-messages-per-minute"), QStringLiteral("5")}),
                 qPrintable(shop.server.output()));
        const QString first = shop.newVisitor();
        const QString second = shop.newVisitor();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(shop.write(first, QStringLiteral("one %1").arg(i)).status, 201);
        Reply limited = shop.write(first, QStringLiteral("one more"));
        QCOMPARE(limited.status, 429); // this visitor's limit
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(shop.write(second, QStringLiteral("two %1").arg(i)).status, 201);
        limited = shop.write(second, QStringLiteral("two more"));
        QCOMPARE(limited.status, 429); // the address's limit: five in all
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        // A refused message was not stored.
        const Reply page = call(shop.server.baseUrl(), "GET", shop.path(QStringLiteral("messages")), {},
                                {{"Authorization", "Visitor " + second.toLatin1()}});
        QCOMPARE(page.body.value(QStringLiteral("messages")).toArray().size(), 2);
    }

    void trustedProxiesGiveEachClientItsOwnLimit()
    {
        Shop shop;
        QVERIFY2(shop.start({QStringLiteral("--webchat-visitors-per-minute"), QStringLiteral("2"),
                             QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1/8, ::1")}),
                 qPrintable(shop.server.output()));
        // Behind the proxy (loopback), each client is the address the proxy saw.
        const QList<QPair<QByteArray, QByteArray>> fromA{{"X-Forwarded-For", "203.0.113.5"}};
        const QList<QPair<QByteArray, QByteArray>> fromB{{"X-Forwarded-For", "203.0.113.5, 198.51.100.7"}};
        QVERIFY(!shop.newVisitor(fromA).isEmpty());
        QVERIFY(!shop.newVisitor(fromA).isEmpty());
        QCOMPARE(call(shop.server.baseUrl(), "POST", shop.path(QStringLiteral("visitors")), {}, fromA).status, 429);
        // The right-most untrusted address counts: 198.51.100.7, whatever the client wrote before it.
        QVERIFY(!shop.newVisitor(fromB).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerWebChat)
#include "tst_server_webchat.moc"
