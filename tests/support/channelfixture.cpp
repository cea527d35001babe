#include "channelfixture.h"

#include "httpcall.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace relaydesk::test {

RawReply rawCall(const QUrl &url, const QByteArray &method, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    RawReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

QByteArray metaSignature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray ChannelFixture::toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ChannelFixture::start(const QStringList &extraArguments)
{
    if (!addAgent(server.dataDirectory(), QStringLiteral("agent@shop.example"), QStringLiteral("Shop"),
                  "agent password 1")
        || !server.start(extraArguments))
        return false;
    const HttpAnswer answer = httpCall(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                       {{QStringLiteral("email"), QStringLiteral("agent@shop.example")},
                                        {QStringLiteral("password"), QStringLiteral("agent password 1")}});
    token = answer.body.value(QStringLiteral("token")).toString();
    widgetKey =
        answer.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString();
    agentId = qint64(answer.body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toDouble());
    return !token.isEmpty() && !widgetKey.isEmpty();
}

int ChannelFixture::setSettings(const QJsonObject &settings, QString *output)
{
    static int counter = 0;
    const QString path = server.dataDirectory() + QStringLiteral("/settings-%1.json").arg(++counter);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write(QJsonDocument(settings).toJson());
    file.close();
    QProcess admin;
    admin.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                {QStringLiteral("--data-dir"), server.dataDirectory(), QStringLiteral("--workspace"),
                 QStringLiteral("Shop"), QStringLiteral("--channel-settings"), path});
    admin.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(admin.readAllStandardOutput() + admin.readAllStandardError());
    QFile::remove(path);
    return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
}

QJsonObject ChannelFixture::baseSettings(const QUrl &graphBase)
{
    return QJsonObject{{QStringLiteral("graph_base"), graphBase.toString()},
                       {QStringLiteral("graph_timeout_ms"), 3000},
                       {QStringLiteral("send_retries"), 0},
                       {QStringLiteral("retry_delay_ms"), 50},
                       {QStringLiteral("whatsapp"),
                        QJsonObject{{QStringLiteral("phone_number_id"), QString::fromLatin1(kPhoneNumberId)},
                                    {QStringLiteral("token"), QString::fromLatin1(kToken)},
                                    {QStringLiteral("app_secret"), QString::fromLatin1(kAppSecret)},
                                    {QStringLiteral("verify_token"), QString::fromLatin1(kVerifyToken)}}},
                       {QStringLiteral("messenger"),
                        QJsonObject{{QStringLiteral("page_id"), QString::fromLatin1(kPageId)},
                                    {QStringLiteral("page_token"), QStringLiteral("EAAG-test-page-token")},
                                    {QStringLiteral("app_secret"), QString::fromLatin1(kAppSecret)},
                                    {QStringLiteral("verify_token"), QString::fromLatin1(kVerifyToken)}}},
                       {QStringLiteral("templates"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                                               {QStringLiteral("language"), QStringLiteral("en_US")},
                                               {QStringLiteral("body"),
                                                QStringLiteral("Hi {{1}}, your order {{2}} is on its way.")}}}}};
}

QUrl ChannelFixture::webhookUrl(const QString &channel) const
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v1/webhooks/%1/%2").arg(channel, widgetKey));
    return url;
}

RawReply ChannelFixture::postWebhook(const QString &channel, const QByteArray &body, const QByteArray &secret)
{
    return rawCall(webhookUrl(channel), "POST", body, {{"X-Hub-Signature-256", metaSignature(body, secret)}});
}

RawReply ChannelFixture::rest(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl url = server.baseUrl();
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return rawCall(url, method, body.isEmpty() ? QByteArray() : toBytes(body),
                   {{"Authorization", "Bearer " + token.toLatin1()}});
}

QJsonArray ChannelFixture::conversations()
{
    return rest("GET", QStringLiteral("/v1/conversations?limit=200"))
        .json.value(QStringLiteral("conversations"))
        .toArray();
}

QJsonArray ChannelFixture::messages(qint64 conversationId)
{
    return rest("GET", QStringLiteral("/v1/conversations/%1/messages?limit=200").arg(conversationId))
        .json.value(QStringLiteral("messages"))
        .toArray();
}

QJsonObject ChannelFixture::conversation(qint64 conversationId)
{
    for (const QJsonValue &c : conversations()) {
        if (qint64(c.toObject().value(QStringLiteral("id")).toDouble()) == conversationId)
            return c.toObject();
    }
    return {};
}

qint64 ChannelFixture::newestConversation()
{
    const QJsonArray list = conversations();
    return list.isEmpty() ? 0 : qint64(list.first().toObject().value(QStringLiteral("id")).toDouble());
}

QJsonObject ChannelFixture::contact(qint64 contactId)
{
    return rest("GET", QStringLiteral("/v1/contacts/%1").arg(contactId))
        .json.value(QStringLiteral("contact"))
        .toObject();
}

std::unique_ptr<StreamClient> ChannelFixture::stream()
{
    auto client = std::make_unique<StreamClient>();
    if (!client->connectTo(server.baseUrl()))
        return nullptr;
    client->hello(token, 0);
    const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
    if (welcome.isEmpty() || !client->waitForSeq(qint64(welcome.value(QStringLiteral("head_seq")).toDouble())))
        return nullptr;
    return client;
}

QJsonObject ChannelFixture::upload(const QByteArray &bytes, const QString &fileName)
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v1/media"));
    return rawCall(url, "POST", bytes,
                   {{"Authorization", "Bearer " + token.toLatin1()},
                    {"Content-Type", "application/octet-stream"},
                    {"X-File-Name", QUrl::toPercentEncoding(fileName)}})
        .json;
}

QByteArray ChannelFixture::newVisitor()
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v1/webchat/%1/visitors").arg(widgetKey));
    return rawCall(url, "POST", "{}").json.value(QStringLiteral("visitor_token")).toString().toLatin1();
}

bool ChannelFixture::visitorWrites(const QByteArray &visitorToken, const QString &text)
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v1/webchat/%1/messages").arg(widgetKey));
    return rawCall(url, "POST", toBytes({{QStringLiteral("text"), text}}),
                   {{"Authorization", "Visitor " + visitorToken}})
               .status
           == 201;
}

QByteArray chatCompletion(const QString &content)
{
    return ChannelFixture::toBytes(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                    {QStringLiteral("object"), QStringLiteral("chat.completion")},
                    {QStringLiteral("choices"),
                     QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                            {QStringLiteral("message"),
                                             QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                         {QStringLiteral("content"), content}}},
                                            {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}});
}

QJsonObject waitForEvent(StreamClient &client, const QString &kind,
                         const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QJsonObject &frame : std::as_const(client.frames)) {
            if (frame.value(QStringLiteral("type")).toString() == QLatin1String("event")
                && frame.value(QStringLiteral("kind")).toString() == kind
                && match(frame.value(QStringLiteral("data")).toObject()))
                return frame.value(QStringLiteral("data")).toObject();
        }
        if (deadline.hasExpired())
            return {};
        QTest::qWait(10);
    }
}

QJsonObject commandAck(StreamClient &client, const QString &name, const QJsonObject &args)
{
    return client.waitFor(QStringLiteral("ack"), 15000, client.command(name, args));
}

QJsonObject whatsAppWebhook(const QJsonArray &messages, const QJsonArray &statuses, const QString &phoneNumberId,
                            const QJsonArray &contacts)
{
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                   {QStringLiteral("phone_number_id"), phoneNumberId}}}};
    if (!contacts.isEmpty())
        value.insert(QStringLiteral("contacts"), contacts);
    if (!messages.isEmpty())
        value.insert(QStringLiteral("messages"), messages);
    if (!statuses.isEmpty())
        value.insert(QStringLiteral("statuses"), statuses);
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                        {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}};
}

QJsonObject whatsAppText(const QString &from, const QString &id, const QString &text)
{
    return QJsonObject{{QStringLiteral("from"), from},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
}

QJsonObject whatsAppStatus(const QString &id, const QString &status, const QJsonArray &errors)
{
    QJsonObject s{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                  {QStringLiteral("recipient_id"), QStringLiteral("16315551181")}};
    if (!errors.isEmpty())
        s.insert(QStringLiteral("errors"), errors);
    return s;
}

QJsonObject messengerWebhook(const QJsonArray &messaging, const QString &pageId)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("page")},
                       {QStringLiteral("entry"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), pageId},
                                               {QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()},
                                               {QStringLiteral("messaging"), messaging}}}}};
}

} // namespace relaydesk::test
