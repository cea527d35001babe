// The thread's header and triage, through the app as main() builds it
// (app::Desktop) against the real server: the header says the channel,
// status, assignee, priority and snooze of the open conversation and follows
// every change; its buttons, the Conversation menu and the shortcuts do the
// same thing (Resolve, Reopen, Mark pending, Priority, Assign); the store
// keeps the priority and filters by it. What the server holds is read back
// through its REST.

#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "assignment.h"
#include "currentconversation.h"
#include "desktop.h"
#include "mainwindow.h"
#include "session.h"
#include "triage.h"

#include "models/conversationlistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadheader.h"
#include "panes/threadpane.h"
#include "store/reader.h"

#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace relaydesk;

class TestTriage : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QByteArray m_bearer;

    // The conversation as the server has it.
    QJsonObject onServer(qint64 conversationId)
    {
        const test::HttpAnswer answer = test::httpCall(m_server.baseUrl(), "GET",
                                                       QStringLiteral("/v1/conversations?limit=200"), {}, m_bearer);
        for (const QJsonValue &value : answer.body.value(QStringLiteral("conversations")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == conversationId)
                return value.toObject();
        }
        return {};
    }
    QString serverField(qint64 conversationId, const char *field)
    {
        return onServer(conversationId).value(QLatin1String(field)).toString();
    }

    qint64 newCustomer(test::DesktopFixture &app, const QString &text)
    {
        const QString token = test::newVisitor(m_server.baseUrl(), m_shopKey);
        if (!test::customerWrites(m_server.baseUrl(), m_shopKey, token, text))
            return 0;
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (!deadline.hasExpired()) {
            for (const auto &row : app.history->reader().conversations({}, 500)) {
                if (row.lastPreview == text)
                    return row.id;
            }
            QTest::qWait(20);
        }
        return 0;
    }

    bool signIn(test::DesktopFixture &app)
    {
        return app.signIn(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
    }

    static QString facts(ui::MainWindow &window) { return window.threadPane()->header()->factsLabel()->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("rio@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Rio Santos")));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
        m_bearer = "Bearer "
                   + test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("ana@shop.example")},
                                                {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}})
                         .body.value(QStringLiteral("token"))
                         .toString()
                         .toLatin1();
        QVERIFY(m_bearer.size() > 10);
    }

    void theHeaderSaysWhatTheConversationIsAndActsOnIt()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qint64 id = newCustomer(app, QStringLiteral("Is the blue dress back in stock?"));
        QVERIFY(id);
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        ui::ThreadHeader *header = window.threadPane()->header();

        // Channel, status, nobody assigned, normal priority (not said).
        QTRY_VERIFY2(facts(window).contains(QStringLiteral("Web chat")), qPrintable(facts(window)));
        QVERIFY(facts(window).contains(QStringLiteral("Open")));
        QVERIFY(facts(window).contains(QStringLiteral("Unassigned")));
        QVERIFY(!facts(window).contains(QStringLiteral("priority")));
        QVERIFY(header->resolveButton()->isVisible());
        QVERIFY(header->snoozeButton()->isVisible());
        QVERIFY(!header->reopenButton()->isVisible());
        QVERIFY(header->resolveButton()->toolTip().contains(QStringLiteral("Ctrl+E")));
        QVERIFY(!header->factsLabel()->accessibleDescription().isEmpty());

        // Assign to me from the header's menu: the server has it, the header says so.
        app.desktop->assignment().assignToMeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(id).value(QStringLiteral("assignee_id")).toInteger() > 0, test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(facts(window).contains(QStringLiteral("Assigned to you")), test::kDeadlineMs);
        QCOMPARE(header->assignButton()->menu(), app.desktop->assignment().assignMenu());

        // Priority from its menu: high on the server, in the store and in the header.
        QCOMPARE(header->priorityButton()->menu(), app.desktop->triage().priorityMenu());
        app.desktop->triage().priorityAction(QStringLiteral("high"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(serverField(id, "priority"), QStringLiteral("high"), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(id)->priority, QStringLiteral("high"),
                                  test::kDeadlineMs);
        QTRY_VERIFY(facts(window).contains(QStringLiteral("High priority")));
        emit app.desktop->triage().priorityMenu()->aboutToShow();
        QVERIFY(app.desktop->triage().priorityAction(QStringLiteral("high"))->isChecked());
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("thread-header.png"))));

        // The store filters by priority.
        store::ConversationFilter urgentOrHigh;
        urgentOrHigh.priorities = {QStringLiteral("urgent"), QStringLiteral("high")};
        const auto pressing = app.history->reader().conversations(urgentOrHigh, 50);
        QCOMPARE(pressing.size(), 1);
        QCOMPARE(pressing.constFirst().id, id);

        // The list marks it and its switch (Alt+G) shows only urgent and high priority.
        const qint64 other = newCustomer(app, QStringLiteral("Just browsing, thanks"));
        QVERIFY(other);
        models::ConversationListModel &list = app.desktop->conversations();
        QTRY_COMPARE(list.rowCount(), 2);
        QCOMPARE(list.index(list.rowOf(id)).data(models::ConversationListModel::PriorityRole).toString(),
                 QStringLiteral("high"));
        QVERIFY(list.index(list.rowOf(id))
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("high priority")));
        QTest::keyClick(&window, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(window.conversationPane()
                        ->priorityFilterButton()
                        ->isChecked()); // a mnemonic clicks with a moment's animation
        QTRY_COMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0).data(models::ConversationListModel::IdRole).toLongLong(), id);
        QCOMPARE(window.threadPane()->conversationId(), id); // filtering opens nothing
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("list-high-priority.png"))));
        QTest::keyClick(&window, Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(list.rowCount(), 2);
        // Newest first, the other customer wrote last; urgent first (Ctrl+Shift+U) puts the high one on top.
        QCOMPARE(list.index(0).data(models::ConversationListModel::IdRole).toLongLong(), other);
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.priorityFirstAction()->isChecked());
        QTRY_COMPARE(list.index(0).data(models::ConversationListModel::IdRole).toLongLong(), id);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(window.threadPane()->conversationId(), id);
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(list.index(0).data(models::ConversationListModel::IdRole).toLongLong(), other);

        // Mark pending with its shortcut: out of Open on the server; Reopen is offered.
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(serverField(id, "status"), QStringLiteral("pending"), test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(facts(window).contains(QStringLiteral("Pending")), test::kDeadlineMs);
        QVERIFY(header->reopenButton()->isVisible());

        // Resolve with the header's button; the thread stays on the conversation.
        QTest::mouseClick(header->resolveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverField(id, "status"), QStringLiteral("resolved"), test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(facts(window).contains(QStringLiteral("Resolved")), test::kDeadlineMs);
        QCOMPARE(window.threadPane()->conversationId(), id);
        QVERIFY(!header->resolveButton()->isVisible());
        QVERIFY(header->reopenButton()->isVisible());

        // Reopen with its button.
        QTest::mouseClick(header->reopenButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverField(id, "status"), QStringLiteral("open"), test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(header->resolveButton()->isVisible(), test::kDeadlineMs);
        QCOMPARE(window.threadPane()->conversationId(), id);
    }

    void nothingOpenSaysNothing()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.threadPane()->header()->factsLabel()->isVisible());
        QVERIFY(!window.threadPane()->header()->resolveButton()->isVisible());
        // Without a conversation the menu's triage actions are off too.
        QVERIFY(!app.desktop->triage().pendingAction()->isEnabled());
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
