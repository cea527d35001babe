// WhatsApp Cloud API payloads: the webhooks Meta posts (entry[].changes[].value
// with messages[] and statuses[]) and the messages the server sends.

#include "webhookpayload.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

// Meta's timestamps are seconds, as strings; 0 when missing or odd.
qint64 secondsToMs(const QJsonValue &value)
{
    bool ok = false;
    // A number is checked before it becomes an integer: a double beyond qint64 has no integer value.
    const double number = value.toDouble();
    const qint64 seconds = value.isString()                       ? value.toString().toLongLong(&ok)
                           : number > 0 && number < 32503680000.0 ? qint64(number)
                                                                  : 0;
    if (value.isDouble())
        ok = true;
    return ok && seconds > 0 && seconds < 32503680000LL ? seconds * 1000 : 0;
}

// An id the contact record can carry as it is: not empty, at most `maxChars`,
// valid Unicode without U+0000.
bool isChannelId(const QString &id, qsizetype maxChars = kMaxNameChars)
{
    return !id.isEmpty() && id.size() <= maxChars && clampedText(id, maxChars) == id;
}

// A type name fit for a sentence: sticker, location, "something else".
QString typeName(const QString &type)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_]{1,32}$"));
    return plain.match(type).hasMatch() ? type : QStringLiteral("new kind of");
}

QString failureReason(const QJsonArray &errors)
{
    const QJsonObject error = errors.first().toObject();
    const int code = error.value(QStringLiteral("code")).toInt();
    const QString title =
        clampedText(error.value(QStringLiteral("title")).toString(error.value(QStringLiteral("message")).toString()),
                    300);
    const QString details =
        clampedText(error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString(),
                    300);
    if (title.isEmpty())
        return QStringLiteral("WhatsApp could not deliver the message.");
    QString reason = code ? QStringLiteral("WhatsApp could not deliver it: (#%1) %2").arg(code).arg(title)
                          : QStringLiteral("WhatsApp could not deliver it: %1").arg(title);
    if (!details.isEmpty() && details != title)
        reason += QStringLiteral(" — ") + details;
    return reason;
}

void readMessage(const QJsonObject &m, const QHash<QString, QString> &names, ParsedWebhook &parsed)
{
    InboundMessage inbound;
    inbound.channel = Channel::WhatsApp;
    inbound.senderId = m.value(QStringLiteral("from")).toString();
    inbound.channelMessageId = m.value(QStringLiteral("id")).toString();
    const QString type = m.value(QStringLiteral("type")).toString();
    // The sender's id is also the contact's phone number, after a "+".
    if (!isChannelId(inbound.senderId, kMaxNameChars - 1) || !isChannelId(inbound.channelMessageId) || type.isEmpty()) {
        ++parsed.ignored;
        return;
    }
    inbound.senderName = clampedText(names.value(inbound.senderId), kMaxNameChars);
    inbound.sentAt = secondsToMs(m.value(QStringLiteral("timestamp")));
    inbound.replyToChannelId = m.value(QStringLiteral("context")).toObject().value(QStringLiteral("id")).toString();

    static const QHash<QString, MessageKind> mediaKinds{{QStringLiteral("image"), MessageKind::Image},
                                                        {QStringLiteral("sticker"), MessageKind::Image},
                                                        {QStringLiteral("video"), MessageKind::Video},
                                                        {QStringLiteral("audio"), MessageKind::Audio},
                                                        {QStringLiteral("document"), MessageKind::Document}};
    if (type == QLatin1String("text")) {
        inbound.text = m.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
        if (inbound.text.isEmpty()) {
            ++parsed.ignored;
            return;
        }
    } else if (mediaKinds.contains(type)) {
        const QJsonObject media = m.value(type).toObject();
        const QString mediaId = media.value(QStringLiteral("id")).toString();
        if (mediaId.isEmpty() || mediaId.size() > 256) {
            ++parsed.ignored;
            return;
        }
        inbound.kind = mediaKinds.value(type);
        inbound.text = media.value(QStringLiteral("caption")).toString();
        parsed.media.append(heldMedia(inbound, mediaId, {}, media.value(QStringLiteral("mime_type")).toString(),
                                      media.value(QStringLiteral("filename")).toString()));
        return;
    } else if (type == QLatin1String("button")) {
        inbound.text = m.value(QStringLiteral("button")).toObject().value(QStringLiteral("text")).toString();
    } else if (type == QLatin1String("interactive")) {
        const QJsonObject interactive = m.value(QStringLiteral("interactive")).toObject();
        const QString kind = interactive.value(QStringLiteral("type")).toString();
        inbound.text = interactive.value(kind).toObject().value(QStringLiteral("title")).toString();
    }
    if (inbound.text.isEmpty())
        inbound.unsupportedType = typeName(type == QLatin1String("unsupported") ? QString() : type);
    inbound.text = clampedText(inbound.text, kMaxTextChars);
    parsed.messages.append(inbound);
}

} // namespace

QJsonObject heldMedia(const InboundMessage &message, const QString &mediaId, const QString &url,
                      const QString &mimeType, const QString &fileName)
{
    return QJsonObject{{QStringLiteral("channel"), toString(message.channel)},
                       {QStringLiteral("sender_id"), message.senderId},
                       {QStringLiteral("sender_name"), message.senderName},
                       {QStringLiteral("channel_message_id"), message.channelMessageId},
                       {QStringLiteral("kind"), toString(message.kind)},
                       {QStringLiteral("text"), clampedText(message.text, kMaxTextChars)},
                       {QStringLiteral("reply_to"), message.replyToChannelId},
                       {QStringLiteral("sent_at"), message.sentAt},
                       {QStringLiteral("media_id"), mediaId},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("mime_type"), mimeType.left(255)},
                       {QStringLiteral("file_name"), clampedText(fileName, kMaxNameChars)}};
}

InboundMessage inboundFromHeld(const QJsonObject &held)
{
    InboundMessage m;
    m.channel = channelFromString(held.value(QStringLiteral("channel")).toString()).value_or(Channel::WhatsApp);
    m.senderId = held.value(QStringLiteral("sender_id")).toString();
    m.senderName = held.value(QStringLiteral("sender_name")).toString();
    m.channelMessageId = held.value(QStringLiteral("channel_message_id")).toString();
    m.kind = messageKindFromString(held.value(QStringLiteral("kind")).toString()).value_or(MessageKind::Document);
    m.text = held.value(QStringLiteral("text")).toString();
    m.replyToChannelId = held.value(QStringLiteral("reply_to")).toString();
    m.sentAt = qint64(held.value(QStringLiteral("sent_at")).toDouble());
    return m;
}

ParsedWebhook parseWhatsAppWebhook(const QJsonObject &body, const QString &phoneNumberId)
{
    ParsedWebhook parsed;
    if (body.value(QStringLiteral("object")).toString() != QLatin1String("whatsapp_business_account")
        || !body.value(QStringLiteral("entry")).isArray()) {
        ++parsed.ignored;
        return parsed;
    }
    for (const QJsonValue &entryValue : body.value(QStringLiteral("entry")).toArray()) {
        for (const QJsonValue &changeValue : entryValue.toObject().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = changeValue.toObject();
            const QJsonObject value = change.value(QStringLiteral("value")).toObject();
            const QString number =
                value.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("phone_number_id")).toString();
            if (change.value(QStringLiteral("field")).toString() != QLatin1String("messages")
                || number != phoneNumberId) {
                ++parsed.ignored;
                continue;
            }
            QHash<QString, QString> names;
            for (const QJsonValue &contact : value.value(QStringLiteral("contacts")).toArray()) {
                const QJsonObject c = contact.toObject();
                names.insert(c.value(QStringLiteral("wa_id")).toString(),
                             c.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString());
            }
            for (const QJsonValue &message : value.value(QStringLiteral("messages")).toArray())
                readMessage(message.toObject(), names, parsed);
            for (const QJsonValue &statusValue : value.value(QStringLiteral("statuses")).toArray()) {
                const QJsonObject s = statusValue.toObject();
                ChannelStatusUpdate update;
                update.channelMessageId = s.value(QStringLiteral("id")).toString();
                const QString status = s.value(QStringLiteral("status")).toString();
                const std::optional<MessageStatus> known = messageStatusFromString(status);
                if (!isChannelId(update.channelMessageId) || !known || *known == MessageStatus::Queued) {
                    ++parsed.ignored; // "deleted", "warning" and what Meta adds later
                    continue;
                }
                update.status = *known;
                if (update.status == MessageStatus::Failed)
                    update.reason = failureReason(s.value(QStringLiteral("errors")).toArray());
                parsed.statuses.append(update);
            }
        }
    }
    return parsed;
}

QJsonObject whatsAppSendBody(const OutboundMessage &out, const QString &uploadedMediaId)
{
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), out.contact.whatsappId}};
    const Message &m = out.message;
    // A reply to a customer's message shows as one on the phone.
    if (!out.replyToChannelId.isEmpty())
        body.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), out.replyToChannelId}});
    if (!out.templateCall.isEmpty()) {
        QJsonObject templ{{QStringLiteral("name"), out.templateCall.value(QStringLiteral("name"))},
                          {QStringLiteral("language"),
                           QJsonObject{{QStringLiteral("code"), out.templateCall.value(QStringLiteral("language"))}}}};
        QJsonArray parameters;
        for (const QJsonValue &p : out.templateCall.value(QStringLiteral("parameters")).toArray())
            parameters.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p.toString()}});
        if (!parameters.isEmpty())
            templ.insert(QStringLiteral("components"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                                {QStringLiteral("parameters"), parameters}}});
        body.insert(QStringLiteral("type"), QStringLiteral("template"));
        body.insert(QStringLiteral("template"), templ);
        return body;
    }
    if (!uploadedMediaId.isEmpty() && !m.attachments.isEmpty()) {
        const QString type = toString(m.kind);
        QJsonObject media{{QStringLiteral("id"), uploadedMediaId}};
        if (m.kind != MessageKind::Audio && !m.text.isEmpty())
            media.insert(QStringLiteral("caption"), m.text);
        if (m.kind == MessageKind::Document)
            media.insert(QStringLiteral("filename"), m.attachments.constFirst().fileName);
        body.insert(QStringLiteral("type"), type);
        body.insert(type, media);
        return body;
    }
    body.insert(QStringLiteral("type"), QStringLiteral("text"));
    body.insert(QStringLiteral("text"),
                QJsonObject{{QStringLiteral("preview_url"), false}, {QStringLiteral("body"), m.text}});
    return body;
}

} // namespace relaydesk::server
