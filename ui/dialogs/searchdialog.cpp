#include "dialogs/searchdialog.h"

#include "appearance/emoji.h"
#include "models/searchresultsmodel.h"
#include "store/rows.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {

using models::SearchResultsModel;

// Paints a conversation row in bold with its count, and a hit as its time
// and its snippet with the matched words highlighted (one line, elided).
class SnippetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
        if (snippet.isNull()) {
            opt.font.setBold(true);
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(4, 0, -4, 0);

        // The time, dimmed, on the right.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(index.data(SearchResultsModel::CreatedAtRole).toLongLong());
        const QString when = QLocale().toString(at, QLocale::ShortFormat);
        QColor dim = text;
        dim.setAlphaF(0.65);
        painter->save();
        painter->setPen(dim);
        const int whenWidth = opt.fontMetrics.horizontalAdvance(when);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, when);
        area.setRight(area.right() - whenWidth - 12);

        // The snippet on one line, the matches bold on a highlight.
        const SearchDialog::Snippet line = SearchDialog::foldSnippet(snippet);
        QList<QTextLayout::FormatRange> formats;
        for (const auto &[start, length] : line.matches) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setFontWeight(QFont::Bold);
            if (!selected)
                range.format.setBackground(QColor(255, 214, 10, 110));
            formats.append(range);
        }
        painter->setPen(text);
        emoji::drawLine(painter, area, opt.font, line.text, Qt::AlignLeft, formats);
        painter->restore();
    }
};

} // namespace

SearchDialog::SearchDialog(models::SearchResultsModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setWindowTitle(tr("Search messages"));
    resize(640, 480);
    m_query->setPlaceholderText(tr("Search all messages on this computer"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));
    m_query->setAccessibleDescription(tr("Words to find in every conversation; works offline"));
    m_query->installEventFilter(this);

    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Results"));
    m_results->setAccessibleDescription(tr("Messages found, grouped by conversation"));
    connect(m_results, &QTreeView::activated, this, &SearchDialog::choose);

    m_summary->setAccessibleName(tr("Search summary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        QModelIndex current = m_results->currentIndex();
        if (!current.isValid())
            current = m_model->index(0, 0, m_model->index(0, 0));
        choose(current);
    });
    showResults();
}

SearchDialog::Snippet SearchDialog::foldSnippet(const QString &snippet)
{
    Snippet line;
    int matchStart = -1;
    bool space = false; // whitespace seen since the last character kept
    for (const QChar c : snippet) {
        if (c == store::kMatchStart) {
            if (space && !line.text.isEmpty())
                line.text.append(QLatin1Char(' '));
            space = false;
            matchStart = int(line.text.size());
        } else if (c == store::kMatchEnd) {
            if (matchStart >= 0 && line.text.size() > matchStart)
                line.matches.append({matchStart, int(line.text.size()) - matchStart});
            matchStart = -1;
        } else if (c.isSpace()) {
            space = true;
        } else {
            if (space && !line.text.isEmpty())
                line.text.append(QLatin1Char(' '));
            space = false;
            line.text.append(c);
        }
    }
    return line;
}

void SearchDialog::searchNow()
{
    m_typing->stop();
    m_model->setQuery(m_query->text());
    showResults();
}

void SearchDialog::showResults()
{
    m_results->expandAll();
    const QString query = m_model->query();
    if (query.isEmpty())
        m_summary->setText(tr("Type words to find them in every conversation, even offline."));
    else if (m_model->hitCount() == 0)
        m_summary->setText(tr("No message contains “%1”.").arg(query));
    else {
        // Two counts, each with its own plural forms.
        const QString messages = tr("%n message(s)", nullptr, m_model->hitCount());
        const QString conversations = tr("%n conversation(s)", nullptr, m_model->rowCount());
        m_summary->setText(m_model->hitCount() >= models::SearchResultsModel::kMaxHits
                               ? tr("The newest %1 found, in %2. Add a word to narrow it.").arg(messages, conversations)
                               : tr("%1 found, in %2.").arg(messages, conversations));
    }
    // The first hit is ready for Enter.
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    if (first.isValid())
        m_results->setCurrentIndex(first);
}

void SearchDialog::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    QModelIndex hit = index;
    if (!hit.parent().isValid())
        hit = m_model->index(0, 0, index); // a conversation row opens at its newest hit
    if (!hit.isValid())
        return;
    emit hitChosen(hit.data(models::SearchResultsModel::ConversationIdRole).toLongLong(),
                   hit.data(models::SearchResultsModel::MessageIdRole).toLongLong());
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up and Page Down in the field move through the results.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_results, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    // Not when the system hides it (the window minimised with it).
    QWidget *opener = parentWidget() ? parentWidget()->window() : nullptr;
    if (!event->spontaneous() && opener && opener->isVisible() && !opener->isMinimized())
        opener->activateWindow();
}

} // namespace relaydesk::ui
