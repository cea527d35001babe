#include "dialogs/signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

SignInDialog::SignInDialog(const QUrl &server, const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(server.toDisplayString(), this))
    , m_email(new QLineEdit(email, this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to Relaydesk"));
    auto *intro = new QLabel(tr("Sign in with the account your workspace's admin gave you."), this);
    intro->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("server"));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://relay.example.com"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);

    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_server, m_email, m_password})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    // The first field that still needs typing (the server is usually known).
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_email->text().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
    validate();
}

QString SignInDialog::serverText() const
{
    return m_server->text().trimmed();
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::showError(const QString &message, Field culprit)
{
    m_busy = false;
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(warning);
    m_problem->setText(message);
    m_problem->setVisible(true);
    for (QLineEdit *field : {m_server, m_email, m_password})
        field->setEnabled(true);
    fitHeight();
    QLineEdit *fix = culprit == Field::Server ? m_server : culprit == Field::Email ? m_email : m_password;
    fix->setFocus(Qt::OtherFocusReason);
    fix->selectAll();
    validate();
}

void SignInDialog::fitHeight()
{
    // A longer message grows the dialog rather than squeezing the fields.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

QString SignInDialog::errorText() const
{
    return m_busy ? QString() : m_problem->text();
}

void SignInDialog::setCancelQuits(bool quits)
{
    m_buttons->button(QDialogButtonBox::Cancel)->setText(quits ? tr("Quit") : tr("Cancel"));
}

void SignInDialog::validate()
{
    const bool complete = !serverText().isEmpty() && email().contains(QLatin1Char('@')) && !password().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    m_busy = true;
    m_problem->setPalette(palette());
    m_problem->setText(tr("Signing in…"));
    m_problem->setVisible(true);
    fitHeight();
    for (QLineEdit *field : {m_server, m_email, m_password})
        field->setEnabled(false);
    validate();
    emit submitted();
}

} // namespace relaydesk::ui
