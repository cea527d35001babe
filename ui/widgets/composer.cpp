#include "widgets/composer.h"

#include "appearance/emoji.h"

#include <QEvent>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

namespace relaydesk::ui {

Composer::Composer(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_quickReplies(new QuickReplyCompleter(this))
    , m_mentions(new MentionCompleter(this))
{
    setPlaceholderText(tr("Write a reply… (Enter sends, Shift+Enter for a new line)"));
    setAccessibleName(tr("Reply"));
    setTabChangesFocus(true);
    new emoji::Highlighter(document()); // "❤️" in colour as it will show in the thread
    // Three lines show; a longer reply scrolls inside.
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * int(document()->documentMargin()) + 2 * frameWidth());
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(m_noteMode ? tr("Private note") : tr("Reply"));
    // A theme switch: the note's tint follows the new palette.
    if (event->type() == QEvent::PaletteChange && m_noteMode && !m_applyingLook)
        QMetaObject::invokeMethod(this, &Composer::applyLook, Qt::QueuedConnection);
    QPlainTextEdit::changeEvent(event);
}

void Composer::setNoteMode(bool note)
{
    if (note == m_noteMode)
        return;
    m_noteMode = note;
    m_mentions->setActive(note); // only a note names colleagues
    setAccessibleName(note ? tr("Private note") : tr("Reply"));
    applyLook();
}

void Composer::applyLook()
{
    m_applyingLook = true;
    if (!m_noteMode) {
        setPalette(QPalette()); // back to what the window has
    } else {
        // Only the two roles are set: everything else still follows the window.
        const QPalette inherited = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
        const bool dark = inherited.color(QPalette::Base).lightness() < 128;
        QPalette tinted;
        tinted.setColor(QPalette::Base, dark ? QColor(0x3d, 0x34, 0x12) : QColor(0xff, 0xf6, 0xd0));
        tinted.setColor(QPalette::Text, dark ? QColor(0xf3, 0xe6, 0xb4) : QColor(0x3a, 0x30, 0x05));
        QColor hint = tinted.color(QPalette::Text);
        hint.setAlphaF(0.6);
        tinted.setColor(QPalette::PlaceholderText, hint);
        setPalette(tinted);
    }
    m_applyingLook = false;
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    // The quick replies' or mentions' list is open: Enter and Tab choose, Esc closes (it does that).
    if (m_quickReplies->isPopupVisible() || m_mentions->isPopupVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        submit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool Composer::focusNextPrevChild(bool next)
{
    // Tab takes a quick reply while their list is open, not the focus elsewhere.
    if (m_quickReplies->isPopupVisible())
        return false;
    return QPlainTextEdit::focusNextPrevChild(next);
}

void Composer::submit()
{
    const QString text = toPlainText().trimmed();
    if (text.isEmpty() && !m_hasAttachments)
        return;
    clear();
    emit submitted(text);
}

namespace {

QStringList localFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

bool Composer::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || source->hasImage() || QPlainTextEdit::canInsertFromMimeData(source);
}

void Composer::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesOffered(files);
        return;
    }
    if (source->hasImage()) {
        emit imagePasted(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace relaydesk::ui
