#pragma once

#include "appearance/retranslator.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace relaydesk::models {
class LeadModel;
}

namespace relaydesk::ui {

class EmptyState;
class LeadContact;
class LeadPipeline;
class LeadTags;

// The right pane: the CRM lead record of the open conversation's customer —
// who they are (name, e-mail and phone, editable), the lead's stage, deal, owner, tags, notes and custom fields,
// and their other conversations. Edits go to the model (the outbox) and show
// at once as pending; a refused edit shows both versions to choose from.
class LeadPane : public QWidget
{
    Q_OBJECT

public:
    explicit LeadPane(QWidget *parent = nullptr);

    void setModel(models::LeadModel *model);
    models::LeadModel *model() const { return m_model; }

    // The controls, for tests and the window's shortcuts.
    LeadContact *contactEditor() const { return m_contact; }
    LeadPipeline *pipeline() const { return m_pipeline; }
    LeadTags *tags() const { return m_tags; }
    QLineEdit *businessField() const { return m_business; }
    QLineEdit *valueField() const { return m_value; }
    QComboBox *currencyBox() const { return m_currency; }
    // The deal's amount as the agent's locale writes it in its currency.
    QLabel *channelLabel() const { return m_channel; }
    QLabel *valueText() const { return m_valueText; }
    QComboBox *ownerBox() const { return m_owner; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPushButton *saveNotesButton() const { return m_saveNotes; }
    QLabel *noteList() const { return m_noteList; }
    QLineEdit *newNoteField() const { return m_newNote; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QLineEdit *fieldNameEdit() const { return m_fieldName; }
    QLineEdit *fieldValueEdit() const { return m_fieldValue; }
    QPushButton *addFieldButton() const { return m_addField; }
    QListWidget *conversationList() const { return m_conversations; }
    QFrame *conflictBox() const { return m_conflict; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *ownerHint() const { return m_ownerHint; }
    QFrame *stageUndoBar() const { return m_stageUndo; }
    QPushButton *undoStageButton() const { return m_undoStage; }
    QScrollArea *scrollArea() const { return m_scroll; }

signals:
    // The agent chose another conversation of this customer.
    void conversationChosen(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshFields();
    void refreshConflict();
    void refreshConversations();
    void saveDeal();
    void fillCurrencies();
    void showCurrency(const QString &code);
    void refreshOwnerHint();
    void chooseStage(const QString &stage);
    void undoStage();
    void endStageUndo();
    void addField();
    void fixTabOrder();
    QLabel *caption(QString (*text)(), QWidget *buddy);

    models::LeadModel *m_model = nullptr;
    EmptyState *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_name;
    QLabel *m_channel;
    LeadContact *m_contact;
    QLineEdit *m_business;
    QLabel *m_status;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    LeadPipeline *m_pipeline;
    QFrame *m_stageUndo;
    QLabel *m_stageUndoText;
    QPushButton *m_undoStage;
    QTimer *m_undoTimer;
    QString m_stageBefore;
    qint64 m_shownConversation = -1;
    QLineEdit *m_value;
    QComboBox *m_currency;
    QLabel *m_valueText;
    QComboBox *m_owner;
    QLabel *m_ownerHint;
    LeadTags *m_tags;
    QPlainTextEdit *m_notes;
    QLabel *m_notesInfo;
    QPushButton *m_saveNotes;
    QLabel *m_noteList;
    QLineEdit *m_newNote;
    QPushButton *m_addNote;
    QWidget *m_fields;
    QVBoxLayout *m_fieldsLayout;
    QString m_shownFieldsJson;
    QLineEdit *m_fieldName;
    QLineEdit *m_fieldValue;
    QPushButton *m_addField;
    QListWidget *m_conversations;
    QString m_shownNotes;
    Retranslator m_texts;
};

} // namespace relaydesk::ui
