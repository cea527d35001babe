#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

class QHttpServer;

namespace relaydesk::server {

class Accounts;
struct Agent;

// The REST endpoints under /v1/ that exist so far: health, sign-in,
// sign-out and the signed-in agent.
class HttpApi
{
public:
    explicit HttpApi(Accounts &accounts);
    void addRoutes(QHttpServer &http);

    // An error body {error:{code,message}} with its HTTP status.
    static QHttpServerResponse error(const QString &code, const QString &message,
                                     QHttpServerResponse::StatusCode status);
    // The bearer token of a request, or an empty string.
    static QString bearerToken(const QHttpServerRequest &request);

    static constexpr qsizetype kMaxJsonBody = 64 * 1024;

private:
    QHttpServerResponse signIn(const QHttpServerRequest &request);
    QHttpServerResponse signOut(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);
    QHttpServerResponse agents(const QHttpServerRequest &request);
    // The agent behind the request's token, or the error response to send.
    std::optional<Agent> authorise(const QHttpServerRequest &request, QHttpServerResponse *refusal);

    Accounts &m_accounts;
};

QJsonObject agentJson(const Agent &agent);

} // namespace relaydesk::server
