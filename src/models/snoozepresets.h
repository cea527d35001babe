#pragma once

// The moments the snooze dialog offers, computed in the agent's time zone and
// by their locale's week (its first day and its working days). Pure: the same
// now, zone and locale always give the same moments, which tests rely on.

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QTimeZone>

namespace relaydesk::models {

struct SnoozePreset
{
    enum class Kind {
        InAnHour,    // an hour from now, to the minute
        ThisMorning, // today at kMorningHour, before the working day starts
        LaterToday,  // today at kEveningHour, while that is at least two hours away
        Tomorrow,    // the next day at kMorningHour
        ThisWeekend, // on a working day: the next day off within a week, at kMorningHour
        NextWeek,    // the first working day of the locale's next week, at kMorningHour
    };
    Kind kind = Kind::InAnHour;
    QDateTime at; // in `zone`

    bool operator==(const SnoozePreset &other) const { return kind == other.kind && at == other.at; }
};

constexpr int kMorningHour = 9;
constexpr int kEveningHour = 18;

// The presets after `now`, earliest first, no two at the same moment (of two
// that coincide the earlier kind stays: on a Sunday where weeks start on
// Monday "Tomorrow" is kept and "Next week" left out).
QList<SnoozePreset> snoozePresets(const QDateTime &now, const QTimeZone &zone, const QLocale &locale);

} // namespace relaydesk::models

namespace relaydesk::models {

// When a snooze ends, as the agent reads it, to the minute (never seconds,
// whatever the locale's short time says): the time if `when` is on `now`'s
// day, the weekday and time within the next six days ("Mon 09:00"), else
// the date and time. Both in local time.
QString wakeMoment(const QDateTime &when, const QDateTime &now, const QLocale &locale = QLocale());

} // namespace relaydesk::models
