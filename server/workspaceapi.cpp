#include "workspaceapi.h"

#include "accounts.h"
#include "httpapi.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Status = QHttpServerResponse::StatusCode;

namespace {

// The paging parameters of a request: `limit` 1–kMaxPage (default 50), and
// the cursors, whole numbers from 0 (absent: 0). Anything else is refused
// with a 400 naming the parameter, never read as a default.
struct Paging
{
    int limit = 50;
    qint64 beforeActivity = 0;
    qint64 beforeId = 0;
    qint64 before = 0;
};

std::optional<QHttpServerResponse> readPaging(const QHttpServerRequest &request, Paging *paging)
{
    const QUrlQuery query = request.query();
    auto number = [&](const char *name, qint64 min, qint64 max, qint64 *out) -> bool {
        if (!query.hasQueryItem(QLatin1String(name)))
            return true;
        bool ok = false;
        const qint64 value = query.queryItemValue(QLatin1String(name)).toLongLong(&ok);
        if (!ok || value < min || value > max)
            return false;
        *out = value;
        return true;
    };
    qint64 limit = paging->limit;
    const std::pair<const char *, bool> checks[] = {
        {"limit", number("limit", 1, WorkspaceApi::kMaxPage, &limit)},
        {"before_activity", number("before_activity", 0, kMaxSafeInteger, &paging->beforeActivity)},
        {"before_id", number("before_id", 0, kMaxSafeInteger, &paging->beforeId)},
        {"before", number("before", 0, kMaxSafeInteger, &paging->before)},
    };
    for (const auto &[name, ok] : checks) {
        if (!ok)
            return HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                                  QStringLiteral("%1: a whole number (limit: 1 to %2).")
                                      .arg(QLatin1String(name))
                                      .arg(WorkspaceApi::kMaxPage),
                                  Status::BadRequest);
    }
    paging->limit = int(limit);
    return std::nullopt;
}

// A client that accepts it gets a long answer compressed: zlib's format is
// HTTP's "deflate" (qCompress adds a 4-byte length in front of it).
QHttpServerResponse compressedJson(const QHttpServerRequest &request, const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const bool deflate = request.value(QByteArrayLiteral("Accept-Encoding")).toLower().contains("deflate");
    if (!deflate || json.size() < 1024)
        return QHttpServerResponse(QByteArrayLiteral("application/json"), json);
    QHttpServerResponse response(QByteArrayLiteral("application/json"), qCompress(json, 1).mid(4));
    response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate"));
    return response;
}

bool wantsActivityLines(const QHttpServerRequest &request)
{
    // Activity lines only for a client that says it reads them
    // (?features=activity); an older one gets the English notes it knows.
    return request.query()
        .queryItemValue(QStringLiteral("features"))
        .split(QLatin1Char(','))
        .contains(QLatin1String(features::kActivity));
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
        *agent = m_accounts.authenticateRequest(HttpApi::bearerToken(request), &failure);
        return agent->has_value() ? std::optional<QHttpServerResponse>()
                                  : std::optional<QHttpServerResponse>(HttpApi::refusal(failure));
    };

    http.route(QStringLiteral("/v1/conversations"), QHttpServerRequest::Method::Get,
               [this, signedIn](const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   Paging paging;
                   if (auto refusal = readPaging(request, &paging))
                       return std::move(*refusal);
                   const int limit = paging.limit;
                   const auto page = m_data.conversationsPage(agent->workspaceId, limit, paging.beforeActivity,
                                                              paging.beforeId);
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
                   Paging paging;
                   if (auto refusal = readPaging(request, &paging))
                       return std::move(*refusal);
                   const int limit = paging.limit;
                   const auto page = m_data.messagesPage(agent->workspaceId, conversationId, limit, paging.before);
                   const bool activityLines = wantsActivityLines(request);
                   QJsonArray messages;
                   for (const Message &m : page)
                       messages.append(toJson(activityLines ? m : legacyActivityNote(m)));
                   return QHttpServerResponse(
                       QJsonObject{{QStringLiteral("messages"), messages},
                                   {QStringLiteral("next_before"),
                                    page.size() == limit ? QJsonValue(page.constLast().id) : QJsonValue::Null}});
               });

    http.route(
        QStringLiteral("/v1/history"), QHttpServerRequest::Method::Get,
        [this, signedIn](const QHttpServerRequest &request) {
            std::optional<Agent> agent;
            if (auto refusal = signedIn(request, &agent))
                return std::move(*refusal);
            const QUrlQuery query = request.query();
            bool ok = true;
            const int limit = query.hasQueryItem(QStringLiteral("limit"))
                                  ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                                  : kDefaultHistoryPage;
            const qint64 before = query.hasQueryItem(QStringLiteral("before"))
                                      ? query.queryItemValue(QStringLiteral("before")).toLongLong(&ok)
                                      : 0;
            if (!ok || limit < 1 || limit > kMaxHistoryPage || before < 0 || before > kMaxSafeInteger)
                return HttpApi::error(QString::fromLatin1(errors::kBadRequest),
                                      QStringLiteral("limit: 1 to %1; before: a message id.").arg(kMaxHistoryPage),
                                      Status::BadRequest);
            const auto page = m_data.historyPage(agent->workspaceId, limit, before);
            const bool activityLines = wantsActivityLines(request);
            QJsonArray messages;
            for (const Message &m : page)
                messages.append(toJson(activityLines ? m : legacyActivityNote(m)));
            const qint64 next = page.size() == limit ? page.constLast().id : 0;
            QHttpServerResponse response = compressedJson(request,
                                                          QJsonObject{{QStringLiteral("messages"), messages},
                                                                      {QStringLiteral("next_before"),
                                                                       next ? QJsonValue(next) : QJsonValue::Null}});
            // The cursor again in a header, so a client can ask for the
            // next page before it has decoded this one.
            response.addHeader(QByteArrayLiteral("Relaydesk-Next-Before"), QByteArray::number(next));
            return response;
        });

    http.route(QStringLiteral("/v1/lead-stages"), QHttpServerRequest::Method::Get,
               [this, signedIn](const QHttpServerRequest &request) {
                   std::optional<Agent> agent;
                   if (auto refusal = signedIn(request, &agent))
                       return std::move(*refusal);
                   return QHttpServerResponse(
                       QJsonObject{{QStringLiteral("stages"),
                                    QJsonArray::fromStringList(m_data.leadStages(agent->workspaceId))},
                                   {QStringLiteral("currency"), m_data.leadCurrency(agent->workspaceId)}});
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
