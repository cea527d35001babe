#include "models/conversationlistmodel.h"

#include "models/snoozepresets.h"
#include "store/changeset.h"
#include "store/reader.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace relaydesk::models {

namespace {

// Folds case and accents, so "jose" finds "José".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toCaseFolded());
    }
    return result;
}

bool sameRow(const store::ConversationRow &a, const store::ConversationRow &b)
{
    return a.id == b.id && a.contactName == b.contactName && a.lastPreview == b.lastPreview
           && a.lastActivity == b.lastActivity && a.unreadCount == b.unreadCount && a.status == b.status
           && a.assigneeId == b.assigneeId && a.autopilot == b.autopilot && a.muted == b.muted && a.channel == b.channel
           && a.avatarMediaId == b.avatarMediaId && a.snoozedUntil == b.snoozedUntil && a.draft == b.draft
           && a.windowExpiresAt == b.windowExpiresAt && a.priority == b.priority && a.contactId == b.contactId;
}

} // namespace

ConversationListModel::ConversationListModel(store::Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(nullptr)
    , m_countTimer(new QTimer(this))
{
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(kCountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &ConversationListModel::recount);
    setStore(store);
}

void ConversationListModel::setCountedAgent(qint64 agentId)
{
    if (agentId == m_countedAgent)
        return;
    m_countedAgent = agentId;
    recount();
}

void ConversationListModel::recount()
{
    m_countTimer->stop();
    const Counts counts = m_store ? m_store->reader().conversationCounts(m_countedAgent) : Counts();
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

void ConversationListModel::setStore(store::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &store::Store::changed, this, &ConversationListModel::onStoreChanged);
    beginResetModel();
    m_limit = kPageSize;
    m_rows = read();
    endResetModel();
    recount();
}

void ConversationListModel::setFilter(const store::ConversationFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    m_limit = kPageSize;
    m_rows = read();
    endResetModel();
}

void ConversationListModel::setNameFilter(const QString &text)
{
    m_nameFilter = folded(text.trimmed());
    beginResetModel();
    m_rows = read();
    endResetModel();
}

QVector<store::ConversationRow> ConversationListModel::read() const
{
    if (!m_store)
        return {};
    QVector<store::ConversationRow> rows = m_store->reader().conversations(m_filter, m_limit);
    const_cast<ConversationListModel *>(this)->m_maybeMore = rows.size() >= m_limit;
    if (!m_nameFilter.isEmpty()) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [this](const store::ConversationRow &row) {
                                      return !folded(row.contactName).contains(m_nameFilter);
                                  }),
                   rows.end());
    }
    return rows;
}

void ConversationListModel::onStoreChanged(const store::ChangeSet &changes)
{
    if (changes.conversations.isEmpty() && changes.messageConversations.isEmpty()
        && changes.removedConversations.isEmpty() && changes.contacts.isEmpty())
        return;
    // Counts change only with a conversation's own record; the timer is not
    // restarted, so a steady stream of changes still shows within the delay.
    if ((!changes.conversations.isEmpty() || !changes.removedConversations.isEmpty()) && !m_countTimer->isActive())
        m_countTimer->start();
    reload();
}

void ConversationListModel::reload()
{
    const QVector<store::ConversationRow> rows = read();
    QHash<qint64, int> wanted; // id -> row in the new list
    for (int i = 0; i < rows.size(); ++i)
        wanted.insert(rows.at(i).id, i);

    // 1. Conversations no longer in the list go.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.remove(i);
            endRemoveRows();
        }
    }
    // 2. New ones come in where they belong (or at the end; step 3 orders).
    QSet<qint64> present;
    for (const store::ConversationRow &row : std::as_const(m_rows))
        present.insert(row.id);
    for (int i = 0; i < rows.size(); ++i) {
        if (present.contains(rows.at(i).id))
            continue;
        const int at = std::min(i, int(m_rows.size()));
        beginInsertRows({}, at, at);
        m_rows.insert(at, rows.at(i));
        endInsertRows();
        present.insert(rows.at(i).id);
    }
    // 3. A new order moves the rows; persistent indexes (the selection) follow
    // their conversation.
    bool sameOrder = true;
    for (int i = 0; i < rows.size() && sameOrder; ++i)
        sameOrder = rows.at(i).id == m_rows.at(i).id;
    QHash<qint64, store::ConversationRow> old;
    for (const store::ConversationRow &row : std::as_const(m_rows))
        old.insert(row.id, row);
    if (!sameOrder) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex &index : before) {
            const int row = index.isValid() ? wanted.value(m_rows.at(index.row()).id, -1) : -1;
            after.append(row >= 0 ? createIndex(row, 0) : QModelIndex());
        }
        m_rows = rows;
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 4. Changed contents update in place.
    for (int i = 0; i < rows.size(); ++i) {
        if (!sameRow(rows.at(i), old.value(rows.at(i).id))) {
            m_rows[i] = rows.at(i);
            emit dataChanged(index(i), index(i));
        }
    }
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ConversationListModel::setAgents(const QHash<qint64, QString> &names, qint64 selfId)
{
    if (names == m_agentNames && selfId == m_selfId)
        return;
    m_agentNames = names;
    m_selfId = selfId;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {AssigneeNameRole, Qt::AccessibleTextRole});
}

QString ConversationListModel::assigneeName(qint64 assigneeId) const
{
    if (assigneeId <= 0)
        return {};
    if (assigneeId == m_selfId)
        return tr("You");
    return m_agentNames.value(assigneeId, tr("Agent %1").arg(assigneeId));
}

QString ConversationListModel::displayName(const store::ConversationRow &row)
{
    return row.contactName.isEmpty() ? tr("Visitor %1").arg(row.contactId) : row.contactName;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::ConversationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return displayName(row);
    case Qt::ToolTipRole:
        return row.lastPreview;
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row, the marks in words.
        const QString name = displayName(row);
        const QString channel = row.channel == QLatin1String("whatsapp")    ? tr("WhatsApp")
                                : row.channel == QLatin1String("messenger") ? tr("Messenger")
                                                                            : tr("web chat");
        QStringList parts{name, channel};
        if (row.priority == QLatin1String("urgent"))
            parts.append(tr("urgent"));
        else if (row.priority == QLatin1String("high"))
            parts.append(tr("high priority"));
        if (row.unreadCount > 0 && row.status != QLatin1String("resolved"))
            parts.append(tr("%n unread", nullptr, row.unreadCount));
        if (row.status == QLatin1String("snoozed") && row.snoozedUntil > 0)
            parts.append(
                tr("snoozed until %1")
                    .arg(wakeMoment(QDateTime::fromMSecsSinceEpoch(row.snoozedUntil), QDateTime::currentDateTime())));
        if (!row.autopilot.isEmpty() && row.autopilot != QLatin1String("off"))
            parts.append(tr("autopilot answering"));
        if (row.muted)
            parts.append(tr("muted"));
        if (row.assigneeId > 0)
            parts.append(row.assigneeId == m_selfId ? tr("assigned to you")
                                                    : tr("assigned to %1").arg(assigneeName(row.assigneeId)));
        // A draft is what the row shows instead of the last message; it is said so.
        if (!row.draft.isEmpty())
            parts.append(tr("draft: %1").arg(row.draft.simplified()));
        else if (!row.lastPreview.isEmpty())
            parts.append(row.lastPreview.simplified());
        return parts.join(QStringLiteral(", "));
    }
    case IdRole:
        return row.id;
    case PreviewRole:
        return row.lastPreview;
    case AssigneeNameRole:
        return assigneeName(row.assigneeId);
    case LastActivityRole:
        return row.lastActivity;
    case UnreadRole:
        // A resolved conversation's messages no longer wait for anyone.
        return row.status == QLatin1String("resolved") ? 0 : row.unreadCount;
    case SnoozedUntilRole:
        return row.status == QLatin1String("snoozed") ? row.snoozedUntil : qint64(0);
    case ChannelRole:
        return row.channel;
    case StatusRole:
        return row.status;
    case AssigneeRole:
        return row.assigneeId;
    case AutopilotRole:
        return row.autopilot;
    case MutedRole:
        return row.muted;
    case ContactIdRole:
        return row.contactId;
    case DraftRole:
        return row.draft;
    case PriorityRole:
        return row.priority;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"},
            {NameRole, "name"},
            {PreviewRole, "preview"},
            {LastActivityRole, "lastActivity"},
            {UnreadRole, "unread"},
            {ChannelRole, "channel"},
            {StatusRole, "status"},
            {AssigneeRole, "assignee"},
            {AssigneeNameRole, "assigneeName"},
            {AutopilotRole, "autopilot"},
            {MutedRole, "muted"},
            {ContactIdRole, "contactId"},
            {DraftRole, "draft"},
            {SnoozedUntilRole, "snoozedUntil"},
            {PriorityRole, "priority"}};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_maybeMore;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_maybeMore || !m_store)
        return;
    // The next page comes through the same diff as a change, so rows that
    // moved meanwhile are announced too.
    m_limit += kPageSize;
    reload();
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conversationId)
            return i;
    }
    return -1;
}

const store::ConversationRow *ConversationListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace relaydesk::models
