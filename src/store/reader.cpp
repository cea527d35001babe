#include "store/reader.h"

#include "store/drafts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <limits>

namespace relaydesk::store {

namespace {

const char *const kConversationColumns =
    "c.id, c.contact_id, coalesce(ct.name, ''), ct.avatar_media_id, c.channel, c.status,"
    " c.assignee_id, c.unread_count, c.last_activity, c.last_preview, c.autopilot, c.muted,"
    " c.snoozed_until, c.window_expires_at, d.text, d.files, c.priority";

const char *const kMessageColumns =
    "id, server_id, client_id, conversation_id, direction, author, author_id, author_name, kind,"
    " text, status, failure_reason, created_at, edited_at, reply_to, purged, activity";

// A draft as the list shows it: its text on one line, or the files staged.
QString draftLine(const QString &text, const QString &files)
{
    QString line = text.simplified();
    if (line.isEmpty() && !files.isEmpty() && files != QLatin1String("[]"))
        line = QStringLiteral("📎");
    return line.left(200);
}

ConversationRow readConversation(const Statement &s)
{
    ConversationRow row;
    row.id = s.int64(0);
    row.contactId = s.int64(1);
    row.contactName = s.text(2);
    row.avatarMediaId = s.text(3);
    row.channel = s.text(4);
    row.status = s.text(5);
    row.assigneeId = s.int64(6);
    row.unreadCount = s.int32(7);
    row.lastActivity = s.int64(8);
    row.lastPreview = s.text(9);
    row.autopilot = s.text(10);
    row.muted = s.int64(11) != 0;
    row.snoozedUntil = s.int64(12);
    row.windowExpiresAt = s.int64(13);
    row.draft = draftLine(s.text(14), s.text(15));
    row.priority = s.text(16);
    return row;
}

QByteArray quoted(const QString &text)
{
    return '\'' + QString(text).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() + '\'';
}

} // namespace

StoreReader::StoreReader(Connection &connection, SearchIndex *index)
    : m_db(connection)
    , m_index(index)
{
}

QVector<ConversationRow> StoreReader::conversations(const ConversationFilter &filter, int limit,
                                                    const ConversationCursor &after)
{
    QByteArray where;
    if (!filter.statuses.isEmpty()) {
        QByteArrayList names;
        for (const QString &status : filter.statuses)
            names.append(quoted(status));
        where += " AND c.status IN (" + names.join(',') + ')';
    }
    if (filter.assigneeId)
        where += " AND c.assignee_id = ?1";
    if (filter.unassignedOnly)
        where += " AND c.assignee_id IS NULL";
    if (filter.unreadOnly)
        where += " AND c.unread_count > 0";
    if (!filter.channel.isEmpty())
        where += " AND c.channel = ?2";
    if (!filter.priorities.isEmpty()) {
        QByteArrayList names;
        for (const QString &priority : filter.priorities)
            names.append(quoted(priority));
        where += " AND c.priority IN (" + names.join(',') + ')';
    }

    QVector<ConversationRow> rows;
    // One read in an index's order: `index` names it, `extra` narrows further.
    const auto readPage = [&](const char *index, const QByteArray &extra, bool withCursor, int wanted) {
        QByteArray sql = QByteArrayLiteral("SELECT ") + kConversationColumns + " FROM conversations c INDEXED BY "
                         + index
                         + " LEFT JOIN contacts ct ON ct.id = c.contact_id"
                           " LEFT JOIN drafts d ON d.conversation_id = c.id WHERE 1"
                         + where + extra;
        if (withCursor)
            sql += " AND (c.last_activity < ?3 OR (c.last_activity = ?3 AND c.id < ?4))";
        sql += " ORDER BY c.last_activity DESC, c.id DESC LIMIT ?5";
        Statement select = m_db.prepare(sql.constData());
        if (filter.assigneeId)
            select.bind(1, filter.assigneeId);
        if (!filter.channel.isEmpty())
            select.bind(2, filter.channel);
        if (withCursor)
            select.bind(3, after.lastActivity).bind(4, after.id);
        select.bind(5, wanted);
        while (select.next())
            rows.append(readConversation(select));
    };

    if (!filter.priorityFirst) {
        // Pages come in activity order straight from its index: the counts'
        // index (step 11) would find a filter's rows sooner, then sort them all.
        readPage("conversations_by_activity", {}, !after.isNull(), limit);
        return rows;
    }
    // Urgent first: each priority's conversations in activity order, from
    // the index that holds them so (step 14); a page reads no more rows than
    // it shows and sorts nothing. (No cursor: the list reads from the top.)
    for (const char *priority : {"urgent", "high", "normal", "low"}) {
        if (rows.size() >= limit)
            break;
        readPage("conversations_by_priority", " AND c.priority = '" + QByteArray(priority) + '\'', false,
                 limit - int(rows.size()));
    }
    if (rows.size() < limit) // a priority this version does not know: last
        readPage("conversations_by_activity", " AND c.priority NOT IN ('urgent', 'high', 'normal', 'low')", false,
                 limit - int(rows.size()));
    return rows;
}

std::optional<ConversationRow> StoreReader::conversation(qint64 id)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kConversationColumns
                           + " FROM conversations c LEFT JOIN contacts ct ON ct.id = c.contact_id"
                             " LEFT JOIN drafts d ON d.conversation_id = c.id"
                             " WHERE c.id = ?1";
    Statement select = m_db.prepare(sql.constData());
    select.bind(1, id);
    if (!select.next())
        return std::nullopt;
    return readConversation(select);
}

bool StoreReader::ConversationCounts::operator==(const ConversationCounts &other) const
{
    const auto same = [](const Scoped &a, const Scoped &b) {
        return a.all == b.all && a.mine == b.mine && a.unassigned == b.unassigned;
    };
    return same(open, other.open) && same(pending, other.pending) && same(snoozed, other.snoozed)
           && unreadMessages == other.unreadMessages;
}

StoreReader::ConversationCounts StoreReader::conversationCounts(qint64 agentId)
{
    // Groups by status and assignee on conversations_by_status alone (it
    // covers every column read here); the few groups are added up below.
    Statement select = m_db.prepare(
        "SELECT status, assignee_id, count(*), sum(CASE WHEN muted = 0 THEN unread_count ELSE 0 END)"
        " FROM conversations INDEXED BY conversations_by_status"
        " WHERE status IN ('open', 'pending', 'snoozed') GROUP BY status, assignee_id");
    ConversationCounts counts;
    while (select.next()) {
        const QString status = select.text(0);
        ConversationCounts::Scoped &scoped = status == QLatin1String("open")      ? counts.open
                                             : status == QLatin1String("pending") ? counts.pending
                                                                                  : counts.snoozed;
        const qint64 assignee = select.int64(1); // NULL reads 0
        const int conversations = select.int32(2);
        scoped.all += conversations;
        if (assignee <= 0)
            scoped.unassigned += conversations;
        else if (assignee == agentId)
            scoped.mine += conversations;
        counts.unreadMessages += int(select.int64(3));
    }
    return counts;
}

DraftRow StoreReader::draft(qint64 conversationId)
{
    DraftRow draft;
    draft.conversationId = conversationId;
    Statement select = m_db.prepare("SELECT text, reply_to, note, files, updated_at FROM drafts"
                                    " WHERE conversation_id = ?1");
    select.bind(1, conversationId);
    if (!select.next())
        return draft;
    draft.text = select.text(0);
    draft.replyTo = select.int64(1);
    draft.note = select.int64(2) != 0;
    draft.files = draftFilesFromJson(select.text(3).toUtf8());
    draft.updatedAt = select.int64(4);
    return draft;
}

QVector<MessageRow> StoreReader::readMessages(Statement &s)
{
    QVector<MessageRow> rows;
    while (s.next()) {
        MessageRow row;
        row.id = s.int64(0);
        row.serverId = s.int64(1);
        row.clientId = s.text(2);
        row.conversationId = s.int64(3);
        row.direction = s.text(4);
        row.author = s.text(5);
        row.authorId = s.int64(6);
        row.authorName = s.text(7);
        row.kind = s.text(8);
        row.text = s.text(9);
        row.status = s.text(10);
        row.failureReason = s.text(11);
        row.createdAt = s.int64(12);
        row.editedAt = s.int64(13);
        row.replyTo = s.int64(14);
        row.purged = s.int64(15) != 0;
        if (row.kind == QLatin1String("activity"))
            row.activity = QJsonDocument::fromJson(s.text(16).toUtf8()).object();
        rows.append(row);
    }
    attachAttachments(rows);
    return rows;
}

void StoreReader::attachAttachments(QVector<MessageRow> &rows)
{
    QByteArrayList ids;
    for (const MessageRow &row : rows) {
        if (row.kind != QLatin1String("text") && row.kind != QLatin1String("note")
            && row.kind != QLatin1String("activity"))
            ids.append(QByteArray::number(row.id));
    }
    if (ids.isEmpty())
        return;
    const QByteArray sql = "SELECT id, message_id, media_id, mime_type, size, sha256, width, height,"
                           " duration_ms, file_name, cache_state, thumbnail_state FROM attachments"
                           " WHERE message_id IN ("
                           + ids.join(',') + ") ORDER BY id";
    Statement select = m_db.prepare(sql.constData());
    while (select.next()) {
        AttachmentRow a;
        a.id = select.int64(0);
        a.messageId = select.int64(1);
        a.mediaId = select.text(2);
        a.mimeType = select.text(3);
        a.size = select.int64(4);
        a.sha256 = select.text(5);
        a.width = select.int32(6);
        a.height = select.int32(7);
        a.durationMs = select.int64(8);
        a.fileName = select.text(9);
        a.cacheState = select.text(10);
        a.thumbnailState = select.text(11);
        for (MessageRow &row : rows) {
            if (row.id == a.messageId) {
                row.attachments.append(a);
                break;
            }
        }
    }
}

QVector<MessageRow> StoreReader::newestMessages(qint64 conversationId, int limit)
{
    return messagesBefore(conversationId, std::numeric_limits<qint64>::max(), limit);
}

QVector<MessageRow> StoreReader::messagesBefore(qint64 conversationId, qint64 messageId, int limit)
{
    Statement &select = acrossBlocks(QByteArrayLiteral("SELECT ") + kMessageColumns
                                         + " FROM messages WHERE block = %BLOCK% AND conversation_id = ?1 AND id < ?2",
                                     "ORDER BY id DESC LIMIT ?3");
    const auto done = qScopeGuard([&select] { select.reset(); });
    select.bind(1, conversationId).bind(2, messageId).bind(3, limit);
    QVector<MessageRow> rows = readMessages(select);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QVector<MessageRow> StoreReader::messagesAfter(qint64 conversationId, qint64 messageId, int limit)
{
    Statement &select = acrossBlocks(QByteArrayLiteral("SELECT ") + kMessageColumns
                                         + " FROM messages WHERE block = %BLOCK% AND conversation_id = ?1 AND id > ?2",
                                     "ORDER BY id ASC LIMIT ?3");
    const auto done = qScopeGuard([&select] { select.reset(); });
    select.bind(1, conversationId).bind(2, messageId).bind(3, limit);
    return readMessages(select);
}

Statement &StoreReader::acrossBlocks(const QByteArray &arm, const QByteArray &tail)
{
    if (!m_blocks.isValid())
        m_blocks = m_db.prepare("SELECT block FROM message_blocks ORDER BY block DESC");
    QByteArrayList arms;
    while (m_blocks.next())
        arms.append(QByteArray(arm).replace("%BLOCK%", QByteArray::number(m_blocks.int64(0))));
    m_blocks.reset();
    if (arms.isEmpty()) // a history that has never held a message
        arms.append(QByteArray(arm).replace("%BLOCK%", "0"));
    const QByteArray sql = arms.join(" UNION ALL ") + ' ' + tail;
    BlockStatement &cached = m_acrossBlocks[arm + tail];
    if (cached.sql != sql || !cached.statement.isValid()) {
        cached.sql = sql;
        cached.statement = m_db.prepare(sql.constData());
    }
    cached.statement.reset();
    return cached.statement;
}

std::optional<MessageRow> StoreReader::message(qint64 messageId)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kMessageColumns + " FROM messages WHERE id = ?1";
    Statement select = m_db.prepare(sql.constData());
    select.bind(1, messageId);
    QVector<MessageRow> rows = readMessages(select);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QVector<MessageRow> StoreReader::messagesAround(qint64 messageId, int around)
{
    const std::optional<MessageRow> centre = message(messageId);
    if (!centre)
        return {};
    QVector<MessageRow> rows = messagesBefore(centre->conversationId, messageId, around);
    rows.append(*centre);
    rows += messagesAfter(centre->conversationId, messageId, around);
    return rows;
}

std::optional<ContactDetails> StoreReader::contactDetails(qint64 contactId)
{
    Statement contact = m_db.prepare(
        "SELECT id, name, phone, email, whatsapp_id, messenger_psid, webchat_id, avatar_media_id,"
        " updated_at, version FROM contacts WHERE id = ?1");
    contact.bind(1, contactId);
    if (!contact.next())
        return std::nullopt;
    ContactDetails details;
    ContactRow &c = details.contact;
    c.id = contact.int64(0);
    c.name = contact.text(1);
    c.phone = contact.text(2);
    c.email = contact.text(3);
    c.whatsappId = contact.text(4);
    c.messengerPsid = contact.text(5);
    c.webchatId = contact.text(6);
    c.avatarMediaId = contact.text(7);
    c.updatedAt = contact.int64(8);
    c.version = contact.int64(9);

    Statement lead = m_db.prepare(
        "SELECT business_name, stage, value_minor, currency, owner_id, tags, notes, custom_fields,"
        " version, updated_at FROM leads WHERE contact_id = ?1");
    lead.bind(1, contactId);
    if (lead.next()) {
        LeadRow &l = details.lead;
        l.exists = true;
        l.businessName = lead.text(0);
        l.stage = lead.text(1);
        l.valueMinor = lead.int64(2);
        l.currency = lead.text(3);
        l.ownerId = lead.int64(4);
        for (const QJsonValue &tag : QJsonDocument::fromJson(lead.text(5).toUtf8()).array())
            l.tags.append(tag.toString());
        l.notes = lead.text(6);
        l.customFieldsJson = lead.text(7);
        l.version = lead.int64(8);
        l.updatedAt = lead.int64(9);
        Statement notes = m_db.prepare("SELECT id, author_id, author_name, text, created_at FROM lead_notes"
                                       " WHERE contact_id = ?1 ORDER BY id");
        notes.bind(1, contactId);
        while (notes.next())
            l.noteList.append({notes.int64(0), notes.int64(1), notes.text(2), notes.text(3), notes.int64(4)});
    }

    const QByteArray sql = QByteArrayLiteral("SELECT ") + kConversationColumns
                           + " FROM conversations c LEFT JOIN contacts ct ON ct.id = c.contact_id"
                             " LEFT JOIN drafts d ON d.conversation_id = c.id"
                             " WHERE c.contact_id = ?1 ORDER BY c.last_activity DESC";
    Statement conversations = m_db.prepare(sql.constData());
    conversations.bind(1, contactId);
    while (conversations.next())
        details.conversations.append(readConversation(conversations));
    return details;
}

QVector<LeadEditRow> StoreReader::leadEdits(qint64 contactId)
{
    // The outbox holds a handful of entries; the contact is read from each payload.
    Statement select = m_db.prepare("SELECT client_id, conversation_id, payload, state, last_error, created_at, command"
                                    " FROM outbox WHERE command IN ('lead.update', 'lead.note', 'contact.update')"
                                    " ORDER BY id");
    QVector<LeadEditRow> edits;
    while (select.next()) {
        const QByteArray payload = select.text(2).toUtf8();
        if (qint64(QJsonDocument::fromJson(payload).object().value(QStringLiteral("contact_id")).toDouble())
            != contactId)
            continue;
        LeadEditRow edit;
        edit.clientId = select.text(0);
        edit.conversationId = select.int64(1);
        edit.payload = payload;
        edit.state = select.text(3);
        edit.lastError = select.text(4);
        edit.createdAt = select.int64(5);
        edit.command = select.text(6);
        edits.append(edit);
    }
    return edits;
}

qint64 StoreReader::lastSeq()
{
    return m_db.queryInt("SELECT last_seq FROM sync_state WHERE id = 1").value_or(0);
}

QVector<StoreReader::HistoryToFetch> StoreReader::historyToFetch(int limit)
{
    Statement select = m_db.prepare(
        "SELECT c.id FROM conversations c"
        " WHERE NOT EXISTS (SELECT 1 FROM history_complete h WHERE h.conversation_id = c.id)"
        " ORDER BY c.last_activity DESC, c.id DESC LIMIT ?1");
    select.bind(1, limit);
    QVector<HistoryToFetch> result;
    while (select.next())
        result.append(HistoryToFetch{select.int64(0), 0});
    select = Statement();
    // Messages are numbered in time order, so the first by id is the oldest.
    Statement &oldest = acrossBlocks("SELECT id, server_id FROM messages WHERE block = %BLOCK% AND conversation_id = ?1"
                                     " AND server_id IS NOT NULL",
                                     "ORDER BY id ASC LIMIT 1");
    for (HistoryToFetch &todo : result) {
        oldest.bind(1, todo.conversationId);
        todo.oldestServerId = oldest.next() ? oldest.int64(1) : 0;
        oldest.reset();
    }
    return result;
}

qint64 StoreReader::firstUnreadMessage(qint64 conversationId, int unreadCount, int *found)
{
    if (found)
        *found = 0;
    if (unreadCount <= 0)
        return 0;
    // Walks back along the conversation's index over at most `unreadCount`
    // customer messages; when fewer are stored, the oldest stored one.
    Statement &select =
        acrossBlocks("SELECT id FROM messages WHERE block = %BLOCK% AND conversation_id = ?1 AND direction = 'in'",
                     "ORDER BY id DESC LIMIT ?2");
    const auto done = qScopeGuard([&select] { select.reset(); });
    select.bind(1, conversationId).bind(2, unreadCount);
    qint64 first = 0;
    int count = 0;
    while (select.next()) {
        first = select.int64(0);
        ++count;
    }
    if (found)
        *found = count;
    return first;
}

qint64 StoreReader::newestServerMessageId(qint64 conversationId)
{
    Statement &select = acrossBlocks("SELECT id, server_id FROM messages WHERE block = %BLOCK% AND conversation_id = ?1"
                                     " AND server_id IS NOT NULL",
                                     "ORDER BY id DESC LIMIT 1");
    const auto done = qScopeGuard([&select] { select.reset(); });
    select.bind(1, conversationId);
    return select.next() ? select.int64(1) : 0;
}

std::optional<StoreReader::AccountHome> StoreReader::accountHome()
{
    Statement select = m_db.prepare(
        "SELECT workspace_id, workspace_name, server_url, agent_id, role FROM account WHERE id = 1");
    if (!select.next())
        return std::nullopt;
    return AccountHome{select.int64(0), select.text(1), select.text(2), select.int64(3), select.text(4)};
}

protocol::WorkspaceSettings StoreReader::workspaceSettings()
{
    protocol::WorkspaceSettings settings;
    Statement select = m_db.prepare(
        "SELECT autopilot_away, ai_suggestions, updated_at FROM workspace_settings WHERE id = 1");
    if (select.next()) {
        settings.autopilotAway = protocol::autopilotFromString(select.text(0)).value_or(protocol::Autopilot::Off);
        settings.aiSuggestions = select.int64(1) != 0;
        settings.updatedAt = std::max<qint64>(0, select.int64(2));
    }
    return settings;
}

int StoreReader::outboxCount()
{
    return int(m_db.queryInt("SELECT count(*) FROM outbox").value_or(0));
}

} // namespace relaydesk::store
