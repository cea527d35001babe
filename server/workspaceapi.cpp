#include "workspaceapi.h"

#include "accounts.h"
#include "httpapi.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QHttpServer>
#include <QJsonArray>

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

} // namespace

WorkspaceApi::WorkspaceApi(Accounts &accounts, WorkspaceData &data)
    : m_accounts(accounts)
    , m_data(data)
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
                   return QHttpServerResponse(
                       QJsonObject{{QStringLiteral("conversations"), conversations},
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
                   return QHttpServerResponse(
                       QJsonObject{{QStringLiteral("messages"), messages},
                                   {QStringLiteral("next_before"),
                                    page.size() == limit ? QJsonValue(page.constLast().id) : QJsonValue::Null}});
               });

    http.route(QStringLiteral("/v1/lead-stages"), QHttpServerRequest::Method::Get,
               [this, signedIn](const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   return QHttpServerResponse(QJsonObject{
                       {QStringLiteral("stages"), QJsonArray::fromStringList(m_data.leadStages(agent->workspaceId))}});
               });

    http.route(QStringLiteral("/v1/canned-responses"), QHttpServerRequest::Method::Get,
               [this, signedIn](const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   return QHttpServerResponse(cannedresponses::toJson(m_data.cannedResponses(agent->workspaceId)));
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
                   return QHttpServerResponse(
                       QJsonObject{{QStringLiteral("contact"), toJson(*contact)},
                                   {QStringLiteral("lead"), lead ? QJsonValue(toJson(*lead)) : QJsonValue::Null}});
               });
}

} // namespace relaydesk::server
