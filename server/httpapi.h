#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

class QHttpServer;

namespace relaydesk::server {

class Accounts;
class ChannelSettingsStore;
class ClientAddresses;
struct Agent;
struct AccountError;

// The REST endpoints under /v1/ that exist so far: health, sign-in,
// sign-out, the signed-in agent (with what they see of the workspace's
// settings) and the workspace's agents. Sign-in hashes passwords on a small
// pool of worker threads, so streams keep flowing during a burst of sign-ins.
class HttpApi
{
public:
    HttpApi(Accounts &accounts, const ClientAddresses &addresses);
    ~HttpApi();
    void addRoutes(QHttpServer &http);
    // The workspaces' channel and autopilot settings, for GET /v1/me.
    void setChannelSettings(ChannelSettingsStore *settings) { m_channelSettings = settings; }

    // An error body {error:{code,message}} with its HTTP status.
    static QHttpServerResponse error(const QString &code, const QString &message,
                                     QHttpServerResponse::StatusCode status);
    // The bearer token of a request, or an empty string.
    static QString bearerToken(const QHttpServerRequest &request);
    // The answer to a request whose token failed (Accounts::authenticateRequest):
    // 401 with WWW-Authenticate, or 429 rate_limited with Retry-After.
    static QHttpServerResponse refusal(const AccountError &failure);
    // The token of an Authorization header's value, or an empty string.
    static QString bearerToken(const QByteArray &authorization);

    static constexpr qsizetype kMaxJsonBody = 64 * 1024;
    // Passwords hashed at once (each argon2id hash takes 64 MiB), and sign-ins
    // waiting for a hash, past which the server answers 429 for a moment.
    static constexpr int kHashThreads = 2;
    static constexpr int kMaxWaitingSignIns = 64;

private:
    void signIn(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse signOut(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);
    QHttpServerResponse agents(const QHttpServerRequest &request);
    // The agent behind the request's token, or the error response to send.
    [[nodiscard]] std::optional<Agent> authorise(const QHttpServerRequest &request, QHttpServerResponse *refusal);

    Accounts &m_accounts;
    const ClientAddresses &m_addresses;
    ChannelSettingsStore *m_channelSettings = nullptr;
    int m_waitingSignIns = 0;
    // Declared in this order so the pool (destroyed first) finishes its hashes
    // while their results still have somewhere to go.
    std::unique_ptr<QObject> m_mainThread;
    QThreadPool m_hashers;
};

QJsonObject agentJson(const Agent &agent);

} // namespace relaydesk::server
