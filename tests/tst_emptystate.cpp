// The calm placeholder of an empty pane: its wrapped title and hint are as
// tall as their lines, alone and as the conversation list's placeholder
// after a name filter that finds nobody, at narrow and wide widths.

#include "desktopfixture.h"
#include "imagecheck.h"
#include "livestore.h"

#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "widgets/emptystate.h"

#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>

using relaydesk::ui::EmptyState;

class TestEmptyState : public QObject
{
    Q_OBJECT

private slots:
    void wrappedTextsAreWhole_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 200;
        QTest::newRow("list") << 290;
        QTest::newRow("wide") << 600;
    }
    void wrappedTextsAreWhole()
    {
        QFETCH(int, width);
        QStackedWidget stack;
        auto *empty = new EmptyState;
        stack.addWidget(empty);
        empty->setTitle(QStringLiteral("No conversation matches"));
        empty->setHint(QStringLiteral("No customer's name contains \"marmalade and other preserves\"."));
        stack.resize(width, 600);
        stack.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stack));
        for (QLabel *label : empty->findChildren<QLabel *>()) {
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: %2 < %3")
                                        .arg(label->text())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
        // A new hint, longer, fits too.
        empty->setHint(QStringLiteral("When customers write on WhatsApp, Messenger or the web chat, their "
                                      "conversations show up here."));
        QTest::qWait(20);
        for (QLabel *label : empty->findChildren<QLabel *>())
            QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
    }

    // Where it was cut: the conversation list's own placeholder, after a
    // name filter that finds nobody, at the list's widths.
    void theListsPlaceholderIsWhole_data() { wrappedTextsAreWhole_data(); }
    void theListsPlaceholderIsWhole()
    {
        QFETCH(int, width);
        relaydesk::test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        relaydesk::protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Siti Rahayu");
        relaydesk::protocol::Conversation conversation;
        conversation.id = 1;
        conversation.contactId = 1;
        conversation.lastActivity = QDateTime::currentMSecsSinceEpoch();
        QString error;
        QVERIFY2(relaydesk::test::applyAndNotify(*fixture.history, {contact, conversation}, &error), qPrintable(error));
        relaydesk::ui::MainWindow &window = fixture.desktop->window();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        relaydesk::ui::ConversationPane *pane = window.conversationPane();
        window.splitter()->setSizes({width, 700, 280});
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("marmalade and other preserves"));
        QTRY_VERIFY(pane->emptyState()->isVisible());
        QTest::qWait(50);
        for (QLabel *label : pane->emptyState()->findChildren<QLabel *>()) {
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: %2 < %3")
                                        .arg(label->text())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
        QVERIFY(window.grab().toImage().save(
            relaydesk::test::outputPath(QStringLiteral("empty-filter-%1.png").arg(width))));
    }

    // The window shown before the history is open (app/earlywindow.h) says
    // it is opening it, not that there is nothing; its models then take over.
    void theWindowBeforeItsHistorySaysItIsOpeningIt()
    {
        relaydesk::test::DesktopFixture fixture;
        // Everything that holds the profile by reference is gone before the fixture's copy.
        fixture.profile = relaydesk::Profile::open(fixture.root.filePath(QStringLiteral("early")), nullptr);
        QVERIFY(fixture.profile);
        const relaydesk::Profile &profile = *fixture.profile;
        const QUrl server(QStringLiteral("http://127.0.0.1:9"));
        auto early = std::make_unique<relaydesk::ui::MainWindow>(profile, server);
        early->resize(1280, 720);
        early->show();
        QVERIFY(QTest::qWaitForWindowExposed(early.get()));
        relaydesk::ui::ConversationPane *pane = early->conversationPane();
        QTRY_VERIFY(pane->emptyState()->isVisible());
        QCOMPARE(pane->emptyState()->title(), QStringLiteral("Opening your history…"));
        QVERIFY(early->grab().toImage().save(relaydesk::test::outputPath(QStringLiteral("empty-opening.png"))));

        // The same window, given its models: an empty history now says so.
        relaydesk::ui::MainWindow *window = early.get();
        relaydesk::store::OpenError openError;
        fixture.history = relaydesk::store::Store::open({profile.databasePath(), profile.searchIndexPath()},
                                                        fixture.key, &openError);
        QVERIFY2(fixture.history, qPrintable(openError.message));
        fixture.desktop = std::make_unique<relaydesk::app::Desktop>(profile, fixture.history, nullptr, server,
                                                                    relaydesk::platform::Notifier::create(),
                                                                    std::move(early));
        QCOMPARE(&fixture.desktop->window(), window);
        QVERIFY(window->isVisible());
        QCOMPARE(pane->emptyState()->title(), QStringLiteral("No conversations yet"));
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
