#include "channeloutbox.h"

#include "channelsettings.h"
#include "graphclient.h"
#include "log.h"
#include "mediastore.h"
#include "streamhub.h"
#include "webhookpayload.h"
#include "workspacedata.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

QUrl endpoint(const QUrl &base, const QString &node, const QString &edge)
{
    QUrl url = base;
    url.setPath(base.path() + QLatin1Char('/') + node + QLatin1Char('/') + edge);
    return url;
}

QHttpPart formField(const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, "form-data; name=\"" + name + "\"");
    part.setBody(value);
    return part;
}

// The attachment's bytes as a form part named `name`, or nothing when the file is gone.
std::optional<QHttpPart> filePart(MediaStore &media, qint64 workspaceId, const Attachment &attachment,
                                  const QByteArray &name)
{
    const std::optional<StoredMedia> stored = media.find(workspaceId, attachment.mediaId);
    if (!stored)
        return std::nullopt;
    QFile file(media.pathOf(*stored, false));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHttpPart part;
    QByteArray fileName = stored->fileName.toUtf8();
    fileName.replace('"', '_');
    part.setHeader(QNetworkRequest::ContentTypeHeader, stored->mimeType.toLatin1());
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   "form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"");
    part.setBody(file.readAll());
    return part;
}

} // namespace

ChannelOutbox::ChannelOutbox(WorkspaceData &data, MediaStore &media, ChannelSettingsStore &settings, StreamHub &hub,
                             GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_media(media)
    , m_settings(settings)
    , m_hub(hub)
    , m_graph(graph)
{
    connect(&m_hub, &StreamHub::published, this, &ChannelOutbox::onPublished);
}

void ChannelOutbox::resume()
{
    const QVector<std::pair<qint64, qint64>> queued = m_data.queuedOutbound();
    if (!queued.isEmpty())
        qCInfo(lcServer) << "sending" << queued.size() << "channel messages left queued";
    for (const auto &[workspaceId, messageId] : queued)
        send(workspaceId, messageId, 0);
}

void ChannelOutbox::onPublished(qint64 workspaceId, const Change &change)
{
    for (const Event &event : change.events) {
        const Message *m = std::get_if<Message>(&event.payload);
        if (!m || m->status != MessageStatus::Queued || m->kind == MessageKind::Note
            || (m->author != Author::Agent && m->author != Author::Bot))
            continue;
        // After the publishing change has reached the agents.
        QTimer::singleShot(0, this, [this, workspaceId, id = m->id] { send(workspaceId, id, 0); });
    }
}

void ChannelOutbox::fail(qint64 workspaceId, qint64 messageId, const QString &reason)
{
    m_inFlight.remove(messageId);
    qCInfo(lcServer) << "channel message" << messageId << "failed:" << reason;
    const Change change = m_data.outboundResult(workspaceId, messageId, MessageStatus::Failed, {}, reason);
    if (change.ok())
        m_hub.publish(workspaceId, change);
}

void ChannelOutbox::send(qint64 workspaceId, qint64 messageId, int attempt)
{
    if (attempt == 0 && m_inFlight.contains(messageId))
        return;
    const std::optional<OutboundMessage> out = m_data.outbound(workspaceId, messageId);
    if (!out || out->message.status != MessageStatus::Queued) {
        m_inFlight.remove(messageId);
        return;
    }
    m_inFlight.insert(messageId);
    const std::optional<ChannelSettings> settings = m_settings.settings(workspaceId);
    if (out->conversation.channel == Channel::WhatsApp) {
        if (!settings || !settings->whatsappEnabled())
            return fail(workspaceId, messageId, QStringLiteral("WhatsApp is not set up for this workspace."));
        if (out->contact.whatsappId.isEmpty())
            return fail(workspaceId, messageId, QStringLiteral("The contact has no WhatsApp number."));
        sendWhatsApp(*out, *settings, attempt);
    } else if (out->conversation.channel == Channel::Messenger) {
        if (!settings || !settings->messengerEnabled())
            return fail(workspaceId, messageId, QStringLiteral("Messenger is not set up for this workspace."));
        if (out->contact.messengerPsid.isEmpty())
            return fail(workspaceId, messageId, QStringLiteral("The contact has no Messenger id."));
        sendMessenger(*out, *settings, attempt);
    } else {
        m_inFlight.remove(messageId);
    }
}

void ChannelOutbox::sendWhatsApp(const OutboundMessage &out, const ChannelSettings &settings, int attempt)
{
    const QString service = QStringLiteral("WhatsApp");
    const QByteArray token = settings.whatsappToken.toUtf8();
    const QUrl messages = endpoint(settings.graphBase, settings.whatsappPhoneNumberId, QStringLiteral("messages"));
    auto post = [this, out, settings, attempt, service, token, messages](const QString &mediaId) {
        m_graph.postJson(messages, token, whatsAppSendBody(out, mediaId), settings.graphTimeoutMs, this,
                         [this, out, settings, attempt, service](const GraphReply &reply) {
                             const QString id = reply.json.value(QStringLiteral("messages"))
                                                    .toArray()
                                                    .first()
                                                    .toObject()
                                                    .value(QStringLiteral("id"))
                                                    .toString();
                             finish(out, settings, attempt, reply, service, id);
                         });
    };
    if (out.message.attachments.isEmpty() || !out.templateCall.isEmpty())
        return post({});
    // Media: uploaded to WhatsApp first, then sent by the id it gets there.
    std::optional<QHttpPart> file = filePart(m_media, out.workspaceId, out.message.attachments.constFirst(), "file");
    if (!file)
        return fail(out.workspaceId, out.message.id, QStringLiteral("The attachment is no longer on the server."));
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    form->append(formField("messaging_product", "whatsapp"));
    form->append(formField("type", out.message.attachments.constFirst().mimeType.toLatin1()));
    form->append(*file);
    m_graph.postMultipart(endpoint(settings.graphBase, settings.whatsappPhoneNumberId, QStringLiteral("media")), token,
                          form, settings.graphTimeoutMs, this,
                          [this, out, settings, attempt, service, post](const GraphReply &reply) {
                              const QString mediaId = reply.json.value(QStringLiteral("id")).toString();
                              if (!reply.ok() || mediaId.isEmpty())
                                  return finish(out, settings, attempt, reply, service, {});
                              post(mediaId);
                          });
}

void ChannelOutbox::sendMessenger(const OutboundMessage &out, const ChannelSettings &settings, int attempt)
{
    const QString service = QStringLiteral("Messenger");
    const QUrl url = endpoint(settings.graphBase, settings.messengerPageId, QStringLiteral("messages"));
    const QByteArray token = settings.messengerPageToken.toUtf8();
    auto done = [this, out, settings, attempt, service](const GraphReply &reply) {
        finish(out, settings, attempt, reply, service, reply.json.value(QStringLiteral("message_id")).toString());
    };
    if (out.message.attachments.isEmpty() || !out.templateCall.isEmpty())
        return m_graph.postJson(url, token, messengerSendBody(out, false), settings.graphTimeoutMs, this, done);
    std::optional<QHttpPart> file = filePart(m_media, out.workspaceId, out.message.attachments.constFirst(),
                                             "filedata");
    if (!file)
        return fail(out.workspaceId, out.message.id, QStringLiteral("The attachment is no longer on the server."));
    const QJsonObject body = messengerSendBody(out, true);
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    form->append(
        formField("recipient",
                  QJsonDocument(body.value(QStringLiteral("recipient")).toObject()).toJson(QJsonDocument::Compact)));
    form->append(formField("messaging_type", body.value(QStringLiteral("messaging_type")).toString().toLatin1()));
    form->append(
        formField("message",
                  QJsonDocument(body.value(QStringLiteral("message")).toObject()).toJson(QJsonDocument::Compact)));
    form->append(*file);
    m_graph.postMultipart(url, token, form, settings.graphTimeoutMs, this, done);
}

void ChannelOutbox::finish(const OutboundMessage &out, const ChannelSettings &settings, int attempt,
                           const GraphReply &reply, const QString &service, const QString &channelMessageId)
{
    const qint64 workspaceId = out.workspaceId;
    const qint64 messageId = out.message.id;
    if (reply.ok() && !channelMessageId.isEmpty()) {
        m_inFlight.remove(messageId);
        const Change change = m_data.outboundResult(workspaceId, messageId, MessageStatus::Sent, channelMessageId, {});
        if (change.ok())
            m_hub.publish(workspaceId, change);
        else
            qCWarning(lcServer) << "could not record a sent channel message:" << change.errorMessage;
        return;
    }
    if (reply.ok()) // 2xx without the id we need to follow statuses
        return fail(workspaceId, messageId,
                    QStringLiteral("%1 accepted the message but gave no id for it.").arg(service));
    if (reply.transient() && attempt < settings.sendRetries) {
        const int delay = settings.retryDelayMs * (1 << qMin(attempt, 10));
        qCInfo(lcServer) << "channel message" << messageId << "will be tried again in" << delay
                         << "ms:" << reply.reason(service);
        QTimer::singleShot(delay, this,
                           [this, workspaceId, messageId, attempt] { send(workspaceId, messageId, attempt + 1); });
        return;
    }
    fail(workspaceId, messageId, reply.reason(service));
}

} // namespace relaydesk::server
