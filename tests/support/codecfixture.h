#pragma once

// Samples, field-by-field dumps and JSON helpers shared by the protocol codec
// suites (tst_protocol_codec, tst_protocol_frames).

#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <type_traits>
#include <variant>

namespace relaydesk::test {

using namespace relaydesk::protocol;

inline constexpr qint64 kT0 = 1718000000000; // 2024-06-10, in ms

// --- Samples -----------------------------------------------------------------------------

inline Attachment sampleAttachment(int n = 1)
{
    Attachment a;
    a.mediaId = QStringLiteral("m_%1-Zq9").arg(n);
    a.mimeType = QStringLiteral("image/jpeg");
    a.size = 482113 + n;
    a.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    a.width = 1280;
    a.height = 960;
    a.durationMs = 0;
    a.fileName = QStringLiteral("रसीद %1.jpg").arg(n);
    return a;
}

inline Attachment sampleVoiceNote()
{
    Attachment a;
    a.mediaId = QStringLiteral("voice-77");
    a.mimeType = QStringLiteral("audio/ogg; codecs=opus");
    a.size = 23110;
    a.durationMs = 7420;
    return a;
}

inline Contact sampleContact()
{
    Contact c;
    c.id = 501;
    c.name = QStringLiteral("Aisha Al-Farsi عائشة");
    c.phone = QStringLiteral("+971501234567");
    c.email = QStringLiteral("aisha@example.com");
    c.whatsappId = QStringLiteral("971501234567");
    c.messengerPsid = QStringLiteral("2783746512398");
    c.webchatId = QStringLiteral("v_8d1f");
    c.avatarMediaId = QStringLiteral("avatar-501");
    c.updatedAt = kT0 + 5;
    c.version = 3;
    return c;
}

inline Contact minimalContact()
{
    Contact c;
    c.id = 1;
    c.updatedAt = 0;
    return c;
}

inline Lead sampleLead()
{
    Lead l;
    l.contactId = 501;
    l.businessName = QStringLiteral("Al-Farsi Trading");
    l.stage = QStringLiteral("qualified");
    l.valueMinor = 125000;
    l.currency = QStringLiteral("AED");
    l.ownerId = 7;
    l.tags = QStringList{QStringLiteral("vip"), QStringLiteral("wholesale"), QStringLiteral("café")};
    l.notes = QStringLiteral("Prefers WhatsApp.\nCall after 5pm.");
    l.customFields = QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")},
                                 {QStringLiteral("seats"), 12},
                                 {QStringLiteral("trial"), false},
                                 {QStringLiteral("referrer"), QJsonValue::Null}};
    l.version = 3;
    l.updatedAt = kT0 + 9;
    return l;
}

inline Lead defaultLead()
{
    Lead l;
    l.contactId = 2;
    l.version = 1;
    return l;
}

inline Conversation sampleConversation()
{
    Conversation c;
    c.id = 9001;
    c.contactId = 501;
    c.channel = Channel::Messenger;
    c.status = ConversationStatus::Snoozed;
    c.assigneeId = 7;
    c.unreadCount = 3;
    c.lastActivity = kT0 + 100;
    c.lastPreview = QStringLiteral("Where is my order? 📦");
    c.autopilot = Autopilot::Ai;
    c.muted = true;
    c.snoozedUntil = kT0 + 3600000;
    c.windowExpiresAt = kT0 + 86400000;
    c.priority = Priority::Urgent;
    return c;
}

inline Conversation minimalConversation()
{
    Conversation c;
    c.id = 1;
    c.contactId = 1;
    c.channel = Channel::WebChat;
    c.status = ConversationStatus::Open;
    c.lastActivity = kT0;
    return c;
}

inline Message sampleCustomerMessage()
{
    Message m;
    m.id = 700001;
    m.conversationId = 9001;
    m.author = Author::Customer;
    m.authorId = 501;
    m.authorName = QStringLiteral("Aisha");
    m.kind = MessageKind::Text;
    m.text = QStringLiteral("مرحبا، أين طلبي؟ 🙏");
    m.status = MessageStatus::Delivered;
    m.createdAt = kT0 + 100;
    return m;
}

inline Message sampleAgentMessage()
{
    Message m;
    m.id = 700002;
    m.clientId = QStringLiteral("3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b");
    m.conversationId = 9001;
    m.author = Author::Agent;
    m.authorId = 7;
    m.authorName = QStringLiteral("Priya");
    m.kind = MessageKind::Image;
    m.text = QStringLiteral("आपका ऑर्डर रास्ते में है");
    m.status = MessageStatus::Failed;
    m.failureReason = QStringLiteral("The customer-service window closed.");
    m.createdAt = kT0 + 200;
    m.editedAt = kT0 + 250;
    m.replyTo = 700001;
    m.attachments = {sampleAttachment(1), sampleAttachment(2), sampleVoiceNote()};
    return m;
}

inline MessageUpdate sampleStatusUpdate()
{
    MessageUpdate u;
    u.id = 700002;
    u.clientId = QStringLiteral("3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b");
    u.status = MessageStatus::Read;
    return u;
}

inline MessageUpdate sampleEditByClientId()
{
    MessageUpdate u;
    u.clientId = QStringLiteral("c-1");
    u.text = QStringLiteral("edited ✏️");
    u.editedAt = kT0 + 300;
    return u;
}

inline MessageUpdate sampleFailure()
{
    MessageUpdate u;
    u.id = 5;
    u.status = MessageStatus::Failed;
    u.failureReason = QStringLiteral("Recipient blocked the business.");
    u.text = QString(); // an edit to empty text is still an edit
    return u;
}

struct NamedPayload
{
    const char *name;
    EventPayload payload;
};

inline QVector<NamedPayload> samplePayloads()
{
    return {
        {"conversation", sampleConversation()},
        {"conversation (minimal)", minimalConversation()},
        {"contact", sampleContact()},
        {"contact (minimal)", minimalContact()},
        {"lead", sampleLead()},
        {"lead (defaults)", defaultLead()},
        {"message (customer text)", sampleCustomerMessage()},
        {"message (agent, attachments, failed)", sampleAgentMessage()},
        {"message update (status)", sampleStatusUpdate()},
        {"message update (edit by client id)", sampleEditByClientId()},
        {"message update (failure, empty edit)", sampleFailure()},
        {"message deletion", MessageDeletion{700001}},
        {"contact erasure", ContactErasure{501}},
        {"bodies purge", BodiesPurge{kT0 - 90LL * 86400000}},
        {"workspace settings", WorkspaceSettings{Autopilot::Ai, true, kT0 + 500}},
        {"workspace settings (defaults)", WorkspaceSettings{}},
    };
}

// --- Dumps: every field, written without the codec, so a field lost both ways shows ------

inline QString dump(const Attachment &a)
{
    return QStringLiteral("att(%1|%2|%3|%4|%5x%6|%7|%8)")
        .arg(a.mediaId, a.mimeType)
        .arg(a.size)
        .arg(a.sha256)
        .arg(a.width)
        .arg(a.height)
        .arg(a.durationMs)
        .arg(a.fileName);
}

inline QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString dump(const Contact &c)
{
    return QStringList{QStringLiteral("contact"),
                       QString::number(c.id),
                       c.name,
                       c.phone,
                       c.email,
                       c.whatsappId,
                       c.messengerPsid,
                       c.webchatId,
                       c.avatarMediaId,
                       QString::number(c.updatedAt),
                       QString::number(c.version)}
        .join(QLatin1Char('|'));
}

inline QString dump(const Lead &l)
{
    return QStringList{QStringLiteral("lead"),
                       QString::number(l.contactId),
                       l.businessName,
                       l.stage,
                       QString::number(l.valueMinor),
                       l.currency,
                       QString::number(l.ownerId),
                       l.tags.join(QLatin1Char(',')),
                       l.notes,
                       json(l.customFields),
                       QString::number(l.version),
                       QString::number(l.updatedAt)}
        .join(QLatin1Char('|'));
}

inline QString dump(const Conversation &c)
{
    return QStringList{QStringLiteral("conversation"),
                       QString::number(c.id),
                       QString::number(c.contactId),
                       toString(c.channel),
                       toString(c.status),
                       QString::number(c.assigneeId),
                       QString::number(c.unreadCount),
                       QString::number(c.lastActivity),
                       c.lastPreview,
                       toString(c.autopilot),
                       QString::number(c.muted),
                       QString::number(c.snoozedUntil),
                       QString::number(c.windowExpiresAt),
                       toString(c.priority)}
        .join(QLatin1Char('|'));
}

inline QString dump(const Message &m)
{
    QStringList parts{QStringLiteral("message"),
                      QString::number(m.id),
                      m.clientId,
                      QString::number(m.conversationId),
                      toString(m.author),
                      QString::number(m.authorId),
                      m.authorName,
                      toString(m.kind),
                      m.text,
                      toString(m.status),
                      m.failureReason,
                      QString::number(m.createdAt),
                      QString::number(m.editedAt),
                      QString::number(m.replyTo)};
    for (const Attachment &a : m.attachments)
        parts.append(dump(a));
    return parts.join(QLatin1Char('|'));
}

inline QString dump(const MessageUpdate &u)
{
    return QStringList{QStringLiteral("update"),
                       QString::number(u.id),
                       u.clientId,
                       u.status ? toString(*u.status) : QStringLiteral("(no status)"),
                       u.failureReason,
                       u.text ? QStringLiteral("text:") + *u.text : QStringLiteral("(no text)"),
                       QString::number(u.editedAt)}
        .join(QLatin1Char('|'));
}

inline QString dump(const MessageDeletion &d)
{
    return QStringLiteral("deleted|%1").arg(d.id);
}
inline QString dump(const ContactErasure &e)
{
    return QStringLiteral("erased|%1").arg(e.contactId);
}
inline QString dump(const BodiesPurge &p)
{
    return QStringLiteral("purged|%1").arg(p.before);
}
inline QString dump(const WorkspaceSettings &w)
{
    return QStringLiteral("workspace|%1|%2|%3")
        .arg(toString(w.autopilotAway))
        .arg(int(w.aiSuggestions))
        .arg(w.updatedAt);
}

inline QString dump(const EventPayload &payload)
{
    return std::visit([](const auto &record) { return dump(record); }, payload);
}

inline QString dump(const Frame &frame)
{
    return std::visit(
        [](const auto &f) -> QString {
            using T = std::decay_t<decltype(f)>;
            if constexpr (std::is_same_v<T, Hello>)
                return QStringLiteral("hello|%1|%2|%3|%4|%5")
                    .arg(f.protocol)
                    .arg(f.token)
                    .arg(f.lastSeq)
                    .arg(f.clientName, f.clientVersion);
            else if constexpr (std::is_same_v<T, Welcome>)
                return QStringLiteral("welcome|%1|%2|%3|%4|%5")
                    .arg(f.protocol)
                    .arg(f.agentId)
                    .arg(f.workspaceId)
                    .arg(f.headSeq)
                    .arg(f.heartbeatMs);
            else if constexpr (std::is_same_v<T, Event>)
                return QStringLiteral("event|%1|%2").arg(f.seq).arg(dump(f.payload));
            else if constexpr (std::is_same_v<T, Command>)
                return QStringLiteral("command|%1|%2|%3").arg(f.clientId, f.name, json(f.args));
            else if constexpr (std::is_same_v<T, Ack>)
                return QStringLiteral("ack|%1|%2|%3|%4|%5|%6")
                    .arg(f.clientId)
                    .arg(f.ok)
                    .arg(json(f.result), f.errorCode, f.errorMessage, json(f.current));
            else if constexpr (std::is_same_v<T, ErrorFrame>)
                return QStringLiteral("error|%1|%2|%3").arg(f.code, f.message).arg(f.protocol);
            else if constexpr (std::is_same_v<T, Resync>)
                return QStringLiteral("resync|%1|%2").arg(f.reason).arg(f.resumeSeq);
            else if constexpr (std::is_same_v<T, Ping>)
                return QStringLiteral("ping|%1").arg(f.id);
            else if constexpr (std::is_same_v<T, Pong>)
                return QStringLiteral("pong|%1").arg(f.id);
            else
                return QStringLiteral("presence|%1|%2|%3|%4")
                    .arg(f.conversationId)
                    .arg(f.agentId)
                    .arg(toString(f.activity))
                    .arg(f.until);
        },
        frame);
}

// --- JSON helpers ------------------------------------------------------------------------

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Sets (or, with an undefined value, removes) the value at a dotted path;
// numeric parts index arrays: "data.attachments.0.size".
inline QJsonValue setPath(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    const QString part = parts.takeFirst();
    bool isIndex = false;
    const int index = part.toInt(&isIndex);
    if (isIndex && node.isArray()) {
        QJsonArray a = node.toArray();
        if (parts.isEmpty() && value.isUndefined())
            a.removeAt(index);
        else
            a[index] = setPath(a.at(index), parts, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (parts.isEmpty() && value.isUndefined())
        o.remove(part);
    else
        o[part] = setPath(o.value(part), parts, value);
    return o;
}

inline QByteArray withField(const QJsonObject &base, const QString &path, const QJsonValue &value)
{
    return compact(setPath(base, path.split(QLatin1Char('.')), value).toObject());
}

inline QJsonObject messageEvent()
{
    return encodeEvent(Event{10, sampleAgentMessage()});
}

} // namespace relaydesk::test
