// Snooze through the app exactly as main() builds it (app::Desktop) against
// the real server: Ctrl+Shift+S and the keyboard alone snooze the open
// conversation until the customer replies, which the customer's next message
// ends; a timed snooze wakes on the server's own timer and the desktop's copy
// follows. What the server holds is checked through its REST.

#include "desktopfixture.h"
#include "httpcall.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "desktop.h"
#include "mainwindow.h"
#include "session.h"

#include "dialogs/snoozedialog.h"
#include "models/conversationlistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "store/reader.h"

#include <QAction>
#include <QJsonArray>
#include <QListView>
#include <QTest>
#include <QTimer>

using namespace relaydesk;

class TestSnoozeDesktop : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QByteArray m_bearer;

    QJsonObject onServer(qint64 conversationId)
    {
        const test::HttpAnswer answer = test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations"),
                                                       {}, m_bearer);
        for (const QJsonValue &value : answer.body.value(QStringLiteral("conversations")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == conversationId)
                return value.toObject();
        }
        return {};
    }

    static QString onDesktop(test::DesktopFixture &app, qint64 conversationId)
    {
        const auto row = app.history->reader().conversation(conversationId);
        return row ? row->status : QString();
    }

    bool signIn(test::DesktopFixture &app)
    {
        return app.signIn(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
    }

    qint64 newCustomer(test::DesktopFixture &app, const QString &text, QString *visitor)
    {
        *visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        if (!test::customerWrites(m_server.baseUrl(), m_shopKey, *visitor, text))
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

    void untilTheCustomerRepliesByKeyboard()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QString visitor;
        const qint64 id = newCustomer(app, QStringLiteral("I will send the receipt tonight."), &visitor);
        QVERIFY(id);
        QTRY_VERIFY(clickRow(window, id));

        // Ctrl+Shift+S, then Alt+R and Enter in the dialog.
        bool answered = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ui::SnoozeDialog *>(QApplication::activeModalWidget());
            // Keys go where the agent's go: only once the dialog has the focus
            // (on a loaded machine it comes a moment after the dialog shows).
            if (!dialog || answered || !dialog->isActiveWindow() || !dialog->isAncestorOf(QApplication::focusWidget()))
                return;
            answered = true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
            QTRY_VERIFY(dialog->untilReply());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        poll.start(20);
        QTest::keyClick(window.threadPane(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(answered);
        poll.stop();
        QTRY_COMPARE_WITH_TIMEOUT(onServer(id).value(QStringLiteral("status")).toString(), QStringLiteral("snoozed"),
                                  test::kDeadlineMs);
        QVERIFY(onServer(id).value(QStringLiteral("snoozed_until")).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(onDesktop(app, id), QStringLiteral("snoozed"), test::kDeadlineMs);
        QCOMPARE(app.history->reader().conversation(id)->snoozedUntil, 0);

        // The customer writes: open again, on the server and the desktop.
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, QStringLiteral("Here it is.")));
        QTRY_COMPARE_WITH_TIMEOUT(onDesktop(app, id), QStringLiteral("open"), test::kDeadlineMs);
        QCOMPARE(onServer(id).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    }

    void aTimedSnoozeWakesOnTheServersClock()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString visitor;
        const qint64 id = newCustomer(app, QStringLiteral("Call me back in a bit?"), &visitor);
        QVERIFY(id);
        QTRY_VERIFY(clickRow(window, id));
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + 1500;
        emit window.snoozeRequested(until);
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(id)->snoozedUntil, until, test::kDeadlineMs);
        QCOMPARE(onDesktop(app, id), QStringLiteral("snoozed"));
        // No one reopens it: the server does, on time, and the desktop follows.
        QTRY_COMPARE_WITH_TIMEOUT(onDesktop(app, id), QStringLiteral("open"), 8000);
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= until);
        QCOMPARE(app.history->reader().conversation(id)->snoozedUntil, 0);
    }
};

QTEST_MAIN(TestSnoozeDesktop)
#include "tst_snooze_desktop.moc"
