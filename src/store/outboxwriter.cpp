// The outbox half of StoreWriter: messages and commands the agent made, kept
// until the server acknowledges them by client id.

#include "store/writer.h"
#include "store/writer_statements.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relaydesk::store {

using namespace relaydesk::protocol;

namespace {

QByteArray messagePayload(const OutgoingMessage &message)
{
    QJsonArray attachments;
    for (const Attachment &a : message.attachments) {
        attachments.append(QJsonObject{{QStringLiteral("media_id"), a.mediaId},
                                       {QStringLiteral("mime_type"), a.mimeType},
                                       {QStringLiteral("size"), a.size},
                                       {QStringLiteral("file_name"), a.fileName}});
    }
    QJsonObject payload{{QStringLiteral("conversation_id"), message.conversationId},
                        {QStringLiteral("kind"), toString(message.kind)},
                        {QStringLiteral("text"), message.text}};
    if (!attachments.isEmpty())
        payload.insert(QStringLiteral("attachments"), attachments);
    if (message.replyTo)
        payload.insert(QStringLiteral("reply_to"), message.replyTo);
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

} // namespace

qint64 StoreWriter::queueMessage(const OutgoingMessage &message, ChangeSet *changes, QString *error)
{
    if (message.clientId.isEmpty()) {
        *error = QStringLiteral("an outgoing message needs a client id");
        return 0;
    }
    {
        // The same message queued twice (a double press) is one message.
        Statement &existing = m_statements->messageByClientId;
        existing.bind(1, message.clientId);
        const qint64 known = existing.next() ? existing.int64(0) : 0;
        existing.reset();
        if (known)
            return known;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return 0;
    }
    Message local;
    local.clientId = message.clientId;
    local.conversationId = message.conversationId;
    local.author = Author::Agent;
    local.authorId = message.authorId;
    local.authorName = message.authorName;
    local.kind = message.kind;
    local.text = message.text;
    local.status = MessageStatus::Queued;
    local.createdAt = message.createdAt;
    local.replyTo = message.replyTo;
    local.attachments = message.attachments;
    ChangeSet batch;
    startBatch();
    if (!insertMessage(local, &batch, error) || !flushActivity(error))
        return 0;
    Statement &byClient = m_statements->messageByClientId;
    byClient.bind(1, message.clientId);
    const qint64 messageId = byClient.next() ? byClient.int64(0) : 0;
    byClient.reset();
    Statement outbox = m_db.prepare(
        "INSERT INTO outbox (client_id, conversation_id, message_id, command, payload, created_at)"
        " VALUES (?1, ?2, ?3, 'message.send', ?4, ?5)");
    outbox.bind(1, message.clientId)
        .bind(2, message.conversationId)
        .bind(3, messageId)
        .bind(4, messagePayload(message))
        .bind(5, message.createdAt);
    if (!outbox.run()) {
        fail(error, QStringLiteral("queueing a message"), outbox);
        return 0;
    }
    if (!transaction.commit(error))
        return 0;
    batch.outboxChanged = true;
    if (changes)
        changes->merge(batch);
    return messageId;
}

bool StoreWriter::queueCommand(const QString &clientId, qint64 conversationId, const QString &command,
                               const QByteArray &payload, qint64 createdAt, QString *error)
{
    Statement outbox = m_db.prepare(
        "INSERT OR IGNORE INTO outbox (client_id, conversation_id, command, payload, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5)");
    outbox.bind(1, clientId).bind(2, conversationId).bind(3, command).bind(4, payload).bind(5, createdAt);
    return outbox.run() || fail(error, QStringLiteral("queueing a command"), outbox);
}

QVector<OutboxEntry> StoreWriter::pendingOutbox(int limit)
{
    // In the order they were made; failed entries wait for the agent's retry.
    Statement select = m_db.prepare(
        "SELECT id, client_id, conversation_id, message_id, command, payload, state, attempts,"
        " last_error, created_at FROM outbox WHERE state <> 'failed' ORDER BY id LIMIT ?1");
    select.bind(1, limit);
    QVector<OutboxEntry> entries;
    while (select.next()) {
        OutboxEntry entry;
        entry.id = select.int64(0);
        entry.clientId = select.text(1);
        entry.conversationId = select.int64(2);
        entry.messageId = select.int64(3);
        entry.command = select.text(4);
        entry.payload = select.text(5).toUtf8();
        entry.state = select.text(6);
        entry.attempts = select.int32(7);
        entry.lastError = select.text(8);
        entry.createdAt = select.int64(9);
        entries.append(entry);
    }
    return entries;
}

bool StoreWriter::markSending(const QString &clientId, QString *error)
{
    Statement update = m_db.prepare(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE client_id = ?1");
    update.bind(1, clientId);
    return update.run() || fail(error, QStringLiteral("marking an outbox entry"), update);
}

bool StoreWriter::releaseSending(QString *error)
{
    return m_db.exec("UPDATE outbox SET state = 'pending' WHERE state = 'sending'", error);
}

bool StoreWriter::acknowledge(const QString &clientId, qint64 serverMessageId, qint64 serverTime, ChangeSet *changes,
                              QString *error)
{
    ChangeSet unused;
    if (!changes)
        changes = &unused;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    Statement entry = m_db.prepare("SELECT conversation_id, message_id FROM outbox WHERE client_id = ?1");
    entry.bind(1, clientId);
    if (!entry.next())
        return true; // acknowledged before (the echo may arrive first)
    const qint64 conversationId = entry.int64(0);
    const qint64 messageId = entry.int64(1);
    entry = Statement();
    if (messageId != 0) {
        Statement update = m_db.prepare(
            "UPDATE messages SET server_id = ?2, status = CASE WHEN status IN ('queued', 'failed')"
            " THEN 'sent' ELSE status END, failure_reason = NULL,"
            " created_at = CASE WHEN ?3 > 0 THEN ?3 ELSE created_at END WHERE id = ?1");
        update.bind(1, messageId).bindOptional(2, serverMessageId).bind(3, serverTime);
        if (!update.run())
            return fail(error, QStringLiteral("acknowledging a message"), update);
        changes->messageConversations.insert(conversationId);
    }
    Statement remove = m_db.prepare("DELETE FROM outbox WHERE client_id = ?1");
    remove.bind(1, clientId);
    if (!remove.run())
        return fail(error, QStringLiteral("clearing the outbox"), remove);
    changes->outboxChanged = true;
    return transaction.commit(error);
}

bool StoreWriter::reject(const QString &clientId, const QString &reason, ChangeSet *changes, QString *error)
{
    ChangeSet unused;
    if (!changes)
        changes = &unused;
    Transaction transaction(m_db);
    Statement update = m_db.prepare("UPDATE outbox SET state = 'failed', last_error = ?2 WHERE client_id = ?1");
    update.bind(1, clientId).bind(2, reason);
    if (!update.run())
        return fail(error, QStringLiteral("marking a refused command"), update);
    Statement message = m_db.prepare("UPDATE messages SET status = 'failed', failure_reason = ?2"
                                     " WHERE client_id = ?1 AND status = 'queued'");
    message.bind(1, clientId).bind(2, reason);
    if (!message.run())
        return fail(error, QStringLiteral("marking a refused message"), message);
    Statement conversation = m_db.prepare("SELECT conversation_id FROM outbox WHERE client_id = ?1");
    conversation.bind(1, clientId);
    if (conversation.next())
        changes->messageConversations.insert(conversation.int64(0));
    conversation = Statement();
    changes->outboxChanged = true;
    return transaction.commit(error);
}

bool StoreWriter::retry(const QString &clientId, const QString &newClientId, ChangeSet *changes, QString *error)
{
    ChangeSet unused;
    if (!changes)
        changes = &unused;
    Transaction transaction(m_db);
    Statement update = m_db.prepare("UPDATE outbox SET state = 'pending', last_error = NULL, client_id = ?2"
                                    " WHERE client_id = ?1 AND state = 'failed'");
    update.bind(1, clientId).bind(2, newClientId);
    if (!update.run())
        return fail(error, QStringLiteral("retrying a command"), update);
    Statement message = m_db.prepare("UPDATE messages SET status = 'queued', failure_reason = NULL, client_id = ?2"
                                     " WHERE client_id = ?1 AND status = 'failed'");
    message.bind(1, clientId).bind(2, newClientId);
    if (!message.run())
        return fail(error, QStringLiteral("retrying a message"), message);
    Statement conversation = m_db.prepare("SELECT conversation_id FROM outbox WHERE client_id = ?1");
    conversation.bind(1, newClientId);
    if (conversation.next())
        changes->messageConversations.insert(conversation.int64(0));
    conversation = Statement();
    changes->outboxChanged = true;
    return transaction.commit(error);
}

QByteArray StoreWriter::localSecret(const QString &name)
{
    Statement select = m_db.prepare("SELECT value FROM local_secrets WHERE name = ?1");
    select.bind(1, name);
    return select.next() ? select.blob(0) : QByteArray();
}

bool StoreWriter::setMediaState(const QString &mediaId, bool thumbnail, const QString &state, ChangeSet *changes,
                                QString *error)
{
    Statement update = m_db.prepare(thumbnail ? "UPDATE attachments SET thumbnail_state = ?2 WHERE media_id = ?1"
                                              : "UPDATE attachments SET cache_state = ?2 WHERE media_id = ?1");
    update.bind(1, mediaId).bind(2, state);
    if (!update.run())
        return fail(error, QStringLiteral("recording a download"), update);
    Statement shown = m_db.prepare("SELECT DISTINCT m.conversation_id FROM attachments a"
                                   " JOIN messages m ON m.id = a.message_id WHERE a.media_id = ?1");
    shown.bind(1, mediaId);
    while (shown.next())
        changes->messageConversations.insert(shown.int64(0));
    return true;
}

bool StoreWriter::setLocalSecret(const QString &name, const QByteArray &value, QString *error)
{
    Statement write = m_db.prepare("INSERT OR REPLACE INTO local_secrets (name, value) VALUES (?1, ?2)");
    write.bind(1, name).bindBlob(2, value);
    return write.run() || fail(error, QStringLiteral("storing a device secret"), write);
}

bool StoreWriter::setWorkspaceSettings(const protocol::WorkspaceSettings &settings, ChangeSet *changes, QString *error)
{
    Statement write = m_db.prepare("UPDATE workspace_settings SET autopilot_away = ?1, ai_suggestions = ?2,"
                                   " updated_at = ?3 WHERE id = 1 AND updated_at < ?3");
    write.bind(1, protocol::toString(settings.autopilotAway))
        .bind(2, settings.aiSuggestions ? 1 : 0)
        .bind(3, settings.updatedAt);
    if (!write.run())
        return fail(error, QStringLiteral("storing the workspace's settings"), write);
    if (m_db.changes() > 0)
        changes->workspaceChanged = true;
    return true;
}

bool StoreWriter::setAccount(qint64 agentId, const QString &agentName, const QString &email, const QString &role,
                             qint64 workspaceId, const QString &workspaceName, const QString &serverUrl, QString *error)
{
    Statement write = m_db.prepare(
        "INSERT OR REPLACE INTO account (id, agent_id, agent_name, email, role, workspace_id,"
        " workspace_name, server_url) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    write.bind(1, agentId)
        .bind(2, text(agentName))
        .bind(3, text(email))
        .bind(4, text(role))
        .bind(5, workspaceId)
        .bind(6, text(workspaceName))
        .bind(7, text(serverUrl));
    return write.run() || fail(error, QStringLiteral("storing the account"), write);
}

} // namespace relaydesk::store
