// The whole history reaches the store: after the first sync's page of the
// workspace's history the backfill reads the older pages (and goes on from
// where it stood after a restart); a re-sync after a broken log reads each
// conversation back until it meets what the store holds, so the gap loses
// nothing; and a client far behind pauses its link while the store catches
// up, without losing or repeating an event. Real server, real encrypted
// stores.

#include "linkclient.h"
#include "serverprocess.h"

#include "store/writer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using State = net::StreamLink::State;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

class TestSyncHistory : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QString m_visitor;
    int m_written = 0;

    void customerWrites(int count)
    {
        for (int i = 0; i < count; ++i) {
            QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor,
                                         QStringLiteral("message %1").arg(++m_written, 4, 10, QLatin1Char('0'))));
        }
    }

    // The conversation's texts in the store, oldest first.
    static QStringList storedTexts(Client &client)
    {
        QStringList texts;
        const auto conversations = client.history->reader().conversations({}, 10);
        if (conversations.size() != 1)
            return texts;
        for (const store::MessageRow &row :
             client.history->reader().newestMessages(conversations.constFirst().id, 100000))
            texts.append(row.text);
        return texts;
    }

    QStringList expectedTexts() const
    {
        QStringList texts;
        for (int i = 1; i <= m_written; ++i)
            texts.append(QStringLiteral("message %1").arg(i, 4, 10, QLatin1Char('0')));
        return texts;
    }

    bool signedIn(Client &client)
    {
        return client.history && client.signIn(QStringLiteral("a1@shop.example"), kPassword);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        m_visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(!m_visitor.isEmpty());
        customerWrites(450);
    }

    void backfillBringsTheWholeHistory()
    {
        QTemporaryDir profile;
        Client client(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(signedIn(client));
        client.engine->setHistoryPageSize(100);
        client.startBackfill();
        client.backfill->setHistoryPageSize(100);
        QSignalSpy complete(client.backfill.get(), &sync::HistoryBackfill::complete);
        client.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(!complete.isEmpty(), kDeadlineMs);
        // The first sync took the newest 100; pages of 100 brought the other 350.
        QCOMPARE(storedTexts(client), expectedTexts());
        QCOMPARE(client.backfill->pagesStored(), 4);
        QVERIFY(client.history->reader().historyToFetch(10).isEmpty());

        // New messages still come live, once each, after the backfill ended.
        customerWrites(3);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(client), expectedTexts(), kDeadlineMs);
    }

    void historyPagesGoOnAfterARestart()
    {
        QTemporaryDir profile;
        const store::DatabaseKey key = store::DatabaseKey::generateRaw();
        {
            // The first sync's page, and the app quits before any other.
            Client client(m_server.baseUrl(), profile.path(), key);
            QVERIFY(signedIn(client));
            client.engine->setHistoryPageSize(120);
            client.engine->start();
            QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
            QCOMPARE(storedTexts(client), expectedTexts().mid(m_written - 120));
            QCOMPARE(client.history->reader().historyToFetch(10).size(), 1);
        }
        // Started again: the stream goes on from the stored seq, and the
        // pages from where they stood, each message once.
        Client client(m_server.baseUrl(), profile.path(), key);
        QVERIFY(signedIn(client));
        client.startBackfill();
        client.backfill->setHistoryPageSize(150);
        QSignalSpy complete(client.backfill.get(), &sync::HistoryBackfill::complete);
        client.engine->start();
        QCOMPARE(client.engine->phase(), sync::SyncEngine::Phase::Streaming);
        QTRY_VERIFY_WITH_TIMEOUT(!complete.isEmpty(), kDeadlineMs);
        QCOMPARE(storedTexts(client), expectedTexts());
        QCOMPARE(client.backfill->pagesStored(), 3); // the other 333, in pages of 150
        QVERIFY(client.history->reader().historyToFetch(10).isEmpty());
    }

    void resyncReadsBackToWhatTheStoreHolds()
    {
        QTemporaryDir profile;
        Client client(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(signedIn(client));
        client.engine->setHistoryPageSize(50);
        client.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(client).size(), 50, kDeadlineMs);
        const QStringList before = storedTexts(client);

        // Offline while 300 messages arrive, then a log that cannot continue
        // (the stored seq claims to be ahead of the server): the server asks
        // for a re-sync by pages.
        client.engine->stop();
        customerWrites(300);
        bool moved = false;
        client.history->writeAndWait([&moved](store::StoreWriter &writer, store::ChangeSet &) {
            QString error;
            moved = writer.applySnapshot({}, 1000000000, nullptr, &error);
        });
        QVERIFY(moved);
        client.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.engine->phase(), sync::SyncEngine::Phase::Streaming, kDeadlineMs);

        // Every one of the 300 is there (not only the newest 50), none twice,
        // and what was stored before is kept.
        const QStringList after = storedTexts(client);
        const QStringList expected = expectedTexts();
        QCOMPARE(after, expected.mid(expected.size() - after.size()));
        // (The last page read may reach past them, into older history: those
        // are the server's messages too, in their place.)
        QVERIFY(after.size() >= before.size() + 300);
        QCOMPARE(after.mid(after.size() - 300 - before.size(), before.size()), before);
    }

    void farBehindPausesTheLinkAndLosesNothing()
    {
        QTemporaryDir profile;
        Client client(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(signedIn(client));
        client.engine->setHistoryPageSize(50);
        client.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        client.engine->stop();
        customerWrites(400);

        // Any event waiting for the store pauses the link; it resumes when
        // the store has them all.
        client.engine->setPauseThresholds(1, 1);
        client.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(storedTexts(client).size() >= 50
                                     && storedTexts(client).constLast() == expectedTexts().constLast(),
                                 kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.link->state(), State::Online, kDeadlineMs);
        QVERIFY(client.engine->storePauses() > 0);
        const QStringList texts = storedTexts(client);
        const QStringList expected = expectedTexts();
        QCOMPARE(texts, expected.mid(expected.size() - texts.size()));
        QCOMPARE(texts.size(), 50 + 400);
    }
};

QTEST_GUILESS_MAIN(TestSyncHistory)
#include "tst_sync_history.moc"
