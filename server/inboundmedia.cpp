#include "inboundmedia.h"

#include "channelsettings.h"
#include "graphclient.h"
#include "log.h"
#include "mediastore.h"
#include "streamhub.h"
#include "webhookpayload.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QTimer>

namespace relaydesk::server {

using namespace relaydesk::protocol;

InboundMedia::InboundMedia(WorkspaceData &data, MediaStore &media, ChannelSettingsStore &settings, StreamHub &hub,
                           GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_media(media)
    , m_settings(settings)
    , m_hub(hub)
    , m_graph(graph)
{
}

void InboundMedia::resume()
{
    for (const auto &[workspaceId, held] : m_data.heldInbound())
        fetch(workspaceId, held);
}

void InboundMedia::fetch(qint64 workspaceId, const QJsonObject &held, int attempt)
{
    if (attempt == 0) {
        if (m_running >= kParallel) {
            m_waiting.append({workspaceId, held});
            return;
        }
        ++m_running;
    }
    start(workspaceId, held, attempt);
}

void InboundMedia::done()
{
    --m_running;
    if (!m_waiting.isEmpty()) {
        const auto [workspaceId, held] = m_waiting.takeFirst();
        ++m_running;
        start(workspaceId, held, 0);
    }
}

void InboundMedia::start(qint64 workspaceId, const QJsonObject &held, int attempt)
{
    const std::optional<ChannelSettings> settings = m_settings.settings(workspaceId);
    const bool whatsapp = held.value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp");
    if (!settings)
        return giveUp(workspaceId, held, QStringLiteral("the channel is no longer set up"));
    const QString mediaId = held.value(QStringLiteral("media_id")).toString();
    if (!whatsapp) {
        const QUrl url(held.value(QStringLiteral("url")).toString());
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return giveUp(workspaceId, held, QStringLiteral("Messenger gave no address for the file"));
        return download(workspaceId, held, attempt, url, {}, held.value(QStringLiteral("mime_type")).toString());
    }
    // WhatsApp: GET {graph_base}/{media-id} tells where the bytes are.
    QUrl lookup = settings->graphBase;
    lookup.setPath(lookup.path() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(mediaId)));
    const QByteArray token = settings->whatsappToken.toUtf8();
    m_graph.get(lookup, token, settings->graphTimeoutMs, 64 * 1024, this,
                [this, workspaceId, held, attempt, token, settings = *settings](const GraphReply &reply) {
                    const QUrl url(reply.json.value(QStringLiteral("url")).toString());
                    if (!reply.ok() || !url.isValid() || url.isRelative()) {
                        if (reply.transient() && attempt < kRetries) {
                            QTimer::singleShot(settings.retryDelayMs * (1 << attempt), this,
                                               [this, workspaceId, held, attempt] {
                                                   start(workspaceId, held, attempt + 1);
                                               });
                            return;
                        }
                        return giveUp(workspaceId, held,
                                      reply.ok() ? QStringLiteral("WhatsApp gave no address for the file")
                                                 : reply.reason(QStringLiteral("WhatsApp")));
                    }
                    const QJsonValue size = reply.json.value(QStringLiteral("file_size"));
                    const qint64 bytes = size.isString() ? size.toString().toLongLong() : qint64(size.toDouble());
                    if (bytes > kMaxDocumentBytes)
                        return giveUp(workspaceId, held, QStringLiteral("the file is larger than 100 MB"));
                    QString mimeType = reply.json.value(QStringLiteral("mime_type")).toString();
                    if (mimeType.isEmpty())
                        mimeType = held.value(QStringLiteral("mime_type")).toString();
                    download(workspaceId, held, attempt, url, token, mimeType);
                });
}

void InboundMedia::download(qint64 workspaceId, const QJsonObject &held, int attempt, const QUrl &url,
                            const QByteArray &bearer, const QString &mimeType)
{
    const std::optional<ChannelSettings> settings = m_settings.settings(workspaceId);
    const int timeout = settings ? qMax(settings->graphTimeoutMs, 30000) : 30000;
    const int retryDelay = settings ? settings->retryDelayMs : 2000;
    const QString service = held.value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp")
                                ? QStringLiteral("WhatsApp")
                                : QStringLiteral("Messenger");
    m_graph.get(url, bearer, timeout, kMaxDocumentBytes, this,
                [this, workspaceId, held, attempt, mimeType, retryDelay, service](const GraphReply &reply) {
                    if (reply.ok() && !reply.bytes.isEmpty())
                        return store(workspaceId, held, reply.bytes, mimeType);
                    if (reply.transient() && attempt < kRetries) {
                        QTimer::singleShot(retryDelay * (1 << attempt), this, [this, workspaceId, held, attempt] {
                            start(workspaceId, held, attempt + 1);
                        });
                        return;
                    }
                    giveUp(workspaceId, held,
                           reply.ok() ? QStringLiteral("the file was empty") : reply.reason(service));
                });
}

void InboundMedia::store(qint64 workspaceId, const QJsonObject &held, const QByteArray &bytes, const QString &mimeType)
{
    InboundMessage inbound = inboundFromHeld(held);
    QString fileName = held.value(QStringLiteral("file_name")).toString();
    if (fileName.isEmpty()) {
        // WhatsApp names only documents; give the others a name by their kind.
        const QString subtype = mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0).trimmed();
        fileName = QStringLiteral("%1.%2").arg(toString(inbound.kind),
                                               subtype.isEmpty() ? QStringLiteral("bin") : subtype);
    }
    MediaError error;
    const std::optional<StoredMedia> stored = m_media.store(workspaceId, bytes, fileName, &error);
    if (!stored)
        return giveUp(workspaceId, held, error.message);
    done();
    inbound.kind = stored->kind; // by the bytes, as for uploads
    inbound.attachments.append(Attachment{stored->id, stored->mimeType, stored->size, stored->sha256, stored->width,
                                          stored->height, 0, stored->fileName});
    const Change change = m_data.customerWrites(workspaceId, inbound);
    if (!change.ok()) {
        // Still in the inbox: the next start tries again.
        qCWarning(lcServer) << "could not store a customer's media message:" << change.errorMessage;
        return;
    }
    m_hub.publish(workspaceId, change);
}

void InboundMedia::giveUp(qint64 workspaceId, const QJsonObject &held, const QString &reason)
{
    done();
    InboundMessage inbound = inboundFromHeld(held);
    qCInfo(lcServer) << "a customer's" << toString(inbound.kind) << "could not be fetched:" << reason;
    const QString caption = inbound.text;
    inbound.text = QStringLiteral("[%1 not received: %2]").arg(toString(inbound.kind), reason);
    if (!caption.isEmpty())
        inbound.text += QLatin1Char('\n') + caption;
    inbound.text = clampedText(inbound.text, kMaxTextChars);
    inbound.kind = MessageKind::Text;
    const Change change = m_data.customerWrites(workspaceId, inbound);
    if (change.ok())
        m_hub.publish(workspaceId, change);
    else
        qCWarning(lcServer) << "could not store a customer's message:" << change.errorMessage;
}

} // namespace relaydesk::server
