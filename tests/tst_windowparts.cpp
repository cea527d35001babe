// The window's parts over a real encrypted store: the conversation list's
// Mine / Unassigned / All and status tabs, the current conversation kept in
// sight when a reply moves it to the top, the Ctrl+K search dialog (grouped
// results, highlighted words on one line, Enter opens the newest hit), the
// shortcuts dialog and the connection banner (the snooze dialog: tst_snoozedialog).
// Each state is saved as a PNG in the build tree.

#include "imagecheck.h"
#include "livestore.h"

#include "dialogs/searchdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/templatedialog.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/searchresultsmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "platform/profile.h"
#include "widgets/composer.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace relaydesk;

namespace {

constexpr qint64 kMe = 7;
constexpr qint64 kColleague = 8;
const qint64 kBase = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;

protocol::Conversation conversation(qint64 id, qint64 contact, protocol::ConversationStatus status, qint64 assignee)
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = contact;
    c.channel = protocol::Channel::WebChat;
    c.status = status;
    c.assigneeId = assignee;
    c.lastActivity = kBase + id * 1000;
    return c;
}

protocol::Message message(qint64 id, qint64 conversationId, const QString &text)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.author = protocol::Author::Customer;
    m.authorName = QStringLiteral("Customer");
    m.text = text;
    m.status = protocol::MessageStatus::Delivered;
    m.createdAt = kBase + id * 1000;
    return m;
}

} // namespace

class TestWindowParts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int i = 0; i < model.rowCount(); ++i)
            result.append(model.index(i, 0).data(models::ConversationListModel::NameRole).toString());
        return result;
    }

private slots:
    void initTestCase()
    {
        m_store = test::openLiveStore(m_dir.path());
        QVERIFY(m_store);
        QVector<protocol::EventPayload> records;
        const QString people[] = {QStringLiteral("Ana Souza"), QStringLiteral("Budi Santoso"),
                                  QStringLiteral("Carmen Ruiz"), QStringLiteral("Deepa Iyer"),
                                  QStringLiteral("Eduardo Lima")};
        for (int i = 0; i < 5; ++i) {
            protocol::Contact contact;
            contact.id = i + 1;
            contact.name = people[i];
            records.append(contact);
        }
        using S = protocol::ConversationStatus;
        records.append([] {
            auto c = conversation(101, 1, S::Open, kMe);
            c.autopilot = protocol::Autopilot::Rules;
            c.muted = true;
            c.channel = protocol::Channel::WhatsApp;
            c.unreadCount = 2;
            return c;
        }());
        records.append(conversation(102, 2, S::Open, 0));
        records.append(conversation(103, 3, S::Open, kColleague));
        records.append(conversation(104, 4, S::Pending, kMe));
        records.append(conversation(105, 5, S::Resolved, 0));
        records.append(message(1, 101, QStringLiteral("Where is my order? It was due on Monday")));
        records.append(message(2, 102, QStringLiteral("Can I change the delivery address of my order?")));
        records.append(message(3, 101, QStringLiteral("The order number is 4471")));
        records.append(message(4, 103, QStringLiteral("Do you ship to Surabaya?")));
        records.append(message(5, 105, QStringLiteral("Thanks, the order arrived!")));
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store, records, &error), qPrintable(error));
    }

    void scopesAndStatusTabsFilterTheList()
    {
        models::ConversationListModel model(m_store.get());
        ui::ConversationPane pane;
        pane.resize(320, 480);
        pane.setModel(&model);
        pane.setAgentId(kMe);
        // All, Open: newest activity first.
        QCOMPARE(names(model), (QStringList{QStringLiteral("Carmen Ruiz"), QStringLiteral("Budi Santoso"),
                                            QStringLiteral("Ana Souza")}));
        // A screen reader hears the marks in words.
        const QString spoken = model.index(2).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(QStringLiteral("Ana Souza, WhatsApp, 2 unread, autopilot answering, muted")),
                 qPrintable(spoken));
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        const QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("conversation-filters.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));

        // Alt+M: mine.
        QTest::keyClick(&pane, Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(pane.scope(), ui::ConversationPane::Scope::Mine); // a mnemonic animates the click
        QCOMPARE(names(model), QStringList{QStringLiteral("Ana Souza")});
        pane.setScope(ui::ConversationPane::Scope::Unassigned);
        QCOMPARE(names(model), QStringList{QStringLiteral("Budi Santoso")});
        pane.setScope(ui::ConversationPane::Scope::All);
        pane.statusTabs()->setCurrentIndex(1); // Pending
        QCOMPARE(pane.status(), ui::ConversationPane::Status::Pending);
        QCOMPARE(names(model), QStringList{QStringLiteral("Deepa Iyer")});
        pane.setStatus(ui::ConversationPane::Status::Resolved);
        QCOMPARE(names(model), QStringList{QStringLiteral("Eduardo Lima")});
        pane.setStatus(ui::ConversationPane::Status::Snoozed);
        QCOMPARE(model.rowCount(), 0);
        // The empty state says what is filtered.
        QCOMPARE(pane.emptyState()->title(), QStringLiteral("Nothing snoozed here"));
        QCOMPARE(pane.emptyState()->hint(), QStringLiteral("No conversation has this status."));

        // Nobody signed in: nothing is "mine".
        pane.setStatus(ui::ConversationPane::Status::Open);
        pane.setAgentId(0);
        pane.setScope(ui::ConversationPane::Scope::Mine);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchGroupsByConversationAndOpensTheNewestHit()
    {
        models::SearchResultsModel results(m_store.get());
        ui::SearchDialog dialog(&results);
        QSignalSpy chosen(&dialog, &ui::SearchDialog::hitChosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.queryEdit(), QStringLiteral("order"));
        dialog.searchNow();
        // Four messages in three conversations; Ana's two under one heading.
        QCOMPARE(results.hitCount(), 4);
        QCOMPARE(results.rowCount(), 3);
        QModelIndex ana;
        for (int i = 0; i < results.rowCount(); ++i) {
            if (results.index(i, 0).data(models::SearchResultsModel::ConversationIdRole).toLongLong() == 101)
                ana = results.index(i, 0);
        }
        QVERIFY(ana.isValid());
        QCOMPARE(results.rowCount(ana), 2);
        QCOMPARE(ana.data(models::SearchResultsModel::HitCountRole).toInt(), 2);
        const QString snippet = results.index(0, 0, ana).data(models::SearchResultsModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QString(store::kMatchStart) + QStringLiteral("order")), qPrintable(snippet));
        const QImage picture = dialog.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("search.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));

        // Down moves in the results while typing; Enter opens the current one.
        const QModelIndex first = dialog.resultsView()->currentIndex();
        QVERIFY(first.isValid());
        QTest::keyClick(dialog.queryEdit(), Qt::Key_Down);
        QVERIFY(dialog.resultsView()->currentIndex() != first);
        QTest::keyClick(dialog.queryEdit(), Qt::Key_Up);
        QCOMPARE(dialog.resultsView()->currentIndex(), first);
        QTest::keyClick(dialog.queryEdit(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(),
                 first.data(models::SearchResultsModel::ConversationIdRole).toLongLong());
        QCOMPARE(chosen.at(0).at(1).toLongLong(), first.data(models::SearchResultsModel::MessageIdRole).toLongLong());
        QVERIFY(!dialog.isVisible());
    }

    // A reply gives the current conversation the newest activity: it moves
    // to the top, and the list follows it there instead of leaving it out of
    // sight. Where the agent scrolled away from it, the list stays put.
    void theAnsweredConversationStaysInView()
    {
        QTemporaryDir folder;
        auto history = test::openLiveStore(folder.path());
        QVERIFY(history);
        QVector<protocol::EventPayload> records;
        for (int i = 1; i <= 30; ++i) {
            protocol::Contact contact;
            contact.id = 300 + i;
            contact.name = QStringLiteral("Customer %1").arg(i);
            records.append(contact);
            records.append(conversation(300 + i, 300 + i, protocol::ConversationStatus::Open, 0));
        }
        QString error;
        QVERIFY2(test::applyAndNotify(*history, records, &error), qPrintable(error));
        models::ConversationListModel model(history.get());
        ui::ConversationPane pane;
        pane.resize(320, 420);
        pane.setModel(&model);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QListView *list = pane.listView();
        QCOMPARE(model.rowCount(), 30);
        const auto inView = [&](qint64 id) {
            const int row = model.rowOf(id);
            return row >= 0 && list->viewport()->rect().contains(list->visualRect(model.index(row)).center());
        };
        auto answer = [&](qint64 id, qint64 at) {
            protocol::Conversation answered = conversation(id, id, protocol::ConversationStatus::Open, 0);
            answered.lastActivity = at;
            QString why;
            return test::applyAndNotify(*history, {answered}, &why);
        };

        // Scrolled to the bottom, the oldest conversation open.
        list->scrollToBottom();
        const qint64 oldest = 301;
        QCOMPARE(model.rowOf(oldest), 29);
        list->setCurrentIndex(model.index(29));
        QVERIFY(inView(oldest));
        const QImage before = pane.grab().toImage();
        QVERIFY(before.save(test::outputPath(QStringLiteral("conversation-list-before-reply.png"))));

        // The agent answers it: it is the newest now, at the top, and in sight.
        QVERIFY(answer(oldest, QDateTime::currentMSecsSinceEpoch()));
        QTRY_COMPARE(model.rowOf(oldest), 0);
        QTRY_VERIFY(inView(oldest));
        QVERIFY(pane.grab().toImage().save(test::outputPath(QStringLiteral("conversation-list-after-reply.png"))));

        // The agent scrolls away and another reply lands on it: the list stays
        // where the agent put it.
        list->scrollToBottom();
        const int scrolled = list->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QVERIFY(!inView(oldest));
        const qint64 other = 310;
        QVERIFY(answer(other, QDateTime::currentMSecsSinceEpoch() + 1000));
        QTRY_COMPARE(model.rowOf(other), 0);
        QCOMPARE(list->verticalScrollBar()->value(), scrolled);
    }

    // Ctrl+K's results are one line each: a message's line breaks and runs of
    // spaces fold, and the matched words keep their highlight.
    void searchSnippetsFoldOntoOneLine()
    {
        const QString marked = QStringLiteral("Kirim ke:\n  Jl. Sudirman 12\r\n\n%1Jakarta%2   ya")
                                   .arg(store::kMatchStart, store::kMatchEnd);
        const ui::SearchDialog::Snippet line = ui::SearchDialog::foldSnippet(marked);
        QCOMPARE(line.text, QStringLiteral("Kirim ke: Jl. Sudirman 12 Jakarta ya"));
        QCOMPARE(line.matches.size(), 1);
        QCOMPARE(line.text.mid(line.matches.at(0).first, line.matches.at(0).second), QStringLiteral("Jakarta"));
        const ui::SearchDialog::Snippet two = ui::SearchDialog::foldSnippet(
            QStringLiteral("%1a%2\n%1b%2").arg(store::kMatchStart, store::kMatchEnd));
        QCOMPARE(two.text, QStringLiteral("a b"));
        QCOMPARE(two.matches, (QVector<std::pair<int, int>>{{0, 1}, {2, 1}}));

        // Through the store and the dialog, a multi-line message found.
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store,
                                      {message(50, 102, QStringLiteral("Kirim ke:\nJl. Sudirman 12\nJakarta"))},
                                      &error),
                 qPrintable(error));
        QVERIFY(m_store->waitForSearchIndex(30000)); // indexed on a thread of its own
        models::SearchResultsModel results(m_store.get());
        ui::SearchDialog dialog(&results);
        dialog.queryEdit()->setText(QStringLiteral("sudirman"));
        dialog.searchNow();
        QCOMPARE(results.hitCount(), 1);
        const QModelIndex hit = results.index(0, 0, results.index(0, 0));
        const QString snippet = hit.data(models::SearchResultsModel::SnippetRole).toString();
        QVERIFY2(!ui::SearchDialog::foldSnippet(snippet).text.contains(QLatin1Char('\n')), qPrintable(snippet));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().toImage().save(test::outputPath(QStringLiteral("search-multiline.png"))));
    }

    void searchThatFindsNothingSaysSo()
    {
        models::SearchResultsModel results(m_store.get());
        ui::SearchDialog dialog(&results);
        dialog.queryEdit()->setText(QStringLiteral("zebra"));
        dialog.searchNow();
        QCOMPARE(results.rowCount(), 0);
        QLabel *summary = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->accessibleName() == QStringLiteral("Search summary"))
                summary = label;
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("zebra")), qPrintable(summary->text()));
        // Enter with nothing found chooses nothing.
        QSignalSpy chosen(&dialog, &ui::SearchDialog::hitChosen);
        QTest::keyClick(dialog.queryEdit(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 0);
    }

    void shortcutsDialogListsTheWindowsActions()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        ui::MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        ui::ShortcutsDialog dialog(&window);
        // Grouped by area; each area's rows under it.
        QVERIFY(dialog.list()->topLevelItemCount() >= 4);
        bool searchListed = false;
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *area = dialog.list()->topLevelItem(i);
            QVERIFY(area->childCount() > 0);
            for (int j = 0; j < area->childCount(); ++j) {
                const QTreeWidgetItem *item = area->child(j);
                if (item->text(0) == QStringLiteral("Search messages"))
                    searchListed = item->text(1)
                                   == QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText);
            }
        }
        QVERIFY(searchListed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().toImage().save(test::outputPath(QStringLiteral("shortcuts.png"))));
    }

    void templateDialogFillsParametersAndPreviews()
    {
        const QVector<net::TemplateInfo> templates{{QStringLiteral("order_update"), QStringLiteral("en_US"),
                                                    QStringLiteral("Hi {{1}}, your order {{2}} is on its way."), 2},
                                                   {QStringLiteral("thanks"), QStringLiteral("en_US"),
                                                    QStringLiteral("Thank you for writing to us."), 0}};
        ui::TemplateDialog dialog(templates);
        auto *send = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.chosenName(), QStringLiteral("order_update"));
        QCOMPARE(dialog.parameterEdits().size(), 2);
        QVERIFY(!send->isEnabled()); // parameters missing
        QCOMPARE(dialog.preview(), QStringLiteral("Hi [1], your order [2] is on its way."));
        dialog.parameterEdits().at(0)->setText(QStringLiteral("Aisha"));
        QVERIFY(!send->isEnabled());
        dialog.parameterEdits().at(1)->setText(QStringLiteral("A-1043"));
        QVERIFY(send->isEnabled());
        QCOMPARE(dialog.preview(), QStringLiteral("Hi Aisha, your order A-1043 is on its way."));
        QCOMPARE(dialog.parameters(), (QStringList{QStringLiteral("Aisha"), QStringLiteral("A-1043")}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().toImage().save(test::outputPath(QStringLiteral("template.png"))));
        // A template without parameters can go at once.
        dialog.list()->setCurrentRow(1);
        QVERIFY(dialog.parameterEdits().isEmpty());
        QVERIFY(send->isEnabled());

        // None at all: it says so and sends nothing.
        ui::TemplateDialog none({});
        QVERIFY(!none.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void closedWindowOffersATemplateInsteadOfTheComposer()
    {
        ui::ThreadPane pane;
        pane.showConversation(101, QStringLiteral("Ana Souza"));
        QSignalSpy asked(&pane, &ui::ThreadPane::templateRequested);
        pane.setReplyWindowClosed(true, QStringLiteral("Only a template can go."));
        QVERIFY(!pane.composer()->isEnabled());
        QCOMPARE(pane.composer()->placeholderText(), QStringLiteral("Only a template can go."));
        QVERIFY(!pane.templateButton()->isHidden());
        pane.templateButton()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toLongLong(), 101);
        // Signed out wins: no template button, the sign-in reason.
        pane.setSendingEnabled(false, QStringLiteral("Sign in to reply."));
        QVERIFY(pane.templateButton()->isHidden());
        QCOMPARE(pane.composer()->placeholderText(), QStringLiteral("Sign in to reply."));
        pane.setSendingEnabled(true);
        pane.setReplyWindowClosed(false);
        QVERIFY(pane.composer()->isEnabled());
        QVERIFY(pane.templateButton()->isHidden());
    }

    void bannerSaysWhatIsWrongAndOffersTheWayOut()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        ui::MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.bannerWidget()->isVisible());

        QSignalSpy reconnect(&window, &ui::MainWindow::reconnectRequested);
        QSignalSpy signIn(&window, &ui::MainWindow::signInRequested);
        window.setConnectionBanner(ui::MainWindow::Banner::Reconnecting,
                                   QStringLiteral("Connection lost. Trying again in 4 s…"));
        QVERIFY(window.bannerWidget()->isVisible());
        auto *action = window.bannerWidget()->findChild<QPushButton *>();
        QVERIFY(action && action->isVisible());
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("banner-reconnecting.png"))));
        action->click();
        QCOMPARE(reconnect.size(), 1);

        window.setConnectionBanner(ui::MainWindow::Banner::SignedOut, QStringLiteral("Not signed in."));
        action->click();
        QCOMPARE(signIn.size(), 1);
        window.setConnectionBanner(ui::MainWindow::Banner::Incompatible, QStringLiteral("Update Relaydesk."));
        QVERIFY(!action->isVisible());
        window.setConnectionBanner(ui::MainWindow::Banner::None, {});
        QVERIFY(!window.bannerWidget()->isVisible());
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_windowparts.moc"
