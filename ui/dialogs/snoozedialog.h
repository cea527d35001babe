#pragma once

// Snooze a conversation until a chosen time: a few common moments (later
// today, tomorrow morning, next week) or any date and time.

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QDialogButtonBox;

namespace relaydesk::ui {

class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    // `now` decides the choices offered (tests pass a fixed one).
    explicit SnoozeDialog(const QDateTime &now, QWidget *parent = nullptr);

    QDateTime until() const;
    QDateTimeEdit *customEdit() const { return m_custom; }
    // The preset moments, in the order shown (the last choice is "custom").
    QList<QDateTime> presets() const { return m_presets; }
    void choose(int preset);

private:
    void validate();

    QDateTime m_now;
    QList<QDateTime> m_presets;
    QButtonGroup *m_choices;
    QDateTimeEdit *m_custom;
    QDialogButtonBox *m_buttons;
};

} // namespace relaydesk::ui
