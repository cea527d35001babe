#include "protocol/codec.h"
#include "protocol/codec_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <limits>
#include <type_traits>

namespace relaydesk::protocol {

using namespace detail;

namespace {

constexpr qint64 kMaxPixels = kMaxImageSide;

// A "none" reference or time (0) is written as null.
QJsonValue nullable(qint64 value)
{
    return value == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
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

std::optional<Attachment> readAttachment(const QJsonObject &json, const QString &path, QString *error)
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
    c.version = f.count(key::version, Need::Optional);
    return finish(f, std::move(c), error);
}

bool isCurrencyChar(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

void readCustomFields(Fields &f, const QJsonObject &fields)
{
    if (fields.size() > kMaxCustomFields) {
        f.fail(key::customFields,
               QStringLiteral("too many fields (%1, at most %2)").arg(fields.size()).arg(kMaxCustomFields));
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString name = it.key();
        const QString nameProblem = stringProblem(name, kMaxCustomFieldKeyChars);
        if (name.isEmpty() || !nameProblem.isEmpty()) {
            f.fail(key::customFields, QStringLiteral("a field name is empty, too long or not valid Unicode"));
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
            f.fail(key::customFields, QStringLiteral("field %1: expected a string, number, boolean or null, got %2")
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
                                               : QStringLiteral("expected a string, got %1").arg(describe(tag));
        if (!problem.isEmpty() || tag.toString().isEmpty())
            f.fail(key::tags, QStringLiteral("item %1: %2")
                                  .arg(i)
                                  .arg(problem.isEmpty() ? QStringLiteral("must not be empty") : problem));
        else
            l.tags.append(tag.toString());
    }
    l.notes = f.string(key::notes, Need::Optional, kMaxNotesChars);
    // An older peer does not send the note list: normal.
    const QJsonArray noteList = f.array(key::noteList, Need::Optional, kMaxLeadNotes);
    for (qsizetype i = 0; i < noteList.size() && !f.failed(); ++i) {
        const QString itemPath = f.path() + QStringLiteral("note_list[%1]").arg(i);
        const QJsonValue item = noteList.at(i);
        if (!item.isObject()) {
            f.adopt(itemPath + QStringLiteral(": expected an object, got ") + describe(item));
            break;
        }
        Fields n(item.toObject(), itemPath + QLatin1Char('.'));
        LeadNote note;
        note.id = n.id(key::id);
        note.authorId = n.optionalId(key::authorId);
        note.authorName = n.string(key::authorName, Need::Optional, kMaxNameChars);
        note.text = n.string(key::text, Need::Required, kMaxLeadNoteChars);
        note.createdAt = n.time(key::createdAt, Need::Required);
        if (n.failed()) {
            f.adopt(n.error());
            break;
        }
        l.noteList.append(note);
    }
    l.customFields = f.object(key::customFields, Need::Optional);
    if (!f.failed())
        readCustomFields(f, l.customFields);
    l.version = f.integer(key::version, Need::Required, 1, kMaxSafeInteger);
    l.updatedAt = f.time(key::updatedAt, Need::Required);
    return finish(f, std::move(l), error);
}

std::optional<Conversation> readConversation(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    Conversation c;
    c.id = f.id(key::id);
    c.contactId = f.id(key::contactId);
    c.channel = f.enumeration(key::channel, Need::Required, channelFromString).value_or(c.channel);
    c.status = f.enumeration(key::status, Need::Required, conversationStatusFromString).value_or(c.status);
    c.assigneeId = f.optionalId(key::assigneeId);
    c.unreadCount = int(f.count(key::unreadCount, Need::Optional, kMaxInt));
    c.lastActivity = f.time(key::lastActivity, Need::Required);
    c.lastPreview = f.string(key::lastPreview, Need::Optional, kMaxTextChars);
    c.autopilot = f.enumeration(key::autopilot, Need::Optional, autopilotFromString).value_or(Autopilot::Off);
    c.muted = f.boolean(key::muted, Need::Optional);
    c.snoozedUntil = f.time(key::snoozedUntil, Need::Optional);
    c.windowExpiresAt = f.time(key::windowExpiresAt, Need::Optional);
    // An older peer does not send it: normal. An unknown value is an error.
    c.priority = f.enumeration(key::priority, Need::Optional, priorityFromString).value_or(Priority::Normal);
    return finish(f, std::move(c), error);
}

// A message's `activity`: its type and the fields that type needs, checked;
// a type this version does not know keeps what came (only its agent fields
// are checked). Returned as the fields read, so nothing unchecked is kept.
QJsonObject readActivity(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    QJsonObject a;
    const QString type = f.code(key::type, Need::Required);
    a.insert(key::type, type);
    const auto optionalRef = [&](QLatin1String name) {
        const qint64 id = f.optionalId(name);
        a.insert(name, id ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
    };
    const auto name = [&](QLatin1String field) {
        if (f.has(field))
            a.insert(field, f.string(field, Need::Optional, kMaxNameChars));
    };
    optionalRef(key::byAgentId);
    name(key::byAgentName);
    if (type == QLatin1String(activity::kAssigned)) {
        optionalRef(key::agentId);
        name(key::agentName);
    } else if (type == QLatin1String(activity::kStatus)) {
        const auto status = f.enumeration(key::status, Need::Required, conversationStatusFromString);
        if (status && *status == ConversationStatus::Snoozed)
            f.fail(key::status, QStringLiteral("a snooze is an activity of type \"snoozed\""));
        if (status)
            a.insert(key::status, toString(*status));
    } else if (type == QLatin1String(activity::kSnoozed)) {
        const qint64 until = f.time(key::until, Need::Optional);
        a.insert(key::until, until ? QJsonValue(until) : QJsonValue(QJsonValue::Null));
    } else if (type == QLatin1String(activity::kWoke)) {
        a.insert(key::reason, f.code(key::reason, Need::Required));
    } else if (type == QLatin1String(activity::kPriority)) {
        if (const auto priority = f.enumeration(key::priority, Need::Required, priorityFromString))
            a.insert(key::priority, toString(*priority));
    } else if (type == QLatin1String(activity::kAutopilot)) {
        if (const auto mode = f.enumeration(key::mode, Need::Required, autopilotFromString))
            a.insert(key::mode, toString(*mode));
        if (f.has(key::reason))
            a.insert(key::reason, f.code(key::reason, Need::Optional));
    } else {
        // A newer server's type: kept whole for a newer version of this client
        // to show once the history is read again; this one shows nothing.
        a = json;
    }
    if (f.failed()) {
        *error = f.error();
        return {};
    }
    return a;
}

std::optional<Message> readMessage(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    Message m;
    m.id = f.id(key::id);
    m.clientId = f.ascii(key::clientId, Need::Optional, 0, kMaxClientIdChars, isClientIdChar, clientIdProblem());
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
    if (!f.failed() && m.kind == MessageKind::Activity) {
        const QJsonObject activity = f.object(key::activity, Need::Required);
        QString problem;
        if (!f.failed()) {
            m.activity = readActivity(activity, f.path() + QStringLiteral("activity."), &problem);
            f.adopt(problem);
        }
    }
    const QJsonArray attachments = f.array(key::attachments, Need::Optional, kMaxAttachments);
    for (qsizetype i = 0; i < attachments.size() && !f.failed(); ++i) {
        const QString itemPath = f.path() + QStringLiteral("attachments[%1]").arg(i);
        const QJsonValue item = attachments.at(i);
        if (!item.isObject()) {
            f.adopt(itemPath + QStringLiteral(": expected an object, got ") + describe(item));
            break;
        }
        QString problem;
        const std::optional<Attachment> a = readAttachment(item.toObject(), itemPath + QLatin1Char('.'), &problem);
        if (!a) {
            f.adopt(problem);
            break;
        }
        m.attachments.append(*a);
    }
    return finish(f, std::move(m), error);
}

std::optional<MessageUpdate> readMessageUpdate(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    MessageUpdate u;
    u.id = f.optionalId(key::id);
    u.clientId = f.ascii(key::clientId, Need::Optional, 0, kMaxClientIdChars, isClientIdChar, clientIdProblem());
    if (!f.failed() && u.id == 0 && u.clientId.isEmpty())
        f.failWhole(QStringLiteral("needs an id or a client_id"));
    u.status = f.enumeration(key::status, Need::Optional, messageStatusFromString);
    u.failureReason = f.string(key::failureReason, Need::Optional, kMaxReasonChars);
    if (f.has(key::text))
        u.text = f.string(key::text, Need::Optional, kMaxTextChars);
    u.editedAt = f.time(key::editedAt, Need::Optional);
    return finish(f, std::move(u), error);
}

std::optional<MessageDeletion> readMessageDeletion(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    MessageDeletion d;
    d.id = f.id(key::id);
    return finish(f, d, error);
}

std::optional<ContactErasure> readContactErasure(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    ContactErasure e;
    e.contactId = f.id(key::contactId);
    return finish(f, e, error);
}

std::optional<BodiesPurge> readBodiesPurge(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    BodiesPurge p;
    p.before = f.time(key::before, Need::Required);
    return finish(f, p, error);
}

std::optional<WorkspaceSettings> readWorkspaceSettings(const QJsonObject &json, const QString &path, QString *error)
{
    Fields f(json, path);
    WorkspaceSettings w;
    w.autopilotAway = f.enumeration(key::autopilotAway, Need::Optional, autopilotFromString).value_or(Autopilot::Off);
    w.aiSuggestions = f.boolean(key::aiSuggestions, Need::Optional);
    w.updatedAt = f.time(key::updatedAt, Need::Optional);
    return finish(f, w, error);
}

std::optional<EventPayload> readPayload(const QString &kind, const QJsonObject &data, const QString &path,
                                        QString *error)
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
    if (kind == QLatin1String(eventKinds::kWorkspaceUpdated))
        return wrap(readWorkspaceSettings(data, path, error));
    if (error)
        *error = QStringLiteral("kind: unknown event kind %1").arg(quoted(kind));
    return std::nullopt;
}

} // namespace

// --- Public: records ---------------------------------------------------------------------

QJsonObject toJson(const Attachment &a)
{
    return QJsonObject{{key::mediaId, a.mediaId},       {key::mimeType, a.mimeType}, {key::size, a.size},
                       {key::sha256, a.sha256},         {key::width, a.width},       {key::height, a.height},
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
                       {key::updatedAt, c.updatedAt},
                       {key::version, c.version}};
}

QJsonArray noteListJson(const QVector<LeadNote> &notes)
{
    QJsonArray list;
    for (const LeadNote &n : notes) {
        list.append(QJsonObject{{key::id, n.id},
                                {key::authorId, nullable(n.authorId)},
                                {key::authorName, n.authorName},
                                {key::text, n.text},
                                {key::createdAt, n.createdAt}});
    }
    return list;
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
                       {key::noteList, noteListJson(l.noteList)},
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
                       {key::windowExpiresAt, nullable(c.windowExpiresAt)},
                       {key::priority, toString(c.priority)}};
}

QJsonObject toJson(const Message &m)
{
    QJsonArray attachments;
    for (const Attachment &a : m.attachments)
        attachments.append(toJson(a));
    QJsonObject o{{key::id, m.id},
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
    if (m.kind == MessageKind::Activity)
        o.insert(key::activity, m.activity);
    return o;
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

QJsonObject toJson(const SkippedEvent &skipped)
{
    return QJsonObject{{QStringLiteral("kind"), skipped.kind}, {QStringLiteral("problem"), skipped.problem}};
}

QJsonObject toJson(const WorkspaceSettings &w)
{
    return QJsonObject{{key::autopilotAway, toString(w.autopilotAway)},
                       {key::aiSuggestions, w.aiSuggestions},
                       {key::updatedAt, nullable(w.updatedAt)}};
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
std::optional<WorkspaceSettings> workspaceSettingsFromJson(const QJsonObject &json, QString *error)
{
    return readWorkspaceSettings(json, QString(), error);
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
            else if constexpr (std::is_same_v<T, BodiesPurge>)
                return eventKinds::kBodiesPurged;
            else if constexpr (std::is_same_v<T, SkippedEvent>)
                return eventKinds::kSkipped;
            else
                return eventKinds::kWorkspaceUpdated;
        },
        payload);
    return QString::fromLatin1(kind);
}

QJsonObject payloadToJson(const EventPayload &payload)
{
    return std::visit([](const auto &record) { return toJson(record); }, payload);
}

std::optional<EventPayload> payloadFromJson(const QString &kind, const QJsonObject &data, QString *error)
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

QString clampedText(QStringView text, qsizetype maxChars)
{
    QString clamped;
    clamped.reserve(qMin(text.size(), maxChars * 2));
    qsizetype chars = 0;
    for (qsizetype i = 0; i < text.size() && chars < maxChars; ++i, ++chars) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            clamped.append(c);
            clamped.append(text[++i]);
        } else if (c.isSurrogate() || c.isNull()) {
            clamped.append(QChar(QChar::ReplacementCharacter));
        } else {
            clamped.append(c);
        }
    }
    return clamped;
}

QString textProblem(QStringView text)
{
    return stringProblem(text, std::numeric_limits<qsizetype>::max());
}

QString firstTextProblem(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        const QString problem = textProblem(value.toString());
        return problem.isEmpty() ? QString() : path + QStringLiteral(": ") + problem;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString problem = firstTextProblem(array.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!problem.isEmpty())
                return problem;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key();
            if (const QString problem = textProblem(name); !problem.isEmpty())
                return path + QStringLiteral(" (a field name): ") + problem;
            const QString problem = firstTextProblem(it.value(),
                                                     path.isEmpty() ? name : path + QLatin1Char('.') + name);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

QJsonValue withReadableText(const QJsonValue &value)
{
    const auto readable = [](const QString &text) {
        return textProblem(text).isEmpty() ? text : clampedText(text, text.size());
    };
    if (value.isString())
        return readable(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withReadableText(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(readable(it.key()), withReadableText(it.value()));
        return object;
    }
    return value;
}

std::optional<Event> salvageEvent(QByteArrayView bytes, QString *problem)
{
    if (bytes.size() > kMaxFrameBytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(bytes.toByteArray()).object();
    Fields f(json, QString());
    if (json.value(key::type) != QJsonValue(QString(frameTypes::event)))
        return std::nullopt;
    const qint64 seq = f.id(key::seq);
    if (f.failed())
        return std::nullopt;
    QString why;
    if (std::optional<Event> readable = decodeEvent(withReadableText(json).toObject(), &why)) {
        if (problem)
            *problem = QStringLiteral("unreadable characters shown as U+FFFD");
        return readable;
    }
    if (problem)
        *problem = why;
    return Event{seq, SkippedEvent{json.value(key::kind).toString().left(64), why}};
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
