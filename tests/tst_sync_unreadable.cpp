// A desktop never stalls on what it cannot read. The real relaydesk-server
// is started with a test switch that stores web chat text as servers did
// before the text rule (U+0000, unpaired surrogates); the desktop's first
// download by pages and its live stream both keep what can be read (the
// broken characters shown as U+FFFD), step over the rest, move their seq on
// and stay online, and a normal message written after still arrives. Nor
// does a first download stall or start over when the server paces the
// agent's token (429 with Retry-After): it is asked again after the wait.

#include "linkclient.h"
#include "serverprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace relaydesk;
using State = net::StreamLink::State;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

class TestSyncUnreadable : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_key;

    // Posts a web chat message body written by hand: Qt's JSON writer would
    // not write a lone surrogate as \ud800.
    int customerPostsRaw(const QString &visitor, const QByteArray &body)
    {
        static QNetworkAccessManager network;
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/webchat/%1/messages").arg(m_key));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Visitor " + visitor.toLatin1());
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(kDeadlineMs);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        qputenv("RELAYDESK_TEST_FAULT", "store-unreadable-text");
        const bool started = m_server.start(test::unlimitedWebchat());
        qunsetenv("RELAYDESK_TEST_FAULT");
        QVERIFY2(started, qPrintable(m_server.output()));
        m_key = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        QVERIFY(!m_key.isEmpty());
    }

    void unreadableTextNeitherStallsTheDownloadNorTheStream()
    {
        // Before the desktop signs in: what its first download reads by pages.
        const QString early = test::newVisitor(m_server.baseUrl(), m_key);
        QCOMPARE(customerPostsRaw(early, R"({"text":"before a\u0000b"})"), 201);
        QCOMPARE(customerPostsRaw(early, R"({"text":"before c\ud800d"})"), 201);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_key, early, QStringLiteral("before, readable")));

        QTemporaryDir profile;
        Client client(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(client.history);
        QVERIFY(client.signIn(QStringLiteral("a1@shop.example"), kPassword));
        QSignalSpy states(client.link.get(), &net::StreamLink::stateChanged);
        client.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(client.texts().contains(QStringLiteral("before, readable")), kDeadlineMs);
        QVERIFY2(client.texts().contains(QStringLiteral("before a\uFFFDb")), qPrintable(client.texts().join(u'|')));

        // Live: each unreadable event is read in part, and what follows still comes.
        const QString live = test::newVisitor(m_server.baseUrl(), m_key);
        QCOMPARE(customerPostsRaw(live, R"({"text":"live a\u0000b"})"), 201);
        QCOMPARE(customerPostsRaw(live, R"({"text":"live \udc00 low first"})"), 201);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_key, live, QStringLiteral("live, readable")));
        QTRY_VERIFY_WITH_TIMEOUT(client.texts().contains(QStringLiteral("live, readable")), kDeadlineMs);
        QVERIFY(client.texts().contains(QStringLiteral("live a\uFFFDb")));
        QVERIFY(client.texts().contains(QStringLiteral("live \uFFFD low first")));
        QTRY_COMPARE_WITH_TIMEOUT(client.history->reader().lastSeq(), client.engine->queuedSeq(), kDeadlineMs);

        // Online all along: never dropped and reconnected over these events.
        QCOMPARE(client.link->state(), State::Online);
        int reconnects = 0;
        for (const QList<QVariant> &change : std::as_const(states))
            reconnects += change.at(0).value<State>() == State::Reconnecting;
        QCOMPARE(reconnects, 0);
    }

    void aFirstDownloadPacedByTheServerFinishesOnce()
    {
        // A server of its own that lets a token make 4 requests a second, 40 at once;
        // the first download needs some 80.
        test::ServerProcess paced;
        QVERIFY(test::addAgent(paced.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QStringList arguments = test::unlimitedWebchat();
        arguments.removeAt(arguments.indexOf(QStringLiteral("--token-requests-per-minute")) + 1);
        arguments.removeOne(QStringLiteral("--token-requests-per-minute"));
        arguments << QStringLiteral("--token-requests-per-minute") << QStringLiteral("240");
        QVERIFY2(paced.start(arguments), qPrintable(paced.output()));
        const QString key = test::widgetKeyOf(paced.baseUrl(), QStringLiteral("a1@shop.example"));
        for (int i = 0; i < 75; ++i)
            QVERIFY(test::customerWrites(paced.baseUrl(), key, test::newVisitor(paced.baseUrl(), key),
                                         QStringLiteral("customer %1").arg(i)));

        QTemporaryDir profile;
        Client client(paced.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(client.history);
        QVERIFY(client.signIn(QStringLiteral("a1@shop.example"), kPassword));
        QSignalSpy stored(client.engine.get(), &sync::SyncEngine::pagesStored);
        QSignalSpy problems(client.engine.get(), &sync::SyncEngine::problem);
        client.engine->start();
        QVERIFY(stored.wait(60000));
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(0).toInt(), 75);
        QCOMPARE(problems.count(), 0); // paced, not failed: nothing to tell the agent
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        QCOMPARE(client.texts().size(), 75);
    }
};

QTEST_GUILESS_MAIN(TestSyncUnreadable)
#include "tst_sync_unreadable.moc"
