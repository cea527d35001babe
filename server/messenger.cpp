// Messenger Platform payloads: webhooks with entry[].messaging[] (messages,
// deliveries, reads, postbacks) and the Send API's bodies.

#include "webhookpayload.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QJsonArray>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

// An id the contact record can carry as it is: not empty, at most kMaxNameChars,
// valid Unicode without U+0000.
bool isChannelId(const QString &id)
{
    return !id.isEmpty() && id.size() <= kMaxNameChars && clampedText(id, kMaxNameChars) == id;
}

// Meta's times in ms; 0 when missing or not a time (a double beyond qint64 has no integer value).
qint64 milliseconds(const QJsonValue &value)
{
    const double ms = value.toDouble();
    return ms > 0 && ms < 32503680000000.0 ? qint64(ms) : 0;
}

void readMessaging(const QJsonObject &event, ParsedWebhook &parsed)
{
    const QString sender = event.value(QStringLiteral("sender")).toObject().value(QStringLiteral("id")).toString();
    const qint64 timestamp = milliseconds(event.value(QStringLiteral("timestamp")));
    if (event.contains(QStringLiteral("delivery"))) {
        for (const QJsonValue &mid :
             event.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("mids")).toArray())
            parsed.statuses.append(ChannelStatusUpdate{mid.toString(), MessageStatus::Delivered, {}});
        return;
    }
    if (event.contains(QStringLiteral("read"))) {
        const qint64 watermark = milliseconds(
            event.value(QStringLiteral("read")).toObject().value(QStringLiteral("watermark")));
        if (isChannelId(sender) && watermark > 0)
            parsed.reads.append({sender, watermark});
        else
            ++parsed.ignored;
        return;
    }
    InboundMessage inbound;
    inbound.channel = Channel::Messenger;
    inbound.senderId = sender;
    inbound.sentAt = timestamp;
    if (event.contains(QStringLiteral("postback"))) {
        // A button the customer pressed: its title is what they "said".
        const QJsonObject postback = event.value(QStringLiteral("postback")).toObject();
        inbound.channelMessageId = postback.value(QStringLiteral("mid")).toString();
        inbound.text = clampedText(postback.value(QStringLiteral("title")).toString(), kMaxTextChars);
        if (!isChannelId(sender) || inbound.text.isEmpty()) {
            ++parsed.ignored;
            return;
        }
        parsed.messages.append(inbound);
        return;
    }
    const QJsonObject message = event.value(QStringLiteral("message")).toObject();
    inbound.channelMessageId = message.value(QStringLiteral("mid")).toString();
    if (message.value(QStringLiteral("is_echo")).toBool()) {
        ++parsed.ignored; // our own sends, echoed back
        return;
    }
    if (!isChannelId(sender) || !isChannelId(inbound.channelMessageId)) {
        ++parsed.ignored;
        return;
    }
    inbound.replyToChannelId =
        message.value(QStringLiteral("reply_to")).toObject().value(QStringLiteral("mid")).toString();
    inbound.text = clampedText(message.value(QStringLiteral("text")).toString(), kMaxTextChars);
    const QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
    static const QHash<QString, MessageKind> kinds{{QStringLiteral("image"), MessageKind::Image},
                                                   {QStringLiteral("video"), MessageKind::Video},
                                                   {QStringLiteral("audio"), MessageKind::Audio},
                                                   {QStringLiteral("file"), MessageKind::Document}};
    int index = 0;
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        const QString type = attachment.value(QStringLiteral("type")).toString();
        const QString url =
            attachment.value(QStringLiteral("payload")).toObject().value(QStringLiteral("url")).toString();
        InboundMessage part = inbound;
        // One message per file; the first keeps the message's id and text.
        if (index > 0) {
            part.channelMessageId = QStringLiteral("%1#%2").arg(inbound.channelMessageId).arg(index);
            part.text.clear();
        }
        ++index;
        if (kinds.contains(type) && url.startsWith(QLatin1String("http"))) {
            part.kind = kinds.value(type);
            parsed.media.append(heldMedia(part, {}, url, {}, {}));
        } else {
            part.unsupportedType = type == QLatin1String("location") || type == QLatin1String("template")
                                           || type == QLatin1String("fallback")
                                       ? type
                                       : QStringLiteral("new kind of");
            parsed.messages.append(part);
        }
    }
    if (attachments.isEmpty()) {
        if (inbound.text.isEmpty())
            inbound.unsupportedType = QStringLiteral("new kind of");
        parsed.messages.append(inbound);
    }
}

} // namespace

ParsedWebhook parseMessengerWebhook(const QJsonObject &body, const QString &pageId)
{
    ParsedWebhook parsed;
    if (body.value(QStringLiteral("object")).toString() != QLatin1String("page")
        || !body.value(QStringLiteral("entry")).isArray()) {
        ++parsed.ignored;
        return parsed;
    }
    for (const QJsonValue &entryValue : body.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject entry = entryValue.toObject();
        if (entry.value(QStringLiteral("id")).toString() != pageId) {
            ++parsed.ignored;
            continue;
        }
        for (const QJsonValue &event : entry.value(QStringLiteral("messaging")).toArray())
            readMessaging(event.toObject(), parsed);
    }
    return parsed;
}

QJsonObject messengerSendBody(const OutboundMessage &out, bool withAttachment)
{
    QJsonObject body{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), out.contact.messengerPsid}}}};
    if (!out.templateCall.isEmpty()) {
        // Outside the 24 hours Messenger takes a tagged message instead of a template.
        body.insert(QStringLiteral("messaging_type"), QStringLiteral("MESSAGE_TAG"));
        body.insert(QStringLiteral("tag"),
                    out.templateCall.value(QStringLiteral("messenger_tag")).toString(QStringLiteral("ACCOUNT_UPDATE")));
    } else {
        body.insert(QStringLiteral("messaging_type"), QStringLiteral("RESPONSE"));
    }
    if (withAttachment && !out.message.attachments.isEmpty()) {
        const MessageKind kind = out.message.kind;
        const QString type = kind == MessageKind::Image   ? QStringLiteral("image")
                             : kind == MessageKind::Video ? QStringLiteral("video")
                             : kind == MessageKind::Audio ? QStringLiteral("audio")
                                                          : QStringLiteral("file");
        body.insert(QStringLiteral("message"),
                    QJsonObject{{QStringLiteral("attachment"),
                                 QJsonObject{{QStringLiteral("type"), type},
                                             {QStringLiteral("payload"),
                                              QJsonObject{{QStringLiteral("is_reusable"), false}}}}}});
    } else {
        // No reply reference: the Send API does not document one for pages.
        body.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), out.message.text}});
    }
    return body;
}

} // namespace relaydesk::server
