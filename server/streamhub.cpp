#include "streamhub.h"

#include "log.h"
#include "streamsession.h"
#include "workspacedata.h"

#include "protocol/codec.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpServerWebSocketUpgradeResponse>
#endif

namespace relaydesk::server {

namespace {

QString presenceKey(qint64 workspaceId, const protocol::Presence &presence)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(workspaceId)
        .arg(presence.conversationId)
        .arg(presence.agentId)
        .arg(int(presence.activity));
}

} // namespace

StreamHub::StreamHub(Accounts &accounts, WorkspaceData &data, MediaStore &media, PresenceLifetimes lifetimes,
                     QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_data(data)
    , m_media(media)
    , m_lifetimes(lifetimes)
{
    m_presenceExpiry.setSingleShot(true);
    m_presenceExpiry.setTimerType(Qt::PreciseTimer);
    connect(&m_presenceExpiry, &QTimer::timeout, this, &StreamHub::expirePresence);
    // Sessions ended in this process (sign-out, admin tools) close at once.
    m_accounts.setRevocationListener([this](qint64 agentId) { recheckSessions(agentId); });
}

StreamHub::~StreamHub()
{
    m_accounts.setRevocationListener({});
}

void StreamHub::attach(QAbstractHttpServer &http)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Newer Qt refuses upgrades unless a verifier accepts the path.
    http.addWebSocketUpgradeVerifier(this, [](const QHttpServerRequest &request) {
        return request.url().path() == QLatin1String("/v1/stream") ? QHttpServerWebSocketUpgradeResponse::accept()
                                                                   : QHttpServerWebSocketUpgradeResponse::passToNext();
    });
#endif
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.4-6.7 upgrade a request to a WebSocket only when a route handles
    // it; this one answers plain HTTP with 426 and leaves upgrades alone.
    if (auto *server = qobject_cast<QHttpServer *>(&http)) {
        server->route(QStringLiteral("/v1/stream"),
                      [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                          if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
                              responder.write(QJsonDocument(QJsonObject{
                                                  {QStringLiteral("error"),
                                                   QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_request")},
                                                               {QStringLiteral("message"),
                                                                QStringLiteral("This address is a WebSocket.")}}}}),
                                              QHttpServerResponder::StatusCode::UpgradeRequired);
                      });
    }
#endif
    connect(&http, &QAbstractHttpServer::newWebSocketConnection, this, [this, &http] {
        while (http.hasPendingWebSocketConnections())
            accept(http.nextPendingWebSocketConnection());
    });
}

void StreamHub::accept(std::unique_ptr<QWebSocket> socket)
{
    if (!socket)
        return;
    if (socket->requestUrl().path() != QLatin1String("/v1/stream")) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
        socket.release()->deleteLater();
        return;
    }
    auto *session = new StreamSession(std::move(socket), *this, m_accounts, m_data, m_media);
    session->setParent(this);
    connect(session, &StreamSession::finished, this, [this](StreamSession *done) {
        left(done);
        done->deleteLater();
    });
}

void StreamHub::joined(StreamSession *session, qint64 workspaceId)
{
    m_byWorkspace[workspaceId].append(session);
}

void StreamHub::left(StreamSession *session)
{
    for (auto it = m_byWorkspace.begin(); it != m_byWorkspace.end(); ++it)
        it->removeAll(session);
    // An agent who went away is no longer viewing or typing: say so at once.
    QStringList ended;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) {
        if (it->owner == session)
            ended.append(it.key());
    }
    for (const QString &key : ended)
        endPresence(key);
}

void StreamHub::publish(qint64 workspaceId, const Change &change)
{
    emit published(workspaceId, change);
    const QList<StreamSession *> sessions = m_byWorkspace.value(workspaceId);
    if (sessions.isEmpty())
        return;
    for (const protocol::Event &event : change.events) {
        // Encoded once, sent to everyone.
        const QByteArray bytes = protocol::encodeFrame(event);
        const QString encoded = QString::fromUtf8(bytes);
        // An activity line goes to clients without the feature as the note they read.
        QByteArray legacyBytes;
        if (const auto *message = std::get_if<protocol::Message>(&event.payload);
            message && message->kind == protocol::MessageKind::Activity)
            legacyBytes = protocol::encodeFrame(protocol::Event{event.seq, legacyActivityNote(*message)});
        const QString legacy = legacyBytes.isEmpty() ? encoded : QString::fromUtf8(legacyBytes);
        for (StreamSession *session : sessions) {
            if (session->readsActivityLines() || legacyBytes.isEmpty())
                session->deliver(event.seq, encoded, bytes.size());
            else
                session->deliver(event.seq, legacy, legacyBytes.size());
        }
    }
}

void StreamHub::publishPresence(qint64 workspaceId, const protocol::Presence &presence, StreamSession *from)
{
    const QString key = presenceKey(workspaceId, presence);
    if (presence.until == 0) {
        if (m_presence.contains(key))
            endPresence(key);
        return;
    }
    m_presence.insert(key, ActivePresence{workspaceId, presence, from});
    for (StreamSession *session : m_byWorkspace.value(workspaceId)) {
        // Never to the agent who does it, on any of their connections.
        if (session->agent().id != presence.agentId && session->isLive())
            session->send(presence);
    }
    expirePresence();
}

void StreamHub::endPresence(const QString &key)
{
    const ActivePresence active = m_presence.take(key);
    protocol::Presence ended = active.presence;
    ended.until = 0;
    for (StreamSession *session : m_byWorkspace.value(active.workspaceId)) {
        if (session->agent().id != ended.agentId && session->isLive())
            session->send(ended);
    }
}

void StreamHub::expirePresence()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList lapsed;
    qint64 next = 0;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) {
        if (it->presence.until <= now)
            lapsed.append(it.key());
        else if (!next || it->presence.until < next)
            next = it->presence.until;
    }
    for (const QString &key : lapsed)
        endPresence(key);
    if (next)
        m_presenceExpiry.start(int(qMax<qint64>(1, next - now)));
    else
        m_presenceExpiry.stop();
}

void StreamHub::sendCurrentPresence(StreamSession *session)
{
    for (const ActivePresence &active : std::as_const(m_presence)) {
        if (active.workspaceId == session->agent().workspaceId && active.presence.agentId != session->agent().id)
            session->send(active.presence);
    }
}

void StreamHub::recheckSessions(qint64 agentId)
{
    // Closing never removes a session from these lists at once (that waits
    // for its socket), so a copy is iterated only for safety.
    const auto byWorkspace = m_byWorkspace;
    for (const QList<StreamSession *> &sessions : byWorkspace) {
        for (StreamSession *session : sessions) {
            if (agentId == 0 || session->agent().id == agentId)
                session->recheck();
        }
    }
}

int StreamHub::liveSessions() const
{
    int count = 0;
    for (const auto &sessions : m_byWorkspace)
        count += int(sessions.size());
    return count;
}

} // namespace relaydesk::server
