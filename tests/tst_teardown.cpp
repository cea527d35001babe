// Signing out and quitting while work is on its way. The first sync's
// pages, the backfill of older messages, and media being downloaded,
// encrypted and decoded all run on other threads and hand their results back
// to objects that may be gone by then. Run in the ASan build by the test
// command, where any use of a freed object ends the suite; each case then
// checks that what was left behind opens and carries on. Real demo server,
// real encrypted history and media cache.

#include "desktopfixture.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "session.h"

#include "store/reader.h"
#include "sync/syncengine.h"
#include "widgets/mediasource.h"

#include <QProcess>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace relaydesk;
using test::kDeadlineMs;

namespace {

// The demo's 300 conversations and 20 long ones (600 messages each) written
// beside them, so that the history is more than a first sync's one page and
// the backfill has pages to read.
constexpr int kDemoConversations = 320;
constexpr int kLongConversations = 20;
constexpr int kLongMessages = 12000;

// Waits for `done` while events run; false at the deadline.
template<typename Condition>
bool waitFor(Condition done, int timeoutMs = kDeadlineMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

int storedConversations(store::Store &history)
{
    return history.reader().conversations({}, kDemoConversations + 10).size();
}

// One attachment of each file the history holds (the demo has a photo, a
// voice note, a video and a PDF, each sent to many customers), the photo first.
QVector<store::AttachmentRow> storedFiles(store::Store &history)
{
    QVector<store::AttachmentRow> files;
    QSet<QString> seen;
    for (const store::ConversationRow &conversation : history.reader().conversations({}, kDemoConversations)) {
        for (const store::MessageRow &message : history.reader().newestMessages(conversation.id, 50)) {
            for (const store::AttachmentRow &attachment : message.attachments) {
                if (seen.contains(attachment.mediaId))
                    continue;
                seen.insert(attachment.mediaId);
                if (attachment.mimeType.startsWith(QLatin1String("image/")))
                    files.prepend(attachment);
                else
                    files.append(attachment);
            }
        }
    }
    return files;
}

} // namespace

class TestTeardown : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;

    bool signIn(test::DesktopFixture &app)
    {
        bool done = false, ok = false;
        app.desktop->session().signIn(m_server.baseUrl(), QStringLiteral("demo@relaydesk.local"),
                                      QStringLiteral("relaydesk-demo"), [&](bool success, const QString &why) {
                                          done = true;
                                          ok = success;
                                          if (!success)
                                              qWarning() << why;
                                      });
        return waitFor([&] { return done; }) && ok;
    }

    // A fresh profile with a media cache, signed in to the demo workspace.
    bool openAndSignIn(test::DesktopFixture &app)
    {
        if (!app.open(m_server.baseUrl(), true))
            return false;
        app.desktop->start(false);
        return signIn(app);
    }

    // Opens the profile again after a quit, resumes the kept sign-in and
    // waits for the whole demo inbox.
    void reopenAndFinish(test::DesktopFixture &app)
    {
        QVERIFY(app.open(m_server.baseUrl(), true));
        std::optional<bool> resumed;
        app.desktop->start(false, [&](bool answer) { resumed = answer; });
        QVERIFY(waitFor([&] { return resumed.has_value(); }));
        QVERIFY2(*resumed, "the sign-in kept before the quit was not found");
        QVERIFY(waitFor([&] { return storedConversations(*app.history) == kDemoConversations; }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, 60000), qPrintable(m_server.output()));
        m_server.stop();
        QProcess fill;
        fill.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                   {QStringLiteral("bench-history"), QStringLiteral("--data-dir"), m_server.dataDirectory(),
                    QStringLiteral("--workspace"), QStringLiteral("Demo Shop"), QStringLiteral("--messages"),
                    QString::number(kLongMessages), QStringLiteral("--conversations"),
                    QString::number(kLongConversations)});
        QVERIFY(fill.waitForFinished(60000));
        QCOMPARE(fill.exitCode(), 0);
        QVERIFY2(m_server.restart({QStringLiteral("--demo")}, 60000), qPrintable(m_server.output()));
    }

    // Quitting while the first pages are read, stored and applied.
    void quitDuringFirstSync_data()
    {
        QTest::addColumn<int>("afterMs");
        for (int ms : {0, 10, 40, 120, 300})
            QTest::addRow("%d ms after sign-in", ms) << ms;
    }
    void quitDuringFirstSync()
    {
        QFETCH(int, afterMs);
        test::DesktopFixture app;
        QVERIFY(openAndSignIn(app));
        QTest::qWait(afterMs);
        app.quit();
        reopenAndFinish(app);
    }

    // Signing out while the first sync runs: what was on its way is dropped,
    // nothing is sent for the signed-out session, and signing in again
    // brings the whole inbox into the same history.
    void signOutDuringFirstSync_data()
    {
        QTest::addColumn<int>("afterMs");
        for (int ms : {0, 15, 60, 200})
            QTest::addRow("%d ms after sign-in", ms) << ms;
    }
    void signOutDuringFirstSync()
    {
        QFETCH(int, afterMs);
        test::DesktopFixture app;
        QVERIFY(openAndSignIn(app));
        QTest::qWait(afterMs);
        app.desktop->session().signOut();
        QVERIFY(!app.desktop->session().isSignedIn());
        QTest::qWait(300); // results still on their way arrive to nobody
        QVERIFY(!app.desktop->session().isSignedIn());
        QVERIFY(app.desktop->session().outbox() == nullptr);
        QVERIFY(signIn(app));
        QVERIFY(waitFor([&] { return storedConversations(*app.history) == kDemoConversations; }));
    }

    // Quitting while the backfill pages older messages in, after the first sync.
    void quitDuringBackfill_data()
    {
        QTest::addColumn<int>("afterMs");
        for (int ms : {0, 20, 80})
            QTest::addRow("%d ms after the pages", ms) << ms;
    }
    void quitDuringBackfill()
    {
        QFETCH(int, afterMs);
        test::DesktopFixture app;
        QVERIFY(openAndSignIn(app));
        // Online: the first pages are stored and the link streams. The
        // backfill starts then and walks every conversation back to its
        // first message.
        QVERIFY(waitFor([&] { return app.desktop->session().statusText().startsWith(QLatin1String("Online")); }));
        QCOMPARE(storedConversations(*app.history), kDemoConversations);
        QVERIFY(!app.history->reader().historyToFetch(1).isEmpty());
        QTest::qWait(afterMs);
        app.quit();
        reopenAndFinish(app);
        QVERIFY(waitFor([&] { return app.history->reader().historyToFetch(kDemoConversations).isEmpty(); }));
    }

    // Quitting while thumbnails are downloaded, encrypted into the cache and
    // decoded for painting, and while originals are read back.
    void quitDuringMediaDecode_data()
    {
        QTest::addColumn<int>("afterMs");
        for (int ms : {0, 5, 30, 100})
            QTest::addRow("%d ms after asking", ms) << ms;
    }
    void quitDuringMediaDecode()
    {
        QFETCH(int, afterMs);
        test::DesktopFixture app;
        QVERIFY(openAndSignIn(app));
        QVERIFY(waitFor([&] { return storedConversations(*app.history) == kDemoConversations; }));
        // The conversations come first, their messages after them.
        QVector<store::AttachmentRow> files;
        QVERIFY(waitFor([&] {
            files = storedFiles(*app.history);
            return files.size() == 4;
        }));
        QVERIFY(files.constFirst().mimeType.startsWith(QLatin1String("image/")));

        auto media = std::make_unique<ui::MediaSource>();
        media->setBackends(app.cache.get(), app.desktop->session().mediaFetcher());
        for (const store::AttachmentRow &file : files) {
            (void)media->thumbnail(file);
            media->fetchOriginal(file);
        }
        QTest::qWait(afterMs);
        // The window goes first, as when the agent quits with a thread open.
        media.reset();
        app.quit();

        // Whatever reached the cache reads back whole; the rest comes again.
        reopenAndFinish(app);
        auto again = std::make_unique<ui::MediaSource>();
        again->setBackends(app.cache.get(), app.desktop->session().mediaFetcher());
        const store::AttachmentRow first = files.constFirst();
        QVERIFY(waitFor([&] { return !again->thumbnail(first).isNull(); }));
        QVERIFY(again->thumbnailFailure(first.mediaId).isEmpty());
    }
};

QTEST_MAIN(TestTeardown)
#include "tst_teardown.moc"
