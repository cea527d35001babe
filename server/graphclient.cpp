#include "graphclient.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace relaydesk::server {

QString GraphReply::reason(const QString &service) const
{
    if (timedOut)
        return QStringLiteral("%1 did not answer in time.").arg(service);
    if (tooLarge)
        return QStringLiteral("%1 sent a file over the size limit.").arg(service);
    if (httpStatus == 0)
        return QStringLiteral("%1 could not be reached (%2).").arg(service, networkError.left(200));
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString().left(300);
    const QString details =
        error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString().left(300);
    const int code = error.value(QStringLiteral("code")).toInt();
    if (!message.isEmpty()) {
        // Meta's messages often start with the code already: "(#131047) Re-engagement message".
        QString text = code && !message.startsWith(QLatin1String("(#"))
                           ? QStringLiteral("%1 refused it: (#%2) %3").arg(service).arg(code).arg(message)
                           : QStringLiteral("%1 refused it: %2").arg(service, message);
        if (!details.isEmpty())
            text += QStringLiteral(" — ") + details;
        return text;
    }
    return QStringLiteral("%1 answered HTTP %2.").arg(service).arg(httpStatus);
}

namespace {

// A few words for what went wrong on the network. Not errorString(), which
// may quote the URL, and a media URL carries Meta's signed parameters.
QString describe(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the connection was closed");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("the TLS handshake failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("no network");
    case QNetworkReply::InsecureRedirectError:
        return QStringLiteral("redirected away from https");
    default:
        return QStringLiteral("network error %1").arg(int(error));
    }
}

} // namespace

GraphClient::GraphClient(QObject *parent)
    : QObject(parent)
{
    // Redirects only to https (a media URL may redirect to a CDN).
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QNetworkRequest GraphClient::request(const QUrl &url, const QByteArray &bearer)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("relaydesk-server"));
    return request;
}

void GraphClient::postJson(const QUrl &url, const QByteArray &bearer, const QJsonObject &body, int timeoutMs,
                           QObject *context, Callback done)
{
    QNetworkRequest r = request(url, bearer);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)), timeoutMs, 1024 * 1024, context,
          std::move(done));
}

void GraphClient::postMultipart(const QUrl &url, const QByteArray &bearer, QHttpMultiPart *parts, int timeoutMs,
                                QObject *context, Callback done)
{
    QNetworkReply *reply = m_network.post(request(url, bearer), parts);
    parts->setParent(reply);
    watch(reply, timeoutMs, 1024 * 1024, context, std::move(done));
}

void GraphClient::get(const QUrl &url, const QByteArray &bearer, int timeoutMs, qint64 maxBytes, QObject *context,
                      Callback done)
{
    watch(m_network.get(request(url, bearer)), timeoutMs, maxBytes, context, std::move(done));
}

void GraphClient::watch(QNetworkReply *reply, int timeoutMs, qint64 maxBytes, QObject *context, Callback done)
{
    ++m_pending;
    struct State
    {
        GraphReply answer;
        QByteArray body;
    };
    auto state = std::make_shared<State>();
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->answer.timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, maxBytes] {
        state->body += reply->readAll();
        if (state->body.size() > maxBytes) {
            state->answer.tooLarge = true;
            state->body.clear();
            reply->abort();
        }
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, guard, done = std::move(done)] {
        --m_pending;
        reply->deleteLater();
        GraphReply &answer = state->answer;
        if (!answer.tooLarge)
            state->body += reply->readAll();
        answer.httpStatus = answer.timedOut || answer.tooLarge
                                ? 0
                                : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && answer.httpStatus == 0)
            answer.networkError = describe(reply->error());
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.bytes = state->body;
        answer.json = QJsonDocument::fromJson(state->body).object();
        if (guard)
            done(answer);
    });
}

} // namespace relaydesk::server
