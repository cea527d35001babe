#pragma once

#include "commands.h"
#include "tokenbuckets.h"

#include "protocol/frames.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAbstractHttpServer;
class QTimer;
class QWebSocket;

namespace relaydesk::server {

class Accounts;
class MediaStore;
class StreamSession;
class WorkspaceData;
struct Change;

// The WebSocket at /v1/stream: one session per connected agent, replay from
// the log on hello, live events to every agent of the workspace, commands,
// and presence, which the hub ends itself when it lapses or its session goes.
class StreamHub : public QObject
{
    Q_OBJECT

public:
    StreamHub(Accounts &accounts, WorkspaceData &data, MediaStore &media, PresenceLifetimes lifetimes,
              QObject *parent = nullptr);
    ~StreamHub() override;

    void attach(QAbstractHttpServer &http);

    // Sends a change's events to every live session of the workspace.
    void publish(qint64 workspaceId, const Change &change);
    // Records a presence (typing, viewing; `until` 0 ends it) and sends it to
    // the workspace's other sessions. It ends by itself at `until`.
    void publishPresence(qint64 workspaceId, const protocol::Presence &presence, StreamSession *from);
    // Tells a session that just caught up what the others are doing now.
    void sendCurrentPresence(StreamSession *session);
    const PresenceLifetimes &presenceLifetimes() const { return m_lifetimes; }

    // Closes the streams whose sessions ended (revoked, expired, agent
    // disabled): those of one agent, or with 0 every agent's (after another
    // process, the admin command line, changed the database).
    void recheckSessions(qint64 agentId = 0);

    // Commands per sign-in token and minute (ServerConfig::tokenCommandsPerMinute).
    void setCommandLimit(int perMinute) { m_commandLimits = TokenBuckets(perMinute); }
    TokenBuckets &commandLimits() { return m_commandLimits; }

    int liveSessions() const;
    // Agents of the workspace with a stream open now (the autopilot's "while away").
    int liveSessionsOf(qint64 workspaceId) const { return int(m_byWorkspace.value(workspaceId).size()); }

    // Events a client may be behind and still be replayed, past which it
    // re-syncs by pages. Replay streams from the log with flow control, so
    // its cost is linear and small (relaydesk-bench sync); a page re-sync
    // brings only each conversation's newest messages, so it is kept for
    // clients that are very far behind.
    static constexpr qint64 kMaxReplay = 1000000;

signals:
    // Every change published, whether or not an agent is connected: the
    // channel outbox and the autopilot act on the messages in it.
    void published(qint64 workspaceId, const relaydesk::server::Change &change);

private:
    friend class StreamSession;
    void accept(std::unique_ptr<QWebSocket> socket);
    void joined(StreamSession *session, qint64 workspaceId);
    void left(StreamSession *session);
    // Ends presences whose time passed, and sets the timer for the next one.
    void expirePresence();
    void endPresence(const QString &key);

    struct ActivePresence
    {
        qint64 workspaceId = 0;
        protocol::Presence presence;
        StreamSession *owner = nullptr;
    };

    Accounts &m_accounts;
    WorkspaceData &m_data;
    MediaStore &m_media;
    PresenceLifetimes m_lifetimes;
    QHash<qint64, QList<StreamSession *>> m_byWorkspace;
    QHash<QString, ActivePresence> m_presence; // by workspace, conversation, agent and activity
    QTimer m_presenceExpiry;
    TokenBuckets m_commandLimits{0};
};

} // namespace relaydesk::server
