// F1 through the app as main() builds it (app::Desktop): every shortcut the
// window really has is listed (the menus' commands, those the app adds to
// them, the panes' own actions and the buttons' Alt+letters such as Mine,
// Unassigned and All), grouped by area; names carry no mnemonic marks in any
// language (Hindi's "(&T)" included) and are never cut (Spanish).

#include "desktopfixture.h"
#include "imagecheck.h"

#include "appearance/appearance.h"
#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace relaydesk;

namespace {

struct Row
{
    QString area;
    QString name;
    QString keys;
};

QList<Row> rowsOf(const ui::ShortcutsDialog &dialog)
{
    QList<Row> rows;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *area = dialog.list()->topLevelItem(i);
        for (int j = 0; j < area->childCount(); ++j)
            rows.append({area->text(0), area->child(j)->text(0), area->child(j)->text(1)});
    }
    return rows;
}

bool listed(const QList<Row> &rows, const QString &name, const QKeySequence &keys)
{
    const QString text = keys.toString(QKeySequence::NativeText);
    return std::any_of(rows.begin(), rows.end(), [&](const Row &row) { return row.name == name && row.keys == text; });
}

// Every action of the window with a shortcut: in its menus (and their
// submenus) or on the window and its panes, not in a menu made for a moment.
QList<QAction *> windowShortcuts(QMainWindow &window)
{
    QSet<const QMenu *> menus;
    QList<const QMenu *> pending;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            pending.append(top->menu());
    }
    while (!pending.isEmpty()) {
        const QMenu *menu = pending.takeFirst();
        menus.insert(menu);
        for (QAction *action : menu->actions()) {
            if (action->menu())
                pending.append(action->menu());
        }
    }
    QList<QAction *> actions;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        for (QObject *owner : action->associatedObjects()) {
            auto *menu = qobject_cast<QMenu *>(owner);
            auto *widget = qobject_cast<QWidget *>(owner);
            if ((menu && menus.contains(menu)) || (!menu && widget && widget->window() == &window)) {
                actions.append(action);
                break;
            }
        }
    }
    return actions;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("en"))); }
    void cleanupTestCase() { ui::Appearance::instance().setLanguage(QStringLiteral("en")); }

    void everyShortcutOfTheWindowIsListed()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        ui::MainWindow &window = app.desktop->window();
        ui::ShortcutsDialog dialog(&window);
        const QList<Row> rows = rowsOf(dialog);

        const QList<QAction *> actions = windowShortcuts(window);
        QVERIFY(actions.size() >= 20);
        for (QAction *action : actions) {
            const QString name = ui::ShortcutsDialog::plainName(action->text());
            QVERIFY2(listed(rows, name, action->shortcut()),
                     qPrintable(QStringLiteral("%1 (%2) is not in F1's list")
                                    .arg(name, action->shortcut().toString(QKeySequence::NativeText))));
        }
        // The app's own additions to the Conversation menu are there too.
        QVERIFY(listed(rows, QStringLiteral("Assign to me"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)));
        QVERIFY(listed(rows, QStringLiteral("Mute notifications"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)));
        // The buttons' Alt+letters: Mine, Unassigned, All in the list's area.
        for (const auto &[name, key] :
             {std::pair{"Mine", Qt::Key_M}, std::pair{"Unassigned", Qt::Key_U}, std::pair{"All", Qt::Key_A}}) {
            const QString keys = QKeySequence(Qt::ALT | key).toString(QKeySequence::NativeText);
            const bool found = std::any_of(rows.begin(), rows.end(), [&](const Row &row) {
                return row.area == QStringLiteral("Conversation list") && row.name == QLatin1String(name)
                       && row.keys == keys;
            });
            QVERIFY2(found, name);
        }
        QVERIFY(listed(rows, QStringLiteral("Send"), QKeySequence(Qt::ALT | Qt::Key_S)));
        QVERIFY(listed(rows, QStringLiteral("Jump to the newest message"), QKeySequence(Qt::CTRL | Qt::Key_End)));
        // Keys the thread and the picture viewer understand themselves.
        for (const auto &[area, keys] :
             {std::pair{"Thread and reply", "[, ]"}, std::pair{"Thread and reply", "Enter, Space"},
              std::pair{"Pictures and videos", "Left, Right"}}) {
            QVERIFY2(std::any_of(rows.begin(), rows.end(),
                                 [&](const Row &row) { return row.area == QLatin1String(area) && row.keys == keys; }),
                     keys);
        }
        // Every button's Alt+letter in the window, whatever it is.
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(button->text());
            if (button->window() != &window || mnemonic.isEmpty())
                continue;
            const QString keys = mnemonic.toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(rows.begin(), rows.end(), [&](const Row &row) { return row.keys == keys; }),
                     qPrintable(keys));
        }

        // Grouped: each area once, in order, none empty.
        QStringList areas;
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
            QVERIFY(dialog.list()->topLevelItem(i)->childCount() > 0);
            areas.append(dialog.list()->topLevelItem(i)->text(0));
        }
        QCOMPARE(areas.first(), QStringLiteral("Conversation list"));
        QVERIFY(areas.contains(QStringLiteral("The open conversation")));
        QVERIFY(areas.contains(QStringLiteral("Thread and reply")));
        QVERIFY(areas.contains(QStringLiteral("Lead panel")));
        QVERIFY(areas.contains(QStringLiteral("Moving around and search")));
        QCOMPARE(areas.last(), QStringLiteral("Window"));
        QCOMPARE(QSet<QString>(areas.begin(), areas.end()).size(), areas.size());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().toImage().save(test::outputPath(QStringLiteral("shortcuts-en.png"))));
    }

    void f1OpensIt()
    {
        test::DesktopFixture app;
        QVERIFY(app.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        ui::MainWindow &window = app.desktop->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool shown = false;
        QTimer::singleShot(0, &window, [&shown] {
            auto *dialog = qobject_cast<ui::ShortcutsDialog *>(QApplication::activeModalWidget());
            shown = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(shown);
    }

    void namesAreWholeInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"hi", "es", "pt_BR", "id"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void namesAreWholeInEveryLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(ui::Appearance::instance().setLanguage(language));
        test::DesktopFixture app;
        QVERIFY(app.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        ui::MainWindow &window = app.desktop->window();
        ui::ShortcutsDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<Row> rows = rowsOf(dialog);
        QVERIFY(rows.size() >= 30);
        // No mnemonic marks: no "&", no "(T)" after a name in another script.
        static const QRegularExpression latinMnemonic(QStringLiteral("\\([A-Za-z]\\)"));
        for (const Row &row : rows) {
            QVERIFY2(!row.name.contains(QLatin1Char('&')) || row.name.contains(QStringLiteral(" & ")),
                     qPrintable(row.name));
            QVERIFY2(!latinMnemonic.match(row.name).hasMatch(), qPrintable(row.name));
            QVERIFY2(!row.name.isEmpty(), qPrintable(row.keys));
        }
        // The scope buttons keep their keys in every language (Hindi writes "(&M)").
        if (language == QLatin1String("hi")) {
            for (Qt::Key key : {Qt::Key_M, Qt::Key_U, Qt::Key_A}) {
                const QString keys = QKeySequence(Qt::ALT | key).toString(QKeySequence::NativeText);
                QVERIFY2(std::any_of(rows.begin(), rows.end(), [&](const Row &row) { return row.keys == keys; }),
                         qPrintable(keys));
            }
        }
        // Nothing cut: every name and key fits its column.
        QTreeWidget *list = dialog.list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *area = list->topLevelItem(i);
            for (int j = 0; j < area->childCount(); ++j) {
                const QTreeWidgetItem *item = area->child(j);
                const QFontMetrics metrics(item->font(0));
                const int nameRoom = list->columnWidth(0) - list->indentation() - 8;
                QVERIFY2(metrics.horizontalAdvance(item->text(0)) <= nameRoom, qPrintable(item->text(0)));
                QVERIFY2(metrics.horizontalAdvance(item->text(1)) <= list->columnWidth(1), qPrintable(item->text(1)));
            }
        }
        QVERIFY(list->columnWidth(0) + list->columnWidth(1) <= list->viewport()->width() + 1);
        QVERIFY(dialog.grab().toImage().save(test::outputPath(QStringLiteral("shortcuts-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
