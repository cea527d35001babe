#include "dialogs/passphrasedialog.h"
#include "imagecheck.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

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
        PassphraseDialog dialog(PassphraseDialog::Mode::Unlock,
                                QStringLiteral("That passphrase did not unlock the history."));
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

    void changingNeedsTheCurrentAndADifferentNewPassphrase()
    {
        PassphraseDialog dialog(PassphraseDialog::Mode::Change, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto fields = dialog.findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 3);
        QLineEdit *current = nullptr;
        QLineEdit *next = nullptr;
        QLineEdit *again = nullptr;
        for (QLineEdit *field : fields) {
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            if (field->accessibleName() == QStringLiteral("Current passphrase"))
                current = field;
            else if (field->accessibleName() == QStringLiteral("New passphrase"))
                next = field;
            else
                again = field;
        }
        QVERIFY(current && next && again);
        QVERIFY(!okButton(dialog)->isEnabled());

        // The new one typed twice is not enough without the current one.
        QTest::keyClicks(next, QStringLiteral("a new passphrase"));
        QTest::keyClicks(again, QStringLiteral("a new passphrase"));
        QVERIFY(!okButton(dialog)->isEnabled());
        // Nor is "changing" to the same passphrase.
        QTest::keyClicks(current, QStringLiteral("a new passphrase"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("same as the current"));
        }));
        current->clear();
        QTest::keyClicks(current, QStringLiteral("the old one"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(std::none_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("same as the current"));
        }));
        QCOMPARE(dialog.currentPassphrase(), QStringLiteral("the old one"));
        QCOMPARE(dialog.passphrase(), QStringLiteral("a new passphrase"));

        const QImage picture = dialog.grab().toImage();
        QVERIFY(picture.save(relaydesk::test::outputPath(QStringLiteral("passphrase-change.png"))));
        QVERIFY2(relaydesk::test::blankReason(picture).isEmpty(), qPrintable(relaydesk::test::blankReason(picture)));
    }
};

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"
