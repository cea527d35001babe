#pragma once

// Search across the whole local history, as a two-level tree: a row per
// conversation (newest hit first), under it that conversation's hits, each
// with its snippet. Reads the encrypted store only, so it works offline.
// A search takes about a millisecond at a million messages (relaydesk-bench
// store), so it runs as the agent types.

#include "store/rows.h"

#include <QAbstractItemModel>
#include <QVector>

namespace relaydesk::store {
class Store;
}

namespace relaydesk::models {

class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        MessageIdRole, // 0 on a conversation row
        SnippetRole,   // the text with store::kMatchStart/kMatchEnd around matches
        AuthorRole,
        CreatedAtRole,
        HitCountRole, // on a conversation row
    };
    static constexpr int kMaxHits = 200;

    explicit SearchResultsModel(store::Store *store, QObject *parent = nullptr);
    void setStore(store::Store *store);

    // Runs the search (an empty query clears the results).
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    int hitCount() const { return m_hits; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The snippet as plain text, matches unmarked (accessibility, copying).
    static QString plainSnippet(const QString &snippet);

private:
    struct Group
    {
        qint64 conversationId = 0;
        QString name;
        QVector<store::MessageHit> hits;
    };
    store::Store *m_store;
    QString m_query;
    QVector<Group> m_groups;
    int m_hits = 0;
};

} // namespace relaydesk::models
