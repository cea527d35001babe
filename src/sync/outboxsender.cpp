#include "sync/outboxsender.h"

#include "base/postback.h"
#include "net/streamlink.h"
#include "store/changeset.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace relaydesk::sync {

namespace {

constexpr int kEntriesPerRead = 200;

// Errors that say "not now" rather than "no": the entry is sent again later.
bool isTemporary(const QString &code)
{
    return code == QLatin1String(protocol::errors::kInternal) || code == QLatin1String(protocol::errors::kRateLimited);
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

OutboxSender::OutboxSender(store::Store &store, net::StreamLink &link, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_link(link)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &OutboxSender::pump);
    connect(&m_link, &net::StreamLink::stateChanged, this, &OutboxSender::onLinkState);
    connect(&m_link, &net::StreamLink::ackReceived, this, &OutboxSender::onAck);
    connect(&m_store, &store::Store::changed, this, &OutboxSender::onStoreChanged);
}

QString OutboxSender::sendText(qint64 conversationId, const QString &text, qint64 authorId, const QString &authorName)
{
    return queueText(protocol::MessageKind::Text, conversationId, text, authorId, authorName);
}

QString OutboxSender::sendNote(qint64 conversationId, const QString &text, qint64 authorId, const QString &authorName)
{
    return queueText(protocol::MessageKind::Note, conversationId, text, authorId, authorName);
}

QString OutboxSender::queueText(protocol::MessageKind kind, qint64 conversationId, const QString &text, qint64 authorId,
                                const QString &authorName)
{
    store::OutgoingMessage message;
    message.clientId = newClientId();
    message.conversationId = conversationId;
    message.kind = kind;
    message.text = text;
    message.authorId = authorId;
    message.authorName = authorName;
    message.createdAt = QDateTime::currentMSecsSinceEpoch();
    QPointer<OutboxSender> guard(this);
    m_store.write([message, guard](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (writer.queueMessage(message, &changes, &error))
            return;
        qCWarning(lcSync) << "queueing a message failed:" << error;
        base::postBack(guard, [message, error](auto *self) {
            emit self->notQueued(message.conversationId, message.text, error);
        });
    });
    return message.clientId;
}

QString OutboxSender::sendCommand(qint64 conversationId, const QString &name, const QJsonObject &args)
{
    const QString clientId = newClientId();
    const QByteArray payload = QJsonDocument(args).toJson(QJsonDocument::Compact);
    if (name == QLatin1String("lead.update")) {
        m_store.write([clientId, conversationId, args](store::StoreWriter &writer, store::ChangeSet &changes) {
            QString error;
            if (!writer.queueLeadUpdate(clientId, conversationId, args, QDateTime::currentMSecsSinceEpoch(), &changes,
                                        &error))
                qCWarning(lcSync) << "queueing a lead edit failed:" << error;
        });
        return clientId;
    }
    if (name == QLatin1String("contact.update")) {
        m_store.write([clientId, conversationId, args](store::StoreWriter &writer, store::ChangeSet &changes) {
            QString error;
            if (!writer.queueContactUpdate(clientId, conversationId, args, QDateTime::currentMSecsSinceEpoch(),
                                           &changes, &error))
                qCWarning(lcSync) << "queueing a contact edit failed:" << error;
        });
        return clientId;
    }
    m_store.write([clientId, conversationId, name, payload](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (!writer.queueCommand(clientId, conversationId, name, payload, QDateTime::currentMSecsSinceEpoch(), &error))
            qCWarning(lcSync) << "queueing a command failed:" << error;
        changes.outboxChanged = true;
    });
    return clientId;
}

void OutboxSender::resolveLeadEdit(const QString &clientId, bool keepMine)
{
    const QString newId = newClientId();
    m_store.write([clientId, keepMine, newId](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (!writer.resolveLeadUpdate(clientId, keepMine, newId, &changes, &error))
            qCWarning(lcSync) << "settling a refused lead edit failed:" << error;
    });
}

void OutboxSender::resolveContactEdit(const QString &clientId, bool keepMine)
{
    const QString newId = newClientId();
    m_store.write([clientId, keepMine, newId](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (!writer.resolveContactUpdate(clientId, keepMine, newId, &changes, &error))
            qCWarning(lcSync) << "settling a refused contact edit failed:" << error;
    });
}

QString OutboxSender::retry(const QString &clientId)
{
    const QString newId = newClientId();
    m_store.write([clientId, newId](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (!writer.retry(clientId, newId, &changes, &error))
            qCWarning(lcSync) << "retrying failed:" << error;
        changes.outboxChanged = true;
    });
    return newId;
}

void OutboxSender::onStoreChanged(const store::ChangeSet &changes)
{
    if (changes.outboxChanged)
        pump();
}

void OutboxSender::onLinkState()
{
    // Acks for what was sent on a closed connection will never come: those
    // entries are sent again, with the same client ids.
    m_inFlight.clear();
    m_inFlightConversation.clear();
    if (m_link.state() == net::StreamLink::State::Online) {
        m_retryBackoff.reset();
        pump();
    }
}

void OutboxSender::pump()
{
    // While the server asked to wait, nothing goes (the timer pumps again).
    if (m_link.state() != net::StreamLink::State::Online || m_retryTimer->isActive())
        return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    QPointer<OutboxSender> guard(this);
    m_store.write([guard](store::StoreWriter &writer, store::ChangeSet &) {
        const QVector<store::OutboxEntry> entries = writer.pendingOutbox(kEntriesPerRead);
        base::postBack(guard, [entries](auto *self) { self->sendEntries(entries); });
    });
}

void OutboxSender::sendEntries(const QVector<store::OutboxEntry> &entries)
{
    m_reading = false;
    QStringList sending;
    // One entry per conversation on the wire at a time: a refusal that asks
    // to wait can then never let a later message overtake an earlier one.
    QSet<qint64> busy;
    for (const QString &clientId : std::as_const(m_inFlight))
        busy.insert(m_inFlightConversation.value(clientId));
    // Answered entries a read made before their answer was stored may still
    // show: never sent twice. A read that no longer shows one ends its watch.
    QSet<QString> stillShown;
    for (const store::OutboxEntry &entry : entries) {
        if (m_answered.contains(entry.clientId)) {
            stillShown.insert(entry.clientId);
            continue;
        }
        if (m_inFlight.contains(entry.clientId) || busy.contains(entry.conversationId)) {
            busy.insert(entry.conversationId);
            continue;
        }
        protocol::Command command;
        command.clientId = entry.clientId;
        command.name = entry.command;
        command.args = QJsonDocument::fromJson(entry.payload).object();
        if (!m_link.send(command))
            break; // the link went down: everything waits for the next connection
        m_inFlight.insert(entry.clientId);
        m_inFlightConversation.insert(entry.clientId, entry.conversationId);
        busy.insert(entry.conversationId);
        sending.append(entry.clientId);
    }
    m_answered = stillShown;
    if (!sending.isEmpty()) {
        qCDebug(lcSync) << "sent" << sending.size() << "outbox entries";
        m_store.write([sending](store::StoreWriter &writer, store::ChangeSet &) {
            QString error;
            for (const QString &clientId : sending) {
                if (!writer.markSending(clientId, &error))
                    qCWarning(lcSync) << "marking an entry as sending failed:" << error;
            }
        });
    }
    if (std::exchange(m_readAgain, false))
        pump();
}

void OutboxSender::onAck(const protocol::Ack &ack)
{
    m_inFlight.remove(ack.clientId);
    m_inFlightConversation.remove(ack.clientId);
    if (!ack.ok && isTemporary(ack.errorCode)) {
        // Sent again after a pause; the entry stays where it is.
        const int delay = m_retryBackoff.next();
        qCInfo(lcSync) << "the server asks to wait (" << ack.errorCode << "); sending again in" << delay << "ms";
        if (!m_retryTimer->isActive())
            m_retryTimer->start(delay);
        return;
    }
    const QString clientId = ack.clientId;
    m_answered.insert(clientId);
    QPointer<OutboxSender> guard(this);
    if (ack.ok) {
        const qint64 messageId = qint64(ack.result.value(QStringLiteral("message_id")).toDouble());
        const qint64 createdAt = qint64(ack.result.value(QStringLiteral("created_at")).toDouble());
        m_store.write([clientId, messageId, createdAt](store::StoreWriter &writer, store::ChangeSet &changes) {
            QString error;
            if (!writer.acknowledge(clientId, messageId, createdAt, &changes, &error))
                qCWarning(lcSync) << "storing an acknowledgement failed:" << error;
        });
        emit acknowledged(clientId);
        pump(); // the conversation's next entry may go now
        return;
    }
    const QString reason = ack.errorMessage.isEmpty() ? ack.errorCode : ack.errorMessage;
    const QJsonObject current = ack.current;
    const QString againId = newClientId();
    m_store.write([clientId, reason, current, againId](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (!writer.reject(clientId, reason, &changes, &error))
            qCWarning(lcSync) << "storing a refusal failed:" << error;
        // A refused lead or contact edit keeps the server's record (a
        // conflict's `current`) beside it, for the agent to choose between.
        if (!writer.refuseLeadUpdate(clientId, current, &changes, &error))
            qCWarning(lcSync) << "storing a refused lead edit failed:" << error;
        if (!writer.refuseContactUpdate(clientId, current, againId, &changes, &error))
            qCWarning(lcSync) << "storing a refused contact edit failed:" << error;
    });
    emit refused(clientId, reason);
    pump();
}

} // namespace relaydesk::sync
