#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace relaydesk::server {

class ChannelSettingsStore;
class GraphClient;
class MediaStore;
class StreamHub;
class WorkspaceData;

// Customers' media from the channels: a WhatsApp media id is looked up on
// the Graph API (GET /{media-id} gives a URL) and its bytes fetched with the
// business token; a Messenger attachment is fetched from its URL. The bytes
// are stored like uploads, then the message is. Until then the message waits
// in the inbox (held across restarts); when the file cannot be had, the
// message is stored anyway, saying so, so nothing the customer wrote is lost.
class InboundMedia : public QObject
{
    Q_OBJECT

public:
    InboundMedia(WorkspaceData &data, MediaStore &media, ChannelSettingsStore &settings, StreamHub &hub,
                 GraphClient &graph, QObject *parent = nullptr);

    // Fetches a held message's file: at once when fewer than kParallel
    // fetches run, else in turn (each file is in memory until stored).
    void fetch(qint64 workspaceId, const QJsonObject &held, int attempt = 0);
    // Fetches what the inbox still holds (at start).
    void resume();

    static constexpr int kRetries = 2;
    static constexpr int kParallel = 4;

private:
    void start(qint64 workspaceId, const QJsonObject &held, int attempt);
    // One fetch ended (stored or given up): the next in line may start.
    void done();
    void download(qint64 workspaceId, const QJsonObject &held, int attempt, const QUrl &url, const QByteArray &bearer,
                  const QString &mimeType);
    void store(qint64 workspaceId, const QJsonObject &held, const QByteArray &bytes, const QString &mimeType);
    void giveUp(qint64 workspaceId, const QJsonObject &held, const QString &reason);

    WorkspaceData &m_data;
    MediaStore &m_media;
    ChannelSettingsStore &m_settings;
    StreamHub &m_hub;
    GraphClient &m_graph;
    int m_running = 0;
    QList<std::pair<qint64, QJsonObject>> m_waiting;
};

} // namespace relaydesk::server
