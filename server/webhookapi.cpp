#include "webhookapi.h"

#include "accounts.h"
#include "channelsettings.h"
#include "httpapi.h"
#include "inboundmedia.h"
#include "log.h"
#include "streamhub.h"
#include "webhookpayload.h"
#include "webhooksignature.h"
#include "workspacedata.h"

#include "protocol/frames.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Status = QHttpServerResponse::StatusCode;

namespace {

QString channelName(Channel channel)
{
    return channel == Channel::WhatsApp ? QStringLiteral("WhatsApp") : QStringLiteral("Messenger");
}

} // namespace

WebhookApi::WebhookApi(Accounts &accounts, WorkspaceData &data, ChannelSettingsStore &settings, StreamHub &hub,
                       InboundMedia &media)
    : m_accounts(accounts)
    , m_data(data)
    , m_settings(settings)
    , m_hub(hub)
    , m_media(media)
{
}

void WebhookApi::addRoutes(QHttpServer &http)
{
    for (const Channel channel : {Channel::WhatsApp, Channel::Messenger}) {
        const QString path = QStringLiteral("/v1/webhooks/%1/<arg>").arg(toString(channel));
        http.route(path, QHttpServerRequest::Method::Get,
                   [this, channel](const QString &key, const QHttpServerRequest &request) {
                       return verify(channel, key, request);
                   });
        http.route(path, QHttpServerRequest::Method::Post,
                   [this, channel](const QString &key, const QHttpServerRequest &request) {
                       return receive(channel, key, request);
                   });
    }
    http.route(QStringLiteral("/v1/templates"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return templates(request); });
}

QHttpServerResponse WebhookApi::verify(Channel channel, const QString &key, const QHttpServerRequest &request)
{
    const std::optional<qint64> workspace = m_data.workspaceByWidgetKey(key);
    const std::optional<ChannelSettings> settings = workspace ? m_settings.settings(*workspace) : std::nullopt;
    const bool enabled = settings
                         && (channel == Channel::WhatsApp ? settings->whatsappEnabled() : settings->messengerEnabled());
    if (!enabled)
        return HttpApi::error(QString::fromLatin1(errors::kNotFound),
                              QStringLiteral("%1 is not set up here.").arg(channelName(channel)), Status::NotFound);
    const QUrlQuery query = request.query();
    const QByteArray expected =
        (channel == Channel::WhatsApp ? settings->whatsappVerifyToken : settings->messengerVerifyToken).toUtf8();
    const QByteArray given = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    if (query.queryItemValue(QStringLiteral("hub.mode")) != QLatin1String("subscribe")
        || !equalInConstantTime(given, expected)) {
        qCInfo(lcServer) << channelName(channel) << "webhook verification refused: wrong mode or verify token";
        return HttpApi::error(QString::fromLatin1(errors::kForbidden),
                              QStringLiteral("The verify token does not match this workspace's."), Status::Forbidden);
    }
    // Meta expects the challenge back, as it is.
    return QHttpServerResponse(
        QByteArrayLiteral("text/plain"),
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).left(256).toUtf8());
}

QHttpServerResponse WebhookApi::receive(Channel channel, const QString &key, const QHttpServerRequest &request)
{
    return receiveBody(channel, key, request.body(), request.value("X-Hub-Signature-256").trimmed());
}

QHttpServerResponse WebhookApi::receiveBody(Channel channel, const QString &key, const QByteArray &body,
                                            const QByteArray &signature)
{
    const std::optional<qint64> workspace = m_data.workspaceByWidgetKey(key);
    const std::optional<ChannelSettings> settings = workspace ? m_settings.settings(*workspace) : std::nullopt;
    const bool enabled = settings
                         && (channel == Channel::WhatsApp ? settings->whatsappEnabled() : settings->messengerEnabled());
    if (!enabled)
        return HttpApi::error(QString::fromLatin1(errors::kNotFound),
                              QStringLiteral("%1 is not set up here.").arg(channelName(channel)), Status::NotFound);
    if (body.size() > kMaxWebhookBody)
        return HttpApi::error(QString::fromLatin1(errors::kTooLarge), QStringLiteral("The webhook body is over 1 MiB."),
                              Status::PayloadTooLarge);
    const QByteArray secret =
        (channel == Channel::WhatsApp ? settings->whatsappAppSecret : settings->messengerAppSecret).toUtf8();
    if (signature.isEmpty()) {
        qCInfo(lcServer) << channelName(channel) << "webhook refused: no signature";
        return HttpApi::error(QString::fromLatin1(errors::kUnauthorized),
                              QStringLiteral("The X-Hub-Signature-256 header is missing."), Status::Unauthorized);
    }
    if (!isValidWebhookSignature(body, signature, secret)) {
        qCInfo(lcServer) << channelName(channel) << "webhook refused: the signature does not match the app secret";
        return HttpApi::error(QString::fromLatin1(errors::kUnauthorized),
                              QStringLiteral(
                                  "The X-Hub-Signature-256 signature does not match this workspace's app secret."),
                              Status::Unauthorized);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qCInfo(lcServer) << channelName(channel) << "webhook refused: not a JSON object," << body.size() << "bytes";
        return HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                              QStringLiteral("The body must be a JSON object."), Status::BadRequest);
    }
    const ParsedWebhook parsed = channel == Channel::WhatsApp
                                     ? parseWhatsAppWebhook(document.object(), settings->whatsappPhoneNumberId)
                                     : parseMessengerWebhook(document.object(), settings->messengerPageId);
    if (parsed.ignored)
        qCInfo(lcServer) << channelName(channel) << "webhook: ignored" << parsed.ignored
                         << "entries or items of an unknown shape, another number or page, or of no use";
    QJsonObject counts;
    if (!apply(*workspace, parsed, &counts))
        return HttpApi::error(QString::fromLatin1(errors::kInternal),
                              QStringLiteral("The webhook could not be stored; deliver it again."),
                              Status::InternalServerError);
    counts.insert(QStringLiteral("ignored"), parsed.ignored);
    return QHttpServerResponse(counts);
}

bool WebhookApi::apply(qint64 workspaceId, const ParsedWebhook &parsed, QJsonObject *counts)
{
    int received = 0, duplicates = 0, statuses = 0, unknownStatuses = 0;
    for (const InboundMessage &message : parsed.messages) {
        const Change change = m_data.customerWrites(workspaceId, message);
        if (!change.ok()) {
            qCWarning(lcServer) << "could not store a channel message:" << change.errorMessage;
            return false;
        }
        if (change.result.value(QStringLiteral("duplicate")).toBool())
            ++duplicates;
        else
            ++received;
        m_hub.publish(workspaceId, change);
    }
    for (const QJsonObject &held : parsed.media) {
        const QString id = held.value(QStringLiteral("channel_message_id")).toString();
        if (m_data.knowsChannelMessage(workspaceId, id)) {
            ++duplicates;
            continue;
        }
        if (!m_data.holdInbound(workspaceId, id, held))
            return false;
        ++received;
        m_media.fetch(workspaceId, held);
    }
    for (const ChannelStatusUpdate &status : parsed.statuses) {
        const Change change = m_data.channelStatus(workspaceId, status.channelMessageId, status.status, status.reason);
        if (!change.ok())
            return false;
        if (change.events.isEmpty())
            ++unknownStatuses; // not ours, or not news (a status never moves back)
        else
            ++statuses;
        m_hub.publish(workspaceId, change);
    }
    for (const auto &[sender, watermark] : parsed.reads) {
        const Change change = m_data.channelReadUpTo(workspaceId, Channel::Messenger, sender, watermark);
        if (!change.ok())
            return false;
        statuses += int(change.events.size());
        m_hub.publish(workspaceId, change);
    }
    *counts = QJsonObject{{QStringLiteral("received"), received},
                          {QStringLiteral("duplicates"), duplicates},
                          {QStringLiteral("statuses"), statuses},
                          {QStringLiteral("statuses_unchanged"), unknownStatuses}};
    return true;
}

QHttpServerResponse WebhookApi::templates(const QHttpServerRequest &request)
{
    AccountError failure;
    const std::optional<Agent> agent = m_accounts.authenticateRequest(HttpApi::bearerToken(request), &failure);
    if (!agent)
        return HttpApi::refusal(failure);
    QJsonArray list;
    if (const std::optional<ChannelSettings> settings = m_settings.settings(agent->workspaceId)) {
        for (const MessageTemplate &t : settings->templates)
            list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                    {QStringLiteral("language"), t.language},
                                    {QStringLiteral("body"), t.body},
                                    {QStringLiteral("parameters"), t.parameters}});
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("templates"), list}});
}

} // namespace relaydesk::server
