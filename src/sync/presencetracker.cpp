#include "sync/presencetracker.h"

#include "net/apiclient.h"
#include "net/streamlink.h"
#include "sync/log.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace relaydesk::sync {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

protocol::Command command(const QString &name, const QJsonObject &args)
{
    protocol::Command c;
    c.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = name;
    c.args = args;
    return c;
}

} // namespace

PresenceTracker::PresenceTracker(net::StreamLink &link, net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_api(api)
    , m_renew(new QTimer(this))
    , m_expiry(new QTimer(this))
{
    m_renew->setInterval(kViewingRenewMs);
    connect(m_renew, &QTimer::timeout, this, [this] { sendViewing(m_open, true); });
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &PresenceTracker::expire);
    connect(&m_link, &net::StreamLink::presenceReceived, this, &PresenceTracker::onPresence);
    connect(&m_link, &net::StreamLink::stateChanged, this, &PresenceTracker::onLinkState);
    onLinkState();
}

QList<PresenceTracker::Other> PresenceTracker::others(qint64 conversationId) const
{
    QList<Other> result;
    const qint64 at = now();
    const auto agents = m_byConversation.value(conversationId);
    for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
        const bool typing = it->typingUntil > at;
        const bool viewing = it->viewing && it->viewingUntil > at;
        if (!typing && !viewing)
            continue;
        const QString name = m_names.value(it.key());
        result.append(Other{it.key(), name.isEmpty() ? tr("Another agent") : name, typing});
    }
    std::sort(result.begin(), result.end(), [](const Other &a, const Other &b) {
        return a.typing != b.typing ? a.typing : a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

QString PresenceTracker::describe(qint64 conversationId) const
{
    QStringList typing, viewing;
    for (const Other &other : others(conversationId))
        (other.typing ? typing : viewing).append(other.name);
    const auto join = [](const QStringList &names) {
        if (names.size() == 1)
            return names.constFirst();
        return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
    };
    QStringList parts;
    if (!typing.isEmpty())
        parts.append(typing.size() == 1 ? tr("%1 is typing…").arg(typing.constFirst())
                                        : tr("%1 are typing…").arg(join(typing)));
    if (!viewing.isEmpty())
        parts.append(viewing.size() == 1 ? tr("%1 is viewing").arg(viewing.constFirst())
                                         : tr("%1 are viewing").arg(join(viewing)));
    return parts.join(QStringLiteral(" · "));
}

void PresenceTracker::setOpenConversation(qint64 conversationId)
{
    if (conversationId == m_open)
        return;
    if (m_open)
        sendViewing(m_open, false);
    m_open = conversationId;
    m_lastTyping = 0;
    if (m_open) {
        sendViewing(m_open, true);
        m_renew->start();
    } else {
        m_renew->stop();
    }
}

void PresenceTracker::typed()
{
    if (!m_open || m_link.state() != net::StreamLink::State::Online)
        return;
    const qint64 at = now();
    if (at - m_lastTyping < kTypingEveryMs)
        return;
    m_lastTyping = at;
    m_link.send(command(QStringLiteral("typing"), {{QStringLiteral("conversation_id"), m_open}}));
}

void PresenceTracker::sendViewing(qint64 conversationId, bool viewing)
{
    // Only while online: presence of a moment ago means nothing later, so it
    // never goes through the outbox.
    if (!conversationId || m_link.state() != net::StreamLink::State::Online)
        return;
    m_link.send(command(QStringLiteral("conversation.viewing"),
                        {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("viewing"), viewing}}));
}

void PresenceTracker::onPresence(const protocol::Presence &presence)
{
    Seen &seen = m_byConversation[presence.conversationId][presence.agentId];
    if (presence.activity == protocol::PresenceActivity::Typing) {
        seen.typingUntil = presence.until;
    } else {
        seen.viewing = presence.until > 0;
        seen.viewingUntil = presence.until;
    }
    if (!m_names.contains(presence.agentId))
        fetchNames();
    expire(); // drops what ended and sets the timer for the next lapse
    emit changed(presence.conversationId);
}

void PresenceTracker::expire()
{
    const qint64 at = now();
    qint64 next = 0;
    QList<qint64> touched;
    for (auto conversation = m_byConversation.begin(); conversation != m_byConversation.end();) {
        for (auto agent = conversation->begin(); agent != conversation->end();) {
            const qint64 until = std::max(agent->typingUntil, agent->viewing ? agent->viewingUntil : 0);
            if (until <= at) {
                agent = conversation->erase(agent);
                touched.append(conversation.key());
                continue;
            }
            for (const qint64 lapse : {agent->typingUntil, agent->viewing ? agent->viewingUntil : 0}) {
                if (lapse > at && (next == 0 || lapse < next))
                    next = lapse;
            }
            ++agent;
        }
        conversation = conversation->isEmpty() ? m_byConversation.erase(conversation) : std::next(conversation);
    }
    if (next > 0)
        m_expiry->start(int(std::min<qint64>(next - at + 10, 60000)));
    for (const qint64 conversationId : std::as_const(touched))
        emit changed(conversationId);
}

void PresenceTracker::onLinkState()
{
    if (m_link.state() == net::StreamLink::State::Online) {
        // The server sends who is here now; this agent says where it is.
        sendViewing(m_open, true);
        fetchNames();
        return;
    }
    // Whatever we knew ended with the link.
    const QList<qint64> conversations = m_byConversation.keys();
    m_byConversation.clear();
    for (const qint64 conversationId : conversations)
        emit changed(conversationId);
}

void PresenceTracker::fetchNames()
{
    // One question at a time, and not again for a while after a failure.
    if (m_namesAsked || (m_namesFailedAt && now() - m_namesFailedAt < 30000))
        return;
    m_namesAsked = true;
    QPointer<PresenceTracker> guard(this);
    m_api.agents([guard](std::optional<QVector<net::AgentInfo>> agents, const net::ApiError &error) {
        if (!guard)
            return;
        guard->m_namesAsked = false;
        if (!agents) {
            guard->m_namesFailedAt = now();
            qCInfo(lcSync) << "agents' names could not be read:" << error.code;
            return;
        }
        for (const net::AgentInfo &agent : *agents)
            guard->m_names.insert(agent.id, agent.name);
        for (const qint64 conversationId : guard->m_byConversation.keys())
            emit guard->changed(conversationId);
    });
}

} // namespace relaydesk::sync
