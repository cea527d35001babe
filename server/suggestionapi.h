#pragma once

#include <QHash>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace relaydesk::server {

class Accounts;
class ChannelSettingsStore;
class GraphClient;
class WorkspaceData;

// POST /v1/conversations/{id}/suggestion: a reply drafted by the workspace's
// AI from the conversation's recent history, the prompt the autopilot uses
// (aichat.h), for the agent to edit and send. Nothing is stored and nothing
// goes to the customer; the answer waits for the AI, never the server.
class SuggestionApi : public QObject
{
    Q_OBJECT

public:
    SuggestionApi(Accounts &accounts, WorkspaceData &data, ChannelSettingsStore &settings, GraphClient &graph,
                  QObject *parent = nullptr);
    void addRoutes(QHttpServer &http);

    // Drafts one agent may wait for at once; more get 429 rate_limited.
    static constexpr int kMaxPendingPerAgent = 2;
    // The longest a draft is waited for, whatever the AI's own timeout, so
    // the desktop (which gives up after 30 s) always hears why.
    static constexpr int kMaxWaitMs = 25000;

private:
    void suggest(qint64 conversationId, const QHttpServerRequest &request, QHttpServerResponder &&responder);

    Accounts &m_accounts;
    WorkspaceData &m_data;
    ChannelSettingsStore &m_settings;
    GraphClient &m_graph;
    QHash<qint64, int> m_pending; // by agent
};

} // namespace relaydesk::server
