#include "suggestionapi.h"

#include "accounts.h"
#include "aichat.h"
#include "channelsettings.h"
#include "graphclient.h"
#include "httpapi.h"
#include "httpcompat.h"
#include "log.h"
#include "workspacedata.h"

#include "protocol/frames.h"

#include <QHttpServer>

#include <memory>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Status = QHttpServerResponse::StatusCode;

SuggestionApi::SuggestionApi(Accounts &accounts, WorkspaceData &data, ChannelSettingsStore &settings,
                             GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_data(data)
    , m_settings(settings)
    , m_graph(graph)
{
}

void SuggestionApi::addRoutes(QHttpServer &http)
{
    http.route(QStringLiteral("/v1/conversations/<arg>/suggestion"), QHttpServerRequest::Method::Post,
               [this](qint64 conversationId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   suggest(conversationId, request, std::move(responder));
               });
}

void SuggestionApi::suggest(qint64 conversationId, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto answer = std::make_shared<DeferredResponder>(std::move(responder));
    AccountError failure;
    const std::optional<Agent> agent = m_accounts.authenticateRequest(HttpApi::bearerToken(request), &failure);
    if (!agent)
        return answer->send(HttpApi::refusal(failure));
    if (!m_data.conversation(agent->workspaceId, conversationId))
        return answer->send(HttpApi::error(QString::fromLatin1(errors::kNotFound),
                                           QStringLiteral("There is no such conversation."), Status::NotFound));
    const std::optional<ChannelSettings> settings = m_settings.settings(agent->workspaceId);
    if (!settings || !settings->aiEnabled())
        return answer->send(
            HttpApi::error(QString::fromLatin1(errors::kAiNotConfigured),
                           QStringLiteral("This workspace has no AI set up for suggested replies; its admin "
                                          "can add one (autopilot.ai in the channel settings)."),
                           Status::Conflict));
    if (m_pending.value(agent->id) >= kMaxPendingPerAgent) {
        QHttpServerResponse busy =
            HttpApi::error(QString::fromLatin1(errors::kRateLimited),
                           QStringLiteral("Your earlier suggestions are still being written; wait for them."),
                           Status::TooManyRequests);
        setResponseHeader(busy, "Retry-After", "1");
        return answer->send(busy);
    }
    ++m_pending[agent->id];
    const qint64 agentId = agent->id;
    aichat::ask(
        m_graph, m_data, agent->workspaceId, conversationId, *settings, this,
        [this, answer, agentId, conversationId](const GraphReply &reply, const QString &text) {
            if (--m_pending[agentId] <= 0)
                m_pending.remove(agentId);
            if (!text.isEmpty())
                return answer->send(QHttpServerResponse(QJsonObject{{QStringLiteral("text"), text}}));
            const QString why = reply.ok() ? QStringLiteral("The AI service gave an empty answer.")
                                           : reply.reason(QStringLiteral("The AI service"));
            qCInfo(lcServer) << "no suggestion for conversation" << conversationId << ":" << why;
            if (reply.timedOut)
                return answer->send(
                    HttpApi::error(QString::fromLatin1(errors::kAiTimeout),
                                   QStringLiteral("%1 Try again, or write the reply yourself.").arg(why),
                                   Status::GatewayTimeout));
            answer->send(HttpApi::error(QString::fromLatin1(errors::kAiFailed),
                                        QStringLiteral("%1 Try again later, or write the reply yourself.").arg(why),
                                        Status::BadGateway));
        },
        std::min(settings->aiTimeoutMs, kMaxWaitMs));
}

} // namespace relaydesk::server
