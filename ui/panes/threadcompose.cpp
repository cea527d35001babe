// The thread pane's composer row beyond plain replies: the private-note
// switch, suggested replies from the workspace's AI, and what the row allows
// in each state (signed out, the customer's window closed, files uploading,
// a note, a suggestion on its way).

#include "panes/threadpane.h"

#include "widgets/attachmenttray.h"
#include "widgets/composer.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>

namespace relaydesk::ui {

void ThreadPane::makeNoteSwitch()
{
    m_noteAction = new QAction(this);
    m_noteAction->setObjectName(QStringLiteral("noteMode"));
    m_noteAction->setCheckable(true);
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(m_noteAction); // works in a popped-out window too
    connect(m_noteAction, &QAction::triggered, this, [this](bool on) {
        setNoteMode(on);
        if (m_composer->isEnabled())
            m_composer->setFocus(Qt::ShortcutFocusReason);
    });

    m_noteButton = new QToolButton(this);
    m_noteButton->setObjectName(QStringLiteral("noteSwitch"));
    m_noteButton->setCheckable(true);
    m_noteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_noteButton, &QToolButton::clicked, this, [this](bool on) {
        setNoteMode(on);
        m_composer->setFocus(Qt::OtherFocusReason);
    });
    m_texts.add([this] {
        m_noteAction->setText(tr("Write a pri&vate note"));
        m_noteButton->setText(tr("Note"));
        m_noteButton->setAccessibleName(tr("Private note"));
        m_noteButton->setAccessibleDescription(
            tr("When on, what you write is a note only agents see; the customer does not get it"));
        m_noteButton->setToolTip(tr("Write a private note only agents see (Ctrl+Shift+N)"));
    });
}

void ThreadPane::makeSuggestButton()
{
    m_suggestAction = new QAction(this);
    m_suggestAction->setObjectName(QStringLiteral("suggestReply"));
    m_suggestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    addAction(m_suggestAction);
    connect(m_suggestAction, &QAction::triggered, this, &ThreadPane::requestSuggestion);

    m_suggest = new QToolButton(this);
    m_suggest->setObjectName(QStringLiteral("suggest"));
    m_suggest->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_suggest->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_suggest, &QToolButton::clicked, this, &ThreadPane::requestSuggestion);

    m_composeNote = new QLabel(this);
    m_composeNote->setObjectName(QStringLiteral("composeNote"));
    m_composeNote->setWordWrap(true);
    m_composeNote->setTextFormat(Qt::PlainText);
    m_composeNote->hide();

    m_texts.add([this] {
        m_suggestAction->setText(tr("Su&ggest a reply"));
        m_suggest->setAccessibleName(tr("Suggest a reply"));
        // Message content leaves for the AI provider only on this request: say so where it is asked.
        const QString privacy = tr(
            "The workspace's AI drafts a reply from this conversation's recent messages, which go to the AI "
            "service for it. Nothing is sent to the customer: you edit the draft and send it.");
        m_suggest->setAccessibleDescription(privacy);
        m_suggest->setToolTip(tr("Suggest a reply (Ctrl+Shift+G)") + QLatin1Char('\n') + privacy);
    });
    m_suggest->hide();
}

void ThreadPane::setSuggestionsAvailable(bool available)
{
    m_suggestionsAvailable = available;
    if (!available)
        m_suggestingFor = 0;
    applySendingState();
}

void ThreadPane::requestSuggestion()
{
    if (!m_suggestionsAvailable || m_suggestingFor || !m_conversationId || !m_suggestAction->isEnabled())
        return;
    m_suggestingFor = m_conversationId;
    setComposeNote(tr("Asking the workspace's AI for a draft (it reads this conversation's recent messages)…"));
    applySendingState();
    emit suggestionRequested(m_conversationId);
}

void ThreadPane::showSuggestion(qint64 conversationId, const QString &text)
{
    if (conversationId != m_suggestingFor || conversationId != m_conversationId)
        return;
    m_suggestingFor = 0;
    applySendingState();
    const QString draft = m_composer->toPlainText();
    if (draft.trimmed().isEmpty()) {
        m_composer->setPlainText(text);
        m_composer->moveCursor(QTextCursor::End);
        setComposeNote(tr("A suggested reply: read it and change what you need before you send it."));
    } else {
        // What the agent wrote stays; the draft goes below it, selected, to keep or delete.
        QTextCursor cursor(m_composer->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n\n"));
        const int start = cursor.position();
        cursor.insertText(text);
        cursor.setPosition(start, QTextCursor::KeepAnchor);
        m_composer->setTextCursor(cursor);
        setComposeNote(tr("The suggestion is below what you wrote, selected: delete it or keep what you want."));
    }
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ThreadPane::showSuggestionProblem(qint64 conversationId, const QString &problem)
{
    if (conversationId != m_suggestingFor)
        return;
    m_suggestingFor = 0;
    applySendingState();
    if (conversationId == m_conversationId)
        setComposeNote(tr("No suggestion: %1").arg(problem), true);
}

void ThreadPane::setComposeNote(const QString &text, bool problem)
{
    // (The pane sits on Base, so its labels draw in Text rather than WindowText.)
    QPalette palette;
    if (problem) {
        const QColor warning = this->palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                       : QColor(0xb0, 0x20, 0x20);
        palette.setColor(QPalette::WindowText, warning);
        palette.setColor(QPalette::Text, warning);
    }
    m_composeNote->setPalette(palette);
    m_composeNote->setText(text);
    m_composeNote->setAccessibleName(text);
    m_composeNote->setVisible(!text.isEmpty());
}

void ThreadPane::setNoteMode(bool note)
{
    note = note && m_conversationId != 0;
    m_noteMode = note;
    m_noteAction->setChecked(note);
    m_noteButton->setChecked(note);
    m_composer->setNoteMode(note);
    applySendingState();
    saveDraft(); // note mode belongs to the conversation's draft
}

void ThreadPane::leaveNoteModeIfEmpty()
{
    if (m_noteMode && m_composer->toPlainText().trimmed().isEmpty() && !m_windowClosed)
        setNoteMode(false);
}

void ThreadPane::applySendingState()
{
    // A note goes when the customer's window is closed (only a template
    // reaches the customer then); it never takes files.
    const bool uploading = m_tray->isUploading();
    const bool enabled = m_sendingAllowed && (!m_windowClosed || m_noteMode);
    if (!enabled)
        m_tray->cancelUploads();
    m_composer->setEnabled(enabled);
    m_send->setEnabled(enabled && !uploading);
    m_attach->setEnabled(enabled && !uploading && !m_noteMode);
    const bool canNote = m_sendingAllowed && m_conversationId != 0 && !uploading && m_tray->count() == 0;
    m_noteButton->setEnabled(canNote || m_noteMode);
    m_noteAction->setEnabled(canNote || m_noteMode);
    m_noteButton->setVisible(m_conversationId != 0);
    if (m_noteMode)
        m_composer->setPlaceholderText(tr("Write a private note… (only agents see it)"));
    else
        m_composer->setPlaceholderText(enabled ? tr("Write a reply… (Enter sends, Shift+Enter for a new line)")
                                       : !m_sendingAllowed ? m_sendingWhy
                                                           : m_windowWhy);
    m_send->setText(m_noteMode ? tr("Add &note") : tr("&Send"));
    m_send->setToolTip(m_noteMode ? tr("Add the note for the other agents (Enter)") : tr("Send (Enter)"));
    m_send->setVisible(!m_windowClosed || !m_sendingAllowed || m_noteMode);
    m_template->setVisible(m_windowClosed && m_sendingAllowed && !m_noteMode);

    // A suggestion is a reply to the customer: not while writing a note or while only a template can go.
    const bool canSuggest = m_suggestionsAvailable && enabled && !m_noteMode && m_conversationId != 0 && !uploading;
    m_suggest->setVisible(m_suggestionsAvailable && m_conversationId != 0);
    m_suggestAction->setVisible(m_suggestionsAvailable);
    m_suggest->setEnabled(canSuggest && !m_suggestingFor);
    m_suggestAction->setEnabled(canSuggest && !m_suggestingFor);
    m_suggest->setText(m_suggestingFor ? tr("Suggesting…") : tr("Suggest a reply"));
}

} // namespace relaydesk::ui
