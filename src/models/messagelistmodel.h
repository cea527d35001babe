#pragma once

// The messages of one conversation, oldest first, read from the store (never
// from the network). It starts with the newest page, or around one message
// (a search hit). Older pages come with fetchOlder() (the view's top); newer
// ones with Qt's canFetchMore/fetchMore, which views call at their bottom.
// At most kMaxRows stay loaded. Store change notifications for the
// conversation update rows in place (a status tick, an edit), insert new
// messages where they belong and remove deleted ones, without a reset.

#include "store/rows.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVariantList>
#include <QVector>

#include <functional>

namespace relaydesk::store {
class Store;
struct ChangeSet;
} // namespace relaydesk::store

namespace relaydesk::models {

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ServerIdRole,
        ClientIdRole,
        DirectionRole, // "in" (customer) or "out" (agent, bot)
        AuthorRole,    // "customer", "agent", "bot", "system"
        AuthorNameRole,
        KindRole, // "text", "image", …, "note"
        TextRole,
        StatusRole, // "queued", "sent", "delivered", "read", "failed"
        FailureReasonRole,
        CreatedAtRole, // ms since the epoch
        EditedAtRole,
        AttachmentCountRole,
        AttachmentsRole,  // QVector<store::AttachmentRow>, with each one's cache state
        UnreadMarkerRole, // on the first message that was unread when the conversation opened: how many were
        NoticesRole,      // QVariantList of {text, at}: lines under this message while the conversation is open
        // Kind "activity": what happened as a QVariantMap of its wire fields
        // (type, by_agent_id, by_agent_name, agent_id, status, until …) plus
        // by_self and agent_self, true where that agent is the one signed in.
        ActivityRole,
    };

    static constexpr int kPageSize = 50;
    // At most this many rows stay loaded: paging one way lets go of the far
    // end (it comes back by paging the other way), so memory stays flat
    // however far back the agent scrolls.
    static constexpr int kMaxRows = 1000;

    explicit MessageListModel(store::Store *store, QObject *parent = nullptr);

    void setStore(store::Store *store);
    // Shows a conversation (0: none), starting at its newest messages, or
    // around the first unread one when the newest page does not reach it.
    // Another conversation takes a new unread marker (from the store's
    // unread count); the same one keeps it (and starts at the newest).
    void setConversation(qint64 conversationId);
    // Where the "new messages" line goes: the message that was the first
    // unread one when this conversation was opened (0: none), and how many
    // were unread then. Marking the conversation read does not move it.
    qint64 unreadMarkerId() const { return m_unreadMarkerId; }
    int unreadMarkerCount() const { return m_unreadMarkerCount; }
    // Its row (-1: none, or not loaded).
    int unreadMarkerRow() const { return m_unreadMarkerId ? rowOf(m_unreadMarkerId) : -1; }
    // A line the thread shows under the conversation's newest message until
    // another conversation opens (what changed while it was open, e.g. the
    // autopilot switched); `at` in ms since the epoch.
    void addNotice(qint64 conversationId, const QString &text, qint64 at);
    qint64 conversationId() const { return m_conversationId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Newer messages than the loaded ones, a page at a time (after a jump).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Older messages, a page at a time.
    bool canFetchOlder() const { return m_olderMaybe; }
    void fetchOlder();
    // Shows the conversation around one message (to jump to a search hit).
    void showAround(qint64 conversationId, qint64 messageId);

    const store::MessageRow *rowAt(int row) const;
    int rowOf(qint64 messageId) const;

    // Reads the loaded range (and anything newer) again from the store.
    void refresh();
    // Tests lower it to see the window move.
    void setMaxRows(int rows) { m_maxRows = rows; }

    // What a screen reader says for a row (Qt::AccessibleTextRole): the view
    // that draws the rows knows how they read (who, when, attachments,
    // status); without one, the message's text.
    using SpokenText = std::function<QString(const QModelIndex &index)>;
    void setSpokenText(SpokenText spoken) { m_spoken = std::move(spoken); }

private:
    void onStoreChanged(const store::ChangeSet &changes);
    void load(bool atUnreadMarker = false);
    void readUnreadMarker();
    void placeUnreadMarker();
    void loadAround(qint64 messageId);

    store::Store *m_store = nullptr;
    SpokenText m_spoken;
    qint64 m_conversationId = 0;
    bool m_olderMaybe = false;
    bool m_newerMaybe = false;
    QVector<store::MessageRow> m_rows;
    int m_maxRows = kMaxRows;
    qint64 m_unreadMarkerId = 0;
    int m_unreadMarkerCount = 0;
    // Unread at opening, while not all of those messages are stored yet (a
    // sync still bringing them): the line moves back as they arrive.
    int m_unreadStillComing = 0;
    QHash<qint64, QVariantList> m_notices; // message id -> lines under it
    qint64 m_selfAgentId = 0;              // the signed-in agent (activity lines say "you")
};

} // namespace relaydesk::models

Q_DECLARE_METATYPE(relaydesk::store::AttachmentRow)
