#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace relaydesk::ui {

// Asks for the agent's e-mail and password (and the server, which is
// remembered). The dialog does not talk to the server itself: whoever shows
// it connects `submitted`, then calls showError() or accept().
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const QUrl &server, const QString &email, QWidget *parent = nullptr);

    QString serverText() const;
    QString email() const;
    QString password() const;

    // Which field a problem is about: where the cursor goes after it.
    enum class Field { Server, Email, Password };
    // Re-enables the form and says what went wrong. Everything typed stays;
    // the field to fix gets the focus, its text selected to type over.
    void showError(const QString &message, Field field = Field::Password);
    QString errorText() const;
    // The first start: the dialog stands alone (no window behind it) and
    // cancelling it quits, so its button says so.
    void setCancelQuits(bool quits);

signals:
    void submitted();

private:
    void validate();
    void submit();
    void fitHeight();

    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace relaydesk::ui
