// The thread and composer features through the app exactly as main() builds
// it (app::Desktop), against the real server and a real keychain: opening a
// conversation with unread messages marks it read on the server while the
// "new messages" line stays; private notes written with the Note switch or
// Ctrl+Shift+N go through the outbox as kind `note`, reach the other agents
// and never the customer, and are allowed when the customer's window is
// closed; the workspace's quick replies come up after "/" and fill the
// composer (offline too); a suggested reply from the workspace's AI (an
// OpenAI-compatible endpoint inside the test) lands in the composer without
// being sent, below a draft rather than over it, and a failure says why;
// the autopilot's changes show as lines across the thread (the server's note
// when a reply paused it, and what changed while the conversation was open).

#include "capturehttp.h"
#include "channelfixture.h"
#include "linkclient.h"

#include "appearance/appearance.h"
#include "desktop.h"
#include "desktopfixture.h"
#include "imagecheck.h"
#include "session.h"

#include "autopilotlines.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/messagedelegate.h"
#include "panes/threadpane.h"
#include "platform/notifier.h"
#include "platform/profile.h"
#include "store/reader.h"
#include "store/store.h"
#include "widgets/composer.h"
#include "widgets/quickreplies.h"
#include "windowactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace relaydesk;

namespace {

// The app over a fresh profile, signed in to the test server, its window active.
struct SignedInApp : test::DesktopFixture
{
    bool open(const QUrl &server, const QString &email)
    {
        if (!DesktopFixture::open(server))
            return false;
        desktop->start(false);
        bool done = false, ok = false;
        desktop->session().signIn(server, email, QString::fromUtf8(test::kPassword),
                                  [&](bool success, const QString &) {
                                      done = true;
                                      ok = success;
                                  });
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        if (!ok)
            return false;
        ui::MainWindow &window = desktop->window();
        window.resize(1200, 760);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    ui::ThreadPane *thread() const { return desktop->window().threadPane(); }

    // Opens a conversation through the list, as a click does.
    bool openConversation(qint64 conversationId)
    {
        models::ConversationListModel &list = desktop->conversations();
        const int row = list.rowOf(conversationId);
        if (row < 0)
            return false;
        desktop->window().conversationPane()->listView()->setCurrentIndex(list.index(row));
        return thread()->conversationId() == conversationId;
    }
};

} // namespace

class TestComposerFeatures : public QObject
{
    Q_OBJECT

    test::ChannelFixture m_shop;
    test::CaptureHttp m_ai;
    QByteArray m_unreadVisitor;
    QByteArray m_noteVisitor;
    qint64 m_unreadConversation = 0;
    qint64 m_noteConversation = 0;
    const QString m_email = QStringLiteral("agent@shop.example");

    QJsonArray serverMessages(qint64 conversationId) { return m_shop.messages(conversationId); }

    // The workspace's quick replies, set with the admin's command; its exit code.
    int setQuickReplies(const QJsonArray &replies)
    {
        const QString path = m_shop.server.dataDirectory() + QStringLiteral("/quick-replies.json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("canned_responses"), replies}}).toJson());
        file.close();
        QProcess admin;
        admin.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                    {QStringLiteral("--data-dir"), m_shop.server.dataDirectory(), QStringLiteral("--workspace"),
                     QStringLiteral("Shop"), QStringLiteral("--canned-responses"), path});
        admin.waitForFinished(30000);
        return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
    }

    static QJsonObject aiSettings(const QUrl &base)
    {
        return QJsonObject{
            {QStringLiteral("autopilot"),
             QJsonObject{{QStringLiteral("ai"),
                          QJsonObject{{QStringLiteral("base_url"), base.toString() + QStringLiteral("/v1")},
                                      {QStringLiteral("model"), QStringLiteral("tiny-model")},
                                      {QStringLiteral("key"), QStringLiteral("sk-test-key")},
                                      {QStringLiteral("timeout_ms"), 5000},
                                      {QStringLiteral("system_prompt"), QStringLiteral("Be brief.")}}}}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_shop.start(test::unlimitedWebchat()), qPrintable(m_shop.server.output()));
        m_unreadVisitor = m_shop.newVisitor();
        for (const char *text : {"Hello?", "I ordered the blue kettle on Monday.", "When does it arrive?"})
            QVERIFY(m_shop.visitorWrites(m_unreadVisitor, QString::fromUtf8(text)));
        m_unreadConversation = m_shop.newestConversation();
        m_noteVisitor = m_shop.newVisitor();
        QVERIFY(m_shop.visitorWrites(m_noteVisitor, QStringLiteral("My parcel is late")));
        m_noteConversation = m_shop.newestConversation();
        QVERIFY(m_unreadConversation && m_noteConversation && m_unreadConversation != m_noteConversation);
        QVERIFY(m_ai.listen());
        m_ai.handler = [](const test::CapturedRequest &) {
            return test::CannedResponse{200, test::chatCompletion(
                                                 QStringLiteral("Your parcel left today; it arrives tomorrow."))};
        };
    }

    // Opening a conversation reads it (on the server too); the line stays
    // above the first of the messages that were new.
    void openingMarksReadAndKeepsTheLine()
    {
        SignedInApp app;
        QVERIFY(app.open(m_shop.server.baseUrl(), m_email));
        QTRY_COMPARE_WITH_TIMEOUT(app.desktop->conversations().rowCount(), 2, test::kDeadlineMs);
        QTRY_VERIFY(app.openConversation(m_unreadConversation));
        const qint64 conversationId = m_unreadConversation;
        // No AI in this workspace yet: no suggestion button.
        QVERIFY(!app.thread()->suggestButton()->isVisible());
        models::MessageListModel &messages = app.desktop->messages();
        // (Opened as soon as it is listed: its messages may still be on their way; the line comes with them.)
        QTRY_COMPARE_WITH_TIMEOUT(messages.unreadMarkerCount(), 3, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 3, test::kDeadlineMs);
        QCOMPARE(messages.index(messages.unreadMarkerRow()).data(models::MessageListModel::TextRole).toString(),
                 QStringLiteral("Hello?"));

        // conversation.read went through the outbox; the server's event brings 0 back.
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(conversationId)->unreadCount, 0,
                                  test::kDeadlineMs);
        QCOMPARE(messages.unreadMarkerCount(), 3);
        QVERIFY(messages.unreadMarkerRow() >= 0);
        QVERIFY(app.desktop->window().grab().toImage().save(test::outputPath(QStringLiteral("features-unread.png"))));

        // A customer writes while the agent looks: read at once, no second line.
        QVERIFY(m_shop.visitorWrites(m_unreadVisitor, QStringLiteral("Hello again")));
        QTRY_COMPARE_WITH_TIMEOUT(
            messages.index(messages.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
            QStringLiteral("Hello again"), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(conversationId)->unreadCount, 0,
                                  test::kDeadlineMs);
        QCOMPARE(messages.index(messages.unreadMarkerRow()).data(models::MessageListModel::TextRole).toString(),
                 QStringLiteral("Hello?"));

        // Away and back: nothing new, no line.
        QVERIFY(app.openConversation(m_noteConversation));
        QVERIFY(app.openConversation(m_unreadConversation));
        QCOMPARE(messages.unreadMarkerRow(), -1);
    }

    void notesGoToAgentsOnly()
    {
        SignedInApp app;
        QVERIFY(app.open(m_shop.server.baseUrl(), m_email));
        QTRY_COMPARE_WITH_TIMEOUT(app.desktop->conversations().rowCount(), 2, test::kDeadlineMs);
        QTRY_VERIFY(app.openConversation(m_noteConversation));
        const qint64 conversationId = m_noteConversation;
        ui::ThreadPane *thread = app.thread();
        ui::Composer *composer = thread->composer();

        // The switch is in the window's menu, with its shortcut.
        bool listed = false;
        for (QAction *action : app.desktop->window().shortcutActions())
            listed = listed || action == thread->noteAction();
        QVERIFY(listed);
        QCOMPARE(thread->noteAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QVERIFY(!thread->noteButton()->accessibleName().isEmpty());
        QVERIFY(!thread->noteButton()->accessibleDescription().isEmpty());

        // Ctrl+Shift+N: the composer says it is a note, and looks it.
        const QColor replyBase = composer->palette().color(QPalette::Base);
        QTest::keyClick(&app.desktop->window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(thread->isNoteMode());
        QVERIFY(thread->noteButton()->isChecked());
        QCOMPARE(composer->placeholderText(), QStringLiteral("Write a private note… (only agents see it)"));
        QCOMPARE(composer->accessibleName(), QStringLiteral("Private note"));
        QVERIFY(composer->palette().color(QPalette::Base) != replyBase);
        QCOMPARE(thread->sendButton()->text(), QStringLiteral("Add &note"));
        QVERIFY(
            app.desktop->window().grab().toImage().save(test::outputPath(QStringLiteral("features-note-mode.png"))));

        // Enter adds the note: through the outbox as kind note, the server keeps it as one.
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Courier says Tuesday; do not promise Monday."));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &m : serverMessages(conversationId)) {
                    if (m[QStringLiteral("text")].toString()
                        == QStringLiteral("Courier says Tuesday; do not promise Monday."))
                        return m[QStringLiteral("kind")].toString() == QStringLiteral("note");
                }
                return false;
            }(),
            test::kDeadlineMs);
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_COMPARE_WITH_TIMEOUT(
            messages.index(messages.rowCount() - 1).data(models::MessageListModel::StatusRole).toString(),
            QStringLiteral("sent"), test::kDeadlineMs);
        QCOMPARE(messages.index(messages.rowCount() - 1).data(models::MessageListModel::KindRole).toString(),
                 QStringLiteral("note"));
        // Still writing notes until switched off; the customer sees nothing of it, and
        // the list still shows what the customer wrote last (a note is not news).
        QVERIFY(thread->isNoteMode());
        QCOMPARE(app.history->reader().conversation(conversationId)->lastPreview, QStringLiteral("My parcel is late"));
        QUrl visitorView = m_shop.server.baseUrl();
        visitorView.setPath(QStringLiteral("/v1/webchat/%1/messages").arg(m_shop.widgetKey));
        visitorView.setQuery(QStringLiteral("after=0"));
        const QJsonArray visible = test::rawCall(visitorView, "GET", {},
                                                 {{"Authorization", "Visitor " + m_noteVisitor}})
                                       .json.value(QStringLiteral("messages"))
                                       .toArray();
        QVERIFY(!visible.isEmpty());
        for (const QJsonValue &m : visible)
            QVERIFY(!m[QStringLiteral("text")].toString().contains(QStringLiteral("Courier")));
        QVERIFY(
            app.desktop->window().grab().toImage().save(test::outputPath(QStringLiteral("features-note-sent.png"))));
        // A dark theme: the note's tint follows it.
        app.desktop->window().setPalette(ui::Appearance::palette(ui::Theme::Dark));
        QTRY_VERIFY(composer->palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(
            app.desktop->window().grab().toImage().save(test::outputPath(QStringLiteral("features-note-dark.png"))));
        app.desktop->window().setPalette(QPalette());
        QTRY_VERIFY(composer->palette().color(QPalette::Base).lightness() > 128);

        // The switch off: a reply again. Another conversation starts as a reply too.
        thread->noteButton()->click();
        QVERIFY(!thread->isNoteMode());
        QCOMPARE(composer->accessibleName(), QStringLiteral("Reply"));
        QCOMPARE(thread->sendButton()->text(), QStringLiteral("&Send"));
        QTest::keyClick(&app.desktop->window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(thread->isNoteMode());
        QVERIFY(app.openConversation(m_unreadConversation));
        QVERIFY(!thread->isNoteMode());
    }

    void quickRepliesAfterASlash()
    {
        const QJsonArray replies{
            QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("hello")},
                        {QStringLiteral("title"), QStringLiteral("Greeting")},
                        {QStringLiteral("text"), QStringLiteral("Hello! How can I help you today?")}},
            QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("hours")},
                        {QStringLiteral("title"), QStringLiteral("Opening hours")},
                        {QStringLiteral("text"), QStringLiteral("We are open Monday to Friday 9:00–18:00.")}},
            QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("shipping")},
                        {QStringLiteral("title"), QStringLiteral("Shipping times")},
                        {QStringLiteral("text"),
                         QStringLiteral("Parcels leave within a day and arrive in two to four days.")}},
            QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("thanks")},
                        {QStringLiteral("title"), QStringLiteral("Thanks")},
                        {QStringLiteral("text"), QStringLiteral("Thank you for shopping with us!")}}};
        QCOMPARE(setQuickReplies(replies), 0);
        SignedInApp app;
        QVERIFY(app.open(m_shop.server.baseUrl(), m_email));
        ui::Composer *composer = app.thread()->composer();
        ui::QuickReplyCompleter *quick = composer->quickReplies();
        // Read after signing in.
        QTRY_COMPARE_WITH_TIMEOUT(quick->replyCount(), 4, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(app.desktop->conversations().rowCount(), 2, test::kDeadlineMs);
        QTRY_VERIFY(app.openConversation(m_noteConversation));
        const int before = serverMessages(m_noteConversation).size();
        composer->setFocus();

        // "/hou": hours, by its shortcut; Enter puts its text in place of the "/hou".
        QTest::keyClicks(composer, QStringLiteral("Hi! /hou"));
        QTRY_VERIFY(quick->isPopupVisible());
        QCOMPARE(quick->offered(), QStringList{QStringLiteral("hours")});
        QVERIFY(!quick->popup()->accessibleName().isEmpty());
        // Over the text box, never over Send; each reply shows the start of its text.
        const QRect listAt = quick->popup()->geometry();
        QPushButton *send = app.thread()->sendButton();
        const QRect sendAt(send->mapToGlobal(QPoint(0, 0)), send->size());
        QVERIFY2(!listAt.intersects(sendAt), qPrintable(QStringLiteral("list %1,%2 %3×%4 over Send")
                                                            .arg(listAt.x())
                                                            .arg(listAt.y())
                                                            .arg(listAt.width())
                                                            .arg(listAt.height())));
        QVERIFY(listAt.right() <= composer->mapToGlobal(QPoint(composer->width(), 0)).x());
        QVERIFY(quick->popup()->sizeHintForRow(0) >= 2 * composer->fontMetrics().height());
        // The list is a window of its own: drawn where it is, over the window.
        QWidget &mainWindow = app.desktop->window();
        QImage both = mainWindow.grab().toImage();
        {
            QPainter painter(&both);
            painter.drawImage(listAt.topLeft() - mainWindow.mapToGlobal(QPoint(0, 0)),
                              quick->popup()->grab().toImage());
        }
        QVERIFY(both.save(test::outputPath(QStringLiteral("features-quick-replies.png"))));
        QTest::keyClick(quick->popup(), Qt::Key_Return);
        QTRY_VERIFY(!quick->isPopupVisible());
        QCOMPARE(composer->toPlainText(), QStringLiteral("Hi! We are open Monday to Friday 9:00–18:00."));

        // By title too ("/open" is in "Opening hours"); shortcuts first ("/h": hello, hours, then titles with an h).
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("/h"));
        QTRY_VERIFY(quick->isPopupVisible());
        QCOMPARE(quick->offered(), (QStringList{QStringLiteral("hello"), QStringLiteral("hours"),
                                                QStringLiteral("shipping"), QStringLiteral("thanks")}));
        QVERIFY(
            quick->popup()->grab().toImage().save(test::outputPath(QStringLiteral("features-quick-replies-h.png"))));
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("/open"));
        QTRY_VERIFY(quick->isPopupVisible());
        QCOMPARE(quick->offered(), QStringList{QStringLiteral("hours")});
        // Tab takes it as well.
        QTest::keyClick(quick->popup(), Qt::Key_Tab);
        QTRY_COMPARE(composer->toPlainText(), QStringLiteral("We are open Monday to Friday 9:00–18:00."));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(composer));

        // Esc closes the list and keeps what was typed; nothing matching, no list.
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("/than"));
        QTRY_VERIFY(quick->isPopupVisible());
        QTest::keyClick(quick->popup(), Qt::Key_Escape);
        QTRY_VERIFY(!quick->isPopupVisible());
        QCOMPARE(composer->toPlainText(), QStringLiteral("/than"));
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("/zzz"));
        QVERIFY(!quick->isPopupVisible());
        // Only at the start of a word: not in "and/or" or an address.
        composer->clear();
        QTest::keyClicks(composer, QStringLiteral("and/h https://shop.example/h"));
        QVERIFY(!quick->isPopupVisible());
        composer->clear();

        // Nothing was sent by any of it.
        QTest::qWait(200);
        QCOMPARE(serverMessages(m_noteConversation).size(), before);

        // Signed out (offline alike), and in a new session: the last ones read are still offered.
        app.desktop->session().signOut();
        QCOMPARE(quick->replyCount(), 4);
        app::Session again(*app.profile, app.history.get(), m_shop.server.baseUrl());
        QCOMPARE(again.cannedResponses().size(), 4);
        QCOMPARE(again.cannedResponses().at(1).shortcut, QStringLiteral("hours"));
    }

    void suggestedReplies()
    {
        QCOMPARE(m_shop.setSettings(aiSettings(m_ai.base())), 0);
        SignedInApp app;
        QVERIFY(app.open(m_shop.server.baseUrl(), m_email));
        ui::ThreadPane *thread = app.thread();
        ui::Composer *composer = thread->composer();
        QTRY_COMPARE_WITH_TIMEOUT(app.desktop->conversations().rowCount(), 2, test::kDeadlineMs);
        QTRY_VERIFY(app.openConversation(m_noteConversation));
        // The workspace has an AI now: the button, its shortcut listed, and what it sends where.
        QTRY_VERIFY_WITH_TIMEOUT(thread->suggestButton()->isVisible(), test::kDeadlineMs);
        QVERIFY(thread->suggestButton()->accessibleDescription().contains(QStringLiteral("AI")));
        QVERIFY(app.desktop->window().shortcutActions().contains(thread->suggestAction()));
        QCOMPARE(thread->suggestAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
        const int before = serverMessages(m_noteConversation).size();
        const qsizetype asked = m_ai.requests.size();

        // Empty composer: the draft fills it, nothing is sent.
        thread->suggestButton()->click();
        QVERIFY(thread->isSuggesting());
        QVERIFY(!thread->suggestButton()->isEnabled());
        QCOMPARE(thread->suggestButton()->text(), QStringLiteral("Suggesting…"));
        QVERIFY(thread->composeNote()->isVisible());
        QVERIFY(
            app.desktop->window().grab().toImage().save(test::outputPath(QStringLiteral("features-suggest-busy.png"))));
        QTRY_COMPARE_WITH_TIMEOUT(composer->toPlainText(),
                                  QStringLiteral("Your parcel left today; it arrives tomorrow."), test::kDeadlineMs);
        QVERIFY(!thread->isSuggesting());
        QVERIFY(thread->suggestButton()->isEnabled());
        QCOMPARE(m_ai.requests.size(), asked + 1);
        QVERIFY(
            app.desktop->window().grab().toImage().save(test::outputPath(QStringLiteral("features-suggested.png"))));
        QTest::qWait(200);
        QCOMPARE(serverMessages(m_noteConversation).size(), before);

        // A draft of the agent's own stays; the suggestion goes below it, selected (Ctrl+Shift+G).
        composer->setPlainText(QStringLiteral("Thanks for waiting."));
        QTest::keyClick(&app.desktop->window(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(thread->isSuggesting());
        QTRY_VERIFY_WITH_TIMEOUT(!thread->isSuggesting(), test::kDeadlineMs);
        QCOMPARE(composer->toPlainText(),
                 QStringLiteral("Thanks for waiting.\n\nYour parcel left today; it arrives tomorrow."));
        QCOMPARE(composer->textCursor().selectedText(), QStringLiteral("Your parcel left today; it arrives tomorrow."));

        // The AI fails: why, in words, and the draft untouched.
        m_ai.handler = [](const test::CapturedRequest &) {
            return test::CannedResponse{503, R"({"error":{"message":"The model is overloaded"}})"};
        };
        composer->setPlainText(QStringLiteral("Still mine."));
        thread->suggestButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!thread->isSuggesting(), test::kDeadlineMs);
        QCOMPARE(composer->toPlainText(), QStringLiteral("Still mine."));
        QVERIFY(thread->composeNote()->isVisible());
        QVERIFY2(thread->composeNote()->text().startsWith(QStringLiteral("No suggestion: ")),
                 qPrintable(thread->composeNote()->text()));
        QVERIFY(thread->composeNote()->text().size() > 30);
        // In a colour that says something went wrong.
        const QColor problemColour = thread->composeNote()->palette().color(thread->composeNote()->foregroundRole());
        QVERIFY2(problemColour.red() > 150 && problemColour.green() < 80, qPrintable(problemColour.name()));
        QVERIFY(app.desktop->window().grab().toImage().save(
            test::outputPath(QStringLiteral("features-suggest-failed.png"))));

        // Not while writing a note: a suggestion is a reply.
        thread->setNoteMode(true);
        QVERIFY(!thread->suggestButton()->isEnabled());
        thread->setNoteMode(false);

        // The workspace's AI taken away (on the server's command line, which makes no event):
        // the next request says so and the button goes.
        QCOMPARE(m_shop.setSettings(QJsonObject{}), 0);
        thread->suggestButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!thread->isSuggesting(), test::kDeadlineMs);
        QVERIFY(!thread->suggestButton()->isVisible());
        QVERIFY(thread->composeNote()->text().contains(QStringLiteral("no AI")));
        m_ai.handler = [](const test::CapturedRequest &) {
            return test::CannedResponse{200, test::chatCompletion(
                                                 QStringLiteral("Your parcel left today; it arrives tomorrow."))};
        };
    }

    void autopilotLinesInTheThread()
    {
        // Something for the autopilot to answer with: without it the switch is refused (not_configured).
        QCOMPARE(m_shop.setSettings(
                     {{QStringLiteral("autopilot"),
                       QJsonObject{{QStringLiteral("fallback"), QStringLiteral("An agent will answer.")}}}}),
                 0);
        SignedInApp app;
        QVERIFY(app.open(m_shop.server.baseUrl(), m_email));
        app.desktop->actions().autopilotLines()->setPauseNoteWaitMs(300);
        QTRY_COMPARE_WITH_TIMEOUT(app.desktop->conversations().rowCount(), 2, test::kDeadlineMs);
        QTRY_VERIFY(app.openConversation(m_unreadConversation));
        const qint64 conversationId = m_unreadConversation;
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_VERIFY_WITH_TIMEOUT(messages.rowCount() > 0, test::kDeadlineMs);
        auto autopilot = [&] { return app.history->reader().conversation(conversationId)->autopilot; };
        QCOMPARE(autopilot(), QStringLiteral("off"));
        // Every line about the autopilot so far, in order: the server's
        // activity lines (kept in the history) and any passing notice.
        auto lines = [&] {
            QStringList texts;
            for (int row = 0; row < messages.rowCount(); ++row) {
                const QModelIndex index = messages.index(row);
                if (index.data(models::MessageListModel::KindRole).toString() == QLatin1String("activity"))
                    texts.append(ui::MessageDelegate::systemLine(index));
                for (const QVariant &notice : index.data(models::MessageListModel::NoticesRole).toList())
                    texts.append(notice.toMap().value(QStringLiteral("text")).toString());
            }
            return texts;
        };

        // The agent's own switch: the server's line says so, and no passing notice doubles it.
        app.thread()->autopilotButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(autopilot(), QStringLiteral("rules"), test::kDeadlineMs);
        QTRY_COMPARE(lines(), QStringList{QStringLiteral("You turned the autopilot on")});

        // Switched on another device of the same agent: the line still says who ("You").
        std::unique_ptr<test::StreamClient> elsewhere = m_shop.stream();
        QVERIFY(elsewhere);
        QVERIFY(test::commandAck(*elsewhere, QStringLiteral("conversation.autopilot"),
                                 {{QStringLiteral("conversation_id"), conversationId},
                                  {QStringLiteral("mode"), QStringLiteral("off")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(autopilot(), QStringLiteral("off"), test::kDeadlineMs);
        QTRY_COMPARE(lines(), (QStringList{QStringLiteral("You turned the autopilot on"),
                                           QStringLiteral("You turned the autopilot off")}));
        QVERIFY(test::commandAck(*elsewhere, QStringLiteral("conversation.autopilot"),
                                 {{QStringLiteral("conversation_id"), conversationId},
                                  {QStringLiteral("mode"), QStringLiteral("rules")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(autopilot(), QStringLiteral("rules"), test::kDeadlineMs);
        QTRY_COMPARE(lines().size(), 3);
        QCOMPARE(lines().constLast(), QStringLiteral("You turned the autopilot on"));

        // A reply while it answers pauses it: the server's line says who, and nothing more.
        ui::Composer *composer = app.thread()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("I will take it from here."));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(autopilot(), QStringLiteral("off"), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(ui::MessageDelegate::systemLine(messages.index(messages.rowCount() - 1)),
                                  QStringLiteral("Autopilot paused: you replied"), test::kDeadlineMs);
        QTest::qWait(600); // past the wait for the server's line
        QCOMPARE(lines().size(), 4);
        // The list shows the reply, not the note (as the server has it).
        QCOMPARE(app.history->reader().conversation(conversationId)->lastPreview,
                 QStringLiteral("I will take it from here."));
        QVERIFY(app.desktop->window().grab().toImage().save(
            test::outputPath(QStringLiteral("features-autopilot-lines.png"))));
    }

    // The customer's window closed: only a template reaches them, but a note still goes.
    void notesGoWhenTheWindowIsClosed()
    {
        ui::ThreadPane pane;
        pane.resize(640, 420);
        pane.showConversation(7, QStringLiteral("Budi"));
        pane.setReplyWindowClosed(true, QStringLiteral("The window is closed."));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.composer()->isEnabled());
        QVERIFY(pane.templateButton()->isVisible());
        QVERIFY(pane.noteButton()->isEnabled());
        QSignalSpy notes(&pane, &ui::ThreadPane::noteRequested);
        QSignalSpy replies(&pane, &ui::ThreadPane::sendRequested);
        pane.noteButton()->click();
        QVERIFY(pane.composer()->isEnabled());
        QVERIFY(pane.sendButton()->isVisible());
        QVERIFY(!pane.templateButton()->isVisible());
        QTest::keyClicks(pane.composer(), QStringLiteral("Call her tomorrow instead."));
        QTest::keyClick(pane.composer(), Qt::Key_Return);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("Call her tomorrow instead."));
        QCOMPARE(replies.size(), 0);
        QVERIFY(pane.grab().toImage().save(test::outputPath(QStringLiteral("features-note-window-closed.png"))));
        // Back to a reply: closed again.
        pane.noteButton()->click();
        QVERIFY(!pane.composer()->isEnabled());
        QVERIFY(pane.templateButton()->isVisible());
    }
};

QTEST_MAIN(TestComposerFeatures)
#include "tst_composer_features.moc"
