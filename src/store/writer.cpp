#include "store/writer.h"

#include "store/log.h"
#include "store/sqlcipher_api.h"
#include "store/writer_statements.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

namespace relaydesk::store {

using namespace relaydesk::protocol;

namespace {

constexpr int kPreviewLength = 140;

QString previewOf(const QString &text, const QString &fileName)
{
    if (text.isEmpty())
        return fileName.isNull() ? QStringLiteral("") : fileName; // a nameless file: never NULL
    QString preview = text.left(kPreviewLength * 2).simplified();
    if (preview.size() > kPreviewLength) {
        int cut = kPreviewLength - 1;
        if (preview.at(cut - 1).isHighSurrogate())
            --cut; // never split an emoji in half
        preview = preview.left(cut) + QChar(0x2026);
    }
    return preview;
}

int statusRank(const QString &status)
{
    if (status == QLatin1String("queued"))
        return 0;
    if (status == QLatin1String("sent"))
        return 1;
    if (status == QLatin1String("delivered"))
        return 2;
    if (status == QLatin1String("read"))
        return 3;
    return -1; // failed
}

QString directionOf(Author author)
{
    return author == Author::Customer ? QStringLiteral("in") : QStringLiteral("out");
}

} // namespace

StoreWriter::StoreWriter(Connection &connection)
    : m_db(connection)
    , m_statements(std::make_unique<Statements>(connection))
{
}

StoreWriter::~StoreWriter() = default;

qint64 StoreWriter::lastSeq()
{
    return m_db.queryInt("SELECT last_seq FROM sync_state WHERE id = 1").value_or(0);
}

bool StoreWriter::setHistoryComplete(qint64 conversationId, QString *error)
{
    Statement mark = m_db.prepare("INSERT OR IGNORE INTO history_complete (conversation_id) VALUES (?1)");
    mark.bind(1, conversationId);
    return mark.run() || fail(error, QStringLiteral("marking a conversation's history complete"), mark);
}

bool StoreWriter::setLastSeq(qint64 seq, QString *error)
{
    Statement &statement = m_statements->setSeq;
    statement.bind(1, seq).bind(2, QDateTime::currentMSecsSinceEpoch());
    return statement.run() || fail(error, QStringLiteral("storing the sync position"), statement);
}

StoreWriter::ApplyResult StoreWriter::applyEvents(const QVector<Event> &events, ChangeSet *changes, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return ApplyResult::Failed;
    }
    qint64 seq = lastSeq();
    ChangeSet batch;
    startBatch();
    for (const Event &event : events) {
        if (event.seq <= seq)
            continue; // delivered again after a reconnect; applied before
        if (event.seq != seq + 1) {
            *error = QStringLiteral("event %1 follows %2: events are missing").arg(event.seq).arg(seq);
            return ApplyResult::Gap;
        }
        if (!applyPayload(event.payload, &batch, error))
            return ApplyResult::Failed;
        seq = event.seq;
    }
    if (!flushActivity(error) || !setLastSeq(seq, error) || !transaction.commit(error))
        return ApplyResult::Failed;
    batch.lastSeq = seq;
    if (changes)
        changes->merge(batch);
    return ApplyResult::Applied;
}

bool StoreWriter::applySnapshot(const QVector<EventPayload> &records, qint64 resumeSeq, ChangeSet *changes,
                                QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    ChangeSet batch;
    startBatch();
    for (const EventPayload &record : records) {
        if (!applyPayload(record, &batch, error))
            return false;
    }
    if (!flushActivity(error))
        return false;
    if (resumeSeq >= 0 && !setLastSeq(resumeSeq, error))
        return false;
    if (!transaction.commit(error))
        return false;
    batch.lastSeq = resumeSeq >= 0 ? resumeSeq : 0;
    if (changes)
        changes->merge(batch);
    return true;
}

bool StoreWriter::applyPayload(const EventPayload &payload, ChangeSet *changes, QString *error)
{
    if (const auto *conversation = std::get_if<Conversation>(&payload))
        return upsertConversation(*conversation, changes, error);
    if (const auto *contact = std::get_if<Contact>(&payload))
        return upsertContact(*contact, changes, error);
    if (const auto *lead = std::get_if<Lead>(&payload))
        return upsertLead(*lead, changes, error);
    if (const auto *message = std::get_if<Message>(&payload))
        return insertMessage(*message, changes, error);
    if (const auto *update = std::get_if<MessageUpdate>(&payload))
        return updateMessage(*update, changes, error);
    if (const auto *deletion = std::get_if<MessageDeletion>(&payload))
        return deleteMessage(deletion->id, changes, error);
    if (const auto *erasure = std::get_if<ContactErasure>(&payload))
        return eraseContact(erasure->contactId, changes, error);
    if (const auto *purge = std::get_if<BodiesPurge>(&payload))
        return purgeBodies(purge->before, changes, error);
    if (const auto *workspace = std::get_if<WorkspaceSettings>(&payload))
        return setWorkspaceSettings(*workspace, changes, error);
    if (std::holds_alternative<SkippedEvent>(payload))
        return true; // unreadable (logged where it came in): only its seq counts

    *error = QStringLiteral("unknown record");
    return false;
}

bool StoreWriter::upsertConversation(const Conversation &c, ChangeSet *changes, QString *error)
{
    // No UPSERT before SQLite 3.24, and INSERT OR REPLACE would cascade-delete
    // the conversation's messages: update, then insert if it was not there.
    Statement &sameContact = m_statements->updateSameContactConversation;
    Statement &update = m_statements->updateConversation;
    Statement &insert = m_statements->insertConversation;
    for (Statement *statement : {&sameContact, &update, &insert}) {
        statement->bind(1, c.id)
            .bindOptional(2, c.contactId)
            .bind(3, toString(c.channel))
            .bind(4, toString(c.status))
            .bindOptional(5, c.assigneeId)
            .bind(6, c.unreadCount)
            .bind(7, c.lastActivity)
            .bind(8, c.lastPreview.isNull() ? QStringLiteral("") : c.lastPreview)
            .bind(9, toString(c.autopilot))
            .bind(10, c.muted)
            .bindOptional(11, c.snoozedUntil)
            .bindOptional(12, c.windowExpiresAt)
            .bind(13, toString(c.priority));
    }
    const auto finish = [&] {
        for (Statement *statement : {&sameContact, &update, &insert})
            statement->reset();
    };
    if (!sameContact.run()) {
        finish();
        return fail(error, QStringLiteral("updating a conversation"), sameContact);
    }
    if (m_db.changes() == 0) {
        // A new conversation, or one that moved to another contact.
        if (!update.run()) {
            finish();
            return fail(error, QStringLiteral("updating a conversation"), update);
        }
        if (m_db.changes() == 0 && !insert.run()) {
            finish();
            return fail(error, QStringLiteral("adding a conversation"), insert);
        }
    }
    finish();
    changes->conversations.insert(c.id);
    return true;
}

bool StoreWriter::upsertContact(const Contact &contact, ChangeSet *changes, QString *error)
{
    Statement existing = m_db.prepare("SELECT name, version FROM contacts WHERE id = ?1");
    existing.bind(1, contact.id);
    const bool exists = existing.next();
    const QString oldName = exists ? existing.text(0) : QString();
    const qint64 oldVersion = exists ? existing.int64(1) : 0;
    existing = Statement();
    // An older version than the one stored (a late page, a conflict's record
    // that events have overtaken) is kept out; 0 is a server without versions.
    if (exists && contact.version < oldVersion)
        return true;

    const bool nameChanged = !exists || oldName != contact.name;
    Statement write = m_db.prepare(
        exists ? "UPDATE contacts SET name = ?2, phone = ?3, email = ?4, whatsapp_id = ?5,"
                 " messenger_psid = ?6, webchat_id = ?7, avatar_media_id = ?8, updated_at = ?9, version = ?10"
                 " WHERE id = ?1"
               : "INSERT INTO contacts (id, name, phone, email, whatsapp_id, messenger_psid,"
                 " webchat_id, avatar_media_id, updated_at, version)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    write.bind(1, contact.id)
        .bind(2, contact.name.isNull() ? QStringLiteral("") : contact.name)
        .bind(3, contact.phone)
        .bind(4, contact.email)
        .bind(5, contact.whatsappId)
        .bind(6, contact.messengerPsid)
        .bind(7, contact.webchatId)
        .bind(8, contact.avatarMediaId)
        .bind(9, contact.updatedAt)
        .bind(10, contact.version);
    if (!write.run())
        return fail(error, QStringLiteral("storing a contact"), write);
    if (nameChanged && !queueForSearch(SearchDocument::Contact, contact.id, error))
        return false;
    changes->contacts.insert(contact.id);
    return true;
}

bool StoreWriter::upsertLead(const Lead &lead, ChangeSet *changes, QString *error)
{
    const QByteArray tags = QJsonDocument(QJsonArray::fromStringList(lead.tags)).toJson(QJsonDocument::Compact);
    const QByteArray fields = QJsonDocument(lead.customFields).toJson(QJsonDocument::Compact);
    // An older version than the one stored is a late echo; keep the newer one.
    Statement update = m_db.prepare(
        "UPDATE leads SET business_name = ?2, stage = ?3, value_minor = ?4, currency = ?5,"
        " owner_id = ?6, tags = ?7, notes = ?8, custom_fields = ?9, version = ?10, updated_at = ?11"
        " WHERE contact_id = ?1 AND version <= ?10");
    Statement insert = m_db.prepare(
        "INSERT OR IGNORE INTO leads (contact_id, business_name, stage, value_minor, currency,"
        " owner_id, tags, notes, custom_fields, version, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (Statement *statement : {&update, &insert}) {
        statement->bind(1, lead.contactId)
            .bind(2, lead.businessName.isNull() ? QStringLiteral("") : lead.businessName)
            .bind(3, lead.stage)
            .bind(4, lead.valueMinor)
            .bind(5, lead.currency.isNull() ? QStringLiteral("") : lead.currency)
            .bindOptional(6, lead.ownerId)
            .bind(7, tags)
            .bind(8, lead.notes.isNull() ? QStringLiteral("") : lead.notes)
            .bind(9, fields)
            .bind(10, lead.version)
            .bind(11, lead.updatedAt);
    }
    if (!update.run())
        return fail(error, QStringLiteral("updating a lead"), update);
    bool stored = m_db.changes() > 0;
    if (!stored) {
        if (!insert.run())
            return fail(error, QStringLiteral("adding a lead"), insert);
        stored = m_db.changes() > 0;
    }
    if (stored) {
        // The notes come whole with each version of the lead.
        Statement clear = m_db.prepare("DELETE FROM lead_notes WHERE contact_id = ?1");
        clear.bind(1, lead.contactId);
        if (!clear.run())
            return fail(error, QStringLiteral("replacing a lead's notes"), clear);
        for (const LeadNote &note : lead.noteList) {
            Statement add = m_db.prepare("INSERT OR REPLACE INTO lead_notes (id, contact_id, author_id, author_name,"
                                         " text, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            add.bind(1, note.id)
                .bind(2, lead.contactId)
                .bindOptional(3, note.authorId)
                .bind(4, note.authorName.isNull() ? QStringLiteral("") : note.authorName)
                .bind(5, note.text)
                .bind(6, note.createdAt);
            if (!add.run())
                return fail(error, QStringLiteral("storing a lead's note"), add);
        }
    }
    changes->contacts.insert(lead.contactId);
    return true;
}

qint64 StoreWriter::allocateMessageId(qint64 createdAt, qint64 serverId)
{
    // Ids order messages by time: a millisecond's bucket of ids, the first
    // message in its middle, later ones above it.
    const qint64 base = qMax<qint64>(createdAt, 0) * kMessageIdsPerMillisecond;
    const qint64 first = base + kMessageIdsPerMillisecond / 2;
    // Live messages are newer than everything stored: no lookup needed.
    if (m_maxMessageId < 0)
        m_maxMessageId = m_db.queryInt("SELECT coalesce(max(id), 0) FROM messages").value_or(0);
    if (base > m_maxMessageId) {
        m_maxMessageId = first;
        return first;
    }
    const qint64 end = base + kMessageIdsPerMillisecond;
    // An older message of the same millisecond stored after newer ones (a
    // history page): between its neighbours by server id, so the thread
    // keeps the server's order.
    if (serverId != 0) {
        Statement &above = m_statements->firstInBucketAfterServerId;
        above.bind(1, base).bind(2, end).bind(3, serverId);
        const qint64 upper = above.next() && !above.isNull(0) ? above.int64(0) : 0;
        above.reset();
        if (upper != 0) {
            Statement &below = m_statements->maxIdInBucket;
            below.bind(1, base).bind(2, upper);
            const qint64 lower = below.next() && !below.isNull(0) ? below.int64(0) : base - 1;
            below.reset();
            if (upper - lower > 1)
                return lower + (upper - lower) / 2;
        }
    }
    Statement &lookup = m_statements->maxIdInBucket;
    lookup.bind(1, base).bind(2, end);
    qint64 id = first;
    if (lookup.next() && !lookup.isNull(0))
        id = lookup.int64(0) + 1;
    lookup.reset();
    m_maxMessageId = qMax(m_maxMessageId, id);
    return id;
}

bool StoreWriter::queueForSearch(SearchDocument kind, qint64 id, QString *error)
{
    Statement &queue = m_statements->queueSearch;
    queue.bind(1, int(kind)).bind(2, id);
    if (!queue.run())
        return fail(error, QStringLiteral("queueing a search update"), queue);
    return true;
}

qint64 StoreWriter::lastSearchQueueId()
{
    // Read back rather than remembered, so a rolled-back batch cannot leave
    // a mark that was never committed.
    return m_db.queryInt("SELECT coalesce(max(id), 0) FROM search_queue").value_or(0);
}

bool StoreWriter::pruneSearchQueue(qint64 indexedUpTo, QString *error)
{
    // The newest row stays, so the next id is still max + 1 and never reused.
    Statement prune = m_db.prepare(
        "DELETE FROM search_queue WHERE id <= ?1 AND id < (SELECT max(id) FROM search_queue)");
    prune.bind(1, indexedUpTo);
    return prune.run() || fail(error, QStringLiteral("pruning the search queue"), prune);
}

bool StoreWriter::insertAttachments(qint64 messageId, const QVector<Attachment> &attachments, QString *error)
{
    Statement &insert = m_statements->insertAttachment;
    for (const Attachment &a : attachments) {
        insert.bind(1, messageId)
            .bind(2, a.mediaId)
            .bind(3, a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mimeType)
            .bind(4, a.size)
            .bind(5, a.sha256.isNull() ? QStringLiteral("") : a.sha256)
            .bindOptional(6, a.width)
            .bindOptional(7, a.height)
            .bindOptional(8, a.durationMs)
            .bind(9, a.fileName.isNull() ? QStringLiteral("") : a.fileName);
        if (!insert.run())
            return fail(error, QStringLiteral("storing an attachment"), insert);
    }
    return true;
}

bool StoreWriter::insertMessage(const Message &message, ChangeSet *changes, QString *error)
{
    // The echo of a message this device queued: it becomes that same row.
    if (!message.clientId.isEmpty()) {
        Statement &byClient = m_statements->messageByClientId;
        byClient.bind(1, message.clientId);
        const bool queuedHere = byClient.next();
        const qint64 localId = queuedHere ? byClient.int64(0) : 0;
        byClient.reset();
        if (queuedHere) {
            Statement adopt = m_db.prepare("UPDATE messages SET server_id = ?2, status = CASE WHEN status IN ('queued',"
                                           " 'failed') THEN ?3 ELSE status END, failure_reason = NULL WHERE id = ?1");
            adopt.bind(1, localId).bind(2, message.id).bind(3, toString(message.status));
            if (!adopt.run())
                return fail(error, QStringLiteral("matching a sent message"), adopt);
            Statement done = m_db.prepare("DELETE FROM outbox WHERE client_id = ?1");
            done.bind(1, message.clientId);
            if (!done.run())
                return fail(error, QStringLiteral("clearing the outbox"), done);
            changes->messageConversations.insert(message.conversationId);
            changes->outboxChanged = true;
            return true;
        }
    }

    Statement &insert = m_statements->insertMessage;
    const qint64 id = allocateMessageId(message.createdAt, message.id);
    insert.bind(1, id)
        .bindOptional(2, message.id)
        .bind(3, message.clientId.isEmpty() ? QString() : message.clientId)
        .bind(4, message.conversationId)
        .bind(5, directionOf(message.author))
        .bind(6, toString(message.author))
        .bindOptional(7, message.authorId)
        .bind(8, message.authorName.isNull() ? QStringLiteral("") : message.authorName)
        .bind(9, toString(message.kind))
        .bind(10, message.text.isNull() ? QStringLiteral("") : message.text)
        .bind(11, toString(message.status))
        .bind(12, message.failureReason.isEmpty() ? QString() : message.failureReason)
        .bind(13, message.createdAt)
        .bindOptional(14, message.editedAt)
        .bindOptional(15, message.replyTo)
        .bind(16, message.kind == MessageKind::Activity
                      ? QString::fromUtf8(QJsonDocument(message.activity).toJson(QJsonDocument::Compact))
                      : QString());
    qint64 block = 0;
    if (!messageBlock(&block, error))
        return false;
    insert.bind(17, block);
    if (!insert.run()) {
        // Only a clash on the server id means "stored already"; a missing
        // conversation (foreign key) must fail the batch, not lose the message.
        if (m_db.lastErrorCode() == SQLITE_CONSTRAINT_UNIQUE && message.id != 0) {
            // Already stored (a history page overlapping the log): treat as an update.
            MessageUpdate update;
            update.id = message.id;
            update.status = message.status;
            update.failureReason = message.failureReason;
            return updateMessage(update, changes, error);
        }
        return fail(error, QStringLiteral("storing a message"), insert);
    }
    ++m_blockMessages;
    m_blockChanged = true;
    // A message of files alone is still found by their names (the index adds them).
    if (!message.text.isEmpty()
        || std::any_of(message.attachments.cbegin(), message.attachments.cend(),
                       [](const protocol::Attachment &a) { return !a.fileName.isEmpty(); }))
        m_newMessageIds.append(id);
    if (!insertAttachments(id, message.attachments, error))
        return false;
    noteActivity(message);
    changes->messageConversations.insert(message.conversationId);
    return true;
}

bool StoreWriter::updateMessage(const MessageUpdate &update, ChangeSet *changes, QString *error)
{
    Statement lookup = update.id != 0 ? m_db.prepare("SELECT id, status, text, conversation_id FROM messages"
                                                     " WHERE server_id = ?1")
                                      : m_db.prepare("SELECT id, status, text, conversation_id FROM messages"
                                                     " WHERE client_id = ?1");
    if (update.id != 0)
        lookup.bind(1, update.id);
    else
        lookup.bind(1, update.clientId);
    if (!lookup.next())
        return true; // a message this device never had (older than its history): nothing to do
    const qint64 localId = lookup.int64(0);
    const QString status = lookup.text(1);
    const qint64 conversationId = lookup.int64(3);
    lookup = Statement();

    if (update.status) {
        const QString incoming = toString(*update.status);
        const int from = statusRank(status);
        const int to = statusRank(incoming);
        // Statuses only move forward; "failed" may replace a status not yet delivered.
        const bool forward = (to >= 0 && to > from) || (to < 0 && from >= 0 && from < 2);
        if (forward) {
            Statement set = m_db.prepare("UPDATE messages SET status = ?2, failure_reason = ?3 WHERE id = ?1");
            set.bind(1, localId).bind(2, incoming).bind(3, to < 0 ? update.failureReason : QString());
            if (!set.run())
                return fail(error, QStringLiteral("updating a message status"), set);
        }
    }
    if (update.text) {
        Statement edit = m_db.prepare("UPDATE messages SET text = ?2, edited_at = ?3 WHERE id = ?1");
        edit.bind(1, localId).bind(2, *update.text).bind(3, update.editedAt);
        if (!edit.run())
            return fail(error, QStringLiteral("editing a message"), edit);
        if (!queueForSearch(SearchDocument::ChangedMessage, localId, error))
            return false;
    }
    changes->messageConversations.insert(conversationId);
    return true;
}

bool StoreWriter::deleteMessage(qint64 serverId, ChangeSet *changes, QString *error)
{
    Statement lookup = m_db.prepare("SELECT id, conversation_id FROM messages WHERE server_id = ?1");
    lookup.bind(1, serverId);
    if (!lookup.next())
        return true;
    const qint64 localId = lookup.int64(0);
    const qint64 conversationId = lookup.int64(1);
    lookup = Statement();
    Statement media = m_db.prepare("SELECT media_id FROM attachments WHERE message_id = ?1");
    media.bind(1, localId);
    while (media.next())
        changes->evictedMedia.append(media.text(0));
    media = Statement();
    if (!queueForSearch(SearchDocument::ChangedMessage, localId, error))
        return false;
    Statement remove = m_db.prepare("DELETE FROM messages WHERE id = ?1");
    remove.bind(1, localId);
    if (!remove.run())
        return fail(error, QStringLiteral("deleting a message"), remove);
    changes->messageConversations.insert(conversationId);
    return true;
}

bool StoreWriter::eraseContact(qint64 contactId, ChangeSet *changes, QString *error)
{
    Statement conversations = m_db.prepare("SELECT id FROM conversations WHERE contact_id = ?1");
    conversations.bind(1, contactId);
    QVector<qint64> ids;
    while (conversations.next())
        ids.append(conversations.int64(0));
    conversations = Statement();

    // Through the conversation index, block by block.
    Statement messages = m_db.prepare("SELECT id FROM messages WHERE block IN (SELECT block FROM message_blocks)"
                                      " AND conversation_id = ?1");
    Statement media = m_db.prepare("SELECT a.media_id FROM attachments a JOIN messages m ON m.id = a.message_id"
                                   " WHERE m.block IN (SELECT block FROM message_blocks) AND m.conversation_id = ?1");
    for (const qint64 conversationId : ids) {
        media.bind(1, conversationId);
        while (media.next())
            changes->evictedMedia.append(media.text(0));
        media.reset();
        messages.bind(1, conversationId);
        QVector<qint64> messageIds;
        while (messages.next())
            messageIds.append(messages.int64(0));
        messages.reset();
        for (const qint64 messageId : messageIds) {
            if (!queueForSearch(SearchDocument::ChangedMessage, messageId, error))
                return false;
        }
        changes->removedConversations.insert(conversationId);
    }
    Statement avatar = m_db.prepare("SELECT avatar_media_id, name FROM contacts WHERE id = ?1");
    avatar.bind(1, contactId);
    if (avatar.next()) {
        if (!avatar.isNull(0))
            changes->evictedMedia.append(avatar.text(0));
        if (!queueForSearch(SearchDocument::Contact, contactId, error))
            return false;
    }
    avatar = Statement();
    // Conversations, messages, attachments, outbox entries and the lead cascade.
    Statement remove = m_db.prepare("DELETE FROM contacts WHERE id = ?1");
    remove.bind(1, contactId);
    if (!remove.run())
        return fail(error, QStringLiteral("erasing a contact"), remove);
    changes->contacts.insert(contactId);
    return true;
}

bool StoreWriter::purgeBodies(qint64 before, ChangeSet *changes, QString *error)
{
    const qint64 boundary = before * kMessageIdsPerMillisecond;
    Statement victims = m_db.prepare(
        "SELECT id, conversation_id, text <> '' FROM messages WHERE id < ?1 AND purged = 0");
    victims.bind(1, boundary);
    QVector<qint64> indexed;
    while (victims.next()) {
        if (victims.int64(2))
            indexed.append(victims.int64(0));
        changes->messageConversations.insert(victims.int64(1));
    }
    victims = Statement();
    for (const qint64 id : indexed) {
        if (!queueForSearch(SearchDocument::ChangedMessage, id, error))
            return false;
    }
    Statement media = m_db.prepare("SELECT media_id FROM attachments WHERE message_id < ?1");
    media.bind(1, boundary);
    while (media.next())
        changes->evictedMedia.append(media.text(0));
    media = Statement();
    Statement purge = m_db.prepare("UPDATE messages SET text = '', purged = 1 WHERE id < ?1 AND purged = 0;");
    purge.bind(1, boundary);
    if (!purge.run())
        return fail(error, QStringLiteral("purging old messages"), purge);
    // A list preview may quote a purged message: clear those too.
    Statement previews = m_db.prepare("UPDATE conversations SET last_preview = '' WHERE last_activity < ?1");
    previews.bind(1, before);
    if (!previews.run())
        return fail(error, QStringLiteral("purging old previews"), previews);
    Statement dropMedia = m_db.prepare("DELETE FROM attachments WHERE message_id < ?1");
    dropMedia.bind(1, boundary);
    if (!dropMedia.run())
        return fail(error, QStringLiteral("purging old attachments"), dropMedia);
    return true;
}

void StoreWriter::noteActivity(const Message &message)
{
    // Notes (the agents' own, and the server's older "Autopilot paused: …")
    // and activity lines (assigned, resolved …) are not the conversation's
    // news: the server moves neither its time nor its preview for them, and
    // the list follows the server.
    if (message.kind == MessageKind::Note || message.kind == MessageKind::Activity)
        return;
    Activity &activity = m_pendingActivity[message.conversationId];
    if (message.createdAt >= activity.at) {
        activity.at = message.createdAt;
        activity.text = message.text;
        activity.fileName = message.attachments.isEmpty() ? QString() : message.attachments.constFirst().fileName;
    }
}

void StoreWriter::startBatch()
{
    m_pendingActivity.clear();
    m_newMessageIds.clear();
    // Read again: a transaction rolled back may have counted messages it never kept.
    m_block = -1;
    m_blockChanged = false;
}

bool StoreWriter::messageBlock(qint64 *block, QString *error)
{
    if (m_block < 0) {
        Statement newest = m_db.prepare("SELECT block, messages FROM message_blocks ORDER BY block DESC LIMIT 1");
        const bool found = newest.next();
        m_block = found ? newest.int64(0) : 0;
        m_blockMessages = found ? newest.int64(1) : 0;
    }
    if (m_blockMessages >= m_messagesPerBlock) {
        if (!saveMessageBlock(error)) // the full one's count, before the next is opened
            return false;
        ++m_block;
        m_blockMessages = 0;
    }
    *block = m_block;
    return true;
}

bool StoreWriter::saveMessageBlock(QString *error)
{
    if (!m_blockChanged)
        return true;
    Statement save = m_db.prepare("INSERT OR REPLACE INTO message_blocks (block, messages) VALUES (?1, ?2)");
    save.bind(1, m_block).bind(2, m_blockMessages);
    if (!save.run())
        return fail(error, QStringLiteral("counting the messages of the index's block"), save);
    m_blockChanged = false;
    return true;
}

bool StoreWriter::flushActivity(QString *error)
{
    if (!saveMessageBlock(error))
        return false;
    // One update per conversation per batch, not one per message.
    Statement &touch = m_statements->touchConversation;
    for (auto it = m_pendingActivity.cbegin(); it != m_pendingActivity.cend(); ++it) {
        touch.bind(1, it.key()).bind(2, it->at).bind(3, previewOf(it->text, it->fileName));
        if (!touch.run())
            return fail(error, QStringLiteral("updating conversation activity"), touch);
    }
    // One search queue row for all the batch's new messages, not one each.
    if (m_newMessageIds.size() == 1) {
        if (!queueForSearch(SearchDocument::NewMessage, m_newMessageIds.constFirst(), error))
            return false;
        m_newMessageIds.clear();
    } else if (!m_newMessageIds.isEmpty()) {
        // In id order: FTS4 starts a new segment whenever a docid goes back.
        std::sort(m_newMessageIds.begin(), m_newMessageIds.end());
        QByteArray ids(m_newMessageIds.size() * 8, Qt::Uninitialized);
        for (int i = 0; i < m_newMessageIds.size(); ++i)
            qToLittleEndian<qint64>(m_newMessageIds.at(i), ids.data() + i * 8);
        Statement queue = m_db.prepare("INSERT INTO search_queue (kind, doc, docs) VALUES (?1, ?2, ?3)");
        queue.bind(1, int(SearchDocument::NewMessage)).bind(2, qint64(m_newMessageIds.size())).bindBlob(3, ids);
        if (!queue.run())
            return fail(error, QStringLiteral("queueing new messages for search"), queue);
        m_newMessageIds.clear();
    }
    m_pendingActivity.clear();
    return true;
}

} // namespace relaydesk::store
