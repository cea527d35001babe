#include "workspacedata.h"

#include "accounts.h"
#include "contactfields.h"
#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <utility>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

constexpr qint64 kCustomerWindowMs = 24LL * 3600 * 1000;
constexpr int kPreviewLength = 140;

QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

// The first characters of a text on one line. Cut between code points, never
// inside a surrogate pair: half an emoji is not valid Unicode, and a record
// holding one could not be decoded again (from the event log, for a replay).
QString preview(const QString &text)
{
    auto cut = [](const QString &s, qsizetype n) {
        if (n < s.size() && n > 0 && s.at(n - 1).isHighSurrogate())
            --n;
        return s.left(n);
    };
    QString line = cut(text, kPreviewLength * 2).simplified();
    if (line.size() > kPreviewLength)
        line = cut(line, kPreviewLength - 1) + QChar(0x2026);
    return line;
}

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.contactId = q.value(1).toLongLong();
    c.channel = channelFromString(q.value(2).toString()).value_or(Channel::WebChat);
    c.status = conversationStatusFromString(q.value(3).toString()).value_or(ConversationStatus::Open);
    c.assigneeId = q.value(4).toLongLong();
    c.unreadCount = q.value(5).toInt();
    c.lastActivity = q.value(6).toLongLong();
    c.lastPreview = q.value(7).toString();
    c.autopilot = autopilotFromString(q.value(8).toString()).value_or(Autopilot::Off);
    c.muted = q.value(9).toBool();
    c.snoozedUntil = q.value(10).toLongLong();
    c.windowExpiresAt = q.value(11).toLongLong();
    c.priority = priorityFromString(q.value(12).toString()).value_or(Priority::Normal);
    return c;
}

const char *const kConversationColumns =
    "id, contact_id, channel, status, assignee_id, unread_count, last_activity, last_preview,"
    " autopilot, muted, snoozed_until, window_expires_at, priority";

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.clientId = q.value(2).toString();
    m.author = authorFromString(q.value(3).toString()).value_or(Author::System);
    m.authorId = q.value(4).toLongLong();
    m.authorName = q.value(5).toString();
    m.kind = messageKindFromString(q.value(6).toString()).value_or(MessageKind::Text);
    m.text = q.value(7).toString();
    m.status = messageStatusFromString(q.value(8).toString()).value_or(MessageStatus::Sent);
    m.failureReason = q.value(9).toString();
    m.createdAt = q.value(10).toLongLong();
    m.editedAt = q.value(11).toLongLong();
    m.replyTo = q.value(12).toLongLong();
    for (const QJsonValue &value : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array()) {
        QString ignored;
        if (const auto attachment = attachmentFromJson(value.toObject(), &ignored))
            m.attachments.append(*attachment);
    }
    if (m.kind == MessageKind::Activity)
        m.activity = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    return m;
}

const char *const kMessageColumns =
    "id, conversation_id, client_id, author, author_id, author_name, kind, text, status,"
    " failure_reason, created_at, edited_at, reply_to, attachments, activity";

} // namespace

QString WorkspaceData::previewOf(const QString &text)
{
    return preview(text);
}

std::optional<Message> WorkspaceData::message(qint64 workspaceId, qint64 messageId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM messages WHERE id = ? AND workspace_id = ?")
                                .arg(QLatin1String(kMessageColumns)));
    q.bindValue(0, messageId);
    q.bindValue(1, workspaceId);
    std::optional<Message> found;
    if (q.exec() && q.next())
        found = readMessage(q);
    q.finish();
    return found;
}

WorkspaceData::WorkspaceData(ServerDb &db)
    : m_db(db)
{
}

// Every SELECT through it is finish()ed once read: a statement left open
// keeps its read snapshot, and this connection would then not see what
// others (the admin commands) committed since.
QSqlQuery &WorkspaceData::prepared(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &query = m_prepared[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db.db());
        if (!query->prepare(sql))
            qCWarning(lcServer) << "could not prepare a statement:" << query->lastError().text();
    }
    query->finish();
    return *query;
}

Change WorkspaceData::commit(Change change)
{
    if (!change.ok()) {
        m_db.db().rollback();
        change.events.clear();
        return change;
    }
    // The command's result goes in with its change, or neither does.
    if (const std::optional<RunningCommand> command = std::exchange(m_command, std::nullopt);
        command && !recordCommandResult(*command, change.result)) {
        m_db.db().rollback();
        return Change::failure(QStringLiteral("internal"), QStringLiteral("The change could not be saved."));
    }
    if (!m_db.db().commit()) {
        m_db.db().rollback();
        return Change::failure(QStringLiteral("internal"), QStringLiteral("The change could not be saved."));
    }
    return change;
}

bool WorkspaceData::saveConversation(qint64 workspaceId, const Conversation &c)
{
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE conversations SET status = ?, assignee_id = ?, unread_count = ?,"
                       " last_activity = ?, last_preview = ?, autopilot = ?, muted = ?, snoozed_until = ?,"
                       " window_expires_at = ?, priority = ? WHERE id = ? AND workspace_id = ?"));
    const QVariantList values{toString(c.status),
                              nullable(c.assigneeId),
                              c.unreadCount,
                              c.lastActivity,
                              c.lastPreview,
                              toString(c.autopilot),
                              int(c.muted),
                              nullable(c.snoozedUntil),
                              nullable(c.windowExpiresAt),
                              toString(c.priority),
                              c.id,
                              workspaceId};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<Conversation> WorkspaceData::conversation(qint64 workspaceId, qint64 conversationId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM conversations WHERE id = ? AND workspace_id = ?")
                                .arg(QLatin1String(kConversationColumns)));
    q.bindValue(0, conversationId);
    q.bindValue(1, workspaceId);
    std::optional<Conversation> found;
    if (q.exec() && q.next())
        found = readConversation(q);
    q.finish();
    return found;
}

std::optional<Lead> WorkspaceData::lead(qint64 workspaceId, qint64 contactId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT l.business_name, l.stage, l.value_minor, l.currency, l.owner_id, l.tags,"
                             " l.notes, l.custom_fields, l.version, l.updated_at FROM leads l"
                             " JOIN contacts c ON c.id = l.contact_id WHERE l.contact_id = ? AND c.workspace_id = ?"));
    q.addBindValue(contactId);
    q.addBindValue(workspaceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Lead l;
    l.contactId = contactId;
    l.businessName = q.value(0).toString();
    l.stage = q.value(1).toString();
    l.valueMinor = q.value(2).toLongLong();
    l.currency = q.value(3).toString();
    l.ownerId = q.value(4).toLongLong();
    for (const QJsonValue &tag : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        l.tags.append(tag.toString());
    l.notes = q.value(6).toString();
    l.customFields = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    l.version = q.value(8).toLongLong();
    l.updatedAt = q.value(9).toLongLong();
    q.finish();
    // The newest notes, shown oldest first.
    QSqlQuery notes(m_db.db());
    notes.prepare(QStringLiteral("SELECT id, author_id, author_name, text, created_at FROM lead_notes"
                                 " WHERE contact_id = ? ORDER BY id DESC LIMIT ?"));
    notes.addBindValue(contactId);
    notes.addBindValue(int(protocol::kMaxLeadNotes));
    if (notes.exec()) {
        while (notes.next()) {
            l.noteList.prepend(LeadNote{notes.value(0).toLongLong(), notes.value(1).toLongLong(),
                                        notes.value(2).toString(), notes.value(3).toString(),
                                        notes.value(4).toLongLong()});
        }
    }
    return l;
}

Change WorkspaceData::addLeadNote(const Agent &agent, qint64 contactId, const QString &text)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    std::optional<Lead> current = lead(agent.workspaceId, contactId);
    if (!current)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such contact.")));
    const qint64 at = currentTime();
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO lead_notes (contact_id, author_id, author_name, text, created_at)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(contactId);
    insert.addBindValue(agent.id);
    insert.addBindValue(agent.name.isNull() ? QStringLiteral("") : agent.name);
    insert.addBindValue(text);
    insert.addBindValue(at);
    // A note is a change of the lead: its version grows, so every agent's copy follows.
    QSqlQuery bump(m_db.db());
    bump.prepare(QStringLiteral("UPDATE leads SET version = version + 1, updated_at = ? WHERE contact_id = ?"));
    bump.addBindValue(at);
    bump.addBindValue(contactId);
    if (!insert.exec() || !bump.exec())
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not save the note")));
    const std::optional<Lead> next = lead(agent.workspaceId, contactId);
    Change change;
    if (!next || !append(agent.workspaceId, *next, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not save the note")));
    change.result = toJson(*next);
    return commit(change);
}

Change WorkspaceData::visitorWrites(qint64 workspaceId, const QString &visitorId, const QString &text)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    Change change;
    const qint64 at = currentTime();

    QSqlQuery &find = prepared(QStringLiteral("SELECT id FROM contacts WHERE workspace_id = ? AND webchat_id = ?"));
    find.bindValue(0, workspaceId);
    find.bindValue(1, visitorId);
    qint64 contactId = 0;
    if (find.exec() && find.next())
        contactId = find.value(0).toLongLong();
    find.finish();
    if (!contactId) {
        // Named as the visitor said when the visit started; else a tag of their id tells them apart.
        NewContact visitor;
        visitor.name = QStringLiteral("Visitor %1").arg(contactfields::shortTag(visitorId));
        visitor.nameSource = QStringLiteral("fallback");
        visitor.webchatId = visitorId;
        QSqlQuery &details = prepared(
            QStringLiteral("SELECT name, email FROM webchat_visitors WHERE workspace_id = ? AND visitor_id = ?"));
        details.bindValue(0, workspaceId);
        details.bindValue(1, visitorId);
        if (details.exec() && details.next()) {
            if (!details.value(0).toString().isEmpty()) {
                visitor.name = details.value(0).toString();
                visitor.nameSource = QStringLiteral("channel");
            }
            visitor.email = details.value(1).toString();
        }
        details.finish();
        contactId = addContact(workspaceId, visitor, at, change);
        QSqlQuery &forget = prepared(
            QStringLiteral("DELETE FROM webchat_visitors WHERE workspace_id = ? AND visitor_id = ?"));
        forget.bindValue(0, workspaceId);
        forget.bindValue(1, visitorId);
        if (!contactId || !forget.exec())
            return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not add the visitor")));
    }

    QSqlQuery &open = prepared(QStringLiteral("SELECT id FROM conversations WHERE workspace_id = ? AND contact_id = ?"
                                              " AND channel = 'webchat' ORDER BY id DESC LIMIT 1"));
    open.bindValue(0, workspaceId);
    open.bindValue(1, contactId);
    qint64 conversationId = 0;
    if (open.exec() && open.next())
        conversationId = open.value(0).toLongLong();
    open.finish();
    if (!conversationId) {
        QSqlQuery insert(m_db.db());
        insert.prepare(QStringLiteral("INSERT INTO conversations (workspace_id, contact_id, channel, last_activity)"
                                      " VALUES (?, ?, 'webchat', ?)"));
        insert.addBindValue(workspaceId);
        insert.addBindValue(contactId);
        insert.addBindValue(at);
        if (!insert.exec())
            return commit(Change::failure(QStringLiteral("internal"), insert.lastError().text()));
        conversationId = insert.lastInsertId().toLongLong();
    }

    Message message;
    message.conversationId = conversationId;
    message.author = Author::Customer;
    message.authorId = contactId; // a customer's messages carry their contact's id and name
    const std::optional<Contact> author = contact(workspaceId, contactId);
    message.authorName = author ? author->name : QString();
    message.kind = MessageKind::Text;
    message.text = text;
    message.status = MessageStatus::Delivered;
    message.createdAt = at;
    QSqlQuery &insertMessage = prepared(
        QStringLiteral("INSERT INTO messages (workspace_id, conversation_id, author, author_id, author_name, kind,"
                       " text, status, created_at) VALUES (?, ?, 'customer', ?, ?, 'text', ?, 'delivered', ?)"));
    insertMessage.bindValue(0, workspaceId);
    insertMessage.bindValue(1, conversationId);
    insertMessage.bindValue(2, contactId);
    insertMessage.bindValue(3, QString(message.authorName + QLatin1String("")));
    insertMessage.bindValue(4, text);
    insertMessage.bindValue(5, at);
    if (!insertMessage.exec())
        return commit(Change::failure(QStringLiteral("internal"), insertMessage.lastError().text()));
    message.id = insertMessage.lastInsertId().toLongLong();

    Conversation c = *conversation(workspaceId, conversationId);
    // The customer writing reopens it: resolved, or snoozed with or without a time.
    if (c.status == ConversationStatus::Resolved || c.status == ConversationStatus::Snoozed) {
        c.status = ConversationStatus::Open;
        c.snoozedUntil = 0;
    }
    ++c.unreadCount;
    c.lastActivity = at;
    c.lastPreview = preview(text);
    c.windowExpiresAt = 0; // web chat has no customer-service window (null)
    if (!saveConversation(workspaceId, c) || !append(workspaceId, c, change) || !append(workspaceId, message, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the message")));
    change.result = QJsonObject{{QStringLiteral("id"), message.id}, {QStringLiteral("created_at"), at}};
    return commit(change);
}

QVector<Message> WorkspaceData::visitorMessages(qint64 workspaceId, const QString &visitorId, qint64 afterId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
                  "SELECT m.%1 FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                  " JOIN contacts ct ON ct.id = c.contact_id"
                  " WHERE m.workspace_id = ? AND ct.webchat_id = ? AND m.id > ? AND m.kind NOT IN ('note', 'activity')"
                  " ORDER BY m.id LIMIT 200")
                  .arg(QString::fromLatin1(kMessageColumns).replace(QStringLiteral(", "), QStringLiteral(", m."))));
    q.addBindValue(workspaceId);
    q.addBindValue(visitorId);
    q.addBindValue(afterId);
    QVector<Message> messages;
    if (q.exec()) {
        while (q.next())
            messages.append(readMessage(q));
    }
    return messages;
}

Change WorkspaceData::advanceVisitorMessages(qint64 workspaceId, const QString &visitorId, qint64 afterId, qint64 upTo,
                                             MessageStatus status)
{
    // Statuses a message may move on from: forward only, and failed stays failed.
    const QString from = status == MessageStatus::Read ? QStringLiteral("'queued', 'sent', 'delivered'")
                                                       : QStringLiteral("'queued', 'sent'");
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    QSqlQuery &find = prepared(
        QStringLiteral("SELECT m.id, m.client_id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                       " JOIN contacts ct ON ct.id = c.contact_id"
                       " WHERE m.workspace_id = ? AND ct.webchat_id = ? AND m.id > ? AND m.id <= ?"
                       " AND m.author IN ('agent', 'bot') AND m.kind <> 'note' AND m.status IN (%1) ORDER BY m.id")
            .arg(from));
    find.bindValue(0, workspaceId);
    find.bindValue(1, visitorId);
    find.bindValue(2, afterId);
    find.bindValue(3, upTo);
    QVector<MessageUpdate> updates;
    if (!find.exec())
        return commit(Change::failure(QStringLiteral("internal"), find.lastError().text()));
    while (find.next()) {
        MessageUpdate update;
        update.id = find.value(0).toLongLong();
        update.clientId = find.value(1).toString();
        update.status = status;
        updates.append(update);
    }
    find.finish();
    Change change;
    QSqlQuery &set = prepared(QStringLiteral("UPDATE messages SET status = ? WHERE id = ? AND workspace_id = ?"));
    for (const MessageUpdate &update : updates) {
        set.bindValue(0, toString(status));
        set.bindValue(1, update.id);
        set.bindValue(2, workspaceId);
        if (!set.exec() || !append(workspaceId, update, change))
            return commit(
                Change::failure(QStringLiteral("internal"), QStringLiteral("could not update message statuses")));
    }
    change.result = QJsonObject{{QStringLiteral("updated"), updates.size()}};
    return commit(change);
}

Change WorkspaceData::sendMessage(const Agent &agent, qint64 conversationId, MessageKind kind, const QString &text,
                                  const QString &clientId, qint64 replyTo, const QVector<Attachment> &attachments,
                                  const QJsonObject &templateCall, bool pauseAutopilot)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    std::optional<Conversation> c = conversation(agent.workspaceId, conversationId);
    if (!c)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such conversation.")));
    if (replyTo) {
        const std::optional<Message> target = message(agent.workspaceId, replyTo);
        if (!target || target->conversationId != conversationId)
            return commit(Change::failure(QStringLiteral("not_found"),
                                          QStringLiteral("reply_to: there is no such message in this conversation.")));
    }
    const qint64 at = currentTime();
    // On WhatsApp and Messenger free text needs an open window: the customer
    // wrote within 24 hours. A template may always go.
    const bool viaChannel = kind != MessageKind::Note && c->channel != Channel::WebChat;
    if (viaChannel && attachments.size() > 1)
        return commit(Change::failure(QStringLiteral("bad_request"),
                                      QStringLiteral("WhatsApp and Messenger take one attachment per message.")));
    if (viaChannel && templateCall.isEmpty() && (!c->windowExpiresAt || c->windowExpiresAt < at)) {
        return commit(Change::failure(QStringLiteral("window_closed"),
                                      QStringLiteral("The customer last wrote more than 24 hours ago; only an "
                                                     "approved template can be sent now.")));
    }
    Change change;
    Message message;
    message.conversationId = conversationId;
    message.clientId = clientId;
    message.author = Author::Agent;
    message.authorId = agent.id;
    message.authorName = agent.name;
    message.kind = kind;
    message.text = text;
    message.status = viaChannel ? MessageStatus::Queued : MessageStatus::Sent;
    message.createdAt = at;
    message.replyTo = replyTo;
    message.attachments = attachments;
    QJsonArray files;
    for (const Attachment &attachment : attachments)
        files.append(toJson(attachment));
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO messages (workspace_id, conversation_id, client_id, author, author_id,"
                                  " author_name, kind, text, status, created_at, reply_to, attachments, template)"
                                  " VALUES (?, ?, ?, 'agent', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(agent.workspaceId);
    insert.addBindValue(conversationId);
    insert.addBindValue(clientId);
    insert.addBindValue(agent.id);
    insert.addBindValue(agent.name);
    insert.addBindValue(toString(kind));
    insert.addBindValue(text.isNull() ? QStringLiteral("") : text);
    insert.addBindValue(toString(message.status));
    insert.addBindValue(at);
    insert.addBindValue(nullable(replyTo));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)));
    insert.addBindValue(templateCall.isEmpty()
                            ? QVariant(QMetaType(QMetaType::QString))
                            : QVariant(QString::fromUtf8(QJsonDocument(templateCall).toJson(QJsonDocument::Compact))));
    if (!insert.exec())
        return commit(Change::failure(QStringLiteral("internal"), insert.lastError().text()));
    message.id = insert.lastInsertId().toLongLong();
    const bool paused = kind != MessageKind::Note && pauseAutopilot && c->autopilot != Autopilot::Off;
    if (kind != MessageKind::Note) {
        c->lastActivity = at;
        c->lastPreview = preview(text.isEmpty() && !attachments.isEmpty() ? attachments.constFirst().fileName : text);
        c->unreadCount = 0;
        if (pauseAutopilot)
            c->autopilot = Autopilot::Off;
    }
    if (!saveConversation(agent.workspaceId, *c) || !append(agent.workspaceId, *c, change)
        || !append(agent.workspaceId, message, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the message")));
    // Who paused the autopilot and why, as a line in the thread for every
    // agent (and in the history for those who sign in later).
    if (paused
        && !insertActivity(agent.workspaceId, conversationId,
                           QJsonObject{{QStringLiteral("type"), QString::fromLatin1(activity::kAutopilot)},
                                       {QStringLiteral("mode"), toString(Autopilot::Off)},
                                       {QStringLiteral("reason"), QString::fromLatin1(activity::kReasonAgentReplied)},
                                       {QStringLiteral("by_agent_id"), agent.id},
                                       {QStringLiteral("by_agent_name"), agent.name}},
                           at, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the message")));
    change.result = QJsonObject{{QStringLiteral("message_id"), message.id}, {QStringLiteral("created_at"), at}};
    return commit(change);
}

Change WorkspaceData::editConversation(const Agent &agent, qint64 conversationId,
                                       const std::function<void(Conversation &)> &edit,
                                       const std::function<bool()> &alsoDo)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    std::optional<Conversation> c = conversation(agent.workspaceId, conversationId);
    if (!c)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such conversation.")));
    const Conversation before = *c;
    edit(*c);
    Change change;
    // What changed that the thread shows (assignee, status, snooze, priority,
    // autopilot) follows the conversation's event as activity lines.
    if (!saveConversation(agent.workspaceId, *c) || (alsoDo && !alsoDo()) || !append(agent.workspaceId, *c, change)
        || !insertActivities(agent.workspaceId, &agent, before, *c, currentTime(), change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not save the conversation")));
    change.result = toJson(*c);
    return commit(change);
}

Change WorkspaceData::markRead(const Agent &agent, qint64 conversationId, qint64 upTo)
{
    // Read up to the message the agent saw: customer messages that came
    // after it (while the command was on its way) stay unread.
    int unread = 0;
    if (upTo) {
        QSqlQuery &q = prepared(QStringLiteral("SELECT count(*) FROM messages WHERE workspace_id = ? AND"
                                               " conversation_id = ? AND author = 'customer' AND id > ?"));
        q.bindValue(0, agent.workspaceId);
        q.bindValue(1, conversationId);
        q.bindValue(2, upTo);
        if (q.exec() && q.next())
            unread = q.value(0).toInt();
        q.finish();
    }
    return editConversation(agent, conversationId,
                            [unread](Conversation &c) { c.unreadCount = qMin(c.unreadCount, unread); });
}

Change WorkspaceData::markUnread(const Agent &agent, qint64 conversationId)
{
    return editConversation(agent, conversationId, [](Conversation &c) { c.unreadCount = qMax(c.unreadCount, 1); });
}

Change WorkspaceData::setStatus(const Agent &agent, qint64 conversationId, ConversationStatus status,
                                qint64 snoozedUntil)
{
    return editConversation(agent, conversationId, [status, snoozedUntil](Conversation &c) {
        c.status = status;
        c.snoozedUntil = status == ConversationStatus::Snoozed ? snoozedUntil : 0;
    });
}

bool WorkspaceData::isAgentOf(qint64 workspaceId, qint64 agentId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM agents WHERE id = ? AND workspace_id = ?"));
    q.bindValue(0, agentId);
    q.bindValue(1, workspaceId);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Change WorkspaceData::assign(const Agent &agent, qint64 conversationId, qint64 assigneeId)
{
    if (assigneeId && !isAgentOf(agent.workspaceId, assigneeId))
        return Change::failure(QStringLiteral("not_found"),
                               QStringLiteral("agent_id: there is no such agent in this workspace."));
    return editConversation(agent, conversationId, [assigneeId](Conversation &c) { c.assigneeId = assigneeId; });
}

Change WorkspaceData::setPriority(const Agent &agent, qint64 conversationId, Priority priority)
{
    return editConversation(agent, conversationId, [priority](Conversation &c) { c.priority = priority; });
}

Change WorkspaceData::setMuted(const Agent &agent, qint64 conversationId, bool muted)
{
    return editConversation(agent, conversationId, [muted](Conversation &c) { c.muted = muted; });
}

Change WorkspaceData::setAutopilot(const Agent &agent, qint64 conversationId, Autopilot mode)
{
    // Switched: a missing setup the autopilot noted before may be noted again.
    return editConversation(
        agent, conversationId, [mode](Conversation &c) { c.autopilot = mode; },
        [this, &agent, conversationId] {
            QSqlQuery &forget = prepared(
                QStringLiteral("UPDATE conversations SET autopilot_note = NULL WHERE id = ? AND workspace_id = ?"));
            forget.bindValue(0, conversationId);
            forget.bindValue(1, agent.workspaceId);
            return forget.exec();
        });
}

Change WorkspaceData::updateLead(const Agent &agent, qint64 contactId, qint64 version, const QJsonObject &fields)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    std::optional<Lead> current = lead(agent.workspaceId, contactId);
    if (!current)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such contact.")));
    if (current->version != version) {
        Change conflict =
            Change::failure(QStringLiteral("conflict"),
                            QStringLiteral("Someone else changed this lead; here is the current record."));
        conflict.current = toJson(*current);
        return commit(conflict);
    }
    Lead next = *current;
    if (fields.contains(QStringLiteral("business_name")))
        next.businessName = fields.value(QStringLiteral("business_name")).toString().left(256);
    if (fields.contains(QStringLiteral("stage")))
        next.stage = fields.value(QStringLiteral("stage")).toString().left(64);
    if (fields.contains(QStringLiteral("value_minor")))
        next.valueMinor = qint64(fields.value(QStringLiteral("value_minor")).toDouble());
    if (fields.contains(QStringLiteral("currency")))
        next.currency = fields.value(QStringLiteral("currency")).toString().left(8);
    if (fields.contains(QStringLiteral("owner_id"))) {
        // An agent of this workspace, or null for nobody.
        const QJsonValue owner = fields.value(QStringLiteral("owner_id"));
        const double id = owner.toDouble();
        if (!owner.isNull()
            && (!owner.isDouble() || id < 1 || id > double(kMaxSafeInteger) || id != double(qint64(id))))
            return commit(Change::failure(QStringLiteral("bad_request"),
                                          QStringLiteral("owner_id: an agent's id, or null for nobody.")));
        if (!owner.isNull() && !isAgentOf(agent.workspaceId, qint64(id)))
            return commit(Change::failure(QStringLiteral("not_found"),
                                          QStringLiteral("owner_id: there is no such agent in this workspace.")));
        next.ownerId = owner.isNull() ? 0 : qint64(id);
    }
    if (fields.contains(QStringLiteral("notes")))
        next.notes = fields.value(QStringLiteral("notes")).toString().left(20000);
    if (fields.contains(QStringLiteral("tags"))) {
        next.tags.clear();
        for (const QJsonValue &tag : fields.value(QStringLiteral("tags")).toArray())
            next.tags.append(tag.toString().left(64));
    }
    if (fields.contains(QStringLiteral("custom_fields")))
        next.customFields = fields.value(QStringLiteral("custom_fields")).toObject();
    next.version = current->version + 1;
    next.updatedAt = currentTime();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE leads SET business_name = ?, stage = ?, value_minor = ?, currency = ?,"
                             " owner_id = ?, tags = ?, notes = ?, custom_fields = ?, version = ?, updated_at = ?"
                             " WHERE contact_id = ? AND version = ?"));
    q.addBindValue(next.businessName);
    q.addBindValue(next.stage);
    q.addBindValue(next.valueMinor);
    q.addBindValue(next.currency);
    q.addBindValue(nullable(next.ownerId));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(next.tags)).toJson(QJsonDocument::Compact)));
    q.addBindValue(next.notes);
    q.addBindValue(QString::fromUtf8(QJsonDocument(next.customFields).toJson(QJsonDocument::Compact)));
    q.addBindValue(next.version);
    q.addBindValue(next.updatedAt);
    q.addBindValue(contactId);
    q.addBindValue(version);
    Change change;
    if (!q.exec() || q.numRowsAffected() != 1 || !append(agent.workspaceId, next, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not save the lead")));
    change.result = toJson(next);
    return commit(change);
}

QVector<Conversation> WorkspaceData::conversationsPage(qint64 workspaceId, int limit, qint64 beforeActivity,
                                                       qint64 beforeId)
{
    QSqlQuery q(m_db.db());
    const bool continued = beforeId > 0;
    q.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE workspace_id = ?%2"
                       " ORDER BY last_activity DESC, id DESC LIMIT ?")
            .arg(QLatin1String(kConversationColumns),
                 continued ? QStringLiteral(" AND (last_activity < ? OR (last_activity = ? AND id < ?))") : QString()));
    q.addBindValue(workspaceId);
    if (continued) {
        q.addBindValue(beforeActivity);
        q.addBindValue(beforeActivity);
        q.addBindValue(beforeId);
    }
    q.addBindValue(limit);
    QVector<Conversation> page;
    if (q.exec()) {
        while (q.next())
            page.append(readConversation(q));
    }
    return page;
}

QVector<Message> WorkspaceData::messagesPage(qint64 workspaceId, qint64 conversationId, int limit, qint64 before)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE workspace_id = ? AND conversation_id = ?%2"
                             " ORDER BY id DESC LIMIT ?")
                  .arg(QLatin1String(kMessageColumns), before > 0 ? QStringLiteral(" AND id < ?") : QString()));
    q.addBindValue(workspaceId);
    q.addBindValue(conversationId);
    if (before > 0)
        q.addBindValue(before);
    q.addBindValue(limit);
    QVector<Message> page;
    if (q.exec()) {
        while (q.next())
            page.append(readMessage(q));
    }
    return page;
}

QVector<Message> WorkspaceData::historyPage(qint64 workspaceId, int limit, qint64 before)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE workspace_id = ?%2 ORDER BY workspace_id DESC, id DESC"
                             " LIMIT ?")
                  .arg(QLatin1String(kMessageColumns), before > 0 ? QStringLiteral(" AND id < ?") : QString()));
    q.addBindValue(workspaceId);
    if (before > 0)
        q.addBindValue(before);
    q.addBindValue(limit);
    QVector<Message> page;
    page.reserve(limit);
    if (q.exec()) {
        while (q.next())
            page.append(readMessage(q));
    }
    return page;
}

} // namespace relaydesk::server
