#include "panes/leadcontact.h"

#include "models/leadmodel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {

using Field = models::ContactFields::Field;
using models::ContactFields;

const QString kProblemStyle = QStringLiteral("QLineEdit { border: 1px solid #b00020; border-radius: 3px;"
                                             " padding: 1px 2px; }");

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString fieldTitle(Field field)
{
    switch (field) {
    case Field::Name:
        return LeadContact::tr("Name");
    case Field::Email:
        return LeadContact::tr("E-mail");
    case Field::Phone:
        return LeadContact::tr("Phone");
    }
    return {};
}

} // namespace

LeadContact::LeadContact(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_refusal(new QFrame(this))
    , m_refusalText(new QLabel(m_refusal))
    , m_keepMine(new QPushButton(m_refusal))
    , m_keepTheirs(new QPushButton(m_refusal))
{
    setObjectName(QStringLiteral("leadContact"));
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    const Field fields[] = {Field::Name, Field::Email, Field::Phone};
    for (Field field : fields) {
        Row &row = m_rows.at(index(field));
        row.field = field;
        row.edit = new QLineEdit(this);
        row.problem = new QLabel(this);
        row.problem->setWordWrap(true);
        row.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.problem->setVisible(false);
        auto *caption = new QLabel(this);
        caption->setBuddy(row.edit);
        m_texts.add([caption, field] { caption->setText(fieldTitle(field)); });
        row.edit->installEventFilter(this);
        const int line = index(field) * 2;
        grid->addWidget(caption, line, 0);
        grid->addWidget(row.edit, line, 1);
        grid->addWidget(row.problem, line + 1, 1);
        connect(row.edit, &QLineEdit::editingFinished, this, [this, field] { save(m_rows.at(index(field))); });
        connect(row.edit, &QLineEdit::textEdited, this, [this, field] {
            // Once a problem shows, it follows the typing (and goes when it is fixed).
            Row &edited = m_rows.at(index(field));
            if (edited.problem->isVisible())
                showProblem(edited, ContactFields::problem(field, edited.edit->text()));
        });
    }
    QLineEdit *name = field(Field::Name);
    QLineEdit *email = field(Field::Email);
    QLineEdit *phone = field(Field::Phone);
    // Room for pasting a little too much, so the check can say so.
    name->setMaxLength(ContactFields::kMaxName * 4);
    email->setMaxLength(ContactFields::kMaxEmail * 2);
    phone->setMaxLength(ContactFields::kMaxPhone * 2);
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_texts.add([=] {
        name->setAccessibleName(tr("Customer's name"));
        name->setPlaceholderText(tr("Customer's name"));
        email->setAccessibleName(tr("Customer's e-mail"));
        email->setPlaceholderText(tr("name@example.com"));
        phone->setAccessibleName(tr("Customer's phone"));
        phone->setPlaceholderText(tr("+1 555 0100"));
        for (const Row &row : m_rows) {
            if (!row.problem->isVisible())
                row.edit->setAccessibleDescription(tr("Enter saves; Escape puts back the saved value."));
        }
    });

    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #8a6d00; font-style: italic;"));
    m_texts.add([=] { m_status->setAccessibleName(tr("Customer details sync status")); });

    // A refused change: both versions and the choice, or the server's reason.
    m_refusal->setObjectName(QStringLiteral("contactRefusal"));
    m_refusal->setFrameShape(QFrame::StyledPanel);
    m_refusal->setStyleSheet(QStringLiteral("#contactRefusal { border: 1px solid #c77700; border-radius: 4px;"
                                            " background: rgba(255, 170, 0, 0.12); }"));
    m_refusalText->setWordWrap(true);
    m_refusalText->setTextFormat(Qt::RichText);
    m_texts.add([=] { m_refusalText->setAccessibleName(tr("Your change to the customer's details")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch();
    auto *refusalLayout = new QVBoxLayout(m_refusal);
    refusalLayout->addWidget(m_refusalText);
    refusalLayout->addLayout(buttons);
    m_refusal->setVisible(false);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->keepMyContact();
    });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->keepTheirContact();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_refusal);
    setFocusProxy(name);
}

QList<QWidget *> LeadContact::tabOrder() const
{
    return {field(Field::Name), field(Field::Email), field(Field::Phone), m_keepMine, m_keepTheirs};
}

void LeadContact::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        for (Row &row : m_rows) {
            if (row.problem->isVisible())
                showProblem(row, ContactFields::problem(row.field, row.edit->text()));
        }
        refresh();
    }
    QWidget::changeEvent(event);
}

bool LeadContact::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        for (Row &row : m_rows) {
            if (row.edit != watched || (row.edit->text() == row.shown && !row.problem->isVisible()))
                continue;
            // Typing undone: what is saved comes back (Escape goes no further).
            row.edit->setText(row.shown);
            showProblem(row, QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LeadContact::save(Row &row)
{
    if (!m_model || row.edit->isReadOnly())
        return;
    const QString value = row.edit->text().trimmed();
    QString problem;
    if (value == row.shown || m_model->setContactField(row.field, value, &problem)) {
        // Sent (or nothing to send): the field says what will be saved, and
        // leaving it again sends nothing more.
        showProblem(row, QString());
        row.shown = value;
        if (row.edit->text() != value)
            row.edit->setText(value);
        return;
    }
    showProblem(row, problem);
}

void LeadContact::showProblem(Row &row, const QString &problem)
{
    row.problem->setText(problem);
    row.problem->setVisible(!problem.isEmpty());
    row.edit->setStyleSheet(problem.isEmpty() ? QString() : kProblemStyle);
    // A screen reader says why with the field.
    row.edit->setAccessibleDescription(problem.isEmpty() ? tr("Enter saves; Escape puts back the saved value.")
                                                         : tr("Not saved: %1").arg(problem));
}

void LeadContact::refresh()
{
    if (!m_model || !m_model->hasContact())
        return;
    const models::LeadModel &model = *m_model;
    const store::ContactRow &contact = model.contact();
    const bool otherContact = contact.id != m_contactId;
    m_contactId = contact.id;
    const bool editable = model.canEdit();
    for (Row &row : m_rows) {
        // A field the agent is typing in (its text is not what it showed), or
        // one whose text was refused here, is left alone.
        const bool typing = row.edit->hasFocus() && row.edit->text() != row.shown;
        row.shown = models::LeadModel::contactValue(contact, row.field);
        if (otherContact)
            showProblem(row, QString());
        if ((otherContact || (!typing && !row.problem->isVisible())) && row.edit->text() != row.shown)
            row.edit->setText(row.shown);
        row.edit->setReadOnly(!editable);
        // Waiting for the server: in italics, and said in the tip and the line below.
        const bool pending = model.isContactFieldPending(row.field) && !model.hasContactRefusal();
        QFont font = row.edit->font();
        font.setItalic(pending);
        row.edit->setFont(font);
        row.edit->setToolTip(pending ? tr("Saving…") : QString());
    }
    m_status->setText(model.isContactPending()
                          ? tr("Saving the customer's details… They are kept on this computer and sync when "
                               "connected.")
                          : QString());
    m_status->setVisible(model.isContactPending());
    refreshRefusal();
}

void LeadContact::refreshRefusal()
{
    const models::LeadModel &model = *m_model;
    m_refusal->setVisible(model.hasContactRefusal());
    if (!model.hasContactRefusal())
        return;
    const bool conflict = model.isContactConflict();
    const store::ContactRow &mine = model.myContact();
    const store::ContactRow &theirs = model.storedContact();
    QString rows;
    for (Field field : model.contactConflictFields()) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(html(fieldTitle(field)), html(models::LeadModel::contactValue(mine, field)),
                         html(models::LeadModel::contactValue(theirs, field)));
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan=3>%1</td></tr>").arg(html(tr("The versions now agree.")));
    const QString intro =
        conflict
            ? tr("Someone else changed this customer's details while you edited them. Choose the version to "
                 "keep.")
            : tr("The server did not save your change to the customer's details: %1").arg(model.contactRefusalReason());
    const QString theirsTitle = conflict ? tr("Theirs (v%1)").arg(theirs.version) : tr("Saved");
    m_refusalText->setText(
        QStringLiteral("<p>%1</p><table cellspacing=4><tr><th></th><th align=left>%2</th><th align=left>%3</th></tr>%4"
                       "</table>")
            .arg(html(intro), html(tr("Yours")), html(theirsTitle), rows));
    m_keepMine->setText(conflict ? tr("Keep mine") : tr("Send again"));
    m_keepMine->setAccessibleName(conflict ? tr("Keep my version of the customer's details")
                                           : tr("Send my change to the customer's details again"));
    m_keepTheirs->setText(conflict ? tr("Keep theirs") : tr("Discard mine"));
    m_keepTheirs->setAccessibleName(conflict ? tr("Keep the server's version of the customer's details")
                                             : tr("Discard my change to the customer's details"));
    m_keepMine->setEnabled(model.canEdit());
    m_keepTheirs->setEnabled(model.canEdit());
}

} // namespace relaydesk::ui
