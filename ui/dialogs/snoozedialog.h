#pragma once

// Snooze a conversation: until one of a few moments computed in the agent's
// time zone and week (models/snoozepresets.h), until the customer writes
// again, or until any date and time the agent picks (never in the past).

#include "models/snoozepresets.h"

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>

class QAbstractButton;
class QButtonGroup;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace relaydesk::ui {

class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    // `now` decides the choices offered; the system's time zone and the
    // default locale decide the day and week.
    explicit SnoozeDialog(const QDateTime &now, QWidget *parent = nullptr);
    // Tests pass the zone and locale.
    SnoozeDialog(const QDateTime &now, const QTimeZone &zone, const QLocale &locale, QWidget *parent = nullptr);

    // The moment chosen, in the dialog's zone. "Until the customer replies"
    // has no moment: then untilReply() is true and until() is the epoch
    // (0 ms), which the conversation.status command sends as no time.
    QDateTime until() const;
    // Milliseconds since 1970, or 0 for "until the customer replies".
    qint64 untilMs() const;
    bool untilReply() const;

    QList<models::SnoozePreset> presets() const { return m_presets; }
    // Chooses a preset by its index in presets(); presets().size() is "until
    // the customer replies" and one more "another time".
    void choose(int choice);
    int replyChoice() const { return int(m_presets.size()); }
    int customChoice() const { return int(m_presets.size()) + 1; }
    QDateTimeEdit *customEdit() const { return m_custom; }
    QAbstractButton *choiceButton(int choice) const;
    // Why Snooze cannot be pressed now; empty when it can.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    QDateTime currentTime() const;
    QDateTime customMoment() const;
    QString describe(const QDateTime &at) const;

    QDateTime m_now;
    QElapsedTimer m_sinceOpened;
    QTimeZone m_zone;
    QLocale m_locale;
    QList<models::SnoozePreset> m_presets;
    QLabel *m_intro;
    QButtonGroup *m_choices;
    QDateTimeEdit *m_custom;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace relaydesk::ui
