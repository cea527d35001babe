// @mentions in the composer: offered after "@" only in a note, narrowed by
// any word of a name, written out whole; and which texts mention whom.

#include "widgets/composer.h"
#include "widgets/mentions.h"

#include <QAbstractItemView>
#include <QTest>

using namespace relaydesk::ui;

class TestMentions : public QObject
{
    Q_OBJECT

private slots:
    void whichTextsMentionWhom_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("mentioned");
        QTest::newRow("start") << QStringLiteral("@Rio Santos please look") << QStringLiteral("Rio Santos") << true;
        QTest::newRow("any case") << QStringLiteral("thanks @rio santos!") << QStringLiteral("Rio Santos") << true;
        QTest::newRow("end") << QStringLiteral("over to @Ana") << QStringLiteral("Ana") << true;
        QTest::newRow("first name only") << QStringLiteral("@Rio can you") << QStringLiteral("Rio Santos") << false;
        QTest::newRow("longer word") << QStringLiteral("@Anastasia here") << QStringLiteral("Ana") << false;
        QTest::newRow("an address") << QStringLiteral("mail ana@Ana.example") << QStringLiteral("Ana") << false;
        QTest::newRow("no at") << QStringLiteral("Ana will call") << QStringLiteral("Ana") << false;
        QTest::newRow("Devanagari") << QStringLiteral("@प्रिया देख लीजिए") << QStringLiteral("प्रिया") << true;
        QTest::newRow("empty name") << QStringLiteral("@ hello") << QString() << false;
    }
    void whichTextsMentionWhom()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, mentioned);
        QCOMPARE(MentionCompleter::mentions(text, name), mentioned);
    }

    void offeredInANoteOnly()
    {
        Composer composer;
        composer.setMentionNames({QStringLiteral("Rio Santos"), QStringLiteral("Ana"), QStringLiteral("Bima")});
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        composer.setFocus();
        // A reply to the customer names no colleague.
        QTest::keyClicks(&composer, QStringLiteral("Hi @ri"));
        QVERIFY(!composer.mentions()->isPopupVisible());
        composer.clear();

        composer.setNoteMode(true);
        QTest::keyClicks(&composer, QStringLiteral("Refund? @sa"));
        QTRY_VERIFY(composer.mentions()->isPopupVisible());
        QCOMPARE(composer.mentions()->offered(), QStringList{QStringLiteral("Rio Santos")}); // by its second word
        QTest::keyClick(composer.mentions()->popup(), Qt::Key_Return);
        QTRY_VERIFY(!composer.mentions()->isPopupVisible());
        QCOMPARE(composer.toPlainText(), QStringLiteral("Refund? @Rio Santos "));

        // Esc keeps what was typed; not inside a word (an e-mail address).
        composer.clear();
        QTest::keyClicks(&composer, QStringLiteral("@"));
        QTRY_VERIFY(composer.mentions()->isPopupVisible());
        QCOMPARE(composer.mentions()->offered().size(), 3);
        QTest::keyClick(composer.mentions()->popup(), Qt::Key_Escape);
        QTRY_VERIFY(!composer.mentions()->isPopupVisible());
        QCOMPARE(composer.toPlainText(), QStringLiteral("@"));
        composer.clear();
        QTest::keyClicks(&composer, QStringLiteral("write to ana@a"));
        QVERIFY(!composer.mentions()->isPopupVisible());

        // Back to a reply: the list goes.
        composer.clear();
        QTest::keyClicks(&composer, QStringLiteral("@b"));
        QTRY_VERIFY(composer.mentions()->isPopupVisible());
        composer.setNoteMode(false);
        QVERIFY(!composer.mentions()->isPopupVisible());
    }
};

QTEST_MAIN(TestMentions)
#include "tst_mentions.moc"
