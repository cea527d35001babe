#include "dialogs/passphrasedialog.h"
#include "imagecheck.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using relaydesk::ui::PassphraseDialog;

class TestPassphraseDialog : public QObject
{
    Q_OBJECT

    static QPushButton *okButton(PassphraseDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void choosingNeedsALongEnoughPassphraseTypedTwice()
    {
        PassphraseDialog dialog(PassphraseDialog::Mode::Choose, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto fields = dialog.findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 2);
        for (QLineEdit *field : fields)
            QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClicks(fields.at(0), QStringLiteral("short"));
        QVERIFY(!okButton(dialog)->isEnabled());
        fields.at(0)->clear();
        QTest::keyClicks(fields.at(0), QStringLiteral("long enough phrase"));
        QTest::keyClicks(fields.at(1), QStringLiteral("long enough phrasX"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const auto labels = dialog.findChildren<QLabel *>();
        const bool saysDifferent = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("not the same"));
        });
        QVERIFY(saysDifferent);
        fields.at(1)->clear();
        QTest::keyClicks(fields.at(1), QStringLiteral("long enough phrase"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.passphrase(), QStringLiteral("long enough phrase"));

        const QImage picture = dialog.grab().toImage();
        QVERIFY(picture.save(relaydesk::test::outputPath(QStringLiteral("passphrase-choose.png"))));
        QVERIFY2(relaydesk::test::blankReason(picture).isEmpty(), qPrintable(relaydesk::test::blankReason(picture)));
    }

    void unlockingShowsWhyItAsksAgain()
    {
        PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, QStringLiteral("That passphrase did not unlock the history."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChildren<QLineEdit *>().size(), 1);
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("did not unlock"));
        }));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(), QStringLiteral("x"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClick(dialog.findChild<QLineEdit *>(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"
