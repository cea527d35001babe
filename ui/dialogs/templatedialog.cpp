#include "dialogs/templatedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {
constexpr int kMaxParameterChars = 1024; // the server's limit per parameter
}

TemplateDialog::TemplateDialog(const QVector<net::TemplateInfo> &templates, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_list(new QListWidget(this))
    , m_parameterLayout(new QVBoxLayout)
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send a template"));
    resize(520, 440);
    auto *intro = new QLabel(tr("The customer last wrote more than 24 hours ago: the channel lets only an "
                                "approved template through until they write again."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Templates"));
    for (const net::TemplateInfo &t : std::as_const(m_templates))
        m_list->addItem(t.language.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.language));
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("What the customer will read"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateDialog::showTemplate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(m_parameterLayout);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    if (m_templates.isEmpty()) {
        m_preview->setText(tr("This workspace has no approved templates. An administrator adds them on the server."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        m_list->setCurrentRow(0);
    }
}

void TemplateDialog::showTemplate(int row)
{
    qDeleteAll(m_edits);
    m_edits.clear();
    if (row < 0 || row >= m_templates.size())
        return refresh();
    for (int i = 1; i <= m_templates.at(row).parameters; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("Value for {{%1}}").arg(i));
        edit->setAccessibleName(tr("Parameter %1").arg(i));
        edit->setMaxLength(kMaxParameterChars);
        connect(edit, &QLineEdit::textChanged, this, &TemplateDialog::refresh);
        m_parameterLayout->addWidget(edit);
        m_edits.append(edit);
    }
    refresh();
}

void TemplateDialog::refresh()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    m_preview->setText(preview());
    bool complete = true;
    for (const QLineEdit *edit : std::as_const(m_edits))
        complete = complete && !edit->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

QString TemplateDialog::chosenName() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? m_templates.at(row).name : QString();
}

QStringList TemplateDialog::parameters() const
{
    QStringList values;
    for (const QLineEdit *edit : m_edits)
        values.append(edit->text().simplified()); // one line each, as the channel requires
    return values;
}

QString TemplateDialog::preview() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return {};
    QString body = m_templates.at(row).body;
    const QStringList values = parameters();
    for (int i = values.size(); i >= 1; --i) {
        const QString value = values.at(i - 1);
        body.replace(QStringLiteral("{{%1}}").arg(i), value.isEmpty() ? QStringLiteral("[%1]").arg(i) : value);
    }
    return body;
}

} // namespace relaydesk::ui
