#include "widgets/mentions.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QTextBlock>

namespace relaydesk::ui {

MentionCompleter::MentionCompleter(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_matching(new QStringListModel(this))
    , m_completer(new QCompleter(this))
{
    m_completer->setModel(m_matching);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("mentions"));
    m_completer->popup()->setAccessibleName(tr("Agents to mention"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &MentionCompleter::insert);
    connect(editor, &QPlainTextEdit::textChanged, this, &MentionCompleter::update);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &MentionCompleter::update);
}

void MentionCompleter::setNames(const QStringList &names)
{
    m_names = names;
    m_names.removeAll(QString());
    m_names.sort(Qt::CaseInsensitive);
    update();
}

void MentionCompleter::setActive(bool active)
{
    m_active = active;
    update();
}

bool MentionCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

QAbstractItemView *MentionCompleter::popup() const
{
    return m_completer->popup();
}

QStringList MentionCompleter::offered() const
{
    return m_matching->stringList();
}

bool MentionCompleter::mentions(const QString &text, const QString &name)
{
    if (name.isEmpty())
        return false;
    const QString wanted = QLatin1Char('@') + name;
    for (qsizetype at = text.indexOf(wanted, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(wanted, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + wanted.size();
        const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool wordEnd = after >= text.size() || !text.at(after).isLetterOrNumber();
        if (wordStart && wordEnd)
            return true;
    }
    return false;
}

void MentionCompleter::update()
{
    m_wordStart = -1;
    const QTextCursor cursor = m_editor->textCursor();
    if (!m_active || m_names.isEmpty() || cursor.hasSelection() || m_editor->isReadOnly()) {
        m_completer->popup()->hide();
        return;
    }
    // From the "@" before the cursor, within its line: a name may hold spaces,
    // so what was typed since the "@" is matched as a prefix of a name or of
    // any of its words.
    const QString line = cursor.block().text();
    const int at = cursor.positionInBlock();
    const int sign = int(line.left(at).lastIndexOf(QLatin1Char('@')));
    if (sign < 0 || (sign > 0 && !line.at(sign - 1).isSpace()) || at - sign > 40) {
        m_completer->popup()->hide();
        return;
    }
    const QString typed = line.mid(sign + 1, at - sign - 1);
    QStringList matching;
    for (const QString &name : std::as_const(m_names)) {
        bool match = name.startsWith(typed, Qt::CaseInsensitive);
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            match = match || word.startsWith(typed, Qt::CaseInsensitive);
        if (match)
            matching.append(name);
    }
    // A name already written out whole needs no list.
    if (matching.isEmpty()
        || (matching.size() == 1 && matching.constFirst().compare(typed, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_matching->setStringList(matching);
    m_wordStart = cursor.block().position() + sign;
    QRect where = m_editor->cursorRect();
    where.setWidth(220);
    m_completer->complete(where);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionCompleter::insert(const QString &name)
{
    if (m_wordStart < 0)
        return;
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    cursor.setPosition(m_wordStart);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(QLatin1Char('@') + name + QLatin1Char(' '));
    m_editor->setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace relaydesk::ui
