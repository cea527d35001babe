// The thread pane's drafts: each conversation's text, note mode and staged
// files belong to it (a DraftBook keeps them), and each conversation with
// files has its own attachment tray, so switching never moves or drops them
// and an upload under way finishes for the conversation it was started in.

#include "panes/draftbook.h"
#include "panes/threadpane.h"

#include "widgets/attachmenttray.h"
#include "widgets/composer.h"

#include <QVBoxLayout>

namespace relaydesk::ui {

void ThreadPane::setDraftBook(DraftBook *book)
{
    if (m_drafts)
        m_drafts->disconnect(this);
    m_drafts = book ? book : m_ownDrafts;
    if (!m_drafts) {
        m_ownDrafts = new DraftBook(this);
        m_drafts = m_ownDrafts;
    }
    connect(m_drafts, &DraftBook::changed, this, &ThreadPane::draftChanged);
    // The open conversation shows what the book holds for it.
    const qint64 open = m_conversationId;
    if (open) {
        m_conversationId = 0;
        switchDraft(open);
    }
}

DraftBook *ThreadPane::draftBook() const
{
    return m_drafts;
}

AttachmentTray *ThreadPane::trayFor(qint64 conversationId)
{
    if (AttachmentTray *tray = m_trays.value(conversationId))
        return tray;
    auto *tray = new AttachmentTray(this);
    tray->setActive(false);
    tray->setTransfers(m_transfers);
    if (!m_temporaryDirectory.isEmpty())
        tray->setScratchDirectory(m_temporaryDirectory + QStringLiteral("/outgoing"));
    m_trayBox->addWidget(tray);
    m_trays.insert(conversationId, tray);
    connect(tray, &AttachmentTray::countChanged, this, [this, tray, conversationId](int count) {
        if (tray == m_tray) {
            m_composer->setHasAttachments(count > 0);
            applySendingState(); // a note carries no files
        }
        saveFilesOf(conversationId, tray);
    });
    connect(tray, &AttachmentTray::uploaded, this,
            [this, tray](const QVector<protocol::Attachment> &attachments) { trayUploaded(tray, attachments); });
    connect(tray, &AttachmentTray::cancelled, this, [this, tray] { trayStopped(tray); });
    connect(tray, &AttachmentTray::uploadFailed, this, [this, tray] { trayStopped(tray); });
    if (conversationId && m_drafts) {
        const QVector<store::DraftFile> files = m_drafts->draft(conversationId).files;
        if (!files.isEmpty())
            tray->restoreFiles(files);
    }
    return tray;
}

void ThreadPane::switchDraft(qint64 conversationId)
{
    if (!m_drafts)
        setDraftBook(nullptr);
    // What was written here is in the book already (it follows each change).
    AttachmentTray *previous = m_tray;
    const qint64 previousId = m_conversationId;
    previous->setActive(false);
    if (previousId && previous->count() == 0 && !previous->isUploading()) {
        m_trays.remove(previousId); // nothing staged: it costs nothing to make again
        previous->deleteLater();
    }
    m_conversationId = conversationId;
    m_tray = trayFor(conversationId);
    m_tray->setActive(true);

    const store::DraftRow draft = m_drafts->draft(conversationId);
    m_loadingDraft = true;
    if (m_composer->toPlainText() != draft.text) {
        m_composer->setPlainText(draft.text);
        m_composer->moveCursor(QTextCursor::End);
    }
    m_composer->setHasAttachments(m_tray->count() > 0);
    m_composer->setReadOnly(m_sends.contains(m_tray));
    setNoteMode(draft.note);
    m_loadingDraft = false;
    applySendingState();
}

void ThreadPane::saveDraft()
{
    if (m_loadingDraft || !m_conversationId || !m_drafts)
        return;
    store::DraftRow draft = m_drafts->draft(m_conversationId);
    draft.text = m_composer->toPlainText();
    draft.note = m_noteMode;
    draft.files = m_tray->stagedFiles();
    m_drafts->setDraft(draft, this);
}

void ThreadPane::saveFilesOf(qint64 conversationId, AttachmentTray *tray)
{
    if (m_loadingDraft || !conversationId || !m_drafts)
        return;
    store::DraftRow draft = m_drafts->draft(conversationId);
    draft.files = tray->stagedFiles();
    m_drafts->setDraft(draft, this);
}

void ThreadPane::draftChanged(qint64 conversationId, const QObject *source)
{
    // Written in another window showing the same conversation (a popped-out
    // one): this one follows, unless its own files are on their way.
    if (source == this || conversationId != m_conversationId || m_sends.contains(m_tray))
        return;
    const store::DraftRow draft = m_drafts->draft(conversationId);
    m_loadingDraft = true;
    if (m_composer->toPlainText() != draft.text) {
        m_composer->setPlainText(draft.text);
        m_composer->moveCursor(QTextCursor::End);
    }
    if (draft.note != m_noteMode)
        setNoteMode(draft.note);
    m_loadingDraft = false;
}

void ThreadPane::restoreText(qint64 conversationId, const QString &text)
{
    if (conversationId == m_conversationId) {
        if (m_composer->toPlainText().trimmed().isEmpty()) {
            m_composer->setPlainText(text);
            m_composer->moveCursor(QTextCursor::End);
        }
        return;
    }
    if (!m_drafts || !conversationId)
        return;
    store::DraftRow draft = m_drafts->draft(conversationId);
    if (draft.text.trimmed().isEmpty()) {
        draft.text = text;
        m_drafts->setDraft(draft, this);
    }
}

void ThreadPane::trayUploaded(AttachmentTray *tray, const QVector<protocol::Attachment> &attachments)
{
    const PendingSend send = m_sends.take(tray);
    tray->clear();
    if (tray == m_tray) {
        m_composer->setReadOnly(false);
        m_composer->clear();
        applySendingState();
    } else if (m_drafts && send.conversationId) {
        // Sent from a conversation the agent has left meanwhile: its draft is spent.
        store::DraftRow draft = m_drafts->draft(send.conversationId);
        draft.text.clear();
        draft.files.clear();
        m_drafts->setDraft(draft, this);
    }
    if (send.conversationId)
        emit sendWithAttachments(send.conversationId, send.text, attachments);
}

void ThreadPane::trayStopped(AttachmentTray *tray)
{
    m_sends.remove(tray);
    if (tray == m_tray) {
        m_composer->setReadOnly(false);
        applySendingState();
    }
}

} // namespace relaydesk::ui
