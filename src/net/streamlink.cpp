#include "net/streamlink.h"

#include "net/log.h"
#include "net/networkerrors.h"
#include "net/serverurl.h"
#include "protocol/codec.h"
#include "relaydesk/buildinfo.h"

#include <QNetworkInformation>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace relaydesk::net {

namespace {

// How often the heartbeat looks at the link: pings go out every heartbeat
// period, and a link silent for (misses × period − one look) is dead, so a
// dead link is noticed within misses × period (30 s by default).
constexpr int kLooksPerPeriod = 3;
// A socket that has not been welcomed this long after opening is dropped.
constexpr int kWelcomeDeadlineMs = protocol::kHelloTimeoutMs + 5000;
// While the OS says there is no network, a try now and then all the same.
constexpr int kOfflineRetryMs = 60000;

} // namespace

StreamLink::StreamLink(const QUrl &server, std::function<qint64()> lastSeq, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_lastSeq(std::move(lastSeq))
    , m_retryTimer(new QTimer(this))
    , m_heartbeatTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // its countdown is shown to the agent
    connect(m_retryTimer, &QTimer::timeout, this, &StreamLink::open);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &StreamLink::heartbeat);
    watchNetwork();
}

StreamLink::~StreamLink()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void StreamLink::watchNetwork()
{
    // Not every system has a backend (e.g. no NetworkManager): then the
    // backoff alone decides, and Offline is never entered.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *information = QNetworkInformation::instance();
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setNetworkReachable(reachability != QNetworkInformation::Reachability::Disconnected);
            });
    setNetworkReachable(information->reachability() != QNetworkInformation::Reachability::Disconnected);
}

void StreamLink::start(const QString &token)
{
    m_token = token;
    m_problem.clear();
    m_backoff.reset();
    m_heldForResync = false;
    open();
}

void StreamLink::stop()
{
    m_token.clear();
    m_retryTimer->stop();
    m_heartbeatTimer->stop();
    m_heldForResync = false;
    if (QWebSocket *socket = m_socket) {
        // A polite close: the server sees 1000; the object goes once closed.
        m_socket = nullptr;
        flushEvents();
        socket->disconnect(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close();
    }
    detachSocket();
    setState(State::SignedOut);
}

void StreamLink::reconnectNow()
{
    if (m_token.isEmpty() || m_state == State::AuthFailed || m_state == State::IncompatibleVersion)
        return;
    m_heldForResync = false;
    m_retryTimer->stop();
    if (m_socket && m_state != State::Reconnecting && m_state != State::Offline)
        return; // a socket is already opening or open
    open();
}

void StreamLink::setNetworkReachable(bool reachable)
{
    // A server on this computer is reachable whatever the network does.
    if (!reachable && isLoopbackHost(m_server.host()) && !m_honourReachabilityForLoopback)
        reachable = true;
    const bool cameBack = reachable && !m_networkReachable;
    m_networkReachable = reachable;
    if (cameBack && (m_state == State::Offline || m_state == State::Reconnecting)) {
        qCInfo(lcNet) << "network is back: connecting now";
        reconnectNow();
    } else if (!reachable && m_state == State::Reconnecting) {
        m_retryTimer->start(kOfflineRetryMs);
        setState(State::Offline);
    }
}

int StreamLink::secondsUntilRetry() const
{
    if (m_state != State::Reconnecting || !m_retryTimer->isActive())
        return 0;
    return int(std::ceil(m_retryTimer->remainingTime() / 1000.0));
}

bool StreamLink::send(const protocol::Command &command)
{
    if (m_state != State::Online || !m_socket)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(protocol::encodeFrame(command)));
    return true;
}

void StreamLink::open()
{
    if (m_token.isEmpty())
        return;
    detachSocket();
    if (!m_networkReachable && m_state != State::Offline) {
        m_retryTimer->start(kOfflineRetryMs);
        setState(State::Offline);
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &StreamLink::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &StreamLink::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &StreamLink::onText);
    // A refused or failed connection may never say "disconnected": retry on
    // the error itself rather than waiting for the welcome deadline.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
#endif
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_problem = NetworkErrors::describe(m_socket->error(), m_certificateProblems, m_server.host());
            dropLink("the connection failed");
        }
    });
#if QT_CONFIG(ssl)
    m_certificateProblems.clear();
    connect(socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_certificateProblems = errors; });
#endif
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this] { dropLink("binary frame from the server"); });
    socket->setMaxAllowedIncomingFrameSize(quint64(protocol::kMaxFrameBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxFrameBytes));
    m_welcome = {};
    m_heardFrom.restart();
    m_heartbeatTimer->start(kWelcomeDeadlineMs);
    setState(State::Connecting);
    socket->open(streamUrl(m_server));
}

void StreamLink::onConnected()
{
    protocol::Hello hello;
    hello.token = m_token;
    hello.lastSeq = m_lastSeq ? m_lastSeq() : 0;
    hello.clientName = QStringLiteral("relaydesk");
    hello.clientVersion = QStringLiteral(RELAYDESK_VERSION);
    hello.features = QStringList{QString::fromLatin1(protocol::features::kActivity)};
    m_heardFrom.restart();
    m_socket->sendTextMessage(QString::fromUtf8(protocol::encodeFrame(hello)));
    qCInfo(lcNet) << "connected; hello with last seq" << hello.lastSeq;
}

void StreamLink::onDisconnected()
{
    const int code = m_socket ? int(m_socket->closeCode()) : 0;
    qCInfo(lcNet) << "link closed, code" << code << (m_socket ? m_socket->closeReason() : QString());
    detachSocket();
    afterClose(code);
}

void StreamLink::dropLink(const char *why)
{
    qCInfo(lcNet) << why << ": dropping the link";
    detachSocket();
    afterClose(0);
}

void StreamLink::detachSocket()
{
    flushEvents();
    m_heartbeatTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void StreamLink::afterClose(int code)
{
    if (m_token.isEmpty() || m_state == State::AuthFailed || m_state == State::IncompatibleVersion)
        return;
    if (code == int(protocol::CloseCode::Unauthorized)) {
        fail(State::AuthFailed, tr("The server no longer accepts this sign-in. Sign in again."));
        return;
    }
    if (code == int(protocol::CloseCode::SignedOut)) {
        fail(State::AuthFailed, tr("This device was signed out on the server. Sign in again."));
        return;
    }
    if (code == int(protocol::CloseCode::ProtocolMismatch)) {
        fail(State::IncompatibleVersion, tr("The server speaks another protocol version. Update Relaydesk."));
        return;
    }
    if (m_heldForResync) {
        setState(State::Connecting); // the sync engine reads pages, then calls reconnectNow()
        return;
    }
    scheduleRetry();
}

void StreamLink::scheduleRetry()
{
    if (!m_networkReachable) {
        // The OS may never say the network is back: try now and then anyway.
        m_retryTimer->start(kOfflineRetryMs);
        setState(State::Offline);
        return;
    }
    const int delay = m_backoff.next();
    m_retryTimer->start(delay);
    qCInfo(lcNet) << "reconnecting in" << delay << "ms";
    setState(State::Reconnecting);
}

void StreamLink::onText(const QString &text)
{
    m_heardFrom.restart();
    protocol::DecodeError error;
    std::optional<protocol::Frame> frame = protocol::decodeFrame(text.toUtf8(), &error);
    if (!frame) {
        if (error.code == protocol::DecodeError::Code::UnknownType) {
            qCInfo(lcNet) << "ignoring a frame type this version does not know";
            return;
        }
        // An event this version cannot read must not stop the stream (it would
        // come again on every reconnect): keep what can be read, or step over it.
        QString problem;
        if (std::optional<protocol::Event> salvaged = protocol::salvageEvent(text.toUtf8(), &problem)) {
            qCWarning(lcNet) << "event" << salvaged->seq << "read only in part:" << error.message << "-" << problem;
            handle(protocol::Frame(std::move(*salvaged)));
            return;
        }
        qCWarning(lcNet) << "unreadable frame from the server:" << protocol::toString(error.code);
        m_problem = tr("The server sent something this version cannot read.");
        dropLink("unreadable frame");
        return;
    }
    handle(std::move(*frame));
}

void StreamLink::handle(protocol::Frame frame)
{
    if (auto *event = std::get_if<protocol::EventFrame>(&frame)) {
        m_pendingEvents.append(std::move(*event));
        if (!m_flushQueued) {
            m_flushQueued = true;
            QMetaObject::invokeMethod(this, &StreamLink::flushEvents, Qt::QueuedConnection);
        }
        return;
    }
    // Anything else comes after the events before it. Handing them on may
    // drop this socket (a gap: re-sync by pages); then the frame is moot.
    QWebSocket *socket = m_socket;
    flushEvents();
    if (!m_socket || m_socket != socket)
        return;
    if (auto *welcome = std::get_if<protocol::Welcome>(&frame)) {
        m_welcome = *welcome;
        m_backoff.reset();
        m_problem.clear();
        const int period = std::clamp(welcome->heartbeatMs, protocol::kMinHeartbeatMs, protocol::kMaxHeartbeatMs);
        m_heartbeatTimer->start(period / kLooksPerPeriod);
        m_sincePing.invalidate();
        setState(State::Online);
        emit welcomed(m_welcome);
    } else if (auto *ping = std::get_if<protocol::Ping>(&frame)) {
        m_socket->sendTextMessage(QString::fromUtf8(protocol::encodeFrame(protocol::Pong{ping->id})));
    } else if (auto *ack = std::get_if<protocol::Ack>(&frame)) {
        emit ackReceived(*ack);
    } else if (auto *presence = std::get_if<protocol::Presence>(&frame)) {
        emit presenceReceived(*presence);
    } else if (auto *resync = std::get_if<protocol::Resync>(&frame)) {
        m_heldForResync = true;
        emit resyncRequired(*resync);
    } else if (auto *error = std::get_if<protocol::ErrorFrame>(&frame)) {
        qCWarning(lcNet) << "server error frame:" << error->code;
        if (error->code == QLatin1String(protocol::errors::kUnauthorized)
            || error->code == QLatin1String(protocol::errors::kTokenExpired)) {
            fail(State::AuthFailed, error->code == QLatin1String(protocol::errors::kTokenExpired)
                                        ? tr("Your sign-in has expired. Sign in again.")
                                        : tr("The server no longer accepts this sign-in. Sign in again."));
        } else if (error->code == QLatin1String(protocol::errors::kSignedOut)) {
            fail(State::AuthFailed, tr("This device was signed out on the server. Sign in again."));
        } else if (error->code == QLatin1String(protocol::errors::kProtocolMismatch)) {
            fail(State::IncompatibleVersion,
                 tr("The server speaks protocol %1 and this Relaydesk speaks %2. Update Relaydesk.")
                     .arg(error->protocol)
                     .arg(protocol::kProtocolVersion));
        }
    }
}

void StreamLink::flushEvents()
{
    m_flushQueued = false;
    if (m_pendingEvents.isEmpty())
        return;
    const QVector<protocol::Event> batch = std::exchange(m_pendingEvents, {});
    emit eventsReceived(batch);
}

void StreamLink::heartbeat()
{
    if (!m_socket)
        return;
    if (m_state != State::Online) {
        m_problem = tr("The server did not answer in time.");
        dropLink("no welcome in time");
        return;
    }
    const int period = m_heartbeatTimer->interval() * kLooksPerPeriod;
    if (m_heardFrom.elapsed() > qint64(period) * protocol::kHeartbeatMisses - m_heartbeatTimer->interval()) {
        qCInfo(lcNet) << "nothing heard for" << m_heardFrom.elapsed() << "ms";
        m_problem = tr("The connection stopped answering.");
        dropLink("dead heartbeat");
        return;
    }
    if (!m_sincePing.isValid() || m_sincePing.elapsed() >= period - m_heartbeatTimer->interval() / 2) {
        m_sincePing.restart();
        m_socket->sendTextMessage(QString::fromUtf8(protocol::encodeFrame(protocol::Ping{++m_pingId})));
    }
}

void StreamLink::holdForResync()
{
    hold("re-sync by pages");
}

void StreamLink::holdForStore()
{
    hold("the store has enough waiting");
}

void StreamLink::hold(const char *why)
{
    m_heldForResync = true;
    m_retryTimer->stop();
    dropLink(why);
}

void StreamLink::failAuth(const QString &problem)
{
    fail(State::AuthFailed, problem);
}

void StreamLink::dropForTest()
{
    dropLink("test");
}

void StreamLink::fail(State state, const QString &problem)
{
    m_problem = problem;
    m_retryTimer->stop();
    m_heartbeatTimer->stop();
    setState(state);
    detachSocket();
}

void StreamLink::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace relaydesk::net
