#pragma once

#include "protocol/types.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

class QTcpServer;

namespace relaydesk::server {

class ChannelSettingsStore;
class WebhookApi;
class WorkspaceData;

// `relaydesk-server --demo`: the demo workspace's WhatsApp number and
// Messenger page, played inside the server so that agents' replies there go
// out and come back as a real channel's do. The workspace's settings get
// (in memory only, ChannelSettingsStore::setStandIn) a number and a page
// whose Graph API is this class, on a loopback port of its own: the channel
// outbox sends to it over HTTP exactly as to Meta (media uploaded first,
// templates, tagged messages, retries), it answers as Meta does, and moments
// later it hands the server Meta's signed status webhooks (sent, delivered,
// read) through the webhook endpoint's own checks. Made only with --demo.
class DemoChannel : public QObject
{
    Q_OBJECT

public:
    DemoChannel(WorkspaceData &data, ChannelSettingsStore &settings, WebhookApi &webhooks, qint64 workspaceId,
                QObject *parent = nullptr);
    ~DemoChannel() override;

    // Listens on 127.0.0.1 (a free port) and gives the workspace its stand-in channels.
    [[nodiscard]] bool start(QString *error);

private:
    // POST {graph}/{phone-number-id or page-id}/messages.
    QHttpServerResponse send(const QString &node, const QHttpServerRequest &request);
    QHttpServerResponse sendWhatsApp(const QJsonObject &body);
    QHttpServerResponse sendMessenger(const QHttpServerRequest &request);
    // POST {graph}/{phone-number-id}/media.
    QHttpServerResponse upload(const QString &node, const QHttpServerRequest &request);
    // Meta's webhooks about a message this channel took, a little later.
    void followWhatsApp(const QString &messageId, const QString &recipient);
    void followMessenger(const QString &messageId, const QString &recipient);
    void whatsAppStatus(const QString &messageId, const QString &recipient, const QString &status);
    void messengerEvent(const QString &recipient, const QString &kind, const QJsonObject &event);
    void deliver(protocol::Channel channel, const QJsonObject &webhook);

    WorkspaceData &m_data;
    ChannelSettingsStore &m_settings;
    WebhookApi &m_webhooks;
    const qint64 m_workspaceId;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
    // Made anew each start: only this process knows them.
    QString m_run;
    QString m_whatsappToken, m_whatsappSecret, m_pageToken, m_messengerSecret;
    QSet<QString> m_media; // ids of the files uploaded to the number
    int m_sent = 0;
};

} // namespace relaydesk::server
