#pragma once

// Private to the codec (codec_records.cpp and codec_frames.cpp); not part of the protocol API.

#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <cmath>
#include <limits>
#include <optional>

namespace relaydesk::protocol::detail {

// The JSON names of every field, in one place.
namespace key {
#define RELAYDESK_KEY(name, text) inline constexpr QLatin1String name{text};
RELAYDESK_KEY(activity, "activity")
RELAYDESK_KEY(agentId, "agent_id")
RELAYDESK_KEY(agentName, "agent_name")
RELAYDESK_KEY(aiSuggestions, "ai_suggestions")
RELAYDESK_KEY(args, "args")
RELAYDESK_KEY(assigneeId, "assignee_id")
RELAYDESK_KEY(attachments, "attachments")
RELAYDESK_KEY(author, "author")
RELAYDESK_KEY(authorId, "author_id")
RELAYDESK_KEY(authorName, "author_name")
RELAYDESK_KEY(autopilot, "autopilot")
RELAYDESK_KEY(autopilotAway, "autopilot_away")
RELAYDESK_KEY(avatarMediaId, "avatar_media_id")
RELAYDESK_KEY(before, "before")
RELAYDESK_KEY(businessName, "business_name")
RELAYDESK_KEY(byAgentId, "by_agent_id")
RELAYDESK_KEY(byAgentName, "by_agent_name")
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
RELAYDESK_KEY(features, "features")
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
RELAYDESK_KEY(mode, "mode")
RELAYDESK_KEY(mimeType, "mime_type")
RELAYDESK_KEY(muted, "muted")
RELAYDESK_KEY(name, "name")
RELAYDESK_KEY(notes, "notes")
RELAYDESK_KEY(noteList, "note_list")
RELAYDESK_KEY(ok, "ok")
RELAYDESK_KEY(ownerId, "owner_id")
RELAYDESK_KEY(phone, "phone")
RELAYDESK_KEY(priority, "priority")
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
inline constexpr QLatin1String hello{"hello"};
inline constexpr QLatin1String welcome{"welcome"};
inline constexpr QLatin1String event{"event"};
inline constexpr QLatin1String command{"command"};
inline constexpr QLatin1String ack{"ack"};
inline constexpr QLatin1String error{"error"};
inline constexpr QLatin1String resync{"resync"};
inline constexpr QLatin1String ping{"ping"};
inline constexpr QLatin1String pong{"pong"};
inline constexpr QLatin1String presence{"presence"};
} // namespace frameTypes

inline constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

inline QString describe(const QJsonValue &value)
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

inline bool allCharsIn(QStringView text, bool (*allowed)(char16_t))
{
    for (QChar c : text) {
        if (!allowed(c.unicode()))
            return false;
    }
    return true;
}

inline bool isIdChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

inline bool isClientIdChar(char16_t c)
{
    return isIdChar(c) || c == u'.' || c == u':';
}

// Error codes, command names, event kinds, resync reasons.
inline bool isCodeChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}

// MIME types with their parameters ("audio/ogg; codecs=opus").
inline bool isMimeChar(char16_t c)
{
    return c >= 0x20 && c < 0x7f;
}

// A value from the input, quoted in an error only when it is short and plain.
inline QString quoted(QStringView text)
{
    if (text.size() <= 40 && allCharsIn(text, isMimeChar))
        return QLatin1Char('"') + text.toString() + QLatin1Char('"');
    return QStringLiteral("(not shown)");
}

// What is wrong with a string from the wire, or an empty string.
inline QString stringProblem(QStringView text, qsizetype maxChars)
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
    // Holds its own (implicitly shared, so cheap) copy of the object: decoders pass
    // temporaries such as item.toObject(), which a reference would outlive.
    Fields(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {
    }

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
            m_error = (m_path.isEmpty() ? QString() : m_path.chopped(1) + QStringLiteral(": ")) + problem;
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
    qint64 optionalId(QLatin1String name) { return integer(name, Need::Optional, 0, kMaxSafeInteger); }
    qint64 time(QLatin1String name, Need need) { return integer(name, need, 0, kMaxSafeInteger); }
    qint64 count(QLatin1String name, Need need, qint64 max = kMaxSafeInteger) { return integer(name, need, 0, max); }

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
    QString ascii(QLatin1String name, Need need, qsizetype minChars, qsizetype maxChars, bool (*allowed)(char16_t),
                  const QString &what)
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
    std::optional<Enum> enumeration(QLatin1String name, Need need, std::optional<Enum> (*parse)(const QString &))
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

    QJsonObject m_object;
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

inline QString clientIdProblem()
{
    return QStringLiteral("expected 1-64 of A-Z, a-z, 0-9, '-', '_', '.' and ':'");
}

} // namespace relaydesk::protocol::detail
