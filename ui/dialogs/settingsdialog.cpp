#include "dialogs/settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {
const auto kEnabled = QStringLiteral("notifications/enabled");
const auto kPreview = QStringLiteral("notifications/preview");
const auto kSound = QStringLiteral("notifications/sound");
const auto kDoNotDisturb = QStringLiteral("notifications/do-not-disturb");
const auto kScheduled = QStringLiteral("notifications/quiet-hours");
const auto kQuietFrom = QStringLiteral("notifications/quiet-from");
const auto kQuietTo = QStringLiteral("notifications/quiet-to");
const auto kStartWithSession = QStringLiteral("session/start-with-session");
const auto kTimeFormat = QStringLiteral("HH:mm");

QTime timeValue(const QSettings &settings, const QString &key, const QTime &fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), kTimeFormat);
    return time.isValid() ? time : fallback;
}
} // namespace

NotificationSettings NotificationSettings::load(const QSettings &settings)
{
    NotificationSettings s;
    s.enabled = settings.value(kEnabled, s.enabled).toBool();
    s.preview = settings.value(kPreview, s.preview).toBool();
    s.sound = settings.value(kSound, s.sound).toBool();
    s.doNotDisturb = settings.value(kDoNotDisturb, s.doNotDisturb).toBool();
    s.scheduled = settings.value(kScheduled, s.scheduled).toBool();
    s.quietFrom = timeValue(settings, kQuietFrom, s.quietFrom);
    s.quietTo = timeValue(settings, kQuietTo, s.quietTo);
    s.startWithSession = settings.value(kStartWithSession, s.startWithSession).toBool();
    return s;
}

void NotificationSettings::save(QSettings &settings) const
{
    settings.setValue(kEnabled, enabled);
    settings.setValue(kPreview, preview);
    settings.setValue(kSound, sound);
    settings.setValue(kDoNotDisturb, doNotDisturb);
    settings.setValue(kScheduled, scheduled);
    settings.setValue(kQuietFrom, quietFrom.toString(kTimeFormat));
    settings.setValue(kQuietTo, quietTo.toString(kTimeFormat));
    settings.setValue(kStartWithSession, startWithSession);
    settings.sync();
}

bool NotificationSettings::quietAt(const QTime &now) const
{
    if (doNotDisturb)
        return true;
    if (!scheduled || quietFrom == quietTo)
        return false;
    if (quietFrom < quietTo)
        return now >= quietFrom && now < quietTo;
    return now >= quietFrom || now < quietTo; // across midnight, e.g. 19:00–08:00
}

SettingsDialog::SettingsDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_enabled(new QCheckBox(tr("Show a &notification when a customer writes"), this))
    , m_preview(new QCheckBox(tr("Show the message's &text (off: only \"New message\")"), this))
    , m_sound(new QCheckBox(tr("Play a &sound"), this))
    , m_doNotDisturb(new QCheckBox(tr("&Do not disturb (until I turn it off)"), this))
    , m_schedule(new QGroupBox(tr("Do not disturb &every day"), this))
    , m_from(new QTimeEdit(m_schedule))
    , m_to(new QTimeEdit(m_schedule))
    , m_startWithSession(new QCheckBox(tr("Start Relaydesk when I &log in"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    const NotificationSettings settings = NotificationSettings::load(*m_profile.settings());

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationsLayout = new QVBoxLayout(notifications);
    for (QCheckBox *box : {m_enabled, m_preview, m_sound, m_doNotDisturb})
        notificationsLayout->addWidget(box);
    m_enabled->setAccessibleName(tr("Notifications"));
    m_preview->setAccessibleName(tr("Show message text in notifications"));
    m_sound->setAccessibleName(tr("Notification sound"));
    m_doNotDisturb->setAccessibleName(tr("Do not disturb"));
    m_enabled->setChecked(settings.enabled);
    m_preview->setChecked(settings.preview);
    m_sound->setChecked(settings.sound);
    m_doNotDisturb->setChecked(settings.doNotDisturb);

    m_schedule->setCheckable(true);
    m_schedule->setChecked(settings.scheduled);
    m_schedule->setAccessibleName(tr("Do not disturb every day"));
    auto *scheduleLayout = new QFormLayout(m_schedule);
    for (QTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(kTimeFormat);
    m_from->setTime(settings.quietFrom);
    m_to->setTime(settings.quietTo);
    m_from->setAccessibleName(tr("Quiet from"));
    m_to->setAccessibleName(tr("Quiet until"));
    scheduleLayout->addRow(tr("&From"), m_from);
    scheduleLayout->addRow(tr("&Until"), m_to);
    auto *scheduleHint = new QLabel(tr("A time before the start means the next morning."), m_schedule);
    scheduleHint->setWordWrap(true);
    scheduleLayout->addRow(scheduleHint);
    notificationsLayout->addWidget(m_schedule);

    auto *session = new QGroupBox(tr("Session"), this);
    auto *sessionLayout = new QVBoxLayout(session);
    sessionLayout->addWidget(m_startWithSession);
    m_startWithSession->setAccessibleName(tr("Start with my session"));
    m_startWithSession->setChecked(settings.startWithSession);

    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notifications);
    layout->addWidget(session);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QCheckBox *box : {m_enabled, m_preview, m_sound, m_doNotDisturb, m_startWithSession})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::store);
    connect(m_schedule, &QGroupBox::toggled, this, &SettingsDialog::store);
    connect(m_from, &QTimeEdit::timeChanged, this, &SettingsDialog::store);
    connect(m_to, &QTimeEdit::timeChanged, this, &SettingsDialog::store);
    updateEnabled();
}

SettingsDialog::~SettingsDialog() = default;

NotificationSettings SettingsDialog::current() const
{
    NotificationSettings s;
    s.enabled = m_enabled->isChecked();
    s.preview = m_preview->isChecked();
    s.sound = m_sound->isChecked();
    s.doNotDisturb = m_doNotDisturb->isChecked();
    s.scheduled = m_schedule->isChecked();
    s.quietFrom = m_from->time();
    s.quietTo = m_to->time();
    s.startWithSession = m_startWithSession->isChecked();
    return s;
}

void SettingsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SettingsDialog::store()
{
    current().save(*m_profile.settings());
    updateEnabled();
    emit changed();
}

void SettingsDialog::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *option : std::initializer_list<QWidget *>{m_preview, m_sound, m_doNotDisturb, m_schedule})
        option->setEnabled(on);
}

} // namespace relaydesk::ui
