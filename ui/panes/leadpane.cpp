#include "panes/leadpane.h"

#include "models/currencies.h"
#include "models/leadmodel.h"
#include "panes/leadcontact.h"
#include "panes/leadpipeline.h"
#include "panes/leadtags.h"
#include "widgets/emptystate.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {

// How long a stage change can be taken back with Undo.
constexpr int kUndoStageMs = 8000;

QString channelTitle(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return LeadPane::tr("WhatsApp");
    if (channel == QLatin1String("messenger"))
        return LeadPane::tr("Messenger");
    if (channel == QLatin1String("webchat"))
        return LeadPane::tr("Web chat");
    return channel;
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1String("open"))
        return LeadPane::tr("open");
    if (status == QLatin1String("pending"))
        return LeadPane::tr("pending");
    if (status == QLatin1String("snoozed"))
        return LeadPane::tr("snoozed");
    if (status == QLatin1String("resolved"))
        return LeadPane::tr("resolved");
    return status;
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString fieldText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    if (value.isNull())
        return QString();
    return value.toString();
}

// What the agent typed, kept as the type the field had (a number stays a number).
QJsonValue typedValue(const QString &text, const QJsonValue &before)
{
    bool ok = false;
    if (before.isDouble()) {
        const double number = QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok)
            return number;
    }
    if (before.isBool() && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    return text;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LeadPane::LeadPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
{
    setObjectName(QStringLiteral("leadPane"));
    m_texts.add([=] { setAccessibleName(tr("Lead panel")); });
    auto *title = new QLabel(this);
    m_texts.add([=] { title->setText(tr("Lead")); });
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_texts.add([=] { m_empty->setTitle(tr("No customer selected")); });
    m_texts.add([=] {
        m_empty->setHint(tr("The customer's lead record (stage, value, owner, notes) "
                            "shows here for the open conversation."));
    });

    // Identity.
    m_name = new QLabel(m_content);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_channel = new QLabel(m_content);
    // A channel id is one long word: at the narrowest the line is cut, not the pane widened.
    m_channel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_channel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact = new LeadContact(m_content);
    m_business = new QLineEdit(m_content);
    m_texts.add([=] { m_business->setAccessibleName(tr("Business name")); });
    m_texts.add([=] { m_business->setPlaceholderText(tr("Business name")); });
    m_business->setMaxLength(256);

    m_status = new QLabel(m_content);
    m_status->setWordWrap(true);
    m_texts.add([=] { m_status->setAccessibleName(tr("Lead sync status")); });

    // A refused edit: both versions and the choice.
    m_conflict = new QFrame(m_content);
    m_conflict->setObjectName(QStringLiteral("leadConflict"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setStyleSheet(QStringLiteral("#leadConflict { border: 1px solid #c77700; border-radius: 4px;"
                                             " background: rgba(255, 170, 0, 0.12); }"));
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setWordWrap(true);
    m_conflictText->setTextFormat(Qt::RichText);
    m_texts.add([=] { m_conflictText->setAccessibleName(tr("Conflicting versions")); });
    m_keepMine = new QPushButton(m_conflict);
    m_texts.add([=] { m_keepMine->setText(tr("Keep mine")); });
    m_texts.add([=] { m_keepMine->setAccessibleName(tr("Keep my version of the lead")); });
    m_keepTheirs = new QPushButton(m_conflict);
    m_texts.add([=] { m_keepTheirs->setText(tr("Keep theirs")); });
    m_texts.add([=] { m_keepTheirs->setAccessibleName(tr("Keep the server's version of the lead")); });
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_keepTheirs);
    conflictButtons->addStretch();
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);

    m_pipeline = new LeadPipeline(m_content);
    // A stage change can be taken back for a few seconds (a stray click is no decision).
    m_stageUndo = new QFrame(m_content);
    m_stageUndoText = new QLabel(m_stageUndo);
    m_stageUndoText->setWordWrap(true);
    m_undoStage = new QPushButton(m_stageUndo);
    m_texts.add([=] { m_undoStage->setText(tr("Undo")); });
    m_texts.add([=] { m_undoStage->setAccessibleName(tr("Undo the stage change")); });
    m_texts.add([=] { m_undoStage->setToolTip(tr("Undo the stage change (Ctrl+Z)")); });
    auto *undoRow = new QHBoxLayout(m_stageUndo);
    undoRow->setContentsMargins(0, 0, 0, 0);
    undoRow->addWidget(m_stageUndoText, 1);
    undoRow->addWidget(m_undoStage);
    m_stageUndo->hide();
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoStageMs);
    connect(m_undoTimer, &QTimer::timeout, this, &LeadPane::endStageUndo);
    auto *undoKey = new QShortcut(QKeySequence::Undo, m_pipeline, nullptr, nullptr, Qt::WidgetShortcut);
    connect(undoKey, &QShortcut::activated, this, &LeadPane::undoStage);
    connect(m_undoStage, &QPushButton::clicked, this, &LeadPane::undoStage);

    m_value = new QLineEdit(m_content);
    m_texts.add([=] { m_value->setAccessibleName(tr("Deal value")); });
    m_texts.add([=] { m_value->setPlaceholderText(QLocale().toString(0.0, 'f', 2)); });
    m_currency = new QComboBox(m_content);
    m_texts.add([=] { m_currency->setAccessibleName(tr("Deal currency")); });
    m_texts.add([=] { m_currency->setAccessibleDescription(tr("Type a currency's code to choose it, such as IDR.")); });
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_currency->setMinimumContentsLength(9);
    m_currency->setMaxVisibleItems(16);
    m_texts.add([=] { fillCurrencies(); });
    m_valueText = new QLabel(m_content);
    m_texts.add([=] { m_valueText->setAccessibleName(tr("Deal value in the currency")); });
    // The currency under the amount: its name is read whole, never cut.
    auto *dealRow = new QVBoxLayout;
    dealRow->setSpacing(4);
    dealRow->addWidget(m_value);
    dealRow->addWidget(m_currency);

    m_owner = new QComboBox(m_content);
    m_texts.add([=] { m_owner->setAccessibleName(tr("Lead owner")); });
    m_ownerHint = new QLabel(m_content);
    m_ownerHint->setWordWrap(true);
    QFont hintFont = m_ownerHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_ownerHint->setFont(hintFont);
    m_ownerHint->setForegroundRole(QPalette::PlaceholderText);

    m_tags = new LeadTags(m_content);

    m_notes = new QPlainTextEdit(m_content);
    m_texts.add([=] { m_notes->setAccessibleName(tr("Summary notes")); });
    m_notes->setTabChangesFocus(true);
    m_texts.add([=] { m_notes->setPlaceholderText(tr("What the team should know about this customer")); });
    m_notes->setMinimumHeight(60);
    m_notes->setMaximumHeight(140);
    m_notesInfo = new QLabel(m_content);
    m_notesInfo->setWordWrap(true);
    m_saveNotes = new QPushButton(m_content);
    m_texts.add([=] { m_saveNotes->setText(tr("Save notes")); });
    m_texts.add([=] { m_saveNotes->setAccessibleName(tr("Save notes")); });
    m_saveNotes->setEnabled(false);
    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notesInfo, 1);
    notesRow->addWidget(m_saveNotes);

    m_noteList = new QLabel(m_content);
    m_noteList->setWordWrap(true);
    m_noteList->setTextFormat(Qt::RichText);
    m_noteList->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_noteList->setFocusPolicy(Qt::NoFocus);
    m_texts.add([=] { m_noteList->setAccessibleName(tr("Notes on this lead")); });
    m_newNote = new QLineEdit(m_content);
    m_texts.add([=] { m_newNote->setPlaceholderText(tr("Add a note for the team…")); });
    m_texts.add([=] { m_newNote->setAccessibleName(tr("New note")); });
    m_newNote->setMaxLength(4096);
    m_addNote = new QPushButton(m_content);
    m_texts.add([=] { m_addNote->setText(tr("Add note")); });
    m_texts.add([=] { m_addNote->setAccessibleName(tr("Add note")); });
    auto *newNoteRow = new QHBoxLayout;
    newNoteRow->addWidget(m_newNote, 1);
    newNoteRow->addWidget(m_addNote);

    m_fields = new QWidget(m_content);
    m_fieldsLayout = new QVBoxLayout(m_fields);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldName = new QLineEdit(m_content);
    m_texts.add([=] { m_fieldName->setPlaceholderText(tr("Field")); });
    m_texts.add([=] { m_fieldName->setAccessibleName(tr("New custom field name")); });
    m_fieldName->setMaxLength(64);
    m_fieldValue = new QLineEdit(m_content);
    m_texts.add([=] { m_fieldValue->setPlaceholderText(tr("Value")); });
    m_texts.add([=] { m_fieldValue->setAccessibleName(tr("New custom field value")); });
    m_fieldValue->setMaxLength(1024);
    m_addField = new QPushButton(m_content);
    m_texts.add([=] { m_addField->setText(tr("Add")); });
    m_texts.add([=] { m_addField->setAccessibleName(tr("Add custom field")); });
    auto *addFieldRow = new QHBoxLayout;
    addFieldRow->addWidget(m_fieldName, 1);
    addFieldRow->addWidget(m_fieldValue, 1);
    addFieldRow->addWidget(m_addField);

    m_conversations = new QListWidget(m_content);
    m_texts.add([=] { m_conversations->setAccessibleName(tr("The customer's conversations")); });
    m_texts.add([=] { m_conversations->setAccessibleDescription(tr("Enter or a click opens the conversation.")); });
    m_conversations->setWordWrap(true);
    m_conversations->setMinimumHeight(80);
    m_conversations->setTextElideMode(Qt::ElideRight);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 4, 0);
    content->addWidget(m_name);
    content->addWidget(m_channel);
    content->addWidget(m_contact);
    content->addWidget(caption([] { return tr("Business"); }, m_business));
    content->addWidget(m_business);
    content->addWidget(m_status);
    content->addWidget(m_conflict);
    content->addWidget(caption([] { return tr("Stage"); }, m_pipeline));
    content->addWidget(m_pipeline);
    content->addWidget(m_stageUndo);
    content->addWidget(caption([] { return tr("Deal value"); }, m_value));
    content->addLayout(dealRow);
    content->addWidget(m_valueText);
    content->addWidget(caption([] { return tr("Owner"); }, m_owner));
    content->addWidget(m_owner);
    content->addWidget(m_ownerHint);
    content->addWidget(caption([] { return tr("Tags"); }, m_tags));
    content->addWidget(m_tags);
    content->addWidget(caption([] { return tr("Notes"); }, m_newNote));
    content->addWidget(m_noteList);
    content->addLayout(newNoteRow);
    content->addWidget(caption([] { return tr("Summary"); }, m_notes));
    content->addWidget(m_notes);
    content->addLayout(notesRow);
    content->addWidget(caption([] { return tr("Custom fields"); }, m_fieldName));
    content->addWidget(m_fields);
    content->addLayout(addFieldRow);
    content->addWidget(caption([] { return tr("Conversations"); }, m_conversations));
    content->addWidget(m_conversations);
    content->addStretch();

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Lead"));
    // Tab goes to the fields inside (the area follows them); the area itself
    // is no stop for the keyboard.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 8, 8);
    layout->addWidget(title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_contact);

    connect(m_business, &QLineEdit::editingFinished, this, [this] {
        if (m_model)
            m_model->setBusinessName(m_business->text());
    });
    connect(m_pipeline, &LeadPipeline::stageChosen, this, &LeadPane::chooseStage);
    connect(m_value, &QLineEdit::editingFinished, this, &LeadPane::saveDeal);
    connect(m_currency, &QComboBox::activated, this, &LeadPane::saveDeal);
    connect(m_owner, &QComboBox::activated, this, [this](int index) {
        if (m_model)
            m_model->setOwner(m_owner->itemData(index).toLongLong());
    });
    connect(m_tags, &LeadTags::addRequested, this, [this](const QString &tag) {
        if (m_model)
            m_model->addTag(tag);
    });
    connect(m_tags, &LeadTags::removeRequested, this, [this](const QString &tag) {
        if (m_model)
            m_model->removeTag(tag);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_saveNotes->setEnabled(m_model && m_model->canEdit() && m_notes->toPlainText() != m_shownNotes);
    });
    connect(m_saveNotes, &QPushButton::clicked, this, [this] {
        if (m_model && m_model->setNotes(m_notes->toPlainText()))
            m_saveNotes->setEnabled(false);
    });
    auto addNote = [this] {
        if (m_model && m_model->addNote(m_newNote->text()))
            m_newNote->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, addNote);
    connect(m_newNote, &QLineEdit::returnPressed, this, addNote);
    connect(m_addField, &QPushButton::clicked, this, &LeadPane::addField);
    connect(m_fieldValue, &QLineEdit::returnPressed, this, &LeadPane::addField);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->keepMine();
    });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->keepTheirs();
    });
    auto open = [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (m_model && id != m_model->conversationId())
            emit conversationChosen(id);
    };
    connect(m_conversations, &QListWidget::itemActivated, this, open);
    connect(m_conversations, &QListWidget::itemClicked, this, open);
    refresh();
}

QLabel *LeadPane::caption(QString (*text)(), QWidget *buddy)
{
    auto *label = new QLabel(m_content);
    m_texts.add([label, text] { label->setText(text()); });
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    label->setBuddy(buddy);
    return label;
}

void LeadPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void LeadPane::setModel(models::LeadModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_contact->setModel(model);
    if (m_model)
        connect(m_model, &models::LeadModel::changed, this, &LeadPane::refresh);
    refresh();
}

void LeadPane::refresh()
{
    const bool shown = m_model && m_model->hasContact();
    m_empty->setVisible(!shown);
    m_scroll->setVisible(shown);
    // Another customer: their name at the top, and no Undo for the one before.
    const qint64 conversation = m_model ? m_model->conversationId() : 0;
    if (conversation != m_shownConversation) {
        m_shownConversation = conversation;
        endStageUndo();
        m_scroll->verticalScrollBar()->setValue(0);
    }
    if (!shown)
        return;
    refreshFields();
    refreshConflict();
    refreshConversations();
    fixTabOrder();
}

void LeadPane::refreshFields()
{
    const models::LeadModel &model = *m_model;
    const store::ContactRow &contact = model.contact();
    const store::LeadRow &lead = model.lead();
    const bool editable = model.canEdit();

    m_name->setText(contact.name.isEmpty() ? tr("Unnamed customer") : contact.name);
    const QString channelId = model.channelId();
    // A web-chat visitor's id is a random token that means nothing to the
    // agent: the line says the channel, the tooltip keeps the id.
    const bool meaningfulId = !channelId.isEmpty() && model.channel() != QLatin1String("webchat");
    m_channel->setText(meaningfulId ? tr("%1 · %2").arg(channelTitle(model.channel()), channelId)
                                    : channelTitle(model.channel()));
    m_channel->setToolTip(channelId.isEmpty() ? m_channel->text()
                                              : tr("%1 · %2").arg(channelTitle(model.channel()), channelId));
    m_contact->refresh();

    // A field the agent is typing in is left alone.
    if (!m_business->hasFocus())
        m_business->setText(lead.businessName);
    m_business->setReadOnly(!editable);

    if (model.hasConflict())
        m_status->setText(tr("Your change was not saved: %1").arg(model.conflictReason()));
    else if (model.isPending())
        m_status->setText(tr("Saving your changes… They are kept on this computer and sync when connected."));
    else if (!editable)
        m_status->setText(tr("Sign in to edit the lead."));
    else if (lead.updatedAt > 0)
        m_status->setText(tr("Saved · %1").arg(when(lead.updatedAt)));
    else
        m_status->setText(tr("No lead yet: any change creates it."));
    m_status->setStyleSheet(model.isPending()     ? QStringLiteral("color: #8a6d00; font-style: italic;")
                            : model.hasConflict() ? QStringLiteral("color: #b00020;")
                                                  : QString());

    m_pipeline->setStages(model.stages());
    m_pipeline->setCurrent(lead.stage);
    m_pipeline->setReadOnly(!editable);

    const QString currency = lead.currency.isEmpty() ? model.defaultCurrency() : lead.currency;
    if (!m_value->hasFocus())
        m_value->setText(
            QLocale().toString(double(lead.valueMinor) / 100.0, 'f', models::Currencies::decimals(currency)));
    m_value->setReadOnly(!editable);
    if (!m_currency->hasFocus())
        showCurrency(currency);
    m_currency->setEnabled(editable);
    const QString formatted = model.value();
    m_valueText->setText(formatted);
    m_valueText->setVisible(!formatted.isEmpty());

    {
        const QSignalBlocker quiet(m_owner);
        m_owner->clear();
        m_owner->addItem(model.ownerName(0), qint64(0));
        QHash<qint64, QString> agents = model.agents();
        if (lead.ownerId != 0 && !agents.contains(lead.ownerId))
            agents.insert(lead.ownerId, model.ownerName(lead.ownerId));
        QList<qint64> ids = agents.keys();
        std::sort(ids.begin(), ids.end(), [&agents](qint64 a, qint64 b) {
            return QString::localeAwareCompare(agents.value(a), agents.value(b)) < 0;
        });
        for (qint64 id : std::as_const(ids))
            m_owner->addItem(agents.value(id), id);
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(lead.ownerId)));
        m_owner->setEnabled(editable);
    }
    refreshOwnerHint();

    m_tags->setReadOnly(!editable);
    m_tags->setTags(lead.tags);

    if (!m_notes->hasFocus() && m_notes->toPlainText() == m_shownNotes) {
        const QSignalBlocker quiet(m_notes);
        m_notes->setPlainText(lead.notes);
    }
    m_shownNotes = lead.notes;
    m_notes->setReadOnly(!editable);
    m_saveNotes->setEnabled(editable && m_notes->toPlainText() != m_shownNotes);
    m_notesInfo->setText(model.isFieldPending(QStringLiteral("notes")) ? tr("Saving…")
                         : lead.updatedAt > 0                          ? tr("Lead updated %1").arg(when(lead.updatedAt))
                                                                       : QString());

    QString notesHtml;
    for (const store::LeadNoteRow &note : model.notes()) {
        const QString author = note.id == 0                ? tr("You")
                               : note.authorName.isEmpty() ? model.ownerName(note.authorId)
                                                           : note.authorName;
        const QString state = note.id == 0 ? tr("%1 · saving…").arg(when(note.createdAt)) : when(note.createdAt);
        notesHtml +=
            QStringLiteral("<p style='margin-bottom:6px'><b>%1</b> <span style='color:gray'>· %2</span><br>%3</p>")
                .arg(html(author), html(state), html(note.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (!model.noteProblem().isEmpty())
        notesHtml += QStringLiteral("<p style='color:#b00020'>%1</p>")
                         .arg(html(tr("A note was not saved: %1").arg(model.noteProblem())));
    m_noteList->setText(notesHtml);
    m_noteList->setVisible(!notesHtml.isEmpty());
    m_newNote->setEnabled(editable);
    m_addNote->setEnabled(editable);

    const QString fieldsJson = lead.customFieldsJson + (editable ? QStringLiteral("e") : QString());
    bool editing = false;
    for (QLineEdit *edit : m_fields->findChildren<QLineEdit *>())
        editing = editing || edit->hasFocus();
    if (fieldsJson != m_shownFieldsJson && !editing) {
        m_shownFieldsJson = fieldsJson;
        for (QWidget *row : m_fields->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            row->setParent(nullptr);
            row->deleteLater();
        }
        const QJsonObject fields = model.customFields();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString name = it.key();
            const QJsonValue before = it.value();
            auto *row = new QWidget(m_fields);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto *label = new QLabel(name, row);
            label->setMinimumWidth(40);
            label->setMaximumWidth(120);
            auto *value = new QLineEdit(fieldText(before), row);
            value->setAccessibleName(tr("Custom field %1").arg(name));
            value->setReadOnly(!editable);
            label->setBuddy(value);
            auto *remove = new QToolButton(row);
            remove->setText(QStringLiteral("✕"));
            remove->setAccessibleName(tr("Remove custom field %1").arg(name));
            remove->setToolTip(tr("Remove the field “%1”").arg(name));
            remove->setEnabled(editable);
            rowLayout->addWidget(label);
            rowLayout->addWidget(value, 1);
            rowLayout->addWidget(remove);
            m_fieldsLayout->addWidget(row);
            connect(value, &QLineEdit::editingFinished, this, [this, name, value, before] {
                if (m_model)
                    m_model->setCustomField(name, typedValue(value->text(), before));
            });
            connect(remove, &QToolButton::clicked, this, [this, name] {
                if (m_model)
                    m_model->removeCustomField(name);
            });
        }
    }
    m_fieldName->setEnabled(editable);
    m_fieldValue->setEnabled(editable);
    m_addField->setEnabled(editable);
}

void LeadPane::refreshConflict()
{
    const models::LeadModel &model = *m_model;
    m_conflict->setVisible(model.hasConflict());
    if (!model.hasConflict())
        return;
    const store::LeadRow mine = model.mine();
    const store::LeadRow theirs = model.theirs();
    auto describe = [&model](const QString &field, const store::LeadRow &lead) -> QString {
        if (field == QLatin1String("business_name"))
            return lead.businessName;
        if (field == QLatin1String("stage"))
            return LeadPipeline::title(lead.stage);
        if (field == QLatin1String("value_minor"))
            return models::LeadModel::formatValue(lead);
        if (field == QLatin1String("owner_id"))
            return model.ownerName(lead.ownerId);
        if (field == QLatin1String("tags"))
            return lead.tags.join(QStringLiteral(", "));
        if (field == QLatin1String("notes"))
            return lead.notes.left(80);
        return QString::fromUtf8(QJsonDocument(QJsonDocument::fromJson(lead.customFieldsJson.toUtf8()).object())
                                     .toJson(QJsonDocument::Compact));
    };
    const QHash<QString, QString> names{{QStringLiteral("business_name"), tr("Business")},
                                        {QStringLiteral("stage"), tr("Stage")},
                                        {QStringLiteral("value_minor"), tr("Deal")},
                                        {QStringLiteral("owner_id"), tr("Owner")},
                                        {QStringLiteral("tags"), tr("Tags")},
                                        {QStringLiteral("notes"), tr("Notes")},
                                        {QStringLiteral("custom_fields"), tr("Fields")}};
    QString rows;
    for (const QString &field : model.conflictFields()) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(html(names.value(field, field)), html(describe(field, mine)), html(describe(field, theirs)));
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan=3>%1</td></tr>").arg(html(tr("The versions now agree.")));
    m_conflictText->setText(
        QStringLiteral("<p>%1</p><table cellspacing=4><tr><th></th><th align=left>%2</th><th align=left>%3</th></tr>%4"
                       "</table>")
            .arg(html(tr("Someone else changed this lead while you edited it. Choose the version to keep.")),
                 html(tr("Yours")), html(tr("Theirs")), rows));
    m_keepMine->setEnabled(model.canEdit());
    m_keepTheirs->setEnabled(model.canEdit());
}

void LeadPane::refreshConversations()
{
    const QVector<store::ConversationRow> &conversations = m_model->conversations();
    m_conversations->clear();
    for (const store::ConversationRow &row : conversations) {
        const bool open = row.id == m_model->conversationId();
        QString text =
            tr("%1 · %2 · %3").arg(channelTitle(row.channel), statusTitle(row.status), when(row.lastActivity));
        if (open)
            text = tr("%1 (open now)").arg(text);
        if (!row.lastPreview.isEmpty())
            text += QLatin1Char('\n') + row.lastPreview.left(120);
        auto *item = new QListWidgetItem(text, m_conversations);
        item->setData(Qt::UserRole, row.id);
        item->setToolTip(open ? tr("This conversation") : tr("Open this conversation"));
        if (open) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    m_conversations->setFixedHeight(qBound(80, int(conversations.size()) * 44 + 8, 220));
}

void LeadPane::saveDeal()
{
    if (!m_model || !m_model->canEdit())
        return;
    bool ok = false;
    const double value = QLocale().toDouble(m_value->text().trimmed(), &ok);
    const double plain = ok ? value : QLocale::c().toDouble(m_value->text().trimmed(), &ok);
    const QString currency = m_currency->currentData().toString();
    if (!ok || plain < 0 || currency.size() != 3) {
        m_valueText->setText(tr("Enter an amount such as %1.").arg(QLocale().toString(1250.0, 'f', 2)));
        m_valueText->setVisible(true);
        return;
    }
    m_model->setDeal(qRound64(plain * 100.0), currency);
}

void LeadPane::addField()
{
    if (!m_model)
        return;
    const QString name = m_fieldName->text().trimmed();
    if (name.isEmpty()) {
        m_fieldName->setFocus();
        return;
    }
    if (m_model->setCustomField(name, m_fieldValue->text())) {
        m_fieldName->clear();
        m_fieldValue->clear();
        m_fieldName->setFocus();
    }
}

void LeadPane::fillCurrencies()
{
    const QString chosen = m_currency->currentData().toString();
    const QSignalBlocker quiet(m_currency);
    m_currency->clear();
    for (const QString &code : models::Currencies::codes()) {
        const QString name = models::Currencies::name(code);
        m_currency->addItem(name.isEmpty() ? code : tr("%1 — %2").arg(code, name), code);
        m_currency->setItemData(m_currency->count() - 1, models::Currencies::symbol(code), Qt::ToolTipRole);
    }
    if (!chosen.isEmpty())
        showCurrency(chosen);
}

void LeadPane::showCurrency(const QString &code)
{
    int index = m_currency->findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A currency this computer's data does not know (an older server, another client): kept as it is.
        m_currency->addItem(code, code);
        index = m_currency->count() - 1;
    }
    const QSignalBlocker quiet(m_currency);
    m_currency->setCurrentIndex(index);
}

void LeadPane::refreshOwnerHint()
{
    const models::LeadModel &model = *m_model;
    const qint64 owner = model.lead().ownerId;
    qint64 assignee = 0;
    for (const store::ConversationRow &row : model.conversations()) {
        if (row.id == model.conversationId())
            assignee = row.assigneeId;
    }
    QString hint;
    if (owner != 0 && owner == assignee)
        hint = tr("%1 owns this customer's deal and also answers this conversation.").arg(model.ownerName(owner));
    else if (assignee != 0)
        hint = tr("The owner follows this customer's deal over time; this conversation is assigned to %1, who "
                  "answers it.")
                   .arg(model.ownerName(assignee));
    else
        hint = tr("The owner follows this customer's deal over time; nobody is assigned to answer this "
                  "conversation yet.");
    m_ownerHint->setText(hint);
}

void LeadPane::chooseStage(const QString &stage)
{
    if (!m_model)
        return;
    const QString before = m_model->lead().stage;
    if (!m_model->setStage(stage)) {
        m_pipeline->setCurrent(before);
        return;
    }
    // Taking it back is one more change; nothing waits before the first is sent.
    if (!m_undoTimer->isActive())
        m_stageBefore = before;
    if (m_stageBefore.isEmpty())
        return; // a lead's first stage: there is nothing to go back to
    m_stageUndoText->setText(
        tr("Stage moved from %1 to %2.").arg(LeadPipeline::title(m_stageBefore), LeadPipeline::title(stage)));
    m_stageUndo->show();
    m_undoTimer->start();
}

void LeadPane::undoStage()
{
    if (!m_undoTimer->isActive() || !m_model)
        return;
    const QString before = m_stageBefore;
    endStageUndo();
    if (!before.isEmpty() && m_model->setStage(before))
        m_pipeline->setCurrent(before);
    m_pipeline->setFocus(Qt::OtherFocusReason);
}

void LeadPane::endStageUndo()
{
    m_undoTimer->stop();
    m_stageBefore.clear();
    if (m_undoStage->hasFocus())
        m_pipeline->setFocus(Qt::OtherFocusReason);
    m_stageUndo->hide();
}

void LeadPane::fixTabOrder()
{
    QList<QWidget *> order = m_contact->tabOrder();
    order += {m_business, m_keepMine, m_keepTheirs, m_pipeline, m_undoStage, m_value, m_currency, m_owner};
    for (QWidget *chip : m_tags->findChildren<QToolButton *>())
        order.append(chip);
    order += {m_tags->addField(), m_newNote, m_addNote, m_notes, m_saveNotes};
    for (QWidget *row : m_fields->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QWidget *control : row->findChildren<QWidget *>()) {
            if (control->focusPolicy() & Qt::TabFocus)
                order.append(control);
        }
    }
    order += {m_fieldName, m_fieldValue, m_addField, m_conversations};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace relaydesk::ui
