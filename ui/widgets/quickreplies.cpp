#include "widgets/quickreplies.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextBlock>

namespace relaydesk::ui {

namespace {

enum Role { ShortcutRole = Qt::UserRole + 1, TitleRole, TextRole };

// The replies whose shortcut starts with what was typed, then those whose
// title contains it; otherwise in the admin's order.
class Matching : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTyped(const QString &typed)
    {
        if (typed == m_typed)
            return;
        m_typed = typed;
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex reply = sourceModel()->index(row, 0, parent);
        return byShortcut(reply) || reply.data(TitleRole).toString().contains(m_typed, Qt::CaseInsensitive);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftFirst = byShortcut(left);
        if (leftFirst != byShortcut(right))
            return leftFirst;
        return left.row() < right.row();
    }

private:
    bool byShortcut(const QModelIndex &reply) const
    {
        return reply.data(ShortcutRole).toString().startsWith(m_typed, Qt::CaseInsensitive);
    }

    QString m_typed;
};

} // namespace

QuickReplyCompleter::QuickReplyCompleter(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_replies(new QStandardItemModel(this))
    , m_matching(new Matching(this))
    , m_completer(new QCompleter(this))
{
    m_matching->setSourceModel(m_replies);
    m_matching->setDynamicSortFilter(true);
    m_matching->sort(0);
    m_completer->setModel(m_matching);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("quickReplies"));
    m_completer->popup()->setAccessibleName(tr("Quick replies"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { insert(index.data(TextRole).toString()); });
    connect(editor, &QPlainTextEdit::textChanged, this, &QuickReplyCompleter::update);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &QuickReplyCompleter::update);
}

void QuickReplyCompleter::setReplies(const QVector<QuickReply> &replies)
{
    m_replies->clear();
    for (const QuickReply &reply : replies) {
        auto *item = new QStandardItem(QStringLiteral("/%1 · %2").arg(reply.shortcut, reply.title));
        item->setData(reply.shortcut, ShortcutRole);
        item->setData(reply.title, TitleRole);
        item->setData(reply.text, TextRole);
        item->setToolTip(reply.text.left(400));
        item->setData(tr("%1, quick reply %2: %3").arg(reply.title, reply.shortcut, reply.text.left(200)),
                      Qt::AccessibleTextRole);
        item->setEditable(false);
        m_replies->appendRow(item);
    }
    update();
}

int QuickReplyCompleter::replyCount() const
{
    return m_replies->rowCount();
}

bool QuickReplyCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

QAbstractItemView *QuickReplyCompleter::popup() const
{
    return m_completer->popup();
}

QStringList QuickReplyCompleter::offered() const
{
    QStringList shortcuts;
    for (int row = 0; row < m_matching->rowCount(); ++row)
        shortcuts.append(m_matching->index(row, 0).data(ShortcutRole).toString());
    return shortcuts;
}

void QuickReplyCompleter::update()
{
    m_wordStart = -1;
    const QTextCursor cursor = m_editor->textCursor();
    if (m_replies->rowCount() == 0 || cursor.hasSelection() || m_editor->isReadOnly()) {
        m_completer->popup()->hide();
        return;
    }
    // The word the cursor is in, within its line: "/" and what follows it.
    const QString line = cursor.block().text();
    const int at = cursor.positionInBlock();
    int start = at;
    while (start > 0 && !line.at(start - 1).isSpace() && line.at(start - 1) != QLatin1Char('/'))
        --start;
    const int slash = start - 1;
    const bool wordStart = slash >= 0 && line.at(slash) == QLatin1Char('/')
                           && (slash == 0 || line.at(slash - 1).isSpace());
    if (!wordStart) {
        m_completer->popup()->hide();
        return;
    }
    static_cast<Matching *>(m_matching)->setTyped(line.mid(start, at - start));
    if (m_matching->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_wordStart = cursor.block().position() + slash;
    QRect where = m_editor->cursorRect();
    where.setWidth(std::max(260, m_completer->popup()->sizeHintForColumn(0)
                                     + m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(where);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void QuickReplyCompleter::insert(const QString &text)
{
    if (m_wordStart < 0)
        return;
    // The whole "/word" goes, also what of it is after the cursor.
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(m_wordStart);
    const int lineEnd = cursor.block().position() + cursor.block().length() - 1;
    int end = m_wordStart + 1;
    while (end < lineEnd && !m_editor->document()->characterAt(end).isSpace())
        ++end;
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    m_editor->setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace relaydesk::ui
