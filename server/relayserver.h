#pragma once

#include "serverconfig.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;

namespace relaydesk::server {

class Accounts;
class AutopilotEngine;
class ChannelOutbox;
class ChannelSettingsStore;
class ClientAddresses;
class DemoChannel;
class ExternalChanges;
class GraphClient;
class InboundMedia;
class ProfileLookup;
class WebhookApi;
class HttpApi;
class MediaApi;
class MediaStore;
class ServerDb;
class SnoozeWaker;
class StreamHub;
class SuggestionApi;
class WebChatApi;
class WorkspaceApi;
class WorkspaceData;

// The HTTP and WebSocket front of relaydesk-server, on one port.
class RelayServer : public QObject
{
    Q_OBJECT

public:
    explicit RelayServer(ServerConfig config, QObject *parent = nullptr);
    ~RelayServer() override;

    // --demo: the demo workspace, whose WhatsApp and Messenger the server
    // then plays itself (demochannel.h). Before start().
    void setDemoWorkspace(qint64 workspaceId) { m_demoWorkspace = workspaceId; }
    // Starts listening; on failure returns false and sets `error`.
    [[nodiscard]] bool start(QString *error);
    quint16 port() const;

private:
    // The configuration file's [channels] section, stored sealed at start.
    [[nodiscard]] bool applyChannelSettingsFiles(QString *error);

    ServerConfig m_config;
    std::unique_ptr<ClientAddresses> m_addresses;
    std::unique_ptr<ServerDb> m_db;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<WorkspaceData> m_data;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<StreamHub> m_hub;
    std::unique_ptr<SnoozeWaker> m_snoozes;
    std::unique_ptr<ExternalChanges> m_externalChanges;
    std::unique_ptr<WorkspaceApi> m_workspaceApi;
    std::unique_ptr<MediaApi> m_mediaApi;
    std::unique_ptr<WebChatApi> m_webChatApi;
    std::unique_ptr<ChannelSettingsStore> m_channelSettings;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<ChannelOutbox> m_outbox;
    std::unique_ptr<InboundMedia> m_inboundMedia;
    std::unique_ptr<AutopilotEngine> m_autopilot;
    std::unique_ptr<ProfileLookup> m_profiles;
    std::unique_ptr<WebhookApi> m_webhookApi;
    std::unique_ptr<SuggestionApi> m_suggestionApi;
    qint64 m_demoWorkspace = 0;
    std::unique_ptr<DemoChannel> m_demoChannel;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
};

} // namespace relaydesk::server
