#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace relaydesk::ui {

// Asks for the passphrase that protects the history when there is no
// keychain: choosing a new one (typed twice) or unlocking with it.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Choose, Unlock };
    PassphraseDialog(Mode mode, const QString &problem, QWidget *parent = nullptr);

    QString passphrase() const;

    static constexpr int kMinimumLength = 8;

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace relaydesk::ui
