// Activity lines end to end, through the app as main() builds it
// (app::Desktop) against the real server: assigning, the priority, Pending,
// Resolve, Reopen and a snooze made from the desktop each come back as a
// centred line in the thread that says who ("You …"), in English and in
// Hindi; the lines are kept in the history, so a restart of the app shows
// them again; they never move the list's preview.

#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "appearance/appearance.h"
#include "assignment.h"
#include "currentconversation.h"
#include "desktop.h"
#include "mainwindow.h"
#include "session.h"
#include "triage.h"

#include "models/messagelistmodel.h"
#include "panes/messagedelegate.h"
#include "panes/threadheader.h"
#include "panes/threadpane.h"
#include "store/reader.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QTest>
#include <QToolButton>

using namespace relaydesk;

class TestActivityDesktop : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QByteArray m_bearer;

    QString serverField(qint64 conversationId, const char *field)
    {
        const test::HttpAnswer answer = test::httpCall(m_server.baseUrl(), "GET",
                                                       QStringLiteral("/v1/conversations?limit=200"), {}, m_bearer);
        for (const QJsonValue &value : answer.body.value(QStringLiteral("conversations")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == conversationId)
                return value.toObject().value(QLatin1String(field)).toString();
        }
        return {};
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

    // The thread's activity lines, in order, as the delegate words them.
    static QStringList lines(models::MessageListModel &messages)
    {
        QStringList texts;
        for (int row = 0; row < messages.rowCount(); ++row) {
            const QModelIndex index = messages.index(row);
            if (index.data(models::MessageListModel::KindRole).toString() == QLatin1String("activity"))
                texts.append(ui::MessageDelegate::systemLine(index));
        }
        return texts;
    }

    static void shoot(ui::MainWindow &window, const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage picture = window.grab().toImage();
        QVERIFY(picture.save(test::outputPath(name)));
        QDir().mkpath(QStringLiteral("/tmp/helper-activity"));
        picture.save(QStringLiteral("/tmp/helper-activity/") + name);
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
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

    void linesFromTheDesktopInBothLanguagesAndAfterARestart()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        QVERIFY(signIn(app));
        qint64 id = 0;
        const QString question = QStringLiteral("Is the blue dress back in stock?");
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + 2 * 24 * 3600 * 1000LL;
        QStringList english;
        {
            ui::MainWindow &window = app.desktop->window();
            window.resize(1280, 720);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            id = newCustomer(app, question);
            QVERIFY(id);
            window.current()->open(id);
            QTRY_COMPARE(window.threadPane()->conversationId(), id);
            models::MessageListModel &messages = app.desktop->messages();
            ui::ThreadHeader *header = window.threadPane()->header();

            app.desktop->assignment().assignToMeAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(lines(messages), QStringList{QStringLiteral("You assigned it to yourself")},
                                      test::kDeadlineMs);
            app.desktop->triage().priorityAction(QStringLiteral("high"))->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(lines(messages).size(), 2, test::kDeadlineMs);
            QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE_WITH_TIMEOUT(lines(messages).size(), 3, test::kDeadlineMs);
            QTest::mouseClick(header->resolveButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(lines(messages).size(), 4, test::kDeadlineMs);
            QTRY_VERIFY_WITH_TIMEOUT(header->reopenButton()->isVisible(), test::kDeadlineMs);
            QTest::mouseClick(header->reopenButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(lines(messages).size(), 5, test::kDeadlineMs);
            emit window.snoozeRequested(until);
            QTRY_COMPARE_WITH_TIMEOUT(lines(messages).size(), 6, test::kDeadlineMs);
            QTRY_COMPARE_WITH_TIMEOUT(serverField(id, "status"), QStringLiteral("snoozed"), test::kDeadlineMs);

            english = lines(messages);
            QCOMPARE(english.mid(0, 5),
                     (QStringList{QStringLiteral("You assigned it to yourself"),
                                  QStringLiteral("Priority set to High by you"),
                                  QStringLiteral("You set this to Pending"), QStringLiteral("You resolved this"),
                                  QStringLiteral("You reopened this")}));
            QVERIFY2(english.at(5).startsWith(QStringLiteral("Snoozed until ")), qPrintable(english.at(5)));
            QVERIFY2(english.at(5).endsWith(QStringLiteral(" by you")), qPrintable(english.at(5)));
            // Never the list's preview, never unread.
            QCOMPARE(app.history->reader().conversation(id)->lastPreview, question);
            QCOMPARE(app.history->reader().conversation(id)->unreadCount, 0);
            shoot(window, QStringLiteral("activity-lines-en.png"));

            QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("hi")));
            QCoreApplication::processEvents();
            const QStringList hindi = lines(messages);
            QCOMPARE(hindi.mid(0, 5),
                     (QStringList{QStringLiteral("आपने इसे खुद को असाइन किया"),
                                  QStringLiteral("प्राथमिकता उच्च की गई, आपके द्वारा"), QStringLiteral("आपने इसे लंबित किया"),
                                  QStringLiteral("आपने इसे हल किया"), QStringLiteral("आपने इसे फिर से खोला")}));
            QVERIFY2(hindi.at(5).endsWith(QStringLiteral(" तक स्नूज़, आपके द्वारा")), qPrintable(hindi.at(5)));
            window.threadPane()->update();
            shoot(window, QStringLiteral("activity-lines-hi.png"));
            QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("en")));
        }

        // A restart: the history has them, the thread shows them again.
        app.quit();
        QVERIFY(app.open(m_server.baseUrl()));
        int kept = 0;
        for (const store::MessageRow &row : app.history->reader().messagesAfter(id, 0, 100))
            kept += row.kind == QLatin1String("activity") ? 1 : 0;
        QCOMPARE(kept, 6);
        ui::MainWindow &window = app.desktop->window();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        // (The wake time is written as the language chosen now says times.)
        QTRY_COMPARE_WITH_TIMEOUT(lines(app.desktop->messages()).size(), 6, test::kDeadlineMs);
        const QStringList again = lines(app.desktop->messages());
        QCOMPARE(again.mid(0, 5), english.mid(0, 5));
        QVERIFY2(again.at(5).startsWith(QStringLiteral("Snoozed until ")) && again.at(5).endsWith(" by you"),
                 qPrintable(again.at(5)));
        shoot(window, QStringLiteral("activity-lines-after-restart-en.png"));
    }
};

QTEST_MAIN(TestActivityDesktop)
#include "tst_activity_desktop.moc"
