// Chaos: two agents' clients and web chat customers exchange 5,000 messages
// while the test drops the clients' links at random (250 times) and kills the
// server with SIGKILL and restarts it (5 times). At the end both encrypted
// stores hold exactly the server's record: every message once, with its final
// status. The counts are printed.

#include "linkclient.h"
#include "serverprocess.h"

#include "net/backoff.h"
#include "store/writer.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using State = net::StreamLink::State;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

namespace {

const int kRounds = qEnvironmentVariableIntValue("CHAOS_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CHAOS_ROUNDS")
                                                                     : 250;
constexpr int kCustomerMessagesPerRound = 14;
constexpr int kAgentMessagesPerRound = 6; // 20 a round, 5,000 in all
constexpr int kVisitors = 20;
constexpr int kKills = 5;

// (server id, text, status) of one message.
struct Row
{
    qint64 serverId = 0;
    QString text;
    QString status;
    bool operator==(const Row &other) const
    {
        return serverId == other.serverId && text == other.text && status == other.status;
    }
};

} // namespace

class TestSyncChaos : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;

    bool customerWrites(const QString &visitor, const QString &text)
    {
        // A customer whose message did not get through tries again, as the
        // widget does; the record to compare with is the server's own.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, text))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    // The server's record, per conversation, by server id.
    QHash<qint64, QList<Row>> serverRecord(const QString &token)
    {
        QHash<qint64, QList<Row>> record;
        const QByteArray bearer = "Bearer " + token.toLatin1();
        QString query = QStringLiteral("/v1/conversations?limit=200");
        QList<qint64> conversations;
        for (;;) {
            const auto page = test::httpCall(m_server.baseUrl(), "GET", query, {}, bearer);
            for (const QJsonValue &c : page.body.value(QStringLiteral("conversations")).toArray())
                conversations.append(qint64(c.toObject().value(QStringLiteral("id")).toDouble()));
            const QJsonObject next = page.body.value(QStringLiteral("next")).toObject();
            if (next.isEmpty())
                break;
            query = QStringLiteral("/v1/conversations?limit=200&before_activity=%1&before_id=%2")
                        .arg(qint64(next.value(QStringLiteral("before_activity")).toDouble()))
                        .arg(qint64(next.value(QStringLiteral("before_id")).toDouble()));
        }
        for (qint64 id : conversations) {
            QList<Row> rows;
            qint64 before = 0;
            do {
                QString path = QStringLiteral("/v1/conversations/%1/messages?limit=200").arg(id);
                if (before)
                    path += QStringLiteral("&before=%1").arg(before);
                const auto page = test::httpCall(m_server.baseUrl(), "GET", path, {}, bearer);
                for (const QJsonValue &m : page.body.value(QStringLiteral("messages")).toArray()) {
                    const QJsonObject message = m.toObject();
                    rows.append(Row{qint64(message.value(QStringLiteral("id")).toDouble()),
                                    message.value(QStringLiteral("text")).toString(),
                                    message.value(QStringLiteral("status")).toString()});
                }
                before = qint64(page.body.value(QStringLiteral("next_before")).toDouble());
            } while (before);
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.serverId < b.serverId; });
            record.insert(id, rows);
        }
        return record;
    }

    static QHash<qint64, QList<Row>> clientRecord(Client &client)
    {
        QHash<qint64, QList<Row>> record;
        for (const store::ConversationRow &c : client.history->reader().conversations({}, 10000)) {
            QList<Row> rows;
            for (const store::MessageRow &m : client.history->reader().newestMessages(c.id, 1000000))
                rows.append(Row{m.serverId, m.text, m.status});
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.serverId < b.serverId; });
            record.insert(c.id, rows);
        }
        return record;
    }

    // What a client's record lacks, repeats or holds differently from the
    // server's, in a few lines, for the failure message.
    static QString differences(const QHash<qint64, QList<Row>> &client, const QHash<qint64, QList<Row>> &server)
    {
        QStringList lines;
        for (auto it = server.constBegin(); it != server.constEnd(); ++it) {
            const QList<Row> mine = client.value(it.key());
            QHash<qint64, Row> byId;
            for (const Row &row : mine) {
                if (byId.contains(row.serverId))
                    lines.append(QStringLiteral("conversation %1: message %2 twice").arg(it.key()).arg(row.serverId));
                byId.insert(row.serverId, row);
            }
            for (const Row &row : it.value()) {
                if (!byId.contains(row.serverId))
                    lines.append(QStringLiteral("conversation %1: missing %2 \"%3\" (%4)")
                                     .arg(it.key())
                                     .arg(row.serverId)
                                     .arg(row.text, row.status));
                else if (!(byId.value(row.serverId) == row))
                    lines.append(QStringLiteral("conversation %1: %2 \"%3\" %4 here, %5 on the server")
                                     .arg(it.key())
                                     .arg(row.serverId)
                                     .arg(row.text, byId.value(row.serverId).status, row.status));
                byId.remove(row.serverId);
            }
            for (const Row &row : std::as_const(byId))
                lines.append(
                    QStringLiteral("conversation %1: extra %2 \"%3\"").arg(it.key()).arg(row.serverId).arg(row.text));
        }
        if (client.size() != server.size())
            lines.append(
                QStringLiteral("%1 conversations here, %2 on the server").arg(client.size()).arg(server.size()));
        if (lines.size() > 20)
            lines = lines.mid(0, 20) << QStringLiteral("… %1 more").arg(lines.size() - 20);
        return lines.isEmpty() ? QStringLiteral("same") : lines.join(QLatin1Char('\n'));
    }

private slots:
    void everyMessageOnceWhateverTheLinkDoes()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a2@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        QStringList visitors;
        for (int i = 0; i < kVisitors; ++i) {
            visitors.append(test::newVisitor(m_server.baseUrl(), m_shopKey));
            QVERIFY(customerWrites(visitors.constLast(), QStringLiteral("hello from visitor %1").arg(i)));
        }

        QTemporaryDir profileA, profileB;
        Client a(m_server.baseUrl(), profileA.path(), store::DatabaseKey::generateRaw());
        Client b(m_server.baseUrl(), profileB.path(), store::DatabaseKey::generateRaw());
        Client *clients[] = {&a, &b};
        const QString emails[] = {QStringLiteral("a1@shop.example"), QStringLiteral("a2@shop.example")};
        for (int i = 0; i < 2; ++i) {
            QVERIFY(clients[i]->history);
            QVERIFY(clients[i]->signIn(emails[i], kPassword));
            clients[i]->link->setBackoff(net::Backoff(20, 300));
            clients[i]->startBackfill();
            clients[i]->engine->start();
        }
        for (Client *client : clients)
            QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().conversations({}, 100).size(), kVisitors, kDeadlineMs);
        const QList<qint64> conversations = [&] {
            QList<qint64> ids;
            for (const store::ConversationRow &row : a.history->reader().conversations({}, 100))
                ids.append(row.id);
            return ids;
        }();

        QRandomGenerator random(20261123);
        QElapsedTimer clock;
        clock.start();
        int drops = 0, kills = 0, customerMessages = 0, agentMessages = 0;
        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kCustomerMessagesPerRound; ++i) {
                const int visitor = int(random.bounded(kVisitors));
                QVERIFY(customerWrites(visitors.at(visitor), QStringLiteral("round %1 customer %2").arg(round).arg(i)));
                ++customerMessages;
            }
            for (int i = 0; i < kAgentMessagesPerRound; ++i) {
                Client *client = clients[i % 2];
                client->outbox->sendText(conversations.at(int(random.bounded(int(conversations.size())))),
                                         QStringLiteral("round %1 agent %2").arg(round).arg(i), 0, QString());
                ++agentMessages;
            }
            if (round % 25 == 0)
                qInfo("round %d at %lld ms: A %s seq %lld, B %s seq %lld", round, clock.elapsed(),
                      QMetaEnum::fromType<State>().valueToKey(int(a.link->state())), a.engine->appliedSeq(),
                      QMetaEnum::fromType<State>().valueToKey(int(b.link->state())), b.engine->appliedSeq());
            clients[random.bounded(2)]->link->dropForTest();
            ++drops;
            QTest::qWait(int(random.bounded(20)));
            if ((round + 1) % (kRounds / kKills) == 0) {
                m_server.kill();
                ++kills;
                QTest::qWait(int(random.bounded(200)));
                QVERIFY2(m_server.restart(test::unlimitedWebchat()), qPrintable(m_server.output()));
            }
        }

        // Let everything settle: both links up, both outboxes empty, both
        // stores at the server's head.
        for (Client *client : clients) {
            QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
            QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().outboxCount(), 0, 60000);
        }
        qInfo("rounds done and settled at %lld ms", clock.elapsed());
        QHash<qint64, QList<Row>> onServer;
        const auto settled = [&] {
            onServer = serverRecord(a.api->token());
            return clientRecord(a) == onServer && clientRecord(b) == onServer;
        };
        QDeadlineTimer settleDeadline(60000);
        while (!settled() && !settleDeadline.hasExpired())
            QTest::qWait(250);
        QVERIFY2(settled(),
                 qPrintable(QStringLiteral("A: %1\nB: %2")
                                .arg(differences(clientRecord(a), onServer), differences(clientRecord(b), onServer))));

        int total = 0, agentTotal = 0;
        QSet<QString> agentTexts;
        for (const QList<Row> &rows : std::as_const(onServer)) {
            total += int(rows.size());
            for (const Row &row : rows) {
                if (row.text.contains(QStringLiteral(" agent "))) {
                    ++agentTotal;
                    agentTexts.insert(row.text);
                }
            }
        }
        // Every agent reply is on the server once (client ids deduplicate).
        QCOMPARE(agentTotal, agentMessages);
        QCOMPARE(int(agentTexts.size()), agentMessages);
        QVERIFY(total >= customerMessages + agentMessages + kVisitors);
        QVERIFY(drops >= 200);
        QCOMPARE(kills, kKills);
        qInfo("chaos: %d customer and %d agent messages written, %d on the server and in each store;"
              " %d dropped links, %d server kills",
              customerMessages, agentMessages, total, drops, kills);
    }
};

QTEST_GUILESS_MAIN(TestSyncChaos)
#include "tst_sync_chaos.moc"
