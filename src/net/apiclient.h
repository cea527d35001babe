#pragma once

// The client's side of the REST API (docs/protocol.md, "REST"): sign-in and
// sign-out, and the history pages a first sync or a re-sync reads. Every call
// is asynchronous and answers once, on the thread that made it.

#include "protocol/types.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVector>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace relaydesk::net {

// Why a call failed. `httpStatus` 0 means the server was not reached (or the
// answer was not the protocol's): see `transport`.
struct ApiError
{
    int httpStatus = 0;
    // the protocol's stable code ("unauthorized", …), or "network" (not reached),
    // "tls" (the server's certificate is not trusted) or "bad_response"
    QString code;
    QString message; // for a person
    int retryAfterSeconds = 0;

    bool isAuthProblem() const { return httpStatus == 401; }
};

struct SignedIn
{
    QString token; // never logged
    qint64 expiresAt = 0;
    qint64 agentId = 0;
    QString agentName;
    QString email;
    QString role;
    qint64 workspaceId = 0;
    QString workspaceName;
};

// The signed-in agent (GET /v1/me), and what they see of the workspace's
// settings: read after each sign-in or start.
struct MeInfo
{
    qint64 agentId = 0;
    QString agentName;
    QString email;
    QString role; // "agent" or "admin"
    qint64 workspaceId = 0;
    QString workspaceName;
    protocol::WorkspaceSettings settings; // all defaults from an older server
};

struct ConversationPage
{
    QVector<protocol::Conversation> conversations;
    QVector<protocol::Contact> contacts;
    QVector<protocol::Lead> leads;
    qint64 resumeSeq = 0;
    bool hasNext = false;
    qint64 nextBeforeActivity = 0;
    qint64 nextBeforeId = 0;
};

// The workspace's lead pipeline, in order, and its deal currency (ISO 4217;
// empty: none set, or an older server).
struct LeadSettings
{
    QStringList stages;
    QString currency;
};

// One agent of the workspace (for names: presence, assignment).
struct AgentInfo
{
    qint64 id = 0;
    QString name;
    QString role;
};

// An approved message template of the workspace (sent when a channel's
// customer-service window is closed); `body` holds {{1}}, {{2}}, … for the
// parameters.
struct TemplateInfo
{
    QString name;
    QString language;
    QString body;
    int parameters = 0;
};

// One of the workspace's quick replies (canned responses): the agent types
// `/shortcut` or picks `title`, and the composer gets `text`.
struct CannedResponseInfo
{
    QString shortcut; // unique in the workspace: 1-32 of a-z 0-9 - _
    QString title;
    QString text;
};

struct MessagePage
{
    QVector<protocol::Message> messages; // newest first
    qint64 nextBefore = 0;               // 0: nothing older
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(std::optional<T> result, const ApiError &error)>;

    explicit ApiClient(const QUrl &server, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl server() const { return m_server; }
    // The server as failures name it to a person: host, and port when given.
    QString serverName() const;
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Every request waits at most this long for the server (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void signIn(const QString &email, const QString &password, Done<SignedIn> done);
    // Revokes the token on the server. The token is dropped here either way.
    void signOut(Done<bool> done);
    // A page of conversations, newest activity first; the first page has no
    // `before`.
    void conversations(int limit, std::optional<std::pair<qint64, qint64>> before, Done<ConversationPage> done);
    // A page of a conversation's messages, newest first, older than `before` (0: newest).
    void messages(qint64 conversationId, int limit, qint64 before, Done<MessagePage> done);
    // A page of the whole workspace's history, every conversation's messages
    // newest first, older than `before` (0: the newest), as the server sent
    // it: a big page is decoded off the UI thread with decodeMessagePage().
    // The answer's cursor comes decoded, so the next page can be asked for
    // at once (0: nothing older). An older server answers 404.
    struct RawHistoryPage
    {
        QByteArray body;
        qint64 nextBefore = 0;
    };
    void historyPage(int limit, qint64 before, Done<RawHistoryPage> done);
    static bool decodeMessagePage(const QByteArray &body, MessagePage *page, QString *problem);
    // The workspace's agents.
    void agents(Done<QVector<AgentInfo>> done);
    // The workspace's message templates.
    void templates(Done<QVector<TemplateInfo>> done);
    // The workspace's lead pipeline, in order, and its deal currency.
    void leadStages(Done<LeadSettings> done);
    // The workspace's quick replies, in the admin's order.
    void cannedResponses(Done<QVector<CannedResponseInfo>> done);
    // The signed-in agent, their workspace and its settings (read it after
    // each sign-in, start and welcome; a workspace.updated event with a later
    // updatedAt supersedes it).
    void me(Done<MeInfo> done);
    // A reply drafted by the workspace's AI from the conversation's recent
    // history, for the agent to edit and send; nothing is stored or sent.
    // Errors: 409 "ai_not_configured" (no AI: hide the button),
    // 502 "ai_failed", 504 "ai_timeout", 429 "rate_limited", 404 "not_found".
    void suggestReply(qint64 conversationId, Done<QString> done);

private:
    using Handler = std::function<void(int status, const QByteArray &body, const ApiError &error)>;
    // While a handler runs: a header of the answer it handles.
    QByteArray answerHeader(const QByteArray &name) const;
    // A GET the server answers 429 (the token's rate, docs/protocol.md) is
    // sent again after its Retry-After, quietly, up to kRateLimitRetries
    // times: a big first sync is paced by the server, never restarted.
    void send(const QByteArray &method, const QString &path, const QByteArray &body, Handler handler, int attempt = 0);
    static constexpr int kRateLimitRetries = 20;

    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_answering = nullptr; // the reply whose handler runs
};

} // namespace relaydesk::net
