#pragma once

#include "protocol/frames.h"

#include <QHash>
#include <QObject>
#include <QPointer>

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
// the log on hello, live events to every agent of the workspace, commands.
class StreamHub : public QObject
{
    Q_OBJECT

public:
    StreamHub(Accounts &accounts, WorkspaceData &data, MediaStore &media, QObject *parent = nullptr);
    ~StreamHub() override;

    void attach(QAbstractHttpServer &http);

    // Sends a change's events to every live session of the workspace.
    void publish(qint64 workspaceId, const Change &change);
    // Sends a presence frame (typing, viewing) to the workspace's other agents.
    void publishPresence(qint64 workspaceId, const protocol::Presence &presence, StreamSession *from);

    int liveSessions() const;

    // Events a client may be behind and still be replayed, past which it re-syncs by pages.
    static constexpr qint64 kMaxReplay = 10000;

private:
    friend class StreamSession;
    void accept(std::unique_ptr<QWebSocket> socket);
    void joined(StreamSession *session, qint64 workspaceId);
    void left(StreamSession *session);

    Accounts &m_accounts;
    WorkspaceData &m_data;
    MediaStore &m_media;
    QHash<qint64, QList<StreamSession *>> m_byWorkspace;
};

} // namespace relaydesk::server
