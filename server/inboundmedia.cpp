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

void InboundMedia::fetch(qint64 workspaceId, const QJsonObject &held)
{
    const QString line = QStringLiteral("%1/%2/%3")
                             .arg(QString::number(workspaceId), held.value(QStringLiteral("channel")).toString(),
                                  held.value(QStringLiteral("sender_id")).toString());
    const Job job{workspaceId, held, line, ++m_serial};
    m_lines[line].append(job.serial);
    if (m_running >= kParallel) {
        m_waiting.append(job);
        return;
    }
    ++m_running;
    start(job, 0);
}

void InboundMedia::done()
{
    --m_running;
    if (!m_waiting.isEmpty()) {
        const Job next = m_waiting.takeFirst();
        ++m_running;
        start(next, 0);
    }
}

void InboundMedia::start(const Job &job, int attempt)
{
    const QJsonObject &held = job.held;
    const std::optional<ChannelSettings> settings = m_settings.settings(job.workspaceId);
    const bool whatsapp = held.value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp");
    if (!settings)
        return giveUp(job, QStringLiteral("the channel is no longer set up"));
    const QString mediaId = held.value(QStringLiteral("media_id")).toString();
    if (!whatsapp) {
        const QUrl url(held.value(QStringLiteral("url")).toString());
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return giveUp(job, QStringLiteral("Messenger gave no address for the file"));
        return download(job, attempt, url, {}, held.value(QStringLiteral("mime_type")).toString());
    }
    // WhatsApp: GET {graph_base}/{media-id} tells where the bytes are.
    QUrl lookup = settings->graphBase;
    lookup.setPath(lookup.path() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(mediaId)));
    const QByteArray token = settings->whatsappToken.toUtf8();
    m_graph.get(lookup, token, settings->graphTimeoutMs, 64 * 1024, this,
                [this, job, attempt, token, settings = *settings](const GraphReply &reply) {
                    const QUrl url(reply.json.value(QStringLiteral("url")).toString());
                    if (!reply.ok() || !url.isValid() || url.isRelative()) {
                        if (reply.transient() && attempt < kRetries) {
                            QTimer::singleShot(settings.retryDelayMs * (1 << attempt), this,
                                               [this, job, attempt] { start(job, attempt + 1); });
                            return;
                        }
                        return giveUp(job, reply.ok() ? QStringLiteral("WhatsApp gave no address for the file")
                                                      : reply.reason(QStringLiteral("WhatsApp")));
                    }
                    const QJsonValue size = reply.json.value(QStringLiteral("file_size"));
                    const qint64 bytes = size.isString() ? size.toString().toLongLong() : qint64(size.toDouble());
                    if (bytes > kMaxDocumentBytes)
                        return giveUp(job, QStringLiteral("the file is larger than 100 MB"));
                    QString mimeType = reply.json.value(QStringLiteral("mime_type")).toString();
                    if (mimeType.isEmpty())
                        mimeType = job.held.value(QStringLiteral("mime_type")).toString();
                    download(job, attempt, url, token, mimeType);
                });
}

void InboundMedia::download(const Job &job, int attempt, const QUrl &url, const QByteArray &bearer,
                            const QString &mimeType)
{
    const std::optional<ChannelSettings> settings = m_settings.settings(job.workspaceId);
    const int timeout = settings ? qMax(settings->graphTimeoutMs, 30000) : 30000;
    const int retryDelay = settings ? settings->retryDelayMs : 2000;
    const QString service = job.held.value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp")
                                ? QStringLiteral("WhatsApp")
                                : QStringLiteral("Messenger");
    m_graph.get(url, bearer, timeout, kMaxDocumentBytes, this,
                [this, job, attempt, mimeType, retryDelay, service](const GraphReply &reply) {
                    if (reply.ok() && !reply.bytes.isEmpty())
                        return store(job, reply.bytes, mimeType);
                    if (reply.transient() && attempt < kRetries) {
                        QTimer::singleShot(retryDelay * (1 << attempt), this,
                                           [this, job, attempt] { start(job, attempt + 1); });
                        return;
                    }
                    giveUp(job, reply.ok() ? QStringLiteral("the file was empty") : reply.reason(service));
                });
}

void InboundMedia::store(const Job &job, const QByteArray &bytes, const QString &mimeType)
{
    InboundMessage inbound = inboundFromHeld(job.held);
    QString fileName = job.held.value(QStringLiteral("file_name")).toString();
    if (fileName.isEmpty()) {
        // WhatsApp names only documents; give the others a name by their kind.
        const QString subtype = mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0).trimmed();
        fileName = QStringLiteral("%1.%2").arg(toString(inbound.kind),
                                               subtype.isEmpty() ? QStringLiteral("bin") : subtype);
    }
    MediaError error;
    const std::optional<StoredMedia> stored = m_media.store(job.workspaceId, bytes, fileName, &error);
    if (!stored)
        return giveUp(job, error.message);
    done();
    inbound.kind = stored->kind; // by the bytes, as for uploads
    inbound.attachments.append(Attachment{stored->id, stored->mimeType, stored->size, stored->sha256, stored->width,
                                          stored->height, 0, stored->fileName});
    finish(job, inbound);
}

void InboundMedia::giveUp(const Job &job, const QString &reason)
{
    done();
    InboundMessage inbound = inboundFromHeld(job.held);
    qCInfo(lcServer) << "a customer's" << toString(inbound.kind) << "could not be fetched:" << reason;
    const QString caption = inbound.text;
    inbound.text = QStringLiteral("[%1 not received: %2]").arg(toString(inbound.kind), reason);
    if (!caption.isEmpty())
        inbound.text += QLatin1Char('\n') + caption;
    inbound.text = clampedText(inbound.text, kMaxTextChars);
    inbound.kind = MessageKind::Text;
    finish(job, inbound);
}

void InboundMedia::finish(const Job &job, const InboundMessage &message)
{
    m_ready.insert(job.serial, message);
    auto line = m_lines.find(job.line);
    if (line == m_lines.end())
        return;
    while (!line->isEmpty() && m_ready.contains(line->constFirst())) {
        const InboundMessage inbound = m_ready.take(line->takeFirst());
        const Change change = m_data.customerWrites(job.workspaceId, inbound);
        if (change.ok())
            m_hub.publish(job.workspaceId, change);
        else // still in the inbox: the next start tries again
            qCWarning(lcServer) << "could not store a customer's message:" << change.errorMessage;
    }
    if (line->isEmpty())
        m_lines.erase(line);
}

} // namespace relaydesk::server
