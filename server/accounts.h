#pragma once

#include "ratelimiter.h"
#include "tokenbuckets.h"

#include <QHostAddress>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace relaydesk::server {

class ServerDb;

struct Agent
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString workspaceName;
    QString widgetKey; // the workspace's public web chat key
    QString email;
    QString name;
    QString role;
};

struct SignIn
{
    QString token; // shown once; the server keeps only its hash
    qint64 expiresAt = 0;
    Agent agent;
};

// Why an account operation failed: a stable code for the wire and a sentence.
struct AccountError
{
    QString code; // invalid_credentials, rate_limited, unauthorized, token_expired, bad_request, conflict
    QString message;
    qint64 retryAfterMs = 0;
};

// A sign-in between its checks on the main thread and its password hash on
// a worker: what the hash needs, and what to record once it is known.
struct PendingSignIn
{
    qint64 at = 0;
    QString accountKey;
    QString addressKey;
    qint64 agentId = 0;    // 0: no such account (the hash is still spent)
    QByteArray storedHash; // argon2id string; empty for no such account
};

// Workspaces, agents, passwords (argon2id) and bearer tokens (random, kept
// only as SHA-256 hashes, expiring, ended by sign-out).
class Accounts
{
public:
    Accounts(ServerDb &db, qint64 tokenLifetimeMs);

    [[nodiscard]] std::optional<qint64> ensureWorkspace(const QString &name, AccountError *error);
    [[nodiscard]] std::optional<Agent> createAgent(qint64 workspaceId, const QString &email, const QString &name,
                                                   const QString &role, const QString &password, AccountError *error);

    // Sign-in in three steps, so the slow hash can run off the main thread:
    // the rate limits and the account's stored hash (main thread), the hash
    // itself (any thread), then the token (main thread).
    [[nodiscard]] std::optional<PendingSignIn> beginSignIn(const QString &email, const QHostAddress &from,
                                                           AccountError *error);
    [[nodiscard]] static bool verifyPassword(const QByteArray &storedHash, const QString &password);
    [[nodiscard]] std::optional<SignIn> finishSignIn(const PendingSignIn &pending, bool passwordValid,
                                                     AccountError *error);
    // A token's agent; `info` (when not null) gets the token's hash and expiry.
    // A revoked token fails with signed_out, an expired one with token_expired.
    struct TokenInfo
    {
        QString hash;
        qint64 expiresAt = 0;
    };
    [[nodiscard]] std::optional<Agent> authenticate(const QString &token, AccountError *error,
                                                    TokenInfo *info = nullptr);
    [[nodiscard]] std::optional<Agent> authenticateHash(const QString &hash, AccountError *error,
                                                        TokenInfo *info = nullptr);
    [[nodiscard]] bool signOut(const QString &token);
    // authenticate() for a REST request, counted against the token's rate
    // (setRequestLimit): over it, fails with rate_limited and retryAfterMs,
    // before the database is asked anything.
    [[nodiscard]] std::optional<Agent> authenticateRequest(const QString &token, AccountError *error);
    void setRequestLimit(int perMinute) { m_requests = TokenBuckets(perMinute); }

    // The admin's tools (relaydesk-server --disable-agent …). Each that ends
    // sessions revokes the tokens; live streams close through the listener.
    [[nodiscard]] std::optional<qint64> agentByEmail(const QString &email, AccountError *error);
    [[nodiscard]] bool endSessions(qint64 agentId);
    [[nodiscard]] bool setDisabled(qint64 agentId, bool disabled);
    [[nodiscard]] bool resetPassword(qint64 agentId, const QString &password, AccountError *error);
    // Called with the agent whose tokens this process revoked (the stream hub closes their streams).
    void setRevocationListener(std::function<void(qint64 agentId)> listener) { m_revoked = std::move(listener); }
    // The workspace's agents that can sign in, by name.
    QVector<Agent> agentsOf(qint64 workspaceId);

    static constexpr int kMinimumPasswordLength = 8;

private:
    [[nodiscard]] std::optional<Agent> agentById(qint64 id);
    [[nodiscard]] static std::optional<QString> hashPassword(const QString &password, AccountError *error);

    ServerDb &m_db;
    qint64 m_tokenLifetimeMs;
    RateLimiter m_perAccount;
    RateLimiter m_perAddress;
    std::function<void(qint64)> m_revoked;
    TokenBuckets m_requests{0};
};

} // namespace relaydesk::server
