#pragma once

// The conversation list the UI binds to, read from the store (never from the
// network): most recent activity first, with the list's filters, paged in as
// the view scrolls. It follows the store's change notifications; a change to
// rows already shown updates them in place, a new order moves them, and the
// persistent indexes (the selection) follow their conversation.

#include "store/reader.h"
#include "store/rows.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

class QTimer;

namespace relaydesk::store {
class Store;
struct ChangeSet;
} // namespace relaydesk::store

namespace relaydesk::models {

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PreviewRole,
        LastActivityRole, // ms since the epoch
        UnreadRole,
        ChannelRole, // "whatsapp", "messenger", "webchat"
        StatusRole,
        AssigneeRole,
        AutopilotRole,
        MutedRole,
        AssigneeNameRole, // "You", an agent's name, or empty when unassigned
        ContactIdRole,    // the customer's contact id (an avatar's colour follows it)
        DraftRole,        // what the agent has written and not sent here, on one line; empty: no draft
        SnoozedUntilRole, // ms since the epoch when a snoozed conversation wakes; 0 for any other
        PriorityRole,     // "low", "normal", "high", "urgent"
    };

    static constexpr int kPageSize = 100;

    explicit ConversationListModel(store::Store *store, QObject *parent = nullptr);

    // The history closes (nullptr) or opens again.
    void setStore(store::Store *store);
    void setFilter(const store::ConversationFilter &filter);
    // Only names containing `text` (case- and accent-insensitive match on the
    // loaded rows).
    void setNameFilter(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Names for the assignees: the workspace's agents, and which one is "You".
    void setAgents(const QHash<qint64, QString> &names, qint64 selfId);

    // How the list names a conversation's customer.
    static QString displayName(const store::ConversationRow &row);

    // The row of a conversation, or -1.
    int rowOf(qint64 conversationId) const;
    const store::ConversationRow *rowAt(int row) const;

    // Reads the rows again from the store.
    void reload();

    // What the status tabs, the scope buttons and the window's title count
    // (see StoreReader::conversationCounts). They follow the store's changes,
    // read at most once per kCountDelayMs however many changes arrive, so a
    // burst of events costs one small indexed read.
    using Counts = store::StoreReader::ConversationCounts;
    static constexpr int kCountDelayMs = 150;
    const Counts &counts() const { return m_counts; }
    // Whose conversations are counted as "mine" (0: nobody signed in).
    void setCountedAgent(qint64 agentId);
    // Reads the counts now.
    void recount();

signals:
    void countsChanged();

private:
    void onStoreChanged(const store::ChangeSet &changes);
    QVector<store::ConversationRow> read() const;

    store::Store *m_store;
    store::ConversationFilter m_filter;
    QString m_nameFilter;
    int m_limit = kPageSize;
    bool m_maybeMore = false;
    QVector<store::ConversationRow> m_rows;
    QString assigneeName(qint64 assigneeId) const;

    QHash<qint64, QString> m_agentNames;
    qint64 m_selfId = 0;

    Counts m_counts;
    qint64 m_countedAgent = 0;
    QTimer *m_countTimer;
};

} // namespace relaydesk::models
