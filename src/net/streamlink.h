#pragma once

// The client's one WebSocket to the server (docs/protocol.md, "The stream"),
// as an explicit state machine:
//
//   SignedOut ─start()─► Connecting ─welcome─► Online
//        ▲                   │  ▲                 │ link lost / dead heartbeat
//      stop()                │  └── Reconnecting ◄┘ (backoff, secondsUntilRetry)
//                            │          ▲ │
//                            │   network│ │no network
//                            │     back │ ▼
//                            │        Offline
//                            ├─ bad/expired token ──► AuthFailed      (no retries)
//                            └─ protocol mismatch ──► IncompatibleVersion
//
// Events arriving together are handed over as one batch, so the store can
// apply them in one transaction. The link never touches the store: the sync
// engine decides what a batch means.

#include "net/backoff.h"
#include "protocol/frames.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>
#include <QVector>

#include <functional>

class QTimer;
class QWebSocket;

namespace relaydesk::net {

class StreamLink : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Connecting, Online, Offline, Reconnecting, AuthFailed, IncompatibleVersion };
    Q_ENUM(State)

    // `lastSeq` is asked at every (re)connect: the seq the client has applied.
    StreamLink(const QUrl &server, std::function<qint64()> lastSeq, QObject *parent = nullptr);
    ~StreamLink() override;

    // Connects with this token and keeps the link up until stop().
    void start(const QString &token);
    // Closes the link and forgets the token (sign-out, or the app closing).
    void stop();
    // Tries at once instead of waiting for the backoff (the agent asked, the
    // network came back, or a re-sync by pages finished).
    void reconnectNow();
    // After a resync frame the link waits for reconnectNow() (the pages come first).
    bool isHeldForResync() const { return m_heldForResync; }

    // Sends a command when online; false otherwise (the outbox keeps it).
    bool send(const protocol::Command &command);

    State state() const { return m_state; }
    // While Reconnecting: whole seconds until the next try.
    int secondsUntilRetry() const;
    // What went wrong last, for a person ("" when nothing did).
    QString problem() const { return m_problem; }
    const protocol::Welcome &welcome() const { return m_welcome; }

    // For tests: the reconnect timing, and a way to see the network as gone.
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    void setNetworkReachable(bool reachable);
    // Tests use a loopback server but need "no network" to count.
    void honourReachabilityForLoopback(bool honour) { m_honourReachabilityForLoopback = honour; }
    // The token was refused elsewhere (a page read): stop, saying why.
    void failAuth(const QString &problem);
    // Drops the socket as a broken network would (tests).
    void dropForTest();
    // Closes the socket and waits for reconnectNow(): the sync engine found a
    // gap and re-reads pages first.
    void holdForResync();
    // The same wait for a store that has enough events queued: the server
    // replays the rest from the queued seq once reconnectNow() is called.
    void holdForStore();

signals:
    void stateChanged(relaydesk::net::StreamLink::State state);
    void welcomed(const relaydesk::protocol::Welcome &welcome);
    void eventsReceived(const QVector<relaydesk::protocol::Event> &events);
    void resyncRequired(const relaydesk::protocol::Resync &resync);
    void ackReceived(const relaydesk::protocol::Ack &ack);
    void presenceReceived(const relaydesk::protocol::Presence &presence);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void dropLink(const char *why);
    void detachSocket();
    void afterClose(int code);
    void onText(const QString &text);
    void handle(protocol::Frame frame);
    void flushEvents();
    void heartbeat();
    void scheduleRetry();
    void setState(State state);
    void hold(const char *why);
    void fail(State state, const QString &problem);
    void watchNetwork();

    QUrl m_server;
    std::function<qint64()> m_lastSeq;
    QString m_token;
    State m_state = State::SignedOut;
    QString m_problem;
    QList<QSslError> m_certificateProblems; // of the socket being opened
    protocol::Welcome m_welcome;
    QPointer<QWebSocket> m_socket;
    Backoff m_backoff;
    QTimer *m_retryTimer;
    QTimer *m_heartbeatTimer;
    QElapsedTimer m_heardFrom;
    QElapsedTimer m_sincePing;
    QVector<protocol::Event> m_pendingEvents;
    bool m_flushQueued = false;
    bool m_heldForResync = false;
    bool m_networkReachable = true;
    bool m_honourReachabilityForLoopback = false;
    qint64 m_pingId = 0;
};

} // namespace relaydesk::net
