// The lead panel through the app as main() builds it (app::Desktop) against
// the real server, in a workspace whose deal currency is the rupiah: every
// stage is named on its pill; a click on a pill moves the lead on the server
// and Undo (its button, or Ctrl+Z in the stages) puts the stage before back
// there; the amount is in the workspace's currency written the locale's way,
// and the panel speaks plainly (no version numbers); another conversation
// opens at the panel's top; Ctrl+Shift+L hides the panel and the profile
// remembers it. What the server holds is read back through its REST.

#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "desktop.h"
#include "mainwindow.h"
#include "session.h"

#include "currentconversation.h"
#include "models/currencies.h"
#include "models/leadmodel.h"
#include "panes/leadpane.h"
#include "panes/leadpipeline.h"
#include "panes/threadpane.h"
#include "store/reader.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace relaydesk;

class TestLeadDesktop : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QByteArray m_bearer;
    QStringList m_stages; // the workspace's pipeline, as the server gives it

    // The customer's lead as the server has it (GET /v1/contacts/{id}).
    QJsonObject serverLead(test::DesktopFixture &app, qint64 conversationId)
    {
        const auto conversation = app.history->reader().conversation(conversationId);
        if (!conversation)
            return {};
        return test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/contacts/%1").arg(conversation->contactId),
                              {}, m_bearer)
            .body.value(QStringLiteral("lead"))
            .toObject();
    }
    QString serverStage(test::DesktopFixture &app, qint64 conversationId)
    {
        return serverLead(app, conversationId).value(QStringLiteral("stage")).toString();
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

    static bool showActive(ui::MainWindow &window)
    {
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Clicks the pill of `stage`, as the agent does.
    static bool clickStage(ui::LeadPipeline *pipeline, const QString &stage)
    {
        const int index = int(pipeline->stages().indexOf(stage));
        if (index < 0)
            return false;
        QTest::mouseClick(pipeline, Qt::LeftButton, {}, pipeline->stageRects().at(index).center());
        return pipeline->current() == stage;
    }

    // How many pixels inside `box` stand out from the pill's own colour (its text).
    static int inkIn(const QImage &image, const QRect &pill)
    {
        const QColor ground = image.pixelColor(pill.left() + 4, pill.center().y());
        int ink = 0;
        const QRect box = pill.adjusted(8, 2, -8, -2);
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - ground.red()) + std::abs(c.green() - ground.green())
                        + std::abs(c.blue() - ground.blue())
                    > 120)
                    ++ink;
            }
        }
        return ink;
    }

    static void save(QWidget &widget, const QString &name)
    {
        const QImage image = widget.grab().toImage();
        QVERIFY2(test::blankReason(image).isEmpty(), qPrintable(test::blankReason(image)));
        QVERIFY(image.save(test::outputPath(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        // The workspace's deal currency, set by its admin as docs/protocol.md says.
        QProcess admin;
        admin.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                    {QStringLiteral("--data-dir"), m_server.dataDirectory(), QStringLiteral("--workspace"),
                     QStringLiteral("Shop"), QStringLiteral("--lead-currency"), QStringLiteral("IDR")});
        QVERIFY(admin.waitForFinished(30000));
        QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());
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
        const test::HttpAnswer pipeline = test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/lead-stages"),
                                                         {}, m_bearer);
        QCOMPARE(pipeline.body.value(QStringLiteral("currency")).toString(), QStringLiteral("IDR"));
        for (const QJsonValue &stage : pipeline.body.value(QStringLiteral("stages")).toArray())
            m_stages.append(stage.toString());
        QVERIFY(m_stages.size() >= 4);
    }

    void stagesAreNamedAndAChangeCanBeUndone()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showActive(window));
        const qint64 id = newCustomer(app, QStringLiteral("Do you do bulk orders of batik?"));
        QVERIFY(id);
        window.current()->open(id);
        ui::LeadPane *pane = window.leadPane();
        QTRY_COMPARE(pane->model()->conversationId(), id);
        QTRY_VERIFY(pane->scrollArea()->isVisible());
        ui::LeadPipeline *pipeline = pane->pipeline();
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->stages(), m_stages, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->current(), serverStage(app, id), test::kDeadlineMs);
        const QString first = pipeline->current();
        QVERIFY(!first.isEmpty());

        // Every stage is named on its pill: inside the pipeline, none over another, each with its words.
        const QVector<QRect> pills = pipeline->stageRects();
        QCOMPARE(pills.size(), m_stages.size());
        const QImage drawn = pipeline->grab().toImage();
        for (int i = 0; i < pills.size(); ++i) {
            QVERIFY(pipeline->rect().contains(pills.at(i)));
            for (int j = i + 1; j < pills.size(); ++j)
                QVERIFY(!pills.at(i).intersects(pills.at(j)));
            QVERIFY2(inkIn(drawn, pills.at(i)) >= 12,
                     qPrintable(
                         QStringLiteral("no name on the pill of %1").arg(ui::LeadPipeline::title(m_stages.at(i)))));
        }
        QVERIFY(pipeline->accessibleDescription().contains(ui::LeadPipeline::title(first)));
        QVERIFY(!pane->stageUndoBar()->isVisible());

        // A click on a pill: the server has the new stage, and Undo is offered.
        const QString second = m_stages.at(2) == first ? m_stages.at(3) : m_stages.at(2);
        QVERIFY(clickStage(pipeline, second));
        QTRY_COMPARE_WITH_TIMEOUT(serverStage(app, id), second, test::kDeadlineMs);
        QVERIFY(pane->stageUndoBar()->isVisible());
        QVERIFY(pane->undoStageButton()->isVisible());
        save(window, QStringLiteral("lead-desktop-undo.png"));

        // Undo's button: the stage before, on the server too.
        QTest::mouseClick(pane->undoStageButton(), Qt::LeftButton);
        QCOMPARE(pipeline->current(), first);
        QTRY_VERIFY(!pane->stageUndoBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(serverStage(app, id), first, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().outboxCount(), 0, test::kDeadlineMs);

        // Ctrl+Z in the stages does the same.
        const QString third = m_stages.constLast() == first ? m_stages.constFirst() : m_stages.constLast();
        QVERIFY(clickStage(pipeline, third));
        QTRY_COMPARE_WITH_TIMEOUT(serverStage(app, id), third, test::kDeadlineMs);
        QVERIFY(pane->stageUndoBar()->isVisible());
        QTRY_VERIFY(pipeline->hasFocus()); // the click gave it the focus, as it does the agent
        QTest::keyClick(pipeline, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(pipeline->current(), first);
        QTRY_COMPARE_WITH_TIMEOUT(serverStage(app, id), first, test::kDeadlineMs);
        QVERIFY(!pane->stageUndoBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().outboxCount(), 0, test::kDeadlineMs);
        QCOMPARE(pipeline->current(), first);
    }

    void theAmountIsInTheWorkspacesCurrencyAndThePanelSpeaksPlainly()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        QVERIFY(showActive(window));
        const qint64 id = newCustomer(app, QStringLiteral("How much for 40 sarongs?"));
        const qint64 other = newCustomer(app, QStringLiteral("Is the shop open on Sunday?"));
        QVERIFY(id && other);
        window.current()->open(id);
        ui::LeadPane *pane = window.leadPane();
        QTRY_COMPARE(pane->model()->conversationId(), id);
        QTRY_VERIFY(pane->scrollArea()->isVisible());

        // A lead without a currency starts in the workspace's: the rupiah, from the full list.
        QTRY_COMPARE_WITH_TIMEOUT(pane->currencyBox()->currentData().toString(), QStringLiteral("IDR"),
                                  test::kDeadlineMs);
        QVERIFY(pane->currencyBox()->count() >= 100);
        QLineEdit *value = pane->valueField();
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("1500000"));
        QTest::keyClick(value, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(serverLead(app, id).value(QStringLiteral("value_minor")).toInteger(),
                                  qint64(150000000), test::kDeadlineMs);
        QCOMPARE(serverLead(app, id).value(QStringLiteral("currency")).toString(), QStringLiteral("IDR"));
        // Written the locale's way, grouped, no cents for the rupiah, letters apart from the digits.
        const QString written = models::Currencies::format(150000000, QStringLiteral("IDR"));
        QTRY_COMPARE_WITH_TIMEOUT(pane->valueText()->text(), written, test::kDeadlineMs);
        QVERIFY(pane->valueText()->isVisible());
        QVERIFY2(written.contains(QLocale().toString(qint64(1500000))), qPrintable(written));
        QVERIFY2(!written.contains(QStringLiteral("IDR1")) && !written.contains(QLocale().decimalPoint()),
                 qPrintable(written));
        value->clearFocus();
        QTRY_COMPARE(value->text(), QLocale().toString(1500000.0, 'f', 0));

        // Plain words: saved with its time, no internal version number anywhere in the panel.
        QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isPending(), test::kDeadlineMs);
        QVERIFY2(pane->statusLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(pane->statusLabel()->text()));
        for (const QLabel *label : pane->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("version"), Qt::CaseInsensitive),
                     qPrintable(label->text()));
        for (const QAbstractButton *button : pane->findChildren<QAbstractButton *>())
            QVERIFY2(!button->text().contains(QStringLiteral("version"), Qt::CaseInsensitive),
                     qPrintable(button->text()));
        // The owner and the assignee, in words.
        QVERIFY2(pane->ownerHint()->text().contains(QStringLiteral("assigned")), qPrintable(pane->ownerHint()->text()));
        save(window, QStringLiteral("lead-desktop-rupiah.png"));

        // Scrolled down, another conversation opens at the panel's top (its name first).
        window.resize(1280, 600);
        QScrollBar *scroll = pane->scrollArea()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        QCOMPARE(scroll->value(), scroll->maximum());
        window.current()->open(other);
        QTRY_COMPARE(pane->model()->conversationId(), other);
        QTRY_COMPARE(scroll->value(), 0);
        scroll->setValue(scroll->maximum());
        window.current()->open(id);
        QTRY_COMPARE(pane->model()->conversationId(), id);
        QTRY_COMPARE(scroll->value(), 0);
        QCOMPARE(window.threadPane()->conversationId(), id);
    }

    void hiddenWithItsShortcutAndRemembered()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        QVERIFY(showActive(app.desktop->window()));
        QVERIFY(app.desktop->window().isLeadShown());
        QVERIFY(app.desktop->window().leadPane()->isVisible());

        // Ctrl+Shift+L: the panel goes, the View menu says so.
        QTest::keyClick(&app.desktop->window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!app.desktop->window().leadPane()->isVisible());
        QVERIFY(!app.desktop->window().isLeadShown());
        QVERIFY(!app.desktop->window().leadShownAction()->isChecked());
        save(app.desktop->window(), QStringLiteral("lead-desktop-hidden.png"));

        // Quit and start again on the same profile: still hidden.
        app.quit();
        QVERIFY(app.open(m_server.baseUrl()));
        QVERIFY(showActive(app.desktop->window()));
        QVERIFY(!app.desktop->window().isLeadShown());
        QVERIFY(!app.desktop->window().leadPane()->isVisible());
        QVERIFY(!app.desktop->window().leadShownAction()->isChecked());

        // Shown again the same way, and that is remembered too.
        QTest::keyClick(&app.desktop->window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(app.desktop->window().leadPane()->isVisible());
        QVERIFY(app.desktop->window().leadShownAction()->isChecked());
        app.quit();
        QVERIFY(app.open(m_server.baseUrl()));
        QVERIFY(showActive(app.desktop->window()));
        QVERIFY(app.desktop->window().isLeadShown());
        QTRY_VERIFY(app.desktop->window().leadPane()->isVisible());
        QVERIFY(app.desktop->window().leadPane()->width() > 100);
    }
};

QTEST_MAIN(TestLeadDesktop)
#include "tst_lead_desktop.moc"
