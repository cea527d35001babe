#pragma once

// What the channel adapters (whatsapp.cpp, messenger.cpp) read from Meta's
// webhooks and write for Meta's send endpoints.

#include "workspacedata.h"

#include "protocol/types.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace relaydesk::server {

// A channel's news about a message it carried.
struct ChannelStatusUpdate
{
    QString channelMessageId;
    protocol::MessageStatus status = protocol::MessageStatus::Sent;
    QString reason; // with failed
};

// One webhook, read. Media messages are not ready to store: their bytes are
// fetched first, from what `media` holds (kept in the inbox meanwhile).
struct ParsedWebhook
{
    QVector<InboundMessage> messages;
    QVector<QJsonObject> media; // see heldMedia() / inboundFromHeld()
    QVector<ChannelStatusUpdate> statuses;
    QVector<std::pair<QString, qint64>> reads; // Messenger: (PSID, watermark ms)
    int ignored = 0;                           // entries of another number or page, unknown fields, malformed items
};

// WhatsApp Cloud API: entry[].changes[].value with messages[] and statuses[],
// for the business number `phoneNumberId` (other numbers' entries are ignored).
ParsedWebhook parseWhatsAppWebhook(const QJsonObject &body, const QString &phoneNumberId);
// Messenger: entry[].messaging[] for the page `pageId`.
ParsedWebhook parseMessengerWebhook(const QJsonObject &body, const QString &pageId);

// Inbound media waiting for its bytes, as kept in the inbox: the message
// (without attachments) and where its file is (a WhatsApp media id, or a
// Messenger URL), with the type and name the channel gave.
QJsonObject heldMedia(const InboundMessage &message, const QString &mediaId, const QString &url,
                      const QString &mimeType, const QString &fileName);
InboundMessage inboundFromHeld(const QJsonObject &held);

// The body of POST {graph_base}/{phone-number-id}/messages: text, a media
// message (with the id the media upload returned), or a template.
QJsonObject whatsAppSendBody(const OutboundMessage &out, const QString &uploadedMediaId);
// The body of POST {graph_base}/{page-id}/messages (the Send API): text, or
// a template as a tagged message outside the window. Attachments go as
// multipart; this is then the `message` part.
QJsonObject messengerSendBody(const OutboundMessage &out, bool withAttachment);

} // namespace relaydesk::server
