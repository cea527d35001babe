#include "dialogs/settingsdialog.h"

#include "appearance/appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
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

// A form label whose text comes with retranslate().
QLabel *buddyLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

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
    , m_notifications(new QGroupBox(this))
    , m_enabled(new QCheckBox(this))
    , m_preview(new QCheckBox(this))
    , m_sound(new QCheckBox(this))
    , m_doNotDisturb(new QCheckBox(this))
    , m_schedule(new QGroupBox(this))
    , m_from(new QTimeEdit(m_schedule))
    , m_to(new QTimeEdit(m_schedule))
    , m_scheduleHint(new QLabel(m_schedule))
    , m_session(new QGroupBox(this))
    , m_startWithSession(new QCheckBox(this))
    , m_appearance(new QGroupBox(this))
    , m_language(new QComboBox(m_appearance))
    , m_theme(new QComboBox(m_appearance))
    , m_problem(new QLabel(this))
{
    const NotificationSettings settings = NotificationSettings::load(*m_profile.settings());
    const AppearanceSettings appearance = AppearanceSettings::load(*m_profile.settings());

    auto *notificationsLayout = new QVBoxLayout(m_notifications);
    for (QCheckBox *box : {m_enabled, m_preview, m_sound, m_doNotDisturb})
        notificationsLayout->addWidget(box);
    m_enabled->setChecked(settings.enabled);
    m_preview->setChecked(settings.preview);
    m_sound->setChecked(settings.sound);
    m_doNotDisturb->setChecked(settings.doNotDisturb);

    m_schedule->setCheckable(true);
    m_schedule->setChecked(settings.scheduled);
    m_scheduleLayout = new QFormLayout(m_schedule);
    for (QTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(kTimeFormat);
    m_from->setTime(settings.quietFrom);
    m_to->setTime(settings.quietTo);
    m_scheduleLayout->addRow(buddyLabel(m_from), m_from);
    m_scheduleLayout->addRow(buddyLabel(m_to), m_to);
    m_scheduleHint->setWordWrap(true);
    m_scheduleLayout->addRow(m_scheduleHint);
    notificationsLayout->addWidget(m_schedule);

    auto *sessionLayout = new QVBoxLayout(m_session);
    sessionLayout->addWidget(m_startWithSession);
    m_startWithSession->setChecked(settings.startWithSession);

    // Languages are listed in their own words; the first entry follows the system.
    m_language->addItem(QString(), QString());
    for (const QString &code : Appearance::languages())
        m_language->addItem(Appearance::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(appearance.language)));
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(QString(), int(theme));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(appearance.theme))));
    m_appearanceLayout = new QFormLayout(m_appearance);
    m_appearanceLayout->addRow(buddyLabel(m_language), m_language);
    m_appearanceLayout->addRow(buddyLabel(m_theme), m_theme);

    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = m_buttons;
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notifications);
    layout->addWidget(m_session);
    layout->addWidget(m_appearance);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    retranslate();

    for (QCheckBox *box : {m_enabled, m_preview, m_sound, m_doNotDisturb, m_startWithSession})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::store);
    connect(m_schedule, &QGroupBox::toggled, this, &SettingsDialog::store);
    connect(m_from, &QTimeEdit::timeChanged, this, &SettingsDialog::store);
    connect(m_to, &QTimeEdit::timeChanged, this, &SettingsDialog::store);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::storeAppearance);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::storeAppearance);
    updateEnabled();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_notifications->setTitle(tr("Notifications"));
    m_enabled->setText(tr("Show a &notification when a customer writes"));
    m_preview->setText(tr("Show the message's &text (off: only \"New message\")"));
    m_sound->setText(tr("Play a &sound"));
    m_doNotDisturb->setText(tr("&Do not disturb (until I turn it off)"));
    m_schedule->setTitle(tr("Do not disturb &every day"));
    m_startWithSession->setText(tr("Start Relaydesk when I &log in"));
    m_enabled->setAccessibleName(tr("Notifications"));
    m_preview->setAccessibleName(tr("Show message text in notifications"));
    m_sound->setAccessibleName(tr("Notification sound"));
    m_doNotDisturb->setAccessibleName(tr("Do not disturb"));
    m_schedule->setAccessibleName(tr("Do not disturb every day"));
    m_from->setAccessibleName(tr("Quiet from"));
    m_to->setAccessibleName(tr("Quiet until"));
    if (auto *label = qobject_cast<QLabel *>(m_scheduleLayout->labelForField(m_from)))
        label->setText(tr("&From"));
    if (auto *label = qobject_cast<QLabel *>(m_scheduleLayout->labelForField(m_to)))
        label->setText(tr("&Until"));
    m_scheduleHint->setText(tr("A time before the start means the next morning."));
    m_session->setTitle(tr("Session"));
    m_startWithSession->setAccessibleName(tr("Start with my session"));

    m_appearance->setTitle(tr("Appearance"));
    if (auto *label = qobject_cast<QLabel *>(m_appearanceLayout->labelForField(m_language)))
        label->setText(tr("Lan&guage"));
    if (auto *label = qobject_cast<QLabel *>(m_appearanceLayout->labelForField(m_theme)))
        label->setText(tr("&Colours"));
    m_language->setItemText(0, tr("As the system (%1)").arg(Appearance::nativeName(Appearance::resolve(QString()))));
    m_language->setAccessibleName(tr("Language"));
    m_theme->setItemText(0, tr("As the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Colours"));
    m_problem->setAccessibleName(tr("Problem"));
    // Qt has no Hindi or Indonesian for its own buttons: name it ourselves.
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::storeAppearance()
{
    AppearanceSettings s;
    s.language = m_language->currentData().toString();
    s.theme = Theme(m_theme->currentData().toInt());
    s.save(*m_profile.settings());
    Appearance::instance().apply(s);
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
