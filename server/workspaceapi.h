#pragma once

class QHttpServer;

namespace relaydesk::server {

class Accounts;
class WorkspaceData;

// REST pages of a workspace for signed-in agents: conversations, messages,
// contacts, the lead pipeline and the quick replies. (Website visitors use WebChatApi.)
class WorkspaceApi
{
public:
    WorkspaceApi(Accounts &accounts, WorkspaceData &data);
    void addRoutes(QHttpServer &http);

    static constexpr int kMaxPage = 200;

private:
    Accounts &m_accounts;
    WorkspaceData &m_data;
};

} // namespace relaydesk::server
