#pragma once

// Sends what the agent made while the link was up or down (DESIGN.md
// invariant 2). Messages and commands wait in the store's outbox; when the
// link is online they go in the order they were made, each with its client
// id, and stay there until the server acknowledges that id. A lost link or a
// lost ack means sending again with the same id; the server runs it once. A
// refusal marks the entry failed with the server's reason until the agent
// retries it.

#include "net/backoff.h"
#include "protocol/frames.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace relaydesk::store {
class Store;
struct ChangeSet;
struct OutboxEntry;
} // namespace relaydesk::store
namespace relaydesk::net {
class StreamLink;
}

namespace relaydesk::sync {

class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(store::Store &store, net::StreamLink &link, QObject *parent = nullptr);

    // Stores a text message at once (status queued, shown in the thread) and
    // sends it when it can. Returns its client id.
    QString sendText(qint64 conversationId, const QString &text, qint64 authorId, const QString &authorName);
    // The same for a private note (`message.send` with kind `note`): only
    // agents see it, and it may go when the customer's window is closed.
    QString sendNote(qint64 conversationId, const QString &text, qint64 authorId, const QString &authorName);
    // Queues a command other than a message (assign, status, …). A
    // `lead.update` or `contact.update` is based on the version the agent's
    // earlier edits of that lead or contact reach (its args' `version` is set here).
    QString sendCommand(qint64 conversationId, const QString &name, const QJsonObject &args);
    // The agent chose after a lead edit was refused: keep theirs (drop the
    // edit) or keep mine (send it again based on the lead's current version).
    void resolveLeadEdit(const QString &clientId, bool keepMine);
    // The same for a refused contact edit.
    void resolveContactEdit(const QString &clientId, bool keepMine);
    // The agent asked to try a failed entry again. The server answers a client
    // id once, a refusal too, so it goes as a new attempt: returns its client id.
    QString retry(const QString &clientId);

    int inFlight() const { return int(m_inFlight.size()); }

signals:
    // The server acknowledged an entry, or refused it (`reason` for a person).
    void acknowledged(const QString &clientId);
    void refused(const QString &clientId, const QString &reason);
    // A message could not even be stored here (e.g. the disk is full): the
    // agent must get the text back, not lose it.
    void notQueued(qint64 conversationId, const QString &text, const QString &reason);

private:
    QString queueText(protocol::MessageKind kind, qint64 conversationId, const QString &text, qint64 authorId,
                      const QString &authorName);
    void pump();
    void sendEntries(const QVector<store::OutboxEntry> &entries);
    void onAck(const protocol::Ack &ack);
    void onLinkState();
    void onStoreChanged(const store::ChangeSet &changes);

    store::Store &m_store;
    net::StreamLink &m_link;
    QSet<QString> m_inFlight;                      // sent on this connection, no ack yet
    QHash<QString, qint64> m_inFlightConversation; // client id -> its conversation
    bool m_reading = false;                        // a read of the outbox is on its way
    bool m_readAgain = false;
    // Acked or refused, their answer perhaps not stored yet (see sendEntries).
    QSet<QString> m_answered;
    net::Backoff m_retryBackoff;
    QTimer *m_retryTimer;
};

} // namespace relaydesk::sync
