#pragma once

#include "protocol/types.h"
#include "store/rows.h"
#include "store/sqlite.h"

#include <map>
#include <optional>

namespace relaydesk::store {

class SearchIndex;

// The reads the UI needs, each on an index. Runs on its own read-only
// connection (WAL), so it never waits behind the writer.
class StoreReader
{
public:
    // `index` may be null (search then finds nothing) and may be set later.
    explicit StoreReader(Connection &connection, SearchIndex *index = nullptr);
    void setSearchIndex(SearchIndex *index) { m_index = index; }

    // Conversations, most recent activity first; with `priorityFirst`,
    // urgent ones first, then high, normal and low (`after` is for the
    // activity order only).
    QVector<ConversationRow> conversations(const ConversationFilter &filter, int limit,
                                           const ConversationCursor &after = {});
    [[nodiscard]] std::optional<ConversationRow> conversation(qint64 id);

    // What the list's tabs and the window's title count: conversations per
    // status (open, pending, snoozed) by whose they are, and the unread
    // customer messages waiting in them, muted conversations left out.
    // Resolved conversations are not counted: they are not work, and their
    // unread messages are no longer waiting. One read of a range of an
    // index that holds every column it needs (schema step 11).
    struct ConversationCounts
    {
        struct Scoped
        {
            int all = 0;
            int mine = 0; // assigned to the agent asked about
            int unassigned = 0;
        };
        Scoped open, pending, snoozed;
        int unreadMessages = 0;
        bool operator==(const ConversationCounts &other) const;
        bool operator!=(const ConversationCounts &other) const { return !(*this == other); }
    };
    ConversationCounts conversationCounts(qint64 agentId);
    // The agent's unsent draft in a conversation (empty when none).
    DraftRow draft(qint64 conversationId);

    // Messages of one conversation in time order (oldest first in the result).
    QVector<MessageRow> newestMessages(qint64 conversationId, int limit);
    QVector<MessageRow> messagesBefore(qint64 conversationId, qint64 messageId, int limit);
    QVector<MessageRow> messagesAfter(qint64 conversationId, qint64 messageId, int limit);
    // A message with up to `around` messages on each side, to jump to a search hit.
    QVector<MessageRow> messagesAround(qint64 messageId, int around);
    [[nodiscard]] std::optional<MessageRow> message(qint64 messageId);
    // The oldest of a conversation's `unreadCount` newest customer messages,
    // where the thread's "new messages" line goes (0: none). The server
    // counts the customer's messages since an agent last read or answered.
    // `found` says how many of them are stored (fewer while a sync brings them).
    qint64 firstUnreadMessage(qint64 conversationId, int unreadCount, int *found = nullptr);

    [[nodiscard]] std::optional<ContactDetails> contactDetails(qint64 contactId);
    // The agent's edits of this contact and its lead still in the outbox
    // (`lead.update`, `lead.note`, `contact.update`), oldest first.
    QVector<LeadEditRow> leadEdits(qint64 contactId);

    // Full-text search, newest first. The query is what the agent typed: words
    // are matched as prefixes, all of them must occur.
    QVector<MessageHit> searchMessages(const QString &query, int limit, qint64 beforeMessageId = 0);
    QVector<ContactHit> searchContacts(const QString &query, int limit);

    qint64 lastSeq();

    // Conversations whose older messages are still only on the server, the
    // most recently active first, each with the server id of its oldest
    // stored message (0: none stored).
    struct HistoryToFetch
    {
        qint64 conversationId = 0;
        qint64 oldestServerId = 0;
    };
    QVector<HistoryToFetch> historyToFetch(int limit);
    // The server id of a conversation's newest message from the server (0: none).
    qint64 newestServerMessageId(qint64 conversationId);

    // The workspace and server this history belongs to, once signed in.
    struct AccountHome
    {
        qint64 workspaceId = 0;
        QString workspaceName;
        QString serverUrl;
        qint64 agentId = 0; // the signed-in agent
        QString role;       // "agent" or "admin"
    };
    [[nodiscard]] std::optional<AccountHome> accountHome();
    // As the server last told them (defaults before it did).
    protocol::WorkspaceSettings workspaceSettings();
    int outboxCount();

    // Turns typed text into an FTS4 MATCH expression: each word quoted and
    // made a prefix, FTS operators neutralised. Empty if nothing searchable.
    static QString matchExpression(const QString &typed);

private:
    // One conversation's messages across the index's blocks (schema step
    // 15): `arm` is a SELECT over messages with %BLOCK% where the block goes,
    // repeated for each block and merged by `tail` (an ORDER BY on id and a
    // LIMIT). Each arm walks its block's part of the index in that order, so
    // the merge sorts nothing and stops after the LIMIT.
    // The statement is kept for the next read; reset it when done, or it
    // holds the connection's read transaction open.
    Statement &acrossBlocks(const QByteArray &arm, const QByteArray &tail);
    QVector<MessageRow> readMessages(Statement &statement);
    void attachAttachments(QVector<MessageRow> &rows);

    Connection &m_db;
    SearchIndex *m_index;
    Statement m_blocks;
    struct BlockStatement
    {
        QByteArray sql;
        Statement statement;
    };
    std::map<QByteArray, BlockStatement> m_acrossBlocks; // by arm and tail
};

} // namespace relaydesk::store
