#include "webchatapi.h"

#include "clientaddress.h"
#include "contactfields.h"
#include "httpapi.h"
#include "httpcompat.h"
#include "log.h"
#include "serverconfig.h"
#include "streamhub.h"
#include "webchatbody.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Status = QHttpServerResponse::StatusCode;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

// A visitor is known by the hash of their token only, so tokens are never stored.
QString visitorIdFrom(const QHttpServerRequest &request)
{
    return webchatVisitorId(request.value("Authorization"));
}

QHttpServerResponse withCors(QHttpServerResponse response, const QByteArray &allowOrigin)
{
    if (allowOrigin.isEmpty())
        return response;
    setResponseHeader(response, "Access-Control-Allow-Origin", allowOrigin);
    setResponseHeader(response, "Access-Control-Expose-Headers", "Retry-After");
    if (allowOrigin != "*")
        setResponseHeader(response, "Vary", "Origin");
    return response;
}

QHttpServerResponse notFound()
{
    // Any website may learn that a key does not exist; it reveals nothing.
    return withCors(HttpApi::error(QString::fromLatin1(errors::kNotFound),
                                   QStringLiteral("There is no web chat with this key."), Status::NotFound),
                    "*");
}

} // namespace

WebChatApi::WebChatApi(WorkspaceData &data, StreamHub &hub, const ServerConfig &config,
                       const ClientAddresses &addresses)
    : m_data(data)
    , m_hub(hub)
    , m_addresses(addresses)
    , m_newVisitors(config.webchatVisitorsPerMinute, kMinuteMs)
    , m_visitorMessages(config.webchatMessagesPerMinute, kMinuteMs)
    , m_addressMessages(config.webchatAddressMessagesPerMinute, kMinuteMs)
{
}

std::optional<QString> WebChatApi::normaliseOrigin(const QString &text)
{
    return normaliseWebchatOrigin(text);
}

void WebChatApi::addRoutes(QHttpServer &http)
{
    http.route(QStringLiteral("/v1/webchat/<arg>/<arg>"), QHttpServerRequest::Method::Options,
               [this](const QString &widgetKey, const QString &endpoint, const QHttpServerRequest &request) {
                   return preflight(widgetKey, endpoint, request);
               });
    http.route(QStringLiteral("/v1/webchat/<arg>/visitors"), QHttpServerRequest::Method::Post,
               [this](const QString &widgetKey, const QHttpServerRequest &request) {
                   return startVisit(widgetKey, request);
               });
    http.route(QStringLiteral("/v1/webchat/<arg>/messages"), QHttpServerRequest::Method::Post,
               [this](const QString &widgetKey, const QHttpServerRequest &request) {
                   return write(widgetKey, request);
               });
    http.route(QStringLiteral("/v1/webchat/<arg>/messages"), QHttpServerRequest::Method::Get,
               [this](const QString &widgetKey, const QHttpServerRequest &request) {
                   return read(widgetKey, request);
               });
    http.route(QStringLiteral("/v1/webchat/<arg>/read"), QHttpServerRequest::Method::Post,
               [this](const QString &widgetKey, const QHttpServerRequest &request) {
                   return markRead(widgetKey, request);
               });
}

std::optional<QHttpServerResponse> WebChatApi::admit(const QString &widgetKey, const QHttpServerRequest &request,
                                                     bool needsVisitor, Visit *visit)
{
    const std::optional<qint64> workspace = m_data.workspaceByWidgetKey(widgetKey);
    if (!workspace)
        return notFound();
    visit->workspaceId = *workspace;
    visit->address = m_addresses.of(request).toString();
    const QStringList allowed = m_data.webchatOrigins(*workspace);
    const QByteArray origin = request.value("Origin").trimmed();
    if (allowed.isEmpty()) {
        visit->allowOrigin = "*";
    } else if (!origin.isEmpty()) {
        // No Origin: not a browser calling from a page (a server, a script), which CORS does not concern.
        const std::optional<QString> normalised = normaliseOrigin(QString::fromUtf8(origin));
        if (!normalised || !allowed.contains(*normalised)) {
            qCInfo(lcServer) << "web chat refused for an origin the workspace did not allow";
            return HttpApi::error(QString::fromLatin1(errors::kOriginNotAllowed),
                                  QStringLiteral("This website may not use this web chat; the workspace's admin "
                                                 "can allow it."),
                                  Status::Forbidden);
        }
        visit->allowOrigin = normalised->toUtf8();
    }
    if (needsVisitor) {
        visit->visitor = visitorIdFrom(request);
        if (visit->visitor.isEmpty())
            return withCors(HttpApi::error(QString::fromLatin1(errors::kUnauthorized),
                                           QStringLiteral("Start a visit first."), Status::Unauthorized),
                            visit->allowOrigin);
    }
    return std::nullopt;
}

std::optional<QHttpServerResponse> WebChatApi::limit(std::initializer_list<std::pair<RateLimiter *, QString>> keys)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 wait = 0;
    for (const auto &[limiter, key] : keys) {
        if (!limiter->isUnlimited())
            wait = qMax(wait, limiter->retryAfter(key, now));
    }
    if (wait <= 0) {
        for (const auto &[limiter, key] : keys)
            limiter->take(key, now);
        return std::nullopt;
    }
    const qint64 seconds = (wait + 999) / 1000;
    QHttpServerResponse response =
        HttpApi::error(QString::fromLatin1(errors::kRateLimited),
                       QStringLiteral("Too many messages at once. Try again in %1 seconds.").arg(seconds),
                       Status::TooManyRequests);
    setResponseHeader(response, "Retry-After", QByteArray::number(seconds));
    return response;
}

QHttpServerResponse WebChatApi::preflight(const QString &widgetKey, const QString &endpoint,
                                          const QHttpServerRequest &request)
{
    if (endpoint != QLatin1String("visitors") && endpoint != QLatin1String("messages")
        && endpoint != QLatin1String("read"))
        return notFound();
    Visit visit;
    if (auto refusal = admit(widgetKey, request, false, &visit))
        return std::move(*refusal);
    QHttpServerResponse response(Status::NoContent);
    setResponseHeader(response, "Access-Control-Allow-Methods",
                      endpoint == QLatin1String("messages") ? "GET, POST, OPTIONS" : "POST, OPTIONS");
    setResponseHeader(response, "Access-Control-Allow-Headers", "Authorization, Content-Type");
    setResponseHeader(response, "Access-Control-Max-Age", "600");
    return withCors(std::move(response), visit.allowOrigin.isEmpty() ? QByteArray("*") : visit.allowOrigin);
}

QHttpServerResponse WebChatApi::startVisit(const QString &widgetKey, const QHttpServerRequest &request)
{
    Visit visit;
    if (auto refusal = admit(widgetKey, request, false, &visit))
        return std::move(*refusal);
    // The name and e-mail the visitor typed in the widget, if any: checked now, kept for their first message.
    contactfields::VisitorDetails details;
    QString problem;
    if (!contactfields::readVisitorDetails(request.body(), &details, &problem))
        return withCors(HttpApi::error(QString::fromLatin1(errors::kBadRequest), problem, Status::BadRequest),
                        visit.allowOrigin);
    if (auto refusal = limit({{&m_newVisitors, visit.address}}))
        return withCors(std::move(*refusal), visit.allowOrigin);
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    const QString token = QStringLiteral("rdv_")
                          + QString::fromLatin1(
                              bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if ((!details.name.isEmpty() || !details.email.isEmpty())
        && !m_data.rememberVisitor(visit.workspaceId, webchatVisitorId("Visitor " + token.toLatin1()), details.name,
                                   details.email))
        return withCors(HttpApi::error(QString::fromLatin1(errors::kInternal),
                                       QStringLiteral("The visit could not be started; try again."),
                                       Status::InternalServerError),
                        visit.allowOrigin);
    return withCors(QHttpServerResponse(QJsonObject{{QStringLiteral("visitor_token"), token}}, Status::Created),
                    visit.allowOrigin);
}

QHttpServerResponse WebChatApi::write(const QString &widgetKey, const QHttpServerRequest &request)
{
    Visit visit;
    if (auto refusal = admit(widgetKey, request, true, &visit))
        return std::move(*refusal);
    if (request.body().size() > HttpApi::kMaxJsonBody)
        return withCors(HttpApi::error(QString::fromLatin1(errors::kTooLarge),
                                       QStringLiteral("The message is too large."), Status::PayloadTooLarge),
                        visit.allowOrigin);
    std::optional<QString> text = webchatMessageText(request.body());
    if (!text) {
        // Read again only to say what was wrong (the common path parses once).
        const QString written =
            QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("text")).toString();
        // Fault injection for the tests: store text as servers did before the
        // text rule, to show that desktops step over it (tst_sync_unreadable).
        if (qEnvironmentVariable("RELAYDESK_TEST_FAULT") == QLatin1String("store-unreadable-text")
            && !written.trimmed().isEmpty())
            text = written;
        const QString problem = textProblem(written);
        if (!text)
            return withCors(
                HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                               problem.isEmpty()
                                   ? QStringLiteral("text: write between 1 and %1 characters.").arg(kMaxTextChars)
                                   : QStringLiteral("text: %1").arg(problem),
                               Status::BadRequest),
                visit.allowOrigin);
    }
    if (auto refusal = limit({{&m_visitorMessages, visit.visitor}, {&m_addressMessages, visit.address}}))
        return withCors(std::move(*refusal), visit.allowOrigin);
    const Change change = m_data.visitorWrites(visit.workspaceId, visit.visitor, *text);
    if (!change.ok())
        return withCors(HttpApi::error(change.errorCode, change.errorMessage, Status::InternalServerError),
                        visit.allowOrigin);
    m_hub.publish(visit.workspaceId, change);
    return withCors(QHttpServerResponse(change.result, Status::Created), visit.allowOrigin);
}

QHttpServerResponse WebChatApi::read(const QString &widgetKey, const QHttpServerRequest &request)
{
    Visit visit;
    if (auto refusal = admit(widgetKey, request, true, &visit))
        return std::move(*refusal);
    bool afterOk = true;
    const QString afterText = request.query().queryItemValue(QStringLiteral("after"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&afterOk);
    if (!afterOk || after < 0 || after > kMaxSafeInteger)
        return withCors(HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                                       QStringLiteral("after: a message id, or 0."), Status::BadRequest),
                        visit.allowOrigin);
    const QVector<Message> page = m_data.visitorMessages(visit.workspaceId, visit.visitor, after);
    QJsonArray messages;
    for (const Message &m : page) {
        messages.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("author"), toString(m.author)},
                                    {QStringLiteral("author_name"), m.authorName},
                                    {QStringLiteral("kind"), toString(m.kind)},
                                    {QStringLiteral("text"), m.text},
                                    {QStringLiteral("created_at"), m.createdAt}});
    }
    // What the widget fetched has reached the visitor's browser: delivered.
    if (!page.isEmpty()) {
        const Change change = m_data.advanceVisitorMessages(visit.workspaceId, visit.visitor, after,
                                                            page.constLast().id, MessageStatus::Delivered);
        if (change.ok())
            m_hub.publish(visit.workspaceId, change);
        else
            qCWarning(lcServer) << "could not mark web chat messages delivered:" << change.errorMessage;
    }
    return withCors(QHttpServerResponse(QJsonObject{{QStringLiteral("messages"), messages}}), visit.allowOrigin);
}

QHttpServerResponse WebChatApi::markRead(const QString &widgetKey, const QHttpServerRequest &request)
{
    Visit visit;
    if (auto refusal = admit(widgetKey, request, true, &visit))
        return std::move(*refusal);
    const std::optional<qint64> upTo = webchatReadUpTo(request.body());
    if (request.body().size() > HttpApi::kMaxJsonBody || !upTo)
        return withCors(HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                                       QStringLiteral("Give up_to: the id of the newest message the visitor has seen."),
                                       Status::BadRequest),
                        visit.allowOrigin);
    const Change change = m_data.advanceVisitorMessages(visit.workspaceId, visit.visitor, 0, *upTo,
                                                        MessageStatus::Read);
    if (!change.ok())
        return withCors(HttpApi::error(change.errorCode, change.errorMessage, Status::InternalServerError),
                        visit.allowOrigin);
    m_hub.publish(visit.workspaceId, change);
    return withCors(QHttpServerResponse(change.result), visit.allowOrigin);
}

} // namespace relaydesk::server
