#include "dialogs/snoozedialog.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

using models::SnoozePreset;

SnoozeDialog::SnoozeDialog(const QDateTime &now, QWidget *parent)
    : SnoozeDialog(now, QTimeZone::systemTimeZone(), QLocale(), parent)
{
}

SnoozeDialog::SnoozeDialog(const QDateTime &now, const QTimeZone &zone, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_now(now.toTimeZone(zone))
    , m_zone(zone)
    , m_locale(locale)
    , m_presets(models::snoozePresets(now, zone, locale))
    , m_intro(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_custom(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_sinceOpened.start();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    // Radio buttons of one parent: the arrow keys move between them, Tab
    // goes on to the date and time and the buttons.
    for (int i = 0; i < m_presets.size() + 2; ++i) {
        auto *choice = new QRadioButton(this);
        m_choices->addButton(choice, i);
        if (i < customChoice()) {
            layout->addWidget(choice);
            continue;
        }
        auto *row = new QHBoxLayout;
        row->addWidget(choice);
        row->addWidget(m_custom, 1);
        layout->addLayout(row);
    }
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // The editor shows the zone's wall clock: UTC fields, read back in the zone.
    m_custom->setTimeSpec(Qt::UTC);
    m_custom->setLocale(m_locale);
    m_custom->setCalendarPopup(true);
    // The locale's short date and time, to the minute, with the year in full.
    QString format = m_locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_custom->setDisplayFormat(format);
    const QDateTime wall(m_now.date(), QTime(m_now.time().hour(), m_now.time().minute()), Qt::UTC);
    m_custom->setMinimumDateTime(wall);
    m_custom->setDateTime(QDateTime(m_now.date().addDays(1), QTime(models::kMorningHour, 0), Qt::UTC));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SnoozeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, &SnoozeDialog::validate);
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (QAbstractButton *custom = m_choices->button(customChoice()))
            custom->setChecked(true);
        validate();
    });
    retranslate();
    // Tomorrow morning is the usual one; the first preset when there is none.
    int usual = 0;
    for (int i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).kind == SnoozePreset::Kind::Tomorrow)
            usual = i;
    }
    choose(m_presets.isEmpty() ? replyChoice() : usual);
    m_choices->checkedButton()->setFocus();
}

void SnoozeDialog::retranslate()
{
    setWindowTitle(tr("Snooze conversation"));
    m_intro->setText(tr("Hide this conversation until:"));
    for (int i = 0; i < m_presets.size(); ++i) {
        QString name;
        switch (m_presets.at(i).kind) {
        case SnoozePreset::Kind::InAnHour:
            name = tr("In an hour");
            break;
        case SnoozePreset::Kind::ThisMorning:
            name = tr("This morning");
            break;
        case SnoozePreset::Kind::LaterToday:
            name = tr("Later today");
            break;
        case SnoozePreset::Kind::Tomorrow:
            name = tr("Tomorrow");
            break;
        case SnoozePreset::Kind::ThisWeekend:
            name = tr("This weekend");
            break;
        case SnoozePreset::Kind::NextWeek:
            name = tr("Next week");
            break;
        }
        m_choices->button(i)->setText(
            tr("%1 — %2", "a snooze choice: its name, then when").arg(name, describe(m_presets.at(i).at)));
    }
    m_choices->button(replyChoice())->setText(tr("Until the customer &replies"));
    m_choices->button(customChoice())->setText(tr("&Another time:"));
    m_custom->setAccessibleName(tr("Snooze until"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

void SnoozeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString SnoozeDialog::describe(const QDateTime &at) const
{
    const QString time = m_locale.toString(at.time(), QLocale::ShortFormat);
    const qint64 days = m_now.date().daysTo(at.date());
    if (days == 0)
        return time;
    const QString day = days < 7 ? m_locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat)
                                 : m_locale.toString(at.date(), QLocale::ShortFormat);
    return tr("%1 %2", "a snooze moment: the day, then the time of day").arg(day, time);
}

QAbstractButton *SnoozeDialog::choiceButton(int choice) const
{
    return m_choices->button(choice);
}

void SnoozeDialog::choose(int choice)
{
    if (QAbstractButton *button = m_choices->button(choice))
        button->setChecked(true);
    validate();
}

bool SnoozeDialog::untilReply() const
{
    return m_choices->checkedId() == replyChoice();
}

QDateTime SnoozeDialog::customMoment() const
{
    return QDateTime(m_custom->date(), m_custom->time(), m_zone);
}

QDateTime SnoozeDialog::until() const
{
    const int chosen = m_choices->checkedId();
    if (chosen >= 0 && chosen < m_presets.size())
        return m_presets.at(chosen).at;
    if (chosen == replyChoice())
        return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return customMoment();
}

qint64 SnoozeDialog::untilMs() const
{
    return untilReply() ? 0 : until().toMSecsSinceEpoch();
}

QDateTime SnoozeDialog::currentTime() const
{
    return m_now.addMSecs(m_sinceOpened.elapsed());
}

QString SnoozeDialog::problem() const
{
    if (m_choices->checkedId() < 0)
        return tr("Choose when the conversation comes back.");
    if (untilReply())
        return {};
    const QDateTime moment = until();
    // A wall-clock time the clocks skip (a DST change) does not exist here.
    const bool custom = m_choices->checkedId() == customChoice();
    if (!moment.isValid() || (custom && (moment.date() != m_custom->date() || moment.time() != m_custom->time())))
        return tr("That time does not exist in your time zone (the clocks change then). Choose another.");
    if (moment <= currentTime())
        return tr("That time has passed. Choose a time in the future.");
    return {};
}

void SnoozeDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void SnoozeDialog::accept()
{
    // Time passed while the dialog was open: check again.
    validate();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace relaydesk::ui
