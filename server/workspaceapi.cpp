#include "workspaceapi.h"

#include "accounts.h"
#include "httpapi.h"
#include "streamhub.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Status = QHttpServerResponse::StatusCode;

namespace {

int pageSize(const QHttpServerRequest &request)
{
    const int asked = request.query().queryItemValue(QStringLiteral("limit")).toInt();
    return asked > 0 ? qMin(asked, WorkspaceApi::kMaxPage) : 50;
}

qint64 queryInt(const QHttpServerRequest &request, const char *name)
{
    return request.query().queryItemValue(QLatin1String(name)).toLongLong();
}

QHttpServerResponse notFound()
{
    return HttpApi::error(QString::fromLatin1(errors::kNotFound), QStringLiteral("There is no such thing here."),
                          Status::NotFound);
}

// A visitor is known by the hash of their token only, so tokens are never stored.
QString visitorIdFrom(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.startsWith("Visitor "))
        return {};
    const QByteArray token = header.mid(8).trimmed();
    if (token.size() < 20 || token.size() > 200)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(32));
}

// The workspace of a widget key and the visitor of a request, or the refusal to send.
std::optional<QHttpServerResponse> visitorOf(WorkspaceData &data, const QString &widgetKey,
                                             const QHttpServerRequest &request, qint64 *workspaceId,
                                             QString *visitor)
{
    const std::optional<qint64> workspace = data.workspaceByWidgetKey(widgetKey);
    if (!workspace)
        return notFound();
    *visitor = visitorIdFrom(request);
    if (visitor->isEmpty())
        return HttpApi::error(QString::fromLatin1(errors::kUnauthorized), QStringLiteral("Start a visit first."),
                              Status::Unauthorized);
    *workspaceId = *workspace;
    return std::nullopt;
}

} // namespace

WorkspaceApi::WorkspaceApi(Accounts &accounts, WorkspaceData &data, StreamHub &hub)
    : m_accounts(accounts)
    , m_data(data)
    , m_hub(hub)
{
}

void WorkspaceApi::addRoutes(QHttpServer &http)
{
    auto signedIn = [this](const QHttpServerRequest &request, std::optional<Agent> *agent) {
        AccountError failure;
        *agent = m_accounts.authenticate(HttpApi::bearerToken(request), &failure);
        return agent->has_value() ? std::optional<QHttpServerResponse>()
                                  : std::optional<QHttpServerResponse>(
                                      HttpApi::error(failure.code, failure.message, Status::Unauthorized));
    };

    http.route(QStringLiteral("/v1/conversations"), QHttpServerRequest::Method::Get,
               [this, signedIn](const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   const int limit = pageSize(request);
                   const auto page = m_data.conversationsPage(agent->workspaceId, limit,
                                                              queryInt(request, "before_activity"),
                                                              queryInt(request, "before_id"));
                   QJsonArray conversations, contacts, leads;
                   for (const Conversation &c : page) {
                       conversations.append(toJson(c));
                       if (const auto contact = m_data.contact(agent->workspaceId, c.contactId))
                           contacts.append(toJson(*contact));
                       if (const auto lead = m_data.lead(agent->workspaceId, c.contactId))
                           leads.append(toJson(*lead));
                   }
                   QJsonValue next = QJsonValue::Null;
                   if (page.size() == limit) {
                       next = QJsonObject{{QStringLiteral("before_activity"), page.constLast().lastActivity},
                                          {QStringLiteral("before_id"), page.constLast().id}};
                   }
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("conversations"), conversations},
                                                          {QStringLiteral("contacts"), contacts},
                                                          {QStringLiteral("leads"), leads},
                                                          {QStringLiteral("next"), next},
                                                          {QStringLiteral("resume_seq"), m_data.headSeq(agent->workspaceId)}});
               });

    http.route(QStringLiteral("/v1/conversations/<arg>/messages"), QHttpServerRequest::Method::Get,
               [this, signedIn](qint64 conversationId, const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   if (!m_data.conversation(agent->workspaceId, conversationId))
                       return notFound();
                   const int limit = pageSize(request);
                   const auto page = m_data.messagesPage(agent->workspaceId, conversationId, limit,
                                                         queryInt(request, "before"));
                   QJsonArray messages;
                   for (const Message &m : page)
                       messages.append(toJson(m));
                   return QHttpServerResponse(QJsonObject{
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("next_before"), page.size() == limit ? QJsonValue(page.constLast().id) : QJsonValue::Null}});
               });

    http.route(QStringLiteral("/v1/contacts/<arg>"), QHttpServerRequest::Method::Get,
               [this, signedIn](qint64 contactId, const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   const auto contact = m_data.contact(agent->workspaceId, contactId);
                   if (!contact)
                       return notFound();
                   const auto lead = m_data.lead(agent->workspaceId, contactId);
                   return QHttpServerResponse(QJsonObject{
                       {QStringLiteral("contact"), toJson(*contact)},
                       {QStringLiteral("lead"), lead ? QJsonValue(toJson(*lead)) : QJsonValue::Null}});
               });

    // Web chat: the widget key names the workspace; each visitor holds a random token.
    http.route(QStringLiteral("/v1/webchat/<arg>/visitors"), QHttpServerRequest::Method::Post,
               [this](const QString &widgetKey, const QHttpServerRequest &) {
                   if (!m_data.workspaceByWidgetKey(widgetKey))
                       return notFound();
                   QByteArray bytes(32, Qt::Uninitialized);
                   QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
                   const QString token = QStringLiteral("rdv_") + QString::fromLatin1(
                       bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("visitor_token"), token}}, Status::Created);
               });

    http.route(QStringLiteral("/v1/webchat/<arg>/messages"), QHttpServerRequest::Method::Post,
               [this](const QString &widgetKey, const QHttpServerRequest &request) {
                   qint64 workspaceId = 0;
                   QString visitor;
                   if (auto refusal = visitorOf(m_data, widgetKey, request, &workspaceId, &visitor))
                       return std::move(*refusal);
                   if (request.body().size() > HttpApi::kMaxJsonBody)
                       return HttpApi::error(QString::fromLatin1(errors::kTooLarge),
                                             QStringLiteral("The message is too large."), Status::PayloadTooLarge);
                   const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                   const QString text = body.value(QStringLiteral("text")).toString();
                   if (text.trimmed().isEmpty() || codePointCount(text) > kMaxTextChars)
                       return HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                                             QStringLiteral("Write between 1 and %1 characters.").arg(kMaxTextChars),
                                             Status::BadRequest);
                   const Change change = m_data.visitorWrites(workspaceId, visitor, text);
                   if (!change.ok())
                       return HttpApi::error(change.errorCode, change.errorMessage, Status::InternalServerError);
                   m_hub.publish(workspaceId, change);
                   return QHttpServerResponse(change.result, Status::Created);
               });

    http.route(QStringLiteral("/v1/webchat/<arg>/messages"), QHttpServerRequest::Method::Get,
               [this](const QString &widgetKey, const QHttpServerRequest &request) {
                   qint64 workspaceId = 0;
                   QString visitor;
                   if (auto refusal = visitorOf(m_data, widgetKey, request, &workspaceId, &visitor))
                       return std::move(*refusal);
                   QJsonArray messages;
                   for (const Message &m : m_data.visitorMessages(workspaceId, visitor, queryInt(request, "after"))) {
                       messages.append(QJsonObject{{QStringLiteral("id"), m.id},
                                                   {QStringLiteral("author"), toString(m.author)},
                                                   {QStringLiteral("author_name"), m.authorName},
                                                   {QStringLiteral("kind"), toString(m.kind)},
                                                   {QStringLiteral("text"), m.text},
                                                   {QStringLiteral("created_at"), m.createdAt}});
                   }
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("messages"), messages}});
               });
}

} // namespace relaydesk::server
