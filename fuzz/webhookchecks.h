#pragma once

// What the server stores from a parsed webhook must be what every client can
// decode (DESIGN.md invariant 8): the message, the contact it adds, a status's
// failure reason, and media messages once their file is fetched or given up.
// Built here the way webhookapi.cpp, channelmessages.cpp and inboundmedia.cpp do.

#include "fuzzcommon.h"
#include "webhookpayload.h"

#include "protocol/filenames.h"

#include <QJsonDocument>

namespace relaydesk::fuzz {

inline void checkInbound(const server::InboundMessage &inbound)
{
    using namespace relaydesk::protocol;
    const bool whatsapp = inbound.channel == Channel::WhatsApp;
    // WorkspaceData::findOrAddChannelContact
    Contact contact;
    contact.id = 1;
    contact.name = !inbound.senderName.trimmed().isEmpty()
                       ? clampedText(inbound.senderName.trimmed(), kMaxNameChars)
                       : (whatsapp ? QStringLiteral("+") + inbound.senderId
                                   : QStringLiteral("Messenger %1").arg(inbound.senderId.right(6)));
    if (whatsapp) {
        contact.phone = QStringLiteral("+") + inbound.senderId;
        contact.whatsappId = inbound.senderId;
    } else {
        contact.messengerPsid = inbound.senderId;
    }
    contact.updatedAt = 1;
    checkClientDecodes(contact, "a channel's customer is a contact clients decode");

    // WorkspaceData::customerWrites
    Message message;
    message.id = 1;
    message.conversationId = 1;
    message.createdAt = 1;
    message.status = MessageStatus::Delivered;
    if (inbound.unsupportedType.isEmpty()) {
        message.author = Author::Customer;
        message.authorId = 1;
        message.authorName = contact.name;
        message.kind = inbound.kind;
        message.text = inbound.text;
        message.attachments = inbound.attachments;
    } else {
        message.author = Author::System;
        message.text = QStringLiteral("The customer sent a %1 message, which Relaydesk cannot show; "
                                      "see it on the phone or page.")
                           .arg(inbound.unsupportedType);
    }
    checkClientDecodes(message, "a channel's message is one clients decode");
}

inline void checkParsed(const server::ParsedWebhook &parsed)
{
    using namespace relaydesk::protocol;
    check(parsed.ignored >= 0, "ignored counts up");
    for (const server::InboundMessage &inbound : parsed.messages)
        checkInbound(inbound);
    for (const server::ChannelStatusUpdate &status : parsed.statuses) {
        Message failed;
        failed.id = 1;
        failed.conversationId = 1;
        failed.createdAt = 1;
        failed.author = Author::Agent;
        failed.status = status.status;
        failed.failureReason = status.reason;
        checkClientDecodes(failed, "a channel's failure reason is one clients decode");
    }
    for (const QJsonObject &held : parsed.media) {
        // Kept in the inbox as JSON, read back on the next start.
        const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(held).toJson(QJsonDocument::Compact)).object();
        server::InboundMessage inbound = server::inboundFromHeld(stored);
        check(!inbound.channelMessageId.isEmpty(), "held media keeps its message id");
        // InboundMedia::store: the file arrived; its name made safe by MediaStore.
        server::InboundMessage received = inbound;
        received.attachments.append(
            Attachment{QStringLiteral("m1"), QStringLiteral("image/png"), 1, QString(), 0, 0, 0,
                       safeFileName(stored.value(QStringLiteral("file_name")).toString(), QStringLiteral("file"))});
        checkInbound(received);
        // InboundMedia::giveUp: the file could not be fetched.
        server::InboundMessage lost = inbound;
        const QString caption = lost.text;
        lost.text = QStringLiteral("[%1 not received: %2]").arg(toString(lost.kind), QStringLiteral("gone"));
        if (!caption.isEmpty())
            lost.text += QLatin1Char('\n') + caption;
        lost.text = clampedText(lost.text, kMaxTextChars);
        lost.kind = MessageKind::Text;
        checkInbound(lost);
    }
}

} // namespace relaydesk::fuzz
