#include "accounts.h"

#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace relaydesk::server {

namespace {

constexpr int kAccountFailures = 5;
constexpr int kAddressFailures = 20;
constexpr qint64 kWindowMs = 15 * 60 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray encoded = QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes, sizeof bytes);
    return QStringLiteral("rdt_") + QString::fromLatin1(encoded);
}

AccountError makeError(const char *code, const QString &message, qint64 retryAfterMs = 0)
{
    return AccountError{QString::fromLatin1(code), message, retryAfterMs};
}

} // namespace

Accounts::Accounts(ServerDb &db, qint64 tokenLifetimeMs)
    : m_db(db)
    , m_tokenLifetimeMs(tokenLifetimeMs)
    , m_perAccount(kAccountFailures, kWindowMs)
    , m_perAddress(kAddressFailures, kWindowMs)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
}

std::optional<qint64> Accounts::ensureWorkspace(const QString &name, AccountError *error)
{
    if (name.trimmed().isEmpty() || name.size() > 200) {
        *error = makeError("bad_request", QStringLiteral("a workspace needs a name of 1 to 200 characters"));
        return std::nullopt;
    }
    QSqlQuery find(m_db.db());
    find.prepare(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"));
    find.addBindValue(name.trimmed());
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO workspaces (name, widget_key, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(name.trimmed());
    insert.addBindValue(randomToken().mid(4, 24));
    insert.addBindValue(now());
    if (!insert.exec()) {
        *error = makeError("bad_request", insert.lastError().text());
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

std::optional<QString> Accounts::hashPassword(const QString &password, AccountError *error)
{
    if (password.size() < kMinimumPasswordLength) {
        *error = makeError("bad_request",
                           QStringLiteral("the password needs at least %1 characters").arg(kMinimumPasswordLength));
        return std::nullopt;
    }
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(hash, utf8.constData(), quint64(utf8.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0) {
        *error = makeError("bad_request", QStringLiteral("the password could not be hashed (out of memory)"));
        return std::nullopt;
    }
    return QString::fromLatin1(hash);
}

std::optional<Agent> Accounts::createAgent(qint64 workspaceId, const QString &email, const QString &name,
                                           const QString &role, const QString &password, AccountError *error)
{
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailShape.match(email).hasMatch() || email.size() > 254) {
        *error = makeError("bad_request", QStringLiteral("\"%1\" is not an email address").arg(email));
        return std::nullopt;
    }
    if (const QString problem = protocol::textProblem(name); !problem.isEmpty()) {
        *error = makeError("bad_request", QStringLiteral("the name %1").arg(problem));
        return std::nullopt;
    }
    if (role != QLatin1String("agent") && role != QLatin1String("admin")) {
        *error = makeError("bad_request", QStringLiteral("the role must be agent or admin"));
        return std::nullopt;
    }
    const std::optional<QString> hash = hashPassword(password, error);
    if (!hash)
        return std::nullopt;
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO agents (workspace_id, email, name, role, password_hash, created_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(workspaceId);
    insert.addBindValue(email.trimmed());
    insert.addBindValue(name.trimmed().isEmpty() ? email.section(QLatin1Char('@'), 0, 0) : name.trimmed());
    insert.addBindValue(role);
    insert.addBindValue(*hash);
    insert.addBindValue(now());
    if (!insert.exec()) {
        *error = makeError("conflict", QStringLiteral("an agent with the email %1 already exists").arg(email));
        return std::nullopt;
    }
    return agentById(insert.lastInsertId().toLongLong());
}

std::optional<Agent> Accounts::agentById(qint64 id)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT a.id, a.workspace_id, w.name, a.email, a.name, a.role, w.widget_key"
                                 " FROM agents a JOIN workspaces w ON w.id = a.workspace_id"
                                 " WHERE a.id = ? AND a.disabled = 0"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Agent{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                 query.value(6).toString(),   query.value(3).toString(),   query.value(4).toString(),
                 query.value(5).toString()};
}

std::optional<PendingSignIn> Accounts::beginSignIn(const QString &email, const QHostAddress &from, AccountError *error)
{
    PendingSignIn pending;
    pending.at = now();
    pending.accountKey = email.trimmed().toLower();
    pending.addressKey = from.toString();
    // Checked before any hashing, so guessing costs the server nothing.
    const qint64 wait = qMax(m_perAccount.retryAfter(pending.accountKey, pending.at),
                             m_perAddress.retryAfter(pending.addressKey, pending.at));
    if (wait > 0) {
        qCInfo(lcServer) << "sign-in rate-limited for" << pending.addressKey;
        *error = makeError(
            "rate_limited",
            QStringLiteral("Too many failed sign-in attempts. Try again in %1 minutes.").arg((wait + 59999) / 60000),
            wait);
        return std::nullopt;
    }
    // Counted as failed until the hash says otherwise: attempts running at
    // the same time cannot slip past the limit together.
    m_perAccount.recordFailure(pending.accountKey, pending.at);
    m_perAddress.recordFailure(pending.addressKey, pending.at);

    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT id, password_hash FROM agents WHERE email = ? AND disabled = 0"));
    query.addBindValue(email.trimmed());
    if (query.exec() && query.next()) {
        pending.agentId = query.value(0).toLongLong();
        pending.storedHash = query.value(1).toString().toLatin1();
    }
    return pending;
}

bool Accounts::verifyPassword(const QByteArray &storedHash, const QString &password)
{
    QByteArray utf8 = password.toUtf8();
    bool valid = false;
    if (!storedHash.isEmpty()) {
        valid = crypto_pwhash_str_verify(storedHash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    } else {
        // Spend the same effort for unknown accounts, so timing does not tell.
        char hash[crypto_pwhash_STRBYTES];
        const int spent = crypto_pwhash_str_alg(hash, utf8.constData(), quint64(utf8.size()),
                                                crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                                crypto_pwhash_ALG_ARGON2ID13);
        Q_UNUSED(spent);
    }
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return valid;
}

std::optional<SignIn> Accounts::finishSignIn(const PendingSignIn &pending, bool passwordValid, AccountError *error)
{
    if (!passwordValid || pending.agentId == 0) {
        qCInfo(lcServer) << "sign-in refused for" << pending.addressKey;
        *error = makeError("invalid_credentials", QStringLiteral("The email or password is wrong."));
        return std::nullopt;
    }
    m_perAccount.reset(pending.accountKey);
    m_perAddress.forgive(pending.addressKey, pending.at);

    SignIn result;
    result.token = randomToken();
    result.expiresAt = now() + m_tokenLifetimeMs;
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO tokens (hash, agent_id, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(tokenHash(result.token));
    insert.addBindValue(pending.agentId);
    insert.addBindValue(now());
    insert.addBindValue(result.expiresAt);
    const std::optional<Agent> agent = agentById(pending.agentId);
    if (!agent || !insert.exec()) {
        *error = makeError("unauthorized", QStringLiteral("The sign-in could not be recorded."));
        return std::nullopt;
    }
    result.agent = *agent;
    return result;
}

std::optional<Agent> Accounts::authenticate(const QString &token, AccountError *error, TokenInfo *info)
{
    if (token.isEmpty()) {
        *error = makeError("unauthorized", QStringLiteral("Sign in again: this session is not valid."));
        return std::nullopt;
    }
    return authenticateHash(tokenHash(token), error, info);
}

std::optional<Agent> Accounts::authenticateRequest(const QString &token, AccountError *error)
{
    if (const qint64 wait = m_requests.take(tokenHash(token), now())) {
        *error = makeError("rate_limited", QStringLiteral("Too many requests with this sign-in; slow down."));
        error->retryAfterMs = wait;
        return std::nullopt;
    }
    return authenticate(token, error);
}

std::optional<Agent> Accounts::authenticateHash(const QString &hash, AccountError *error, TokenInfo *info)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT agent_id, expires_at, revoked FROM tokens WHERE hash = ?"));
    query.addBindValue(hash);
    if (!query.exec() || !query.next()) {
        *error = makeError("unauthorized", QStringLiteral("Sign in again: this session is not valid."));
        return std::nullopt;
    }
    if (query.value(2).toInt() != 0) {
        *error = makeError("signed_out", QStringLiteral("Sign in again: this session was ended."));
        return std::nullopt;
    }
    if (info)
        *info = TokenInfo{hash, query.value(1).toLongLong()};
    if (query.value(1).toLongLong() <= now()) {
        *error = makeError("token_expired", QStringLiteral("Sign in again: this session has expired."));
        return std::nullopt;
    }
    const std::optional<Agent> agent = agentById(query.value(0).toLongLong());
    if (!agent)
        *error = makeError("unauthorized", QStringLiteral("Sign in again: this account is disabled."));
    return agent;
}

QVector<Agent> Accounts::agentsOf(qint64 workspaceId)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT id FROM agents WHERE workspace_id = ? AND disabled = 0 ORDER BY name, id"));
    query.addBindValue(workspaceId);
    QVector<Agent> agents;
    if (query.exec()) {
        while (query.next()) {
            if (const auto agent = agentById(query.value(0).toLongLong()))
                agents.append(*agent);
        }
    }
    return agents;
}

bool Accounts::signOut(const QString &token)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT agent_id FROM tokens WHERE hash = ?"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next())
        return false;
    const qint64 agentId = query.value(0).toLongLong();
    query.finish();
    QSqlQuery revoke(m_db.db());
    revoke.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE hash = ?"));
    revoke.addBindValue(tokenHash(token));
    if (!revoke.exec() || revoke.numRowsAffected() == 0)
        return false;
    if (m_revoked)
        m_revoked(agentId);
    return true;
}

std::optional<qint64> Accounts::agentByEmail(const QString &email, AccountError *error)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT id FROM agents WHERE email = ?"));
    query.addBindValue(email.trimmed());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    *error = makeError("not_found", QStringLiteral("there is no agent with the email %1").arg(email.trimmed()));
    return std::nullopt;
}

bool Accounts::endSessions(qint64 agentId)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE agent_id = ? AND revoked = 0"));
    query.addBindValue(agentId);
    const bool done = query.exec();
    if (done && m_revoked)
        m_revoked(agentId);
    return done;
}

bool Accounts::setDisabled(qint64 agentId, bool disabled)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("UPDATE agents SET disabled = ? WHERE id = ?"));
    query.addBindValue(disabled ? 1 : 0);
    query.addBindValue(agentId);
    // A disabled agent's sessions end; enabling brings none of them back.
    return query.exec() && (!disabled || endSessions(agentId));
}

bool Accounts::resetPassword(qint64 agentId, const QString &password, AccountError *error)
{
    const std::optional<QString> hash = hashPassword(password, error);
    if (!hash)
        return false;
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("UPDATE agents SET password_hash = ? WHERE id = ?"));
    query.addBindValue(*hash);
    query.addBindValue(agentId);
    if (!query.exec()) {
        *error = makeError("internal", QStringLiteral("the password could not be saved"));
        return false;
    }
    // Whoever knew the old password is signed out everywhere.
    return endSessions(agentId);
}

} // namespace relaydesk::server
