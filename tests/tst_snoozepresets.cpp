// The snooze presets (models/snoozepresets.h) in explicit time zones and
// locales: weekends by the locale's working days, next week by its first day
// of week, month and year ends, the DST changes of Europe/Berlin and
// America/New_York, and, over a whole year, never two presets at the same
// moment and never one in the past.

#include "models/snoozepresets.h"

#include <QTest>

using relaydesk::models::SnoozePreset;
using relaydesk::models::snoozePresets;
using relaydesk::models::wakeMoment;
using Kind = SnoozePreset::Kind;

Q_DECLARE_METATYPE(QList<Kind>)

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

const QTimeZone &newYork()
{
    static const QTimeZone zone("America/New_York");
    return zone;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QList<Kind> kinds(const QList<SnoozePreset> &presets)
{
    QList<Kind> list;
    for (const SnoozePreset &preset : presets)
        list.append(preset.kind);
    return list;
}

QDateTime presetAt(const QList<SnoozePreset> &presets, Kind kind)
{
    for (const SnoozePreset &preset : presets) {
        if (preset.kind == kind)
            return preset.at.toUTC();
    }
    return {};
}

} // namespace

class TestSnoozePresets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(berlin().isValid());
        QVERIFY(newYork().isValid());
    }

    // Each row: local now in a zone and locale, the kinds offered, and the
    // moments (UTC) of Tomorrow and Next week.
    void presets_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QList<Kind>>("expected");
        QTest::addColumn<QDateTime>("tomorrow");
        QTest::addColumn<QDateTime>("nextWeek");
        const QList<Kind> weekday{Kind::InAnHour, Kind::LaterToday, Kind::Tomorrow, Kind::ThisWeekend, Kind::NextWeek};

        // A Wednesday afternoon in Berlin (weeks from Monday, weekend Saturday and Sunday).
        QTest::newRow("wednesday") << QDateTime(QDate(2026, 11, 25), QTime(15, 20), berlin()) << "Europe/Berlin"
                                   << "de_DE" << weekday << utc("2026-11-26T08:00:00Z") << utc("2026-11-30T08:00:00Z");
        // Friday: tomorrow is the weekend, said once.
        QTest::newRow("friday") << QDateTime(QDate(2026, 12, 4), QTime(10, 0), berlin()) << "Europe/Berlin"
                                << "de_DE"
                                << QList<Kind>{Kind::InAnHour, Kind::LaterToday, Kind::Tomorrow, Kind::NextWeek}
                                << utc("2026-12-05T08:00:00Z") << utc("2026-12-07T08:00:00Z");
        // Saturday: no "this weekend" on the weekend; tomorrow Sunday, next week Monday.
        QTest::newRow("saturday") << QDateTime(QDate(2026, 12, 5), QTime(10, 0), berlin()) << "Europe/Berlin"
                                  << "de_DE"
                                  << QList<Kind>{Kind::InAnHour, Kind::LaterToday, Kind::Tomorrow, Kind::NextWeek}
                                  << utc("2026-12-06T08:00:00Z") << utc("2026-12-07T08:00:00Z");
        // Sunday where weeks start on Monday: tomorrow is next week, offered once.
        QTest::newRow("sunday, week from Monday")
            << QDateTime(QDate(2026, 12, 6), QTime(10, 0), berlin()) << "Europe/Berlin"
            << "de_DE" << QList<Kind>{Kind::InAnHour, Kind::LaterToday, Kind::Tomorrow} << utc("2026-12-07T08:00:00Z")
            << QDateTime();
        // Sunday where weeks start on Sunday (en_US): next week is the Monday after tomorrow's.
        QTest::newRow("sunday, week from Sunday")
            << QDateTime(QDate(2026, 12, 6), QTime(10, 0), newYork()) << "America/New_York"
            << "en_US" << QList<Kind>{Kind::InAnHour, Kind::LaterToday, Kind::Tomorrow, Kind::NextWeek}
            << utc("2026-12-07T14:00:00Z") << utc("2026-12-14T14:00:00Z");
        // Late on the last day of a month, and of the year.
        QTest::newRow("month end") << QDateTime(QDate(2026, 4, 30), QTime(19, 0), berlin()) << "Europe/Berlin"
                                   << "de_DE"
                                   << QList<Kind>{Kind::InAnHour, Kind::Tomorrow, Kind::ThisWeekend, Kind::NextWeek}
                                   << utc("2026-05-01T07:00:00Z") << utc("2026-05-04T07:00:00Z");
        QTest::newRow("year end") << QDateTime(QDate(2026, 12, 31), QTime(23, 30), berlin()) << "Europe/Berlin"
                                  << "de_DE"
                                  << QList<Kind>{Kind::InAnHour, Kind::Tomorrow, Kind::ThisWeekend, Kind::NextWeek}
                                  << utc("2027-01-01T08:00:00Z") << utc("2027-01-04T08:00:00Z");
        // Before the working day: this morning too.
        QTest::newRow("early morning") << QDateTime(QDate(2026, 12, 1), QTime(5, 10), berlin()) << "Europe/Berlin"
                                       << "de_DE" << QList<Kind>{Kind::InAnHour, Kind::ThisMorning, Kind::LaterToday,
                                                                 Kind::Tomorrow, Kind::ThisWeekend, Kind::NextWeek}
                                       << utc("2026-12-02T08:00:00Z") << utc("2026-12-07T08:00:00Z");
        // The nights the clocks change: tomorrow 9:00 is 9:00 on the new offset.
        QTest::newRow("Berlin spring forward")
            << QDateTime(QDate(2026, 3, 28), QTime(22, 30), berlin()) << "Europe/Berlin"
            << "de_DE" << QList<Kind>{Kind::InAnHour, Kind::Tomorrow, Kind::NextWeek} << utc("2026-03-29T07:00:00Z")
            << utc("2026-03-30T07:00:00Z");
        QTest::newRow("Berlin fall back") << QDateTime(QDate(2026, 10, 24), QTime(20, 0), berlin()) << "Europe/Berlin"
                                          << "de_DE" << QList<Kind>{Kind::InAnHour, Kind::Tomorrow, Kind::NextWeek}
                                          << utc("2026-10-25T08:00:00Z") << utc("2026-10-26T08:00:00Z");
        QTest::newRow("New York spring forward")
            << QDateTime(QDate(2026, 3, 7), QTime(20, 0), newYork()) << "America/New_York"
            << "en_US" << QList<Kind>{Kind::InAnHour, Kind::Tomorrow, Kind::NextWeek} << utc("2026-03-08T13:00:00Z")
            << utc("2026-03-09T13:00:00Z");
        QTest::newRow("New York fall back")
            << QDateTime(QDate(2026, 10, 31), QTime(20, 0), newYork()) << "America/New_York"
            << "en_US" << QList<Kind>{Kind::InAnHour, Kind::Tomorrow, Kind::NextWeek} << utc("2026-11-01T14:00:00Z")
            << utc("2026-11-02T14:00:00Z");
    }

    void presets()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, zone);
        QFETCH(QString, locale);
        QFETCH(QList<Kind>, expected);
        QFETCH(QDateTime, tomorrow);
        QFETCH(QDateTime, nextWeek);
        const QTimeZone tz(zone.toLatin1());
        const QList<SnoozePreset> presets = snoozePresets(now, tz, QLocale(locale));
        QCOMPARE(kinds(presets), expected);
        QCOMPARE(presetAt(presets, Kind::Tomorrow), tomorrow);
        QCOMPARE(presetAt(presets, Kind::NextWeek), nextWeek);
        // In an hour is an hour of real time, to the minute, whatever the clocks do.
        const QDateTime hour = presetAt(presets, Kind::InAnHour);
        QVERIFY(now.secsTo(hour) > 59 * 60 && now.secsTo(hour) <= 3600);
        for (const SnoozePreset &preset : presets) {
            QCOMPARE(preset.at.timeZone(), tz);
            if (preset.kind != Kind::InAnHour)
                QCOMPARE(preset.at.time(), QTime(preset.kind == Kind::LaterToday ? 18 : 9, 0));
        }
    }

    void inAnHourAcrossTheChange()
    {
        // 01:30 on the night Berlin springs forward: an hour later reads 03:30.
        const QDateTime spring(QDate(2026, 3, 29), QTime(1, 30), berlin());
        const QDateTime hour = snoozePresets(spring, berlin(), QLocale(QStringLiteral("de_DE"))).first().at;
        QCOMPARE(spring.secsTo(hour), 3600);
        QCOMPARE(hour.time(), QTime(3, 30));
        // 02:30 summer time on the night it falls back: an hour later reads 02:30 again.
        const QDateTime fall = utc("2026-10-25T00:30:00Z").toTimeZone(berlin());
        QCOMPARE(fall.time(), QTime(2, 30));
        const QDateTime later = snoozePresets(fall, berlin(), QLocale(QStringLiteral("de_DE"))).first().at;
        QCOMPARE(fall.secsTo(later), 3600);
        QCOMPARE(later.time(), QTime(2, 30));
    }

    void theLocalesWorkingWeek()
    {
        // Saudi Arabia: weeks from Sunday, the weekend Friday and Saturday.
        const QLocale saudi(QStringLiteral("ar_SA"));
        if (saudi.weekdays().contains(Qt::Friday) || saudi.firstDayOfWeek() != Qt::Sunday)
            QSKIP("this Qt's locale data has another week for ar_SA");
        const QTimeZone riyadh("Asia/Riyadh");
        const QDateTime thursday(QDate(2026, 12, 3), QTime(10, 0), riyadh);
        const QList<SnoozePreset> presets = snoozePresets(thursday, riyadh, saudi);
        QCOMPARE(kinds(presets), (QList<Kind>{Kind::InAnHour, Kind::LaterToday, Kind::Tomorrow, Kind::NextWeek}));
        QCOMPARE(presetAt(presets, Kind::Tomorrow).toTimeZone(riyadh).date(), QDate(2026, 12, 4));
        QCOMPARE(presetAt(presets, Kind::NextWeek).toTimeZone(riyadh).date(), QDate(2026, 12, 6)); // Sunday
    }

    void neverTwiceTheSameMomentNorInThePast()
    {
        // Every 20 minutes of a year, in both zones and with both weeks.
        for (const auto &[zone, locale] : {std::pair{berlin(), QLocale(QStringLiteral("de_DE"))},
                                           std::pair{newYork(), QLocale(QStringLiteral("en_US"))}}) {
            const QDateTime start(QDate(2026, 1, 1), QTime(0, 7), zone);
            for (qint64 step = 0; step < 366 * 72; ++step) {
                const QDateTime now = start.addSecs(step * 20 * 60);
                const QList<SnoozePreset> presets = snoozePresets(now, zone, locale);
                QVERIFY2(presets.size() >= 2, qPrintable(now.toString(Qt::ISODate)));
                QCOMPARE(presets.first().kind, Kind::InAnHour);
                QVERIFY(presetAt(presets, Kind::Tomorrow).isValid());
                for (int i = 0; i < presets.size(); ++i) {
                    QVERIFY2(presets.at(i).at > now, qPrintable(now.toString(Qt::ISODate)));
                    if (i > 0)
                        QVERIFY2(presets.at(i - 1).at < presets.at(i).at, qPrintable(now.toString(Qt::ISODate)));
                }
            }
        }
    }

    void badInputGivesNothing()
    {
        QVERIFY(snoozePresets(QDateTime(), berlin(), QLocale()).isEmpty());
        QVERIFY(snoozePresets(QDateTime::currentDateTime(), QTimeZone("Nowhere/Atlantis"), QLocale()).isEmpty());
    }

    // The wake time to the minute in every locale, even where the short time
    // format has seconds (the C locale's "HH:mm:ss").
    void wakeMomentIsToTheMinute_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("shown");
        QTest::newRow("C, today") << QStringLiteral("C") << QDateTime(QDate(2026, 3, 6), QTime(17, 0, 30))
                                  << QStringLiteral("17:00");
        QTest::newRow("C, Monday") << QStringLiteral("C") << QDateTime(QDate(2026, 3, 9), QTime(9, 0))
                                   << QStringLiteral("Mon 09:00");
        QTest::newRow("C, later") << QStringLiteral("C") << QDateTime(QDate(2026, 3, 20), QTime(9, 0))
                                  << QLocale::c().toString(QDate(2026, 3, 20), QLocale::ShortFormat)
                                         + QStringLiteral(" 09:00");
        QTest::newRow("de, Monday") << QStringLiteral("de_DE") << QDateTime(QDate(2026, 3, 9), QTime(9, 0))
                                    << QStringLiteral("Mo. 09:00");
        QTest::newRow("en_US, today") << QStringLiteral("en_US") << QDateTime(QDate(2026, 3, 6), QTime(17, 0))
                                      << QStringLiteral("5:00 PM");
    }
    void wakeMomentIsToTheMinute()
    {
        QFETCH(QString, locale);
        QFETCH(QDateTime, when);
        QFETCH(QString, shown);
        const QDateTime now(QDate(2026, 3, 6), QTime(10, 15, 42)); // a Friday
        const QString text = wakeMoment(when, now, QLocale(locale));
        // Newer CLDR data puts a narrow space before "PM", older a plain one.
        QCOMPARE(QString(text).replace(QChar(0x202f), QLatin1Char(' ')), shown);
        QVERIFY(!text.contains(QStringLiteral(":00:")));
    }
};

QTEST_GUILESS_MAIN(TestSnoozePresets)
#include "tst_snoozepresets.moc"
