#include "streamsession.h"

#include "commands.h"
#include "log.h"
#include "streamhub.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QDateTime>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

constexpr int kHelloTimeoutMs = 10000;
// The replay reads the log in chunks while fewer than half the queue's frames wait.
constexpr int kReplayChunk = 256;
constexpr int kReplayRefill = kSendQueueFrames / 2;

// Bytes a text message of `payload` bytes takes on the wire from the server:
// one unmasked frame (frames stay far below QWebSocket's fragment size).
qint64 wireBytes(qint64 payload)
{
    return payload + (payload < 126 ? 2 : payload < 65536 ? 4 : 10);
}

} // namespace

StreamSession::StreamSession(std::unique_ptr<QWebSocket> socket, StreamHub &hub, Accounts &accounts,
                             WorkspaceData &data, MediaStore &media)
    : m_socket(std::move(socket))
    , m_hub(hub)
    , m_accounts(accounts)
    , m_data(data)
    , m_media(media)
    , m_heartbeat(new QTimer(this))
    , m_helloDeadline(new QTimer(this))
    , m_closeDeadline(new QTimer(this))
    , m_expiry(new QTimer(this))
{
    // Twice the limit, so an oversized frame reaches decodeFrame and gets the
    // documented close code (4004) rather than the WebSocket layer's own.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(2 * kMaxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(2 * kMaxFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &StreamSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &StreamSession::onBinary);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &StreamSession::onBytesWritten);
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_live = false;
        emit finished(this);
    });

    m_lastHeard.start();
    m_helloDeadline->setSingleShot(true);
    connect(m_helloDeadline, &QTimer::timeout, this, [this] {
        refuse(QString::fromLatin1(errors::kHelloRequired), QStringLiteral("Say hello first."),
               int(CloseCode::Unauthorized));
    });
    m_helloDeadline->start(kHelloTimeoutMs);
    // The token's expiry ends the stream as sign-out does (recheck says which).
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &StreamSession::recheck);
    connect(m_heartbeat, &QTimer::timeout, this, &StreamSession::heartbeat);
    // A client that neither reads nor answers the close keeps its queued frames
    // on the server until this cuts it.
    m_closeDeadline->setSingleShot(true);
    connect(m_closeDeadline, &QTimer::timeout, this, [this] { m_socket->abort(); });
}

StreamSession::~StreamSession() = default;

void StreamSession::queue(const QString &text, qint64 bytes)
{
    if (m_closing)
        return;
    // A client that does not read must not make the server hold unbounded data,
    // nor hold up the others: it is closed and resumes from its last seq.
    if (waitingFrames() >= kSendQueueFrames) {
        // Frames made in one busy turn of the event loop have not had a chance
        // to go yet: hand the network what it takes now (bytesWritten counts
        // it off) before judging the client.
        m_socket->flush();
        if (waitingFrames() >= kSendQueueFrames) {
            qCInfo(lcServer) << "closing a stream that does not keep up";
            closeWith(int(CloseCode::TooSlow), QStringLiteral("too slow; reconnect and resume"));
            return;
        }
    }
    m_bytesQueued += wireBytes(bytes);
    m_frameEnds.push_back(m_bytesQueued);
    m_socket->sendTextMessage(text);
}

void StreamSession::send(const Frame &frame)
{
    const QByteArray bytes = encodeFrame(frame);
    queue(QString::fromUtf8(bytes), bytes.size());
}

void StreamSession::onBytesWritten(qint64 bytes)
{
    m_bytesWritten += bytes;
    while (!m_frameEnds.empty() && m_frameEnds.front() <= m_bytesWritten)
        m_frameEnds.pop_front();
    if (m_replaying && waitingFrames() < kReplayRefill)
        continueReplay();
}

void StreamSession::closeWith(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_live = false;
    m_replaying = false;
    m_heartbeat->stop();
    m_helloDeadline->stop();
    m_expiry->stop();
    m_closeDeadline->start(kCloseGraceMs);
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void StreamSession::refuse(const QString &code, const QString &message, int closeCode)
{
    send(ErrorFrame{code, message, 0});
    closeWith(closeCode, message);
}

void StreamSession::deliver(qint64 seq, const QString &encoded, qint64 bytes)
{
    // While replaying, the log brings this event in its turn.
    if (!m_live || m_closing || seq <= m_sentSeq)
        return;
    m_sentSeq = seq;
    queue(encoded, bytes);
}

void StreamSession::onBinary(const QByteArray &)
{
    refuse(QString::fromLatin1(errors::kMalformed), QStringLiteral("Frames are JSON text."), int(CloseCode::Malformed));
}

void StreamSession::onText(const QString &text)
{
    m_lastHeard.restart();
    if (m_closing)
        return;
    const QByteArray bytes = text.toUtf8();
    DecodeError error;
    const std::optional<Frame> frame = decodeFrame(bytes, &error);
    if (!frame) {
        if (error.code == DecodeError::Code::TooLarge) {
            refuse(QString::fromLatin1(errors::kTooLarge), error.message, int(CloseCode::TooLarge));
        } else if (!error.clientId.isEmpty() && m_greeted) {
            // A command we can answer: the connection stays.
            send(Ack{error.clientId, false, {}, QString::fromLatin1(errors::kBadRequest), error.message, {}});
        } else if (m_greeted && error.code != DecodeError::Code::Malformed) {
            send(ErrorFrame{toString(error.code), error.message, 0});
        } else {
            refuse(toString(error.code), error.message, int(CloseCode::Malformed));
        }
        return;
    }
    if (const auto *hello = std::get_if<Hello>(&*frame)) {
        onHello(*hello);
    } else if (!m_greeted) {
        // A client bug, not a sign-in problem: the client reconnects (4000), it is not signed out (4001).
        refuse(QString::fromLatin1(errors::kHelloRequired), QStringLiteral("Say hello first."),
               int(CloseCode::Malformed));
    } else if (const auto *command = std::get_if<Command>(&*frame)) {
        if (m_replaying && m_heldCommands.size() >= kSendQueueFrames)
            closeWith(int(CloseCode::TooSlow), QStringLiteral("too many commands before the replay ended"));
        else if (m_replaying)
            m_heldCommands.append(*command);
        else
            onCommand(*command);
    } else if (const auto *ping = std::get_if<Ping>(&*frame)) {
        send(Pong{ping->id});
    } else if (std::holds_alternative<Pong>(*frame)) {
        // m_lastHeard was refreshed above.
    } else {
        send(ErrorFrame{QString::fromLatin1(errors::kUnknownType),
                        QStringLiteral("A client does not send %1 frames.").arg(frameType(*frame)), 0});
    }
}

void StreamSession::onHello(const Hello &hello)
{
    if (m_greeted) {
        send(ErrorFrame{QString::fromLatin1(errors::kInvalid), QStringLiteral("Hello was said already."), 0});
        return;
    }
    m_helloDeadline->stop();
    if (hello.protocol != kProtocolVersion) {
        send(ErrorFrame{QString::fromLatin1(errors::kProtocolMismatch),
                        QStringLiteral("This server speaks protocol %1.").arg(kProtocolVersion), kProtocolVersion});
        closeWith(int(CloseCode::ProtocolMismatch), QStringLiteral("protocol mismatch"));
        return;
    }
    AccountError failure;
    const std::optional<Agent> agent = m_accounts.authenticate(hello.token, &failure, &m_token);
    if (!agent) {
        refuse(failure.code, failure.message, closeCodeFor(failure.code));
        return;
    }
    m_agent = *agent;
    const qint64 head = m_data.headSeq(m_agent.workspaceId);
    m_activityLines = hello.features.contains(QLatin1String(features::kActivity));
    Welcome welcome{kProtocolVersion, m_agent.id, m_agent.workspaceId, head, kHeartbeatMs, {}};
    if (m_activityLines)
        welcome.features.append(QString::fromLatin1(features::kActivity));
    send(welcome);
    if (hello.lastSeq > head || head - hello.lastSeq > StreamHub::kMaxReplay) {
        // The log cannot bring this client up to date: it re-fetches by pages.
        send(Resync{hello.lastSeq > head ? QString::fromLatin1(resyncReasons::kAheadOfServer)
                                         : QString::fromLatin1(resyncReasons::kTooFarBehind),
                    head});
        closeWith(int(CloseCode::Normal), QStringLiteral("re-sync by pages"));
        return;
    }
    m_greeted = true;
    armExpiry();
    m_sentSeq = hello.lastSeq;
    m_replaying = true;
    m_hub.joined(this, m_agent.workspaceId);
    m_heartbeat->start(kHeartbeatMs);
    continueReplay();
}

void StreamSession::continueReplay()
{
    // Sending can flush, and flushing reports bytes written, which asks for
    // more replay: one replay loop at a time keeps the events in order.
    if (m_inReplay)
        return;
    m_inReplay = true;
    while (m_replaying && !m_closing && waitingFrames() < kReplayRefill) {
        int rows = 0;
        qint64 lastRead = m_sentSeq;
        const auto events = m_data.encodedEventsAfter(m_agent.workspaceId, m_sentSeq, kReplayChunk, &rows, &lastRead,
                                                      m_activityLines);
        for (const WorkspaceData::EncodedEvent &event : events) {
            m_sentSeq = event.seq;
            queue(event.frame, event.utf8Bytes);
        }
        m_sentSeq = lastRead;
        // The server is single-threaded: a short chunk means the log holds
        // nothing newer, and nothing can be appended before this session is
        // live. No gap, no duplicate.
        if (rows < kReplayChunk) {
            m_inReplay = false;
            goLive();
            return;
        }
    }
    m_inReplay = false;
}

void StreamSession::goLive()
{
    if (m_closing)
        return;
    m_replaying = false;
    m_live = true;
    m_hub.sendCurrentPresence(this);
    const QList<Command> held = std::exchange(m_heldCommands, {});
    for (const Command &command : held) {
        if (m_closing)
            return;
        onCommand(command);
    }
}

void StreamSession::onCommand(const Command &command)
{
    if (!isValidClientId(command.clientId)) {
        send(Ack{command.clientId.left(64),
                 false,
                 {},
                 QString::fromLatin1(errors::kBadRequest),
                 QStringLiteral("A command needs a client_id."),
                 {}});
        return;
    }
    // A runaway client is slowed before the command costs anything (not
    // remembered: the same client id may go again after the wait).
    if (const qint64 wait = m_hub.commandLimits().take(m_token.hash, QDateTime::currentMSecsSinceEpoch())) {
        send(Ack{command.clientId,
                 false,
                 {},
                 QString::fromLatin1(errors::kRateLimited),
                 QStringLiteral("Too many commands; send again in %1 ms.").arg(wait),
                 {}});
        return;
    }
    // A retry of a command that was answered: the first answer, nothing new.
    if (const std::optional<Change> earlier = m_data.commandAnswer(m_agent.workspaceId, m_agent.id, command.clientId)) {
        answer(command.clientId, *earlier);
        return;
    }
    // Text every peer can decode, or nothing is done (docs/protocol.md, "Text").
    if (const QString problem = firstTextProblem(command.args, QStringLiteral("args")); !problem.isEmpty()) {
        const Change refusal = Change::failure(QString::fromLatin1(errors::kBadRequest), problem);
        m_data.rememberCommand(m_agent.workspaceId, m_agent.id, command.clientId, refusal);
        answer(command.clientId, refusal);
        return;
    }
    std::optional<Presence> presence;
    const Change change = [&] {
        WorkspaceData::CommandScope scope(m_data, m_agent.workspaceId, m_agent.id, command.clientId);
        return runCommand(m_data, m_media, m_agent, command, m_hub.presenceLifetimes(), &presence);
    }();
    if (!change.ok()) {
        // A refusal is the command's answer for good, as a success is.
        m_data.rememberCommand(m_agent.workspaceId, m_agent.id, command.clientId, change);
        answer(command.clientId, change);
        return;
    }
    if (presence) {
        send(Ack{command.clientId, true, {}, {}, {}, {}});
        m_hub.publishPresence(m_agent.workspaceId, *presence, this);
        return;
    }
    // Fault injection for the tests: end here, after the change committed and
    // before the ack, as a crash would (tst_server_stream).
    if (qEnvironmentVariable("RELAYDESK_TEST_FAULT") == QLatin1String("exit-after-commit"))
        std::_Exit(70);
    // Recorded already with the change; this covers a command that changed nothing.
    m_data.rememberCommand(m_agent.workspaceId, m_agent.id, command.clientId, change);
    // Events first, so the client has the message when the ack arrives.
    m_hub.publish(m_agent.workspaceId, change);
    answer(command.clientId, change);
}

void StreamSession::answer(const QString &clientId, const Change &change)
{
    if (change.ok())
        send(Ack{clientId, true, change.result, {}, {}, {}});
    else
        send(Ack{clientId, false, {}, change.errorCode, change.errorMessage, change.current});
}

int StreamSession::closeCodeFor(const QString &accountError)
{
    return accountError == QLatin1String(errors::kSignedOut) ? int(CloseCode::SignedOut) : int(CloseCode::Unauthorized);
}

void StreamSession::armExpiry()
{
    // A timer runs at most ~24 days; a longer-lived token is looked at again then.
    const qint64 left = m_token.expiresAt - QDateTime::currentMSecsSinceEpoch();
    m_expiry->start(int(std::clamp<qint64>(left, 0, 24LL * 24 * 3600 * 1000)));
}

void StreamSession::recheck()
{
    if (!m_greeted || m_closing)
        return;
    AccountError failure;
    if (!m_accounts.authenticateHash(m_token.hash, &failure)) {
        qCInfo(lcServer) << "closing a stream whose session ended:" << failure.code;
        refuse(failure.code, failure.message, closeCodeFor(failure.code));
        return;
    }
    armExpiry();
}

void StreamSession::heartbeat()
{
    if (m_lastHeard.elapsed() > 2 * kHeartbeatMs) {
        qCInfo(lcServer) << "closing a silent stream";
        closeWith(int(CloseCode::GoingAway), QStringLiteral("no heartbeat"));
        return;
    }
    send(Ping{++m_pingId});
}

} // namespace relaydesk::server
