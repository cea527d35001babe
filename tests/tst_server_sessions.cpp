// Sessions end on the real relaydesk-server process, and their streams with
// them: sign-out closes every stream of that token with 4005 at once, a
// token's expiry closes its streams, and the admin command line (another
// process) disables and enables an agent, resets a password and ends an
// agent's sessions, each closing live streams on the running server. A
// runaway client is slowed per token (REST 429 with Retry-After, commands
// rate_limited) and others are not.

#include "httpcall.h"
#include "serverprocess.h"
#include "streamclient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using relaydesk::test::addAgent;
using relaydesk::test::httpCall;
using relaydesk::test::ServerProcess;
using relaydesk::test::StreamClient;

namespace {

constexpr char kPassword[] = "agent password 1";

struct Session
{
    QString token;
    QByteArray bearer() const { return "Bearer " + token.toLatin1(); }
};

} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    Session signIn(const QString &email, const QByteArray &password = kPassword)
    {
        const auto reply = httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), QString::fromLatin1(password)}});
        return Session{reply.body.value(QStringLiteral("token")).toString()};
    }

    std::unique_ptr<StreamClient> live(const Session &session)
    {
        auto client = std::make_unique<StreamClient>();
        if (!client->connectTo(m_server.baseUrl()))
            return nullptr;
        client->hello(session.token, 0);
        if (client->waitFor(QStringLiteral("welcome")).isEmpty())
            return nullptr;
        return client;
    }

    // relaydesk-server --<action> EMAIL on the running server's data folder.
    int admin(const QString &action, const QString &email, const QByteArray &input = {})
    {
        QProcess tool;
        tool.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                   {QStringLiteral("--data-dir"), m_server.dataDirectory(), QStringLiteral("--") + action, email});
        tool.write(input);
        tool.closeWriteChannel();
        if (!tool.waitForFinished(30000))
            return -1;
        return tool.exitCode();
    }

    // Waits for the close and says how long it took after `since`.
    static qint64 closedWithin(StreamClient &client, const QElapsedTimer &since, int expectedCode)
    {
        if (!client.waitForClose(10000) || client.closeCode() != expectedCode) {
            qWarning() << "close code" << client.closeCode() << "expected" << expectedCode;
            return -1;
        }
        return since.elapsed();
    }

private slots:
    void initTestCase()
    {
        for (const char *email : {"ana@shop.example", "budi@shop.example", "citra@shop.example", "dewi@shop.example"})
            QVERIFY(addAgent(m_server.dataDirectory(), QString::fromLatin1(email), QStringLiteral("Shop"), kPassword));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }

    void signOutClosesEveryStreamOfThatTokenAtOnce()
    {
        const Session first = signIn(QStringLiteral("ana@shop.example"));
        const Session other = signIn(QStringLiteral("ana@shop.example")); // another device
        auto a = live(first);
        auto b = live(first);
        auto elsewhere = live(other);
        QVERIFY(a && b && elsewhere);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-out"), {}, first.bearer()).status,
                 204);
        for (StreamClient *client : {a.get(), b.get()}) {
            const qint64 ms = closedWithin(*client, clock, 4005);
            QVERIFY(ms >= 0 && ms < 2000);
            bool toldWhy = false;
            for (const QJsonObject &frame : std::as_const(client->frames))
                toldWhy |= frame.value(QStringLiteral("code")).toString() == QLatin1String("signed_out");
            QVERIFY(toldWhy);
        }
        // The other device's session is not touched, and is still served.
        const QString id = elsewhere->command(QStringLiteral("typing"), {{QStringLiteral("conversation_id"), 999999}});
        QVERIFY(!elsewhere->waitFor(QStringLiteral("ack"), 10000, id).isEmpty());
        QCOMPARE(elsewhere->closeCode(), -1);

        // The ended token opens no new stream, and says why.
        StreamClient again;
        QVERIFY(again.connectTo(m_server.baseUrl()));
        again.hello(first.token, 0);
        QCOMPARE(again.waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("signed_out"));
        QVERIFY(again.waitForClose());
        QCOMPARE(again.closeCode(), 4005);
    }

    void theAdminEndsAnAgentsSessionsOnTheRunningServer()
    {
        const Session phone = signIn(QStringLiteral("budi@shop.example"));
        const Session laptop = signIn(QStringLiteral("budi@shop.example"));
        const Session colleague = signIn(QStringLiteral("citra@shop.example"));
        auto a = live(phone);
        auto b = live(laptop);
        auto c = live(colleague);
        QVERIFY(a && b && c);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(admin(QStringLiteral("end-sessions"), QStringLiteral("budi@shop.example")), 0);
        for (StreamClient *client : {a.get(), b.get()}) {
            const qint64 ms = closedWithin(*client, clock, 4005);
            QVERIFY2(ms >= 0 && ms < 3000, qPrintable(QString::number(ms)));
        }
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, phone.bearer()).status, 401);
        // Citra carries on; Budi can sign in again.
        QCOMPARE(c->closeCode(), -1);
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, colleague.bearer()).status, 200);
        QVERIFY(!signIn(QStringLiteral("budi@shop.example")).token.isEmpty());
        QCOMPARE(admin(QStringLiteral("end-sessions"), QStringLiteral("nobody@shop.example")), 2);
    }

    void aDisabledAgentIsCutOffUntilEnabled()
    {
        const Session session = signIn(QStringLiteral("citra@shop.example"));
        auto stream = live(session);
        QVERIFY(stream);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(admin(QStringLiteral("disable-agent"), QStringLiteral("citra@shop.example")), 0);
        QVERIFY(closedWithin(*stream, clock, 4005) >= 0);
        QVERIFY(signIn(QStringLiteral("citra@shop.example")).token.isEmpty());
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, session.bearer()).status, 401);

        QCOMPARE(admin(QStringLiteral("enable-agent"), QStringLiteral("citra@shop.example")), 0);
        // Enabling brings no old session back; a new sign-in works.
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, session.bearer()).status, 401);
        const Session fresh = signIn(QStringLiteral("citra@shop.example"));
        QVERIFY(!fresh.token.isEmpty());
        QVERIFY(live(fresh));
    }

    void aPasswordResetEndsEverySession()
    {
        const Session session = signIn(QStringLiteral("dewi@shop.example"));
        auto stream = live(session);
        QVERIFY(stream);
        QElapsedTimer clock;
        clock.start();
        // Too short: refused, nothing changes.
        QCOMPARE(admin(QStringLiteral("reset-password"), QStringLiteral("dewi@shop.example"), "short\n"), 2);
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, session.bearer()).status, 200);
        QCOMPARE(admin(QStringLiteral("reset-password"), QStringLiteral("dewi@shop.example"), "a new password 2\n"), 0);
        QVERIFY(closedWithin(*stream, clock, 4005) >= 0);
        QVERIFY(signIn(QStringLiteral("dewi@shop.example")).token.isEmpty()); // the old password
        QVERIFY(!signIn(QStringLiteral("dewi@shop.example"), "a new password 2").token.isEmpty());
    }

    void aRunawayClientIsSlowedAndTheOthersAreNot()
    {
        // A server of its own with small limits: 60 a minute, 10 at once.
        ServerProcess limited;
        for (const char *email : {"fast@shop.example", "calm@shop.example"})
            QVERIFY(addAgent(limited.dataDirectory(), QString::fromLatin1(email), QStringLiteral("Shop"), kPassword));
        QVERIFY2(limited.start({QStringLiteral("--token-requests-per-minute"), QStringLiteral("60"),
                                QStringLiteral("--token-commands-per-minute"), QStringLiteral("60")}),
                 qPrintable(limited.output()));
        auto signInTo = [&](const char *email) {
            return httpCall(limited.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                            QJsonObject{{QStringLiteral("email"), QString::fromLatin1(email)},
                                        {QStringLiteral("password"), QString::fromLatin1(kPassword)}})
                .body.value(QStringLiteral("token"))
                .toString();
        };
        const QString fast = signInTo("fast@shop.example");
        const QString calm = signInTo("calm@shop.example");
        QVERIFY(!fast.isEmpty() && !calm.isEmpty());

        int served = 0, slowed = 0;
        for (int i = 0; i < 30; ++i) {
            const auto answer = httpCall(limited.baseUrl(), "GET", QStringLiteral("/v1/me"), {},
                                         "Bearer " + fast.toLatin1());
            if (answer.status == 200)
                ++served;
            else if (answer.status == 429
                     && answer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
                            == QLatin1String("rate_limited"))
                ++slowed;
        }
        QVERIFY2(served >= 10 && served <= 13, qPrintable(QString::number(served)));
        QCOMPARE(served + slowed, 30);
        QCOMPARE(httpCall(limited.baseUrl(), "GET", QStringLiteral("/v1/me"), {}, "Bearer " + calm.toLatin1()).status,
                 200);

        StreamClient runaway, steady;
        QVERIFY(runaway.connectTo(limited.baseUrl()) && steady.connectTo(limited.baseUrl()));
        runaway.hello(fast, 0);
        steady.hello(calm, 0);
        QVERIFY(!runaway.waitFor(QStringLiteral("welcome")).isEmpty());
        QVERIFY(!steady.waitFor(QStringLiteral("welcome")).isEmpty());
        QStringList ids;
        for (int i = 0; i < 30; ++i)
            ids.append(runaway.command(QStringLiteral("typing"), {{QStringLiteral("conversation_id"), 999999}}));
        int limitedAcks = 0;
        for (const QString &id : std::as_const(ids)) {
            const QJsonObject ack = runaway.waitFor(QStringLiteral("ack"), 10000, id);
            limitedAcks += ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
                           == QLatin1String("rate_limited");
        }
        QVERIFY2(limitedAcks >= 17 && limitedAcks <= 20, qPrintable(QString::number(limitedAcks)));
        QCOMPARE(runaway.closeCode(), -1); // slowed, not cut off
        const QString id = steady.command(QStringLiteral("typing"), {{QStringLiteral("conversation_id"), 999999}});
        QCOMPARE(steady.waitFor(QStringLiteral("ack"), 10000, id)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));
    }

    void anExpiredTokenClosesItsStreams()
    {
        // A server of its own whose sign-ins last two seconds.
        ServerProcess shortLived;
        QVERIFY(addAgent(shortLived.dataDirectory(), QStringLiteral("eka@shop.example"), QStringLiteral("Shop"),
                         kPassword));
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2")}),
                 qPrintable(shortLived.output()));
        const auto reply = httpCall(shortLived.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("eka@shop.example")},
                                                {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        const QString token = reply.body.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        StreamClient stream;
        QVERIFY(stream.connectTo(shortLived.baseUrl()));
        stream.hello(token, 0);
        QVERIFY(!stream.waitFor(QStringLiteral("welcome")).isEmpty());
        QVERIFY(stream.waitForClose(6000));
        QCOMPARE(stream.closeCode(), 4001);
        QCOMPARE(stream.waitFor(QStringLiteral("error"), 100).value(QStringLiteral("code")).toString(),
                 QStringLiteral("token_expired"));
    }
};

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
