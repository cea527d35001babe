#pragma once

#include <QObject>
#include <QSet>

namespace relaydesk::server {

class ChannelSettingsStore;
class GraphClient;
class MediaStore;
class StreamHub;
class WorkspaceData;
struct ChannelSettings;
struct Change;
struct GraphReply;
struct OutboundMessage;

// Sends agents' and bots' messages out through WhatsApp (Cloud API) and
// Messenger (Send API): each queued message goes once, media uploaded first;
// the channel's answer makes it sent (keeping the channel's message id for
// later statuses) or failed with the reason. Trouble on the channel's side
// (no answer, 5xx, 429) is retried with a growing delay; what stays queued
// when the server stops is sent when it starts again.
class ChannelOutbox : public QObject
{
    Q_OBJECT

public:
    ChannelOutbox(WorkspaceData &data, MediaStore &media, ChannelSettingsStore &settings, StreamHub &hub,
                  GraphClient &graph, QObject *parent = nullptr);

    // Sends what was left queued (at start).
    void resume();

private:
    void onPublished(qint64 workspaceId, const Change &change);
    void send(qint64 workspaceId, qint64 messageId, int attempt);
    void sendWhatsApp(const OutboundMessage &out, const ChannelSettings &settings, int attempt);
    void sendMessenger(const OutboundMessage &out, const ChannelSettings &settings, int attempt);
    // The channel answered (or not): sent, failed, or another attempt later.
    void finish(const OutboundMessage &out, const ChannelSettings &settings, int attempt, const GraphReply &reply,
                const QString &service, const QString &channelMessageId);
    void fail(qint64 workspaceId, qint64 messageId, const QString &reason);

    WorkspaceData &m_data;
    MediaStore &m_media;
    ChannelSettingsStore &m_settings;
    StreamHub &m_hub;
    GraphClient &m_graph;
    QSet<qint64> m_inFlight; // message ids being sent
};

} // namespace relaydesk::server
