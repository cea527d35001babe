// The outbox end to end: what the agent sends is shown at once, leaves once
// when the link allows, survives a closed app, and a refusal shows why.

#include "linkclient.h"
#include "serverprocess.h"

#include "store/writer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using State = net::StreamLink::State;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

class TestSyncOutbox : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    qint64 m_conversationId = 0; // a web chat conversation of the Shop workspace

    std::unique_ptr<Client> onlineClient(QTemporaryDir &profile, const store::DatabaseKey &key)
    {
        auto client = std::make_unique<Client>(m_server.baseUrl(), profile.path(), key);
        if (!client->history || !client->signIn(QStringLiteral("a1@shop.example"), kPassword))
            return nullptr;
        client->engine->start();
        QDeadlineTimer deadline(kDeadlineMs);
        while (client->link->state() != State::Online && !deadline.hasExpired())
            QTest::qWait(10);
        return client;
    }

    // The thread as the store holds it: (text, status) oldest first.
    static QList<QPair<QString, QString>> thread(Client &client, qint64 conversationId)
    {
        QList<QPair<QString, QString>> rows;
        for (const store::MessageRow &row : client.history->reader().newestMessages(conversationId, 1000))
            rows.append({row.text, row.status});
        return rows;
    }

    static int countText(Client &client, qint64 conversationId, const QString &text)
    {
        int n = 0;
        for (const auto &row : thread(client, conversationId))
            n += row.first == text ? 1 : 0;
        return n;
    }

    // What the server holds for the conversation: texts oldest first.
    QStringList serverThread(Client &client, qint64 conversationId)
    {
        const auto answer =
            test::httpCall(m_server.baseUrl(), "GET",
                           QStringLiteral("/v1/conversations/%1/messages?limit=200").arg(conversationId), {},
                           "Bearer " + client.api->token().toLatin1());
        QStringList texts;
        for (const QJsonValue &message : answer.body.value(QStringLiteral("messages")).toArray())
            texts.prepend(message.toObject().value(QStringLiteral("text")).toString());
        return texts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, test::newVisitor(m_server.baseUrl(), m_shopKey),
                                     QStringLiteral("Hello, is anyone there?")));
        QTemporaryDir profile;
        auto client = onlineClient(profile, store::DatabaseKey::generateRaw());
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().conversations({}, 10).size(), 1, kDeadlineMs);
        m_conversationId = client->history->reader().conversations({}, 10).constFirst().id;
    }

    void sentWhileOnlineIsShownAtOnceAndStoredOnce()
    {
        QTemporaryDir profile;
        auto client = onlineClient(profile, store::DatabaseKey::generateRaw());
        QVERIFY(client);
        QSignalSpy acknowledged(client->outbox.get(), &sync::OutboxSender::acknowledged);
        const QString text = QStringLiteral("Yes! How can I help?");
        const QString clientId = client->outbox->sendText(m_conversationId, text, 0, QStringLiteral("Agent"));
        QVERIFY(!clientId.isEmpty());
        QVERIFY(acknowledged.wait(kDeadlineMs));
        QCOMPARE(acknowledged.at(0).at(0).toString(), clientId);
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().outboxCount(), 0, kDeadlineMs);
        QCOMPARE(countText(*client, m_conversationId, text), 1);
        QVERIFY(thread(*client, m_conversationId).constLast().second != QStringLiteral("queued"));
        QCOMPARE(serverThread(*client, m_conversationId).count(text), 1);
    }

    void sentOfflineWaitsQueuedThenLeavesInOrder()
    {
        QTemporaryDir profile;
        auto client = onlineClient(profile, store::DatabaseKey::generateRaw());
        QVERIFY(client);
        client->link->setNetworkReachable(false);
        client->link->dropForTest();
        QCOMPARE(client->link->state(), State::Offline);
        const QStringList texts{QStringLiteral("offline one"), QStringLiteral("offline two"),
                                QStringLiteral("offline three")};
        for (const QString &text : texts)
            client->outbox->sendText(m_conversationId, text, 0, QStringLiteral("Agent"));
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().outboxCount(), 3, kDeadlineMs);
        for (const QString &text : texts)
            QVERIFY(thread(*client, m_conversationId).contains(qMakePair(text, QStringLiteral("queued"))));

        client->link->setNetworkReachable(true);
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().outboxCount(), 0, kDeadlineMs);
        const QStringList onServer = serverThread(*client, m_conversationId);
        QList<qsizetype> positions;
        for (const QString &text : texts) {
            QCOMPARE(onServer.count(text), 1);
            positions.append(onServer.indexOf(text));
        }
        QVERIFY(std::is_sorted(positions.begin(), positions.end()));
        for (const QString &text : texts)
            QCOMPARE(countText(*client, m_conversationId, text), 1);
    }

    void queuedMessagesSurviveClosingTheApp()
    {
        QTemporaryDir profile;
        const store::DatabaseKey key = store::DatabaseKey::generateRaw();
        QString token;
        {
            auto client = onlineClient(profile, key);
            QVERIFY(client);
            token = client->api->token();
            client->link->setNetworkReachable(false);
            client->link->dropForTest();
            client->outbox->sendText(m_conversationId, QStringLiteral("written before closing"), 0,
                                     QStringLiteral("Agent"));
            QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().outboxCount(), 1, kDeadlineMs);
        }
        Client reopened(m_server.baseUrl(), profile.path(), key);
        QVERIFY(reopened.history);
        QCOMPARE(reopened.history->reader().outboxCount(), 1);
        reopened.api->setToken(token);
        reopened.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(reopened.history->reader().outboxCount(), 0, kDeadlineMs);
        QCOMPARE(serverThread(reopened, m_conversationId).count(QStringLiteral("written before closing")), 1);
        QCOMPARE(countText(reopened, m_conversationId, QStringLiteral("written before closing")), 1);
    }

    // A link that drops right after a send makes the client send again with
    // the same client id; the server runs it once.
    void resendAfterALostAckMakesOneMessage()
    {
        QTemporaryDir profile;
        auto client = onlineClient(profile, store::DatabaseKey::generateRaw());
        QVERIFY(client);
        client->link->setBackoff(net::Backoff(20, 50));
        QStringList texts;
        for (int i = 0; i < 10; ++i) {
            const QString text = QStringLiteral("resent %1").arg(i);
            texts.append(text);
            client->outbox->sendText(m_conversationId, text, 0, QStringLiteral("Agent"));
            // Drop the link once the message is on the wire (or already
            // through). This only picks the moment: an outbox that never sends
            // fails the checks below, which wait for it to empty.
            QDeadlineTimer onTheWire(5000);
            while (client->outbox->inFlight() == 0 && client->history->reader().outboxCount() > 0
                   && !onTheWire.hasExpired())
                QTest::qWait(5);
            client->link->dropForTest();
            QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().outboxCount(), 0, kDeadlineMs);
        const QStringList onServer = serverThread(*client, m_conversationId);
        for (const QString &text : texts) {
            QCOMPARE(onServer.count(text), 1);
            QTRY_COMPARE_WITH_TIMEOUT(countText(*client, m_conversationId, text), 1, kDeadlineMs);
        }
    }

    // A reply that cannot even be stored here (here: a conversation this
    // history does not have) comes back to the agent with the reason.
    void replyNotStoredComesBack()
    {
        QTemporaryDir profile;
        auto client = onlineClient(profile, store::DatabaseKey::generateRaw());
        QVERIFY(client);
        QSignalSpy notQueued(client->outbox.get(), &sync::OutboxSender::notQueued);
        client->outbox->sendText(999999, QStringLiteral("nowhere to go"), 0, QStringLiteral("Agent"));
        QVERIFY(notQueued.wait(kDeadlineMs));
        QCOMPARE(notQueued.at(0).at(0).toLongLong(), 999999);
        QCOMPARE(notQueued.at(0).at(1).toString(), QStringLiteral("nowhere to go"));
        QVERIFY(!notQueued.at(0).at(2).toString().isEmpty());
        QCOMPARE(client->history->reader().outboxCount(), 0);
    }

    void refusedSendShowsWhyAndCanBeRetried()
    {
        QTemporaryDir profile;
        auto client = onlineClient(profile, store::DatabaseKey::generateRaw());
        QVERIFY(client);
        QSignalSpy refused(client->outbox.get(), &sync::OutboxSender::refused);
        const QString tooLong(5000, QLatin1Char('x')); // over the 4096-character limit
        const QString clientId = client->outbox->sendText(m_conversationId, tooLong, 0, QStringLiteral("Agent"));
        QVERIFY(refused.wait(kDeadlineMs));
        QCOMPARE(refused.at(0).at(0).toString(), clientId);
        QVERIFY(!refused.at(0).at(1).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            thread(*client, m_conversationId).contains(qMakePair(tooLong, QStringLiteral("failed"))), kDeadlineMs);
        const auto rows = client->history->reader().newestMessages(m_conversationId, 1000);
        QVERIFY(!rows.constLast().failureReason.isEmpty());
        QVERIFY(!serverThread(*client, m_conversationId).contains(tooLong));

        // Trying again sends the same entry again, as a new attempt (the server
        // repeats its first answer to a client id); the server still says no.
        const QString retryId = client->outbox->retry(clientId);
        QVERIFY(retryId != clientId);
        QVERIFY(refused.wait(kDeadlineMs));
        QCOMPARE(refused.at(1).at(0).toString(), retryId);
        QCOMPARE(countText(*client, m_conversationId, tooLong), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
