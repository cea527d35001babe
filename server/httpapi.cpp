#include "httpapi.h"

#include "accounts.h"
#include "channelsettings.h"
#include "clientaddress.h"
#include "httpcompat.h"

#include "protocol/codec.h"
#include "protocol/version.h"
#include "relaydesk/buildinfo.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

namespace relaydesk::server {

using Status = QHttpServerResponse::StatusCode;

QJsonObject agentJson(const Agent &agent)
{
    return QJsonObject{{QStringLiteral("id"), agent.id},
                       {QStringLiteral("name"), agent.name},
                       {QStringLiteral("email"), agent.email},
                       {QStringLiteral("role"), agent.role}};
}

namespace {

QJsonObject workspaceJson(const Agent &agent)
{
    return QJsonObject{{QStringLiteral("id"), agent.workspaceId},
                       {QStringLiteral("name"), agent.workspaceName},
                       {QStringLiteral("widget_key"), agent.widgetKey}};
}

Status statusFor(const QString &code)
{
    if (code == QLatin1String("rate_limited"))
        return Status::TooManyRequests;
    if (code == QLatin1String("bad_request"))
        return Status::BadRequest;
    if (code == QLatin1String("conflict"))
        return Status::Conflict;
    if (code == QLatin1String("forbidden"))
        return Status::Forbidden;
    return Status::Unauthorized;
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, QHttpServerResponse *refusal)
{
    const QByteArray body = request.body();
    if (body.size() > HttpApi::kMaxJsonBody) {
        *refusal = HttpApi::error(QStringLiteral("too_large"), QStringLiteral("The request body is too large."),
                                  Status::PayloadTooLarge);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = HttpApi::error(QStringLiteral("bad_request"),
                                  QStringLiteral("The request body must be a JSON object."), Status::BadRequest);
        return std::nullopt;
    }
    // The one rule for text coming in (docs/protocol.md, "Text").
    if (const QString problem = protocol::firstTextProblem(document.object(), QString()); !problem.isEmpty()) {
        *refusal = HttpApi::error(QStringLiteral("bad_request"), problem, Status::BadRequest);
        return std::nullopt;
    }
    return document.object();
}

} // namespace

HttpApi::HttpApi(Accounts &accounts, const ClientAddresses &addresses)
    : m_accounts(accounts)
    , m_addresses(addresses)
    , m_mainThread(std::make_unique<QObject>())
{
    m_hashers.setMaxThreadCount(kHashThreads);
}

HttpApi::~HttpApi()
{
    m_hashers.waitForDone();
}

QHttpServerResponse HttpApi::error(const QString &code, const QString &message, Status status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("code"), code},
                                                        {QStringLiteral("message"), message}}}},
                               status);
}

QString HttpApi::bearerToken(const QHttpServerRequest &request)
{
    return bearerToken(request.value("Authorization"));
}

QString HttpApi::bearerToken(const QByteArray &authorization)
{
    const QByteArray header = authorization.trimmed();
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

void HttpApi::addRoutes(QHttpServer &http)
{
    http.route(QStringLiteral("/v1/health"), [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("protocol"), protocol::kProtocolVersion},
                           {QStringLiteral("version"), QStringLiteral(RELAYDESK_VERSION)}};
    });
    http.route(QStringLiteral("/v1/auth/sign-in"), QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   signIn(request, std::move(responder));
               });
    http.route(QStringLiteral("/v1/auth/sign-out"), QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return signOut(request); });
    http.route(QStringLiteral("/v1/me"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return me(request); });
    http.route(QStringLiteral("/v1/agents"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return agents(request); });
}

namespace {

QHttpServerResponse signInRefusal(const AccountError &failure)
{
    QHttpServerResponse response = HttpApi::error(failure.code, failure.message, statusFor(failure.code));
    if (failure.retryAfterMs > 0)
        setResponseHeader(response, "Retry-After", QByteArray::number((failure.retryAfterMs + 999) / 1000));
    return response;
}

} // namespace

void HttpApi::signIn(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto answer = std::make_shared<DeferredResponder>(std::move(responder));
    QHttpServerResponse refusal(Status::BadRequest);
    const std::optional<QJsonObject> body = jsonBody(request, &refusal);
    if (!body)
        return answer->send(refusal);
    const QJsonValue email = body->value(QStringLiteral("email"));
    const QJsonValue password = body->value(QStringLiteral("password"));
    if (!email.isString() || !password.isString() || password.toString().size() > 1024)
        return answer->send(
            error(QStringLiteral("bad_request"), QStringLiteral("Give an email and a password."), Status::BadRequest));
    if (m_waitingSignIns >= kMaxWaitingSignIns)
        return answer->send(
            signInRefusal(AccountError{QStringLiteral("rate_limited"),
                                       QStringLiteral("Many people are signing in; try again in a moment."), 1000}));
    AccountError failure;
    const std::optional<PendingSignIn> pending = m_accounts.beginSignIn(email.toString(), m_addresses.of(request),
                                                                        &failure);
    if (!pending)
        return answer->send(signInRefusal(failure));

    // The hash runs on a worker; the token is made back on this thread, where
    // the database connection lives.
    ++m_waitingSignIns;
    QObject *mainThread = m_mainThread.get();
    const QString secret = password.toString();
    m_hashers.start([this, mainThread, answer, pending = *pending, secret]() {
        const bool valid = Accounts::verifyPassword(pending.storedHash, secret);
        QMetaObject::invokeMethod(
            mainThread,
            [this, answer, pending, valid]() {
                --m_waitingSignIns;
                AccountError refused;
                const std::optional<SignIn> signedIn = m_accounts.finishSignIn(pending, valid, &refused);
                if (!signedIn)
                    return answer->send(signInRefusal(refused));
                answer->send(
                    QHttpServerResponse(QJsonObject{{QStringLiteral("token"), signedIn->token},
                                                    {QStringLiteral("expires_at"), signedIn->expiresAt},
                                                    {QStringLiteral("agent"), agentJson(signedIn->agent)},
                                                    {QStringLiteral("workspace"), workspaceJson(signedIn->agent)}}));
            },
            Qt::QueuedConnection);
    });
}

std::optional<Agent> HttpApi::authorise(const QHttpServerRequest &request, QHttpServerResponse *refusal)
{
    AccountError failure;
    const std::optional<Agent> agent = m_accounts.authenticateRequest(bearerToken(request), &failure);
    if (!agent)
        *refusal = HttpApi::refusal(failure);
    return agent;
}

QHttpServerResponse HttpApi::refusal(const AccountError &failure)
{
    const Status status = statusFor(failure.code);
    QHttpServerResponse response = error(failure.code, failure.message, status);
    if (status == Status::Unauthorized)
        setResponseHeader(response, "WWW-Authenticate", "Bearer");
    if (failure.retryAfterMs > 0)
        setResponseHeader(response, "Retry-After", QByteArray::number((failure.retryAfterMs + 999) / 1000));
    return response;
}

QHttpServerResponse HttpApi::signOut(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    if (!authorise(request, &refusal))
        return refusal;
    // Authorised above, so the token exists; false means the database failed.
    if (!m_accounts.signOut(bearerToken(request)))
        return QHttpServerResponse(Status::InternalServerError);
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse HttpApi::agents(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const std::optional<Agent> agent = authorise(request, &refusal);
    if (!agent)
        return refusal;
    QJsonArray list;
    for (const Agent &colleague : m_accounts.agentsOf(agent->workspaceId))
        list.append(agentJson(colleague));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("agents"), list}});
}

QHttpServerResponse HttpApi::me(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Unauthorized);
    const std::optional<Agent> agent = authorise(request, &refusal);
    if (!agent)
        return refusal;
    const protocol::WorkspaceSettings settings = m_channelSettings
                                                     ? m_channelSettings->workspaceSettings(agent->workspaceId)
                                                     : protocol::WorkspaceSettings{};
    return QHttpServerResponse(QJsonObject{{QStringLiteral("agent"), agentJson(*agent)},
                                           {QStringLiteral("workspace"), workspaceJson(*agent)},
                                           {QStringLiteral("settings"), protocol::toJson(settings)}});
}

} // namespace relaydesk::server
