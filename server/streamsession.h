#pragma once

#include "accounts.h"

#include "protocol/frames.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <deque>
#include <memory>

class QTimer;
class QWebSocket;

namespace relaydesk::server {

class MediaStore;
class StreamHub;
class WorkspaceData;
struct Change;

// One agent's WebSocket: waits for hello, replays what was missed (paced by
// how fast the client reads), then streams live events, answers commands and
// keeps the heartbeat. A client that does not read is closed with TooSlow
// once kSendQueueFrames frames wait for it.
class StreamSession : public QObject
{
    Q_OBJECT

public:
    StreamSession(std::unique_ptr<QWebSocket> socket, StreamHub &hub, Accounts &accounts, WorkspaceData &data,
                  MediaStore &media);
    ~StreamSession() override;

    [[nodiscard]] bool isLive() const { return m_live; }
    // The client's hello named the "activity" feature: it reads activity lines.
    [[nodiscard]] bool readsActivityLines() const { return m_activityLines; }
    const Agent &agent() const { return m_agent; }

    // Sends an event (already encoded once for all sessions; `bytes` is its
    // UTF-8 size) if it is newer than what this session has sent.
    void deliver(qint64 seq, const QString &encoded, qint64 bytes);
    void send(const protocol::Frame &frame);
    void closeWith(int code, const QString &reason);
    // Looks at the session's token again: revoked (sign-out, the admin ended
    // the agent's sessions), expired or its agent disabled closes the stream
    // with the documented code (4005 signed out, 4001 otherwise).
    void recheck();

    // Frames handed to the socket and not yet written to the network.
    int waitingFrames() const { return int(m_frameEnds.size()); }

    // How long a closed connection may take to say goodbye before it is cut.
    static constexpr int kCloseGraceMs = 30000;

signals:
    void finished(StreamSession *session);

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &bytes);
    void onHello(const protocol::Hello &hello);
    void onCommand(const protocol::Command &command);
    // The ack for a command's answer (a change, or a refusal).
    void answer(const QString &clientId, const Change &change);
    void onBytesWritten(qint64 bytes);
    void continueReplay();
    void goLive();
    void queue(const QString &text, qint64 bytes);
    void heartbeat();
    void refuse(const QString &code, const QString &message, int closeCode);
    void armExpiry();
    static int closeCodeFor(const QString &accountError);

    std::unique_ptr<QWebSocket> m_socket;
    StreamHub &m_hub;
    Accounts &m_accounts;
    WorkspaceData &m_data;
    MediaStore &m_media;
    Agent m_agent;
    bool m_activityLines = false;
    Accounts::TokenInfo m_token; // from the hello
    bool m_greeted = false;      // hello accepted
    bool m_replaying = false;    // sending the log from m_sentSeq on
    bool m_inReplay = false;     // inside continueReplay()
    bool m_live = false;         // caught up: live events go out as they happen
    bool m_closing = false;
    qint64 m_sentSeq = 0;
    qint64 m_pingId = 0;
    // Where each queued frame ends in the byte stream, and how much of it the socket wrote.
    std::deque<qint64> m_frameEnds;
    qint64 m_bytesQueued = 0;
    qint64 m_bytesWritten = 0;
    // Commands that came during the replay: run once it is done, so their
    // events still come before their acks.
    QList<protocol::Command> m_heldCommands;
    QElapsedTimer m_lastHeard;
    QTimer *m_heartbeat;
    QTimer *m_helloDeadline;
    QTimer *m_closeDeadline;
    QTimer *m_expiry;
};

} // namespace relaydesk::server
