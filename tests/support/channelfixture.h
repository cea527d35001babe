#pragma once

// A relaydesk-server process with a workspace whose channels and autopilot
// are set, for the channel suites: signed webhooks, the agents' REST view,
// and polling until the server has done something.

#include "serverprocess.h"
#include "streamclient.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace relaydesk::test {

struct RawReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// Sends `body` as it is, with these headers, and waits for the answer.
RawReply rawCall(const QUrl &url, const QByteArray &method, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});

// HMAC-SHA256 of the body, as Meta writes X-Hub-Signature-256.
QByteArray metaSignature(const QByteArray &body, const QByteArray &secret);

class ChannelFixture
{
public:
    static constexpr char kAppSecret[] = "test-app-secret-0123456789";
    static constexpr char kVerifyToken[] = "verify-me-42";
    static constexpr char kPhoneNumberId[] = "106540352242922";
    static constexpr char kPageId[] = "1234567890";
    static constexpr char kToken[] = "EAAG-test-business-token";

    // Adds the agent, starts the server, signs in.
    bool start(const QStringList &extraArguments = {});
    // Sets the workspace's settings with the admin command; its exit code
    // (0 on success) and what it printed.
    int setSettings(const QJsonObject &settings, QString *output = nullptr);
    // A settings document for WhatsApp and Messenger at `graphBase`, no retries.
    static QJsonObject baseSettings(const QUrl &graphBase);

    QUrl webhookUrl(const QString &channel) const;
    RawReply postWebhook(const QString &channel, const QByteArray &body, const QByteArray &secret = kAppSecret);
    RawReply postWebhook(const QString &channel, const QJsonObject &body)
    {
        return postWebhook(channel, toBytes(body));
    }
    RawReply rest(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QJsonArray conversations();
    QJsonArray messages(qint64 conversationId); // newest first
    QJsonObject conversation(qint64 conversationId);
    // The newest conversation (0 when none).
    qint64 newestConversation();
    QJsonObject contact(qint64 contactId);
    // An agent's stream, caught up.
    std::unique_ptr<StreamClient> stream();
    // Uploads bytes as media; the attachment record.
    QJsonObject upload(const QByteArray &bytes, const QString &fileName);
    // A new web chat visitor of the workspace (their token), and a message from one.
    QByteArray newVisitor();
    bool visitorWrites(const QByteArray &visitorToken, const QString &text);

    static QByteArray toBytes(const QJsonObject &object);

    ServerProcess server;
    QString token;
    QString widgetKey;
    qint64 agentId = 0;
};

// Waits for an event of `kind` whose data `match` accepts; {} after the deadline.
QJsonObject waitForEvent(StreamClient &client, const QString &kind,
                         const std::function<bool(const QJsonObject &data)> &match, int timeoutMs = 15000);
// Sends a command and waits for its ack.
QJsonObject commandAck(StreamClient &client, const QString &name, const QJsonObject &args);

// An OpenAI-compatible chat completion answering `content`.
QByteArray chatCompletion(const QString &content);

// Meta's payloads, as in its documentation.
QJsonObject whatsAppWebhook(const QJsonArray &messages, const QJsonArray &statuses = {},
                            const QString &phoneNumberId = QString::fromLatin1(ChannelFixture::kPhoneNumberId),
                            const QJsonArray &contacts = {});
QJsonObject whatsAppText(const QString &from, const QString &id, const QString &text);
QJsonObject whatsAppStatus(const QString &id, const QString &status, const QJsonArray &errors = {});
QJsonObject messengerWebhook(const QJsonArray &messaging,
                             const QString &pageId = QString::fromLatin1(ChannelFixture::kPageId));

} // namespace relaydesk::test
