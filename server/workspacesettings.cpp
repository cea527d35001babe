// A workspace's own settings: its web chat widget key and allowed origins,
// its lead pipeline, its quick replies and the autopilot's mode while away.

#include "workspacedata.h"

#include "accounts.h"
#include "channelsettings.h"
#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relaydesk::server {

using namespace relaydesk::protocol;

std::optional<qint64> WorkspaceData::workspaceByWidgetKey(const QString &widgetKey)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM workspaces WHERE widget_key = ?"));
    q.bindValue(0, widgetKey);
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QStringList WorkspaceData::webchatOrigins(qint64 workspaceId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT webchat_origins FROM workspaces WHERE id = ?"));
    q.bindValue(0, workspaceId);
    QStringList origins;
    if (q.exec() && q.next())
        origins = q.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    q.finish();
    return origins;
}

bool WorkspaceData::setWebchatOrigins(qint64 workspaceId, const QStringList &origins)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE workspaces SET webchat_origins = ? WHERE id = ?"));
    q.addBindValue(origins.isEmpty() ? QStringLiteral("")
                                     : origins.join(QLatin1Char(' '))); // a null QString binds NULL
    q.addBindValue(workspaceId);
    return q.exec() && q.numRowsAffected() == 1;
}

QStringList WorkspaceData::defaultLeadStages()
{
    return {QStringLiteral("new"),      QStringLiteral("contacted"), QStringLiteral("qualified"),
            QStringLiteral("proposal"), QStringLiteral("won"),       QStringLiteral("lost")};
}

QStringList WorkspaceData::leadStages(qint64 workspaceId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT name FROM lead_stages WHERE workspace_id = ? ORDER BY position"));
    q.bindValue(0, workspaceId);
    QStringList stages;
    if (q.exec()) {
        while (q.next())
            stages.append(q.value(0).toString());
    }
    q.finish();
    return stages.isEmpty() ? defaultLeadStages() : stages;
}

bool WorkspaceData::setLeadStages(qint64 workspaceId, const QStringList &stages)
{
    if (!m_db.db().transaction())
        return false;
    QSqlQuery clear(m_db.db());
    clear.prepare(QStringLiteral("DELETE FROM lead_stages WHERE workspace_id = ?"));
    clear.addBindValue(workspaceId);
    bool ok = clear.exec();
    for (int i = 0; ok && i < stages.size(); ++i) {
        QSqlQuery insert(m_db.db());
        insert.prepare(QStringLiteral("INSERT INTO lead_stages (workspace_id, position, name) VALUES (?, ?, ?)"));
        insert.addBindValue(workspaceId);
        insert.addBindValue(i);
        insert.addBindValue(stages.at(i));
        ok = insert.exec();
    }
    if (!ok) {
        m_db.db().rollback();
        return false;
    }
    return m_db.db().commit();
}

QString WorkspaceData::leadCurrency(qint64 workspaceId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT lead_currency FROM workspaces WHERE id = ?"));
    q.bindValue(0, workspaceId);
    QString code;
    if (q.exec() && q.next())
        code = q.value(0).toString();
    q.finish();
    return code;
}

bool WorkspaceData::setLeadCurrency(qint64 workspaceId, const QString &code)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE workspaces SET lead_currency = ? WHERE id = ?"));
    q.addBindValue(code.isEmpty() ? QStringLiteral("") : code); // a null QString binds NULL
    q.addBindValue(workspaceId);
    return q.exec() && q.numRowsAffected() == 1;
}

QVector<CannedResponse> WorkspaceData::cannedResponses(qint64 workspaceId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT shortcut, title, text FROM canned_responses WHERE workspace_id = ?"
                                           " ORDER BY position"));
    q.bindValue(0, workspaceId);
    QVector<CannedResponse> responses;
    if (q.exec()) {
        while (q.next())
            responses.append(CannedResponse{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    q.finish();
    return responses;
}

bool WorkspaceData::setCannedResponses(qint64 workspaceId, const QVector<CannedResponse> &responses, QString *error)
{
    if (!m_db.db().transaction()) {
        *error = m_db.db().lastError().text();
        return false;
    }
    QSqlQuery clear(m_db.db());
    clear.prepare(QStringLiteral("DELETE FROM canned_responses WHERE workspace_id = ?"));
    clear.addBindValue(workspaceId);
    bool ok = clear.exec();
    if (!ok)
        *error = clear.lastError().text();
    for (int i = 0; ok && i < responses.size(); ++i) {
        QSqlQuery insert(m_db.db());
        insert.prepare(QStringLiteral("INSERT INTO canned_responses (workspace_id, position, shortcut, title, text)"
                                      " VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(workspaceId);
        insert.addBindValue(i);
        insert.addBindValue(responses.at(i).shortcut);
        insert.addBindValue(responses.at(i).title);
        insert.addBindValue(responses.at(i).text);
        ok = insert.exec();
        if (!ok)
            *error = insert.lastError().text();
    }
    if (!ok || !m_db.db().commit()) {
        if (ok)
            *error = m_db.db().lastError().text();
        m_db.db().rollback();
        return false;
    }
    return true;
}

Change WorkspaceData::setAutopilotAway(const Agent &agent, Autopilot mode)
{
    if (!m_channelSettings)
        return Change::failure(QStringLiteral("internal"), QStringLiteral("This server keeps no channel settings."));
    if (!m_db.db().transaction())
        return Change::failure(QStringLiteral("internal"), m_db.db().lastError().text());
    QString error;
    QJsonObject document = m_channelSettings->document(agent.workspaceId, &error);
    if (!error.isEmpty()) {
        qCWarning(lcServer) << "workspace" << agent.workspaceId << "channel settings:" << error;
        return commit(
            Change::failure(QStringLiteral("internal"), QStringLiteral("The workspace's settings cannot be read.")));
    }
    const std::optional<ChannelSettings> current = document.isEmpty() ? ChannelSettings()
                                                                      : ChannelSettings::fromJson(document, &error);
    if (!current)
        return commit(
            Change::failure(QStringLiteral("internal"), QStringLiteral("The workspace's settings cannot be read.")));
    Change change;
    if (current->whileAway == toString(mode)) {
        change.result = toJson(m_channelSettings->workspaceSettings(agent.workspaceId));
        return commit(change); // nothing to change, nothing to tell
    }
    if (mode == Autopilot::Ai && !current->aiEnabled())
        return commit(
            Change::failure(QStringLiteral("ai_not_configured"),
                            QStringLiteral("This workspace has no AI set up, so the autopilot cannot answer with "
                                           "it while you are away; choose rules, or ask for an AI to be set up.")));
    QJsonObject autopilot = document.value(QStringLiteral("autopilot")).toObject();
    autopilot.insert(QStringLiteral("while_away"), toString(mode));
    document.insert(QStringLiteral("autopilot"), autopilot);
    if (!m_channelSettings->save(agent.workspaceId, document, &error)) {
        qCWarning(lcServer) << "workspace" << agent.workspaceId << "autopilot while away not saved:" << error;
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("The setting could not be saved.")));
    }
    const WorkspaceSettings now = m_channelSettings->workspaceSettings(agent.workspaceId);
    if (!append(agent.workspaceId, now, change))
        return commit(Change::failure(QStringLiteral("internal"), QStringLiteral("The setting could not be saved.")));
    change.result = toJson(now);
    qCInfo(lcServer) << "workspace" << agent.workspaceId << "autopilot while away now" << toString(mode) << "by agent"
                     << agent.id;
    return commit(change);
}

QString WorkspaceData::widgetKey(qint64 workspaceId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT widget_key FROM workspaces WHERE id = ?"));
    q.addBindValue(workspaceId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace relaydesk::server
