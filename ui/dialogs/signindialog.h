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

    // Re-enables the form and says what went wrong; the password is cleared.
    void showError(const QString &message);

signals:
    void submitted();

private:
    void validate();
    void submit();

    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace relaydesk::ui
