#include "session.h"

#include "net/apiclient.h"
#include "net/streamlink.h"
#include "platform/historysecret.h"
#include "platform/keychain.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

#include <QSettings>
#include <QTimer>

namespace relaydesk::app {

namespace {
const auto kTokenPurpose = QStringLiteral("session-token");
const auto kWorkspaceKey = QStringLiteral("session/workspace-name");
const auto kEmailKey = QStringLiteral("session/email");
} // namespace

Session::Session(Profile profile, store::Store *history, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_history(history)
    , m_server(server)
    , m_countdown(new QTimer(this))
{
    // While reconnecting, the status counts down once a second.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &Session::updateStatus);
    m_workspaceName = m_profile.settings()->value(kWorkspaceKey).toString();
}

Session::~Session()
{
    tearDown();
}

bool Session::resume()
{
    m_token = readToken();
    if (m_token.isEmpty()) {
        updateStatus();
        return false;
    }
    build();
    emit signedInChanged(true);
    return true;
}

void Session::signIn(const QUrl &server, const QString &email, const QString &password, Done done)
{
    tearDown();
    m_server = server;
    m_api = std::make_unique<net::ApiClient>(m_server);
    m_api->signIn(email, password, [this, server, email, done](std::optional<net::SignedIn> result,
                                                               const net::ApiError &error) {
        if (!result) {
            QString message = error.message;
            if (error.code == QLatin1String("invalid_credentials"))
                message = tr("The e-mail or password is not right.");
            else if (error.httpStatus == 429)
                message = tr("Too many attempts. Try again in %n seconds.", nullptr, std::max(1, error.retryAfterSeconds));
            done(false, message);
            return;
        }
        m_token = result->token;
        m_workspaceName = result->workspaceName;
        const auto settings = m_profile.settings();
        settings->setValue(kWorkspaceKey, m_workspaceName);
        settings->setValue(kEmailKey, email);
        keepToken(m_token);
        if (m_history) {
            const net::SignedIn account = *result;
            const QString serverText = server.toString();
            m_history->write([account, serverText](store::StoreWriter &writer, store::ChangeSet &) {
                QString failure;
                writer.setAccount(account.agentId, account.agentName, account.email, account.role,
                                  account.workspaceId, account.workspaceName, serverText, &failure);
            });
        }
        build();
        emit signedInChanged(true);
        done(true, {});
    });
    updateStatus();
}

void Session::signOut()
{
    if (m_api && !m_token.isEmpty()) {
        // Fire and forget: the token is dropped here whether or not the
        // server hears about it; it expires there anyway.
        auto *api = m_api.release();
        api->setParent(this);
        api->signOut([api](std::optional<bool>, const net::ApiError &) { api->deleteLater(); });
    }
    tearDown();
    dropToken();
    m_token.clear();
    emit signedInChanged(false);
    updateStatus();
}

void Session::setStore(store::Store *history)
{
    tearDown();
    m_history = history;
    if (m_history && !m_token.isEmpty())
        build();
    updateStatus();
}

void Session::build()
{
    tearDown();
    if (!m_history || m_token.isEmpty())
        return;
    m_api = std::make_unique<net::ApiClient>(m_server);
    m_api->setToken(m_token);
    m_link = std::make_unique<net::StreamLink>(m_server, [this] { return m_engine ? m_engine->queuedSeq() : 0; });
    m_engine = std::make_unique<sync::SyncEngine>(*m_history, *m_api, *m_link);
    m_outbox = std::make_unique<sync::OutboxSender>(*m_history, *m_link);
    connect(m_link.get(), &net::StreamLink::stateChanged, this, &Session::updateStatus);
    connect(m_engine.get(), &sync::SyncEngine::phaseChanged, this, &Session::updateStatus);
    connect(m_engine.get(), &sync::SyncEngine::authFailed, this, &Session::updateStatus);
    m_engine->start();
    updateStatus();
}

void Session::tearDown()
{
    m_countdown->stop();
    m_outbox.reset();
    m_engine.reset();
    m_link.reset();
    m_api.reset();
}

QString Session::statusText() const
{
    const QString server = m_server.host();
    if (m_token.isEmpty())
        return tr("Not signed in · %1").arg(m_server.toDisplayString());
    if (!m_link || !m_engine)
        return tr("History closed for a moment…");
    if (m_engine->phase() == sync::SyncEngine::Phase::Paging)
        return tr("Downloading your conversations from %1…").arg(server);
    switch (m_link->state()) {
    case net::StreamLink::State::SignedOut:
        return tr("Not connected · %1").arg(server);
    case net::StreamLink::State::Connecting:
        return tr("Connecting to %1…").arg(server);
    case net::StreamLink::State::Online:
        return m_workspaceName.isEmpty() ? tr("Online · %1").arg(server)
                                         : tr("Online · %1 · %2").arg(m_workspaceName, server);
    case net::StreamLink::State::Offline:
        return tr("Offline: no network. Your history is here; what you write is sent when the network is back.");
    case net::StreamLink::State::Reconnecting:
        return tr("Connection lost. Trying again in %n s…", nullptr, std::max(1, m_link->secondsUntilRetry()));
    case net::StreamLink::State::AuthFailed:
    case net::StreamLink::State::IncompatibleVersion:
        return m_link->problem();
    }
    return {};
}

void Session::updateStatus()
{
    const bool counting = m_link && m_link->state() == net::StreamLink::State::Reconnecting;
    if (counting && !m_countdown->isActive())
        m_countdown->start();
    else if (!counting)
        m_countdown->stop();
    emit statusChanged(statusText());
}

QString Session::readToken()
{
    if (!platform::HistorySecretSource(m_profile, {}).usesPassphrase()) {
        const auto result = platform::Keychain::read(Profile::keychainService(), m_profile.keychainKey(kTokenPurpose));
        if (result.status == platform::Keychain::Status::Ok)
            return QString::fromUtf8(result.secret);
    }
    QByteArray token;
    if (m_history) {
        m_history->writeAndWait([&token](store::StoreWriter &writer, store::ChangeSet &) {
            token = writer.localSecret(kTokenPurpose);
        });
    }
    return QString::fromUtf8(token);
}

void Session::keepToken(const QString &token)
{
    if (!platform::HistorySecretSource(m_profile, {}).usesPassphrase()) {
        const auto result = platform::Keychain::write(Profile::keychainService(),
                                                      m_profile.keychainKey(kTokenPurpose), token.toUtf8());
        if (result.status == platform::Keychain::Status::Ok)
            return;
    }
    // No keychain: inside the encrypted history, like the media cache's key.
    if (m_history) {
        const QByteArray secret = token.toUtf8();
        m_history->write([secret](store::StoreWriter &writer, store::ChangeSet &) {
            QString failure;
            writer.setLocalSecret(kTokenPurpose, secret, &failure);
        });
    }
}

void Session::dropToken()
{
    platform::Keychain::remove(Profile::keychainService(), m_profile.keychainKey(kTokenPurpose));
    if (m_history) {
        m_history->write([](store::StoreWriter &writer, store::ChangeSet &) {
            writer.connection().exec("DELETE FROM local_secrets WHERE name = 'session-token'");
        });
    }
}

} // namespace relaydesk::app
