// Accounts on the real relaydesk-server process: the admin command that adds
// agents, sign-in and sign-out, tokens, brute-force limits (and which client
// address they count, behind a proxy or not), bad input, and sign-ins that
// do not hold up the live streams.

#include "serverprocess.h"
#include "streamclient.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QByteArray raw;
    QByteArray retryAfter;
    QByteArray authenticate;
    QString errorCode() const
    {
        return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

Reply request(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
              const QByteArray &authorization = {}, const QByteArray &forwardedFor = {})
{
    static QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    if (!forwardedFor.isEmpty())
        req.setRawHeader("X-Forwarded-For", forwardedFor);
    QNetworkReply *reply = network.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.authenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return result;
}

QByteArray credentials(const QString &email, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

int addAgent(const QString &dataDir, const QString &email, const QString &workspace, const QByteArray &password,
             QString *output = nullptr, const QString &role = QStringLiteral("agent"))
{
    QProcess process;
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--add-agent"), email,
                   QStringLiteral("--workspace"), workspace, QStringLiteral("--role"), role});
    process.write(password + '\n');
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

const QByteArray kPassword = "correct horse battery";

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private slots:
    void signInUseAndSignOut()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                          kPassword),
                 0);
        QVERIFY2(server.start(), qPrintable(server.output()));

        const Reply signedIn = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                       credentials(QStringLiteral("ana@shop.example"), QString::fromUtf8(kPassword)));
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.body.value(QStringLiteral("token")).toString();
        QVERIFY(token.startsWith(QStringLiteral("rdt_")) && token.size() > 40);
        QVERIFY(signedIn.body.value(QStringLiteral("expires_at")).toDouble() > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(signedIn.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Shop"));
        QCOMPARE(signedIn.body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("agent"));

        const QByteArray bearer = "Bearer " + token.toLatin1();
        const Reply me = request(server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, bearer);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana@shop.example"));

        QCOMPARE(request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-out"), {}, bearer).status, 204);
        const Reply after = request(server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, bearer);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), QStringLiteral("signed_out"));

        // Neither the password nor the token is on the server's disk.
        QDirIterator files(server.dataDirectory(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kPassword), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void wrongCredentialsLookTheSame()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("bo@shop.example"), QStringLiteral("Shop"), kPassword),
                 0);
        QVERIFY(server.start());
        const Reply wrongPassword = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                            credentials(QStringLiteral("bo@shop.example"),
                                                        QStringLiteral("nope-nope")));
        const Reply unknown = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                      credentials(QStringLiteral("who@shop.example"), QStringLiteral("nope-nope")));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrongPassword.errorCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(wrongPassword.body, unknown.body);
    }

    void guessingIsRateLimited()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("cy@shop.example"), QStringLiteral("Shop"), kPassword),
                 0);
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("di@shop.example"), QStringLiteral("Shop"), kPassword),
                 0);
        QVERIFY(server.start());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                             credentials(QStringLiteral("cy@shop.example"), QStringLiteral("guess-%1").arg(i)))
                         .status,
                     401);
        }
        // Even the right password waits now.
        const Reply limited = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                      credentials(QStringLiteral("cy@shop.example"), QString::fromUtf8(kPassword)));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.retryAfter.toInt() > 0);
        // Another account from the same address is not locked out by it.
        QCOMPARE(request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                         credentials(QStringLiteral("di@shop.example"), QString::fromUtf8(kPassword)))
                     .status,
                 200);
    }

    void spoofedForwardedForDoesNotDodgeTheLimit()
    {
        ServerProcess server; // no trusted proxies: the header is ignored
        QVERIFY(server.start());
        const QUrl base = server.baseUrl();
        // 20 failures per address (each for a different account, so the
        // per-account limit of 5 does not decide), each claiming another address.
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                             credentials(QStringLiteral("nobody%1@shop.example").arg(i), QStringLiteral("guess")), {},
                             QStringLiteral("198.51.100.%1").arg(i).toLatin1())
                         .status,
                     401);
        }
        const Reply limited = request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                                      credentials(QStringLiteral("fresh@shop.example"), QStringLiteral("guess")), {},
                                      "203.0.113.99");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    }

    void forwardedForFromATrustedProxyIsTheClient()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("ed@shop.example"), QStringLiteral("Shop"), kPassword),
                 0);
        QVERIFY(server.start({QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")}));
        const QUrl base = server.baseUrl();
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                             credentials(QStringLiteral("nobody%1@shop.example").arg(i), QStringLiteral("guess")), {},
                             "192.0.2.1, 203.0.113.5")
                         .status,
                     401);
        }
        // 203.0.113.5 (the right-most address the proxy did not add itself) is limited ...
        QCOMPARE(request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                         credentials(QStringLiteral("ed@shop.example"), QString::fromUtf8(kPassword)), {},
                         "203.0.113.5")
                     .status,
                 429);
        // ... whatever it claims before it; another client behind the same proxy is not.
        QCOMPARE(request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                         credentials(QStringLiteral("ed@shop.example"), QString::fromUtf8(kPassword)), {},
                         "198.51.100.7")
                     .status,
                 200);
        // A proxy hop that is itself trusted is skipped.
        QCOMPARE(request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                         credentials(QStringLiteral("ed@shop.example"), QString::fromUtf8(kPassword)), {},
                         "203.0.113.5, 127.0.0.9")
                     .status,
                 429);
    }

    void badTrustedProxiesAreRefused()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--trusted-proxies"), QStringLiteral("10.0.0.0/8, proxy.example")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("proxy.example"));
    }

    void streamsKeepFlowingDuringSignIns()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("fi@shop.example"), QStringLiteral("Shop"), kPassword),
                 0);
        QVERIFY(server.start());
        const QUrl base = server.baseUrl();
        const Reply signedIn = request(base, "POST", QStringLiteral("/v1/auth/sign-in"),
                                       credentials(QStringLiteral("fi@shop.example"), QString::fromUtf8(kPassword)));
        QCOMPARE(signedIn.status, 200);
        StreamClient stream;
        QVERIFY(stream.connectTo(base));
        stream.hello(signedIn.body.value(QStringLiteral("token")).toString(), 0);
        QVERIFY(!stream.waitFor(QStringLiteral("welcome")).isEmpty());

        // A burst of sign-ins, right and wrong: each is an argon2id hash.
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        QList<bool> right;
        for (int i = 0; i < 10; ++i) {
            QUrl url = base;
            url.setPath(QStringLiteral("/v1/auth/sign-in"));
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            right << (i % 2 == 0);
            replies << network.post(req,
                                    credentials(i % 2 == 0 ? QStringLiteral("fi@shop.example")
                                                           : QStringLiteral("stranger%1@shop.example").arg(i),
                                                i % 2 == 0 ? QString::fromUtf8(kPassword) : QStringLiteral("guess")));
        }
        auto finished = [&replies] {
            return int(
                std::count_if(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }));
        };
        // Wait until the server is hashing (the first answer is in), then ping.
        QTRY_VERIFY_WITH_TIMEOUT(finished() > 0, 30000);
        stream.sendJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 77}});
        QVERIFY(!stream.waitFor(QStringLiteral("pong"), 30000).isEmpty());
        // The pong did not wait for the hashes (two at a time, about 5 rounds):
        // most sign-ins were still running.
        QVERIFY2(finished() <= replies.size() / 2,
                 qPrintable(QStringLiteral("%1 sign-ins finished before the pong").arg(finished())));

        QTRY_COMPARE_WITH_TIMEOUT(finished(), int(replies.size()), 60000);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const int status = replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(replies[i]->readAll()).object();
            if (right[i]) {
                QCOMPARE(status, 200);
                QVERIFY(body.value(QStringLiteral("token")).toString().startsWith(QStringLiteral("rdt_")));
            } else {
                QCOMPARE(status, 401);
                QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                         QStringLiteral("invalid_credentials"));
            }
            replies[i]->deleteLater();
        }
    }

    void expiredTokensAreRefused()
    {
        ServerProcess server;
        QCOMPARE(addAgent(server.dataDirectory(), QStringLiteral("ed@shop.example"), QStringLiteral("Shop"), kPassword),
                 0);
        QVERIFY(server.start({QStringLiteral("--token-lifetime"), QStringLiteral("0")}));
        const Reply signedIn = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                       credentials(QStringLiteral("ed@shop.example"), QString::fromUtf8(kPassword)));
        QCOMPARE(signedIn.status, 200);
        const Reply me = request(server.baseUrl(), "GET", QStringLiteral("/v1/me"), {},
                                 "Bearer " + signedIn.body.value(QStringLiteral("token")).toString().toLatin1());
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("token_expired"));
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("garbage") << QByteArray("Bearer rdt_not-a-real-token");
        QTest::newRow("basic") << QByteArray("Basic YW5hOnNlY3JldA==");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("binary") << QByteArray("Bearer \x01\x02\xff", 10);
    }
    void badTokensAreRefused()
    {
        QFETCH(QByteArray, authorization);
        static ServerProcess server;
        if (server.port() == 0)
            QVERIFY(server.start());
        const Reply me = request(server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, authorization);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(me.authenticate, QByteArray("Bearer"));
    }

    void badBodiesGetClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("not json") << QByteArray("email=a&password=b") << 400;
        QTest::newRow("array") << QByteArray("[1,2]") << 400;
        QTest::newRow("missing password") << QByteArray("{\"email\":\"a@b.c\"}") << 400;
        QTest::newRow("wrong types") << QByteArray("{\"email\":1,\"password\":true}") << 400;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << 400;
        QTest::newRow("huge") << QByteArray(100 * 1024, 'x') << 413;
    }
    void badBodiesGetClearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        static ServerProcess server;
        if (server.port() == 0)
            QVERIFY(server.start());
        const Reply reply = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"), body);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.errorCode().isEmpty());
        QVERIFY(!reply.body.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(request(server.baseUrl(), "GET", QStringLiteral("/v1/health")).status, 200); // still up
    }

    void demoDataIsReadyToUse()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--demo")}, 60000), qPrintable(server.output()));
        const Reply signedIn = request(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                       credentials(QStringLiteral("demo@relaydesk.local"),
                                                   QStringLiteral("relaydesk-demo")));
        QCOMPARE(signedIn.status, 200);
        const QByteArray bearer = "Bearer " + signedIn.body.value(QStringLiteral("token")).toString().toLatin1();
        const Reply page = request(server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, bearer);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(QStringLiteral("conversations")).toArray().size(), 50);
        QVERIFY(page.body.value(QStringLiteral("next")).isObject());
        QVERIFY(page.body.value(QStringLiteral("resume_seq")).toDouble() > 1000);
        QCOMPARE(page.body.value(QStringLiteral("contacts")).toArray().size(), 50);
    }

    void addingAgentsChecksInput()
    {
        QTemporaryDir data;
        QString output;
        QCOMPARE(addAgent(data.path(), QStringLiteral("fay@shop.example"), QStringLiteral("Shop"), "short", &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("at least 8")), qPrintable(output));
        QCOMPARE(addAgent(data.path(), QStringLiteral("not-an-email"), QStringLiteral("Shop"), kPassword, &output), 2);
        QVERIFY(output.contains(QStringLiteral("not an email")));
        QCOMPARE(addAgent(data.path(), QStringLiteral("fay@shop.example"), QStringLiteral("Shop"), kPassword, &output,
                          QStringLiteral("admin")),
                 0);
        QVERIFY(output.contains(QStringLiteral("admin")));
        QCOMPARE(addAgent(data.path(), QStringLiteral("FAY@shop.example"), QStringLiteral("Other"), kPassword, &output),
                 2);
        QVERIFY(output.contains(QStringLiteral("already exists")));
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
