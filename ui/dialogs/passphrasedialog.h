#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace relaydesk::ui {

// Asks for the passphrase that protects the history when there is no
// keychain: choosing a new one (typed twice), unlocking with it, or changing
// it (the current one, then the new one twice).
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Choose, Unlock, Change };
    PassphraseDialog(Mode mode, const QString &problem, QWidget *parent = nullptr);

    // The passphrase chosen or typed (in Change mode: the new one).
    QString passphrase() const;
    // Change mode: the passphrase in use now.
    QString currentPassphrase() const;

    static constexpr int kMinimumLength = 8;

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
    QString m_reason; // why the dialog asks (again), shown when there is no hint
    QDialogButtonBox *m_buttons;
};

} // namespace relaydesk::ui
