#pragma once

#include <QPlainTextEdit>

namespace relaydesk::ui {

// Where the agent writes: Enter sends, Shift+Enter starts a new line. Files
// dropped or pasted on it, and pasted pictures, are offered as attachments.
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

signals:
    // The agent pressed Enter with something written (or files waiting).
    void submitted(const QString &text);
    // Local files dropped or pasted here, and a pasted picture.
    void filesOffered(const QStringList &paths);
    void imagePasted(const QImage &image);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

public:
    // Sends what is written, if anything (the Send button, Enter).
    void submit();

private:
    void applyLook();

    bool m_hasAttachments = false;
    bool m_noteMode = false;
    bool m_applyingLook = false;
};

} // namespace relaydesk::ui
