#pragma once

// Two agents, one customer: who else is viewing or typing in each
// conversation, from the link's presence frames, and this agent's own
// presence sent while a conversation is open or a reply is being typed.
// Presence is not part of the event log (never stored, never replayed), so
// it lives here in memory: a lost link forgets everyone's, and the server
// sends what is current once the link is back.

#include "protocol/frames.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace relaydesk::net {
class ApiClient;
class StreamLink;
} // namespace relaydesk::net

namespace relaydesk::sync {

class PresenceTracker : public QObject
{
    Q_OBJECT

public:
    // How often this agent's "viewing" is renewed (the server keeps it 30 s),
    // and the least time between two "typing" (the server shows it 6 s).
    static constexpr int kViewingRenewMs = 20000;
    static constexpr int kTypingEveryMs = 4000;

    PresenceTracker(net::StreamLink &link, net::ApiClient &api, QObject *parent = nullptr);

    struct Other
    {
        qint64 agentId = 0;
        QString name;
        bool typing = false;
    };
    // The other agents in a conversation now, typing ones first.
    QList<Other> others(qint64 conversationId) const;
    // "Omar is viewing", "Priya is typing…", "Omar and Priya are viewing" (empty: nobody).
    QString describe(qint64 conversationId) const;

    // This agent opened a conversation (0: none): the others are told.
    void setOpenConversation(qint64 conversationId);
    // This agent typed in the reply of the open conversation.
    void typed();

signals:
    void changed(qint64 conversationId);

private:
    void onPresence(const protocol::Presence &presence);
    void onLinkState();
    void sendViewing(qint64 conversationId, bool viewing);
    void expire();
    void fetchNames();

    struct Seen
    {
        bool viewing = false;
        qint64 viewingUntil = 0;
        qint64 typingUntil = 0;
    };
    net::StreamLink &m_link;
    net::ApiClient &m_api;
    QHash<qint64, QHash<qint64, Seen>> m_byConversation; // conversation -> agent -> activity
    QHash<qint64, QString> m_names;
    bool m_namesAsked = false;
    qint64 m_namesFailedAt = 0;
    qint64 m_open = 0;
    qint64 m_lastTyping = 0;
    QTimer *m_renew;
    QTimer *m_expiry;
};

} // namespace relaydesk::sync
