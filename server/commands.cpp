#include "commands.h"

#include "accounts.h"
#include "channelsettings.h"
#include "contactfields.h"
#include "mediastore.h"

#include <QJsonArray>

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QDateTime>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

// Not in protocol/frames.h yet: the client sends it by name.
constexpr char kConversationMute[] = "conversation.mute";
constexpr char kConversationUnread[] = "conversation.unread";

Change invalid(const QString &message)
{
    return Change::failure(QString::fromLatin1(errors::kBadRequest), message);
}

// A positive integer argument, or 0.
qint64 idArg(const QJsonObject &args, const char *name)
{
    const QJsonValue value = args.value(QLatin1String(name));
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    if (number < 1 || number > 9007199254740991.0 || number != double(qint64(number)))
        return 0;
    return qint64(number);
}

// contact.update's name, email and phone: each given one checked
// (contactfields.h), trimmed; a missing or null one keeps its value.
Change readContactEdit(const QJsonObject &args, ContactEdit *edit)
{
    const struct
    {
        const char *field;
        std::optional<QString> *value;
        QString (*problem)(const QString &);
    } fields[] = {{"name", &edit->name, contactfields::nameProblem},
                  {"email", &edit->email, contactfields::emailProblem},
                  {"phone", &edit->phone, contactfields::phoneProblem}};
    for (const auto &[field, value, problem] : fields) {
        const QJsonValue given = args.value(QLatin1String(field));
        if (given.isUndefined() || given.isNull())
            continue;
        if (!given.isString())
            return invalid(QStringLiteral("%1: expected a string").arg(QLatin1String(field)));
        const QString text = given.toString().trimmed();
        const QString why = problem(text);
        if (!why.isEmpty())
            return invalid(QStringLiteral("%1: %2").arg(QLatin1String(field), why));
        *value = text;
    }
    if (!edit->name && !edit->email && !edit->phone)
        return invalid(QStringLiteral("contact.update changes at least one of name, email and phone."));
    return Change{};
}

// Whether the autopilot has something to answer with in `mode`; else the
// refusal, saying who sets it up and where. Off is always allowed.
Change autopilotRefusal(const std::optional<ChannelSettings> &settings, Autopilot mode)
{
    const QString where = QStringLiteral(
        "A workspace admin sets it up in the workspace's channel settings on the server "
        "(relaydesk-server --workspace NAME --channel-settings FILE; see docs/channels.md).");
    if (mode == Autopilot::Ai && (!settings || !settings->aiEnabled()))
        return Change::failure(QString::fromLatin1(errors::kAiNotConfigured),
                               QStringLiteral("This workspace has no AI set up, so the autopilot cannot answer with "
                                              "it. %1 (autopilot.ai)")
                                   .arg(where));
    const bool answers = settings
                         && (!settings->rules.isEmpty() || !settings->fallback.isEmpty()
                             || (settings->hasHours && !settings->outsideHoursAnswer.isEmpty()));
    if (mode == Autopilot::Rules && !answers)
        return Change::failure(QString::fromLatin1(errors::kNotConfigured),
                               QStringLiteral("This workspace has no autopilot answers set up (no rules and no "
                                              "fallback answer), so the autopilot would not answer anyone. %1 "
                                              "(autopilot.rules, autopilot.fallback)")
                                   .arg(where));
    return Change{};
}

// message.send with "template": {"name", "parameters": [...]}: an approved
// template of the workspace, which may go outside the customer-service window.
Change sendTemplate(WorkspaceData &data, const Agent &agent, const Command &command, qint64 conversationId)
{
    const QJsonObject call = command.args.value(QStringLiteral("template")).toObject();
    const QString name = call.value(QStringLiteral("name")).toString();
    if (!conversationId || name.isEmpty())
        return invalid(QStringLiteral("A template message needs a conversation_id and template.name."));
    if (!command.args.value(QStringLiteral("attachments")).toArray().isEmpty())
        return invalid(QStringLiteral("A template message carries no attachments."));
    const std::optional<ChannelSettings> settings = data.channelSettings()
                                                        ? data.channelSettings()->settings(agent.workspaceId)
                                                        : std::nullopt;
    const std::optional<MessageTemplate> found = settings ? settings->findTemplate(name) : std::nullopt;
    if (!found)
        return Change::failure(QString::fromLatin1(errors::kNotFound),
                               QStringLiteral("This workspace has no template named \"%1\".").arg(name.left(64)));
    const QJsonArray parameters = call.value(QStringLiteral("parameters")).toArray();
    if (parameters.size() != found->parameters)
        return invalid(
            QStringLiteral("The template \"%1\" takes %2 parameters.").arg(found->name).arg(found->parameters));
    QString text = found->body;
    QJsonArray values;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString value = parameters.at(i).toString();
        // WhatsApp refuses parameters with new lines, tabs or long runs of spaces.
        if (!parameters.at(i).isString() || value.trimmed().isEmpty() || codePointCount(value) > 1024
            || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\t'))
            || value.contains(QLatin1String("    ")))
            return invalid(QStringLiteral("Template parameter %1 must be 1-1024 characters on one line.").arg(i + 1));
        text.replace(QStringLiteral("{{%1}}").arg(i + 1), value);
        values.append(value);
    }
    if (codePointCount(text) > kMaxTextChars)
        return invalid(QStringLiteral("The filled-in template is longer than %1 characters.").arg(kMaxTextChars));
    const QJsonObject templateCall{{QStringLiteral("name"), found->name},
                                   {QStringLiteral("language"), found->language},
                                   {QStringLiteral("parameters"), values},
                                   {QStringLiteral("messenger_tag"), found->messengerTag}};
    return data.sendMessage(agent, conversationId, MessageKind::Text, text, command.clientId,
                            idArg(command.args, "reply_to"), {}, templateCall, settings->pauseOnAgentReply);
}

} // namespace

Change runCommand(WorkspaceData &data, MediaStore &media, const Agent &agent, const Command &command,
                  const PresenceLifetimes &lifetimes, std::optional<Presence> *presence)
{
    const QJsonObject &args = command.args;
    const QString &name = command.name;
    const qint64 conversationId = idArg(args, "conversation_id");

    if (name == QLatin1String(commands::kMessageSend) && args.contains(QStringLiteral("template")))
        return sendTemplate(data, agent, command, conversationId);
    if (name == QLatin1String(commands::kMessageSend)) {
        const QString text = args.value(QStringLiteral("text")).toString();
        const QString kindName = args.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
        const std::optional<MessageKind> kind = messageKindFromString(kindName);
        if (!conversationId)
            return invalid(QStringLiteral("message.send needs a conversation_id."));
        const QJsonValue replyArg = args.value(QStringLiteral("reply_to"));
        if (!replyArg.isUndefined() && !replyArg.isNull() && !idArg(args, "reply_to"))
            return invalid(QStringLiteral("reply_to: a message's id, or null."));
        const QJsonArray files = args.value(QStringLiteral("attachments")).toArray();
        if (files.size() > kMaxAttachments)
            return invalid(QStringLiteral("A message carries at most %1 attachments.").arg(kMaxAttachments));
        QVector<Attachment> attachments;
        for (const QJsonValue &file : files) {
            // Only files uploaded to this workspace; the details come from the server's record.
            const auto stored = media.find(agent.workspaceId,
                                           file.toObject().value(QStringLiteral("media_id")).toString());
            if (!stored)
                return Change::failure(QString::fromLatin1(errors::kNotFound),
                                       QStringLiteral("An attachment was not uploaded here."));
            attachments.append(Attachment{stored->id, stored->mimeType, stored->size, stored->sha256, stored->width,
                                          stored->height, 0, stored->fileName});
        }
        if (!kind || (*kind != MessageKind::Text && *kind != MessageKind::Note))
            return invalid(QStringLiteral("The kind of a sent message is text or note; attachments decide the rest."));
        if ((text.trimmed().isEmpty() && attachments.isEmpty()) || codePointCount(text) > kMaxTextChars)
            return invalid(
                QStringLiteral("A message needs text of at most %1 characters, or an attachment.").arg(kMaxTextChars));
        const MessageKind sentKind = attachments.isEmpty() || *kind == MessageKind::Note
                                         ? *kind
                                         : MediaStore::kindFor(attachments.constFirst().mimeType);
        const std::optional<ChannelSettings> settings = data.channelSettings()
                                                            ? data.channelSettings()->settings(agent.workspaceId)
                                                            : std::nullopt;
        // An agent's reply pauses the autopilot, unless the workspace said otherwise.
        const bool pause = sentKind != MessageKind::Note && (!settings || settings->pauseOnAgentReply);
        return data.sendMessage(agent, conversationId, sentKind, text, command.clientId, idArg(args, "reply_to"),
                                attachments, {}, pause);
    }
    if (name == QLatin1String(commands::kConversationRead)) {
        const QJsonValue upToArg = args.value(QStringLiteral("up_to"));
        if (!conversationId || (!upToArg.isUndefined() && !upToArg.isNull() && !idArg(args, "up_to")))
            return invalid(QStringLiteral("conversation.read needs a conversation_id (and up_to, a message id)."));
        return data.markRead(agent, conversationId, idArg(args, "up_to"));
    }
    if (name == QLatin1String(kConversationUnread)) {
        if (!conversationId)
            return invalid(QStringLiteral("conversation.unread needs a conversation_id."));
        return data.markUnread(agent, conversationId);
    }
    if (name == QLatin1String(commands::kConversationStatus)) {
        const std::optional<ConversationStatus> status = conversationStatusFromString(
            args.value(QStringLiteral("status")).toString());
        if (!conversationId || !status)
            return invalid(QStringLiteral("conversation.status needs a conversation_id and a status."));
        // snoozed_until: a future time, or absent or null for a snooze until
        // the customer writes; only with snoozed.
        const QJsonValue untilArg = args.value(QStringLiteral("snoozed_until"));
        const bool timed = !untilArg.isUndefined() && !untilArg.isNull();
        const qint64 until = idArg(args, "snoozed_until");
        if (timed && *status != ConversationStatus::Snoozed)
            return invalid(QStringLiteral("snoozed_until goes only with the status snoozed."));
        if (timed && (!until || until <= QDateTime::currentMSecsSinceEpoch()))
            return invalid(QStringLiteral(
                "snoozed_until: a time in the future (milliseconds since 1970), or null to snooze until the "
                "customer writes."));
        return data.setStatus(agent, conversationId, *status, until);
    }
    if (name == QLatin1String(commands::kConversationAssign)) {
        const QJsonValue target = args.value(QStringLiteral("agent_id"));
        const qint64 assignee = idArg(args, "agent_id");
        if (!conversationId || (!target.isNull() && !assignee))
            return invalid(QStringLiteral("conversation.assign needs a conversation_id and an agent_id (or null)."));
        return data.assign(agent, conversationId, assignee);
    }
    if (name == QLatin1String(commands::kConversationAutopilot)) {
        const std::optional<Autopilot> mode = autopilotFromString(args.value(QStringLiteral("mode")).toString());
        if (!conversationId || !mode)
            return invalid(
                QStringLiteral("conversation.autopilot needs a conversation_id and a mode (off, rules, ai)."));
        if (*mode != Autopilot::Off) {
            if (!data.conversation(agent.workspaceId, conversationId))
                return Change::failure(QString::fromLatin1(errors::kNotFound),
                                       QStringLiteral("There is no such conversation."));
            const Change refusal = autopilotRefusal(
                data.channelSettings() ? data.channelSettings()->settings(agent.workspaceId) : std::nullopt, *mode);
            if (!refusal.ok())
                return refusal;
        }
        return data.setAutopilot(agent, conversationId, *mode);
    }
    if (name == QLatin1String(commands::kConversationPriority)) {
        const std::optional<Priority> priority = priorityFromString(args.value(QStringLiteral("priority")).toString());
        if (!conversationId || !priority)
            return invalid(QStringLiteral(
                "conversation.priority needs a conversation_id and a priority (low, normal, high, urgent)."));
        return data.setPriority(agent, conversationId, *priority);
    }
    if (name == QLatin1String(kConversationMute)) {
        const QJsonValue muted = args.value(QStringLiteral("muted"));
        if (!conversationId || !muted.isBool())
            return invalid(QStringLiteral("conversation.mute needs a conversation_id and muted: true or false."));
        return data.setMuted(agent, conversationId, muted.toBool());
    }
    if (name == QLatin1String(commands::kLeadUpdate)) {
        const qint64 contactId = idArg(args, "contact_id");
        const QJsonValue version = args.value(QStringLiteral("version"));
        if (!contactId || !version.isDouble())
            return invalid(QStringLiteral("lead.update needs a contact_id and the version it edits."));
        return data.updateLead(agent, contactId, qint64(version.toDouble()), args);
    }
    if (name == QLatin1String(commands::kContactUpdate)) {
        const qint64 contactId = idArg(args, "contact_id");
        const QJsonValue version = args.value(QStringLiteral("version"));
        if (!contactId || !version.isDouble())
            return invalid(QStringLiteral("contact.update needs a contact_id and the version it edits."));
        ContactEdit edit;
        const Change refusal = readContactEdit(args, &edit);
        if (!refusal.ok())
            return refusal;
        return data.updateContact(agent, contactId, qint64(version.toDouble()), edit);
    }
    if (name == QLatin1String(commands::kLeadNote)) {
        const qint64 contactId = idArg(args, "contact_id");
        const QString text = args.value(QStringLiteral("text")).toString().trimmed();
        if (!contactId || text.isEmpty() || text.size() > protocol::kMaxLeadNoteChars)
            return invalid(QStringLiteral("lead.note needs a contact_id and a text of 1 to 4096 characters."));
        return data.addLeadNote(agent, contactId, text);
    }
    if (name == QLatin1String(commands::kWorkspaceAutopilotAway)) {
        if (agent.role != QLatin1String("admin"))
            return Change::failure(QString::fromLatin1(errors::kForbidden),
                                   QStringLiteral("Only the workspace's admins may change the autopilot while away."));
        const QJsonValue modeArg = args.value(QStringLiteral("mode"));
        const std::optional<Autopilot> mode = modeArg.isString() ? autopilotFromString(modeArg.toString())
                                                                 : std::nullopt;
        if (!mode)
            return invalid(QStringLiteral("workspace.autopilot_away needs a mode: off, rules or ai."));
        return data.setAutopilotAway(agent, *mode);
    }
    if (name == QLatin1String(commands::kTyping) || name == QLatin1String(commands::kConversationViewing)) {
        if (!conversationId || !data.conversation(agent.workspaceId, conversationId))
            return Change::failure(QString::fromLatin1(errors::kNotFound),
                                   QStringLiteral("There is no such conversation."));
        const bool typing = name == QLatin1String(commands::kTyping);
        const QJsonValue viewing = args.value(QStringLiteral("viewing"));
        if (!typing && !viewing.isUndefined() && !viewing.isNull() && !viewing.isBool())
            return invalid(QStringLiteral("conversation.viewing takes viewing: true or false."));
        const bool ended = !typing && viewing.isBool() && !viewing.toBool();
        *presence = Presence{conversationId, agent.id, typing ? PresenceActivity::Typing : PresenceActivity::Viewing,
                             ended ? 0
                                   : QDateTime::currentMSecsSinceEpoch()
                                         + (typing ? lifetimes.typingMs : lifetimes.viewingMs)};
        return Change{};
    }
    return Change::failure(QString::fromLatin1(errors::kUnknownCommand),
                           QStringLiteral("This server does not know the command \"%1\".").arg(name.left(64)));
}

} // namespace relaydesk::server
