#include "dialogs/passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

PassphraseDialog::PassphraseDialog(Mode mode, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_first(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (mode) {
    case Mode::Choose:
        setWindowTitle(tr("Protect your history"));
        intro->setText(tr("This computer has no keychain to keep the key of your message "
                          "history, so Relaydesk encrypts it with a passphrase you choose. "
                          "It cannot be recovered: if you forget it, the history on this "
                          "computer is lost (it can be downloaded again from the server)."));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Unlock your history"));
        intro->setText(tr("Enter the passphrase that protects your message history on this "
                          "computer."));
        break;
    case Mode::Change:
        setWindowTitle(tr("Change the history passphrase"));
        intro->setText(tr("The history on this computer is encrypted again with the new "
                          "passphrase; with a long history this takes a little while. The new "
                          "passphrase cannot be recovered either."));
        break;
    }

    auto *form = new QFormLayout;
    if (mode == Mode::Change) {
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        m_current->setAccessibleName(tr("Current passphrase"));
        form->addRow(tr("&Current passphrase:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(mode == Mode::Change ? tr("New passphrase") : tr("Passphrase"));
    form->addRow(mode == Mode::Change ? tr("&New passphrase:") : tr("&Passphrase:"), m_first);
    if (mode != Mode::Unlock) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);

    m_problem->setWordWrap(true);
    m_reason = problem;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(warning);

    const QString action = mode == Mode::Choose ? tr("P&rotect") : mode == Mode::Unlock ? tr("&Unlock") : tr("C&hange");
    m_buttons->button(QDialogButtonBox::Ok)->setText(action);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    validate();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

QString PassphraseDialog::currentPassphrase() const
{
    return m_current ? m_current->text() : QString();
}

void PassphraseDialog::validate()
{
    QString hint;
    bool ok = !m_first->text().isEmpty();
    if (m_mode != Mode::Unlock) {
        if (m_current && m_current->text().isEmpty()) {
            ok = false;
        } else if (m_current && m_first->text() == m_current->text()) {
            ok = false;
            hint = tr("The new passphrase is the same as the current one.");
        } else if (m_first->text().size() < kMinimumLength) {
            ok = false;
            if (!m_first->text().isEmpty())
                hint = tr("Use at least %n characters.", nullptr, kMinimumLength);
        } else if (m_second->text() != m_first->text()) {
            ok = false;
            if (!m_second->text().isEmpty())
                hint = tr("The two passphrases are not the same.");
        }
        // A hint about what is typed now; without one, why the dialog asked.
        const QString shown = hint.isEmpty() ? m_reason : hint;
        m_problem->setText(shown);
        m_problem->setVisible(!shown.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace relaydesk::ui
