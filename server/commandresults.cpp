// WorkspaceData's memory of commands: each command's first answer, kept by
// (workspace, agent, client id), a success in its change's own transaction
// (CommandScope), a final refusal on its own, so a retry is answered the same.

#include "workspacedata.h"

#include "log.h"
#include "serverdb.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relaydesk::server {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

WorkspaceData::CommandScope::CommandScope(WorkspaceData &data, qint64 workspaceId, qint64 agentId,
                                          const QString &clientId)
    : m_data(data)
{
    m_data.m_command = RunningCommand{workspaceId, agentId, clientId};
}

WorkspaceData::CommandScope::~CommandScope()
{
    m_data.m_command.reset();
}

namespace {

// How a command's answer is kept: the result of a success, or a refusal's
// code, message and conflicting record.
QString storedAnswer(const Change &answer)
{
    QJsonObject json = answer.result;
    if (!answer.ok()) {
        json = QJsonObject{{QStringLiteral("code"), answer.errorCode},
                           {QStringLiteral("message"), answer.errorMessage}};
        if (!answer.current.isEmpty())
            json.insert(QStringLiteral("current"), answer.current);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

bool WorkspaceData::recordCommandResult(const RunningCommand &command, const QJsonObject &result)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR IGNORE INTO command_results (workspace_id, agent_id, client_id,"
                                           " ok, result, created_at) VALUES (?, ?, ?, 1, ?, ?)"));
    Change answer;
    answer.result = result;
    const QVariantList values{command.workspaceId, command.agentId, command.clientId, storedAnswer(answer), now()};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    qCWarning(lcServer) << "could not record a command's result:" << q.lastError().text();
    return false;
}

std::optional<Change> WorkspaceData::commandAnswer(qint64 workspaceId, qint64 agentId, const QString &clientId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT ok, result FROM command_results"
                                           " WHERE workspace_id = ? AND agent_id = ? AND client_id = ?"));
    q.bindValue(0, workspaceId);
    q.bindValue(1, agentId);
    q.bindValue(2, clientId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const bool ok = q.value(0).toBool();
    const QJsonObject json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    q.finish();
    if (ok) {
        Change answer;
        answer.result = json;
        return answer;
    }
    Change refusal = Change::failure(json.value(QStringLiteral("code")).toString(),
                                     json.value(QStringLiteral("message")).toString());
    refusal.current = json.value(QStringLiteral("current")).toObject();
    return refusal;
}

bool WorkspaceData::isFinalRefusal(const QString &code)
{
    return code != QLatin1String("internal") && code != QLatin1String("rate_limited");
}

void WorkspaceData::rememberCommand(qint64 workspaceId, qint64 agentId, const QString &clientId, const Change &answer)
{
    if (!answer.ok() && !isFinalRefusal(answer.errorCode))
        return;
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR IGNORE INTO command_results (workspace_id, agent_id, client_id,"
                                           " ok, result, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariantList values{workspaceId, agentId, clientId, answer.ok() ? 1 : 0, storedAnswer(answer), now()};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        qCWarning(lcServer) << "could not remember a command's answer:" << q.lastError().text();
}

} // namespace relaydesk::server
