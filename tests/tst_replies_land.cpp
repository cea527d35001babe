// Replies land where the agent means, through the app exactly as main()
// builds it (app::Desktop) against the real server: each conversation keeps
// its own draft, note mode and staged files across switches, a restart and a
// pop-out; one current conversation drives the list, the thread and every
// action, across tabs, Ctrl+K and a notification's Open; browsing the list
// with the keyboard reads nothing; line breaks go as typed. What reached
// which customer is checked through the server's REST, not the desktop.

#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "currentconversation.h"
#include "desktop.h"
#include "mainwindow.h"
#include "notifications.h"
#include "popoutthreads.h"
#include "session.h"
#include "windowactions.h"

#include "dialogs/searchdialog.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/draftbook.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "widgets/attachmenttray.h"
#include "widgets/composer.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace relaydesk;

namespace {

struct Sent
{
    QString author;
    QString kind;
    QString text;
    int attachments = 0;
};

} // namespace

class TestRepliesLand : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QByteArray m_bearer;
    QTemporaryDir m_files;

    // What the server holds for a conversation, oldest first.
    QVector<Sent> onServer(qint64 conversationId)
    {
        const test::HttpAnswer answer =
            test::httpCall(m_server.baseUrl(), "GET",
                           QStringLiteral("/v1/conversations/%1/messages?limit=200").arg(conversationId), {}, m_bearer);
        QVector<Sent> sent;
        const QJsonArray messages = answer.body.value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &value : messages) {
            const QJsonObject m = value.toObject();
            sent.append({m.value(QStringLiteral("author")).toString(), m.value(QStringLiteral("kind")).toString(),
                         m.value(QStringLiteral("text")).toString(),
                         int(m.value(QStringLiteral("attachments")).toArray().size())});
        }
        return sent;
    }

    // What the server holds of the agents' message with this text.
    Sent agentMessage(qint64 conversationId, const QString &text)
    {
        for (const Sent &s : onServer(conversationId)) {
            if (s.author == QLatin1String("agent") && s.text == text)
                return s;
        }
        return {};
    }

    // The texts agents wrote in a conversation (replies and notes), as the server has them.
    QStringList agentTexts(qint64 conversationId)
    {
        QStringList texts;
        for (const Sent &s : onServer(conversationId)) {
            if (s.author == QLatin1String("agent"))
                texts.append(s.text);
        }
        texts.sort();
        return texts;
    }

    int serverUnread(qint64 conversationId)
    {
        const test::HttpAnswer answer = test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations"),
                                                       {}, m_bearer);
        for (const QJsonValue &value : answer.body.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("id")).toInteger() == conversationId)
                return c.value(QStringLiteral("unread_count")).toInt();
        }
        return -1;
    }

    // A customer on the web chat who wrote `text`; the conversation's id once the desktop has it.
    qint64 newCustomer(test::DesktopFixture &app, const QString &text, QString *visitor = nullptr)
    {
        const QString token = test::newVisitor(m_server.baseUrl(), m_shopKey);
        if (!test::customerWrites(m_server.baseUrl(), m_shopKey, token, text))
            return 0;
        if (visitor)
            *visitor = token;
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

    bool showWindow(ui::MainWindow &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // A click on a conversation's row, as the agent would.
    static bool clickRow(ui::MainWindow &window, qint64 conversationId)
    {
        QListView *list = window.conversationPane()->listView();
        auto *model = static_cast<models::ConversationListModel *>(list->model());
        const int row = model->rowOf(conversationId);
        if (row < 0)
            return false;
        list->scrollTo(model->index(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(row)).center());
        return window.threadPane()->conversationId() == conversationId;
    }

    static qint64 listSelected(ui::MainWindow &window)
    {
        QListView *list = window.conversationPane()->listView();
        const QModelIndexList selected = list->selectionModel()->selectedIndexes();
        return selected.size() == 1 ? selected.constFirst().data(models::ConversationListModel::IdRole).toLongLong()
                                    : 0;
    }

    QString makeFile(const QString &name)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("%PDF-1.4\n");
            file.write(QByteArray(20 * 1024, 'x'));
            file.write("\n%%EOF\n");
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
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

    // Text, note mode and a staged file stay with their conversation;
    // Enter sends only what belongs to the one in front of the agent.
    void draftsStayWithTheirConversation()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(window));
        const qint64 a = newCustomer(app, QStringLiteral("A: where is my parcel?"));
        const qint64 b = newCustomer(app, QStringLiteral("B: do you ship abroad?"));
        const qint64 c = newCustomer(app, QStringLiteral("C: my invoice is wrong"));
        QVERIFY(a && b && c);
        ui::ThreadPane *thread = window.threadPane();
        ui::Composer *composer = thread->composer();
        models::ConversationListModel &list = app.desktop->conversations();

        // A: text and a file, then B without either.
        QTRY_VERIFY(clickRow(window, a));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("For A only"));
        QCOMPARE(thread->attachmentTray()->addFiles({makeFile(QStringLiteral("parcel receipt.pdf"))}), 1);
        QTRY_VERIFY(clickRow(window, b));
        QCOMPARE(composer->toPlainText(), QString());
        QCOMPARE(thread->attachmentTray()->count(), 0);
        QVERIFY(!thread->attachmentTray()->isVisible());
        // The list marks A's draft.
        QTRY_COMPARE(list.index(list.rowOf(a)).data(models::ConversationListModel::DraftRole).toString(),
                     QStringLiteral("For A only"));
        QVERIFY(window.grab().save(test::outputPath(QStringLiteral("replies-draft-marker.png"))));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Hi B"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(b), QStringList{QStringLiteral("Hi B")}, test::kDeadlineMs);
        QCOMPARE(agentTexts(a), QStringList());

        // C: a private note in the making; A is a reply again, C a note again.
        QTRY_VERIFY(clickRow(window, c));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(thread->isNoteMode());
        QTest::keyClicks(composer, QStringLiteral("Checking the invoice with finance"));
        QTRY_VERIFY(clickRow(window, a));
        QVERIFY(!thread->isNoteMode());
        QCOMPARE(composer->toPlainText(), QStringLiteral("For A only"));
        QCOMPARE(thread->attachmentTray()->fileNames(), QStringList{QStringLiteral("parcel receipt.pdf")});
        QVERIFY(thread->attachmentTray()->isVisible());
        composer->setFocus();
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(a), QStringList{QStringLiteral("For A only")}, test::kDeadlineMs);
        QCOMPARE(agentMessage(a, QStringLiteral("For A only")).attachments, 1);
        QCOMPARE(agentTexts(b), QStringList{QStringLiteral("Hi B")});
        QCOMPARE(agentTexts(c), QStringList());
        QTRY_COMPARE(list.index(list.rowOf(a)).data(models::ConversationListModel::DraftRole).toString(), QString());

        // A pasted picture stays with B across switches, but never with the
        // draft on disk: it is a plain file, for this session only.
        QTRY_VERIFY(clickRow(window, b));
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        thread->attachmentTray()->addImage(picture);
        QTRY_COMPARE_WITH_TIMEOUT(thread->attachmentTray()->count(), 1, test::kDeadlineMs);
        const QString outgoing = app.profile->cacheDirectory() + QStringLiteral("/outgoing");
        QCOMPARE(QDir(outgoing).entryList(QDir::Files).size(), 1);
        QTRY_VERIFY(clickRow(window, c));
        QTRY_VERIFY(clickRow(window, b));
        QCOMPARE(thread->attachmentTray()->fileNames(), QStringList{QStringLiteral("Pasted picture.png")});
        QTest::qWait(ui::DraftBook::kSaveDelayMs * 2);
        QVERIFY(app.history->reader().draft(b).files.isEmpty());

        // The note's draft survives a restart (it is in the encrypted history).
        QTRY_VERIFY_WITH_TIMEOUT(app.history->reader().draft(c).note, test::kDeadlineMs);
        app.quit();
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &again = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(again));
        QTRY_VERIFY(app.desktop->conversations().rowOf(c) >= 0);
        QCOMPARE(QDir(outgoing).entryList(QDir::Files).size(), 0); // the pasted picture's file is gone
        QTRY_VERIFY(clickRow(again, c));
        QCOMPARE(again.threadPane()->composer()->toPlainText(), QStringLiteral("Checking the invoice with finance"));
        QVERIFY(again.threadPane()->isNoteMode());
        QTest::keyClick(again.threadPane()->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(c), QStringList{QStringLiteral("Checking the invoice with finance")},
                                  test::kDeadlineMs);
        QCOMPARE(agentMessage(c, QStringLiteral("Checking the invoice with finance")).kind, QStringLiteral("note"));
    }

    // Ctrl+K opens a conversation from another tab: the list moves there
    // with it selected; back on the first tab a line says where it is, and a
    // click on another row opens that one for real.
    void oneCurrentConversationAcrossTabs()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(window));
        const qint64 first = newCustomer(app, QStringLiteral("First: the lamp flickers"));
        const qint64 resolved = newCustomer(app, QStringLiteral("Resolved: thanks for the zebra cushion"));
        QVERIFY(first && resolved);
        ui::ConversationPane *pane = window.conversationPane();
        ui::ThreadPane *thread = window.threadPane();

        // Resolve one with Ctrl+E: it leaves the Open list, and nothing else opens in its place.
        QTRY_VERIFY(clickRow(window, resolved));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(resolved)->status, QStringLiteral("resolved"),
                                  test::kDeadlineMs);
        QTRY_VERIFY(app.desktop->conversations().rowOf(resolved) < 0);
        QCOMPARE(thread->conversationId(), resolved);
        QCOMPARE(listSelected(window), qint64(0));
        QTRY_VERIFY(pane->elsewhereButton()->isVisible());
        QVERIFY(pane->elsewhereButton()->text().contains(QStringLiteral("Resolved")));

        QTRY_VERIFY(clickRow(window, first));
        QCOMPARE(listSelected(window), first);
        QVERIFY(!pane->elsewhereButton()->isVisible());

        // Ctrl+K to the resolved one: the list goes to Resolved with it selected.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        app::WindowActions &actions = app.desktop->actions();
        QTRY_VERIFY(actions.searchDialog() && actions.searchDialog()->isVisible());
        QTest::keyClicks(actions.searchDialog()->queryEdit(), QStringLiteral("zebra"));
        QTRY_VERIFY_WITH_TIMEOUT((actions.searchDialog()->searchNow(),
                                  actions.searchDialog()->resultsView()->model()->rowCount() > 0),
                                 test::kDeadlineMs);
        QTest::keyClick(actions.searchDialog()->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(thread->conversationId(), resolved);
        QCOMPARE(window.current()->id(), resolved);
        QCOMPARE(pane->status(), ui::ConversationPane::Status::Resolved);
        QTRY_COMPARE(listSelected(window), resolved);

        // Back to Open by hand: the thread stays; a line says where it is.
        pane->statusTabs()->setCurrentIndex(0);
        QTRY_VERIFY(app.desktop->conversations().rowOf(first) >= 0);
        QCOMPARE(thread->conversationId(), resolved);
        QCOMPARE(listSelected(window), qint64(0));
        QTRY_VERIFY(pane->elsewhereButton()->isVisible());
        QVERIFY(window.grab().save(test::outputPath(QStringLiteral("replies-elsewhere.png"))));
        // A click on the first one opens it, and the reply goes to it.
        QTRY_VERIFY(clickRow(window, first));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTest::keyClicks(thread->composer(), QStringLiteral("Try another bulb, please"));
        QTest::keyClick(thread->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(first), QStringList{QStringLiteral("Try another bulb, please")},
                                  test::kDeadlineMs);
        QCOMPARE(agentTexts(resolved), QStringList());

        // A notification's Open: the same one current conversation, list and thread.
        QString visitor;
        const qint64 later = newCustomer(app, QStringLiteral("Later: is the shop open on Sunday?"), &visitor);
        QVERIFY(later);
        app.desktop->notifications().open(later);
        QTRY_COMPARE(thread->conversationId(), later);
        QTRY_COMPARE(listSelected(window), later);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTest::keyClicks(thread->composer(), QStringLiteral("Yes, from ten"));
        QTest::keyClick(thread->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(later), QStringList{QStringLiteral("Yes, from ten")}, test::kDeadlineMs);
        QCOMPARE(agentTexts(first), QStringList{QStringLiteral("Try another bulb, please")});
    }

    // Arrow keys through the list preview each conversation without reading
    // it; the one the agent stays on is read after a moment.
    void keyboardBrowsingReadsNothing()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(window));
        QVector<qint64> unread;
        for (int i = 0; i < 4; ++i)
            unread.append(newCustomer(app, QStringLiteral("Browse %1: still waiting").arg(i)));
        QVERIFY(!unread.contains(0));
        QTRY_VERIFY(clickRow(window, unread.constLast())); // the newest, at the top
        QListView *list = window.conversationPane()->listView();
        list->setFocus();
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(list, Qt::Key_Down);
            QTest::qWait(100);
        }
        const qint64 stayed = window.threadPane()->conversationId();
        QCOMPARE(stayed, unread.constFirst());
        // The ones passed over stay unread on the server and here.
        QTRY_COMPARE_WITH_TIMEOUT(serverUnread(stayed), 0, test::kDeadlineMs);
        for (int i = 1; i < 3; ++i) {
            QVERIFY(serverUnread(unread.at(i)) > 0);
            QVERIFY(app.history->reader().conversation(unread.at(i))->unreadCount > 0);
        }
    }

    // Line breaks go as typed, and a customer's come as written.
    void lineBreaksBothWays()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(window));
        const QString address = QStringLiteral("Please send it to:\nJl. Sudirman 12\nJakarta  10220");
        const qint64 conversation = newCustomer(app, QStringLiteral("Address coming"));
        QVERIFY(conversation);
        QString visitor;
        QTRY_VERIFY(clickRow(window, conversation));
        const auto conversations = app.history->reader().conversations({}, 500);
        // The customer writes on several lines.
        const QString token = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, token, address));
        qint64 multi = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const auto &row : app.history->reader().conversations({}, 500)) {
                                         if (app.history->reader().newestMessages(row.id, 1).value(0).text == address)
                                             multi = row.id;
                                     }
                                     return multi != 0;
                                 }()),
                                 test::kDeadlineMs);
        QTRY_VERIFY(clickRow(window, multi));
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_COMPARE(messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
                     address);
        // The agent answers on two lines with Shift+Enter.
        ui::Composer *composer = window.threadPane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Noted:"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, QStringLiteral("Jl. Sudirman 12, Jakarta"));
        QVERIFY(window.grab().save(test::outputPath(QStringLiteral("replies-multiline-typing.png"))));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(multi), QStringList{QStringLiteral("Noted:\nJl. Sudirman 12, Jakarta")},
                                  test::kDeadlineMs);
        QTRY_COMPARE(messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("Noted:\nJl. Sudirman 12, Jakarta"));
        QTest::qWait(200);
        QVERIFY(window.grab().save(test::outputPath(QStringLiteral("replies-multiline.png"))));
        Q_UNUSED(conversations)
        Q_UNUSED(visitor)
    }

    // The autopilot switch in a workspace with nothing for it to answer
    // with: refused, and the agent reads why and where it is set up.
    void autopilotSwitchSaysWhy()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(window));
        const qint64 conversation = newCustomer(app, QStringLiteral("Auto: anyone there?"));
        QVERIFY(conversation);
        QTRY_VERIFY(clickRow(window, conversation));
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QLabel *note = window.threadPane()->composeNote();
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), test::kDeadlineMs);
        QVERIFY2(note->text().startsWith(QStringLiteral("The autopilot was not switched on: ")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("--channel-settings")), qPrintable(note->text()));
        QCOMPARE(app.history->reader().conversation(conversation)->autopilot, QStringLiteral("off"));
        QVERIFY(!window.threadPane()->autopilotButton()->isChecked());
        // Asked once, answered once: no note per customer message in the thread.
        int notes = 0;
        for (const Sent &s : onServer(conversation))
            notes += s.kind == QLatin1String("note") ? 1 : 0;
        QCOMPARE(notes, 0);
    }

    // A popped-out conversation writes the same draft as the main window.
    void popOutSharesTheDraft()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showWindow(window));
        const qint64 conversation = newCustomer(app, QStringLiteral("Pop: can I change my order?"));
        const qint64 other = newCustomer(app, QStringLiteral("Other: hello"));
        QVERIFY(conversation && other);
        QTRY_VERIFY(clickRow(window, conversation));
        ui::Composer *composer = window.threadPane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Yes, until"));
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        app::PopOutThreads *popOuts = app.desktop->actions().popOuts();
        QTRY_VERIFY(popOuts->paneOf(conversation));
        ui::ThreadPane *popped = popOuts->paneOf(conversation);
        QCOMPARE(popped->composer()->toPlainText(), QStringLiteral("Yes, until"));
        // The main window moves on; the popped-out one finishes the reply.
        QTRY_VERIFY(clickRow(window, other));
        popped->composer()->moveCursor(QTextCursor::End);
        popped->composer()->setFocus();
        QTest::keyClicks(popped->composer(), QStringLiteral(" it ships"));
        QTest::keyClick(popped->composer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(agentTexts(conversation), QStringList{QStringLiteral("Yes, until it ships")},
                                  test::kDeadlineMs);
        QCOMPARE(agentTexts(other), QStringList());
        QCOMPARE(composer->toPlainText(), QString()); // the other conversation's (empty) draft
        QTRY_VERIFY(clickRow(window, conversation));
        QCOMPARE(composer->toPlainText(), QString()); // sent: nothing left
        popOuts->closeAll();
    }
};

QTEST_MAIN(TestRepliesLand)
#include "tst_replies_land.moc"
