#include "models/connectionstatus.h"

#include "net/streamlink.h"
#include "sync/syncengine.h"

#include <QTimer>

namespace relaydesk::models {

ConnectionStatus::ConnectionStatus(QObject *parent)
    : QObject(parent)
    , m_countdown(new QTimer(this))
{
    // While reconnecting, the line counts down once a second.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionStatus::refresh);
    refresh();
}

void ConnectionStatus::follow(net::StreamLink *link, sync::SyncEngine *engine, bool signedIn)
{
    if (m_link)
        m_link->disconnect(this);
    if (m_engine)
        m_engine->disconnect(this);
    m_link = link;
    m_engine = engine;
    m_signedIn = signedIn;
    if (m_link)
        connect(m_link, &net::StreamLink::stateChanged, this, &ConnectionStatus::refresh);
    if (m_engine) {
        connect(m_engine, &sync::SyncEngine::phaseChanged, this, &ConnectionStatus::refresh);
        connect(m_engine, &sync::SyncEngine::authFailed, this, &ConnectionStatus::refresh);
    }
    refresh();
}

bool ConnectionStatus::isOnline() const
{
    return m_link && m_link->state() == net::StreamLink::State::Online;
}

ConnectionStatus::Attention ConnectionStatus::attention() const
{
    if (!m_signedIn)
        return Attention::SignedOut;
    if (!m_link || !m_engine)
        return Attention::None;
    switch (m_link->state()) {
    case net::StreamLink::State::Offline:
        return Attention::Offline;
    case net::StreamLink::State::Reconnecting:
        return Attention::Reconnecting;
    case net::StreamLink::State::AuthFailed:
        return Attention::AuthFailed;
    case net::StreamLink::State::IncompatibleVersion:
        return Attention::Incompatible;
    default:
        return Attention::None;
    }
}

QString ConnectionStatus::compose() const
{
    if (!m_signedIn)
        return tr("Not signed in · %1").arg(m_host);
    if (!m_link || !m_engine)
        return tr("History closed for a moment…");
    if (m_engine->phase() == sync::SyncEngine::Phase::Paging)
        return tr("Downloading your conversations from %1…").arg(m_host);
    switch (m_link->state()) {
    case net::StreamLink::State::SignedOut:
        return tr("Not connected · %1").arg(m_host);
    case net::StreamLink::State::Connecting:
        return tr("Connecting to %1…").arg(m_host);
    case net::StreamLink::State::Online:
        return m_workspace.isEmpty() ? tr("Online · %1").arg(m_host) : tr("Online · %1 · %2").arg(m_workspace, m_host);
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

void ConnectionStatus::retranslate()
{
    m_text.clear();
    refresh();
}

void ConnectionStatus::refresh()
{
    const bool counting = m_link && m_link->state() == net::StreamLink::State::Reconnecting;
    if (counting && !m_countdown->isActive())
        m_countdown->start();
    else if (!counting)
        m_countdown->stop();
    const QString text = compose();
    if (text != m_text) {
        m_text = text;
        emit changed();
    }
}

} // namespace relaydesk::models
