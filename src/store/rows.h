#pragma once

// What the store's reads return: plain rows for the models.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace relaydesk::store {

struct ConversationRow
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString contactName;
    QString avatarMediaId;
    QString channel;
    QString status;
    qint64 assigneeId = 0;
    int unreadCount = 0;
    qint64 lastActivity = 0;
    QString lastPreview;
    QString autopilot;
    bool muted = false;
    qint64 snoozedUntil = 0;
    qint64 windowExpiresAt = 0;
    QString draft;                               // the agent's unsent draft here, folded onto one line; empty: none
    QString priority = QStringLiteral("normal"); // "low", "normal", "high", "urgent"
};

// A file staged to go with a draft: a local path (a pasted picture's is a
// file of the profile's own, removed once sent or dropped).
struct DraftFile
{
    QString path;
    bool temporary = false;
    bool operator==(const DraftFile &other) const { return path == other.path && temporary == other.temporary; }
};

// What the agent has written in a conversation and not sent yet.
struct DraftRow
{
    qint64 conversationId = 0;
    QString text;
    qint64 replyTo = 0;
    bool note = false;
    QVector<DraftFile> files;
    qint64 updatedAt = 0;

    // Nothing to keep: no text, no files, a reply (not a note) to nothing in particular.
    bool isEmpty() const { return text.isEmpty() && files.isEmpty() && !note && replyTo == 0; }
    bool sameContent(const DraftRow &other) const
    {
        return text == other.text && replyTo == other.replyTo && note == other.note && files == other.files;
    }
};

// Filters of the conversation list; empty members do not filter.
struct ConversationFilter
{
    QStringList statuses;  // e.g. {"open", "pending"}
    qint64 assigneeId = 0; // only conversations assigned to this agent
    bool unassignedOnly = false;
    bool unreadOnly = false;
    QString channel;
    QStringList priorities;     // e.g. {"urgent", "high"}
    bool priorityFirst = false; // urgent, then high, normal, low; each newest activity first
};

// Where a conversation page continues from (the last row of the previous page).
struct ConversationCursor
{
    qint64 lastActivity = 0;
    qint64 id = 0;
    [[nodiscard]] bool isNull() const { return id == 0; }
};

struct AttachmentRow
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString mediaId;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    QString fileName;
    QString cacheState;
    QString thumbnailState;
};

struct MessageRow
{
    qint64 id = 0; // local, time-ordered
    qint64 serverId = 0;
    QString clientId;
    qint64 conversationId = 0;
    QString direction;
    QString author;
    qint64 authorId = 0;
    QString authorName;
    QString kind;
    QString text;
    QString status;
    QString failureReason;
    qint64 createdAt = 0;
    qint64 editedAt = 0;
    qint64 replyTo = 0;
    bool purged = false;
    QVector<AttachmentRow> attachments;
    QJsonObject activity; // kind "activity": what happened (docs/protocol.md, "Activity lines")
};

struct LeadNoteRow
{
    qint64 id = 0; // the server's; 0 while the note waits in the outbox
    qint64 authorId = 0;
    QString authorName;
    QString text;
    qint64 createdAt = 0;
};

struct LeadRow
{
    bool exists = false;
    QString businessName;
    QString stage;
    qint64 valueMinor = 0;
    QString currency;
    qint64 ownerId = 0;
    QStringList tags;
    QString notes;
    QVector<LeadNoteRow> noteList; // oldest first
    QString customFieldsJson;
    qint64 version = 0;
    qint64 updatedAt = 0;
};

struct ContactRow
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
    qint64 version = 0; // the server's; 0: not known (stored before versions, or an older server)
};

// An edit of the agent's to a contact or its lead waiting in the outbox:
// `payload` is the command's args (JSON); `state` "pending", "sending" or
// "failed" (refused: `lastError` says why, and the agent decides what to keep).
struct LeadEditRow
{
    QString command; // "lead.update", "lead.note" or "contact.update"
    QString clientId;
    qint64 conversationId = 0;
    QByteArray payload;
    QString state;
    QString lastError;
    qint64 createdAt = 0;
};

// A contact with their lead and every conversation they had, newest first.
struct ContactDetails
{
    ContactRow contact;
    LeadRow lead;
    QVector<ConversationRow> conversations;
};

// Search marks the matched words in a snippet between these two characters.
inline constexpr QChar kMatchStart = QChar(0x0002);
inline constexpr QChar kMatchEnd = QChar(0x0003);

struct MessageHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString contactName;
    QString author;
    qint64 createdAt = 0;
    QString snippet; // with kMatchStart/kMatchEnd around matches
};

struct ContactHit
{
    qint64 contactId = 0;
    QString name;
    QString snippet;
};

} // namespace relaydesk::store
