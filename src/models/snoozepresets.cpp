#include "models/snoozepresets.h"

#include <algorithm>

namespace relaydesk::models {

namespace {

bool isWorkingDay(const QList<Qt::DayOfWeek> &workingDays, const QDate &day)
{
    return workingDays.contains(Qt::DayOfWeek(day.dayOfWeek()));
}

} // namespace

QList<SnoozePreset> snoozePresets(const QDateTime &now, const QTimeZone &zone, const QLocale &locale)
{
    using Kind = SnoozePreset::Kind;
    QList<SnoozePreset> presets;
    if (!now.isValid() || !zone.isValid())
        return presets;
    const QDateTime local = now.toTimeZone(zone);
    const QDate today = local.date();
    const QList<Qt::DayOfWeek> workingDays = locale.weekdays();
    // Wall-clock hours never fall in a DST gap (those are at night), so
    // these are real moments; the check below drops one that is not.
    const auto at = [&zone](const QDate &day, int hour) { return QDateTime(day, QTime(hour, 0), zone); };
    const auto add = [&presets, &now](Kind kind, const QDateTime &when) {
        if (!when.isValid() || when <= now)
            return;
        for (const SnoozePreset &preset : std::as_const(presets)) {
            if (preset.at == when)
                return;
        }
        presets.append({kind, when});
    };

    // In an hour, from the start of this minute: the time shown is the time meant.
    const qint64 msecs = local.toMSecsSinceEpoch();
    add(Kind::InAnHour, QDateTime::fromMSecsSinceEpoch(msecs - msecs % 60000, zone).addSecs(3600));
    if (local.time().hour() < kMorningHour - 2)
        add(Kind::ThisMorning, at(today, kMorningHour));
    if (local.secsTo(at(today, kEveningHour)) >= 2 * 3600)
        add(Kind::LaterToday, at(today, kEveningHour));
    add(Kind::Tomorrow, at(today.addDays(1), kMorningHour));
    if (isWorkingDay(workingDays, today)) {
        for (int ahead = 1; ahead < 7; ++ahead) {
            const QDate day = today.addDays(ahead);
            if (!isWorkingDay(workingDays, day)) {
                add(Kind::ThisWeekend, at(day, kMorningHour));
                break;
            }
        }
    }
    // The next week starts on the locale's first day after today; its first working day.
    const int untilFirst = (int(locale.firstDayOfWeek()) - today.dayOfWeek() + 7) % 7;
    QDate firstWorkingDay = today.addDays(untilFirst ? untilFirst : 7);
    for (int ahead = 0; ahead < 7 && !workingDays.isEmpty() && !isWorkingDay(workingDays, firstWorkingDay); ++ahead)
        firstWorkingDay = firstWorkingDay.addDays(1);
    add(Kind::NextWeek, at(firstWorkingDay, kMorningHour));

    std::sort(presets.begin(), presets.end(), [](const SnoozePreset &a, const SnoozePreset &b) { return a.at < b.at; });
    return presets;
}

} // namespace relaydesk::models

namespace relaydesk::models {

QString wakeMoment(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    QString minutes = locale.timeFormat(QLocale::ShortFormat);
    minutes.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    const QDateTime at = when.toLocalTime();
    const qint64 days = now.toLocalTime().date().daysTo(at.date());
    if (days == 0)
        return locale.toString(at.time(), minutes);
    if (days > 0 && days < 7)
        return locale.toString(at, QStringLiteral("ddd ") + minutes);
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(at.time(), minutes);
}

} // namespace relaydesk::models
