#include "models/searchresultsmodel.h"

#include "store/reader.h"
#include "store/store.h"

#include <QHash>

namespace relaydesk::models {

namespace {
// Internal ids: 0 marks a conversation row; a hit row keeps its group + 1.
constexpr quintptr kGroupRow = 0;
} // namespace

SearchResultsModel::SearchResultsModel(store::Store *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
}

void SearchResultsModel::setStore(store::Store *store)
{
    m_store = store;
    const QString query = m_query;
    m_query.clear();
    setQuery(query);
}

void SearchResultsModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query && !m_groups.isEmpty())
        return;
    beginResetModel();
    m_query = trimmed;
    m_groups.clear();
    m_hits = 0;
    if (m_store && !trimmed.isEmpty()) {
        QHash<qint64, int> groupOf;
        const QVector<store::MessageHit> hits = m_store->reader().searchMessages(trimmed, kMaxHits);
        for (const store::MessageHit &hit : hits) {
            auto it = groupOf.find(hit.conversationId);
            if (it == groupOf.end()) {
                it = groupOf.insert(hit.conversationId, int(m_groups.size()));
                m_groups.append(Group{hit.conversationId, hit.contactName, {}});
            }
            m_groups[*it].hits.append(hit);
        }
        m_hits = int(hits.size());
    }
    endResetModel();
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).hits.size() ? createIndex(row, 0, quintptr(parent.row()) + 1)
                                                       : QModelIndex();
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRow && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%n message(s))", nullptr, int(group.hits.size())).arg(group.name);
        case ConversationIdRole:
            return group.conversationId;
        case MessageIdRole:
            return qint64(0);
        case HitCountRole:
            return int(group.hits.size());
        default:
            return {};
        }
    }
    const store::MessageHit &hit = m_groups.at(int(index.internalId() - 1)).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return plainSnippet(hit.snippet);
    case SnippetRole:
        return hit.snippet;
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case AuthorRole:
        return hit.author;
    case CreatedAtRole:
        return hit.createdAt;
    default:
        return {};
    }
}

QString SearchResultsModel::plainSnippet(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(store::kMatchStart);
    plain.remove(store::kMatchEnd);
    return plain;
}

} // namespace relaydesk::models
