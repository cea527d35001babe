// The conversation list and the window's one current conversation: the
// list shows it selected whenever it holds it, and only the agent's own
// choices in the list (click, arrow keys, Alt+Up/Down) change it. The view
// also moves its current row by itself — the current row removed (a
// conversation resolved leaves the Open list), a reset (another tab or
// filter), focus coming to an empty list — and none of those may open
// another customer: a reply would go to them.

#include "panes/conversationpane.h"

#include "panes/conversationlistview.h"

#include "models/conversationlistmodel.h"

#include <QBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>

namespace relaydesk::ui {

namespace {

ConversationPane::Status statusNamed(const QString &status, bool *known)
{
    *known = true;
    if (status == QLatin1String("pending"))
        return ConversationPane::Status::Pending;
    if (status == QLatin1String("snoozed"))
        return ConversationPane::Status::Snoozed;
    if (status == QLatin1String("resolved"))
        return ConversationPane::Status::Resolved;
    *known = status == QLatin1String("open");
    return ConversationPane::Status::Open;
}

} // namespace

void ConversationPane::makeElsewhereLine(QBoxLayout *layout)
{
    m_elsewhere = new QPushButton(this);
    m_elsewhere->setObjectName(QStringLiteral("currentElsewhere"));
    m_elsewhere->setFlat(true);
    m_elsewhere->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
    m_elsewhere->hide();
    connect(m_elsewhere, &QPushButton::clicked, this, [this] { showCurrent(m_current, true); });
    layout->addWidget(m_elsewhere);
}

void ConversationPane::watchModelChanges(models::ConversationListModel *model)
{
    // Connected before the view and its selection model connect theirs, so
    // the pane is quiet while they move the current row.
    const auto quiet = [this] { ++m_quiet; };
    const auto settled = [this] {
        m_quiet = std::max(0, m_quiet - 1);
        if (m_quiet == 0)
            QTimer::singleShot(0, this, &ConversationPane::syncSelection);
    };
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, quiet);
    connect(model, &QAbstractItemModel::rowsRemoved, this, settled);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, quiet);
    connect(model, &QAbstractItemModel::modelReset, this, settled);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, quiet);
    connect(model, &QAbstractItemModel::layoutChanged, this, settled);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, quiet);
    connect(model, &QAbstractItemModel::rowsMoved, this, settled);
    // A page or a new conversation may bring the current one in.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this] { QTimer::singleShot(0, this, &ConversationPane::syncSelection); });
}

void ConversationPane::listCurrentChanged(const QModelIndex &current)
{
    if (m_quiet > 0 && m_current.id != 0) {
        QTimer::singleShot(0, this, &ConversationPane::syncSelection);
        return;
    }
    if (!current.isValid())
        return;
    // Choosing several rows (Ctrl, Shift, a drag, Ctrl+A) opens none of them;
    // nor does Ctrl+arrow moving the focus past rows it leaves unselected.
    if (static_cast<ConversationListView *>(m_list)->extending() || selectedCount() > 1
        || !m_list->selectionModel()->isSelected(current))
        return;
    const qint64 id = current.data(models::ConversationListModel::IdRole).toLongLong();
    if (id && id != m_current.id)
        emit conversationChosen(id);
}

bool ConversationPane::selectIfListed(qint64 conversationId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(conversationId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    if (m_list->currentIndex() != index) {
        ++m_quiet;
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        --m_quiet;
        m_list->scrollTo(index); // newly selected here: in sight (otherwise the agent's scrolling stands)
    } else if (!m_list->selectionModel()->isSelected(index)) {
        m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    }
    return true;
}

void ConversationPane::syncSelection()
{
    if (m_quiet > 0 || !m_model)
        return;
    bool listed = m_current.id == 0;
    // Several rows chosen for a bulk action stay chosen while the list changes.
    if (selectedCount() > 1)
        listed = m_current.id == 0 || m_model->rowOf(m_current.id) >= 0;
    else if (m_current.id)
        listed = selectIfListed(m_current.id);
    if ((!listed || m_current.id == 0) && selectedCount() <= 1) {
        // Nothing here is what the thread shows: nothing looks selected.
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && current.data(models::ConversationListModel::IdRole).toLongLong() != m_current.id) {
            ++m_quiet;
            m_list->selectionModel()->clear();
            --m_quiet;
        }
    }
    if (listed || m_current.id == 0) {
        m_elsewhere->hide();
        return;
    }
    static const char *const where[] = {QT_TR_NOOP("Open"), QT_TR_NOOP("Pending"), QT_TR_NOOP("Snoozed"),
                                        QT_TR_NOOP("Resolved")};
    bool known = false;
    const Status status = statusNamed(m_current.status, &known);
    const QString place = known ? tr(where[int(status)]) : m_current.status;
    m_elsewhere->setText(tr("Open: %1 (%2) · Show in list").arg(m_current.name, place));
    m_elsewhere->setToolTip(tr("The conversation in the thread is not in this list; show it where it is"));
    m_elsewhere->setAccessibleName(m_elsewhere->text());
    m_elsewhere->show();
}

void ConversationPane::showCurrent(const Place &place, bool reveal)
{
    m_current = place;
    if (reveal && place.id && m_model && m_model->rowOf(place.id) < 0) {
        // To the tab and scope that hold it, and without a name filter that hides it.
        bool known = false;
        const Status status = statusNamed(place.status, &known);
        if (known)
            setStatus(status);
        if ((m_scope == Scope::Mine && place.assigneeId != m_agentId)
            || (m_scope == Scope::Unassigned && place.assigneeId != 0))
            setScope(Scope::All);
        // Further down than the pages read so far.
        for (int pages = 0; m_model->rowOf(place.id) < 0 && m_model->canFetchMore({}) && pages < 50; ++pages)
            m_model->fetchMore({});
        if (m_model->rowOf(place.id) < 0 && !m_filter->text().isEmpty()) {
            m_filter->clear();
            for (int pages = 0; m_model->rowOf(place.id) < 0 && m_model->canFetchMore({}) && pages < 50; ++pages)
                m_model->fetchMore({});
        }
    }
    syncSelection();
    if (reveal && place.id && m_model && m_model->rowOf(place.id) >= 0)
        m_list->scrollTo(m_model->index(m_model->rowOf(place.id)));
    emit currentShown();
}

} // namespace relaydesk::ui
