// An agent's day through the app exactly as main() builds it (app::Desktop),
// against the real server and a real keychain, driven by keyboard and mouse:
// sign in through the dialog, pick a conversation, send a reply with Enter,
// attach a file (progress, then the sent tick), receive a customer's message
// live, lose the server and keep browsing and writing, and see the queued
// reply leave when the server is back. Each state is saved as a PNG.

#include "linkclient.h"
#include "serverprocess.h"

#include "awayautopilot.h"
#include "desktopfixture.h"
#include "imagecheck.h"
#include "session.h"

#include "appearance/appearance.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "platform/notifier.h"
#include "platform/profile.h"
#include "store/mediacache.h"
#include "store/reader.h"
#include "store/store.h"
#include "widgets/attachmenttray.h"
#include "widgets/composer.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace relaydesk;

namespace {

QString shoot(QWidget &widget, const QString &name)
{
    const QString path = test::outputPath(name);
    const QImage picture = widget.grab().toImage();
    if (!picture.save(path))
        return QStringLiteral("could not save ") + path;
    const QString blank = test::blankReason(picture);
    return blank.isEmpty() ? QString() : blank + QStringLiteral(" in ") + path;
}

// The workspace's autopilot rules, set as its admin would (the server's admin command).
bool setAutopilotRules(const QString &dataDirectory)
{
    const QJsonObject rules{
        {QStringLiteral("autopilot"),
         QJsonObject{{QStringLiteral("rules"),
                      QJsonArray{QJsonObject{{QStringLiteral("keywords"), QJsonArray{QStringLiteral("refund")}},
                                             {QStringLiteral("answer"), QStringLiteral("Refunds take 5 days.")}}}},
                     {QStringLiteral("fallback"), QStringLiteral("An agent will answer soon.")}}}};
    const QString path = dataDirectory + QStringLiteral("/rules.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(rules).toJson());
    file.close();
    QProcess admin;
    admin.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                {QStringLiteral("--data-dir"), dataDirectory, QStringLiteral("--workspace"), QStringLiteral("Shop"),
                 QStringLiteral("--channel-settings"), path});
    const bool ok = admin.waitForFinished(30000) && admin.exitStatus() == QProcess::NormalExit && admin.exitCode() == 0;
    QFile::remove(path);
    return ok;
}

QLineEdit *fieldNamed(QWidget *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

// The newest message of the open thread, as the view shows it.
QModelIndex newest(const models::MessageListModel &messages)
{
    return messages.index(messages.rowCount() - 1);
}

} // namespace

class TestUiFlows : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QString m_visitor;

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("omar@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Omar")));
        QVERIFY(setAutopilotRules(m_server.dataDirectory()));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
        m_visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        const QString other = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor,
                                     QStringLiteral("Hello, is my order on its way?")));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, other, QStringLiteral("Do you ship to Jakarta?")));
    }

    void anAgentsDay()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), true));
        app::Desktop &desktop = *app.desktop;
        std::unique_ptr<store::Store> &history = app.history;
        ui::MainWindow &window = desktop.window();
        std::optional<bool> resumed;
        desktop.start(false, [&](bool answer) { resumed = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(resumed.has_value(), test::kDeadlineMs);
        QVERIFY(!*resumed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.connectionBanner(), ui::MainWindow::Banner::SignedOut);

        // Sign in through the dialog, typed as the agent would; a wrong
        // password first gets its answer in words and keeps the dialog.
        desktop.askToSignIn();
        ui::SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = window.findChild<ui::SignInDialog *>()) && signIn->isVisible());
        QLineEdit *email = fieldNamed(signIn, QStringLiteral("E-mail"));
        QLineEdit *password = fieldNamed(signIn, QStringLiteral("Password"));
        QVERIFY(email && password);
        QTest::keyClicks(email, QStringLiteral("ana@shop.example"));
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QVERIFY(shoot(*signIn, QStringLiteral("flow-signin.png")).isEmpty());
        QTest::keyClick(password, Qt::Key_Return);
        // What was typed stays, selected, so typing again replaces the password.
        QTRY_VERIFY_WITH_TIMEOUT(password->isEnabled(), test::kDeadlineMs);
        QCOMPARE(password->text(), QStringLiteral("not the password"));
        QCOMPARE(password->selectedText(), password->text());
        QCOMPARE(email->text(), QStringLiteral("ana@shop.example"));
        QVERIFY(signIn->isVisible());
        QVERIFY(shoot(*signIn, QStringLiteral("flow-signin-refused.png")).isEmpty());
        QTest::keyClicks(password, QString::fromUtf8(test::kPassword));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<ui::SignInDialog *>(), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), ui::MainWindow::Banner::None, test::kDeadlineMs);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ana is an admin: the status bar's "while away" switch is hers to turn.
        app::AwayAutopilot &away = desktop.awayAutopilot();
        QTRY_VERIFY(away.button()->isVisible());
        QTRY_COMPARE(away.button()->text(), QStringLiteral("While away: off"));
        QTRY_VERIFY_WITH_TIMEOUT(away.modeAction(protocol::Autopilot::Rules)->isEnabled(), test::kDeadlineMs);
        away.modeAction(protocol::Autopilot::Rules)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(history->reader().workspaceSettings().autopilotAway == protocol::Autopilot::Rules,
                                 test::kDeadlineMs);
        QTRY_COMPARE(away.button()->text(), QStringLiteral("While away: rules"));
        QVERIFY(away.modeAction(protocol::Autopilot::Rules)->isChecked());
        // No AI is set up in this workspace: that choice is not offered.
        QVERIFY(!away.modeAction(protocol::Autopilot::Ai)->isEnabled());

        // The list fills from the sync; the keyboard picks a conversation.
        models::ConversationListModel &conversations = desktop.conversations();
        QTRY_COMPARE_WITH_TIMEOUT(conversations.rowCount(), 2, test::kDeadlineMs);
        QListView *list = window.conversationPane()->listView();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_VERIFY(window.threadPane()->conversationId() != 0);
        if (list->currentIndex().data(models::ConversationListModel::PreviewRole).toString()
            != QLatin1String("Hello, is my order on its way?"))
            QTest::keyClick(list, list->currentIndex().row() == 0 ? Qt::Key_Down : Qt::Key_Up);
        const qint64 conversation = window.threadPane()->conversationId();
        QCOMPARE(list->currentIndex().data(models::ConversationListModel::IdRole).toLongLong(), conversation);
        models::MessageListModel &messages = desktop.messages();
        QTRY_COMPARE(newest(messages).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("Hello, is my order on its way?"));
        QVERIFY(shoot(window, QStringLiteral("flow-list.png")).isEmpty());

        // Ctrl+R, type, Enter: the reply shows at once and gets its tick.
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        ui::Composer *composer = window.threadPane()->composer();
        QTRY_VERIFY(composer->hasFocus());
        QTest::keyClicks(composer, QStringLiteral("Yes, it left this morning."));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(composer->toPlainText().isEmpty());
        QTRY_COMPARE(newest(messages).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("Yes, it left this morning."));
        QTRY_COMPARE_WITH_TIMEOUT(newest(messages).data(models::MessageListModel::StatusRole).toString(),
                                  QStringLiteral("sent"), test::kDeadlineMs);

        // Ctrl+Shift+I: the conversation is the agent's; the list says "You" and Mine has it.
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversation(conversation)->assigneeId, desktop.session().agentId(),
                                  test::kDeadlineMs);
        QTRY_COMPARE(list->currentIndex().data(models::ConversationListModel::AssigneeNameRole).toString(),
                     QStringLiteral("You"));
        window.conversationPane()->setScope(ui::ConversationPane::Scope::Mine);
        QTRY_COMPARE(conversations.rowCount(), 1);
        window.conversationPane()->setScope(ui::ConversationPane::Scope::All);
        QTRY_COMPARE(conversations.rowCount(), 2);
        list->setCurrentIndex(conversations.index(conversations.rowOf(conversation)));
        QTRY_COMPARE(window.threadPane()->conversationId(), conversation);
        composer->setFocus();

        // A file: in the tray, then uploading with progress, then sent with the reply.
        QTemporaryDir files;
        const QString invoice = files.filePath(QStringLiteral("invoice 1042.pdf"));
        {
            QFile file(invoice);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n");
            file.write(QByteArray(300 * 1024, 'x'));
            file.write("\n%%EOF\n");
        }
        ui::AttachmentTray *tray = window.threadPane()->attachmentTray();
        QCOMPARE(tray->addFiles({invoice}), 1);
        QTest::keyClicks(composer, QStringLiteral("Here is your invoice."));
        QVERIFY(shoot(window, QStringLiteral("flow-attachment-ready.png")).isEmpty());
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(tray->isUploading() || tray->count() == 0, test::kDeadlineMs);
        if (tray->isUploading())
            QVERIFY(tray->progressBar(0) && tray->progressBar(0)->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(tray->count(), 0, test::kDeadlineMs);
        QTRY_COMPARE(newest(messages).data(models::MessageListModel::AttachmentCountRole).toInt(), 1);
        QCOMPARE(newest(messages).data(models::MessageListModel::TextRole).toString(),
                 QStringLiteral("Here is your invoice."));
        QTRY_COMPARE_WITH_TIMEOUT(newest(messages).data(models::MessageListModel::StatusRole).toString(),
                                  QStringLiteral("sent"), test::kDeadlineMs);
        QVERIFY(shoot(window, QStringLiteral("flow-attachment-sent.png")).isEmpty());

        // The customer answers: it arrives live in the open thread.
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor, QStringLiteral("Thank you so much!")));
        QTRY_COMPARE_WITH_TIMEOUT(newest(messages).data(models::MessageListModel::TextRole).toString(),
                                  QStringLiteral("Thank you so much!"), test::kDeadlineMs);
        QCOMPARE(newest(messages).data(models::MessageListModel::DirectionRole).toString(), QStringLiteral("in"));

        // The header's switch hands the conversation to the autopilot: the
        // workspace's rule answers the customer, marked as the bot's.
        QToolButton *autopilot = window.threadPane()->autopilotButton();
        QVERIFY(autopilot->isVisible() && !autopilot->isChecked());
        autopilot->click();
        QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversation(conversation)->autopilot, QStringLiteral("rules"),
                                  test::kDeadlineMs);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitor, QStringLiteral("Can I get a refund?")));
        QTRY_COMPARE_WITH_TIMEOUT(newest(messages).data(models::MessageListModel::TextRole).toString(),
                                  QStringLiteral("Refunds take 5 days."), test::kDeadlineMs);
        QCOMPARE(newest(messages).data(models::MessageListModel::AuthorRole).toString(), QStringLiteral("bot"));
        QVERIFY(shoot(window, QStringLiteral("flow-autopilot-answered.png")).isEmpty());

        // The server goes away: a calm banner; the other conversation still
        // opens from this computer, and a reply written now waits in the outbox.
        m_server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionBanner() == ui::MainWindow::Banner::Reconnecting
                                     || window.connectionBanner() == ui::MainWindow::Banner::Offline,
                                 test::kDeadlineMs);
        list->setFocus();
        // The live message moved the first conversation to the top: the other is below it now.
        QTest::keyClick(list, list->currentIndex().row() == 0 ? Qt::Key_Down : Qt::Key_Up);
        QTRY_VERIFY(window.threadPane()->conversationId() != conversation);
        const qint64 other = window.threadPane()->conversationId();
        QTRY_COMPARE(newest(messages).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("Do you ship to Jakarta?"));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("We do, in three to five days."));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(newest(messages).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("We do, in three to five days."));
        QCOMPARE(newest(messages).data(models::MessageListModel::StatusRole).toString(), QStringLiteral("queued"));
        QVERIFY(shoot(window, QStringLiteral("flow-offline.png")).isEmpty());

        // Back: the queued reply leaves by itself, once.
        QVERIFY2(m_server.restart(test::unlimitedWebchat()), qPrintable(m_server.output()));
        if (window.connectionBanner() == ui::MainWindow::Banner::Reconnecting)
            window.bannerWidget()->findChild<QPushButton *>()->click(); // Try now
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBanner(), ui::MainWindow::Banner::None, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(newest(messages).data(models::MessageListModel::StatusRole).toString(),
                                  QStringLiteral("sent"), test::kDeadlineMs);
        int copies = 0;
        for (const store::MessageRow &m : history->reader().newestMessages(other, 50)) {
            if (m.text == QLatin1String("We do, in three to five days."))
                ++copies;
        }
        QCOMPARE(copies, 1);

        // The same window in the dark palette, for a person to look at.
        ui::Appearance::instance().setTheme(ui::Theme::Dark);
        QTest::qWait(50);
        QVERIFY(shoot(window, QStringLiteral("flow-dark.png")).isEmpty());
        ui::Appearance::instance().setTheme(ui::Theme::System);
        desktop.session().signOut();
    }

    // An agent who is not an admin sees the workspace's choice, live, and
    // cannot change it.
    void awaySwitchIsShownToAgentsAndChangedByAdmins()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl(), false, QStringLiteral("omar")));
        app::Desktop &desktop = *app.desktop;
        std::unique_ptr<store::Store> &history = app.history;
        desktop.start(false);
        bool done = false, ok = false;
        desktop.session().signIn(m_server.baseUrl(), QStringLiteral("omar@shop.example"),
                                 QString::fromUtf8(test::kPassword), [&](bool success, const QString &) {
                                     done = true;
                                     ok = success;
                                 });
        QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
        QVERIFY(ok);
        desktop.window().show();
        app::AwayAutopilot &away = desktop.awayAutopilot();
        QTRY_VERIFY_WITH_TIMEOUT(away.button()->isVisible(), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(away.button()->text(), QStringLiteral("While away: rules"), test::kDeadlineMs);
        QVERIFY(!desktop.session().isAdmin());
        for (auto mode : {protocol::Autopilot::Off, protocol::Autopilot::Rules, protocol::Autopilot::Ai})
            QVERIFY(!away.modeAction(mode)->isEnabled());
        QVERIFY(shoot(desktop.window(), QStringLiteral("flow-away-agent.png")).isEmpty());
        // Sent anyway (say, by an older desktop): the server refuses it, in words.
        QTRY_VERIFY_WITH_TIMEOUT(desktop.session().isOnline(), test::kDeadlineMs);
        QString problem;
        QVERIFY(desktop.session().setAwayAutopilot(protocol::Autopilot::Off, [&problem](const QString &why) {
            problem = why.isEmpty() ? QStringLiteral("ok") : why;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), test::kDeadlineMs);
        QCOMPARE(problem, QStringLiteral("Only an admin of the workspace can change this."));
        QVERIFY(history->reader().workspaceSettings().autopilotAway == protocol::Autopilot::Rules);
        desktop.session().signOut();
    }
};

QTEST_MAIN(TestUiFlows)
#include "tst_ui_flows.moc"
