// Several conversations at once, and a row's own menu. The list's selection
// is what a bulk action or a menu acts on; the window's current conversation
// (conversationcurrent.cpp) is what the thread shows and a reply goes to.
// Choosing several rows never opens one, and a row's menu never changes the
// current conversation except through its Open.

#include "panes/conversationlistview.h"
#include "panes/conversationpane.h"

#include "models/conversationlistmodel.h"
#include "widgets/emptystate.h"

#include <QBoxLayout>
#include <QFrame>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <QToolButton>

namespace relaydesk::ui {

namespace {

ConversationListView *viewOf(QListView *list)
{
    return static_cast<ConversationListView *>(list);
}

} // namespace

void ConversationPane::makeSearchOffer(QBoxLayout *layout)
{
    // Under a name filter that matched nobody: the way to the messages that
    // may hold the words (Ctrl+K with them), by click, keyboard or Enter.
    m_searchOffer = new QLabel(this);
    m_searchOffer->setObjectName(QStringLiteral("searchMessagesOffer"));
    m_searchOffer->setWordWrap(true);
    m_searchOffer->setTextFormat(Qt::RichText);
    m_searchOffer->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_searchOffer->setContentsMargins(4, 2, 4, 2);
    m_searchOffer->hide();
    m_texts.add([this] { m_searchOffer->setToolTip(tr("Look for these words in every conversation's messages")); });
    connect(m_searchOffer, &QLabel::linkActivated, this,
            [this] { emit searchMessagesRequested(m_filter->text().trimmed()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_searchOffer->isVisible())
            emit searchMessagesRequested(m_filter->text().trimmed());
    });
    layout->addWidget(m_searchOffer);
}

void ConversationPane::makeSelectionBar(QBoxLayout *layout)
{
    m_selectionBar = new QFrame(this);
    m_selectionBar->setObjectName(QStringLiteral("selectionBar"));
    m_selectionBar->setFrameShape(QFrame::StyledPanel);
    m_selectionBar->setAutoFillBackground(true);
    m_selectionBar->setBackgroundRole(QPalette::AlternateBase);
    // How many on the first line with the way out; what to do with them on the next.
    auto *lines = new QVBoxLayout(m_selectionBar);
    lines->setContentsMargins(6, 2, 2, 2);
    lines->setSpacing(0);
    auto *top = new QHBoxLayout;
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    lines->addLayout(top);
    lines->addLayout(bar);
    m_selectionLabel = new QLabel(m_selectionBar);
    m_selectionLabel->setObjectName(QStringLiteral("selectionCount"));
    QFont bold = m_selectionLabel->font();
    bold.setWeight(QFont::DemiBold);
    m_selectionLabel->setFont(bold);
    top->addWidget(m_selectionLabel, 1);
    for (const Bulk which : {Bulk::Resolve, Bulk::Assign, Bulk::Snooze, Bulk::MarkRead, Bulk::Clear}) {
        auto *button = new QToolButton(m_selectionBar);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (which == Bulk::Assign)
            button->setPopupMode(QToolButton::InstantPopup);
        m_bulkButtons.append(button);
        (which == Bulk::Clear ? top : bar)->addWidget(button);
    }
    bar->addStretch(1);
    m_texts.add([this] {
        bulkButton(Bulk::Resolve)->setText(tr("Resolve"));
        bulkButton(Bulk::Resolve)->setToolTip(tr("Resolve every selected conversation"));
        bulkButton(Bulk::Assign)->setText(tr("Assign"));
        bulkButton(Bulk::Assign)->setToolTip(tr("Assign every selected conversation"));
        bulkButton(Bulk::Snooze)->setText(tr("Snooze…"));
        bulkButton(Bulk::Snooze)->setToolTip(tr("Snooze every selected conversation"));
        bulkButton(Bulk::MarkRead)->setText(tr("Mark read"));
        bulkButton(Bulk::MarkRead)->setToolTip(tr("Mark every selected conversation read"));
        bulkButton(Bulk::Clear)->setText(QStringLiteral("✕"));
        bulkButton(Bulk::Clear)
            ->setToolTip(
                tr("Clear the selection (%1)").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
        bulkButton(Bulk::Clear)->setAccessibleName(tr("Clear the selection"));
        showSelection();
    });
    connect(bulkButton(Bulk::Clear), &QToolButton::clicked, this, &ConversationPane::clearSelection);
    m_selectionBar->hide();
    layout->addWidget(m_selectionBar);

    ConversationListView *view = viewOf(m_list);
    view->onMenu = [this](const QModelIndex &row, const QPoint &globalPos) { rowMenu(row, globalPos); };
    view->onEscape = [this] {
        if (selectedCount() <= 1)
            return false;
        clearSelection();
        return true;
    };
    connect(m_list, &QAbstractItemView::clicked, this, &ConversationPane::listClicked);
}

QToolButton *ConversationPane::bulkButton(Bulk which) const
{
    return m_bulkButtons.value(int(which));
}

int ConversationPane::selectedCount() const
{
    return m_list->selectionModel() ? int(m_list->selectionModel()->selectedRows().size()) : 0;
}

QList<qint64> ConversationPane::selectedIds() const
{
    QList<qint64> ids;
    if (!m_list->selectionModel())
        return ids;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const qint64 id = row.data(models::ConversationListModel::IdRole).toLongLong())
            ids.append(id);
    }
    return ids;
}

QList<qint64> ConversationPane::menuTargets(const QModelIndex &row) const
{
    if (!row.isValid())
        return {};
    if (selectedCount() > 1 && m_list->selectionModel()->isSelected(row))
        return selectedIds();
    const qint64 id = row.data(models::ConversationListModel::IdRole).toLongLong();
    return id ? QList<qint64>{id} : QList<qint64>{};
}

void ConversationPane::rowMenu(const QModelIndex &row, const QPoint &globalPos)
{
    const QList<qint64> ids = menuTargets(row);
    if (!ids.isEmpty())
        emit rowMenuRequested(ids, globalPos);
}

void ConversationPane::clearSelection()
{
    if (!m_list->selectionModel())
        return;
    ++m_quiet;
    m_list->selectionModel()->clearSelection();
    --m_quiet;
    syncSelection(); // the current conversation's row, alone
    showSelection();
}

void ConversationPane::listClicked(const QModelIndex &index)
{
    // A plain click on the one row the list holds as current after choosing
    // several (its current row did not move, so nothing else opens it).
    if (viewOf(m_list)->lastClickExtended() || !index.isValid() || selectedCount() != 1
        || !m_list->selectionModel()->isSelected(index))
        return;
    const qint64 id = index.data(models::ConversationListModel::IdRole).toLongLong();
    if (id && id != m_current.id)
        emit conversationChosen(id);
}

void ConversationPane::showSelection()
{
    if (!m_selectionBar)
        return;
    const int count = selectedCount();
    const bool several = count > 1;
    if (several) {
        m_selectionLabel->setText(tr("%n selected", "conversations chosen in the list", count));
        m_selectionBar->setAccessibleName(m_selectionLabel->text());
    }
    m_selectionBar->setVisible(several);
}

} // namespace relaydesk::ui
