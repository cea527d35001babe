// The snooze dialog: its presets in the zone and locale it is given, no two
// at the same moment, "until the customer replies", another date and time
// kept as chosen and never in the past, and everything by keyboard alone.
// Its picture is saved in the build tree.

#include "imagecheck.h"

#include "dialogs/snoozedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace relaydesk;
using Kind = models::SnoozePreset::Kind;

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

const QLocale &german()
{
    static const QLocale locale(QStringLiteral("de_DE"));
    return locale;
}

QSet<QString> choiceTexts(const ui::SnoozeDialog &dialog)
{
    QSet<QString> texts;
    for (QRadioButton *choice : dialog.findChildren<QRadioButton *>())
        texts.insert(choice->text());
    return texts;
}

} // namespace

class TestSnoozeDialog : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreOfferedOnce()
    {
        // A Sunday where weeks start on Monday: tomorrow and next week are one moment, offered once.
        const QDateTime sunday(QDate(2026, 12, 6), QTime(10, 0), berlin());
        ui::SnoozeDialog dialog(sunday, berlin(), german());
        const QList<models::SnoozePreset> presets = dialog.presets();
        QCOMPARE(presets.size(), 3);
        QCOMPARE(dialog.findChildren<QRadioButton *>().size(), presets.size() + 2);
        QCOMPARE(choiceTexts(dialog).size(), presets.size() + 2);
        // Tomorrow morning is chosen to start with, in the dialog's zone.
        QCOMPARE(dialog.until(), QDateTime(QDate(2026, 12, 7), QTime(9, 0), berlin()));
        QCOMPARE(dialog.untilMs(), dialog.until().toMSecsSinceEpoch());
        QVERIFY(!dialog.untilReply());
        dialog.choose(0);
        QCOMPARE(dialog.until(), sunday.addSecs(3600));
        QVERIFY(dialog.problem().isEmpty());
    }

    void untilTheCustomerReplies()
    {
        ui::SnoozeDialog dialog(QDateTime::currentDateTime(), berlin(), german());
        dialog.choose(dialog.replyChoice());
        QVERIFY(dialog.untilReply());
        QCOMPARE(dialog.untilMs(), 0);
        QCOMPARE(dialog.until().toMSecsSinceEpoch(), 0); // what an older window sends: no time
        QVERIFY(dialog.problem().isEmpty());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
    }

    void anotherTimeStaysAsChosenAndNeverPast()
    {
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(berlin());
        ui::SnoozeDialog dialog(now, berlin(), german());
        QDateTimeEdit *edit = dialog.customEdit();
        // The date and time typed are the moment, on the zone's clock.
        const QDate day = now.date().addDays(12);
        edit->setDate(day);
        edit->setTime(QTime(14, 45));
        QVERIFY(dialog.choiceButton(dialog.customChoice())->isChecked());
        QCOMPARE(dialog.until(), QDateTime(day, QTime(14, 45), berlin()));
        QVERIFY(dialog.problem().isEmpty());
        // The editor goes no earlier than now.
        edit->setDateTime(edit->minimumDateTime().addDays(-2));
        QVERIFY(edit->dateTime() >= edit->minimumDateTime());

        // A time that passes while the dialog is open is refused on Snooze, with words.
        const QDateTime minute(QDate(2026, 12, 10), QTime(10, 0), berlin());
        ui::SnoozeDialog late(minute.addMSecs(-500), berlin(), german());
        late.customEdit()->setDateTime(QDateTime(minute.date(), minute.time(), Qt::UTC));
        QVERIFY(late.choiceButton(late.customChoice())->isChecked());
        QCOMPARE(late.until(), minute);
        QVERIFY(late.problem().isEmpty());
        QTest::qWait(1100);
        QSignalSpy accepted(&late, &QDialog::accepted);
        late.accept();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(late.problem().contains(QStringLiteral("passed")), qPrintable(late.problem()));
        QVERIFY(!late.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void aTimeTheClocksSkipIsRefused()
    {
        // 02:30 on the night Berlin springs forward does not exist.
        const QDateTime now(QDate(2026, 3, 28), QTime(12, 0), berlin());
        ui::SnoozeDialog dialog(now, berlin(), german());
        dialog.customEdit()->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
        QVERIFY(dialog.choiceButton(dialog.customChoice())->isChecked());
        QVERIFY2(dialog.problem().contains(QStringLiteral("does not exist")), qPrintable(dialog.problem()));
        dialog.customEdit()->setTime(QTime(3, 30));
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.until(), QDateTime(QDate(2026, 3, 29), QTime(3, 30), berlin()));
    }

    void keyboardAlone()
    {
        const QDateTime wednesday(QDate(2026, 11, 25), QTime(15, 20), berlin());
        ui::SnoozeDialog dialog(wednesday, berlin(), german());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<models::SnoozePreset> presets = dialog.presets();
        int tomorrow = -1;
        for (int i = 0; i < presets.size(); ++i) {
            if (presets.at(i).kind == Kind::Tomorrow)
                tomorrow = i;
        }
        // The usual choice has the focus; the arrows move between the choices.
        QCOMPARE(QApplication::focusWidget(), dialog.choiceButton(tomorrow));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QVERIFY(dialog.choiceButton(tomorrow - 1)->isChecked());
        QCOMPARE(dialog.until(), presets.at(tomorrow - 1).at);
        while (!dialog.untilReply())
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dialog.choiceButton(dialog.replyChoice()));
        // Down once more is another time; Tab goes to its date and time.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY(dialog.choiceButton(dialog.customChoice())->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.customEdit());
        const QDateTime before = dialog.until();
        QTest::keyClick(dialog.customEdit(), Qt::Key_Up); // the first section, the day, one up
        QCOMPARE(dialog.until(), before.addDays(1));
        // Alt+R picks "until the customer replies"; Enter snoozes.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(dialog.untilReply()); // a mnemonic animates the click
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);

        // Escape cancels.
        ui::SnoozeDialog other(wednesday, berlin(), german());
        other.show();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QSignalSpy rejected(&other, &QDialog::rejected);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
    }

    void picture()
    {
        const QDateTime wednesday(QDate(2026, 11, 25), QTime(15, 20), berlin());
        ui::SnoozeDialog dialog(wednesday, berlin(), QLocale(QStringLiteral("en_GB")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(choiceTexts(dialog).contains(QStringLiteral("Tomorrow — Thu 09:00")));
        QVERIFY(dialog.grab().toImage().save(test::outputPath(QStringLiteral("snooze.png"))));
    }
};

QTEST_MAIN(TestSnoozeDialog)
#include "tst_snoozedialog.moc"
