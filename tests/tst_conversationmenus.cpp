// Row menus, bulk actions, the message menu and the Ctrl+F → Ctrl+K hand-off,
// through the app as main() builds it (app::Desktop) against the real server.
// A row's menu acts on its row (or the selected rows) and leaves the current
// conversation alone; choosing several rows opens none of them and a bulk
// action reaches the server for exactly those; Mark unread stays unread while
// the conversation stays open; a failed send's Retry goes once; a name filter
// that finds nobody offers to search the messages. What the server holds is
// read back through its REST.

#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "conversationmenus.h"
#include "currentconversation.h"
#include "desktop.h"
#include "mainwindow.h"
#include "popoutthreads.h"
#include "session.h"
#include "windowactions.h"

#include "dialogs/searchdialog.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/messagelinks.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "sync/outboxsender.h"
#include "widgets/composer.h"

#include <QClipboard>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace relaydesk;
using Bulk = ui::ConversationPane::Bulk;

class TestConversationMenus : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QByteArray m_bearer;

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
    QString status(qint64 conversationId)
    {
        return onServer(conversationId).value(QStringLiteral("status")).toString();
    }
    int unread(qint64 conversationId)
    {
        return onServer(conversationId).value(QStringLiteral("unread_count")).toInt(-1);
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

    bool showWindow(test::DesktopFixture &app)
    {
        ui::MainWindow &window = app.desktop->window();
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static QListView *list(ui::MainWindow &window) { return window.conversationPane()->listView(); }
    static QModelIndex rowOf(ui::MainWindow &window, qint64 id)
    {
        auto *model = static_cast<models::ConversationListModel *>(list(window)->model());
        const int row = model->rowOf(id);
        return row >= 0 ? model->index(row) : QModelIndex();
    }
    static QPoint centreOf(ui::MainWindow &window, qint64 id)
    {
        return list(window)->visualRect(rowOf(window, id)).center();
    }
    static QAction *action(QMenu *menu, const char *name)
    {
        for (QAction *candidate : menu->actions()) {
            if (candidate->objectName() == QLatin1String(name))
                return candidate;
        }
        return nullptr;
    }
    static void save(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().toImage().save(test::outputPath(name)));
    }

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

    void aRowMenuActsOnItsRowAndLeavesTheCurrentAlone()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(app));
        const qint64 a = newCustomer(app, QStringLiteral("Row menu: my order is late"));
        const qint64 b = newCustomer(app, QStringLiteral("Row menu: wrong size delivered"));
        const qint64 c = newCustomer(app, QStringLiteral("Row menu: can I pay by card?"));
        QVERIFY(a && b && c);
        window.current()->open(a);
        QTRY_COMPARE(window.threadPane()->conversationId(), a);
        QTRY_VERIFY(rowOf(window, b).isValid());
        QSignalSpy switched(window.current(), &ui::CurrentConversation::changed);
        QWidget *viewport = list(window)->viewport();

        // A right click on B selects nothing and opens nothing; its menu is about B.
        const QItemSelection before = list(window)->selectionModel()->selection();
        QTest::mousePress(viewport, Qt::RightButton, {}, centreOf(window, b));
        QTest::mouseRelease(viewport, Qt::RightButton, {}, centreOf(window, b));
        QContextMenuEvent request(QContextMenuEvent::Mouse, centreOf(window, b),
                                  viewport->mapToGlobal(centreOf(window, b)));
        QApplication::sendEvent(viewport, &request);
        QMenu *menu = app.desktop->menus().shownMenu();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(list(window)->selectionModel()->selection(), before);
        for (const char *name :
             {"open", "popOut", "assignToMe", "assignTo", "snooze", "resolve", "markPending", "priority", "mute"})
            QVERIFY2(action(menu, name), name);
        QVERIFY(action(menu, "markRead") || action(menu, "markUnread"));
        QVERIFY(!action(menu, "reopen")); // B is open
        save(&window, QStringLiteral("row-menu-window.png"));
        save(menu, QStringLiteral("row-menu.png"));
        action(menu, "resolve")->trigger();
        menu->close();
        QTRY_COMPARE_WITH_TIMEOUT(status(b), QStringLiteral("resolved"), test::kDeadlineMs);
        QCOMPARE(status(a), QStringLiteral("open"));
        QCOMPARE(status(c), QStringLiteral("open"));
        QCOMPARE(window.current()->id(), a);
        QCOMPARE(window.threadPane()->conversationId(), a);

        // The Menu key's way (Shift+F10) on the focused row: Ctrl+Up moves the focus to C and opens nothing.
        list(window)->setFocus();
        QTRY_VERIFY(!rowOf(window, b).isValid()); // resolved: out of the Open list
        QVERIFY(rowOf(window, c).row() < rowOf(window, a).row());
        while (list(window)->currentIndex() != rowOf(window, c))
            QTest::keyClick(list(window), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(window.current()->id(), a);
        QTest::keyClick(list(window), Qt::Key_F10, Qt::ShiftModifier);
        menu = app.desktop->menus().shownMenu();
        QVERIFY(menu);
        action(menu, "assignToMe")->trigger();
        menu->close();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(c).value(QStringLiteral("assignee_id")).toInteger() > 0, test::kDeadlineMs);
        QVERIFY(onServer(a).value(QStringLiteral("assignee_id")).isNull());

        // Mute C from its own menu.
        QScopedPointer<QMenu> cMenu(app.desktop->menus().rowMenu({c}));
        QVERIFY(!action(cMenu.data(), "mute")->isChecked());
        action(cMenu.data(), "mute")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(c).value(QStringLiteral("muted")).toBool(), test::kDeadlineMs);
        QVERIFY(!onServer(a).value(QStringLiteral("muted")).toBool());

        // Mark unread the open conversation: the server has it unread, and it
        // stays unread while it merely stays open; Mark read clears it.
        window.current()->open(a); // still current: nothing changes
        QVERIFY(window.isActiveWindow() || (window.activateWindow(), QTest::qWaitForWindowActive(&window)));
        QTRY_COMPARE_WITH_TIMEOUT(unread(a), 0, test::kDeadlineMs); // read by staying on it
        QScopedPointer<QMenu> aMenu(app.desktop->menus().rowMenu({a}));
        QVERIFY(action(aMenu.data(), "markUnread"));
        QVERIFY(!action(aMenu.data(), "markRead"));
        action(aMenu.data(), "markUnread")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(unread(a), 1, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(a)->unreadCount, 1, test::kDeadlineMs);
        QTest::qWait(app::WindowActions::kReadAfterMs * 2);
        QVERIFY(window.isActiveWindow()); // looking at it all along
        QCOMPARE(window.threadPane()->conversationId(), a);
        QCOMPARE(unread(a), 1);
        aMenu.reset(app.desktop->menus().rowMenu({a}));
        action(aMenu.data(), "markRead")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(unread(a), 0, test::kDeadlineMs);

        // Only Open changes the current conversation.
        QCOMPARE(switched.count(), 0);
        aMenu.reset(app.desktop->menus().rowMenu({c}));
        action(aMenu.data(), "open")->trigger();
        QCOMPARE(window.current()->id(), c);
        QTRY_COMPARE(window.threadPane()->conversationId(), c);
    }

    void bulkResolveReachesTheServerForExactlyThose()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(app));
        QList<qint64> ids;
        for (const char *text : {"Bulk: one", "Bulk: two", "Bulk: three", "Bulk: four"})
            ids.append(newCustomer(app, QString::fromLatin1(text)));
        QVERIFY(!ids.contains(0));
        const qint64 current = ids.last();
        window.current()->open(current);
        QTRY_COMPARE(window.threadPane()->conversationId(), current);
        for (const qint64 id : ids)
            QTRY_VERIFY(rowOf(window, id).isValid());
        // Everything else on the server, as it was.
        QHash<qint64, QString> others;
        for (const QJsonValue &value :
             test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations?limit=200"), {}, m_bearer)
                 .body.value(QStringLiteral("conversations"))
                 .toArray()) {
            const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
            if (!ids.contains(id))
                others.insert(id, value.toObject().value(QStringLiteral("status")).toString());
        }
        QSignalSpy switched(window.current(), &ui::CurrentConversation::changed);
        ui::ConversationPane *pane = window.conversationPane();
        QWidget *viewport = list(window)->viewport();
        QVERIFY(!pane->selectionBar()->isVisible());

        // Ctrl+click the three, then Ctrl+click the current one off: exactly the three.
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, centreOf(window, ids.at(i)));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, centreOf(window, current));
        QList<qint64> three = ids.mid(0, 3);
        QList<qint64> selected = pane->selectedIds();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, three);
        QTRY_VERIFY(pane->selectionBar()->isVisible());
        QCOMPARE(pane->selectionLabel()->text(), QStringLiteral("3 selected"));
        QCOMPARE(window.current()->id(), current);
        QCOMPARE(window.threadPane()->conversationId(), current);
        save(&window, QStringLiteral("bulk-bar.png"));

        // A row's menu on one of them acts on all three.
        QCOMPARE(pane->menuTargets(rowOf(window, ids.at(1))).size(), 3);
        QCOMPARE(pane->menuTargets(rowOf(window, current)), QList<qint64>{current});

        QTest::mouseClick(pane->bulkButton(Bulk::Resolve), Qt::LeftButton);
        for (const qint64 id : three)
            QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("resolved"), test::kDeadlineMs);
        QCOMPARE(status(current), QStringLiteral("open"));
        for (auto it = others.begin(); it != others.end(); ++it)
            QCOMPARE(status(it.key()), it.value());
        QCOMPARE(window.current()->id(), current);
        QCOMPARE(switched.count(), 0);
        // They left the Open list; the current one is selected again, alone.
        QTRY_VERIFY(!pane->selectionBar()->isVisible());
        QTRY_COMPARE(pane->selectedIds(), QList<qint64>{current});

        // Ctrl+A, Shift+arrows choose several and open none; Esc lets go.
        list(window)->setFocus();
        QTest::keyClick(list(window), Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY(pane->selectionBar()->isVisible());
        QVERIFY(pane->selectedCount() > 1);
        QTest::keyClick(list(window), Qt::Key_Escape);
        QVERIFY(!pane->selectionBar()->isVisible());
        QCOMPARE(pane->selectedIds(), QList<qint64>{current});
        list(window)->selectionModel()->setCurrentIndex(rowOf(window, current), QItemSelectionModel::NoUpdate);
        QTest::keyClick(list(window), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(list(window), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(pane->selectedCount(), 3);
        QCOMPARE(pane->selectionLabel()->text(), QStringLiteral("3 selected"));
        QCOMPARE(window.current()->id(), current);
        QCOMPARE(switched.count(), 0);

        // Bulk Mark read, one command each: they read on the server.
        const QList<qint64> chosen = pane->selectedIds();
        QTest::mouseClick(pane->bulkButton(Bulk::MarkRead), Qt::LeftButton);
        for (const qint64 id : chosen)
            QTRY_COMPARE_WITH_TIMEOUT(unread(id), 0, test::kDeadlineMs);
        // Bulk snooze through the same selection (until the customer replies).
        app.desktop->menus().setSnoozeAsker([](QWidget *) { return std::optional<qint64>(0); });
        QTest::mouseClick(pane->bulkButton(Bulk::Snooze), Qt::LeftButton);
        for (const qint64 id : chosen)
            QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("snoozed"), test::kDeadlineMs);
        QCOMPARE(window.current()->id(), current);
        QCOMPARE(switched.count(), 0);
    }

    void theMessageMenuRetriesAFailedSendOnce()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(app));
        const qint64 id = newCustomer(app, QStringLiteral("Retry: hello, is anyone there?"));
        QVERIFY(id);
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_VERIFY(messages.rowCount() >= 1);
        ui::MessageLinks *links = window.threadPane()->links();

        // The customer's message: Reply, Copy text, Copy message time; no Retry.
        const QModelIndex theirs = messages.index(messages.rowCount() - 1);
        QScopedPointer<QMenu> menu(links->menuFor(theirs, {}));
        QVERIFY(menu);
        QVERIFY(!action(menu.data(), "retrySend"));
        QVERIFY(action(menu.data(), "reply"));
        action(menu.data(), "copyTime")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 ui::MessageLinks::timeText(theirs.data(models::MessageListModel::CreatedAtRole).toLongLong()));
        action(menu.data(), "reply")->trigger();
        QTRY_VERIFY(window.threadPane()->composer()->hasFocus());

        // A reply the server refuses (too long) shows as not sent; Retry sends it again, once.
        QSignalSpy refused(app.desktop->session().outbox(), &sync::OutboxSender::refused);
        const QString tooLong(5000, QLatin1Char('x'));
        const QString first = app.desktop->session().outbox()->sendText(id, tooLong, app.desktop->session().agentId(),
                                                                        QStringLiteral("Ana"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, test::kDeadlineMs);
        QModelIndex failed;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < messages.rowCount(); ++row) {
                    const QModelIndex index = messages.index(row);
                    if (index.data(models::MessageListModel::TextRole).toString() == tooLong
                        && index.data(models::MessageListModel::StatusRole).toString() == QLatin1String("failed"))
                        failed = index;
                }
                return failed.isValid();
            }(),
            test::kDeadlineMs);
        menu.reset(links->menuFor(failed, window.threadPane()->listView()->visualRect(failed).center()));
        QAction *retry = action(menu.data(), "retrySend");
        QVERIFY(retry);
        QCOMPARE(menu->actions().constFirst(), retry);
        window.threadPane()->listView()->scrollTo(failed);
        menu->popup(window.threadPane()->listView()->viewport()->mapToGlobal(
            window.threadPane()->listView()->visualRect(failed).center()));
        QTRY_VERIFY(menu->isVisible());
        save(&window, QStringLiteral("message-menu-window.png"));
        save(menu.data(), QStringLiteral("message-menu.png"));
        retry->trigger();
        menu->close();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, test::kDeadlineMs);
        QVERIFY(refused.at(1).at(0).toString() != first); // a new attempt, under a new client id
        QTest::qWait(500);
        QCOMPARE(refused.count(), 2); // once
        int copies = 0;
        for (const auto &row : app.history->reader().newestMessages(id, 100))
            copies += row.text == tooLong;
        QCOMPARE(copies, 1);

        // The same conversation popped out: its message menu replies and retries too.
        app::PopOutThreads *popOuts = app.desktop->actions().popOuts();
        popOuts->open(app.history.get(), id, QStringLiteral("Retry"), QString());
        ui::ThreadPane *popped = popOuts->paneOf(id);
        QVERIFY(popped);
        QTRY_VERIFY(popped->listView()->model()->rowCount() >= 2);
        QModelIndex poppedFailed;
        for (int row = 0; row < popped->listView()->model()->rowCount(); ++row) {
            const QModelIndex index = popped->listView()->model()->index(row, 0);
            if (index.data(models::MessageListModel::StatusRole).toString() == QLatin1String("failed"))
                poppedFailed = index;
        }
        QVERIFY(poppedFailed.isValid());
        menu.reset(popped->links()->menuFor(poppedFailed, {}));
        QVERIFY(action(menu.data(), "retrySend"));
        QVERIFY(action(menu.data(), "reply"));
        action(menu.data(), "retrySend")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 3, test::kDeadlineMs);
        QVERIFY(QTest::qWaitForWindowExposed(popped->window()));
        popped->window()->activateWindow();
        action(menu.data(), "reply")->trigger();
        QTRY_VERIFY(popped->composer()->hasFocus());
        popOuts->closeAll();
    }

    void ctrlFWithNoNameOffersCtrlK()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(app));
        QVERIFY(newCustomer(app, QStringLiteral("Do you sell marmalade jars?")));
        ui::ConversationPane *pane = window.conversationPane();

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane->filterEdit()->hasFocus());
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("marmalade"));
        QTRY_VERIFY(pane->searchOffer()->isVisible());
        QCOMPARE(pane->searchOffer()->accessibleName(), QStringLiteral("Search messages for “marmalade” (Ctrl+K)"));
        QVERIFY(pane->searchOffer()->text().contains(QStringLiteral("marmalade")));
        save(&window, QStringLiteral("filter-offers-search.png"));

        // Enter takes the offer: Ctrl+K opens with the words, and finds the message.
        QTest::keyClick(pane->filterEdit(), Qt::Key_Return);
        ui::SearchDialog *search = app.desktop->actions().searchDialog();
        QVERIFY(search);
        QTRY_VERIFY(search->isVisible());
        QCOMPARE(search->queryEdit()->text(), QStringLiteral("marmalade"));
        QTRY_VERIFY_WITH_TIMEOUT(search->resultsView()->model()->rowCount() > 0, test::kDeadlineMs);
        save(search, QStringLiteral("filter-to-search.png"));
        search->close();

        // A click on the offer does the same.
        emit pane->searchOffer()->linkActivated(QStringLiteral("search"));
        QTRY_VERIFY(app.desktop->actions().searchDialog()->isVisible());
        QCOMPARE(app.desktop->actions().searchDialog()->queryEdit()->text(), QStringLiteral("marmalade"));
        app.desktop->actions().searchDialog()->close();

        // A name that matches shows no offer.
        pane->filterEdit()->clear();
        QVERIFY(!pane->searchOffer()->isVisible());
    }
};

QTEST_MAIN(TestConversationMenus)
#include "tst_conversationmenus.moc"
