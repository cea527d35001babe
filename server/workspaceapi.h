#pragma once

class QHttpServer;

namespace relaydesk::server {

class Accounts;
class StreamHub;
class WorkspaceData;

// REST pages of a workspace for signed-in agents (conversations, messages,
// contacts), and the web chat endpoints through which website visitors write.
class WorkspaceApi
{
public:
    WorkspaceApi(Accounts &accounts, WorkspaceData &data, StreamHub &hub);
    void addRoutes(QHttpServer &http);

    static constexpr int kMaxPage = 200;

private:
    Accounts &m_accounts;
    WorkspaceData &m_data;
    StreamHub &m_hub;
};

} // namespace relaydesk::server
