#pragma once

#include "protocol/types.h"

#include <QHttpServerResponse>
#include <QString>

class QHttpServer;
class QHttpServerRequest;

namespace relaydesk::server {

class Accounts;
class ChannelSettingsStore;
class InboundMedia;
class StreamHub;
class WorkspaceData;
struct ParsedWebhook;

// The channels' side of the HTTP API: Meta's webhooks for WhatsApp and
// Messenger at /v1/webhooks/{whatsapp|messenger}/{widget_key} (the GET
// verification handshake, and POSTs checked against X-Hub-Signature-256),
// and GET /v1/templates for agents.
class WebhookApi
{
public:
    WebhookApi(Accounts &accounts, WorkspaceData &data, ChannelSettingsStore &settings, StreamHub &hub,
               InboundMedia &media);
    void addRoutes(QHttpServer &http);
    // What a POST to the webhook does once its body and X-Hub-Signature-256
    // are read; the demo's channels (demochannel.h) hand theirs in here.
    QHttpServerResponse receiveBody(protocol::Channel channel, const QString &key, const QByteArray &body,
                                    const QByteArray &signature);

    static constexpr qsizetype kMaxWebhookBody = 1024 * 1024;

private:
    QHttpServerResponse verify(protocol::Channel channel, const QString &key, const QHttpServerRequest &request);
    QHttpServerResponse receive(protocol::Channel channel, const QString &key, const QHttpServerRequest &request);
    // Stores what a webhook said; false when the database failed (Meta then retries).
    [[nodiscard]] bool apply(qint64 workspaceId, const ParsedWebhook &parsed, QJsonObject *counts);
    QHttpServerResponse templates(const QHttpServerRequest &request);

    Accounts &m_accounts;
    WorkspaceData &m_data;
    ChannelSettingsStore &m_settings;
    StreamHub &m_hub;
    InboundMedia &m_media;
};

} // namespace relaydesk::server
