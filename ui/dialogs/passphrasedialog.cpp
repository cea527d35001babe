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
    setWindowTitle(mode == Mode::Choose ? tr("Protect your history") : tr("Unlock your history"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Choose
                       ? tr("This computer has no keychain to keep the key of your message "
                            "history, so Relaydesk encrypts it with a passphrase you choose. "
                            "It cannot be recovered: if you forget it, the history on this "
                            "computer is lost (it can be downloaded again from the server).")
                       : tr("Enter the passphrase that protects your message history on this "
                            "computer."));

    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    if (mode == Mode::Choose) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);

    m_problem->setWordWrap(true);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(warning);

    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Choose ? tr("&Protect") : tr("&Unlock"));
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

void PassphraseDialog::validate()
{
    QString hint;
    bool ok = !m_first->text().isEmpty();
    if (m_mode == Mode::Choose) {
        if (m_first->text().size() < kMinimumLength) {
            ok = false;
            if (!m_first->text().isEmpty())
                hint = tr("Use at least %n characters.", nullptr, kMinimumLength);
        } else if (m_second->text() != m_first->text()) {
            ok = false;
            if (!m_second->text().isEmpty())
                hint = tr("The two passphrases are not the same.");
        }
        if (!hint.isEmpty() || m_problem->text().isEmpty() || !m_problem->isVisible()) {
            m_problem->setText(hint);
            m_problem->setVisible(!hint.isEmpty());
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace relaydesk::ui
