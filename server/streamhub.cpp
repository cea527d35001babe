#include "streamhub.h"

#include "log.h"
#include "streamsession.h"
#include "workspacedata.h"

#include "protocol/codec.h"

#include <QAbstractHttpServer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpServerWebSocketUpgradeResponse>
#endif

namespace relaydesk::server {

StreamHub::StreamHub(Accounts &accounts, WorkspaceData &data, MediaStore &media, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_data(data)
    , m_media(media)
{
}

StreamHub::~StreamHub() = default;

void StreamHub::attach(QAbstractHttpServer &http)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Newer Qt refuses upgrades unless a verifier accepts the path.
    http.addWebSocketUpgradeVerifier(this, [](const QHttpServerRequest &request) {
        return request.url().path() == QLatin1String("/v1/stream")
                   ? QHttpServerWebSocketUpgradeResponse::accept()
                   : QHttpServerWebSocketUpgradeResponse::passToNext();
    });
#endif
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.4-6.7 upgrade a request to a WebSocket only when a route handles
    // it; this one answers plain HTTP with 426 and leaves upgrades alone.
    if (auto *server = qobject_cast<QHttpServer *>(&http)) {
        server->route(QStringLiteral("/v1/stream"), [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
                responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                           QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_request")},
                                                                       {QStringLiteral("message"), QStringLiteral("This address is a WebSocket.")}}}}),
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
}

void StreamHub::publish(qint64 workspaceId, const Change &change)
{
    const QList<StreamSession *> sessions = m_byWorkspace.value(workspaceId);
    if (sessions.isEmpty())
        return;
    for (const protocol::Event &event : change.events) {
        // Encoded once, sent to everyone.
        const QString encoded = QString::fromUtf8(protocol::encodeFrame(event));
        for (StreamSession *session : sessions)
            session->deliver(event.seq, encoded);
    }
}

void StreamHub::publishPresence(qint64 workspaceId, const protocol::Presence &presence, StreamSession *from)
{
    for (StreamSession *session : m_byWorkspace.value(workspaceId)) {
        if (session != from && session->isLive())
            session->send(presence);
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
