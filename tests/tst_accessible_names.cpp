// Every control an agent can reach has a name (issue 18, point 1), read the
// way assistive tools read the window: through Qt's accessibility tree, over
// the app as main() builds it (app::Desktop), signed in to the real server
// with a conversation open, in the main window and in each of its dialogs.
// A focusable control without a name is a failure that names the control.

#include "desktopfixture.h"
#include "httpcall.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "currentconversation.h"
#include "desktop.h"
#include "mainwindow.h"
#include "notifications.h"
#include "session.h"

#include "dialogs/passphrasedialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/snoozedialog.h"
#include "dialogs/templatedialog.h"
#include "models/conversationlistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "platform/notifier.h"
#include "store/reader.h"
#include "sync/outboxsender.h"
#include "widgets/announcer.h"
#include "widgets/composer.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace relaydesk;

namespace {

// Where an interface sits, for the failure message: its role, class and
// object name, then its parents'.
QString describe(QAccessibleInterface *iface)
{
    QStringList path;
    for (QAccessibleInterface *at = iface; at && path.size() < 6; at = at->parent()) {
        QObject *object = at->object();
        path.append(QStringLiteral("%1(%2%3)")
                        .arg(int(at->role()))
                        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("-"),
                             object && !object->objectName().isEmpty() ? QStringLiteral(" ") + object->objectName()
                                                                       : QString()));
    }
    return path.join(QStringLiteral(" < "));
}

int g_focusable = 0; // how many were read, so a walk that finds nothing cannot pass

// The focusable, visible interfaces under `root` that have no name.
void collectUnnamed(QAccessibleInterface *root, QStringList *unnamed, int depth = 0)
{
    if (!root || depth > 40)
        return;
    const QAccessible::State state = root->state();
    if (state.invisible || state.offscreen)
        return;
    g_focusable += state.focusable;
    if (state.focusable && root->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(root));
    // A control the keyboard reaches says what kind it is: a bare "client"
    // or "pane" role tells a screen reader nothing about how to use it.
    const QAccessible::Role role = root->role();
    if (state.focusable && (role == QAccessible::Client || role == QAccessible::NoRole || role == QAccessible::Pane))
        unnamed->append(QStringLiteral("no role: ") + describe(root));
    const int count = root->childCount();
    for (int i = 0; i < count && i < 200; ++i) // long lists: their first rows stand for the rest
        collectUnnamed(root->child(i), unnamed, depth + 1);
}

// The same for a dialog, each of its tab pages shown in turn.
void collectEveryPage(QWidget *dialog, QStringList *unnamed)
{
    const auto tabs = dialog->findChildren<QTabWidget *>();
    if (tabs.isEmpty())
        collectUnnamed(QAccessible::queryAccessibleInterface(dialog), unnamed);
    for (QTabWidget *tab : tabs) {
        for (int i = 0; i < tab->count(); ++i) {
            tab->setCurrentIndex(i);
            QCoreApplication::processEvents();
            collectUnnamed(QAccessible::queryAccessibleInterface(dialog), unnamed);
        }
    }
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;

    bool signIn(test::DesktopFixture &app)
    {
        return app.signIn(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
    }

    void everyReachableControlHasAName()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(
            test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, QStringLiteral("Is the shop open today?")));
        QTRY_VERIFY_WITH_TIMEOUT(!app.history->reader().conversations({}, 10).isEmpty(), test::kDeadlineMs);
        const qint64 id = app.history->reader().conversations({}, 10).constFirst().id;
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        QTest::qWait(300);

        QStringList unnamed;
        g_focusable = 0;
        collectUnnamed(QAccessible::queryAccessibleInterface(&window), &unnamed);
        qInfo() << "focusable in the window:" << g_focusable;
        QVERIFY(g_focusable >= 30); // list rows, buttons, fields, the composer, the lead panel
        for (const QString &where : std::as_const(unnamed))
            qWarning().noquote() << "no name:" << where;
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed controls").arg(unnamed.size())));

        // Each dialog the window's commands open ("…"): read while it is up, then closed unchanged.
        QStringList opened;
        for (QAction *action : window.findChildren<QAction *>()) {
            const QString text = action->text();
            const bool opensDialog = text.endsWith(QStringLiteral("…"))
                                     || action->shortcut() == QKeySequence(Qt::Key_F1);
            if (!opensDialog || !action->isEnabled() || action->menu())
                continue;
            QPointer<QWidget> dialog;
            bool read = false;
            QTimer::singleShot(0, this, [&] {
                const auto finish = qScopeGuard([&] { read = true; });
                QDeadlineTimer deadline(5000);
                while (!dialog && !deadline.hasExpired()) {
                    for (QWidget *top : QApplication::topLevelWidgets()) {
                        if (top != &window && top->isVisible() && !qobject_cast<QMenu *>(top) && top->isWindow()
                            && top->windowType() != Qt::ToolTip) {
                            dialog = top;
                        }
                    }
                    if (!dialog)
                        QTest::qWait(20);
                }
                if (!dialog)
                    return;
                QTest::qWait(100);
                if (!dialog)
                    return;
                if (!qobject_cast<QFileDialog *>(dialog)) { // Qt's own, not ours
                    opened.append(QString(text).remove(QLatin1Char('&')));
                    collectEveryPage(dialog, &unnamed);
                }
                if (auto *modal = qobject_cast<QDialog *>(dialog))
                    modal->reject();
                else
                    dialog->close();
            });
            action->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
            QTRY_VERIFY(!dialog || !dialog->isVisible());
        }
        qInfo().noquote() << "dialogs read:" << opened.join(QStringLiteral(", "));
        QVERIFY2(opened.size() >= 5, qPrintable(opened.join(QStringLiteral(", "))));
        for (const QString &where : std::as_const(unnamed))
            qWarning().noquote() << "no name:" << where;
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed controls").arg(unnamed.size())));
    }

    // A bubble reads who wrote it, its text, when, and for the agent's own
    // whether it reached the customer; a list row reads name and preview.
    void bubblesReadWhoWhatWhenAndWhetherDelivered()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, QStringLiteral("Do you ship to Bali?")));
        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &row : app.history->reader().conversations({}, 50))
                    id = row.lastPreview == QLatin1String("Do you ship to Bali?") ? row.id : id;
                return id != 0;
            }(),
            test::kDeadlineMs);
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        QAccessibleInterface *thread = QAccessible::queryAccessibleInterface(window.threadPane()->listView());
        QVERIFY(thread);
        auto spoken = [&](const QString &containing) {
            for (int i = 0; i < thread->childCount(); ++i) {
                const QString name = thread->child(i)->text(QAccessible::Name);
                if (name.contains(containing))
                    return name;
            }
            return QString();
        };
        QTRY_VERIFY(!spoken(QStringLiteral("Do you ship to Bali?")).isEmpty());
        const QString theirs = spoken(QStringLiteral("Do you ship to Bali?"));
        const QString name = app.history->reader().conversation(id)->contactName;
        // "1 new message. Visitor C36D15. Do you ship to Bali? 06:20": who, what, when.
        QVERIFY2(theirs.contains(name + QStringLiteral(". Do you ship to Bali? ")), qPrintable(theirs));
        QVERIFY2(QRegularExpression(QStringLiteral("\\d{1,2}[:.]\\d\\d")).match(theirs).hasMatch(), qPrintable(theirs));

        app.desktop->session().outbox()->sendText(id, QStringLiteral("Yes, in two days."), 0, QString());
        QTRY_VERIFY_WITH_TIMEOUT(spoken(QStringLiteral("Yes, in two days.")).contains(QStringLiteral("Delivered"))
                                     || spoken(QStringLiteral("Yes, in two days.")).contains(QStringLiteral("Sent")),
                                 test::kDeadlineMs);
        const QString mine = spoken(QStringLiteral("Yes, in two days."));
        QVERIFY2(mine.indexOf(QStringLiteral("Yes, in two days.")) < mine.indexOf(QStringLiteral("Sent"))
                     || mine.indexOf(QStringLiteral("Yes, in two days.")) < mine.indexOf(QStringLiteral("Delivered")),
                 qPrintable(mine));

        // The list row: the name, then what was said last.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(window.conversationPane()->listView());
        QVERIFY(list);
        bool found = false;
        for (int i = 0; i < list->childCount() && !found; ++i) {
            const QString row = list->child(i)->text(QAccessible::Name);
            found = row.startsWith(name) && row.contains(QStringLiteral("Yes, in two days."));
        }
        QVERIFY(found);
    }

    // Screen readers hear a reply the server refused, the link going down and
    // coming back, from the window's alert, with the focus left where it was.
    void refusalsAndTheLinkAreAnnounced()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!app.history->reader().conversations({}, 10).isEmpty(), test::kDeadlineMs);
        const qint64 id = app.history->reader().conversations({}, 10).constFirst().id;
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        ui::Announcer *announcer = window.announcer();

        app.desktop->session().outbox()->sendText(id, QString(5000, QLatin1Char('x')), 0, QString());
        QTRY_VERIFY_WITH_TIMEOUT(announcer->lastAnnouncement().startsWith(QStringLiteral("Not sent: ")),
                                 test::kDeadlineMs);

        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionBanner() != ui::MainWindow::Banner::None, test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!announcer->lastAnnouncement().startsWith(QStringLiteral("Not sent")),
                                 test::kDeadlineMs);
        const QString offline = announcer->lastAnnouncement();
        QVERIFY(!offline.isEmpty());
        // The link tries again and again; it is said once, not at each attempt.
        QTest::qWait(3000);
        QCOMPARE(announcer->lastAnnouncement(), offline);
        QVERIFY2(m_server.restart(test::unlimitedWebchat()), qPrintable(m_server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(announcer->lastAnnouncement(), QStringLiteral("Connected again"), 60000);
        QVERIFY(!announcer->focusPolicy());
    }

    // After every action the keyboard is somewhere the agent can see, in the
    // window: sending, moving to the next conversation, a dialog closed, a
    // conversation resolved out of the list, one opened from a notification.
    void focusAlwaysLandsSomewhere()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(m_server.baseUrl()));
        ui::MainWindow &window = app.desktop->window();
        QVERIFY(signIn(app));
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const QString &text : {QStringLiteral("Focus one"), QStringLiteral("Focus two")}) {
            QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, test::newVisitor(m_server.baseUrl(), m_shopKey),
                                         text));
        }
        QTRY_VERIFY_WITH_TIMEOUT(app.history->reader().conversations({}, 50).size() >= 2, test::kDeadlineMs);
        const qint64 first = app.history->reader().conversations({}, 50).constFirst().id;
        const auto landed = [&window](const char *after) {
            QWidget *focus = QApplication::focusWidget();
            const bool ok = focus && focus->isVisible() && focus->window() == &window;
            if (!ok)
                qWarning() << "after" << after << "the focus is on" << focus;
            return ok;
        };
        window.current()->open(first);
        QTRY_COMPARE(window.threadPane()->conversationId(), first);

        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(window.threadPane()->composer()->hasFocus());
        QTest::keyClicks(window.threadPane()->composer(), QStringLiteral("On its way"));
        QTest::keyClick(window.threadPane()->composer(), Qt::Key_Return);
        QTRY_VERIFY(window.threadPane()->composer()->toPlainText().isEmpty());
        QVERIFY(window.threadPane()->composer()->hasFocus()); // ready for the next line
        QVERIFY(landed("sending"));

        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(window.threadPane()->conversationId() != first);
        QTRY_VERIFY(landed("the next conversation"));

        QTimer::singleShot(0, this,
                           [] { QTRY_VERIFY(QApplication::activeModalWidget() || QApplication::activeWindow()); });
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeWindow() && QApplication::activeWindow() != &window);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(QApplication::activeWindow() == &window);
        QTRY_VERIFY(landed("closing search"));

        const qint64 current = window.threadPane()->conversationId();
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier); // resolved: it leaves the Open tab
        QTRY_COMPARE_WITH_TIMEOUT(app.history->reader().conversation(current)->status, QStringLiteral("resolved"),
                                  test::kDeadlineMs);
        QTRY_VERIFY(app.desktop->conversations().rowOf(current) < 0); // gone from the Open tab
        QVERIFY(landed("resolving"));

        emit app.desktop->notifications().notifier()->openRequested(first);
        QTRY_COMPARE(window.threadPane()->conversationId(), first);
        QTRY_VERIFY(landed("opening from a notification"));
    }

    // The dialogs that come before or beside the window: sign-in, the
    // history's passphrase in each of its modes, a template to send.
    void dialogsOutsideTheWindowHaveNames()
    {
        QStringList unnamed;
        auto read = [&](QDialog &dialog) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            collectEveryPage(&dialog, &unnamed);
            dialog.reject();
        };
        ui::SignInDialog signIn(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
        read(signIn);
        for (const auto mode : {ui::PassphraseDialog::Mode::Choose, ui::PassphraseDialog::Mode::Unlock,
                                ui::PassphraseDialog::Mode::Change}) {
            ui::PassphraseDialog passphrase(mode, QStringLiteral("That passphrase does not open this history."));
            read(passphrase);
        }
        ui::TemplateDialog templates(
            {{QStringLiteral("order_update"), QStringLiteral("en"), QStringLiteral("Your order {{1}} ships {{2}}."), 2},
             {QStringLiteral("greeting"), QStringLiteral("id"), QStringLiteral("Halo {{1}}!"), 1}});
        read(templates);
        ui::SnoozeDialog snooze(QDateTime::currentDateTime());
        read(snooze);
        for (const QString &where : std::as_const(unnamed))
            qWarning().noquote() << "no name:" << where;
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed controls").arg(unnamed.size())));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessible_names.moc"
