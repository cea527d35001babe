// A new agent's first sign-in on a new computer to a workspace that already
// holds a history, through app::Desktop against the real server: while the
// conversations are being read the list says they are coming (never "No
// conversations yet"), then every conversation is listed and every message is
// stored, searchable and complete, so nothing is asked for again.

#include "desktopfixture.h"
#include "imagecheck.h"
#include "serverprocess.h"

#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "store/reader.h"
#include "widgets/emptystate.h"

#include <QListView>
#include <QProcess>
#include <QTest>

using namespace relaydesk;

class TestFirstSyncDesktop : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        QProcess fill;
        fill.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                   {QStringLiteral("bench-history"), QStringLiteral("--data-dir"), m_server.dataDirectory(),
                    QStringLiteral("--workspace"), QStringLiteral("Shop"), QStringLiteral("--messages"),
                    QStringLiteral("6000"), QStringLiteral("--conversations"), QStringLiteral("300")});
        QVERIFY(fill.waitForFinished(60000));
        QCOMPARE(fill.exitCode(), 0);
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }

    void theListSaysTheHistoryIsComingThenHoldsItAll()
    {
        test::DesktopFixture fixture;
        QVERIFY(fixture.open(m_server.baseUrl()));
        bool started = false;
        fixture.desktop->start(false, [&started](bool) { started = true; });
        QTRY_VERIFY(started);
        ui::MainWindow &window = fixture.desktop->window();
        window.show();
        ui::ConversationPane *pane = window.conversationPane();

        // From the moment the sign-in is accepted and the first sync begins.
        QStringList emptyTitles;
        bool signedIn = false;
        auto noteTitle = [&] {
            if (!signedIn || !pane->emptyState()->isVisibleTo(&window))
                return;
            if (emptyTitles.isEmpty()) { // what the agent sees, laid out as the next frame is
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                window.grab().save(test::outputPath(QStringLiteral("firstsync-arriving.png")));
            }
            emptyTitles.append(pane->emptyState()->title());
        };
        connect(&fixture.desktop->session(), &app::Session::statusChanged, this, noteTitle);
        fixture.desktop->session().signIn(m_server.baseUrl(), QStringLiteral("ana@shop.example"),
                                          QString::fromLatin1(test::kPassword), [&](bool ok, const QString &) {
                                              signedIn = ok;
                                              noteTitle();
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, test::kDeadlineMs);
        QVERIFY(!emptyTitles.isEmpty());
        QCOMPARE(emptyTitles.constFirst(), QStringLiteral("Bringing your conversations…"));
        QVERIFY2(!emptyTitles.contains(QStringLiteral("No conversations yet")), qPrintable(emptyTitles.join(", ")));

        // The open conversations are listed (three of four are open or pending).
        QTRY_VERIFY_WITH_TIMEOUT(pane->listView()->model()->rowCount() >= 100, test::kDeadlineMs);
        store::StoreReader &reader = fixture.history->reader();
        QTRY_VERIFY_WITH_TIMEOUT(reader.historyToFetch(1).isEmpty() && reader.lastSeq() >= 0
                                     && fixture.history->waitForSearchIndex(0),
                                 test::kDeadlineMs);
        int stored = 0;
        for (const store::ConversationRow &row : reader.conversations({}, 1000))
            stored += reader.newestMessages(row.id, 1000).size();
        QCOMPARE(stored, 6000);
        // The very first message of the workspace (its text ends "(0)") is found.
        QCOMPARE(reader.searchMessages(QStringLiteral("0"), 5).size(), 1);
    }
};

QTEST_MAIN(TestFirstSyncDesktop)
#include "tst_firstsync_desktop.moc"
