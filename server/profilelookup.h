#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace relaydesk::server {

class ChannelSettingsStore;
class GraphClient;
class StreamHub;
class WorkspaceData;
struct Change;

// Messenger customers' names. Messenger's webhooks carry no name, so a
// customer's contact is first made with a fallback ("Messenger customer
// 3FA9C2"); then, off the webhook's path, the User Profile API is asked
// (GET {graph_base}/{psid}?fields=first_name,last_name with the page's
// token) and its answer names the contact, unless an agent named it in the
// meantime, with a contact.upserted event. When the lookup fails (no answer,
// an error, no name) the fallback stays and the contact works as before; it
// is asked once per contact while the server runs.
class ProfileLookup : public QObject
{
    Q_OBJECT

public:
    ProfileLookup(WorkspaceData &data, ChannelSettingsStore &settings, StreamHub &hub, GraphClient &graph,
                  QObject *parent = nullptr);

private:
    void onPublished(qint64 workspaceId, const Change &change);
    void lookUp(qint64 workspaceId, qint64 contactId, const QString &psid);

    WorkspaceData &m_data;
    ChannelSettingsStore &m_settings;
    StreamHub &m_hub;
    GraphClient &m_graph;
    QSet<std::pair<qint64, qint64>> m_asked; // (workspace, contact)
};

} // namespace relaydesk::server
