#include "demofolder.h"

#include "channelsettings.h"
#include "democustomers.h"
#include "demodata.h"
#include "serverdb.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace relaydesk::server {

namespace {

// The first column of the first row (0 when none).
qint64 number(ServerDb &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Whether every contact of an unmarked demo is one of the customers a demo
// seed wrote: the first demos' "demo-visitor-0042" web visitors, or the
// customers of democustomers.cpp (the seed before marks had the same).
bool onlyDemoCustomers(ServerDb &db, qint64 workspaceId, QString *error)
{
    QSet<QString> known;
    for (const demo::Customer &customer : demo::customers(kDemoConversations))
        known.insert(customer.channelId);
    static const QRegularExpression firstDemos(QStringLiteral("^demo-visitor-\\d{4}$"));
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT whatsapp_id, messenger_psid, webchat_id FROM contacts WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString whatsapp = q.value(0).toString();
        const QString messenger = q.value(1).toString();
        const QString webchat = q.value(2).toString();
        const bool demoCustomer = (!whatsapp.isEmpty() && known.contains(whatsapp))
                                  || (!messenger.isEmpty() && known.contains(messenger))
                                  || (!webchat.isEmpty()
                                      && (known.contains(webchat) || firstDemos.match(webchat).hasMatch()));
        if (!demoCustomer)
            return false;
    }
    return true;
}

// What the folder holds besides the demo's seed (empty: nothing).
QString addedSinceSeed(ServerDb &db, const ServerConfig &config, qint64 workspaceId, bool marked, qint64 lastContact,
                       qint64 lastAgent, QString *error)
{
    if (number(db, QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE id <> ?"), {workspaceId}, error) > 0)
        return QStringLiteral("another workspace is in the same database");
    const qint64 agents =
        marked
            ? number(db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE workspace_id = ? AND id > ?"),
                     {workspaceId, lastAgent}, error)
            : number(db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE workspace_id = ? AND email NOT IN (?, ?)"),
                     {workspaceId, QString::fromLatin1(kDemoAgentEmail), QStringLiteral("rio@relaydesk.local")}, error);
    if (agents > 0)
        return QStringLiteral("agents were added to it");
    const bool customersAdded =
        marked ? number(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE workspace_id = ? AND id > ?"),
                        {workspaceId, lastContact}, error)
                     > 0
               : !onlyDemoCustomers(db, workspaceId, error);
    if (customersAdded)
        return QStringLiteral("customers who are not the demo's wrote to it");
    // The demo never stores channels of its own (they are played in memory).
    QString settingsError;
    const QJsonObject settings =
        ChannelSettingsStore(db, config.secretsKeyPath()).document(workspaceId, &settingsError);
    if (!settingsError.isEmpty())
        return QStringLiteral("its channel settings cannot be read (%1)").arg(settingsError);
    if (settings.contains(QStringLiteral("whatsapp")) || settings.contains(QStringLiteral("messenger"))
        || settings.value(QStringLiteral("autopilot")).toObject().contains(QStringLiteral("ai")))
        return QStringLiteral("WhatsApp, Messenger or an AI was set up for it");
    return {};
}

} // namespace

FoundDemo findDemo(ServerDb &db, const ServerConfig &config, QString *error)
{
    FoundDemo found;
    qint64 lastContact = 0, lastAgent = 0;
    bool marked = false;
    {
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("SELECT workspace_id, version, last_contact_id, last_agent_id FROM demo_seed"
                                   " ORDER BY workspace_id LIMIT 1"))) {
            *error = q.lastError().text();
            return found;
        }
        if (q.next()) {
            marked = true;
            found.workspaceId = q.value(0).toLongLong();
            found.version = q.value(1).toInt();
            lastContact = q.value(2).toLongLong();
            lastAgent = q.value(3).toLongLong();
        }
    }
    if (!marked) {
        found.workspaceId = number(db, QStringLiteral("SELECT id FROM workspaces WHERE name = 'Demo Shop'"), {}, error);
        if (!found.workspaceId)
            return found; // None
    }
    if (found.version == kDemoSeedVersion) {
        found.state = FoundDemo::State::Current;
        return found;
    }
    if (found.version > kDemoSeedVersion) {
        found.state = FoundDemo::State::Newer;
        return found;
    }
    found.added = addedSinceSeed(db, config, found.workspaceId, marked, lastContact, lastAgent, error);
    found.state = found.added.isEmpty() ? FoundDemo::State::Older : FoundDemo::State::OlderKept;
    return found;
}

QString previousDemoPath(const ServerConfig &config)
{
    return QDir(config.dataDirectory).filePath(QStringLiteral("previous-demo"));
}

bool moveDemoAside(const ServerConfig &config, QString *error)
{
    const QDir data(config.dataDirectory);
    QDir aside(previousDemoPath(config));
    if (aside.exists() && !aside.removeRecursively()) {
        *error = QStringLiteral("cannot remove the earlier %1").arg(aside.path());
        return false;
    }
    if (!data.mkpath(aside.path())) {
        *error = QStringLiteral("cannot make %1").arg(aside.path());
        return false;
    }
    const QString database = QFileInfo(config.databasePath()).fileName();
    for (const QString &name :
         {database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"), QStringLiteral("media")}) {
        if (!QFileInfo::exists(data.filePath(name)))
            continue;
        if (!QDir().rename(data.filePath(name), aside.filePath(name))) {
            *error = QStringLiteral("cannot move %1 into %2").arg(data.filePath(name), aside.path());
            return false;
        }
    }
    return true;
}

bool markDemo(ServerDb &db, qint64 workspaceId, QString *error)
{
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("INSERT INTO demo_seed (workspace_id, version, last_contact_id, last_agent_id, seeded_at) VALUES"
                       " (?, ?, (SELECT COALESCE(MAX(id), 0) FROM contacts WHERE workspace_id = ?),"
                       " (SELECT COALESCE(MAX(id), 0) FROM agents WHERE workspace_id = ?), ?)"
                       " ON CONFLICT (workspace_id) DO UPDATE SET version = excluded.version,"
                       " last_contact_id = excluded.last_contact_id, last_agent_id = excluded.last_agent_id,"
                       " seeded_at = excluded.seeded_at"));
    q.addBindValue(workspaceId);
    q.addBindValue(kDemoSeedVersion);
    q.addBindValue(workspaceId);
    q.addBindValue(workspaceId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace relaydesk::server
