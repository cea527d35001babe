// The versioned edits half of StoreWriter: the agent's `lead.update` and
// `contact.update` commands in the outbox. Each is based on the version the
// agent's earlier edits of the record will have made; a refused one waits,
// beside the server's record, for the agent to choose, and the edits queued
// after it join it, since they were based on it.

#include "store/writer.h"
#include "store/writer_statements.h"

#include "protocol/codec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace relaydesk::store {

using namespace relaydesk::protocol;

namespace {

const QString kContactId = QStringLiteral("contact_id");
const QString kVersion = QStringLiteral("version");

// A record with a version that the agent edits: its command, the outbox
// entries that each take it one version further (oldest first), and where
// its stored version is.
struct EditKind
{
    const char *command;
    const char *queued;
    const char *storedVersion;
};

const EditKind kLeadEdit{"lead.update",
                         "SELECT id, client_id, payload, state, command FROM outbox"
                         " WHERE command IN ('lead.update', 'lead.note') ORDER BY id",
                         "SELECT version FROM leads WHERE contact_id = ?1"};
const EditKind kContactEdit{"contact.update",
                            "SELECT id, client_id, payload, state, command FROM outbox"
                            " WHERE command = 'contact.update' ORDER BY id",
                            "SELECT version FROM contacts WHERE id = ?1"};

struct QueuedEdit
{
    qint64 id = 0;
    QString clientId;
    QJsonObject args;
    QString state;
    bool note = false; // `lead.note`: no version of its own, but the lead's grows by one
};

qint64 contactOf(const QJsonObject &args)
{
    return qint64(args.value(kContactId).toDouble());
}

// The edits (and notes) of one contact's record in the outbox, oldest first.
QVector<QueuedEdit> queuedEdits(Connection &db, const EditKind &kind, qint64 contactId)
{
    Statement select = db.prepare(kind.queued);
    QVector<QueuedEdit> edits;
    while (select.next()) {
        QueuedEdit edit{select.int64(0), select.text(1), QJsonDocument::fromJson(select.text(2).toUtf8()).object(),
                        select.text(3), select.text(4) == QLatin1String("lead.note")};
        if (contactOf(edit.args) == contactId)
            edits.append(edit);
    }
    return edits;
}

qint64 storedVersion(Connection &db, const EditKind &kind, qint64 contactId)
{
    Statement select = db.prepare(kind.storedVersion);
    select.bind(1, contactId);
    return select.next() ? select.int64(0) : 0;
}

// The version the record will have once the queued edits and notes (refused
// ones aside) are applied: what a new edit is based on.
qint64 versionAfterQueued(Connection &db, const EditKind &kind, const QVector<QueuedEdit> &edits, qint64 contactId)
{
    qint64 version = storedVersion(db, kind, contactId);
    for (const QueuedEdit &edit : edits) {
        if (edit.state == QLatin1String("failed"))
            continue;
        version = edit.note ? version + 1 : qint64(edit.args.value(kVersion).toDouble()) + 1;
    }
    return version;
}

// `later`'s fields over `earlier`'s; the contact and version stay `earlier`'s.
QJsonObject joined(QJsonObject earlier, const QJsonObject &later)
{
    for (auto it = later.begin(); it != later.end(); ++it) {
        if (it.key() != kContactId && it.key() != kVersion)
            earlier.insert(it.key(), it.value());
    }
    return earlier;
}

bool setPayload(Connection &db, qint64 id, const QJsonObject &args, QString *error)
{
    Statement update = db.prepare("UPDATE outbox SET payload = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, QJsonDocument(args).toJson(QJsonDocument::Compact));
    return update.run() || fail(error, QStringLiteral("changing an edit"), update);
}

bool removeEntry(Connection &db, qint64 id, QString *error)
{
    Statement remove = db.prepare("DELETE FROM outbox WHERE id = ?1");
    remove.bind(1, id);
    return remove.run() || fail(error, QStringLiteral("removing an edit"), remove);
}

bool insertEdit(Connection &db, const EditKind &kind, const QString &clientId, qint64 conversationId,
                const QJsonObject &args, qint64 createdAt, QString *error)
{
    Statement outbox = db.prepare("INSERT INTO outbox (client_id, conversation_id, command, payload, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)");
    outbox.bind(1, clientId)
        .bind(2, conversationId)
        .bind(3, QString::fromLatin1(kind.command))
        .bind(4, QJsonDocument(args).toJson(QJsonDocument::Compact))
        .bind(5, createdAt);
    return outbox.run() || fail(error, QStringLiteral("queueing an edit"), outbox);
}

bool queueEdit(Connection &db, const EditKind &kind, const QString &clientId, qint64 conversationId,
               const QJsonObject &args, qint64 createdAt, ChangeSet *changes, QString *error)
{
    const qint64 contactId = contactOf(args);
    if (clientId.isEmpty() || contactId <= 0) {
        *error = QStringLiteral("an edit needs a client id and a contact");
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    const QVector<QueuedEdit> edits = queuedEdits(db, kind, contactId);
    for (const QueuedEdit &edit : edits) {
        if (edit.clientId == clientId)
            return true; // queued before
    }
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    for (const QueuedEdit &edit : edits) {
        // An edit refused and waiting for the agent's decision takes this one in.
        if (!edit.note && edit.state == QLatin1String("failed"))
            return setPayload(db, edit.id, joined(edit.args, args), error) && transaction.commit(error);
    }
    QJsonObject based = args;
    based.insert(kVersion, versionAfterQueued(db, kind, edits, contactId));
    return insertEdit(db, kind, clientId, conversationId, based, createdAt, error) && transaction.commit(error);
}

// The contact of the refused entry `clientId` (0: not an edit of this kind).
qint64 refusedContact(Connection &db, const EditKind &kind, const QString &clientId)
{
    Statement entry = db.prepare("SELECT payload FROM outbox WHERE client_id = ?1 AND command = ?2");
    entry.bind(1, clientId).bind(2, QString::fromLatin1(kind.command));
    return entry.next() ? contactOf(QJsonDocument::fromJson(entry.text(0).toUtf8()).object()) : 0;
}

// The edits queued after the refused one were based on it: they join it
// (one already on the wire is left to its own answer).
bool joinIntoRefused(Connection &db, const EditKind &kind, const QString &clientId, qint64 contactId, QString *error)
{
    const QVector<QueuedEdit> edits = queuedEdits(db, kind, contactId);
    const QueuedEdit *refused = nullptr;
    QJsonObject mine;
    for (const QueuedEdit &edit : edits) {
        if (edit.clientId == clientId) {
            refused = &edit;
            mine = edit.args;
        } else if (refused && !edit.note && edit.state != QLatin1String("sending")) {
            mine = joined(mine, edit.args);
            if (!removeEntry(db, edit.id, error))
                return false;
        }
    }
    return !refused || setPayload(db, refused->id, mine, error);
}

// The agent chose: keeping theirs drops the edit; keeping mine sends it
// again, as `newClientId` (the server remembers the refusal under the old
// one), based on the version the record has now. Inside a transaction.
bool settleEdit(Connection &db, const EditKind &kind, const QString &clientId, bool keepMine,
                const QString &newClientId, ChangeSet *changes, QString *error)
{
    Statement entry = db.prepare("SELECT id, conversation_id, payload, created_at FROM outbox"
                                 " WHERE client_id = ?1 AND command = ?2");
    entry.bind(1, clientId).bind(2, QString::fromLatin1(kind.command));
    if (!entry.next())
        return true;
    const qint64 id = entry.int64(0);
    const qint64 conversationId = entry.int64(1);
    QJsonObject args = QJsonDocument::fromJson(entry.text(2).toUtf8()).object();
    const qint64 createdAt = entry.int64(3);
    entry = Statement();
    const qint64 contactId = contactOf(args);
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    if (!removeEntry(db, id, error))
        return false;
    if (!keepMine)
        return true;
    args.insert(kVersion, versionAfterQueued(db, kind, queuedEdits(db, kind, contactId), contactId));
    return insertEdit(db, kind, newClientId, conversationId, args, createdAt, error);
}

bool resolveEdit(Connection &db, const EditKind &kind, const QString &clientId, bool keepMine,
                 const QString &newClientId, ChangeSet *changes, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    return settleEdit(db, kind, clientId, keepMine, newClientId, changes, error) && transaction.commit(error);
}

bool sameDetails(const Contact &a, const Contact &b)
{
    return a.name == b.name && a.email == b.email && a.phone == b.phone;
}

} // namespace

bool StoreWriter::queueLeadUpdate(const QString &clientId, qint64 conversationId, const QJsonObject &args,
                                  qint64 createdAt, ChangeSet *changes, QString *error)
{
    return queueEdit(m_db, kLeadEdit, clientId, conversationId, args, createdAt, changes, error);
}

bool StoreWriter::refuseLeadUpdate(const QString &clientId, const QJsonObject &current, ChangeSet *changes,
                                   QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    const qint64 contactId = refusedContact(m_db, kLeadEdit, clientId);
    if (contactId == 0)
        return true;
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    if (!current.isEmpty()) {
        QString problem;
        const std::optional<Lead> lead = leadFromJson(current, &problem);
        if (lead && lead->contactId == contactId && !upsertLead(*lead, changes, error))
            return false;
    }
    return joinIntoRefused(m_db, kLeadEdit, clientId, contactId, error) && transaction.commit(error);
}

bool StoreWriter::resolveLeadUpdate(const QString &clientId, bool keepMine, const QString &newClientId,
                                    ChangeSet *changes, QString *error)
{
    return resolveEdit(m_db, kLeadEdit, clientId, keepMine, newClientId, changes, error);
}

bool StoreWriter::queueContactUpdate(const QString &clientId, qint64 conversationId, const QJsonObject &args,
                                     qint64 createdAt, ChangeSet *changes, QString *error)
{
    return queueEdit(m_db, kContactEdit, clientId, conversationId, args, createdAt, changes, error);
}

bool StoreWriter::refuseContactUpdate(const QString &clientId, const QJsonObject &current, const QString &newClientId,
                                      ChangeSet *changes, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError();
        return false;
    }
    const qint64 contactId = refusedContact(m_db, kContactEdit, clientId);
    if (contactId == 0)
        return true;
    changes->contacts.insert(contactId);
    changes->outboxChanged = true;
    if (!joinIntoRefused(m_db, kContactEdit, clientId, contactId, error))
        return false;
    if (current.isEmpty())
        return transaction.commit(error);
    QString problem;
    const std::optional<Contact> theirs = contactFromJson(current, &problem);
    if (!theirs || theirs->id != contactId)
        return transaction.commit(error);
    // What the agent saw when they edited, to tell a real conflict from a
    // version this desktop did not know (a contact stored before versions).
    Contact seen;
    qint64 seenVersion = -1;
    Statement stored = m_db.prepare("SELECT name, email, phone, version FROM contacts WHERE id = ?1");
    stored.bind(1, contactId);
    if (stored.next()) {
        seen.name = stored.text(0);
        seen.email = stored.text(1);
        seen.phone = stored.text(2);
        seenVersion = stored.int64(3);
    }
    stored = Statement();
    if (!upsertContact(*theirs, changes, error))
        return false;
    // Nobody changed what the agent saw, this desktop only did not know its
    // version: not a conflict to ask about, the edit goes again at once.
    if (seenVersion == 0 && sameDetails(seen, *theirs)
        && !settleEdit(m_db, kContactEdit, clientId, true, newClientId, changes, error))
        return false;
    return transaction.commit(error);
}

bool StoreWriter::resolveContactUpdate(const QString &clientId, bool keepMine, const QString &newClientId,
                                       ChangeSet *changes, QString *error)
{
    return resolveEdit(m_db, kContactEdit, clientId, keepMine, newClientId, changes, error);
}

} // namespace relaydesk::store
