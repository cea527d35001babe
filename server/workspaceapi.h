#pragma once

class QHttpServer;

namespace relaydesk::server {

class Accounts;
class WorkspaceData;

// REST pages of a workspace for signed-in agents: conversations, messages
// (per conversation, or the whole history in pages),
// contacts, the lead pipeline and the quick replies. (Website visitors use WebChatApi.)
class WorkspaceApi
{
public:
    WorkspaceApi(Accounts &accounts, WorkspaceData &data);
    void addRoutes(QHttpServer &http);

    static constexpr int kMaxPage = 200;
    // GET /v1/history: a page of the whole workspace's messages, newest
    // first, for a new desktop's first sync (docs/protocol.md).
    static constexpr int kMaxHistoryPage = 5000;
    static constexpr int kDefaultHistoryPage = 1000;

private:
    Accounts &m_accounts;
    WorkspaceData &m_data;
};

} // namespace relaydesk::server
