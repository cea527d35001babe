#pragma once

#include "protocol/types.h"
#include "store/changeset.h"
#include "store/rows.h"
#include "store/sqlite.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace relaydesk::store {

// What a search_queue entry asks the search index to do.
enum class SearchDocument {
    NewMessage = 1,     // index a message not indexed before
    ChangedMessage = 2, // re-read a message: edited, purged or deleted
    Contact = 3,        // re-read a contact's name
};

// A message the agent wrote, stored at once as `queued` and put in the outbox.
struct OutgoingMessage
{
    QString clientId;
    qint64 conversationId = 0;
    protocol::MessageKind kind = protocol::MessageKind::Text;
    QString text;
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    qint64 replyTo = 0;
    QVector<protocol::Attachment> attachments;
};

// A command the server must acknowledge, waiting in the outbox.
struct OutboxEntry
{
    qint64 id = 0;
    QString clientId;
    qint64 conversationId = 0;
    qint64 messageId = 0; // local message id, 0 for commands that are not messages
    QString command;
    QByteArray payload; // JSON
    QString state;
    int attempts = 0;
    QString lastError;
    qint64 createdAt = 0;
};

// Every write to the history, on the one writer connection. Not thread-safe:
// it lives on the store's writer thread (or a test's thread).
class StoreWriter
{
public:
    explicit StoreWriter(Connection &connection);
    ~StoreWriter();

    enum class ApplyResult { Applied, Gap, Failed };

    // How many events a catch-up sync should apply per transaction: large
    // enough that index pages are written once per batch rather than once
    // per message, small enough to keep memory flat (see relaydesk-bench store).
    static constexpr int kRecommendedBatch = 25000;

    // New messages go into the conversation index's block being filled
    // (schema step 15), which takes this many before the next one opens: a
    // batch then dirties the ends of conversations in one block, however
    // long the history. Half a million: at 3M messages a million per block
    // ingested 44k msg/s and this 51-53k (60k at 1M), while a page of a
    // conversation in every block took 0.13 ms instead of 0.08 (relaydesk-bench
    // store). Tests make them small to read across blocks.
    static constexpr qint64 kMessagesPerBlock = 1 << 19;
    void setMessagesPerBlock(qint64 count) { m_messagesPerBlock = std::max<qint64>(1, count); }

    // Applies a batch of the workspace's event log in one transaction together
    // with the new last seq. Events at or below the stored seq were applied
    // before and are skipped; a batch that does not continue from the stored
    // seq is refused with Gap (the caller re-syncs by pages).
    [[nodiscard]] ApplyResult applyEvents(const QVector<protocol::Event> &events, ChangeSet *changes, QString *error);

    // Applies records from history pages (first sync, re-sync), which are not
    // part of the log; `resumeSeq`, when not negative, becomes the stored seq
    // in the same transaction.
    [[nodiscard]] bool applySnapshot(const QVector<protocol::EventPayload> &records, qint64 resumeSeq,
                                     ChangeSet *changes, QString *error);

    qint64 lastSeq();

    // The conversation's history is stored down to its first message.
    [[nodiscard]] bool setHistoryComplete(qint64 conversationId, QString *error);

    // The newest search_queue entry this writer added (0: none yet); the
    // search index is complete once it has applied this far.
    qint64 lastSearchQueueId();
    // Drops queue entries the search index has applied.
    [[nodiscard]] bool pruneSearchQueue(qint64 indexedUpTo, QString *error);

    // The outbox.
    [[nodiscard]] qint64 queueMessage(const OutgoingMessage &message, ChangeSet *changes, QString *error);
    [[nodiscard]] bool queueCommand(const QString &clientId, qint64 conversationId, const QString &command,
                                    const QByteArray &payload, qint64 createdAt, QString *error);
    QVector<OutboxEntry> pendingOutbox(int limit);
    [[nodiscard]] bool markSending(const QString &clientId, QString *error);
    // The server accepted the command; a message gets its server id and `sent`.
    [[nodiscard]] bool acknowledge(const QString &clientId, qint64 serverMessageId, qint64 serverTime,
                                   ChangeSet *changes, QString *error);
    // The server refused: the message shows `failed` with the reason.
    [[nodiscard]] bool reject(const QString &clientId, const QString &reason, ChangeSet *changes, QString *error);
    // The agent asked to try a failed message again. The server answers a client id once (a refusal too), so a retry is
    // a new attempt under `newClientId`: the entry and its message take that id.
    [[nodiscard]] bool retry(const QString &clientId, const QString &newClientId, ChangeSet *changes, QString *error);
    // Lead edits (`lead.update`). An edit is based on the version the agent's
    // earlier edits of the lead will have made (the stored version, or the
    // last queued edit's + 1); while an edit waits for the agent's decision
    // after a refusal, new edits join it. The contact shows as changed.
    [[nodiscard]] bool queueLeadUpdate(const QString &clientId, qint64 conversationId, const QJsonObject &args,
                                       qint64 createdAt, ChangeSet *changes, QString *error);
    // A lead edit was refused: `current` (the server's lead, may be empty) is
    // stored if newer, and the edits queued after it join it, since they were
    // based on it.
    [[nodiscard]] bool refuseLeadUpdate(const QString &clientId, const QJsonObject &current, ChangeSet *changes,
                                        QString *error);
    // The agent chose after a refusal: keeping theirs drops the edit; keeping
    // mine sends it again, as `newClientId`, based on the stored version.
    [[nodiscard]] bool resolveLeadUpdate(const QString &clientId, bool keepMine, const QString &newClientId,
                                         ChangeSet *changes, QString *error);
    // Contact edits (`contact.update`: name, email, phone), the same way:
    // based on the stored contact's version or the last queued edit's + 1;
    // new edits join one refused and waiting for the agent's decision.
    [[nodiscard]] bool queueContactUpdate(const QString &clientId, qint64 conversationId, const QJsonObject &args,
                                          qint64 createdAt, ChangeSet *changes, QString *error);
    // A contact edit was refused: `current` (a conflict's contact, may be
    // empty) is stored if newer and the edits queued after it join it. An
    // edit based on a version this desktop did not know (0) whose contact the
    // server still has as the agent saw it goes again at once, as `newClientId`.
    [[nodiscard]] bool refuseContactUpdate(const QString &clientId, const QJsonObject &current,
                                           const QString &newClientId, ChangeSet *changes, QString *error);
    [[nodiscard]] bool resolveContactUpdate(const QString &clientId, bool keepMine, const QString &newClientId,
                                            ChangeSet *changes, QString *error);
    // A try did not reach the server (link down); it goes back to pending.
    [[nodiscard]] bool releaseSending(QString *error);

    // Where an attachment's local copy (or its thumbnail) stands: "remote",
    // "downloading", "cached" or "failed". The messages showing it change.
    [[nodiscard]] bool setMediaState(const QString &mediaId, bool thumbnail, const QString &state, ChangeSet *changes,
                                     QString *error);
    // The agent's draft in a conversation; an empty one is removed. The
    // conversation's row changes (the list marks drafts).
    [[nodiscard]] bool setDraft(const DraftRow &draft, ChangeSet *changes, QString *error);

    // Device-local secrets kept inside the encrypted database.
    QByteArray localSecret(const QString &name);
    [[nodiscard]] bool setLocalSecret(const QString &name, const QByteArray &value, QString *error);

    // The connection itself, for work that has no method here yet (and tests).
    Connection &connection() { return m_db; }

    // The signed-in account.
    [[nodiscard]] bool setAccount(qint64 agentId, const QString &agentName, const QString &email, const QString &role,
                                  qint64 workspaceId, const QString &workspaceName, const QString &serverUrl,
                                  QString *error);
    // The workspace's settings; kept only when newer than the stored ones
    // (`updatedAt`), so an older GET /v1/me cannot undo a live event.
    [[nodiscard]] bool setWorkspaceSettings(const protocol::WorkspaceSettings &settings, ChangeSet *changes,
                                            QString *error);

private:
    struct Statements;

    [[nodiscard]] bool applyPayload(const protocol::EventPayload &payload, ChangeSet *changes, QString *error);
    [[nodiscard]] bool upsertConversation(const protocol::Conversation &conversation, ChangeSet *changes,
                                          QString *error);
    [[nodiscard]] bool upsertContact(const protocol::Contact &contact, ChangeSet *changes, QString *error);
    [[nodiscard]] bool upsertLead(const protocol::Lead &lead, ChangeSet *changes, QString *error);
    [[nodiscard]] bool insertMessage(const protocol::Message &message, ChangeSet *changes, QString *error);
    [[nodiscard]] bool updateMessage(const protocol::MessageUpdate &update, ChangeSet *changes, QString *error);
    [[nodiscard]] bool deleteMessage(qint64 serverId, ChangeSet *changes, QString *error);
    [[nodiscard]] bool eraseContact(qint64 contactId, ChangeSet *changes, QString *error);
    [[nodiscard]] bool purgeBodies(qint64 before, ChangeSet *changes, QString *error);

    qint64 allocateMessageId(qint64 createdAt, qint64 serverId);
    void startBatch();
    [[nodiscard]] bool messageBlock(qint64 *block, QString *error);
    [[nodiscard]] bool saveMessageBlock(QString *error);
    [[nodiscard]] bool insertAttachments(qint64 messageId, const QVector<protocol::Attachment> &attachments,
                                         QString *error);
    [[nodiscard]] bool queueForSearch(SearchDocument kind, qint64 id, QString *error);
    void noteActivity(const protocol::Message &message);
    [[nodiscard]] bool flushActivity(QString *error);
    [[nodiscard]] bool setLastSeq(qint64 seq, QString *error);

    Connection &m_db;
    std::unique_ptr<Statements> m_statements;
    struct Activity
    {
        qint64 at = 0;
        QString text; // shared with the message, turned into a preview once per batch
        QString fileName;
    };
    QHash<qint64, Activity> m_pendingActivity;
    // New messages of the current transaction, queued for search as one row.
    QVector<qint64> m_newMessageIds;
    qint64 m_maxMessageId = -1; // highest message id stored; -1 until first needed
    qint64 m_messagesPerBlock = kMessagesPerBlock;
    qint64 m_block = -1;        // the block being filled; -1: read at the transaction's first message
    qint64 m_blockMessages = 0; // how many it holds, this transaction's included
    bool m_blockChanged = false;
};

// Message ids are time-ordered: milliseconds times this, plus a counter.
inline constexpr qint64 kMessageIdsPerMillisecond = 4096;

} // namespace relaydesk::store
