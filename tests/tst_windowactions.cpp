// The window's commands end to end, against the real server and a real
// keychain: Mark resolved (Ctrl+E) goes out as a command and the list follows
// the server's event; Ctrl+K search opens the thread at the hit, selected; a
// stopped server brings the calm "reconnecting" banner and everything stays
// browsable; Mine follows the signed-in agent.

#include "linkclient.h"
#include "serverprocess.h"

#include "desktopfixture.h"
#include "imagecheck.h"
#include "livestore.h"
#include "popoutthreads.h"
#include "session.h"
#include "windowactions.h"

#include "dialogs/searchdialog.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "platform/notifier.h"
#include "platform/profile.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"
#include "widgets/composer.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace relaydesk;

namespace {

// The app as main() builds it, with a session for the test server; not signed in yet.
struct AppWindow : test::DesktopFixture
{
    ui::MainWindow *window = nullptr;
    models::ConversationListModel *conversations = nullptr;
    models::MessageListModel *messages = nullptr;
    app::Session *session = nullptr;
    app::WindowActions *actions = nullptr;

    bool open(const QUrl &server)
    {
        if (!DesktopFixture::open(server))
            return false;
        window = &desktop->window();
        conversations = &desktop->conversations();
        messages = &desktop->messages();
        session = &desktop->session();
        actions = &desktop->actions();
        return true;
    }
};

} // namespace

class TestWindowActions : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        // A colleague with a display name, for presence.
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("o1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Omar")));
        // A rule for the autopilot to answer with (else its switch is refused), matching nothing here.
        QVERIFY(test::setChannelSettings(
            m_server.dataDirectory(), QStringLiteral("Shop"),
            {{QStringLiteral("autopilot"),
              QJsonObject{{QStringLiteral("rules"),
                           QJsonArray{QJsonObject{{QStringLiteral("keywords"), QJsonArray{QStringLiteral("warranty")}},
                                                  {QStringLiteral("answer"),
                                                   QStringLiteral("Every kettle has two years.")}}}}}}}));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        const QString first = test::newVisitor(m_server.baseUrl(), m_shopKey);
        const QString second = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, first, QStringLiteral("My parcel never came")));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, second,
                                     QStringLiteral("Is the blue kettle in stock?")));
        for (int i = 0; i < 80; ++i)
            QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, first, QStringLiteral("filler %1").arg(i)));
    }

    void resolveSearchAndOffline()
    {
        AppWindow app;
        QVERIFY(app.open(m_server.baseUrl()));
        auto &history = app.history;
        auto &window = *app.window;
        auto &conversations = *app.conversations;
        auto &messages = *app.messages;
        auto &session = *app.session;
        auto &actions = *app.actions;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.connectionBanner(), ui::MainWindow::Banner::SignedOut);

        bool done = false, ok = false;
        session.signIn(m_server.baseUrl(), QStringLiteral("a1@shop.example"), QString::fromUtf8(test::kPassword),
                       [&](bool success, const QString &) {
                           done = true;
                           ok = success;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
        QVERIFY(ok);
        QTRY_COMPARE_WITH_TIMEOUT(conversations.rowCount(), 2, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), ui::MainWindow::Banner::None, test::kDeadlineMs);
        QVERIFY(session.agentId() > 0);

        // Ctrl+K, type, Enter: the thread opens at the hit, which is selected.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(actions.searchDialog() && actions.searchDialog()->isVisible());
        QTest::keyClicks(actions.searchDialog()->queryEdit(), QStringLiteral("parcel"));
        // (The search index fills in the background after the sync.)
        QTRY_VERIFY_WITH_TIMEOUT((actions.searchDialog()->searchNow(),
                                  actions.searchDialog()->resultsView()->model()->rowCount() > 0),
                                 test::kDeadlineMs);
        QTest::keyClick(actions.searchDialog()->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(window.threadPane()->conversationId() != 0);
        const QModelIndex hit = window.threadPane()->listView()->currentIndex();
        QVERIFY(hit.isValid());
        QCOMPARE(hit.data(models::MessageListModel::TextRole).toString(), QStringLiteral("My parcel never came"));
        // The hit is the oldest of 81: the thread was opened around it, not at the newest.
        QVERIFY(window.threadPane()->listView()->visualRect(hit).intersects(
            window.threadPane()->listView()->viewport()->rect()));
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("window-search-hit.png"))));
        // Far from the newest: "Latest" brings the thread back to it.
        QToolButton *latest = window.threadPane()->latestButton();
        QTRY_VERIFY(latest->isVisible());
        latest->click();
        QTRY_COMPARE(messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("filler 79"));
        QTRY_VERIFY(!latest->isVisible());

        // The header's autopilot switch: on through the server, shown from
        // the store; the agent's own reply pauses it, and the switch says so.
        const qint64 open = window.threadPane()->conversationId();
        QToolButton *autopilot = window.threadPane()->autopilotButton();
        QVERIFY(autopilot->isVisible());
        QVERIFY(!autopilot->isChecked());
        autopilot->click();
        QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversation(open)->autopilot, QStringLiteral("rules"),
                                  test::kDeadlineMs);
        QTRY_VERIFY(autopilot->isChecked());
        QCOMPARE(autopilot->text(), QStringLiteral("Autopilot: on"));
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("window-autopilot.png"))));
        session.outbox()->sendText(open, QStringLiteral("I will take it from here."), 0, QString());
        QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversation(open)->autopilot, QStringLiteral("off"),
                                  test::kDeadlineMs);
        QTRY_VERIFY(!autopilot->isChecked());

        // Ctrl+E: resolved on the server; the Open list lets it go, Resolved shows it.
        const qint64 resolved = window.threadPane()->conversationId();
        QSignalSpy resolveAsked(&window, &ui::MainWindow::resolveRequested);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(resolveAsked.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversation(resolved)->status, QStringLiteral("resolved"),
                                  test::kDeadlineMs);
        QTRY_COMPARE(conversations.rowCount(), 1);
        window.conversationPane()->setStatus(ui::ConversationPane::Status::Resolved);
        QCOMPARE(conversations.rowCount(), 1);
        QCOMPARE(conversations.index(0).data(models::ConversationListModel::IdRole).toLongLong(), resolved);

        // Mine: nothing is assigned to this agent yet.
        window.conversationPane()->setStatus(ui::ConversationPane::Status::Open);
        window.conversationPane()->setScope(ui::ConversationPane::Scope::Mine);
        QCOMPARE(conversations.rowCount(), 0);
        window.conversationPane()->setScope(ui::ConversationPane::Scope::All);

        // The server goes away: a calm banner, the history still browsable.
        m_server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionBanner() == ui::MainWindow::Banner::Reconnecting, test::kDeadlineMs);
        QVERIFY(window.bannerWidget()->isVisible());
        QCOMPARE(conversations.rowCount(), 1);
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("window-offline.png"))));
        QVERIFY2(m_server.restart(test::unlimitedWebchat()), qPrintable(m_server.output()));
        // "Try now" does not wait for the next retry.
        if (window.connectionBanner() == ui::MainWindow::Banner::Reconnecting)
            window.bannerWidget()->findChild<QPushButton *>()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), ui::MainWindow::Banner::None, test::kDeadlineMs);
        session.signOut();
    }

    // WhatsApp and Messenger: 24 hours after the customer's last message the
    // composer gives way to a template; web chat has no window.
    void replyWindowFollowsTheConversation()
    {
        AppWindow app;
        QVERIFY(app.open(m_server.baseUrl()));
        auto &window = *app.window;
        auto &actions = *app.actions;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVector<protocol::EventPayload> records;
        const struct
        {
            qint64 id;
            protocol::Channel channel;
            qint64 expires;
        } cases[] = {{1, protocol::Channel::WhatsApp, now - 1000},
                     {2, protocol::Channel::WhatsApp, now + 3600 * 1000},
                     {3, protocol::Channel::Messenger, 0},
                     {4, protocol::Channel::WebChat, 0},
                     {5, protocol::Channel::WhatsApp, now + 1500}};
        for (const auto &c : cases) {
            protocol::Contact contact;
            contact.id = c.id;
            contact.name = QStringLiteral("Customer %1").arg(c.id);
            protocol::Conversation conversation;
            conversation.id = c.id;
            conversation.contactId = c.id;
            conversation.channel = c.channel;
            conversation.windowExpiresAt = c.expires;
            conversation.lastActivity = now - c.id;
            records << contact << conversation;
        }
        QString error;
        QVERIFY2(test::applyAndNotify(*app.history, records, &error), qPrintable(error));
        const auto closedFor = [&](qint64 id) {
            actions.openAt(id, 0);
            return window.threadPane()->isReplyWindowClosed();
        };
        QVERIFY(closedFor(1));  // expired
        QVERIFY(!closedFor(2)); // open for an hour
        QVERIFY(closedFor(3));  // the customer never wrote
        QVERIFY(!closedFor(4)); // web chat
        QVERIFY(!closedFor(5));
        // It closes by itself when the time comes.
        QTRY_VERIFY_WITH_TIMEOUT(window.threadPane()->isReplyWindowClosed(), 10000);
    }

    // Two agents, one customer: each sees the other in the thread's header.
    void presenceOfAnotherAgentShowsInTheHeader()
    {
        AppWindow app;
        QVERIFY(app.open(m_server.baseUrl()));
        auto &history = app.history;
        auto &window = *app.window;
        auto &conversations = *app.conversations;
        auto &messages = *app.messages;
        auto &session = *app.session;
        auto &actions = *app.actions;
        window.show();
        bool done = false;
        session.signIn(m_server.baseUrl(), QStringLiteral("a1@shop.example"), QString::fromUtf8(test::kPassword),
                       [&](bool, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done && session.isSignedIn(), test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(conversations.rowCount() > 0, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), ui::MainWindow::Banner::None, test::kDeadlineMs);

        // The workspace's directory: the default pipeline and both agents by name.
        QTRY_VERIFY_WITH_TIMEOUT(session.agentNames().size() >= 2 && !session.leadStages().isEmpty(),
                                 test::kDeadlineMs);
        QVERIFY(session.agentNames().values().contains(QStringLiteral("Omar")));
        QCOMPARE(session.leadStages().constFirst(), QStringLiteral("new"));
        QCOMPARE(session.leadStages().constLast(), QStringLiteral("lost"));

        QTemporaryDir otherProfile;
        test::Client omar(m_server.baseUrl(), otherProfile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(omar.signIn(QStringLiteral("o1@shop.example"), test::kPassword));
        QSignalSpy seenByOmar(omar.link.get(), &net::StreamLink::presenceReceived);
        omar.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(omar.link->state(), net::StreamLink::State::Online, test::kDeadlineMs);

        // This agent opens a conversation: Omar is told.
        window.conversationPane()->listView()->setCurrentIndex(conversations.index(0));
        const qint64 open = conversations.index(0).data(models::ConversationListModel::IdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(seenByOmar.cbegin(), seenByOmar.cend(),
                                             [open](const QList<QVariant> &args) {
                                                 const auto p = args.at(0).value<protocol::Presence>();
                                                 return p.conversationId == open
                                                        && p.activity == protocol::PresenceActivity::Viewing
                                                        && p.until > 0;
                                             }),
                                 test::kDeadlineMs);

        // Omar views, then types: the header says so, by name.
        const auto say = [&omar, open](const QString &name, const QJsonObject &extra) {
            protocol::Command command;
            command.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            command.name = name;
            command.args = extra;
            command.args.insert(QStringLiteral("conversation_id"), open);
            return omar.link->send(command);
        };
        QVERIFY(say(QStringLiteral("conversation.viewing"), {{QStringLiteral("viewing"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(window.threadPane()->presence(), QStringLiteral("Omar is viewing"),
                                  test::kDeadlineMs);
        QVERIFY(say(QStringLiteral("typing"), {}));
        QTRY_VERIFY_WITH_TIMEOUT(window.threadPane()->presence().startsWith(QStringLiteral("Omar is typing…")),
                                 test::kDeadlineMs);
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("window-presence.png"))));

        // This agent starts a reply; Omar answers first. Sending asks to look
        // first, showing Omar's reply; "look first" keeps the draft.
        ui::Composer *composer = window.threadPane()->composer();
        window.activateWindow();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Let me check your order"));
        omar.outbox->sendText(open, QStringLiteral("Your parcel left this morning."), 0, QString());
        QTRY_VERIFY_WITH_TIMEOUT(messages.rowCount() > 0
                                     && messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole)
                                            == QStringLiteral("Your parcel left this morning."),
                                 test::kDeadlineMs);
        const int before = messages.rowCount();
        QString asked;
        const auto answer = [&asked](const QString &button) {
            QTimer::singleShot(0, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text() + QLatin1Char(' ') + box->informativeText();
                for (QAbstractButton *choice : box->buttons())
                    if (choice->text() == button)
                        choice->click();
            });
        };
        answer(QStringLiteral("Let me look first"));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY2(asked.contains(QStringLiteral("Omar replied")) && asked.contains(QStringLiteral("left this morning")),
                 qPrintable(asked));
        QCOMPARE(composer->toPlainText(), QStringLiteral("Let me check your order"));
        QCOMPARE(history->reader().outboxCount(), 0);
        // Looked at: now it goes without asking again.
        asked.clear();
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(asked.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), before + 1, test::kDeadlineMs);
        QCOMPARE(messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
                 QStringLiteral("Let me check your order"));

        // Pop out: the conversation in its own window, which sends too.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(actions.popOuts()->windowOf(open) && actions.popOuts()->windowOf(open)->isVisible());
        ui::ThreadPane *popped = actions.popOuts()->paneOf(open);
        QVERIFY(popped);
        QCOMPARE(popped->conversationId(), open);
        QTRY_VERIFY(popped->listView()->model()->rowCount() >= 2);
        QVERIFY(popped->composer()->isEnabled());
        popped->composer()->setPlainText(QStringLiteral("Sent from the popped-out window"));
        popped->composer()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(
            messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
            QStringLiteral("Sent from the popped-out window"), test::kDeadlineMs);
        QVERIFY(
            actions.popOuts()->windowOf(open)->grab().toImage().save(test::outputPath(QStringLiteral("popout.png"))));
        actions.popOuts()->windowOf(open)->close();
        QTRY_VERIFY(!actions.popOuts()->windowOf(open));

        // Omar goes away: the header empties at once (the server ends his presence).
        omar.engine->stop();
        QTRY_COMPARE_WITH_TIMEOUT(window.threadPane()->presence(), QString(), test::kDeadlineMs);
        session.signOut();
    }
};

QTEST_MAIN(TestWindowActions)
#include "tst_windowactions.moc"
