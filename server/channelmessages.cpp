// WorkspaceData's part for the channels: customers writing through WhatsApp
// and Messenger, the statuses those channels report, and what the autopilot
// writes. Each change is one transaction with its events, like the rest.

#include "workspacedata.h"

#include "contactfields.h"
#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

constexpr qint64 kCustomerWindowMs = 24LL * 3600 * 1000;

QVariant nullableId(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString attachmentsJson(const QVector<Attachment> &attachments)
{
    QJsonArray files;
    for (const Attachment &attachment : attachments)
        files.append(toJson(attachment));
    return QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact));
}

// A status only moves forward; failed ends it (docs/protocol.md, Message).
int rank(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued:
        return 0;
    case MessageStatus::Sent:
        return 1;
    case MessageStatus::Delivered:
        return 2;
    case MessageStatus::Read:
        return 3;
    case MessageStatus::Failed:
        return 4;
    }
    return 0;
}

} // namespace

bool WorkspaceData::knowsChannelMessage(qint64 workspaceId, const QString &channelMessageId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM messages WHERE workspace_id = ? AND channel_message_id = ?"
                                           " UNION ALL SELECT 1 FROM channel_inbox WHERE workspace_id = ?"
                                           " AND channel_message_id = ?"));
    q.bindValue(0, workspaceId);
    q.bindValue(1, channelMessageId);
    q.bindValue(2, workspaceId);
    q.bindValue(3, channelMessageId);
    const bool known = q.exec() && q.next();
    q.finish();
    return known;
}

bool WorkspaceData::holdInbound(qint64 workspaceId, const QString &channelMessageId, const QJsonObject &payload)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO channel_inbox (workspace_id, channel_message_id, channel, payload,"
                             " received_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(workspaceId);
    q.addBindValue(channelMessageId);
    q.addBindValue(payload.value(QStringLiteral("channel")).toString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(currentTime());
    if (!q.exec()) {
        qCWarning(lcServer) << "could not keep inbound media for later:" << q.lastError().text();
        return false;
    }
    return true;
}

QVector<std::pair<qint64, QJsonObject>> WorkspaceData::heldInbound()
{
    QSqlQuery q(m_db.db());
    QVector<std::pair<qint64, QJsonObject>> held;
    if (q.exec(QStringLiteral("SELECT workspace_id, payload FROM channel_inbox ORDER BY received_at"))) {
        while (q.next())
            held.append({q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    }
    return held;
}

bool WorkspaceData::dropHeldInbound(qint64 workspaceId, const QString &channelMessageId)
{
    QSqlQuery &q = prepared(
        QStringLiteral("DELETE FROM channel_inbox WHERE workspace_id = ? AND channel_message_id = ?"));
    q.bindValue(0, workspaceId);
    q.bindValue(1, channelMessageId);
    return q.exec();
}

qint64 WorkspaceData::findOrAddChannelContact(qint64 workspaceId, const InboundMessage &inbound, qint64 at,
                                              Change &change)
{
    const bool whatsapp = inbound.channel == Channel::WhatsApp;
    const QString profileName = contactfields::fittedName(inbound.senderName);
    QSqlQuery &find = prepared(
        whatsapp ? QStringLiteral("SELECT id FROM contacts WHERE workspace_id = ? AND whatsapp_id = ?")
                 : QStringLiteral("SELECT id FROM contacts WHERE workspace_id = ? AND messenger_psid = ?"));
    find.bindValue(0, workspaceId);
    find.bindValue(1, inbound.senderId);
    qint64 contactId = 0;
    if (find.exec() && find.next())
        contactId = find.value(0).toLongLong();
    find.finish();
    if (contactId) {
        // The customer may have renamed their WhatsApp profile since.
        if (!profileName.isEmpty() && !renameFromChannel(workspaceId, contactId, profileName, at, change))
            return 0;
        return contactId;
    }
    NewContact customer;
    customer.name = profileName;
    customer.nameSource = QStringLiteral("channel");
    if (customer.name.isEmpty()) {
        // Until the profile is known: the number on WhatsApp, a tag of the page-scoped id on Messenger.
        customer.name = whatsapp
                            ? QStringLiteral("+") + inbound.senderId
                            : QStringLiteral("Messenger customer %1").arg(contactfields::shortTag(inbound.senderId));
        customer.nameSource = QStringLiteral("fallback");
    }
    if (whatsapp) {
        customer.phone = QStringLiteral("+") + inbound.senderId;
        customer.whatsappId = inbound.senderId;
    } else {
        customer.messengerPsid = inbound.senderId;
    }
    return addContact(workspaceId, customer, at, change);
}

Change WorkspaceData::customerWrites(qint64 workspaceId, const InboundMessage &inbound)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    Change change;
    if (!inbound.channelMessageId.isEmpty()) {
        QSqlQuery &seen = prepared(
            QStringLiteral("SELECT id FROM messages WHERE workspace_id = ? AND channel_message_id = ?"));
        seen.bindValue(0, workspaceId);
        seen.bindValue(1, inbound.channelMessageId);
        if (seen.exec() && seen.next()) {
            change.result = QJsonObject{{QStringLiteral("message_id"), seen.value(0).toLongLong()},
                                        {QStringLiteral("duplicate"), true}};
            seen.finish();
            if (!dropHeldInbound(workspaceId, inbound.channelMessageId))
                return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("the held message stays")));
            return commit(change);
        }
        seen.finish();
    }
    const qint64 at = currentTime();
    const qint64 contactId = findOrAddChannelContact(workspaceId, inbound, at, change);
    if (!contactId)
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not add the customer")));

    const QString channel = toString(inbound.channel);
    QSqlQuery &open = prepared(QStringLiteral("SELECT id FROM conversations WHERE workspace_id = ? AND contact_id = ?"
                                              " AND channel = ? ORDER BY id DESC LIMIT 1"));
    open.bindValue(0, workspaceId);
    open.bindValue(1, contactId);
    open.bindValue(2, channel);
    qint64 conversationId = 0;
    if (open.exec() && open.next())
        conversationId = open.value(0).toLongLong();
    open.finish();
    if (!conversationId) {
        QSqlQuery insert(m_db.db());
        insert.prepare(QStringLiteral("INSERT INTO conversations (workspace_id, contact_id, channel, last_activity)"
                                      " VALUES (?, ?, ?, ?)"));
        insert.addBindValue(workspaceId);
        insert.addBindValue(contactId);
        insert.addBindValue(channel);
        insert.addBindValue(at);
        if (!insert.exec())
            return commit(Change::failure(QStringLiteral("internal"), insert.lastError().text()));
        conversationId = insert.lastInsertId().toLongLong();
    }

    qint64 replyTo = 0;
    if (!inbound.replyToChannelId.isEmpty()) {
        QSqlQuery &answered = prepared(
            QStringLiteral("SELECT id FROM messages WHERE workspace_id = ? AND channel_message_id = ?"));
        answered.bindValue(0, workspaceId);
        answered.bindValue(1, inbound.replyToChannelId);
        if (answered.exec() && answered.next())
            replyTo = answered.value(0).toLongLong();
        answered.finish();
    }

    Message message;
    message.conversationId = conversationId;
    message.createdAt = at;
    message.replyTo = replyTo;
    message.status = MessageStatus::Delivered;
    if (inbound.unsupportedType.isEmpty()) {
        message.author = Author::Customer;
        message.authorId = contactId;
        message.authorName = contact(workspaceId, contactId)->name;
        message.kind = inbound.kind;
        message.text = inbound.text;
        message.attachments = inbound.attachments;
    } else {
        // The customer did write (the window opens), but nothing we can show.
        message.author = Author::System;
        message.kind = MessageKind::Text;
        message.text = QStringLiteral("The customer sent a %1 message, which Relaydesk cannot show; "
                                      "see it on the phone or page.")
                           .arg(inbound.unsupportedType);
    }
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO messages (workspace_id, conversation_id, author, author_id, author_name, kind, text, status,"
        " created_at, reply_to, attachments, channel_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'delivered', ?, ?, ?, ?)"));
    // A null QString binds NULL; these columns hold "" for none.
    const QVariantList values{workspaceId,
                              conversationId,
                              toString(message.author),
                              nullableId(message.authorId),
                              QString(message.authorName + QLatin1String("")),
                              toString(message.kind),
                              QString(message.text + QLatin1String("")),
                              at,
                              nullableId(replyTo),
                              attachmentsJson(message.attachments),
                              inbound.channelMessageId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                 : QVariant(inbound.channelMessageId)};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec())
        return commit(Change::failure(QStringLiteral("internal"), insert.lastError().text()));
    message.id = insert.lastInsertId().toLongLong();
    if (!inbound.channelMessageId.isEmpty() && !dropHeldInbound(workspaceId, inbound.channelMessageId))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("the held message stays")));

    Conversation c = *conversation(workspaceId, conversationId);
    // The customer writing reopens it: resolved, or snoozed with or without a time.
    if (c.status == ConversationStatus::Resolved || c.status == ConversationStatus::Snoozed) {
        c.status = ConversationStatus::Open;
        c.snoozedUntil = 0;
    }
    ++c.unreadCount;
    c.lastActivity = at;
    c.lastPreview = previewOf(!message.text.isEmpty() || message.attachments.isEmpty()
                                  ? message.text
                                  : message.attachments.constFirst().fileName);
    // The window runs from when the customer wrote, as the channel says;
    // never from the future, and never backwards for a late delivery.
    const qint64 wrote = inbound.sentAt > 0 ? qMin(inbound.sentAt, at) : at;
    c.windowExpiresAt = qMax(c.windowExpiresAt, wrote + kCustomerWindowMs);
    if (!saveConversation(workspaceId, c) || !append(workspaceId, c, change) || !append(workspaceId, message, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the message")));
    change.result = QJsonObject{{QStringLiteral("message_id"), message.id},
                                {QStringLiteral("conversation_id"), conversationId}};
    return commit(change);
}

Change WorkspaceData::advanceMessages(qint64 workspaceId, const QString &where, const QVariantList &values,
                                      MessageStatus status, const QString &reason)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    QSqlQuery find(m_db.db());
    find.prepare(QStringLiteral(
                     "SELECT id, client_id, status FROM messages WHERE workspace_id = ? AND author IN ('agent', 'bot')"
                     " AND kind <> 'note' AND %1 ORDER BY id")
                     .arg(where));
    find.addBindValue(workspaceId);
    for (const QVariant &value : values)
        find.addBindValue(value);
    if (!find.exec())
        return commit(Change::failure(QStringLiteral("internal"), find.lastError().text()));
    QVector<MessageUpdate> updates;
    while (find.next()) {
        const MessageStatus current = messageStatusFromString(find.value(2).toString()).value_or(MessageStatus::Sent);
        if (current == MessageStatus::Failed || rank(status) <= rank(current))
            continue;
        if (status == MessageStatus::Failed && current == MessageStatus::Read)
            continue;
        MessageUpdate update;
        update.id = find.value(0).toLongLong();
        update.clientId = find.value(1).toString();
        update.status = status;
        update.failureReason = status == MessageStatus::Failed ? reason.left(1024) : QString();
        updates.append(update);
    }
    find.finish();
    Change change;
    QSqlQuery &set = prepared(
        QStringLiteral("UPDATE messages SET status = ?, failure_reason = ? WHERE id = ? AND workspace_id = ?"));
    for (const MessageUpdate &update : updates) {
        set.bindValue(0, toString(status));
        set.bindValue(1, update.failureReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                        : QVariant(update.failureReason));
        set.bindValue(2, update.id);
        set.bindValue(3, workspaceId);
        if (!set.exec() || !append(workspaceId, update, change))
            return commit(
                Change::failure(QStringLiteral("internal"), QStringLiteral("could not update message statuses")));
    }
    change.result = QJsonObject{{QStringLiteral("updated"), updates.size()}};
    return commit(change);
}

Change WorkspaceData::channelStatus(qint64 workspaceId, const QString &channelMessageId, MessageStatus status,
                                    const QString &reason)
{
    return advanceMessages(workspaceId, QStringLiteral("channel_message_id = ?"), {channelMessageId}, status, reason);
}

Change WorkspaceData::channelReadUpTo(qint64 workspaceId, Channel channel, const QString &senderId, qint64 watermark)
{
    const QString column = channel == Channel::WhatsApp ? QStringLiteral("whatsapp_id")
                                                        : QStringLiteral("messenger_psid");
    return advanceMessages(workspaceId,
                           QStringLiteral("created_at <= ? AND status IN ('sent', 'delivered') AND conversation_id IN"
                                          " (SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id"
                                          " WHERE c.channel = ? AND ct.%1 = ?)")
                               .arg(column),
                           {watermark, toString(channel), senderId}, MessageStatus::Read, {});
}

Change WorkspaceData::outboundResult(qint64 workspaceId, qint64 messageId, MessageStatus status,
                                     const QString &channelMessageId, const QString &reason)
{
    if (!channelMessageId.isEmpty()) {
        QSqlQuery &q = prepared(
            QStringLiteral("UPDATE messages SET channel_message_id = ? WHERE id = ? AND workspace_id = ?"
                           " AND channel_message_id IS NULL"));
        q.bindValue(0, channelMessageId);
        q.bindValue(1, messageId);
        q.bindValue(2, workspaceId);
        if (!q.exec())
            qCWarning(lcServer) << "could not keep a channel's message id:" << q.lastError().text();
    }
    return advanceMessages(workspaceId, QStringLiteral("id = ?"), {messageId}, status, reason);
}

Change WorkspaceData::botWrites(qint64 workspaceId, qint64 conversationId, const QString &botName, const QString &text)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    std::optional<Conversation> c = conversation(workspaceId, conversationId);
    if (!c)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such conversation.")));
    const qint64 at = currentTime();
    const bool viaChannel = c->channel != Channel::WebChat;
    if (viaChannel && (!c->windowExpiresAt || c->windowExpiresAt < at))
        return commit(
            Change::failure(QStringLiteral("window_closed"), QStringLiteral("The customer-service window is closed.")));
    Message message;
    message.conversationId = conversationId;
    message.author = Author::Bot;
    message.authorName = botName;
    message.kind = MessageKind::Text;
    message.text = text;
    message.status = viaChannel ? MessageStatus::Queued : MessageStatus::Sent;
    message.createdAt = at;
    QSqlQuery &insert = prepared(
        QStringLiteral("INSERT INTO messages (workspace_id, conversation_id, author, author_name, kind,"
                       " text, status, created_at) VALUES (?, ?, 'bot', ?, 'text', ?, ?, ?)"));
    const QVariantList values{workspaceId, conversationId, botName, text, toString(message.status), at};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec())
        return commit(Change::failure(QStringLiteral("internal"), insert.lastError().text()));
    message.id = insert.lastInsertId().toLongLong();
    c->lastActivity = at;
    c->lastPreview = previewOf(text);
    // The autopilot answers again: a setup it lacks later is news, worth a note again.
    QSqlQuery &answered = prepared(
        QStringLiteral("UPDATE conversations SET autopilot_note = NULL WHERE id = ? AND workspace_id = ?"));
    answered.bindValue(0, conversationId);
    answered.bindValue(1, workspaceId);
    Change change;
    if (!answered.exec() || !saveConversation(workspaceId, *c) || !append(workspaceId, *c, change)
        || !append(workspaceId, message, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the reply")));
    change.result = QJsonObject{{QStringLiteral("message_id"), message.id}};
    return commit(change);
}

Change WorkspaceData::systemNote(qint64 workspaceId, qint64 conversationId, const QString &text)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    std::optional<Conversation> c = conversation(workspaceId, conversationId);
    if (!c)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such conversation.")));
    Change change;
    if (!insertSystemNote(workspaceId, conversationId, text, currentTime(), change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the note")));
    return commit(change);
}

Change WorkspaceData::setupNote(qint64 workspaceId, qint64 conversationId, const QString &setup, const QString &text)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    QSqlQuery &noted = prepared(
        QStringLiteral("SELECT autopilot_note FROM conversations WHERE id = ? AND workspace_id = ?"));
    noted.bindValue(0, conversationId);
    noted.bindValue(1, workspaceId);
    if (!noted.exec() || !noted.next())
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such conversation.")));
    const bool already = noted.value(0).toString() == setup;
    noted.finish();
    Change change;
    if (already)
        return commit(change); // the agents know already: one note per missing setup
    QSqlQuery &remember = prepared(
        QStringLiteral("UPDATE conversations SET autopilot_note = ? WHERE id = ? AND workspace_id = ?"));
    remember.bindValue(0, setup);
    remember.bindValue(1, conversationId);
    remember.bindValue(2, workspaceId);
    if (!remember.exec() || !insertSystemNote(workspaceId, conversationId, text, currentTime(), change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not store the note")));
    return commit(change);
}

bool WorkspaceData::insertSystemNote(qint64 workspaceId, qint64 conversationId, const QString &text, qint64 at,
                                     Change &change)
{
    Message message;
    message.conversationId = conversationId;
    message.author = Author::System;
    message.kind = MessageKind::Note;
    message.text = text;
    message.status = MessageStatus::Delivered;
    message.createdAt = at;
    QSqlQuery &insert = prepared(
        QStringLiteral("INSERT INTO messages (workspace_id, conversation_id, author, kind, text, status,"
                       " created_at) VALUES (?, ?, 'system', 'note', ?, 'delivered', ?)"));
    insert.bindValue(0, workspaceId);
    insert.bindValue(1, conversationId);
    insert.bindValue(2, text);
    insert.bindValue(3, message.createdAt);
    if (!insert.exec()) {
        qCWarning(lcServer) << "could not store a system note:" << insert.lastError().text();
        return false;
    }
    message.id = insert.lastInsertId().toLongLong();
    return append(workspaceId, message, change);
}

std::optional<OutboundMessage> WorkspaceData::outbound(qint64 workspaceId, qint64 messageId)
{
    OutboundMessage out;
    out.workspaceId = workspaceId;
    const std::optional<Message> m = message(workspaceId, messageId);
    if (!m)
        return std::nullopt;
    out.message = *m;
    const std::optional<Conversation> c = conversation(workspaceId, m->conversationId);
    const std::optional<Contact> who = c ? contact(workspaceId, c->contactId) : std::nullopt;
    if (!c || !who)
        return std::nullopt;
    out.conversation = *c;
    out.contact = *who;
    QSqlQuery &q = prepared(QStringLiteral("SELECT template FROM messages WHERE id = ? AND workspace_id = ?"));
    q.bindValue(0, messageId);
    q.bindValue(1, workspaceId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        out.templateCall = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    if (m->replyTo) {
        QSqlQuery &answered = prepared(
            QStringLiteral("SELECT channel_message_id FROM messages WHERE id = ? AND workspace_id = ?"));
        answered.bindValue(0, m->replyTo);
        answered.bindValue(1, workspaceId);
        if (answered.exec() && answered.next())
            out.replyToChannelId = answered.value(0).toString();
        answered.finish();
    }
    return out;
}

QVector<std::pair<qint64, qint64>> WorkspaceData::queuedOutbound()
{
    QSqlQuery q(m_db.db());
    QVector<std::pair<qint64, qint64>> queued;
    if (q.exec(QStringLiteral(
            "SELECT m.workspace_id, m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            " WHERE m.status = 'queued' AND m.author IN ('agent', 'bot') AND m.kind <> 'note'"
            " AND c.channel IN ('whatsapp', 'messenger') ORDER BY m.id"))) {
        while (q.next())
            queued.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return queued;
}

} // namespace relaydesk::server
