#include "widgets/composer.h"

#include <QEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

namespace relaydesk::ui {

Composer::Composer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setPlaceholderText(tr("Write a reply… (Enter sends, Shift+Enter for a new line)"));
    setAccessibleName(tr("Reply"));
    setTabChangesFocus(true);
    // Three lines show; a longer reply scrolls inside.
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * int(document()->documentMargin()) + 2 * frameWidth());
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Reply"));
    QPlainTextEdit::changeEvent(event);
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        submit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
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
