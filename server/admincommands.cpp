#include "admincommands.h"

#include "accounts.h"
#include "serverdb.h"

#include <QTextStream>

#include <cstdio>

namespace relaydesk::server {

int addAgent(const ServerConfig &config, const QString &email, const QString &workspace,
             const QString &name, const QString &role)
{
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    Accounts accounts(db, config.tokenLifetimeMs);
    AccountError failure;
    const std::optional<qint64> workspaceId = accounts.ensureWorkspace(workspace, &failure);
    if (!workspaceId) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(failure.message));
        return 2;
    }
    const std::optional<Agent> agent = accounts.createAgent(*workspaceId, email, name, role, password, &failure);
    if (!agent) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(failure.message));
        return 2;
    }
    std::printf("agent %lld (%s, %s) added to workspace %lld\n", agent->id, qPrintable(agent->email),
                qPrintable(agent->role), *workspaceId);
    return 0;
}

} // namespace relaydesk::server
