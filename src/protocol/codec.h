#pragma once

// JSON for the protocol's records, events and frames (docs/protocol.md), for
// both the client and the server. Decoding validates strictly and never
// trusts its input: it returns nothing and says why rather than guess.
// Unknown extra fields are ignored, so a newer peer may add some.

#include "protocol/frames.h"
#include "protocol/limits.h"
#include "protocol/types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace relaydesk::protocol {

// Records. `error`, when not null, receives what was wrong and where
// ("attachments[1].size: expected an integer, got a string").
QJsonObject toJson(const Attachment &attachment);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const Lead &lead);
// A lead's `note_list`, as in toJson(Lead).
QJsonArray noteListJson(const QVector<LeadNote> &notes);
QJsonObject toJson(const Conversation &conversation);
QJsonObject toJson(const Message &message);
QJsonObject toJson(const MessageUpdate &update);
QJsonObject toJson(const MessageDeletion &deletion);
QJsonObject toJson(const ContactErasure &erasure);
QJsonObject toJson(const BodiesPurge &purge);
QJsonObject toJson(const WorkspaceSettings &settings);
QJsonObject toJson(const SkippedEvent &skipped); // {"kind", "problem"}, for logs and tests

std::optional<Attachment> attachmentFromJson(const QJsonObject &json, QString *error);
std::optional<Contact> contactFromJson(const QJsonObject &json, QString *error);
std::optional<Lead> leadFromJson(const QJsonObject &json, QString *error);
std::optional<Conversation> conversationFromJson(const QJsonObject &json, QString *error);
std::optional<Message> messageFromJson(const QJsonObject &json, QString *error);
std::optional<MessageUpdate> messageUpdateFromJson(const QJsonObject &json, QString *error);
std::optional<MessageDeletion> messageDeletionFromJson(const QJsonObject &json, QString *error);
std::optional<ContactErasure> contactErasureFromJson(const QJsonObject &json, QString *error);
std::optional<BodiesPurge> bodiesPurgeFromJson(const QJsonObject &json, QString *error);
std::optional<WorkspaceSettings> workspaceSettingsFromJson(const QJsonObject &json, QString *error);

// Event kinds, one per EventPayload alternative.
namespace eventKinds {
inline constexpr char kConversationUpserted[] = "conversation.upserted";
inline constexpr char kContactUpserted[] = "contact.upserted";
inline constexpr char kLeadUpdated[] = "lead.updated";
inline constexpr char kMessageCreated[] = "message.created";
inline constexpr char kMessageUpdated[] = "message.updated";
inline constexpr char kMessageDeleted[] = "message.deleted";
inline constexpr char kContactErased[] = "contact.erased";
inline constexpr char kBodiesPurged[] = "bodies.purged";
inline constexpr char kWorkspaceUpdated[] = "workspace.updated"; // protocol 2
inline constexpr char kSkipped[] = "skipped";                    // a SkippedEvent: never on the wire
} // namespace eventKinds

QString eventKind(const EventPayload &payload);
QJsonObject payloadToJson(const EventPayload &payload);
std::optional<EventPayload> payloadFromJson(const QString &kind, const QJsonObject &data, QString *error);
// {"type":"event","seq":…,"kind":…,"data":{…}}
QJsonObject encodeEvent(const Event &event);
// Accepts the frame above; "type", when present, must be "event".
std::optional<Event> decodeEvent(const QJsonObject &json, QString *error);

QString toString(PresenceActivity activity);
std::optional<PresenceActivity> presenceActivityFromString(const QString &name);

// Why a frame was refused. `code` maps to the stable wire names
// "malformed", "too_large", "unknown_type" and "invalid" (toString below).
struct DecodeError
{
    enum class Code { Malformed, TooLarge, UnknownType, Invalid };
    Code code = Code::Malformed;
    QString message;  // for logs and error frames; never quotes a token or message text
    QString type;     // the frame's "type", when it could be read
    QString clientId; // a command's "client_id", when it could be read (answer with an ack)
};
QString toString(DecodeError::Code code);

// The frame's wire "type": "hello", "welcome", "event", "command", …
QString frameType(const Frame &frame);
// Compact JSON, UTF-8. Callers keep records within the limits; the result is
// not checked against kMaxFrameBytes.
QByteArray encodeFrame(const Frame &frame);
// Never crashes, whatever the bytes: returns a frame or nothing with `error`
// (when not null) filled in. A hello whose protocol is not kProtocolVersion
// decodes with only `protocol` read, so the server can answer protocol_mismatch.
std::optional<Frame> decodeFrame(QByteArrayView bytes, DecodeError *error);

// Unicode code points in `text`: what the character limits count.
qsizetype codePointCount(QStringView text);
// `text` as a string field every peer decodes: U+0000 and unpaired surrogates
// become U+FFFD, and it ends after at most `maxChars` code points, never inside
// a surrogate pair. For text from outside the protocol (channels' webhooks).
QString clampedText(QStringView text, qsizetype maxChars);
// Why `text` is not a string every peer decodes ("contains U+0000", "not
// valid Unicode (an unpaired surrogate)"), or an empty string when it is.
// The one rule for text coming in: see docs/protocol.md, "Text".
QString textProblem(QStringView text);
// The first string (object key or value, at any depth) of `value` that breaks
// that rule, as "path: problem" with `path` naming the field
// ("args.tags[2]: contains U+0000"); empty when there is none.
QString firstTextProblem(const QJsonValue &value, const QString &path);
// `value` with every string and key made readable as clampedText() does
// (U+0000 and unpaired surrogates become U+FFFD), lengths untouched.
QJsonValue withReadableText(const QJsonValue &value);
// An event frame that decodeFrame() refused, read as far as it can be, so a
// client never stalls on it: its strings made readable and decoded again,
// or, when that fails too, a SkippedEvent with its seq. Nothing when the
// frame is not an event with a readable seq. `problem` says what was wrong.
std::optional<Event> salvageEvent(QByteArrayView bytes, QString *problem);
// Whether `id` is acceptable as a command's client_id (1–64 of A–Z a–z 0–9 - _ . :).
bool isValidClientId(QStringView id);
// Whether `id` is acceptable as a media id (1–128 of A–Z a–z 0–9 - _).
bool isValidMediaId(QStringView id);

} // namespace relaydesk::protocol
