// The desktop's sync across a workspace.updated event (protocol 2): an
// admin switches the workspace's autopilot while away, and an agent's client
// that is online, and one that comes back later, both stay in step with the
// log (every customer message stored, the stored seq at the server's head)
// and keep streaming. Real server, real encrypted stores. (Until the store
// applies the event itself, the client gets there by a re-sync by pages: an
// expected failure below says so.)

#include "linkclient.h"
#include "serverprocess.h"
#include "streamclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using State = net::StreamLink::State;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

class TestSyncWorkspaceUpdated : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QString m_visitor;
    QString m_adminToken;

    // The admin switches the autopilot while away; true once acknowledged.
    bool switchAway(const QString &mode)
    {
        test::StreamClient admin;
        if (!admin.connectTo(m_server.baseUrl()))
            return false;
        admin.hello(m_adminToken, 0);
        if (admin.waitFor(QStringLiteral("welcome")).isEmpty())
            return false;
        const QString id = admin.command(QStringLiteral("workspace.autopilot_away"), {{QStringLiteral("mode"), mode}});
        return admin.waitFor(QStringLiteral("ack"), kDeadlineMs, id).value(QStringLiteral("ok")).toBool();
    }

    qint64 headSeq()
    {
        const test::HttpAnswer page = test::httpCall(m_server.baseUrl(), "GET",
                                                     QStringLiteral("/v1/conversations?limit=1"), {},
                                                     "Bearer " + m_adminToken.toLatin1());
        return qint64(page.body.value(QStringLiteral("resume_seq")).toDouble());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        m_visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        m_adminToken = test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                      QJsonObject{{QStringLiteral("email"), QStringLiteral("ana@shop.example")},
                                                  {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
                           .body.value(QStringLiteral("token"))
                           .toString();
        QVERIFY(!m_adminToken.isEmpty());
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor, QStringLiteral("before the switch")));
    }

    void anOnlineDesktopAndOneComingBackStayInStep()
    {
        QTemporaryDir onlineProfile, laterProfile;
        const store::DatabaseKey laterKey = store::DatabaseKey::generateRaw();
        Client online(m_server.baseUrl(), onlineProfile.path(), store::DatabaseKey::generateRaw());
        auto later = std::make_unique<Client>(m_server.baseUrl(), laterProfile.path(), laterKey);
        QVERIFY(online.history && later->history);
        for (Client *client : {&online, later.get()}) {
            QVERIFY(client->signIn(QStringLiteral("a1@shop.example"), kPassword));
            client->engine->start();
            QTRY_COMPARE_WITH_TIMEOUT(client->link->state(), State::Online, kDeadlineMs);
            QTRY_VERIFY_WITH_TIMEOUT(client->texts().contains(QStringLiteral("before the switch")), kDeadlineMs);
        }
        const qint64 laterSeq = later->history->reader().lastSeq();
        QSignalSpy workspaceChanges(online.history.get(), &store::Store::changed);
        later.reset(); // that desktop is closed
        QSignalSpy resyncs(online.engine.get(), &sync::SyncEngine::pagesStored);

        QVERIFY(switchAway(QStringLiteral("rules")));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor, QStringLiteral("after the switch")));
        QVERIFY(switchAway(QStringLiteral("off")));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor, QStringLiteral("after switching back")));
        const qint64 head = headSeq();
        QVERIFY(head > laterSeq + 2);

        const QStringList expected{QStringLiteral("after switching back"), QStringLiteral("after the switch"),
                                   QStringLiteral("before the switch")};
        QTRY_COMPARE_WITH_TIMEOUT(online.texts(), expected, kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(online.history->reader().lastSeq(), head, kDeadlineMs);
        // Each switch was news to the store (and said so).
        int switches = 0;
        for (const QList<QVariant> &signal : std::as_const(workspaceChanges))
            switches += signal.at(0).value<store::ChangeSet>().workspaceChanged ? 1 : 0;
        QCOMPARE(switches, 2);
        QTRY_COMPARE_WITH_TIMEOUT(online.link->state(), State::Online, kDeadlineMs);

        // Opened again, it resumes from its stored seq: the replay holds both events.
        later = std::make_unique<Client>(m_server.baseUrl(), laterProfile.path(), laterKey);
        QVERIFY(later->history);
        QCOMPARE(later->history->reader().lastSeq(), laterSeq);
        QVERIFY(later->signIn(QStringLiteral("a1@shop.example"), kPassword));
        later->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(later->texts(), expected, kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(later->history->reader().lastSeq(), head, kDeadlineMs);

        // Both still stream live.
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor, QStringLiteral("live afterwards")));
        for (Client *client : {&online, later.get()})
            QTRY_VERIFY_WITH_TIMEOUT(client->texts().contains(QStringLiteral("live afterwards")), kDeadlineMs);

        // The events are applied like any other, without re-reading the
        // history, and both stores hold the workspace's settings as they are now.
        QCOMPARE(resyncs.count(), 0);
        for (Client *client : {&online, later.get()}) {
            const protocol::WorkspaceSettings settings = client->history->reader().workspaceSettings();
            QVERIFY(settings.autopilotAway == protocol::Autopilot::Off);
            QVERIFY(settings.updatedAt > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncWorkspaceUpdated)
#include "tst_sync_workspaceupdated.moc"
