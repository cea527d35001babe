// The reconnect backoff: full jitter between 0.5 s and a ceiling that doubles
// per failure up to 30 s, back to the start after a success.

#include "net/backoff.h"

#include <QTest>

using relaydesk::net::Backoff;

class TestNetBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheMaximum()
    {
        Backoff backoff(500, 30000, 42);
        const QList<int> expected{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (int ceiling : expected) {
            QCOMPARE(backoff.ceiling(), ceiling);
            backoff.next();
        }
        QCOMPARE(backoff.failures(), expected.size());
    }

    void everyWaitIsWithinItsBounds()
    {
        Backoff backoff(500, 30000, 7);
        for (int i = 0; i < 2000; ++i) {
            const int ceiling = backoff.ceiling();
            const int wait = backoff.next();
            QVERIFY2(wait >= 500 && wait <= ceiling, qPrintable(QStringLiteral("%1 of %2").arg(wait).arg(ceiling)));
        }
    }

    // Full jitter: at the cap the waits spread over the whole range rather
    // than bunching near the top, so clients do not return together.
    void waitsAtTheCapSpreadOverTheRange()
    {
        Backoff backoff(500, 30000, 1234);
        for (int i = 0; i < 10; ++i)
            backoff.next();
        int low = 0, high = 0;
        for (int i = 0; i < 1000; ++i) {
            const int wait = backoff.next();
            low += wait < 10000 ? 1 : 0;
            high += wait > 20000 ? 1 : 0;
        }
        QVERIFY2(low > 200 && high > 200, qPrintable(QStringLiteral("low %1 high %2").arg(low).arg(high)));
    }

    void resetStartsOverAndSeedsRepeat()
    {
        Backoff a(500, 30000, 99);
        Backoff b(500, 30000, 99);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.next(), b.next());
        a.reset();
        QCOMPARE(a.failures(), 0);
        QCOMPARE(a.ceiling(), 500);
        QCOMPARE(a.next(), 500);
    }

    void oddSettingsAreMadeSane()
    {
        Backoff backoff(0, -5, 3);
        QCOMPARE(backoff.ceiling(), 1);
        QCOMPARE(backoff.next(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetBackoff)
#include "tst_net_backoff.moc"
