#include "models/messagelistmodel.h"

#include "store/changeset.h"
#include "store/reader.h"
#include "store/store.h"

#include <QHash>

#include <algorithm>

namespace relaydesk::models {

namespace {

// Newer messages read in one refresh at most; a conversation that grew more
// than this while shown is read again from its newest page.
constexpr int kRefreshSlack = 500;

// A download's progress changes only these two columns: the row must still
// count as changed so the thread shows the thumbnail or the failure.
bool sameAttachments(const QVector<store::AttachmentRow> &a, const QVector<store::AttachmentRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).mediaId != b.at(i).mediaId || a.at(i).cacheState != b.at(i).cacheState
            || a.at(i).thumbnailState != b.at(i).thumbnailState)
            return false;
    }
    return true;
}

bool sameMessage(const store::MessageRow &a, const store::MessageRow &b)
{
    return a.id == b.id && a.serverId == b.serverId && a.text == b.text && a.status == b.status
           && a.failureReason == b.failureReason && a.editedAt == b.editedAt && a.purged == b.purged
           && a.createdAt == b.createdAt && sameAttachments(a.attachments, b.attachments)
           && a.authorName == b.authorName;
}

} // namespace

MessageListModel::MessageListModel(store::Store *store, QObject *parent)
    : QAbstractListModel(parent)
{
    setStore(store);
}

void MessageListModel::setStore(store::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_selfAgentId = 0;
    if (m_store)
        connect(m_store, &store::Store::changed, this, &MessageListModel::onStoreChanged);
    load();
}

void MessageListModel::setConversation(qint64 conversationId)
{
    const bool another = conversationId != m_conversationId;
    m_conversationId = conversationId;
    if (another) {
        m_notices.clear();
        readUnreadMarker();
    }
    load(another);
}

void MessageListModel::readUnreadMarker()
{
    m_unreadMarkerId = 0;
    m_unreadMarkerCount = 0;
    m_unreadStillComing = 0;
    if (!m_store || m_conversationId == 0)
        return;
    const auto conversation = m_store->reader().conversation(m_conversationId);
    if (!conversation || conversation->unreadCount <= 0)
        return;
    m_unreadStillComing = conversation->unreadCount;
    placeUnreadMarker();
}

void MessageListModel::placeUnreadMarker()
{
    // Counted at opening: marking the conversation read since does not change it.
    const int unread = m_unreadStillComing;
    int found = 0;
    const qint64 first = m_store->reader().firstUnreadMessage(m_conversationId, unread, &found);
    if (found >= unread)
        m_unreadStillComing = 0;
    if (!first || first == m_unreadMarkerId)
        return;
    const int before = rowOf(m_unreadMarkerId);
    m_unreadMarkerId = first;
    m_unreadMarkerCount = unread;
    for (const int row : {before, rowOf(first)}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {UnreadMarkerRole});
    }
}

void MessageListModel::load(bool atUnreadMarker)
{
    if (atUnreadMarker && m_store && m_unreadMarkerId) {
        // More unread than a page: the thread opens at the first of them.
        const auto newest = m_store->reader().newestMessages(m_conversationId, kPageSize);
        if (!newest.isEmpty() && newest.constFirst().id > m_unreadMarkerId && newest.size() >= kPageSize) {
            beginResetModel();
            loadAround(m_unreadMarkerId);
            endResetModel();
            return;
        }
    }
    beginResetModel();
    m_rows.clear();
    m_olderMaybe = false;
    m_newerMaybe = false;
    if (m_store && m_conversationId != 0) {
        if (!m_selfAgentId) {
            if (const auto home = m_store->reader().accountHome())
                m_selfAgentId = home->agentId;
        }
        m_rows = m_store->reader().newestMessages(m_conversationId, kPageSize);
        m_olderMaybe = m_rows.size() >= kPageSize;
    }
    endResetModel();
}

void MessageListModel::loadAround(qint64 messageId)
{
    m_rows.clear();
    m_olderMaybe = false;
    m_newerMaybe = false;
    if (!m_store || m_conversationId == 0)
        return;
    m_rows = m_store->reader().messagesAround(messageId, kPageSize / 2);
    m_olderMaybe = !m_rows.isEmpty()
                   && !m_store->reader().messagesBefore(m_conversationId, m_rows.constFirst().id, 1).isEmpty();
    m_newerMaybe = !m_rows.isEmpty()
                   && !m_store->reader().messagesAfter(m_conversationId, m_rows.constLast().id, 1).isEmpty();
}

void MessageListModel::onStoreChanged(const store::ChangeSet &changes)
{
    if (m_conversationId == 0)
        return;
    if (changes.removedConversations.contains(m_conversationId)) {
        setConversation(0);
        return;
    }
    if (changes.messageConversations.contains(m_conversationId)) {
        refresh();
        if (m_unreadStillComing > 0)
            placeUnreadMarker();
    }
}

void MessageListModel::refresh()
{
    if (!m_store || m_conversationId == 0)
        return;
    if (m_rows.isEmpty()) {
        const QVector<store::MessageRow> rows = m_store->reader().newestMessages(m_conversationId, kPageSize);
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = rows;
            m_olderMaybe = rows.size() >= kPageSize;
            endInsertRows();
        }
        return;
    }
    const int limit = int(m_rows.size()) + kRefreshSlack;
    QVector<store::MessageRow> fresh = m_store->reader().messagesAfter(m_conversationId, m_rows.constFirst().id - 1,
                                                                       limit);
    if (m_newerMaybe) {
        // Not at the newest (after a jump): new messages wait for fetchMore.
        const qint64 last = m_rows.constLast().id;
        fresh.erase(std::remove_if(fresh.begin(), fresh.end(),
                                   [last](const store::MessageRow &row) { return row.id > last; }),
                    fresh.end());
    }
    if (fresh.size() >= limit) {
        load(); // far more new than we can merge: start again at the newest
        return;
    }
    QHash<qint64, int> wanted;
    for (int i = 0; i < fresh.size(); ++i)
        wanted.insert(fresh.at(i).id, i);
    // Deleted messages go.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.remove(i);
            endRemoveRows();
        }
    }
    // Both lists are in id order: walk them together, inserting the new and
    // updating the changed.
    int row = 0;
    for (const store::MessageRow &message : fresh) {
        if (row < m_rows.size() && m_rows.at(row).id == message.id) {
            if (!sameMessage(m_rows.at(row), message)) {
                m_rows[row] = message;
                emit dataChanged(index(row), index(row));
            }
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, message);
            endInsertRows();
        }
        ++row;
    }
    // Older messages stored meanwhile (a history page) come with fetchMore.
    if (!m_olderMaybe && !m_rows.isEmpty())
        m_olderMaybe = !m_store->reader().messagesBefore(m_conversationId, m_rows.constFirst().id, 1).isEmpty();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::MessageRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case Qt::AccessibleTextRole:
        return m_spoken ? m_spoken(index) : row.text;
    case IdRole:
        return row.id;
    case ServerIdRole:
        return row.serverId;
    case ClientIdRole:
        return row.clientId;
    case DirectionRole:
        return row.direction;
    case AuthorRole:
        return row.author;
    case AuthorNameRole:
        return row.authorName;
    case KindRole:
        return row.kind;
    case StatusRole:
        return row.status;
    case FailureReasonRole:
        return row.failureReason;
    case CreatedAtRole:
        return row.createdAt;
    case EditedAtRole:
        return row.editedAt;
    case AttachmentCountRole:
        return int(row.attachments.size());
    case AttachmentsRole:
        return QVariant::fromValue(row.attachments);
    case UnreadMarkerRole:
        return row.id == m_unreadMarkerId ? m_unreadMarkerCount : 0;
    case NoticesRole:
        return m_notices.value(row.id);
    case ActivityRole: {
        if (row.activity.isEmpty())
            return {};
        QVariantMap activity = row.activity.toVariantMap();
        const auto self = [this](const QJsonValue &id) {
            return m_selfAgentId != 0 && id.toInteger() == m_selfAgentId;
        };
        activity.insert(QStringLiteral("by_self"), self(row.activity.value(QLatin1String("by_agent_id"))));
        activity.insert(QStringLiteral("agent_self"), self(row.activity.value(QLatin1String("agent_id"))));
        return activity;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{IdRole, "messageId"},
            {ServerIdRole, "serverId"},
            {ClientIdRole, "clientId"},
            {DirectionRole, "direction"},
            {AuthorRole, "author"},
            {AuthorNameRole, "authorName"},
            {KindRole, "kind"},
            {TextRole, "text"},
            {StatusRole, "status"},
            {FailureReasonRole, "failureReason"},
            {CreatedAtRole, "createdAt"},
            {EditedAtRole, "editedAt"},
            {AttachmentCountRole, "attachmentCount"},
            {AttachmentsRole, "attachments"},
            {UnreadMarkerRole, "unreadMarker"},
            {NoticesRole, "notices"},
            {ActivityRole, "activity"}};
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_newerMaybe;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_newerMaybe || !m_store || m_rows.isEmpty())
        return;
    const QVector<store::MessageRow> newer = m_store->reader().messagesAfter(m_conversationId, m_rows.constLast().id,
                                                                             kPageSize);
    m_newerMaybe = newer.size() >= kPageSize;
    if (newer.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + newer.size()) - 1);
    m_rows += newer;
    endInsertRows();
    if (m_rows.size() > m_maxRows) {
        const int excess = int(m_rows.size()) - m_maxRows;
        beginRemoveRows({}, 0, excess - 1);
        m_rows.remove(0, excess);
        m_olderMaybe = true;
        endRemoveRows();
    }
}

void MessageListModel::fetchOlder()
{
    if (!m_olderMaybe || !m_store || m_rows.isEmpty())
        return;
    const QVector<store::MessageRow> older = m_store->reader().messagesBefore(m_conversationId, m_rows.constFirst().id,
                                                                              kPageSize);
    m_olderMaybe = older.size() >= kPageSize;
    if (older.isEmpty())
        return;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
    if (m_rows.size() > m_maxRows) {
        beginRemoveRows({}, m_maxRows, int(m_rows.size()) - 1);
        m_rows.resize(m_maxRows);
        m_newerMaybe = true;
        endRemoveRows();
    }
}

void MessageListModel::showAround(qint64 conversationId, qint64 messageId)
{
    const bool another = conversationId != m_conversationId;
    m_conversationId = conversationId;
    if (another) {
        m_notices.clear();
        readUnreadMarker();
    }
    beginResetModel();
    loadAround(messageId);
    endResetModel();
}

void MessageListModel::addNotice(qint64 conversationId, const QString &text, qint64 at)
{
    if (!m_store || conversationId == 0 || conversationId != m_conversationId)
        return;
    const QVector<store::MessageRow> newest = m_store->reader().newestMessages(conversationId, 1);
    if (newest.isEmpty())
        return; // nothing to put it under
    const qint64 id = newest.constFirst().id;
    m_notices[id].append(QVariantMap{{QStringLiteral("text"), text}, {QStringLiteral("at"), at}});
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {NoticesRole});
}

const store::MessageRow *MessageListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MessageListModel::rowOf(qint64 messageId) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), messageId,
                                     [](const store::MessageRow &row, qint64 id) { return row.id < id; });
    return it != m_rows.cend() && it->id == messageId ? int(it - m_rows.cbegin()) : -1;
}

} // namespace relaydesk::models
