#pragma once

#include "workspacedata.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace relaydesk::server {

class ChannelSettingsStore;
class GraphClient;
class MediaStore;
class StreamHub;

// Customers' media from the channels: a WhatsApp media id is looked up on
// the Graph API (GET /{media-id} gives a URL) and its bytes fetched with the
// business token; a Messenger attachment is fetched from its URL. The bytes
// are stored like uploads, then the message is. Until then the message waits
// in the inbox (held across restarts); when the file cannot be had, the
// message is stored anyway, saying so, so nothing the customer wrote is lost.
// Files are fetched side by side, but one customer's messages are stored in
// the order they came: a small file does not overtake a big one sent first.
class InboundMedia : public QObject
{
    Q_OBJECT

public:
    InboundMedia(WorkspaceData &data, MediaStore &media, ChannelSettingsStore &settings, StreamHub &hub,
                 GraphClient &graph, QObject *parent = nullptr);

    // Fetches a held message's file: at once when fewer than kParallel
    // fetches run, else in turn (each file is in memory until stored).
    void fetch(qint64 workspaceId, const QJsonObject &held);
    // Fetches what the inbox still holds (at start).
    void resume();

    static constexpr int kRetries = 2;
    static constexpr int kParallel = 4;

private:
    // One held message on its way: which customer's line it is in, and its
    // place there.
    struct Job
    {
        qint64 workspaceId = 0;
        QJsonObject held;
        QString line;
        quint64 serial = 0;
    };

    void start(const Job &job, int attempt);
    // One fetch ended (stored or given up): the next in line may start.
    void done();
    void download(const Job &job, int attempt, const QUrl &url, const QByteArray &bearer, const QString &mimeType);
    void store(const Job &job, const QByteArray &bytes, const QString &mimeType);
    void giveUp(const Job &job, const QString &reason);
    // The message is ready: stored now if nothing sent before it by the same
    // customer is still on its way, else as soon as that is.
    void finish(const Job &job, const InboundMessage &message);

    WorkspaceData &m_data;
    MediaStore &m_media;
    ChannelSettingsStore &m_settings;
    StreamHub &m_hub;
    GraphClient &m_graph;
    int m_running = 0;
    quint64 m_serial = 0;
    QList<Job> m_waiting;
    // Per customer (workspace, channel, sender): the serials not yet stored,
    // oldest first, and the messages that are ready but wait their turn.
    QHash<QString, QList<quint64>> m_lines;
    QHash<quint64, InboundMessage> m_ready;
};

} // namespace relaydesk::server
