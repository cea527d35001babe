#pragma once

#include "widgets/mentions.h"
#include "widgets/quickreplies.h"

#include <QPlainTextEdit>

namespace relaydesk::ui {

// Where the agent writes: Enter sends, Shift+Enter starts a new line. Files
// dropped or pasted on it, and pasted pictures, are offered as attachments.
// "/" at the start of a word offers the workspace's quick replies; "@" in
// a note offers the colleagues to mention.
class Composer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    // With files waiting to go, Enter sends even without text.
    void setHasAttachments(bool has) { m_hasAttachments = has; }
    // Writing a private note: an amber background (darker in dark
    // palettes) so it never passes for a reply, and named so for screen readers.
    void setNoteMode(bool note);
    bool isNoteMode() const { return m_noteMode; }
    // The workspace's quick replies, offered after "/".
    void setQuickReplies(const QVector<QuickReply> &replies) { m_quickReplies->setReplies(replies); }
    QuickReplyCompleter *quickReplies() const { return m_quickReplies; }
    // The colleagues a note can mention, offered after "@" in note mode.
    void setMentionNames(const QStringList &names) { m_mentions->setNames(names); }
    MentionCompleter *mentions() const { return m_mentions; }

signals:
    // The agent pressed Enter with something written (or files waiting).
    void submitted(const QString &text);
    // Local files dropped or pasted here, and a pasted picture.
    void filesOffered(const QStringList &paths);
    void imagePasted(const QImage &image);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

public:
    // Sends what is written, if anything (the Send button, Enter).
    void submit();

private:
    void applyLook();

    QuickReplyCompleter *m_quickReplies;
    MentionCompleter *m_mentions;
    bool m_hasAttachments = false;
    bool m_noteMode = false;
    bool m_applyingLook = false;
};

} // namespace relaydesk::ui
