// Deal currencies: the full list from Qt's CLDR data, symbols and names the
// agent reads, amounts written the agent's way, and the default.

#include "models/currencies.h"

#include <QTest>

using namespace relaydesk::models;

class TestCurrencies : public QObject
{
    Q_OBJECT

private slots:
    void theListIsFullAndSorted()
    {
        const QStringList &codes = Currencies::codes();
        QVERIFY2(codes.size() >= 100, qPrintable(QString::number(codes.size())));
        for (const char *code : {"IDR", "USD", "EUR", "GBP", "INR", "BRL", "MXN", "JPY", "AED", "SAR", "NGN", "PHP"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QStringList sorted = codes;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(codes, sorted);
        for (const QString &code : codes) {
            QCOMPARE(code.size(), 3);
            QVERIFY(!Currencies::symbol(code).isEmpty());
        }
        QVERIFY(!Currencies::isKnown(QStringLiteral("XYZ")));
        QCOMPARE(Currencies::symbol(QStringLiteral("XYZ")), QStringLiteral("XYZ"));
    }

    void namesInTheAgentsLanguageWhereKnown()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Currencies::name(QStringLiteral("EUR"), english), QStringLiteral("Euro"));
        QCOMPARE(Currencies::name(QStringLiteral("USD"), english), QStringLiteral("US Dollar"));
        // The rupiah, for an Indonesian agent, in Indonesian.
        QCOMPARE(Currencies::name(QStringLiteral("IDR"), QLocale(QLocale::Indonesian, QLocale::Indonesia)),
                 QStringLiteral("Rupiah Indonesia"));
        // Something is always said, in the currency's own country's words when not in the agent's.
        QVERIFY(!Currencies::name(QStringLiteral("IDR"), QLocale(QLocale::Hindi, QLocale::India)).isEmpty());
    }

    void amountsAreWrittenTheAgentsWay_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00A0));
        QTest::newRow("dollars in the US") << QLocale(QLocale::English, QLocale::UnitedStates) << qint64(14990)
                                           << QStringLiteral("USD") << QStringLiteral("$149.90");
        QTest::newRow("rupiah in Indonesia, no cents")
            << QLocale(QLocale::Indonesian, QLocale::Indonesia) << qint64(150000000) << QStringLiteral("IDR")
            << QStringLiteral("Rp") + nbsp + QStringLiteral("1.500.000");
        QTest::newRow("euros in Germany")
            << QLocale(QLocale::German, QLocale::Germany) << qint64(14990) << QStringLiteral("EUR")
            << QStringLiteral("149,90") + nbsp + QStringLiteral("€");
        QTest::newRow("yen have no minor unit") << QLocale(QLocale::Japanese, QLocale::Japan) << qint64(123400)
                                                << QStringLiteral("JPY") << QStringLiteral("￥1,234");
        QTest::newRow("rupees in India") << QLocale(QLocale::English, QLocale::India) << qint64(12345678)
                                         << QStringLiteral("INR") << QStringLiteral("₹1,23,456.78");
    }
    void amountsAreWrittenTheAgentsWay()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, hundredths);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(Currencies::format(hundredths, code, locale), expected);
    }

    void lettersNeverTouchTheDigits()
    {
        // A symbol of letters (here a code the locale has no sign for) is kept apart from the number.
        const QString text = Currencies::format(14990, QStringLiteral("XYZ"),
                                                QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(text, QStringLiteral("XYZ") + QChar(0x00A0) + QStringLiteral("149.90"));
        QCOMPARE(Currencies::format(14990, QString()), QString());
    }

    void theDefaultIsTheAgentsLocales()
    {
        QCOMPARE(Currencies::localDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia)), QStringLiteral("IDR"));
        QCOMPARE(Currencies::localDefault(QLocale(QLocale::Portuguese, QLocale::Brazil)), QStringLiteral("BRL"));
        QCOMPARE(Currencies::localDefault(QLocale::c()), QStringLiteral("USD"));
    }
};

QTEST_MAIN(TestCurrencies)
#include "tst_currencies.moc"
