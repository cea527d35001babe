#pragma once

// Settings… (Ctrl+,): notifications (on/off, the message's text in them,
// sound, do not disturb now or every day between two times), starting
// with the agent's session, and the language and colours (applied at once). Each change is written to the profile's
// settings at once and announced with `changed`; there is nothing to confirm.

#include "platform/profile.h"

#include <QDialog>
#include <QTime>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSettings;
class QTimeEdit;

namespace relaydesk::ui {

// What the notifications follow, as kept in the profile's settings.
struct NotificationSettings
{
    bool enabled = true;
    bool preview = true; // false: "New message" instead of the text
    bool sound = true;
    bool doNotDisturb = false; // now, until turned off
    bool scheduled = false;    // every day from `quietFrom` to `quietTo`
    QTime quietFrom{19, 0};
    QTime quietTo{8, 0};
    bool startWithSession = false;

    static NotificationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Whether notifications keep quiet at `now` (local time of day).
    bool quietAt(const QTime &now) const;
};

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Profile &profile, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    NotificationSettings current() const;

    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *previewBox() const { return m_preview; }
    QCheckBox *soundBox() const { return m_sound; }
    QCheckBox *doNotDisturbBox() const { return m_doNotDisturb; }
    QGroupBox *scheduleBox() const { return m_schedule; }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QCheckBox *startWithSessionBox() const { return m_startWithSession; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

    // A line under the options (e.g. the autostart entry could not be written).
    void showProblem(const QString &text);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void store();
    void storeAppearance();
    void updateEnabled();

    Profile m_profile;
    QGroupBox *m_notifications;
    QCheckBox *m_enabled;
    QCheckBox *m_preview;
    QCheckBox *m_sound;
    QCheckBox *m_doNotDisturb;
    QGroupBox *m_schedule;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLabel *m_scheduleHint;
    QFormLayout *m_scheduleLayout = nullptr;
    QGroupBox *m_session;
    QCheckBox *m_startWithSession;
    QGroupBox *m_appearance;
    QComboBox *m_language;
    QComboBox *m_theme;
    QFormLayout *m_appearanceLayout = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace relaydesk::ui
