#include "net/apiclient.h"

#include "net/log.h"
#include "net/networkerrors.h"
#include "protocol/codec.h"
#include "protocol/frames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <QUrlQuery>
#include <algorithm>
#include <memory>

namespace relaydesk::net {

namespace {

qint64 integer(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : 0;
}

ApiError badResponse(const QString &detail)
{
    return ApiError{0, QStringLiteral("bad_response"),
                    ApiClient::tr("The server's answer could not be read (%1).").arg(detail), 0};
}

// Decodes every element of a JSON array with `decode`. A page never stalls
// the download on one record it cannot read: the record is read again with
// its text made readable (U+FFFD), or left out, and logged either way.
template<typename T, typename Decode>
bool decodeAll(const QJsonValue &array, QVector<T> *out, Decode decode, QString *error)
{
    if (!array.isArray()) {
        *error = QStringLiteral("a list is missing");
        return false;
    }
    for (const QJsonValue &item : array.toArray()) {
        QString problem;
        std::optional<T> value = decode(item.toObject(), &problem);
        if (!value)
            value = decode(protocol::withReadableText(item).toObject(), nullptr);
        if (!problem.isEmpty())
            qCWarning(lcNet) << "a record of a page" << (value ? "read only in part:" : "left out:") << problem;
        if (value)
            out->append(std::move(*value));
    }
    return true;
}

} // namespace

ApiClient::ApiClient(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

QString ApiClient::serverName() const
{
    // host:port as typed, so "nothing answers at" names what can be checked.
    if (m_server.host().isEmpty())
        return m_server.toDisplayString();
    return m_server.port() > 0 ? QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port()) : m_server.host();
}

void ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body, Handler handler,
                     int attempt)
{
    QUrl url = m_server;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    // The certificate's problems come before the failure itself: kept to say which one it was.
    auto certificateProblems = std::make_shared<QList<QSslError>>();
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this,
            [certificateProblems](const QList<QSslError> &errors) { *certificateProblems = errors; });
#endif
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, path, body, attempt, certificateProblems, handler = std::move(handler)] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 429 && method == "GET" && attempt < kRateLimitRetries) {
                    const int wait = std::clamp(reply->rawHeader("Retry-After").toInt(), 1, 30);
                    qCInfo(lcNet) << "the server asks to slow down; asking again in" << wait << "s";
                    QTimer::singleShot(wait * 1000, this, [this, method, path, body, attempt, handler] {
                        send(method, path, body, handler, attempt + 1);
                    });
                    return;
                }
                const QByteArray answer = reply->readAll();
                if (status == 0) {
                    qCInfo(lcNet) << "request failed:" << reply->error() << reply->errorString();
                    const bool certificate = NetworkErrors::isCertificateProblem(reply->error(), *certificateProblems);
                    handler(0, {},
                            ApiError{0, certificate ? QStringLiteral("tls") : QStringLiteral("network"),
                                     NetworkErrors::describe(reply->error(), *certificateProblems, serverName()), 0});
                    return;
                }
                if (status >= 200 && status < 300) {
                    m_answering = reply;
                    handler(status, answer, {});
                    m_answering = nullptr;
                    return;
                }
                const QJsonObject error =
                    QJsonDocument::fromJson(answer).object().value(QStringLiteral("error")).toObject();
                ApiError failure{status, error.value(QStringLiteral("code")).toString(),
                                 error.value(QStringLiteral("message")).toString(),
                                 reply->rawHeader("Retry-After").toInt()};
                if (failure.code.isEmpty())
                    failure.code = QStringLiteral("http_%1").arg(status);
                if (failure.message.isEmpty())
                    failure.message = ApiClient::tr("The server answered with an error (HTTP %1).").arg(status);
                handler(status, {}, failure);
            });
}

void ApiClient::signIn(const QString &email, const QString &password, Done<SignedIn> done)
{
    const QByteArray body = QJsonDocument(
                                QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/v1/auth/sign-in"), body,
         [this, done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonObject json = QJsonDocument::fromJson(answer).object();
             const QJsonObject agent = json.value(QStringLiteral("agent")).toObject();
             const QJsonObject workspace = json.value(QStringLiteral("workspace")).toObject();
             SignedIn result{
                 json.value(QStringLiteral("token")).toString(),  integer(json.value(QStringLiteral("expires_at"))),
                 integer(agent.value(QStringLiteral("id"))),      agent.value(QStringLiteral("name")).toString(),
                 agent.value(QStringLiteral("email")).toString(), agent.value(QStringLiteral("role")).toString(),
                 integer(workspace.value(QStringLiteral("id"))),  workspace.value(QStringLiteral("name")).toString()};
             if (result.token.isEmpty() || result.agentId <= 0 || result.workspaceId <= 0)
                 return done(std::nullopt, badResponse(QStringLiteral("sign-in")));
             m_token = result.token;
             done(std::move(result), {});
         });
}

void ApiClient::signOut(Done<bool> done)
{
    send("POST", QStringLiteral("/v1/auth/sign-out"), {},
         [this, done = std::move(done)](int, const QByteArray &, const ApiError &error) {
             m_token.clear();
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             done(true, {});
         });
}

void ApiClient::conversations(int limit, std::optional<std::pair<qint64, qint64>> before, Done<ConversationPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (before) {
        query.addQueryItem(QStringLiteral("before_activity"), QString::number(before->first));
        query.addQueryItem(QStringLiteral("before_id"), QString::number(before->second));
    }
    send("GET", QStringLiteral("/v1/conversations?") + query.toString(QUrl::FullyEncoded), {},
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonObject json = QJsonDocument::fromJson(answer).object();
             ConversationPage page;
             QString problem;
             if (!decodeAll(json.value(QStringLiteral("conversations")), &page.conversations,
                            protocol::conversationFromJson, &problem)
                 || !decodeAll(json.value(QStringLiteral("contacts")), &page.contacts, protocol::contactFromJson,
                               &problem)
                 || !decodeAll(json.value(QStringLiteral("leads")), &page.leads, protocol::leadFromJson, &problem))
                 return done(std::nullopt, badResponse(problem));
             page.resumeSeq = integer(json.value(QStringLiteral("resume_seq")));
             const QJsonObject next = json.value(QStringLiteral("next")).toObject();
             page.hasNext = !next.isEmpty();
             page.nextBeforeActivity = integer(next.value(QStringLiteral("before_activity")));
             page.nextBeforeId = integer(next.value(QStringLiteral("before_id")));
             done(std::move(page), {});
         });
}

void ApiClient::messages(qint64 conversationId, int limit, qint64 before, Done<MessagePage> done)
{
    QString path = QStringLiteral("/v1/conversations/%1/messages?limit=%2&features=%3")
                       .arg(conversationId)
                       .arg(limit)
                       .arg(QLatin1String(protocol::features::kActivity));
    if (before > 0)
        path += QStringLiteral("&before=%1").arg(before);
    send("GET", path, {}, [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
        if (!error.code.isEmpty())
            return done(std::nullopt, error);
        MessagePage page;
        QString problem;
        if (!decodeMessagePage(answer, &page, &problem))
            return done(std::nullopt, badResponse(problem));
        done(std::move(page), {});
    });
}

bool ApiClient::decodeMessagePage(const QByteArray &body, MessagePage *page, QString *problem)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!decodeAll(json.value(QStringLiteral("messages")), &page->messages, protocol::messageFromJson, problem))
        return false;
    page->nextBefore = integer(json.value(QStringLiteral("next_before")));
    return true;
}

void ApiClient::historyPage(int limit, qint64 before, Done<RawHistoryPage> done)
{
    QString path =
        QStringLiteral("/v1/history?limit=%1&features=%2").arg(limit).arg(QLatin1String(protocol::features::kActivity));
    if (before > 0)
        path += QStringLiteral("&before=%1").arg(before);
    send("GET", path, {}, [this, done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
        if (!error.code.isEmpty())
            return done(std::nullopt, error);
        bool ok = false;
        const qint64 next = answerHeader("Relaydesk-Next-Before").toLongLong(&ok);
        if (!ok || next < 0)
            return done(std::nullopt, badResponse(QStringLiteral("a history page without its cursor")));
        done(RawHistoryPage{answer, next}, {});
    });
}

QByteArray ApiClient::answerHeader(const QByteArray &name) const
{
    return m_answering ? m_answering->rawHeader(name) : QByteArray();
}

void ApiClient::agents(Done<QVector<AgentInfo>> done)
{
    send("GET", QStringLiteral("/v1/agents"), {},
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonValue list = QJsonDocument::fromJson(answer).object().value(QStringLiteral("agents"));
             if (!list.isArray())
                 return done(std::nullopt, badResponse(QStringLiteral("no agents list")));
             QVector<AgentInfo> agents;
             for (const QJsonValue &value : list.toArray()) {
                 const QJsonObject agent = value.toObject();
                 AgentInfo info{integer(agent.value(QStringLiteral("id"))),
                                agent.value(QStringLiteral("name")).toString(),
                                agent.value(QStringLiteral("role")).toString()};
                 if (info.id > 0)
                     agents.append(info);
             }
             done(std::move(agents), {});
         });
}

void ApiClient::templates(Done<QVector<TemplateInfo>> done)
{
    send("GET", QStringLiteral("/v1/templates"), {},
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonValue list = QJsonDocument::fromJson(answer).object().value(QStringLiteral("templates"));
             if (!list.isArray())
                 return done(std::nullopt, badResponse(QStringLiteral("no templates list")));
             QVector<TemplateInfo> templates;
             for (const QJsonValue &value : list.toArray()) {
                 const QJsonObject t = value.toObject();
                 TemplateInfo info{t.value(QStringLiteral("name")).toString(),
                                   t.value(QStringLiteral("language")).toString(),
                                   t.value(QStringLiteral("body")).toString(),
                                   int(integer(t.value(QStringLiteral("parameters"))))};
                 if (!info.name.isEmpty() && info.parameters >= 0 && info.parameters <= 100)
                     templates.append(info);
             }
             done(std::move(templates), {});
         });
}

void ApiClient::leadStages(Done<LeadSettings> done)
{
    send("GET", QStringLiteral("/v1/lead-stages"), {},
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonObject object = QJsonDocument::fromJson(answer).object();
             const QJsonValue list = object.value(QStringLiteral("stages"));
             if (!list.isArray())
                 return done(std::nullopt, badResponse(QStringLiteral("no stages list")));
             LeadSettings settings;
             for (const QJsonValue &value : list.toArray()) {
                 const QString stage = value.toString().trimmed();
                 if (!stage.isEmpty() && !settings.stages.contains(stage))
                     settings.stages.append(stage);
             }
             const QString currency = object.value(QStringLiteral("currency")).toString();
             if (currency.size() == 3 && std::all_of(currency.cbegin(), currency.cend(), [](QChar c) {
                     return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                 }))
                 settings.currency = currency;
             done(std::move(settings), {});
         });
}

void ApiClient::cannedResponses(Done<QVector<CannedResponseInfo>> done)
{
    send("GET", QStringLiteral("/v1/canned-responses"), {},
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonValue list = QJsonDocument::fromJson(answer).object().value(QStringLiteral("canned_responses"));
             if (!list.isArray())
                 return done(std::nullopt, badResponse(QStringLiteral("no canned_responses list")));
             QVector<CannedResponseInfo> responses;
             QStringList shortcuts;
             for (const QJsonValue &value : list.toArray()) {
                 const QJsonObject r = value.toObject();
                 CannedResponseInfo info{r.value(QStringLiteral("shortcut")).toString(),
                                         r.value(QStringLiteral("title")).toString(),
                                         r.value(QStringLiteral("text")).toString()};
                 // The server checks them; a client still never shows an empty or doubled one.
                 if (info.shortcut.isEmpty() || info.text.isEmpty() || shortcuts.contains(info.shortcut))
                     continue;
                 shortcuts.append(info.shortcut);
                 responses.append(info);
             }
             done(std::move(responses), {});
         });
}

void ApiClient::me(Done<MeInfo> done)
{
    send("GET", QStringLiteral("/v1/me"), {},
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QJsonObject json = QJsonDocument::fromJson(answer).object();
             const QJsonObject agent = json.value(QStringLiteral("agent")).toObject();
             const QJsonObject workspace = json.value(QStringLiteral("workspace")).toObject();
             MeInfo me{integer(agent.value(QStringLiteral("id"))),
                       agent.value(QStringLiteral("name")).toString(),
                       agent.value(QStringLiteral("email")).toString(),
                       agent.value(QStringLiteral("role")).toString(),
                       integer(workspace.value(QStringLiteral("id"))),
                       workspace.value(QStringLiteral("name")).toString(),
                       {}};
             if (me.agentId <= 0 || me.workspaceId <= 0)
                 return done(std::nullopt, badResponse(QStringLiteral("me")));
             // An older server has no settings: all off.
             const QJsonValue settings = json.value(QStringLiteral("settings"));
             if (settings.isObject()) {
                 QString problem;
                 const std::optional<protocol::WorkspaceSettings> decoded =
                     protocol::workspaceSettingsFromJson(settings.toObject(), &problem);
                 if (!decoded)
                     return done(std::nullopt, badResponse(problem));
                 me.settings = *decoded;
             }
             done(std::move(me), {});
         });
}

void ApiClient::suggestReply(qint64 conversationId, Done<QString> done)
{
    send("POST", QStringLiteral("/v1/conversations/%1/suggestion").arg(conversationId), QByteArrayLiteral("{}"),
         [done = std::move(done)](int, const QByteArray &answer, const ApiError &error) {
             if (!error.code.isEmpty())
                 return done(std::nullopt, error);
             const QString text = QJsonDocument::fromJson(answer).object().value(QStringLiteral("text")).toString();
             if (text.trimmed().isEmpty())
                 return done(std::nullopt, badResponse(QStringLiteral("an empty suggestion")));
             done(text, {});
         });
}

} // namespace relaydesk::net
