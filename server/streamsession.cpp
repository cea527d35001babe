#include "streamsession.h"

#include "commands.h"
#include "log.h"
#include "streamhub.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QTimer>
#include <QWebSocket>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {
constexpr int kHelloTimeoutMs = 10000;
constexpr int kReplayChunk = 500;
}

StreamSession::StreamSession(std::unique_ptr<QWebSocket> socket, StreamHub &hub, Accounts &accounts,
                             WorkspaceData &data, MediaStore &media)
    : m_socket(std::move(socket))
    , m_hub(hub)
    , m_accounts(accounts)
    , m_data(data)
    , m_media(media)
    , m_heartbeat(new QTimer(this))
    , m_helloDeadline(new QTimer(this))
{
    // Twice the limit, so an oversized frame reaches decodeFrame and gets the
    // documented close code (4004) rather than the WebSocket layer's own.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(2 * kMaxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(2 * kMaxFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &StreamSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &StreamSession::onBinary);
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { emit finished(this); });

    m_lastHeard.start();
    m_helloDeadline->setSingleShot(true);
    connect(m_helloDeadline, &QTimer::timeout, this, [this] {
        refuse(QString::fromLatin1(errors::kHelloRequired), QStringLiteral("Say hello first."),
               int(CloseCode::Unauthorized));
    });
    m_helloDeadline->start(kHelloTimeoutMs);
    connect(m_heartbeat, &QTimer::timeout, this, &StreamSession::heartbeat);
}

StreamSession::~StreamSession() = default;

void StreamSession::send(const Frame &frame)
{
    if (m_closing)
        return;
    // A client that does not read must not make the server hold unbounded data.
    if (m_socket->bytesToWrite() > kMaxPendingBytes) {
        qCInfo(lcServer) << "closing a stream that does not keep up";
        closeWith(int(CloseCode::TooSlow), QStringLiteral("too slow; reconnect and resume"));
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(encodeFrame(frame)));
}

void StreamSession::closeWith(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_live = false;
    m_heartbeat->stop();
    m_helloDeadline->stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void StreamSession::refuse(const QString &code, const QString &message, int closeCode)
{
    send(ErrorFrame{code, message, 0});
    closeWith(closeCode, message);
}

void StreamSession::deliver(qint64 seq, const QString &encoded)
{
    if (!m_live || m_closing || seq <= m_sentSeq)
        return;
    m_sentSeq = seq;
    if (m_socket->bytesToWrite() > kMaxPendingBytes) {
        qCInfo(lcServer) << "closing a stream that does not keep up";
        closeWith(int(CloseCode::TooSlow), QStringLiteral("too slow; reconnect and resume"));
        return;
    }
    m_socket->sendTextMessage(encoded);
}

void StreamSession::onBinary(const QByteArray &)
{
    refuse(QString::fromLatin1(errors::kMalformed), QStringLiteral("Frames are JSON text."),
           int(CloseCode::Malformed));
}

void StreamSession::onText(const QString &text)
{
    m_lastHeard.restart();
    const QByteArray bytes = text.toUtf8();
    DecodeError error;
    const std::optional<Frame> frame = decodeFrame(bytes, &error);
    if (!frame) {
        if (error.code == DecodeError::Code::TooLarge) {
            refuse(QString::fromLatin1(errors::kTooLarge), error.message, int(CloseCode::TooLarge));
        } else if (!error.clientId.isEmpty() && m_live) {
            // A command we can answer: the connection stays.
            send(Ack{error.clientId, false, {}, toString(error.code), error.message, {}});
        } else if (m_live && error.code != DecodeError::Code::Malformed) {
            send(ErrorFrame{toString(error.code), error.message, 0});
        } else {
            refuse(toString(error.code), error.message, int(CloseCode::Malformed));
        }
        return;
    }
    if (const auto *hello = std::get_if<Hello>(&*frame)) {
        onHello(*hello);
    } else if (!m_live) {
        refuse(QString::fromLatin1(errors::kHelloRequired), QStringLiteral("Say hello first."),
               int(CloseCode::Unauthorized));
    } else if (const auto *command = std::get_if<Command>(&*frame)) {
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
    if (m_live) {
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
    const std::optional<Agent> agent = m_accounts.authenticate(hello.token, &failure);
    if (!agent) {
        refuse(failure.code, failure.message, int(CloseCode::Unauthorized));
        return;
    }
    m_agent = *agent;
    const qint64 head = m_data.headSeq(m_agent.workspaceId);
    send(Welcome{kProtocolVersion, m_agent.id, m_agent.workspaceId, head, kHeartbeatMs});
    if (hello.lastSeq > head || head - hello.lastSeq > StreamHub::kMaxReplay) {
        // The log cannot bring this client up to date: it re-fetches by pages.
        send(Resync{hello.lastSeq > head ? QString::fromLatin1(resyncReasons::kAheadOfServer)
                                         : QString::fromLatin1(resyncReasons::kTooFarBehind),
                    head});
        closeWith(int(CloseCode::Normal), QStringLiteral("re-sync by pages"));
        return;
    } else {
        // The server is single-threaded, so nothing can be appended between
        // this replay and joining the live sessions: no gap, no duplicate.
        m_sentSeq = hello.lastSeq;
        while (m_sentSeq < head && !m_closing) {
            const QVector<Event> events = m_data.eventsAfter(m_agent.workspaceId, m_sentSeq, kReplayChunk);
            if (events.isEmpty())
                break;
            for (const Event &event : events) {
                m_sentSeq = event.seq;
                // A replay is bounded by kMaxReplay, not by the live send limit.
                m_socket->sendTextMessage(QString::fromUtf8(encodeFrame(event)));
            }
        }
    }
    if (m_closing)
        return;
    m_live = true;
    m_hub.joined(this, m_agent.workspaceId);
    m_heartbeat->start(kHeartbeatMs);
}

void StreamSession::onCommand(const Command &command)
{
    if (!isValidClientId(command.clientId)) {
        send(Ack{command.clientId.left(64), false, {}, QString::fromLatin1(errors::kBadRequest),
                 QStringLiteral("A command needs a client_id."), {}});
        return;
    }
    // A retry of a command that was done: the first result, nothing new.
    if (const std::optional<QJsonObject> earlier = m_data.commandResult(m_agent.workspaceId, command.clientId)) {
        send(Ack{command.clientId, true, *earlier, {}, {}, {}});
        return;
    }
    std::optional<Presence> presence;
    const Change change = runCommand(m_data, m_media, m_agent, command, &presence);
    if (!change.ok()) {
        send(Ack{command.clientId, false, {}, change.errorCode, change.errorMessage, change.current});
        return;
    }
    if (presence) {
        send(Ack{command.clientId, true, {}, {}, {}, {}});
        m_hub.publishPresence(m_agent.workspaceId, *presence, this);
        return;
    }
    m_data.rememberCommand(m_agent.workspaceId, command.clientId, m_agent.id, change.result);
    // Events first, so the client has the message when the ack arrives.
    m_hub.publish(m_agent.workspaceId, change);
    send(Ack{command.clientId, true, change.result, {}, {}, {}});
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
