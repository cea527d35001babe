// The thread pane's composer row beyond plain replies: the private-note
// switch and what the row allows in each state (signed out, the customer's
// window closed, files uploading, a note).

#include "panes/threadpane.h"

#include "widgets/attachmenttray.h"
#include "widgets/composer.h"

#include <QAction>
#include <QPushButton>
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
        m_noteAction->setText(tr("Write a private &note"));
        m_noteButton->setText(tr("Note"));
        m_noteButton->setAccessibleName(tr("Private note"));
        m_noteButton->setAccessibleDescription(
            tr("When on, what you write is a note only agents see; the customer does not get it"));
        m_noteButton->setToolTip(tr("Write a private note only agents see (Ctrl+Shift+N)"));
    });
}

void ThreadPane::setNoteMode(bool note)
{
    note = note && m_conversationId != 0;
    m_noteMode = note;
    m_noteAction->setChecked(note);
    m_noteButton->setChecked(note);
    m_composer->setNoteMode(note);
    applySendingState();
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
        m_composer->setPlaceholderText(enabled            ? tr("Write a reply… (Enter sends, Shift+Enter for a new line)")
                                       : !m_sendingAllowed ? m_sendingWhy
                                                           : m_windowWhy);
    m_send->setText(m_noteMode ? tr("Add &note") : tr("&Send"));
    m_send->setToolTip(m_noteMode ? tr("Add the note for the other agents (Enter)") : tr("Send (Enter)"));
    m_send->setVisible(!m_windowClosed || !m_sendingAllowed || m_noteMode);
    m_template->setVisible(m_windowClosed && m_sendingAllowed && !m_noteMode);
}

} // namespace relaydesk::ui
