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

const QString kLeadUpdate = QStringLiteral("lead.update");
const QString kContactId = QStringLiteral("contact_id");
const QString kVersion = QStringLiteral("version");

struct QueuedLeadEdit
{
    qint64 id = 0;
    QString clientId;
    QJsonObject args;
    QString state;
    bool note = false; // `lead.note`: no version of its own, but the lead's grows by one
};

// The lead edits and notes of one contact in the outbox, oldest first.
QVector<QueuedLeadEdit> queuedLeadEdits(Connection &db, qint64 contactId)
{
    Statement select = db.prepare("SELECT id, client_id, payload, state, command FROM outbox"
                                  " WHERE command IN ('lead.update', 'lead.note') ORDER BY id");
    QVector<QueuedLeadEdit> edits;
    while (select.next()) {
        QueuedLeadEdit edit{select.int64(0), select.text(1), QJsonDocument::fromJson(select.text(2).toUtf8()).object(),
                            select.text(3), select.text(4) == QLatin1String("lead.note")};
        if (qint64(edit.args.value(kContactId).toDouble()) == contactId)
            edits.append(edit);
    }
    return edits;
}

qint64 storedLeadVersion(Connection &db, qint64 contactId)
{
    Statement select = db.prepare("SELECT version FROM leads WHERE contact_id = ?1");
    select.bind(1, contactId);
    return select.next() ? select.int64(0) : 0;
}

// The version the lead will have once the queued edits and notes (refused
// ones aside) are applied: what a new edit is based on.
qint64 versionAfterQueued(Connection &db, const QVector<QueuedLeadEdit> &edits, qint64 contactId)
{
    qint64 version = storedLeadVersion(db, contactId);
    for (const QueuedLeadEdit &edit : edits) {
        if (edit.state == QLatin1String("failed"))
            continue;
        version = edit.note ? version + 1 : qint64(edit.args.value(kVersion).toDouble()) + 1;
    }
    return version;
}

// `later`'s fields over `earlier`'s; the contact and version stay `earlier`'s.
QJsonObject joined(QJsonObject earlier, const QJsonObject &later)
{
    for (auto it = later.begin(); it != later.end(); ++it) {
        if (it.key() != kContactId && it.key() != kVersion)
            earlier.insert(it.key(), it.value());
    }
    return earlier;
}

bool setPayload(Connection &db, qint64 id, const QJsonObject &args, QString *error)
{
    Statement update = db.prepare("UPDATE outbox SET payload = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, QJsonDocument(args).toJson(QJsonDocument::Compact));
    return update.run() || fail(error, QStringLiteral("changing a lead edit"), update);
}

bool removeEntry(Connection &db, qint64 id, QString *error)
{
    Statement remove = db.prepare("DELETE FROM outbox WHERE id = ?1");
    remove.bind(1, id);
    return remove.run() || fail(error, QStringLiteral("removing a lead edit"), remove);
}

} // namespace

bool StoreWriter::queueLeadUpdate(const QString &clientId, qint64 conversationId, const QJsonObject &args,
                                  qint64 createdAt, ChangeSet *changes, QString *error)
{
    const qint64 contactId = qint64(args.value(kContactId).toDouble());
    if (clientId.isEmpty() || contactId <= 0) {
        *error = QStringLiteral("a lead edit needs a client id and a contact");
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    const QVector<QueuedLeadEdit> edits = queuedLeadEdits(m_db, contactId);
    for (const QueuedLeadEdit &edit : edits) {
        if (edit.clientId == clientId)
            return true; // queued before
    }
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    for (const QueuedLeadEdit &edit : edits) {
        // An edit refused and waiting for the agent's decision takes this one in.
        if (!edit.note && edit.state == QLatin1String("failed"))
            return setPayload(m_db, edit.id, joined(edit.args, args), error) && transaction.commit(error);
    }
    QJsonObject based = args;
    based.insert(kVersion, versionAfterQueued(m_db, edits, contactId));
    Statement outbox = m_db.prepare("INSERT INTO outbox (client_id, conversation_id, command, payload, created_at)"
                                    " VALUES (?1, ?2, 'lead.update', ?3, ?4)");
    outbox.bind(1, clientId)
        .bind(2, conversationId)
        .bind(3, QJsonDocument(based).toJson(QJsonDocument::Compact))
        .bind(4, createdAt);
    if (!outbox.run())
        return fail(error, QStringLiteral("queueing a lead edit"), outbox);
    return transaction.commit(error);
}

bool StoreWriter::refuseLeadUpdate(const QString &clientId, const QJsonObject &current, ChangeSet *changes,
                                   QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    Statement entry = m_db.prepare("SELECT payload FROM outbox WHERE client_id = ?1 AND command = 'lead.update'");
    entry.bind(1, clientId);
    if (!entry.next())
        return true;
    const qint64 contactId = qint64(
        QJsonDocument::fromJson(entry.text(0).toUtf8()).object().value(kContactId).toDouble());
    entry = Statement();
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    if (!current.isEmpty()) {
        QString problem;
        const std::optional<Lead> lead = leadFromJson(current, &problem);
        if (lead && lead->contactId == contactId) {
            if (!upsertLead(*lead, changes, error))
                return false;
        }
    }
    const QVector<QueuedLeadEdit> edits = queuedLeadEdits(m_db, contactId);
    const QueuedLeadEdit *refused = nullptr;
    QJsonObject mine;
    for (const QueuedLeadEdit &edit : edits) {
        if (edit.clientId == clientId) {
            refused = &edit;
            mine = edit.args;
        } else if (refused && !edit.note && edit.state != QLatin1String("sending")) {
            mine = joined(mine, edit.args);
            if (!removeEntry(m_db, edit.id, error))
                return false;
        }
    }
    return (!refused || setPayload(m_db, refused->id, mine, error)) && transaction.commit(error);
}

bool StoreWriter::resolveLeadUpdate(const QString &clientId, bool keepMine, const QString &newClientId,
                                    ChangeSet *changes, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    Statement entry = m_db.prepare("SELECT id, conversation_id, payload, created_at FROM outbox"
                                   " WHERE client_id = ?1 AND command = 'lead.update'");
    entry.bind(1, clientId);
    if (!entry.next())
        return true;
    const qint64 id = entry.int64(0);
    const qint64 conversationId = entry.int64(1);
    QJsonObject args = QJsonDocument::fromJson(entry.text(2).toUtf8()).object();
    const qint64 createdAt = entry.int64(3);
    entry = Statement();
    const qint64 contactId = qint64(args.value(kContactId).toDouble());
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    if (!removeEntry(m_db, id, error))
        return false;
    if (keepMine) {
        // A new client id: the server remembers the refusal under the old one.
        args.insert(kVersion, versionAfterQueued(m_db, queuedLeadEdits(m_db, contactId), contactId));
        Statement outbox = m_db.prepare("INSERT INTO outbox (client_id, conversation_id, command, payload, created_at)"
                                        " VALUES (?1, ?2, 'lead.update', ?3, ?4)");
        outbox.bind(1, newClientId)
            .bind(2, conversationId)
            .bind(3, QJsonDocument(args).toJson(QJsonDocument::Compact))
            .bind(4, createdAt);
        if (!outbox.run())
            return fail(error, QStringLiteral("queueing a lead edit again"), outbox);
    }
    return transaction.commit(error);
}

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
    m_pendingActivity.clear();
    m_newMessageIds.clear();
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
