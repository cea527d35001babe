#pragma once

// The records the server and the client exchange (docs/protocol.md). Ids are
// the server's 64-bit integers; times are milliseconds since the Unix epoch, UTC.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <variant>

namespace relaydesk::protocol {

enum class Channel { WhatsApp, Messenger, WebChat };
enum class ConversationStatus { Open, Pending, Snoozed, Resolved };
enum class Autopilot { Off, Rules, Ai };
enum class Author { Customer, Agent, Bot, System };
// Activity: a line about the conversation (assigned, resolved, snoozed …),
// its facts in Message::activity; sent only to peers that announced the
// "activity" feature (docs/protocol.md, "Activity lines").
enum class MessageKind { Text, Image, Video, Audio, Document, Note, Activity };
enum class MessageStatus { Queued, Sent, Delivered, Read, Failed };
enum class Priority { Low, Normal, High, Urgent };

// Stable wire names ("whatsapp", "open", …) and back. Parsing an unknown name
// returns nothing, so a newer server's value is rejected clearly, not guessed.
QString toString(Channel value);
QString toString(ConversationStatus value);
QString toString(Autopilot value);
QString toString(Author value);
QString toString(MessageKind value);
QString toString(MessageStatus value);
QString toString(Priority value);
std::optional<Channel> channelFromString(const QString &name);
std::optional<ConversationStatus> conversationStatusFromString(const QString &name);
std::optional<Autopilot> autopilotFromString(const QString &name);
std::optional<Author> authorFromString(const QString &name);
std::optional<MessageKind> messageKindFromString(const QString &name);
std::optional<MessageStatus> messageStatusFromString(const QString &name);
std::optional<Priority> priorityFromString(const QString &name);

struct Attachment
{
    QString mediaId;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    QString fileName;
};

struct Contact
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString whatsappId;
    QString messengerPsid;
    QString webchatId;
    QString avatarMediaId;
    qint64 updatedAt = 0;
    qint64 version = 0; // grows by one with every change (`contact.update`); 0: from a server without versions
};

// One note an agent added to a lead (`lead.note`), with who and when.
struct LeadNote
{
    qint64 id = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    qint64 createdAt = 0;
};

struct Lead
{
    qint64 contactId = 0;
    QString businessName;
    QString stage = QStringLiteral("new");
    qint64 valueMinor = 0; // in the currency's minor unit (cents)
    QString currency;
    qint64 ownerId = 0;
    QStringList tags;
    QString notes;
    QVector<LeadNote> noteList; // oldest first; absent from older servers
    QJsonObject customFields;
    qint64 version = 0;
    qint64 updatedAt = 0;
};

struct Conversation
{
    qint64 id = 0;
    qint64 contactId = 0;
    Channel channel = Channel::WhatsApp;
    ConversationStatus status = ConversationStatus::Open;
    qint64 assigneeId = 0; // 0: unassigned
    int unreadCount = 0;
    qint64 lastActivity = 0;
    QString lastPreview;
    Autopilot autopilot = Autopilot::Off;
    bool muted = false;
    qint64 snoozedUntil = 0;
    qint64 windowExpiresAt = 0;           // end of the channel's customer-service window; 0: none
    Priority priority = Priority::Normal; // absent on the wire (an older peer): normal
};

struct Message
{
    qint64 id = 0;    // the server's id; 0 while only queued locally
    QString clientId; // the UUID the agent's client chose; empty for customer messages
    qint64 conversationId = 0;
    Author author = Author::Customer;
    qint64 authorId = 0;
    QString authorName;
    MessageKind kind = MessageKind::Text;
    QString text;
    MessageStatus status = MessageStatus::Sent;
    QString failureReason;
    qint64 createdAt = 0;
    qint64 editedAt = 0;
    qint64 replyTo = 0;
    QVector<Attachment> attachments;
    // With kind Activity: what happened, who and when as fields, never a
    // sentence ({"type":"status","status":"resolved","by_agent_id":8,…});
    // see activity:: below. Empty for every other kind.
    QJsonObject activity;
};

// The activity lines' types and their fields (docs/protocol.md, "Activity
// lines"). A type this version does not know is kept as it came (a newer
// server's), and shown as nothing.
namespace activity {
inline constexpr char kAssigned[] = "assigned";   // agent_id (null: unassigned), agent_name
inline constexpr char kStatus[] = "status";       // status: open (reopened), pending or resolved
inline constexpr char kSnoozed[] = "snoozed";     // until: a time, or null until the customer replies
inline constexpr char kWoke[] = "woke";           // reason: "timer" (the snooze's time came) or "customer"
inline constexpr char kPriority[] = "priority";   // priority
inline constexpr char kAutopilot[] = "autopilot"; // mode; reason "agent_replied" when a reply paused it
inline constexpr char kReasonAgentReplied[] = "agent_replied";
inline constexpr char kReasonTimer[] = "timer";
inline constexpr char kReasonCustomer[] = "customer";
} // namespace activity

// A later change to a message already sent: status, edited text.
struct MessageUpdate
{
    qint64 id = 0;
    QString clientId;
    std::optional<MessageStatus> status;
    QString failureReason;
    std::optional<QString> text;
    qint64 editedAt = 0;
};

struct MessageDeletion
{
    qint64 id = 0;
};

// A workspace admin erased a contact and everything about them.
struct ContactErasure
{
    qint64 contactId = 0;
};

// The workspace's retention purged message bodies older than a time.
struct BodiesPurge
{
    qint64 before = 0;
};

// The workspace's settings that every agent's desktop shows (GET /v1/me and
// the workspace.updated event; of two, the one with the later updatedAt holds).
struct WorkspaceSettings
{
    Autopilot autopilotAway = Autopilot::Off; // the autopilot's mode while no agent is connected ("while away")
    bool aiSuggestions = false;               // an AI is set up: agents may ask for suggested replies
    qint64 updatedAt = 0; // when an admin last changed the workspace's channel or autopilot settings; 0: never
};

// An event the client could not read even after salvage (a kind this
// version does not know, or a record broken beyond repair): it is stepped
// over so the seq moves on. Never sent; made only by salvageEvent().
struct SkippedEvent
{
    QString kind;
    QString problem;
};

using EventPayload = std::variant<Conversation, Contact, Lead, Message, MessageUpdate, MessageDeletion, ContactErasure,
                                  BodiesPurge, WorkspaceSettings, SkippedEvent>;

// One entry of a workspace's ordered event log.
struct Event
{
    qint64 seq = 0;
    EventPayload payload;
};

} // namespace relaydesk::protocol
