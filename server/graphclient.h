#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QHttpMultiPart;

namespace relaydesk::server {

// What an outside HTTP service (Meta's Graph API, an AI endpoint) answered.
struct GraphReply
{
    int httpStatus = 0; // 0: no answer (timeout, network)
    QJsonObject json;   // the body, when it is a JSON object
    QByteArray bytes;   // the raw body (downloads)
    QByteArray contentType;
    bool timedOut = false;
    bool tooLarge = false;
    QString networkError; // for the logs and reasons; never holds a token

    [[nodiscard]] bool ok() const { return httpStatus >= 200 && httpStatus < 300 && !timedOut && !tooLarge; }
    // Worth trying again later: no answer, or the service's own trouble.
    [[nodiscard]] bool transient() const
    {
        return !tooLarge && (httpStatus == 0 || httpStatus == 429 || httpStatus >= 500);
    }
    // A sentence for a failure_reason or a log line: `service` refused or
    // did not answer, and why, in Meta's words ("(#131047) Re-engagement
    // message") when it gave some. Never quotes a token or message text.
    QString reason(const QString &service) const;
};

// Requests to outside services on the server's one thread, never blocking:
// each answer comes back through a callback that dies with its `context`.
// Every request has a deadline; bodies are capped.
class GraphClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const GraphReply &)>;
    explicit GraphClient(QObject *parent = nullptr);

    void postJson(const QUrl &url, const QByteArray &bearer, const QJsonObject &body, int timeoutMs, QObject *context,
                  Callback done);
    void postMultipart(const QUrl &url, const QByteArray &bearer, QHttpMultiPart *parts, int timeoutMs,
                       QObject *context, Callback done);
    // `maxBytes`: a body larger than this is cut off and reported tooLarge.
    void get(const QUrl &url, const QByteArray &bearer, int timeoutMs, qint64 maxBytes, QObject *context,
             Callback done);

    int pending() const { return m_pending; }

private:
    void watch(QNetworkReply *reply, int timeoutMs, qint64 maxBytes, QObject *context, Callback done);
    static QNetworkRequest request(const QUrl &url, const QByteArray &bearer);

    QNetworkAccessManager m_network;
    int m_pending = 0;
};

} // namespace relaydesk::server
