// WorkspaceData's part for contacts: reading one, making one with its lead,
// the names channels give and agents type (where a name came from decides
// which may replace it), `contact.update`, and the details web chat visitors
// give before their first message. Each change is one transaction with its
// events, like the rest.

#include "workspacedata.h"

#include "accounts.h"
#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

// A null QString binds NULL; these columns hold NULL for none.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

qint64 WorkspaceData::currentTime() const
{
    return m_fixedNow ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
}

std::optional<Contact> WorkspaceData::contact(qint64 workspaceId, qint64 contactId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, name, phone, email, whatsapp_id, messenger_psid, webchat_id, avatar_media_id, updated_at,"
        " version FROM contacts WHERE id = ? AND workspace_id = ?"));
    q.bindValue(0, contactId);
    q.bindValue(1, workspaceId);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Contact c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.email = q.value(3).toString();
    c.whatsappId = q.value(4).toString();
    c.messengerPsid = q.value(5).toString();
    c.webchatId = q.value(6).toString();
    c.avatarMediaId = q.value(7).toString();
    c.updatedAt = q.value(8).toLongLong();
    c.version = q.value(9).toLongLong();
    q.finish();
    return c;
}

QString WorkspaceData::nameSource(qint64 workspaceId, qint64 contactId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT name_source FROM contacts WHERE id = ? AND workspace_id = ?"));
    q.bindValue(0, contactId);
    q.bindValue(1, workspaceId);
    QString source;
    if (q.exec() && q.next())
        source = q.value(0).toString();
    q.finish();
    return source;
}

qint64 WorkspaceData::addContact(qint64 workspaceId, const NewContact &made, qint64 at, Change &change)
{
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO contacts (workspace_id, name, name_source, phone, email, whatsapp_id, messenger_psid,"
        " webchat_id, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    const QVariantList values{workspaceId,
                              made.name,
                              made.nameSource,
                              textOrNull(made.phone),
                              textOrNull(made.email),
                              textOrNull(made.whatsappId),
                              textOrNull(made.messengerPsid),
                              textOrNull(made.webchatId),
                              at};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec()) {
        qCWarning(lcServer) << "could not add a contact:" << insert.lastError().text();
        return 0;
    }
    const qint64 contactId = insert.lastInsertId().toLongLong();
    QSqlQuery &leadRow = prepared(QStringLiteral("INSERT INTO leads (contact_id, updated_at) VALUES (?, ?)"));
    leadRow.bindValue(0, contactId);
    leadRow.bindValue(1, at);
    const std::optional<Contact> added = leadRow.exec() ? contact(workspaceId, contactId) : std::nullopt;
    const std::optional<Lead> itsLead = added ? lead(workspaceId, contactId) : std::nullopt;
    if (!itsLead || !append(workspaceId, *added, change) || !append(workspaceId, *itsLead, change))
        return 0;
    return contactId;
}

bool WorkspaceData::renameFromChannel(qint64 workspaceId, qint64 contactId, const QString &name, qint64 at,
                                      Change &change)
{
    QSqlQuery &rename = prepared(QStringLiteral(
        "UPDATE contacts SET name = ?, name_source = 'channel', version = version + 1, updated_at = ?"
        " WHERE id = ? AND workspace_id = ? AND name_source <> 'agent' AND (name <> ? OR name_source <> 'channel')"));
    rename.bindValue(0, name);
    rename.bindValue(1, at);
    rename.bindValue(2, contactId);
    rename.bindValue(3, workspaceId);
    rename.bindValue(4, name);
    if (!rename.exec()) {
        qCWarning(lcServer) << "could not rename a contact:" << rename.lastError().text();
        return false;
    }
    if (rename.numRowsAffected() == 0)
        return true; // an agent's name, or this one already
    const std::optional<Contact> renamed = contact(workspaceId, contactId);
    return renamed && append(workspaceId, *renamed, change);
}

Change WorkspaceData::setNameFromChannel(qint64 workspaceId, qint64 contactId, const QString &name)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    Change change;
    if (name.isEmpty() || !renameFromChannel(workspaceId, contactId, name, currentTime(), change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not rename the contact")));
    return commit(change);
}

Change WorkspaceData::updateContact(const Agent &agent, qint64 contactId, qint64 version, const ContactEdit &edit)
{
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    const std::optional<Contact> current = contact(agent.workspaceId, contactId);
    if (!current)
        return commit(Change::failure(QStringLiteral("not_found"), QStringLiteral("There is no such contact.")));
    if (current->version != version) {
        Change conflict =
            Change::failure(QStringLiteral("conflict"),
                            QStringLiteral("Someone else changed this contact; here is the current record."));
        conflict.current = toJson(*current);
        return commit(conflict);
    }
    Contact next = *current;
    next.name = edit.name.value_or(current->name);
    next.email = edit.email.value_or(current->email);
    next.phone = edit.phone.value_or(current->phone);
    next.version = current->version + 1;
    next.updatedAt = currentTime();
    // A name the agent typed stays, whatever the channel says later.
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE contacts SET name = ?, email = ?, phone = ?, version = ?, updated_at = ?,"
                       " name_source = CASE WHEN ? THEN 'agent' ELSE name_source END"
                       " WHERE id = ? AND workspace_id = ? AND version = ?"));
    const QVariantList values{next.name,    textOrNull(next.email), textOrNull(next.phone),
                              next.version, next.updatedAt,         int(edit.name.has_value()),
                              contactId,    agent.workspaceId,      version};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    Change change;
    if (!q.exec() || q.numRowsAffected() != 1 || !append(agent.workspaceId, next, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("could not save the contact")));
    change.result = toJson(next);
    return commit(change);
}

bool WorkspaceData::rememberVisitor(qint64 workspaceId, const QString &visitorId, const QString &name,
                                    const QString &email)
{
    const qint64 at = currentTime();
    QSqlQuery &expire = prepared(QStringLiteral("DELETE FROM webchat_visitors WHERE created_at < ?"));
    expire.bindValue(0, at - qint64(kVisitorDetailsDays) * 24 * 3600 * 1000);
    QSqlQuery &keep = prepared(QStringLiteral(
        "INSERT INTO webchat_visitors (workspace_id, visitor_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (workspace_id, visitor_id) DO UPDATE SET name = excluded.name, email = excluded.email,"
        " created_at = excluded.created_at"));
    // "" for none (a null QString would bind NULL into a NOT NULL column).
    const QVariantList values{workspaceId, visitorId, QString(name + QLatin1String("")),
                              QString(email + QLatin1String("")), at};
    for (int i = 0; i < values.size(); ++i)
        keep.bindValue(i, values.at(i));
    if (!expire.exec() || !keep.exec()) {
        qCWarning(lcServer) << "could not keep a visitor's name:" << keep.lastError().text();
        return false;
    }
    return true;
}

} // namespace relaydesk::server
