#include "demochannel.h"

#include "channelsettings.h"
#include "log.h"
#include "webhookapi.h"
#include "webhooksignature.h"
#include "workspacedata.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Status = QHttpServerResponse::StatusCode;

namespace {

// The demo's business number, its WhatsApp Business Account and its page, as Meta numbers them.
const QString kPhoneNumberId = QStringLiteral("100000000000777");
const QString kBusinessAccountId = QStringLiteral("100000000000999");
const QString kPageId = QStringLiteral("100000000000888");
const QString kVersionPath = QStringLiteral("/v21.0");

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

// An error as the Graph API writes one.
QHttpServerResponse graphError(Status status, int code, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("message"), message},
                                                        {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                                        {QStringLiteral("code"), code},
                                                        {QStringLiteral("fbtrace_id"), QStringLiteral("demo")}}}},
                               status);
}

QHttpServerResponse invalidParameter(const QString &details)
{
    return graphError(Status::BadRequest, 100, QStringLiteral("(#100) Invalid parameter: %1").arg(details));
}

// A form field's value in a multipart/form-data body ("" when it has none).
QByteArray formField(const QByteArray &body, const QByteArray &name)
{
    const qsizetype named = body.indexOf("name=\"" + name + "\"");
    const qsizetype start = named < 0 ? -1 : body.indexOf("\r\n\r\n", named);
    const qsizetype end = start < 0 ? -1 : body.indexOf("\r\n--", start + 4);
    return end < 0 ? QByteArray() : body.mid(start + 4, end - start - 4);
}

// When the customer's phone reports a message: delivered about a second
// after it went, read a few seconds later, each a little different.
int deliveredAfterMs(int n)
{
    return 900 + (n * 379) % 900;
}
int readAfterMs(int n)
{
    return deliveredAfterMs(n) + 2000 + (n * 631) % 2500;
}

} // namespace

DemoChannel::DemoChannel(WorkspaceData &data, ChannelSettingsStore &settings, WebhookApi &webhooks, qint64 workspaceId,
                         QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_settings(settings)
    , m_webhooks(webhooks)
    , m_workspaceId(workspaceId)
{
}

DemoChannel::~DemoChannel() = default;

bool DemoChannel::start(QString *error)
{
    m_run = randomHex(4);
    m_whatsappToken = QStringLiteral("EAAdemo") + randomHex(16);
    m_whatsappSecret = randomHex(16);
    m_pageToken = QStringLiteral("EAAdemo") + randomHex(16);
    m_messengerSecret = randomHex(16);
    m_http.route(kVersionPath + QStringLiteral("/<arg>/messages"), QHttpServerRequest::Method::Post,
                 [this](const QString &node, const QHttpServerRequest &request) { return send(node, request); });
    m_http.route(kVersionPath + QStringLiteral("/<arg>/media"), QHttpServerRequest::Method::Post,
                 [this](const QString &node, const QHttpServerRequest &request) { return upload(node, request); });
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("the demo's channels cannot listen on 127.0.0.1: %1").arg(m_tcp->errorString());
        return false;
    }
    m_http.bind(m_tcp);
    // Nobody else can sign in to this Graph API or sign webhooks for it: the
    // tokens and secrets are new each start and live in this process only.
    m_settings.setStandIn(
        m_workspaceId,
        QJsonObject{{QStringLiteral("graph_base"),
                     QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp->serverPort()).arg(kVersionPath)},
                    {QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("phone_number_id"), kPhoneNumberId},
                                                             {QStringLiteral("token"), m_whatsappToken},
                                                             {QStringLiteral("app_secret"), m_whatsappSecret},
                                                             {QStringLiteral("verify_token"), randomHex(16)}}},
                    {QStringLiteral("messenger"), QJsonObject{{QStringLiteral("page_id"), kPageId},
                                                              {QStringLiteral("page_token"), m_pageToken},
                                                              {QStringLiteral("app_secret"), m_messengerSecret},
                                                              {QStringLiteral("verify_token"), randomHex(16)}}}});
    qCInfo(lcServer) << "demo workspace" << m_workspaceId
                     << ": its WhatsApp and Messenger are played by this server, on 127.0.0.1 port"
                     << m_tcp->serverPort();
    return true;
}

QHttpServerResponse DemoChannel::send(const QString &node, const QHttpServerRequest &request)
{
    const bool whatsapp = node == kPhoneNumberId;
    if (!whatsapp && node != kPageId)
        return graphError(Status::BadRequest, 100,
                          QStringLiteral("Unsupported post request. Object with ID '%1' does not exist.").arg(node));
    if (request.value("Authorization") != "Bearer " + (whatsapp ? m_whatsappToken : m_pageToken).toUtf8())
        return graphError(Status::Unauthorized, 190, QStringLiteral("Invalid OAuth access token."));
    if (!whatsapp)
        return sendMessenger(request);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return invalidParameter(QStringLiteral("the body is not JSON"));
    return sendWhatsApp(body.object());
}

QHttpServerResponse DemoChannel::sendWhatsApp(const QJsonObject &body)
{
    const QString to = body.value(QStringLiteral("to")).toString();
    const QString type = body.value(QStringLiteral("type")).toString();
    if (body.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp") || to.isEmpty())
        return invalidParameter(QStringLiteral("messaging_product and to are required"));
    if (type == QLatin1String("text")) {
        if (body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString().isEmpty())
            return invalidParameter(QStringLiteral("text.body is required"));
    } else if (type == QLatin1String("template")) {
        // Meta sends only templates it approved: here, the workspace's.
        const QString name = body.value(QStringLiteral("template")).toObject().value(QStringLiteral("name")).toString();
        const std::optional<ChannelSettings> settings = m_settings.settings(m_workspaceId);
        if (!settings || !settings->findTemplate(name))
            return graphError(Status::NotFound, 132001,
                              QStringLiteral("(#132001) Template name does not exist in the translation"));
    } else if (type == QLatin1String("image") || type == QLatin1String("video") || type == QLatin1String("audio")
               || type == QLatin1String("document")) {
        if (!m_media.contains(body.value(type).toObject().value(QStringLiteral("id")).toString()))
            return invalidParameter(QStringLiteral("%1.id is not a media id of this number").arg(type));
    } else {
        return invalidParameter(QStringLiteral("type"));
    }
    const QString id = QStringLiteral("wamid.DEMO%1%2").arg(m_run).arg(++m_sent);
    followWhatsApp(id, to);
    QJsonObject message{{QStringLiteral("id"), id}};
    if (type == QLatin1String("template"))
        message.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                    {QStringLiteral("contacts"),
                     QJsonArray{QJsonObject{{QStringLiteral("input"), to}, {QStringLiteral("wa_id"), to}}}},
                    {QStringLiteral("messages"), QJsonArray{message}}});
}

QHttpServerResponse DemoChannel::sendMessenger(const QHttpServerRequest &request)
{
    // JSON, or with a file the same fields as multipart/form-data.
    QJsonObject body;
    const QByteArray raw = request.body();
    if (request.value("Content-Type").startsWith("multipart/form-data")) {
        if (formField(raw, "filedata").isEmpty())
            return invalidParameter(QStringLiteral("filedata is empty"));
        body.insert(QStringLiteral("recipient"), QJsonDocument::fromJson(formField(raw, "recipient")).object());
        body.insert(QStringLiteral("messaging_type"), QString::fromUtf8(formField(raw, "messaging_type")));
        body.insert(QStringLiteral("tag"), QString::fromUtf8(formField(raw, "tag")));
        body.insert(QStringLiteral("message"), QJsonDocument::fromJson(formField(raw, "message")).object());
    } else {
        body = QJsonDocument::fromJson(raw).object();
    }
    const QString recipient = body.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("id")).toString();
    const QString type = body.value(QStringLiteral("messaging_type")).toString();
    const QJsonObject message = body.value(QStringLiteral("message")).toObject();
    if (recipient.isEmpty())
        return invalidParameter(QStringLiteral("recipient.id is required"));
    if (type != QLatin1String("RESPONSE") && type != QLatin1String("UPDATE") && type != QLatin1String("MESSAGE_TAG"))
        return invalidParameter(QStringLiteral("messaging_type"));
    if (type == QLatin1String("MESSAGE_TAG") && body.value(QStringLiteral("tag")).toString().isEmpty())
        return invalidParameter(QStringLiteral("a MESSAGE_TAG message needs a tag"));
    if (message.value(QStringLiteral("text")).toString().isEmpty() && !message.contains(QStringLiteral("attachment")))
        return invalidParameter(QStringLiteral("message needs a text or an attachment"));
    const QString id = QStringLiteral("m_DEMO%1%2").arg(m_run).arg(++m_sent);
    followMessenger(id, recipient);
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("recipient_id"), recipient}, {QStringLiteral("message_id"), id}});
}

QHttpServerResponse DemoChannel::upload(const QString &node, const QHttpServerRequest &request)
{
    if (node != kPhoneNumberId)
        return graphError(Status::BadRequest, 100,
                          QStringLiteral("Unsupported post request. Object with ID '%1' does not exist.").arg(node));
    if (request.value("Authorization") != "Bearer " + m_whatsappToken.toUtf8())
        return graphError(Status::Unauthorized, 190, QStringLiteral("Invalid OAuth access token."));
    if (formField(request.body(), "messaging_product") != "whatsapp" || formField(request.body(), "file").isEmpty())
        return invalidParameter(QStringLiteral("messaging_product and file are required"));
    const QString id = QStringLiteral("%1%2").arg(m_run).arg(++m_sent);
    m_media.insert(id);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), id}});
}

void DemoChannel::followWhatsApp(const QString &messageId, const QString &recipient)
{
    const int n = m_sent;
    QTimer::singleShot(250, this, [=] { whatsAppStatus(messageId, recipient, QStringLiteral("sent")); });
    QTimer::singleShot(deliveredAfterMs(n), this,
                       [=] { whatsAppStatus(messageId, recipient, QStringLiteral("delivered")); });
    QTimer::singleShot(readAfterMs(n), this, [=] { whatsAppStatus(messageId, recipient, QStringLiteral("read")); });
}

void DemoChannel::followMessenger(const QString &messageId, const QString &recipient)
{
    const int n = m_sent;
    QTimer::singleShot(deliveredAfterMs(n), this, [=] {
        messengerEvent(recipient, QStringLiteral("delivery"),
                       QJsonObject{{QStringLiteral("mids"), QJsonArray{messageId}},
                                   {QStringLiteral("watermark"), QDateTime::currentMSecsSinceEpoch()}});
    });
    // Messenger says up to when the customer has read, not which message.
    QTimer::singleShot(readAfterMs(n), this, [=] {
        messengerEvent(recipient, QStringLiteral("read"),
                       QJsonObject{{QStringLiteral("watermark"), QDateTime::currentMSecsSinceEpoch()}});
    });
}

void DemoChannel::whatsAppStatus(const QString &messageId, const QString &recipient, const QString &status)
{
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550100777")},
                                         {QStringLiteral("phone_number_id"), kPhoneNumberId}}},
                            {QStringLiteral("statuses"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), messageId},
                                                    {QStringLiteral("status"), status},
                                                    {QStringLiteral("timestamp"),
                                                     QString::number(QDateTime::currentSecsSinceEpoch())},
                                                    {QStringLiteral("recipient_id"), recipient}}}}};
    deliver(Channel::WhatsApp,
            QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                        {QStringLiteral("entry"),
                         QJsonArray{
                             QJsonObject{{QStringLiteral("id"), kBusinessAccountId},
                                         {QStringLiteral("changes"),
                                          QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                 {QStringLiteral("value"), value}}}}}}}});
}

void DemoChannel::messengerEvent(const QString &recipient, const QString &kind, const QJsonObject &event)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject messaging{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), recipient}}},
                                {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), kPageId}}},
                                {QStringLiteral("timestamp"), now},
                                {kind, event}};
    deliver(Channel::Messenger,
            QJsonObject{{QStringLiteral("object"), QStringLiteral("page")},
                        {QStringLiteral("entry"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), kPageId},
                                                {QStringLiteral("time"), now},
                                                {QStringLiteral("messaging"), QJsonArray{messaging}}}}}});
}

void DemoChannel::deliver(Channel channel, const QJsonObject &webhook)
{
    const QByteArray body = QJsonDocument(webhook).toJson(QJsonDocument::Compact);
    const QByteArray secret = (channel == Channel::WhatsApp ? m_whatsappSecret : m_messengerSecret).toUtf8();
    const QHttpServerResponse answer = m_webhooks.receiveBody(channel, m_data.widgetKey(m_workspaceId), body,
                                                              webhookSignature(body, secret));
    // Refused when the workspace has channels of its own by now: they stand in no longer.
    if (answer.statusCode() != Status::Ok)
        qCInfo(lcServer) << "the demo's" << toString(channel) << "status webhook was refused: HTTP"
                         << int(answer.statusCode());
}

} // namespace relaydesk::server
