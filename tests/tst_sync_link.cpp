// The client's link end to end against the real server: sign-in, a first
// sync by pages, live events into the encrypted store, reconnects that lose
// and duplicate nothing, a restart that resumes from the stored seq, a
// re-sync the server asks for, a refused token, and a network that goes away.

#include "linkclient.h"
#include "serverprocess.h"

#include "net/apiclient.h"
#include "net/backoff.h"
#include "net/streamlink.h"
#include "store/databasekey.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using relaydesk::test::httpCall;
using State = net::StreamLink::State;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

class TestSyncLink : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QString m_otherKey;
    QStringList m_shopTexts; // every customer message written in Shop so far

    QString widgetKeyOf(const QString &email)
    {
        const auto answer = httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                     QJsonObject{{QStringLiteral("email"), email},
                                                 {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
        return answer.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString();
    }

    QString newVisitor(const QString &widgetKey)
    {
        return httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/visitors").arg(widgetKey))
            .body.value(QStringLiteral("visitor_token"))
            .toString();
    }

    bool customerWrites(const QString &widgetKey, const QString &visitor, const QString &text)
    {
        const int status = httpCall(m_server.baseUrl(), "POST",
                                    QStringLiteral("/v1/webchat/%1/messages").arg(widgetKey),
                                    QJsonObject{{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1())
                               .status;
        if (status / 100 != 2)
            qWarning() << "customer write answered" << status;
        if (status / 100 == 2 && widgetKey == m_shopKey)
            m_shopTexts.append(text);
        return status / 100 == 2;
    }

    QStringList shopTexts() const
    {
        QStringList sorted = m_shopTexts;
        sorted.sort();
        return sorted;
    }

    std::unique_ptr<Client> newClient(QTemporaryDir &profile)
    {
        auto client = std::make_unique<Client>(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        return client;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("b1@other.example"), QStringLiteral("Other"),
                               kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = widgetKeyOf(QStringLiteral("a1@shop.example"));
        m_otherKey = widgetKeyOf(QStringLiteral("b1@other.example"));
        QVERIFY(!m_shopKey.isEmpty() && !m_otherKey.isEmpty());
        // History before any client: one long conversation and two short ones.
        const QString chatty = newVisitor(m_shopKey);
        for (int i = 1; i <= 60; ++i)
            QVERIFY(customerWrites(m_shopKey, chatty,
                                   QStringLiteral("long conversation %1").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(customerWrites(m_shopKey, newVisitor(m_shopKey), QStringLiteral("Olá, tudo bem?")));
        QVERIFY(customerWrites(m_shopKey, newVisitor(m_shopKey), QStringLiteral("Apakah pesanan saya sudah dikirim?")));
        QVERIFY(customerWrites(m_otherKey, newVisitor(m_otherKey), QStringLiteral("secret of another workspace")));
    }

    void firstSyncByPagesThenLiveEvents()
    {
        QTemporaryDir profile;
        auto client = newClient(profile);
        QVERIFY(client->history);
        QVERIFY(client->signIn(QStringLiteral("a1@shop.example"), kPassword));
        QSignalSpy pages(client->engine.get(), &sync::SyncEngine::pagesStored);
        client->engine->start();
        QVERIFY(pages.wait(kDeadlineMs));
        QCOMPARE(pages.at(0).at(0).toInt(), 3); // conversations
        // The workspace's whole history fits the first page of it (and the
        // other workspace's is not in it).
        QCOMPARE(pages.at(0).at(1).toInt(), 60 + 1 + 1);
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);

        const QStringList expected = shopTexts();
        QTRY_COMPARE_WITH_TIMEOUT(client->texts(), expected, kDeadlineMs);
        QCOMPARE(client->history->reader().lastSeq(), client->engine->queuedSeq());

        // Live: a new customer message arrives in the store by itself.
        QVERIFY(customerWrites(m_shopKey, newVisitor(m_shopKey), QStringLiteral("live while online")));
        QTRY_VERIFY_WITH_TIMEOUT(client->texts().contains(QStringLiteral("live while online")), kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().lastSeq(), client->engine->queuedSeq(), kDeadlineMs);
        QVERIFY(!client->texts().contains(QStringLiteral("secret of another workspace")));
    }

    void droppedLinksLoseAndDuplicateNothing()
    {
        QTemporaryDir profile;
        auto client = newClient(profile);
        QVERIFY(client->signIn(QStringLiteral("a1@shop.example"), kPassword));
        client->link->setBackoff(net::Backoff(50, 200));
        client->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
        const QString visitor = newVisitor(m_shopKey);
        for (int round = 0; round < 8; ++round) {
            for (int i = 0; i < 5; ++i)
                QVERIFY(customerWrites(m_shopKey, visitor, QStringLiteral("round %1 message %2").arg(round).arg(i)));
            client->link->dropForTest();
            QVERIFY(client->link->state() != State::Online);
            QVERIFY(customerWrites(m_shopKey, visitor, QStringLiteral("round %1 while away").arg(round)));
            QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(client->texts().contains(QStringLiteral("round 7 while away")), kDeadlineMs);
        const QStringList texts = client->texts();
        for (int round = 0; round < 8; ++round) {
            QCOMPARE(texts.count(QStringLiteral("round %1 while away").arg(round)), 1);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(texts.count(QStringLiteral("round %1 message %2").arg(round).arg(i)), 1);
        }
    }

    void restartResumesFromTheStoredSeq()
    {
        QTemporaryDir profile;
        store::DatabaseKey key = store::DatabaseKey::generateRaw();
        QString token;
        {
            Client first(m_server.baseUrl(), profile.path(), key);
            QVERIFY(first.signIn(QStringLiteral("a1@shop.example"), kPassword));
            token = first.api->token();
            first.engine->start();
            QTRY_COMPARE_WITH_TIMEOUT(first.link->state(), State::Online, kDeadlineMs);
            QTRY_COMPARE_WITH_TIMEOUT(first.history->reader().lastSeq(), first.engine->queuedSeq(), kDeadlineMs);
        }
        const QString visitor = newVisitor(m_shopKey);
        for (int i = 0; i < 3; ++i)
            QVERIFY(customerWrites(m_shopKey, visitor, QStringLiteral("while the app was closed %1").arg(i)));

        Client second(m_server.baseUrl(), profile.path(), key);
        QVERIFY(second.history);
        second.api->setToken(token);
        QSignalSpy pages(second.engine.get(), &sync::SyncEngine::pagesStored);
        second.engine->start();
        QCOMPARE(second.engine->phase(), sync::SyncEngine::Phase::Streaming);
        QTRY_COMPARE_WITH_TIMEOUT(second.link->state(), State::Online, kDeadlineMs);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(second.texts().contains(QStringLiteral("while the app was closed %1").arg(i)),
                                     kDeadlineMs);
        }
        QCOMPARE(pages.size(), 0); // resumed from the log, no pages read
    }

    void serverAskingForResyncRefillsByPages()
    {
        QTemporaryDir profile;
        auto client = newClient(profile);
        QVERIFY(client->signIn(QStringLiteral("a1@shop.example"), kPassword));
        // A history that claims more than the server ever wrote (another
        // server's profile): the server answers with a re-sync.
        QString error;
        bool stored = false;
        client->history->writeAndWait([&error, &stored](store::StoreWriter &writer, store::ChangeSet &changes) {
            stored = writer.applySnapshot({}, 1000000000, &changes, &error);
        });
        QVERIFY2(stored, qPrintable(error));
        QSignalSpy pages(client->engine.get(), &sync::SyncEngine::pagesStored);
        client->engine->start();
        QVERIFY(pages.wait(kDeadlineMs));
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
        QVERIFY(client->history->reader().lastSeq() < 1000000000);
        QTRY_VERIFY_WITH_TIMEOUT(client->texts().contains(QStringLiteral("Olá, tudo bem?")), kDeadlineMs);
    }

    void refusedTokenEndsInAuthFailedWithoutRetrying()
    {
        QTemporaryDir profile;
        auto client = newClient(profile);
        client->link->setBackoff(net::Backoff(50, 100));
        QSignalSpy states(client->link.get(), &net::StreamLink::stateChanged);
        client->link->start(QStringLiteral("rdt_not_a_token_the_server_gave"));
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::AuthFailed, kDeadlineMs);
        QVERIFY(!client->link->problem().isEmpty());
        const qsizetype changes = states.size();
        QTest::qWait(500); // many backoff periods: nothing may happen
        QCOMPARE(states.size(), changes);
        QCOMPARE(client->link->state(), State::AuthFailed);
    }

    // A token that expires while the app runs: the link ends in AuthFailed
    // with a reason and does not retry in a loop.
    void expiredTokenEndsInAuthFailedWithoutRetrying()
    {
        test::ServerProcess shortLived;
        QVERIFY(test::addAgent(shortLived.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2")}),
                 qPrintable(shortLived.output()));
        QTemporaryDir profile;
        Client client(shortLived.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(client.signIn(QStringLiteral("a1@shop.example"), kPassword));
        client.link->setBackoff(net::Backoff(50, 100));
        client.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        QTest::qWait(2500); // the token is now past its lifetime
        client.link->dropForTest();
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::AuthFailed, kDeadlineMs);
        QVERIFY2(client.link->problem().contains(QStringLiteral("expired")), qPrintable(client.link->problem()));
        QSignalSpy states(client.link.get(), &net::StreamLink::stateChanged);
        QTest::qWait(500); // many backoff periods: nothing may happen
        QCOMPARE(states.size(), 0);
    }

    void noNetworkWaitsOfflineThenConnectsAtOnce()
    {
        QTemporaryDir profile;
        auto client = newClient(profile);
        QVERIFY(client->signIn(QStringLiteral("a1@shop.example"), kPassword));
        client->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
        // A minute of backoff: only the network coming back can explain a
        // reconnect within seconds.
        client->link->setBackoff(net::Backoff(60000, 60000));
        client->link->setNetworkReachable(false);
        client->link->dropForTest();
        QCOMPARE(client->link->state(), State::Offline);
        QVERIFY(customerWrites(m_shopKey, newVisitor(m_shopKey), QStringLiteral("written while offline")));
        client->link->setNetworkReachable(true);
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(client->texts().contains(QStringLiteral("written while offline")), kDeadlineMs);
    }

    void droppedWithBackoffSaysWhenItRetries()
    {
        QTemporaryDir profile;
        auto client = newClient(profile);
        QVERIFY(client->signIn(QStringLiteral("a1@shop.example"), kPassword));
        client->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
        client->link->setBackoff(net::Backoff(3000, 3000));
        client->link->dropForTest();
        QCOMPARE(client->link->state(), State::Reconnecting);
        QCOMPARE(client->link->secondsUntilRetry(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
    }
};

QTEST_GUILESS_MAIN(TestSyncLink)
#include "tst_sync_link.moc"
