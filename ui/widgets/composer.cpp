#include "widgets/composer.h"

#include <QKeyEvent>

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
    if (text.isEmpty())
        return;
    clear();
    emit submitted(text);
}

} // namespace relaydesk::ui
