#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <iterator>
#include <limits>
#include <type_traits>

namespace relaydesk::protocol {

namespace {

// The JSON names of every field, in one place.
namespace key {
#define RELAYDESK_KEY(name, text) constexpr QLatin1String name{text};
RELAYDESK_KEY(activity, "activity")
RELAYDESK_KEY(agentId, "agent_id")
RELAYDESK_KEY(args, "args")
RELAYDESK_KEY(assigneeId, "assignee_id")
RELAYDESK_KEY(attachments, "attachments")
RELAYDESK_KEY(author, "author")
RELAYDESK_KEY(authorId, "author_id")
RELAYDESK_KEY(authorName, "author_name")
RELAYDESK_KEY(autopilot, "autopilot")
RELAYDESK_KEY(avatarMediaId, "avatar_media_id")
RELAYDESK_KEY(before, "before")
RELAYDESK_KEY(businessName, "business_name")
RELAYDESK_KEY(channel, "channel")
RELAYDESK_KEY(client, "client")
RELAYDESK_KEY(clientId, "client_id")
RELAYDESK_KEY(code, "code")
RELAYDESK_KEY(contactId, "contact_id")
RELAYDESK_KEY(conversationId, "conversation_id")
RELAYDESK_KEY(createdAt, "created_at")
RELAYDESK_KEY(currency, "currency")
RELAYDESK_KEY(current, "current")
RELAYDESK_KEY(customFields, "custom_fields")
RELAYDESK_KEY(data, "data")
RELAYDESK_KEY(durationMs, "duration_ms")
RELAYDESK_KEY(editedAt, "edited_at")
RELAYDESK_KEY(email, "email")
RELAYDESK_KEY(error, "error")
RELAYDESK_KEY(failureReason, "failure_reason")
RELAYDESK_KEY(fileName, "file_name")
RELAYDESK_KEY(headSeq, "head_seq")
RELAYDESK_KEY(heartbeatMs, "heartbeat_ms")
RELAYDESK_KEY(height, "height")
RELAYDESK_KEY(id, "id")
RELAYDESK_KEY(kind, "kind")
RELAYDESK_KEY(lastActivity, "last_activity")
RELAYDESK_KEY(lastPreview, "last_preview")
RELAYDESK_KEY(lastSeq, "last_seq")
RELAYDESK_KEY(mediaId, "media_id")
RELAYDESK_KEY(message, "message")
RELAYDESK_KEY(messengerPsid, "messenger_psid")
RELAYDESK_KEY(mimeType, "mime_type")
RELAYDESK_KEY(muted, "muted")
RELAYDESK_KEY(name, "name")
RELAYDESK_KEY(notes, "notes")
RELAYDESK_KEY(ok, "ok")
RELAYDESK_KEY(ownerId, "owner_id")
RELAYDESK_KEY(phone, "phone")
RELAYDESK_KEY(protocol, "protocol")
RELAYDESK_KEY(reason, "reason")
RELAYDESK_KEY(replyTo, "reply_to")
RELAYDESK_KEY(result, "result")
RELAYDESK_KEY(resumeSeq, "resume_seq")
RELAYDESK_KEY(seq, "seq")
RELAYDESK_KEY(sha256, "sha256")
RELAYDESK_KEY(size, "size")
RELAYDESK_KEY(snoozedUntil, "snoozed_until")
RELAYDESK_KEY(stage, "stage")
RELAYDESK_KEY(status, "status")
RELAYDESK_KEY(tags, "tags")
RELAYDESK_KEY(text, "text")
RELAYDESK_KEY(token, "token")
RELAYDESK_KEY(type, "type")
RELAYDESK_KEY(unreadCount, "unread_count")
RELAYDESK_KEY(until, "until")
RELAYDESK_KEY(updatedAt, "updated_at")
RELAYDESK_KEY(valueMinor, "value_minor")
RELAYDESK_KEY(version, "version")
RELAYDESK_KEY(webchatId, "webchat_id")
RELAYDESK_KEY(whatsappId, "whatsapp_id")
RELAYDESK_KEY(width, "width")
RELAYDESK_KEY(windowExpiresAt, "window_expires_at")
RELAYDESK_KEY(workspaceId, "workspace_id")
#undef RELAYDESK_KEY
} // namespace key

namespace frameTypes {
constexpr QLatin1String hello{"hello"};
constexpr QLatin1String welcome{"welcome"};
constexpr QLatin1String event{"event"};
constexpr QLatin1String command{"command"};
constexpr QLatin1String ack{"ack"};
constexpr QLatin1String error{"error"};
constexpr QLatin1String resync{"resync"};
constexpr QLatin1String ping{"ping"};
constexpr QLatin1String pong{"pong"};
constexpr QLatin1String presence{"presence"};
} // namespace frameTypes

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxPixels = 100000;

// A "none" reference or time (0) is written as null.
QJsonValue nullable(qint64 value)
{
    return value == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool allCharsIn(QStringView text, bool (*allowed)(char16_t))
{
    for (QChar c : text) {
        if (!allowed(c.unicode()))
            return false;
    }
    return true;
}

bool isIdChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'-' || c == u'_';
}

bool isClientIdChar(char16_t c)
{
    return isIdChar(c) || c == u'.' || c == u':';
}

// Error codes, command names, event kinds, resync reasons.
bool isCodeChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}

// Tokens: printable ASCII without spaces.
bool isTokenChar(char16_t c)
{
    return c > 0x20 && c < 0x7f;
}

// MIME types with their parameters ("audio/ogg; codecs=opus").
bool isMimeChar(char16_t c)
{
    return c >= 0x20 && c < 0x7f;
}

bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isCode(QStringView text)
{
    return !text.isEmpty() && text.size() <= kMaxCodeChars && allCharsIn(text, isCodeChar);
}

// A value from the input, quoted in an error only when it is short and plain.
QString quoted(QStringView text)
{
    if (text.size() <= 40 && allCharsIn(text, isMimeChar))
        return QLatin1Char('"') + text.toString() + QLatin1Char('"');
    return QStringLiteral("(not shown)");
}

// What is wrong with a string from the wire, or an empty string.
QString stringProblem(QStringView text, qsizetype maxChars)
{
    if (text.size() > maxChars) {
        const qsizetype chars = codePointCount(text);
        if (chars > maxChars)
            return QStringLiteral("too long (%1 characters, at most %2)").arg(chars).arg(maxChars);
    }
    if (!text.isValidUtf16())
        return QStringLiteral("not valid Unicode (an unpaired surrogate)");
    if (text.contains(QChar(0)))
        return QStringLiteral("contains U+0000");
    return {};
}

enum class Need { Required, Optional };

// Reads the fields of one JSON object, keeping the first problem with the
// path of the field it concerns. After a problem every read returns its
// fallback, so decoders read straight through and check once at the end.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }

    void fail(QLatin1String name, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = m_path + name + QStringLiteral(": ") + problem;
    }
    void failWhole(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = (m_path.isEmpty() ? QString() : m_path.chopped(1) + QStringLiteral(": "))
                      + problem;
    }
    // Adopts a nested decoder's problem (already carrying its full path).
    void adopt(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

    // Present and not null.
    bool has(QLatin1String name) const
    {
        const QJsonValue v = m_object.value(name);
        return !v.isUndefined() && !v.isNull();
    }

    qint64 integer(QLatin1String name, Need need, qint64 min, qint64 max, qint64 fallback = 0)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            fail(name, QStringLiteral("expected an integer, got %1").arg(describe(v)));
            return fallback;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d) {
            fail(name, QStringLiteral("expected an integer"));
            return fallback;
        }
        if (std::fabs(d) > double(kMaxSafeInteger)) {
            fail(name, QStringLiteral("out of range"));
            return fallback;
        }
        const qint64 i = v.toInteger();
        if (i < min || i > max) {
            fail(name, QStringLiteral("out of range (%1 to %2)").arg(min).arg(max));
            return fallback;
        }
        return i;
    }
    qint64 id(QLatin1String name) { return integer(name, Need::Required, 1, kMaxSafeInteger); }
    // A reference that may be none: 0, null or absent.
    qint64 optionalId(QLatin1String name)
    {
        return integer(name, Need::Optional, 0, kMaxSafeInteger);
    }
    qint64 time(QLatin1String name, Need need)
    {
        return integer(name, need, 0, kMaxSafeInteger);
    }
    qint64 count(QLatin1String name, Need need, qint64 max = kMaxSafeInteger)
    {
        return integer(name, need, 0, max);
    }

    QString string(QLatin1String name, Need need, qsizetype maxChars)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(name, QStringLiteral("expected a string, got %1").arg(describe(v)));
            return {};
        }
        QString s = v.toString();
        const QString problem = stringProblem(s, maxChars);
        if (!problem.isEmpty()) {
            fail(name, problem);
            return {};
        }
        return s;
    }
    QString nonEmptyString(QLatin1String name, Need need, qsizetype maxChars)
    {
        const bool present = has(name);
        QString s = string(name, need, maxChars);
        if (present && s.isEmpty())
            fail(name, QStringLiteral("must not be empty"));
        return s;
    }
    // A string of ASCII characters `allowed` accepts; `minChars` when present.
    QString ascii(QLatin1String name, Need need, qsizetype minChars, qsizetype maxChars,
                  bool (*allowed)(char16_t), const QString &what)
    {
        const bool present = has(name);
        QString s = string(name, need, maxChars);
        if (failed() || !present)
            return s;
        if (s.size() < minChars || !allCharsIn(s, allowed)) {
            fail(name, what);
            return {};
        }
        return s;
    }
    QString code(QLatin1String name, Need need)
    {
        return ascii(name, need, 1, kMaxCodeChars, isCodeChar,
                     QStringLiteral("expected a code of a-z, 0-9, '_' and '.'"));
    }

    bool boolean(QLatin1String name, Need need, bool fallback = false)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(name, QStringLiteral("expected true or false, got %1").arg(describe(v)));
            return fallback;
        }
        return v.toBool();
    }

    template<typename Enum>
    std::optional<Enum> enumeration(QLatin1String name, Need need,
                                    std::optional<Enum> (*parse)(const QString &))
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString()) {
            fail(name, QStringLiteral("expected a string, got %1").arg(describe(v)));
            return std::nullopt;
        }
        const QString s = v.toString();
        const std::optional<Enum> value = parse(s);
        if (!value)
            fail(name, QStringLiteral("unknown value %1").arg(quoted(s)));
        return value;
    }

    QJsonObject object(QLatin1String name, Need need)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            fail(name, QStringLiteral("expected an object, got %1").arg(describe(v)));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(QLatin1String name, Need need, qsizetype maxItems)
    {
        const QJsonValue v = take(name, need);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(name, QStringLiteral("expected an array, got %1").arg(describe(v)));
            return {};
        }
        QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            fail(name, QStringLiteral("too many items (%1, at most %2)").arg(a.size()).arg(maxItems));
            return {};
        }
        return a;
    }

private:
    // The value, or Undefined when absent or null (a problem if required).
    QJsonValue take(QLatin1String name, Need need)
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                fail(name, QStringLiteral("missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    const QJsonObject &m_object;
    QString m_path;
    QString m_error;
};

template<typename T>
std::optional<T> finish(const Fields &fields, T value, QString *error)
{
    if (fields.failed()) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    return value;
}

QString sha256Problem(const QString &hex)
{
    if (hex.isEmpty())
        return {};
    if (hex.size() != 64 || !allCharsIn(hex, isLowerHex))
        return QStringLiteral("expected 64 lower-case hex digits");
    return {};
}

bool isFileNameChar(char16_t c)
{
    return c >= 0x20 && c != 0x7f && c != u'/' && c != u'\\';
}

// --- Records -----------------------------------------------------------------------------

std::optional<Attachment> readAttachment(const QJsonObject &json, const QString &path,
                                         QString *error)
{
    Fields f(json, path);
    Attachment a;
    a.mediaId = f.ascii(key::mediaId, Need::Required, 1, kMaxMediaIdChars, isIdChar,
                        QStringLiteral("expected 1-128 of A-Z, a-z, 0-9, '-' and '_'"));
    a.mimeType = f.ascii(key::mimeType, Need::Required, 3, kMaxNameChars, isMimeChar,
                         QStringLiteral("expected a MIME type"));
    if (!f.failed() && !a.mimeType.contains(QLatin1Char('/')))
        f.fail(key::mimeType, QStringLiteral("expected a MIME type"));
    a.size = f.count(key::size, Need::Required);
    a.sha256 = f.string(key::sha256, Need::Optional, 64);
    if (!f.failed()) {
        const QString problem = sha256Problem(a.sha256);
        if (!problem.isEmpty())
            f.fail(key::sha256, problem);
    }
    a.width = int(f.count(key::width, Need::Optional, kMaxPixels));
    a.height = int(f.count(key::height, Need::Optional, kMaxPixels));
    a.durationMs = f.count(key::durationMs, Need::Optional);
    a.fileName = f.ascii(key::fileName, Need::Optional, 0, kMaxNameChars, isFileNameChar,
                         QStringLiteral("contains '/', '\\' or a control character"));
    return finish(f, std::move(a), error);
}

std::optional<Contact> readContact(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    Contact c;
    c.id = f.id(key::id);
    c.name = f.string(key::name, Need::Optional, kMaxNameChars);
    c.phone = f.string(key::phone, Need::Optional, kMaxNameChars);
    c.email = f.string(key::email, Need::Optional, kMaxNameChars);
    c.whatsappId = f.string(key::whatsappId, Need::Optional, kMaxNameChars);
    c.messengerPsid = f.string(key::messengerPsid, Need::Optional, kMaxNameChars);
    c.webchatId = f.string(key::webchatId, Need::Optional, kMaxNameChars);
    c.avatarMediaId = f.ascii(key::avatarMediaId, Need::Optional, 0, kMaxMediaIdChars, isIdChar,
                              QStringLiteral("expected a media id"));
    c.updatedAt = f.time(key::updatedAt, Need::Required);
    return finish(f, std::move(c), error);
}

bool isCurrencyChar(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

void readCustomFields(Fields &f, const QJsonObject &fields)
{
    if (fields.size() > kMaxCustomFields) {
        f.fail(key::customFields, QStringLiteral("too many fields (%1, at most %2)")
                                      .arg(fields.size())
                                      .arg(kMaxCustomFields));
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString name = it.key();
        const QString nameProblem = stringProblem(name, kMaxCustomFieldKeyChars);
        if (name.isEmpty() || !nameProblem.isEmpty()) {
            f.fail(key::customFields,
                   QStringLiteral("a field name is empty, too long or not valid Unicode"));
            return;
        }
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Bool:
        case QJsonValue::Double:
            break;
        case QJsonValue::String: {
            const QString problem = stringProblem(value.toString(), kMaxCustomFieldValueChars);
            if (!problem.isEmpty()) {
                f.fail(key::customFields, QStringLiteral("field %1: %2").arg(quoted(name), problem));
                return;
            }
            break;
        }
        default:
            f.fail(key::customFields,
                   QStringLiteral("field %1: expected a string, number, boolean or null, got %2")
                       .arg(quoted(name), describe(value)));
            return;
        }
    }
}

std::optional<Lead> readLead(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    Lead l;
    l.contactId = f.id(key::contactId);
    l.businessName = f.string(key::businessName, Need::Optional, kMaxNameChars);
    if (f.has(key::stage))
        l.stage = f.nonEmptyString(key::stage, Need::Optional, kMaxNameChars);
    l.valueMinor = f.count(key::valueMinor, Need::Optional);
    l.currency = f.ascii(key::currency, Need::Optional, 0, 3, isCurrencyChar,
                         QStringLiteral("expected an ISO 4217 code such as \"EUR\""));
    if (!f.failed() && !l.currency.isEmpty() && l.currency.size() != 3)
        f.fail(key::currency, QStringLiteral("expected an ISO 4217 code such as \"EUR\""));
    l.ownerId = f.optionalId(key::ownerId);
    const QJsonArray tags = f.array(key::tags, Need::Optional, kMaxTags);
    for (qsizetype i = 0; i < tags.size() && !f.failed(); ++i) {
        const QJsonValue tag = tags.at(i);
        const QString problem = tag.isString() ? stringProblem(tag.toString(), kMaxTagChars)
                                               : QStringLiteral("expected a string, got %1")
                                                     .arg(describe(tag));
        if (!problem.isEmpty() || tag.toString().isEmpty())
            f.fail(key::tags,
                   QStringLiteral("item %1: %2")
                       .arg(i)
                       .arg(problem.isEmpty() ? QStringLiteral("must not be empty") : problem));
        else
            l.tags.append(tag.toString());
    }
    l.notes = f.string(key::notes, Need::Optional, kMaxNotesChars);
    l.customFields = f.object(key::customFields, Need::Optional);
    if (!f.failed())
        readCustomFields(f, l.customFields);
    l.version = f.integer(key::version, Need::Required, 1, kMaxSafeInteger);
    l.updatedAt = f.time(key::updatedAt, Need::Required);
    return finish(f, std::move(l), error);
}

std::optional<Conversation> readConversation(const QJsonObject &json, const QString &path,
                                             QString *error)
{
    Fields f(json, path);
    Conversation c;
    c.id = f.id(key::id);
    c.contactId = f.id(key::contactId);
    c.channel = f.enumeration(key::channel, Need::Required, channelFromString).value_or(c.channel);
    c.status = f.enumeration(key::status, Need::Required, conversationStatusFromString)
                   .value_or(c.status);
    c.assigneeId = f.optionalId(key::assigneeId);
    c.unreadCount = int(f.count(key::unreadCount, Need::Optional, kMaxInt));
    c.lastActivity = f.time(key::lastActivity, Need::Required);
    c.lastPreview = f.string(key::lastPreview, Need::Optional, kMaxTextChars);
    c.autopilot = f.enumeration(key::autopilot, Need::Optional, autopilotFromString)
                      .value_or(Autopilot::Off);
    c.muted = f.boolean(key::muted, Need::Optional);
    c.snoozedUntil = f.time(key::snoozedUntil, Need::Optional);
    c.windowExpiresAt = f.time(key::windowExpiresAt, Need::Optional);
    return finish(f, std::move(c), error);
}

QString clientIdProblem()
{
    return QStringLiteral("expected 1-64 of A-Z, a-z, 0-9, '-', '_', '.' and ':'");
}

std::optional<Message> readMessage(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    Message m;
    m.id = f.id(key::id);
    m.clientId = f.ascii(key::clientId, Need::Optional, 0, kMaxClientIdChars, isClientIdChar,
                         clientIdProblem());
    m.conversationId = f.id(key::conversationId);
    m.author = f.enumeration(key::author, Need::Required, authorFromString).value_or(m.author);
    m.authorId = f.optionalId(key::authorId);
    m.authorName = f.string(key::authorName, Need::Optional, kMaxNameChars);
    m.kind = f.enumeration(key::kind, Need::Required, messageKindFromString).value_or(m.kind);
    m.text = f.string(key::text, Need::Optional, kMaxTextChars);
    m.status = f.enumeration(key::status, Need::Required, messageStatusFromString).value_or(m.status);
    m.failureReason = f.string(key::failureReason, Need::Optional, kMaxReasonChars);
    m.createdAt = f.time(key::createdAt, Need::Required);
    m.editedAt = f.time(key::editedAt, Need::Optional);
    m.replyTo = f.optionalId(key::replyTo);
    const QJsonArray attachments = f.array(key::attachments, Need::Optional, kMaxAttachments);
    for (qsizetype i = 0; i < attachments.size() && !f.failed(); ++i) {
        const QString itemPath = f.path() + QStringLiteral("attachments[%1]").arg(i);
        const QJsonValue item = attachments.at(i);
        if (!item.isObject()) {
            f.adopt(itemPath + QStringLiteral(": expected an object, got ") + describe(item));
            break;
        }
        QString problem;
        const std::optional<Attachment> a =
            readAttachment(item.toObject(), itemPath + QLatin1Char('.'), &problem);
        if (!a) {
            f.adopt(problem);
            break;
        }
        m.attachments.append(*a);
    }
    return finish(f, std::move(m), error);
}

std::optional<MessageUpdate> readMessageUpdate(const QJsonObject &json, const QString &path,
                                               QString *error)
{
    Fields f(json, path);
    MessageUpdate u;
    u.id = f.optionalId(key::id);
    u.clientId = f.ascii(key::clientId, Need::Optional, 0, kMaxClientIdChars, isClientIdChar,
                         clientIdProblem());
    if (!f.failed() && u.id == 0 && u.clientId.isEmpty())
        f.failWhole(QStringLiteral("needs an id or a client_id"));
    u.status = f.enumeration(key::status, Need::Optional, messageStatusFromString);
    u.failureReason = f.string(key::failureReason, Need::Optional, kMaxReasonChars);
    if (f.has(key::text))
        u.text = f.string(key::text, Need::Optional, kMaxTextChars);
    u.editedAt = f.time(key::editedAt, Need::Optional);
    return finish(f, std::move(u), error);
}

std::optional<MessageDeletion> readMessageDeletion(const QJsonObject &json, const QString &path,
                                                   QString *error)
{
    Fields f(json, path);
    MessageDeletion d;
    d.id = f.id(key::id);
    return finish(f, d, error);
}

std::optional<ContactErasure> readContactErasure(const QJsonObject &json, const QString &path,
                                                 QString *error)
{
    Fields f(json, path);
    ContactErasure e;
    e.contactId = f.id(key::contactId);
    return finish(f, e, error);
}

std::optional<BodiesPurge> readBodiesPurge(const QJsonObject &json, const QString &path,
                                           QString *error)
{
    Fields f(json, path);
    BodiesPurge p;
    p.before = f.time(key::before, Need::Required);
    return finish(f, p, error);
}

std::optional<EventPayload> readPayload(const QString &kind, const QJsonObject &data,
                                        const QString &path, QString *error)
{
    auto wrap = [](auto record) -> std::optional<EventPayload> {
        if (!record)
            return std::nullopt;
        return EventPayload(std::move(*record));
    };
    if (kind == QLatin1String(eventKinds::kConversationUpserted))
        return wrap(readConversation(data, path, error));
    if (kind == QLatin1String(eventKinds::kContactUpserted))
        return wrap(readContact(data, path, error));
    if (kind == QLatin1String(eventKinds::kLeadUpdated))
        return wrap(readLead(data, path, error));
    if (kind == QLatin1String(eventKinds::kMessageCreated))
        return wrap(readMessage(data, path, error));
    if (kind == QLatin1String(eventKinds::kMessageUpdated))
        return wrap(readMessageUpdate(data, path, error));
    if (kind == QLatin1String(eventKinds::kMessageDeleted))
        return wrap(readMessageDeletion(data, path, error));
    if (kind == QLatin1String(eventKinds::kContactErased))
        return wrap(readContactErasure(data, path, error));
    if (kind == QLatin1String(eventKinds::kBodiesPurged))
        return wrap(readBodiesPurge(data, path, error));
    if (error)
        *error = QStringLiteral("kind: unknown event kind %1").arg(quoted(kind));
    return std::nullopt;
}

// --- Frames ------------------------------------------------------------------------------

QJsonObject frameObject(QLatin1String type)
{
    return QJsonObject{{key::type, QString(type)}};
}

struct FrameEncoder
{
    QJsonObject operator()(const Hello &h) const
    {
        QJsonObject o = frameObject(frameTypes::hello);
        o.insert(key::protocol, h.protocol);
        o.insert(key::token, h.token);
        o.insert(key::lastSeq, h.lastSeq);
        o.insert(key::client,
                 QJsonObject{{key::name, h.clientName}, {key::version, h.clientVersion}});
        return o;
    }
    QJsonObject operator()(const Welcome &w) const
    {
        QJsonObject o = frameObject(frameTypes::welcome);
        o.insert(key::protocol, w.protocol);
        o.insert(key::agentId, w.agentId);
        o.insert(key::workspaceId, w.workspaceId);
        o.insert(key::headSeq, w.headSeq);
        o.insert(key::heartbeatMs, w.heartbeatMs);
        return o;
    }
    QJsonObject operator()(const Event &e) const { return encodeEvent(e); }
    QJsonObject operator()(const Command &c) const
    {
        QJsonObject o = frameObject(frameTypes::command);
        o.insert(key::clientId, c.clientId);
        o.insert(key::name, c.name);
        o.insert(key::args, c.args);
        return o;
    }
    QJsonObject operator()(const Ack &a) const
    {
        QJsonObject o = frameObject(frameTypes::ack);
        o.insert(key::clientId, a.clientId);
        o.insert(key::ok, a.ok);
        if (a.ok) {
            o.insert(key::result, a.result);
        } else {
            QJsonObject error{{key::code, a.errorCode}, {key::message, a.errorMessage}};
            if (!a.current.isEmpty())
                error.insert(key::current, a.current);
            o.insert(key::error, error);
        }
        return o;
    }
    QJsonObject operator()(const ErrorFrame &e) const
    {
        QJsonObject o = frameObject(frameTypes::error);
        o.insert(key::code, e.code);
        o.insert(key::message, e.message);
        if (e.protocol > 0)
            o.insert(key::protocol, e.protocol);
        return o;
    }
    QJsonObject operator()(const Resync &r) const
    {
        QJsonObject o = frameObject(frameTypes::resync);
        o.insert(key::reason, r.reason);
        o.insert(key::resumeSeq, r.resumeSeq);
        return o;
    }
    QJsonObject operator()(const Ping &p) const
    {
        QJsonObject o = frameObject(frameTypes::ping);
        o.insert(key::id, p.id);
        return o;
    }
    QJsonObject operator()(const Pong &p) const
    {
        QJsonObject o = frameObject(frameTypes::pong);
        o.insert(key::id, p.id);
        return o;
    }
    QJsonObject operator()(const Presence &p) const
    {
        QJsonObject o = frameObject(frameTypes::presence);
        o.insert(key::conversationId, p.conversationId);
        o.insert(key::agentId, p.agentId);
        o.insert(key::activity, toString(p.activity));
        o.insert(key::until, p.until);
        return o;
    }
};

std::optional<Frame> readHello(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Hello h;
    h.protocol = int(f.integer(key::protocol, Need::Required, 1, kMaxInt));
    if (!f.failed() && h.protocol != kProtocolVersion)
        return Frame(h); // nothing else of another version's hello is interpreted
    h.token = f.ascii(key::token, Need::Required, 1, kMaxTokenChars, isTokenChar,
                      QStringLiteral("expected printable ASCII without spaces"));
    h.lastSeq = f.count(key::lastSeq, Need::Required);
    const QJsonObject client = f.object(key::client, Need::Optional);
    if (!f.failed()) {
        Fields c(client, QStringLiteral("client."));
        h.clientName = c.string(key::name, Need::Optional, kMaxNameChars);
        h.clientVersion = c.string(key::version, Need::Optional, kMaxNameChars);
        f.adopt(c.error());
    }
    return finish(f, Frame(std::move(h)), error);
}

std::optional<Frame> readWelcome(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Welcome w;
    w.protocol = int(f.integer(key::protocol, Need::Required, 1, kMaxInt));
    w.agentId = f.id(key::agentId);
    w.workspaceId = f.id(key::workspaceId);
    w.headSeq = f.count(key::headSeq, Need::Required);
    w.heartbeatMs = int(
        f.integer(key::heartbeatMs, Need::Optional, kMinHeartbeatMs, kMaxHeartbeatMs, kHeartbeatMs));
    return finish(f, Frame(w), error);
}

std::optional<Frame> readCommand(const QJsonObject &json, QString *error, QString *clientId)
{
    Fields f(json, QString());
    Command c;
    c.clientId = f.ascii(key::clientId, Need::Required, 1, kMaxClientIdChars, isClientIdChar,
                         clientIdProblem());
    if (!f.failed())
        *clientId = c.clientId;
    c.name = f.code(key::name, Need::Required);
    c.args = f.object(key::args, Need::Optional);
    return finish(f, Frame(std::move(c)), error);
}

std::optional<Frame> readAck(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Ack a;
    a.clientId = f.ascii(key::clientId, Need::Required, 1, kMaxClientIdChars, isClientIdChar,
                         clientIdProblem());
    a.ok = f.boolean(key::ok, Need::Required);
    if (f.failed())
        return finish(f, Frame(a), error);
    if (a.ok) {
        a.result = f.object(key::result, Need::Optional);
    } else {
        const QJsonObject e = f.object(key::error, Need::Required);
        if (!f.failed()) {
            Fields ef(e, QStringLiteral("error."));
            a.errorCode = ef.code(key::code, Need::Required);
            a.errorMessage = ef.string(key::message, Need::Optional, kMaxReasonChars);
            a.current = ef.object(key::current, Need::Optional);
            f.adopt(ef.error());
        }
    }
    return finish(f, Frame(std::move(a)), error);
}

std::optional<Frame> readErrorFrame(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    ErrorFrame e;
    e.code = f.code(key::code, Need::Required);
    e.message = f.string(key::message, Need::Optional, kMaxReasonChars);
    e.protocol = int(f.integer(key::protocol, Need::Optional, 0, kMaxInt));
    return finish(f, Frame(std::move(e)), error);
}

std::optional<Frame> readResync(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Resync r;
    r.reason = f.code(key::reason, Need::Required);
    r.resumeSeq = f.count(key::resumeSeq, Need::Required);
    return finish(f, Frame(std::move(r)), error);
}

template<typename PingOrPong>
std::optional<Frame> readPingOrPong(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    PingOrPong p;
    p.id = f.count(key::id, Need::Required);
    return finish(f, Frame(p), error);
}

std::optional<Frame> readPresence(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Presence p;
    p.conversationId = f.id(key::conversationId);
    p.agentId = f.id(key::agentId);
    p.activity = f.enumeration(key::activity, Need::Required, presenceActivityFromString)
                     .value_or(p.activity);
    p.until = f.time(key::until, Need::Required);
    return finish(f, Frame(p), error);
}

std::optional<Frame> refuse(DecodeError *error, DecodeError::Code code, QString message,
                            QString type = QString(), QString clientId = QString())
{
    if (error) {
        error->code = code;
        error->message = std::move(message);
        error->type = std::move(type);
        error->clientId = std::move(clientId);
    }
    return std::nullopt;
}

} // namespace

// --- Public: records ---------------------------------------------------------------------

QJsonObject toJson(const Attachment &a)
{
    return QJsonObject{{key::mediaId, a.mediaId},       {key::mimeType, a.mimeType},
                       {key::size, a.size},             {key::sha256, a.sha256},
                       {key::width, a.width},           {key::height, a.height},
                       {key::durationMs, a.durationMs}, {key::fileName, a.fileName}};
}

QJsonObject toJson(const Contact &c)
{
    return QJsonObject{{key::id, c.id},
                       {key::name, c.name},
                       {key::phone, c.phone},
                       {key::email, c.email},
                       {key::whatsappId, c.whatsappId},
                       {key::messengerPsid, c.messengerPsid},
                       {key::webchatId, c.webchatId},
                       {key::avatarMediaId, c.avatarMediaId},
                       {key::updatedAt, c.updatedAt}};
}

QJsonObject toJson(const Lead &l)
{
    return QJsonObject{{key::contactId, l.contactId},
                       {key::businessName, l.businessName},
                       {key::stage, l.stage},
                       {key::valueMinor, l.valueMinor},
                       {key::currency, l.currency},
                       {key::ownerId, nullable(l.ownerId)},
                       {key::tags, QJsonArray::fromStringList(l.tags)},
                       {key::notes, l.notes},
                       {key::customFields, l.customFields},
                       {key::version, l.version},
                       {key::updatedAt, l.updatedAt}};
}

QJsonObject toJson(const Conversation &c)
{
    return QJsonObject{{key::id, c.id},
                       {key::contactId, c.contactId},
                       {key::channel, toString(c.channel)},
                       {key::status, toString(c.status)},
                       {key::assigneeId, nullable(c.assigneeId)},
                       {key::unreadCount, c.unreadCount},
                       {key::lastActivity, c.lastActivity},
                       {key::lastPreview, c.lastPreview},
                       {key::autopilot, toString(c.autopilot)},
                       {key::muted, c.muted},
                       {key::snoozedUntil, nullable(c.snoozedUntil)},
                       {key::windowExpiresAt, nullable(c.windowExpiresAt)}};
}

QJsonObject toJson(const Message &m)
{
    QJsonArray attachments;
    for (const Attachment &a : m.attachments)
        attachments.append(toJson(a));
    return QJsonObject{{key::id, m.id},
                       {key::clientId, m.clientId.isEmpty() ? QJsonValue() : QJsonValue(m.clientId)},
                       {key::conversationId, m.conversationId},
                       {key::author, toString(m.author)},
                       {key::authorId, nullable(m.authorId)},
                       {key::authorName, m.authorName},
                       {key::kind, toString(m.kind)},
                       {key::text, m.text},
                       {key::status, toString(m.status)},
                       {key::failureReason, m.failureReason},
                       {key::createdAt, m.createdAt},
                       {key::editedAt, nullable(m.editedAt)},
                       {key::replyTo, nullable(m.replyTo)},
                       {key::attachments, attachments}};
}

QJsonObject toJson(const MessageUpdate &u)
{
    QJsonObject o{{key::id, nullable(u.id)},
                  {key::clientId, u.clientId.isEmpty() ? QJsonValue() : QJsonValue(u.clientId)},
                  {key::failureReason, u.failureReason},
                  {key::editedAt, nullable(u.editedAt)}};
    if (u.status)
        o.insert(key::status, toString(*u.status));
    if (u.text)
        o.insert(key::text, *u.text);
    return o;
}

QJsonObject toJson(const MessageDeletion &d)
{
    return QJsonObject{{key::id, d.id}};
}

QJsonObject toJson(const ContactErasure &e)
{
    return QJsonObject{{key::contactId, e.contactId}};
}

QJsonObject toJson(const BodiesPurge &p)
{
    return QJsonObject{{key::before, p.before}};
}

std::optional<Attachment> attachmentFromJson(const QJsonObject &json, QString *error)
{
    return readAttachment(json, QString(), error);
}
std::optional<Contact> contactFromJson(const QJsonObject &json, QString *error)
{
    return readContact(json, QString(), error);
}
std::optional<Lead> leadFromJson(const QJsonObject &json, QString *error)
{
    return readLead(json, QString(), error);
}
std::optional<Conversation> conversationFromJson(const QJsonObject &json, QString *error)
{
    return readConversation(json, QString(), error);
}
std::optional<Message> messageFromJson(const QJsonObject &json, QString *error)
{
    return readMessage(json, QString(), error);
}
std::optional<MessageUpdate> messageUpdateFromJson(const QJsonObject &json, QString *error)
{
    return readMessageUpdate(json, QString(), error);
}
std::optional<MessageDeletion> messageDeletionFromJson(const QJsonObject &json, QString *error)
{
    return readMessageDeletion(json, QString(), error);
}
std::optional<ContactErasure> contactErasureFromJson(const QJsonObject &json, QString *error)
{
    return readContactErasure(json, QString(), error);
}
std::optional<BodiesPurge> bodiesPurgeFromJson(const QJsonObject &json, QString *error)
{
    return readBodiesPurge(json, QString(), error);
}

// --- Public: events ----------------------------------------------------------------------

QString eventKind(const EventPayload &payload)
{
    const char *kind = std::visit(
        [](const auto &record) -> const char * {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, Conversation>)
                return eventKinds::kConversationUpserted;
            else if constexpr (std::is_same_v<T, Contact>)
                return eventKinds::kContactUpserted;
            else if constexpr (std::is_same_v<T, Lead>)
                return eventKinds::kLeadUpdated;
            else if constexpr (std::is_same_v<T, Message>)
                return eventKinds::kMessageCreated;
            else if constexpr (std::is_same_v<T, MessageUpdate>)
                return eventKinds::kMessageUpdated;
            else if constexpr (std::is_same_v<T, MessageDeletion>)
                return eventKinds::kMessageDeleted;
            else if constexpr (std::is_same_v<T, ContactErasure>)
                return eventKinds::kContactErased;
            else
                return eventKinds::kBodiesPurged;
        },
        payload);
    return QString::fromLatin1(kind);
}

QJsonObject payloadToJson(const EventPayload &payload)
{
    return std::visit([](const auto &record) { return toJson(record); }, payload);
}

std::optional<EventPayload> payloadFromJson(const QString &kind, const QJsonObject &data,
                                            QString *error)
{
    return readPayload(kind, data, QString(), error);
}

QJsonObject encodeEvent(const Event &event)
{
    return QJsonObject{{key::type, QString(frameTypes::event)},
                       {key::seq, event.seq},
                       {key::kind, eventKind(event.payload)},
                       {key::data, payloadToJson(event.payload)}};
}

std::optional<Event> decodeEvent(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    if (f.has(key::type) && json.value(key::type) != QJsonValue(QString(frameTypes::event)))
        f.fail(key::type, QStringLiteral("expected \"event\""));
    Event event;
    event.seq = f.id(key::seq);
    const QString kind = f.code(key::kind, Need::Required);
    const QJsonObject data = f.object(key::data, Need::Required);
    if (f.failed()) {
        if (error)
            *error = f.error();
        return std::nullopt;
    }
    std::optional<EventPayload> payload = readPayload(kind, data, QStringLiteral("data."), error);
    if (!payload)
        return std::nullopt;
    event.payload = std::move(*payload);
    return event;
}

QString toString(PresenceActivity activity)
{
    switch (activity) {
    case PresenceActivity::Viewing:
        return QStringLiteral("viewing");
    case PresenceActivity::Typing:
        return QStringLiteral("typing");
    }
    return {};
}

std::optional<PresenceActivity> presenceActivityFromString(const QString &name)
{
    if (name == QLatin1String("viewing"))
        return PresenceActivity::Viewing;
    if (name == QLatin1String("typing"))
        return PresenceActivity::Typing;
    return std::nullopt;
}

// --- Public: frames ----------------------------------------------------------------------

QString toString(DecodeError::Code code)
{
    switch (code) {
    case DecodeError::Code::Malformed:
        return QString::fromLatin1(errors::kMalformed);
    case DecodeError::Code::TooLarge:
        return QString::fromLatin1(errors::kTooLarge);
    case DecodeError::Code::UnknownType:
        return QString::fromLatin1(errors::kUnknownType);
    case DecodeError::Code::Invalid:
        return QString::fromLatin1(errors::kInvalid);
    }
    return {};
}

QString frameType(const Frame &frame)
{
    static constexpr QLatin1String types[] = {
        frameTypes::hello,  frameTypes::welcome, frameTypes::event, frameTypes::command,
        frameTypes::ack,    frameTypes::error,   frameTypes::resync, frameTypes::ping,
        frameTypes::pong,   frameTypes::presence};
    static_assert(std::size(types) == std::variant_size_v<Frame>);
    return QString(types[frame.index()]);
}

QByteArray encodeFrame(const Frame &frame)
{
    return QJsonDocument(std::visit(FrameEncoder{}, frame)).toJson(QJsonDocument::Compact);
}

std::optional<Frame> decodeFrame(QByteArrayView bytes, DecodeError *error)
{
    using Code = DecodeError::Code;
    if (bytes.size() > kMaxFrameBytes) {
        return refuse(error, Code::TooLarge,
                      QStringLiteral("frame of %1 bytes, at most %2").arg(bytes.size()).arg(kMaxFrameBytes));
    }
    if (bytes.isEmpty())
        return refuse(error, Code::Malformed, QStringLiteral("empty frame"));

    // Qt's parser refuses invalid UTF-8, numbers it cannot represent and
    // nesting deeper than it can handle; what it accepts is checked below.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(error, Code::Malformed,
                      QStringLiteral("not JSON: %1 at byte %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    if (!document.isObject())
        return refuse(error, Code::Malformed, QStringLiteral("not a JSON object"));
    const QJsonObject json = document.object();

    const QJsonValue typeValue = json.value(key::type);
    if (typeValue.isUndefined() || typeValue.isNull())
        return refuse(error, Code::Invalid, QStringLiteral("type: missing"));
    if (!typeValue.isString()) {
        return refuse(error, Code::Invalid,
                      QStringLiteral("type: expected a string, got %1").arg(describe(typeValue)));
    }
    const QString type = typeValue.toString();

    QString problem;
    QString clientId;
    std::optional<Frame> frame;
    if (type == frameTypes::event) {
        if (std::optional<Event> event = decodeEvent(json, &problem))
            frame = Frame(std::move(*event));
    } else if (type == frameTypes::hello) {
        frame = readHello(json, &problem);
    } else if (type == frameTypes::welcome) {
        frame = readWelcome(json, &problem);
    } else if (type == frameTypes::command) {
        frame = readCommand(json, &problem, &clientId);
    } else if (type == frameTypes::ack) {
        frame = readAck(json, &problem);
    } else if (type == frameTypes::error) {
        frame = readErrorFrame(json, &problem);
    } else if (type == frameTypes::resync) {
        frame = readResync(json, &problem);
    } else if (type == frameTypes::ping) {
        frame = readPingOrPong<Ping>(json, &problem);
    } else if (type == frameTypes::pong) {
        frame = readPingOrPong<Pong>(json, &problem);
    } else if (type == frameTypes::presence) {
        frame = readPresence(json, &problem);
    } else {
        return refuse(error, Code::UnknownType,
                      QStringLiteral("unknown frame type %1").arg(quoted(type)),
                      isCode(type) ? type : QString());
    }
    if (!frame)
        return refuse(error, Code::Invalid, type + QStringLiteral(": ") + problem, type, clientId);
    return frame;
}

// --- Public: helpers ---------------------------------------------------------------------

qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

bool isValidClientId(QStringView id)
{
    return !id.isEmpty() && id.size() <= kMaxClientIdChars && allCharsIn(id, isClientIdChar);
}

bool isValidMediaId(QStringView id)
{
    return !id.isEmpty() && id.size() <= kMaxMediaIdChars && allCharsIn(id, isIdChar);
}

} // namespace relaydesk::protocol
