#pragma once

#include "accounts.h"

#include "protocol/frames.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTimer;
class QWebSocket;

namespace relaydesk::server {

class MediaStore;
class StreamHub;
class WorkspaceData;

// One agent's WebSocket: waits for hello, replays what was missed, then
// streams live events, answers commands and keeps the heartbeat.
class StreamSession : public QObject
{
    Q_OBJECT

public:
    StreamSession(std::unique_ptr<QWebSocket> socket, StreamHub &hub, Accounts &accounts,
                  WorkspaceData &data, MediaStore &media);
    ~StreamSession() override;

    bool isLive() const { return m_live; }
    const Agent &agent() const { return m_agent; }

    // Sends an event (already encoded once for all sessions) if it is newer
    // than what this session has sent.
    void deliver(qint64 seq, const QString &encoded);
    void send(const protocol::Frame &frame);
    void closeWith(int code, const QString &reason);

    // Bytes waiting to go out, past which a client is too slow and is closed.
    static constexpr qint64 kMaxPendingBytes = 4 * 1024 * 1024;

signals:
    void finished(StreamSession *session);

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &bytes);
    void onHello(const protocol::Hello &hello);
    void onCommand(const protocol::Command &command);
    void heartbeat();
    void refuse(const QString &code, const QString &message, int closeCode);

    std::unique_ptr<QWebSocket> m_socket;
    StreamHub &m_hub;
    Accounts &m_accounts;
    WorkspaceData &m_data;
    MediaStore &m_media;
    Agent m_agent;
    bool m_live = false;
    bool m_closing = false;
    qint64 m_sentSeq = 0;
    qint64 m_pingId = 0;
    QElapsedTimer m_lastHeard;
    QTimer *m_heartbeat;
    QTimer *m_helloDeadline;
};

} // namespace relaydesk::server
