// The lead of the open conversation and the connection line: both read only
// the store or the link, and follow their changes.

#include "models/connectionstatus.h"
#include "models/leadmodel.h"
#include "net/apiclient.h"
#include "net/backoff.h"
#include "net/streamlink.h"
#include "store/databasekey.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/syncengine.h"

#include "livestore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;

namespace {
constexpr int kDeadlineMs = 20000;
}

class TestModelsLead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    void apply(const QVector<protocol::EventPayload> &records)
    {
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store, records, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        m_store = test::openLiveStore(m_dir.path());
        QVERIFY(m_store);
    }

    void followsTheOpenConversationsCustomer()
    {
        protocol::Contact aisha;
        aisha.id = 501;
        aisha.name = QStringLiteral("Aisha Al-Farsi");
        aisha.phone = QStringLiteral("+971501234567");
        protocol::Lead lead;
        lead.contactId = 501;
        lead.businessName = QStringLiteral("Al-Farsi Trading");
        lead.stage = QStringLiteral("qualified");
        lead.valueMinor = 125000;
        lead.currency = QStringLiteral("AED");
        lead.version = 3;
        protocol::Conversation first;
        first.id = 9001;
        first.contactId = 501;
        first.channel = protocol::Channel::WhatsApp;
        first.lastActivity = 2000;
        protocol::Conversation older = first;
        older.id = 9000;
        older.lastActivity = 1000;
        apply({aisha, lead, first, older});

        models::LeadModel model(m_store.get());
        QVERIFY(!model.hasContact());
        QSignalSpy changed(&model, &models::LeadModel::changed);
        model.setConversation(9001);
        QVERIFY(model.hasContact());
        QVERIFY(model.hasLead());
        QCOMPARE(model.name(), QStringLiteral("Aisha Al-Farsi"));
        QCOMPARE(model.lead().businessName, QStringLiteral("Al-Farsi Trading"));
        QCOMPARE(model.stage(), QStringLiteral("qualified"));
        QVERIFY2(model.value().contains(QStringLiteral("1,250")) || model.value().contains(QStringLiteral("1250")),
                 qPrintable(model.value()));
        QCOMPARE(model.conversations().size(), 2);
        QCOMPARE(model.conversations().constFirst().id, 9001);

        // The lead changes elsewhere: the model follows.
        lead.stage = QStringLiteral("won");
        lead.version = 4;
        const qsizetype before = changed.size();
        apply({lead});
        QVERIFY(changed.size() > before);
        QCOMPARE(model.stage(), QStringLiteral("won"));

        model.setConversation(0);
        QVERIFY(!model.hasContact());
        model.setConversation(9001);
        model.setStore(nullptr);
        QVERIFY(!model.hasContact());
    }

    void connectionLineFollowsTheLink()
    {
        // A port nobody listens on: every try fails.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        net::StreamLink link(server, [] { return qint64(0); });
        net::ApiClient api(server);
        sync::SyncEngine engine(*m_store, api, link);
        models::ConnectionStatus status;
        status.setServerName(QStringLiteral("127.0.0.1"));
        QVERIFY(status.text().startsWith(QStringLiteral("Not signed in")));
        status.follow(&link, &engine, true);
        QVERIFY(status.text().startsWith(QStringLiteral("Not connected")));

        link.setBackoff(net::Backoff(4000, 4000));
        link.start(QStringLiteral("rdt_any"));
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), net::StreamLink::State::Reconnecting, kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(status.text().contains(QStringLiteral("Trying again in 4 s")), kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(status.text().contains(QStringLiteral("Trying again in 3 s")), kDeadlineMs);
        QVERIFY(!status.isOnline());

        // A server on this computer does not depend on the network...
        link.setNetworkReachable(false);
        QCOMPARE(link.state(), net::StreamLink::State::Reconnecting);
        // ...but the status line still says Offline when it is told so.
        link.honourReachabilityForLoopback(true);
        link.setNetworkReachable(false);
        QCOMPARE(link.state(), net::StreamLink::State::Offline);
        QVERIFY(status.text().startsWith(QStringLiteral("Offline")));

        link.stop();
        QVERIFY(status.text().startsWith(QStringLiteral("Not connected")));
        status.follow(nullptr, nullptr, false);
        QVERIFY(status.text().startsWith(QStringLiteral("Not signed in")));
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestModelsLead)
#include "tst_models_lead.moc"
