#include "imagecheck.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"

#include "platform/profile.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using relaydesk::Profile;
using relaydesk::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsThreePanesAndIsNotBlank()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.splitter()->count(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(window.splitter()->sizes().at(i) > 0);

        const QImage picture = window.grab().toImage();
        const QString path = relaydesk::test::outputPath(QStringLiteral("mainwindow.png"));
        QVERIFY(picture.save(path));
        const QString reason = relaydesk::test::blankReason(picture);
        QVERIFY2(reason.isEmpty(), qPrintable(reason + QStringLiteral(" in ") + path));
    }

    // Only a profile protected by a passphrase has one to change.
    void passphraseChangeIsOfferedOnlyWhenAvailable()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        QAction *change = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().contains(QStringLiteral("passphrase")))
                change = action;
        }
        QVERIFY(change);
        QVERIFY(!change->isVisible());
        window.setPassphraseChangeAvailable(true);
        QVERIFY(change->isVisible());
        QSignalSpy requested(&window, &MainWindow::changePassphraseRequested);
        change->trigger();
        QCOMPARE(requested.size(), 1);
    }

    void remembersPaneSizesPerProfile()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.filePath(QStringLiteral("a")), nullptr);
        const auto other = Profile::open(root.filePath(QStringLiteral("b")), nullptr);
        QVERIFY(profile && other);
        const QUrl server(QStringLiteral("http://127.0.0.1:8480"));

        QList<int> chosen;
        {
            MainWindow window(*profile, server);
            window.resize(1200, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.splitter()->setSizes({420, 480, 290});
            chosen = window.splitter()->sizes();
            window.close();
        }
        {
            MainWindow again(*profile, server);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QCOMPARE(again.splitter()->sizes(), chosen);
        }
        {
            MainWindow elsewhere(*other, server);
            elsewhere.show();
            QVERIFY(QTest::qWaitForWindowExposed(&elsewhere));
            QVERIFY(elsewhere.splitter()->sizes() != chosen);
        }
    }

    void keyboardReachesTheFilter()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.conversationPane()->filterEdit()));
        // Ctrl+K asks for the message search.
        QSignalSpy search(&window, &MainWindow::searchRequested);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(search.size(), 1);
    }

    void everyShortcutIsUniqueAndListed()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        const QList<QAction *> actions = window.shortcutActions();
        QVERIFY(actions.size() >= 15);
        QSet<QString> keys;
        for (QAction *action : actions) {
            const QString key = action->shortcut().toString();
            QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("%1 is used twice").arg(key)));
            keys.insert(key);
        }
        for (const char *expected : {"Ctrl+K", "Ctrl+F", "Ctrl+E", "Alt+Down", "Alt+Up", "Ctrl+R", "F1"})
            QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
