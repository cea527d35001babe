#include "dialogs/snoozedialog.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0));
}

} // namespace

SnoozeDialog::SnoozeDialog(const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_now(now)
    , m_choices(new QButtonGroup(this))
    , m_custom(new QDateTimeEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Snooze conversation"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Hide this conversation until:"), this);
    layout->addWidget(intro);

    const QDate today = now.date();
    const QDate nextMonday = today.addDays(8 - today.dayOfWeek());
    m_presets = {now.addSecs(3600), now.addSecs(3 * 3600), at(today.addDays(1), 9), at(nextMonday, 9)};
    const QString names[] = {tr("In an hour"), tr("In three hours"), tr("Tomorrow morning"), tr("Next week")};
    const QLocale locale;
    for (int i = 0; i < m_presets.size(); ++i) {
        auto *choice =
            new QRadioButton(tr("%1 — %2").arg(names[i], locale.toString(m_presets.at(i), QLocale::ShortFormat)), this);
        m_choices->addButton(choice, i);
        layout->addWidget(choice);
    }
    auto *custom = new QRadioButton(tr("Another time:"), this);
    m_choices->addButton(custom, int(m_presets.size()));
    layout->addWidget(custom);
    m_custom->setCalendarPopup(true);
    m_custom->setDateTime(at(today.addDays(1), 9));
    m_custom->setMinimumDateTime(now);
    m_custom->setAccessibleName(tr("Snooze until"));
    layout->addWidget(m_custom);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, &SnoozeDialog::validate);
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, [this, custom] {
        custom->setChecked(true);
        validate();
    });
    choose(2); // tomorrow morning: the usual one
}

void SnoozeDialog::choose(int preset)
{
    if (QAbstractButton *button = m_choices->button(preset))
        button->setChecked(true);
    validate();
}

QDateTime SnoozeDialog::until() const
{
    const int chosen = m_choices->checkedId();
    return chosen >= 0 && chosen < m_presets.size() ? m_presets.at(chosen) : m_custom->dateTime();
}

void SnoozeDialog::validate()
{
    m_custom->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(until() > m_now);
}

} // namespace relaydesk::ui
