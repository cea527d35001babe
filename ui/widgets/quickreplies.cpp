#include "widgets/quickreplies.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
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

// Two lines a reply: "/shortcut · Title", then the start of its text, so the
// agent sees what goes before choosing.
class ReplyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {260, 2 * metrics.height() + 3 * kPad};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        const QWidget *view = option.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, view);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QRect inner = option.rect.adjusted(kPad * 2, kPad, -kPad * 2, -kPad);
        const QFontMetrics metrics(option.font);
        painter->save();
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect first(inner.left(), inner.top(), inner.width(), metrics.height());
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        first.width()));
        painter->setFont(option.font);
        QColor dim = palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(dim);
        const QRect second(inner.left(), first.bottom() + 1 + kPad, inner.width(), metrics.height());
        const QString text = index.data(TextRole).toString().simplified();
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, second.width()));
        painter->restore();
    }

private:
    static constexpr int kPad = 3;
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
    m_completer->popup()->setItemDelegate(new ReplyDelegate(m_completer->popup()));
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
    m_completer->complete(m_editor->cursorRect());
    QAbstractItemView *list = m_completer->popup();
    list->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    place(list);
}

void QuickReplyCompleter::place(QWidget *list) const
{
    // Over the text box, as wide as it and no wider: Send, right of the box,
    // and the box's own last lines stay in view. Below it only when the
    // screen has no room above.
    const int rows = std::min(m_completer->completionCount(), m_completer->maxVisibleItems());
    const int rowHeight = static_cast<QAbstractItemView *>(list)->sizeHintForRow(0);
    const int frame = 2 * list->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, list);
    const QSize size(std::max(m_editor->width(), 200), rows * std::max(rowHeight, 1) + frame + 2);
    const QPoint topLeft = m_editor->mapToGlobal(QPoint(0, 0));
    QPoint at(topLeft.x(), topLeft.y() - size.height());
    if (const QScreen *screen = m_editor->screen()) {
        if (at.y() < screen->availableGeometry().top())
            at.setY(topLeft.y() + m_editor->height());
    }
    list->setGeometry(QRect(at, size));
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
