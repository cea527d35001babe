#include "profilelookup.h"

#include "channelsettings.h"
#include "contactfields.h"
#include "graphclient.h"
#include "log.h"
#include "streamhub.h"
#include "workspacedata.h"

#include <QTimer>
#include <QUrlQuery>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

constexpr qint64 kMaxProfileBytes = 64 * 1024;

// Page-scoped ids are numbers; anything else is not looked up (it would not be one).
bool isPsid(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

ProfileLookup::ProfileLookup(WorkspaceData &data, ChannelSettingsStore &settings, StreamHub &hub, GraphClient &graph,
                             QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_settings(settings)
    , m_hub(hub)
    , m_graph(graph)
{
    connect(&m_hub, &StreamHub::published, this, &ProfileLookup::onPublished);
}

void ProfileLookup::onPublished(qint64 workspaceId, const Change &change)
{
    for (const Event &event : change.events) {
        const Contact *contact = std::get_if<Contact>(&event.payload);
        if (!contact || !isPsid(contact->messengerPsid) || m_asked.contains({workspaceId, contact->id}))
            continue;
        // After the change has reached the agents, and never on the webhook's path.
        QTimer::singleShot(0, this, [this, workspaceId, id = contact->id, psid = contact->messengerPsid] {
            lookUp(workspaceId, id, psid);
        });
    }
}

void ProfileLookup::lookUp(qint64 workspaceId, qint64 contactId, const QString &psid)
{
    if (m_asked.contains({workspaceId, contactId})
        || m_data.nameSource(workspaceId, contactId) != QLatin1String("fallback"))
        return; // named already (by the profile before, or by an agent)
    const std::optional<ChannelSettings> settings = m_settings.settings(workspaceId);
    if (!settings || !settings->messengerEnabled() || settings->messengerPageToken.isEmpty())
        return;
    m_asked.insert({workspaceId, contactId});
    QUrl url = settings->graphBase;
    url.setPath(settings->graphBase.path() + QLatin1Char('/') + psid);
    url.setQuery(QStringLiteral("fields=first_name,last_name"));
    // The token goes in the Authorization header, never in the URL (which may be logged along the way).
    m_graph.get(url, settings->messengerPageToken.toUtf8(), settings->graphTimeoutMs, kMaxProfileBytes, this,
                [this, workspaceId, contactId](const GraphReply &reply) {
                    const QString name = contactfields::fittedName(
                        QStringLiteral("%1 %2").arg(reply.json.value(QStringLiteral("first_name")).toString(),
                                                    reply.json.value(QStringLiteral("last_name")).toString()));
                    if (!reply.ok() || name.isEmpty()) {
                        qCInfo(lcServer) << "Messenger profile of contact" << contactId
                                         << "not known; the fallback name stays:"
                                         << (reply.ok() ? QStringLiteral("the answer holds no name.")
                                                        : reply.reason(QStringLiteral("Messenger")));
                        return;
                    }
                    const Change change = m_data.setNameFromChannel(workspaceId, contactId, name);
                    if (change.ok())
                        m_hub.publish(workspaceId, change);
                    else
                        qCWarning(lcServer) << "could not name contact" << contactId << ":" << change.errorMessage;
                });
}

} // namespace relaydesk::server
