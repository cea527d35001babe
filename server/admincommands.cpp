#include "admincommands.h"

#include "accounts.h"
#include "cannedresponses.h"
#include "channelsettings.h"
#include "serverdb.h"
#include "webchatapi.h"
#include "workspacedata.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <QTextStream>

#include <cstdio>

namespace relaydesk::server {

namespace {

// The workspace's id by name, or 0 (having said why).
qint64 workspaceNamed(ServerDb &db, const QString &workspace)
{
    QSqlQuery find(db.db());
    find.prepare(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"));
    find.addBindValue(workspace.trimmed());
    if (!find.exec() || !find.next()) {
        std::fprintf(stderr, "relaydesk-server: there is no workspace named \"%s\"\n", qPrintable(workspace));
        return 0;
    }
    return find.value(0).toLongLong();
}

} // namespace

int addAgent(const ServerConfig &config, const QString &email, const QString &workspace, const QString &name,
             const QString &role)
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

int agentAction(const ServerConfig &config, const QString &action, const QString &email)
{
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    Accounts accounts(db, config.tokenLifetimeMs);
    AccountError failure;
    const std::optional<qint64> agentId = accounts.agentByEmail(email, &failure);
    if (!agentId) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(failure.message));
        return 2;
    }
    bool done = false;
    const char *what = "";
    if (action == QLatin1String("disable-agent")) {
        done = accounts.setDisabled(*agentId, true);
        what = "disabled; every session ended";
    } else if (action == QLatin1String("enable-agent")) {
        done = accounts.setDisabled(*agentId, false);
        what = "enabled (sign in again)";
    } else if (action == QLatin1String("end-sessions")) {
        done = accounts.endSessions(*agentId);
        what = "signed out everywhere";
    } else if (action == QLatin1String("reset-password")) {
        QTextStream in(stdin);
        done = accounts.resetPassword(*agentId, in.readLine(), &failure);
        if (!done && !failure.message.isEmpty()) {
            std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(failure.message));
            return 2;
        }
        what = "has a new password; every session ended";
    }
    if (!done) {
        std::fprintf(stderr, "relaydesk-server: the database could not be changed\n");
        return 1;
    }
    std::printf("agent %s %s\n", qPrintable(email.trimmed()), what);
    return 0;
}

int setWebchatOrigins(const ServerConfig &config, const QString &workspace, const QString &origins)
{
    QStringList normalised;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &entry : origins.split(separators, Qt::SkipEmptyParts)) {
        const std::optional<QString> origin = WebChatApi::normaliseOrigin(entry);
        if (!origin) {
            std::fprintf(stderr,
                         "relaydesk-server: \"%s\" is not a web origin; write it as https://shop.example "
                         "(scheme, host and port only)\n",
                         qPrintable(entry));
            return 2;
        }
        if (!normalised.contains(*origin))
            normalised.append(*origin);
    }
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    WorkspaceData data(db);
    if (!data.setWebchatOrigins(workspaceId, normalised)) {
        std::fprintf(stderr, "relaydesk-server: the origins could not be saved\n");
        return 1;
    }
    if (normalised.isEmpty())
        std::printf("the web chat of %s now answers any website\n", qPrintable(workspace));
    else
        std::printf("the web chat of %s now answers %s only\n", qPrintable(workspace),
                    qPrintable(normalised.join(QLatin1Char(' '))));
    return 0;
}

int setLeadStages(const ServerConfig &config, const QString &workspace, const QString &stages)
{
    QStringList list;
    for (const QString &entry : stages.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString stage = entry.trimmed();
        if (stage.isEmpty())
            continue;
        if (stage.size() > 64 || stage.contains(QLatin1Char('\n'))) {
            std::fprintf(stderr, "relaydesk-server: the stage \"%s\" is too long; a stage has at most 64 characters\n",
                         qPrintable(stage.left(80)));
            return 2;
        }
        if (list.contains(stage, Qt::CaseInsensitive)) {
            std::fprintf(stderr, "relaydesk-server: the stage \"%s\" is named twice\n", qPrintable(stage));
            return 2;
        }
        list.append(stage);
    }
    if (list.size() > 30) {
        std::fprintf(stderr, "relaydesk-server: %d stages; a pipeline has at most 30\n", int(list.size()));
        return 2;
    }
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    WorkspaceData data(db);
    if (!data.setLeadStages(workspaceId, list)) {
        std::fprintf(stderr, "relaydesk-server: the stages could not be saved\n");
        return 1;
    }
    std::printf("the lead stages of %s are now: %s\n", qPrintable(workspace),
                qPrintable(data.leadStages(workspaceId).join(QStringLiteral(", "))));
    return 0;
}

int setLeadCurrency(const ServerConfig &config, const QString &workspace, const QString &code)
{
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    WorkspaceData data(db);
    if (!data.setLeadCurrency(workspaceId, code)) {
        std::fprintf(stderr, "relaydesk-server: the currency could not be saved\n");
        return 1;
    }
    if (code.isEmpty())
        std::printf("new deals of %s now start in each agent's own currency\n", qPrintable(workspace));
    else
        std::printf("new deals of %s now start in %s\n", qPrintable(workspace), qPrintable(code));
    return 0;
}

int setChannelSettings(const ServerConfig &config, const QString &workspace, const QString &file)
{
    QJsonObject document;
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "relaydesk-server: cannot read %s\n", qPrintable(file));
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument parsed = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
            std::fprintf(stderr, "relaydesk-server: %s is not a JSON object (%s at byte %d)\n", qPrintable(file),
                         qPrintable(parseError.errorString()), int(parseError.offset));
            return 2;
        }
        document = parsed.object();
    }
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    ChannelSettingsStore store(db, config.secretsKeyPath());
    if (!store.save(workspaceId, document, &error)) {
        std::fprintf(stderr, "relaydesk-server: %s: %s\n", qPrintable(file), qPrintable(error));
        return 2;
    }
    if (document.isEmpty()) {
        std::printf("%s has no channel or autopilot settings now\n", qPrintable(workspace));
        return 0;
    }
    const std::optional<ChannelSettings> s = ChannelSettings::fromJson(document, &error);
    std::printf(
        "channel settings of %s saved: WhatsApp %s, Messenger %s, %d rules, AI %s, %d templates, while away: %s\n"
        "webhooks: /v1/webhooks/whatsapp/%s and /v1/webhooks/messenger/%s\n",
        qPrintable(workspace), s->whatsappEnabled() ? "on" : "off", s->messengerEnabled() ? "on" : "off",
        int(s->rules.size()), s->aiEnabled() ? "on" : "off", int(s->templates.size()), qPrintable(s->whileAway),
        qPrintable(WorkspaceData(db).widgetKey(workspaceId)), qPrintable(WorkspaceData(db).widgetKey(workspaceId)));
    return 0;
}

int showChannelSettings(const ServerConfig &config, const QString &workspace)
{
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    ChannelSettingsStore store(db, config.secretsKeyPath());
    const QJsonObject document = store.document(workspaceId, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(ChannelSettingsStore::masked(document)).toJson().constData());
    return 0;
}

int setCannedResponses(const ServerConfig &config, const QString &workspace, const QString &file)
{
    // Read and checked before the database is opened: a mistake changes nothing.
    QVector<CannedResponse> responses;
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "relaydesk-server: cannot read %s\n", qPrintable(file));
            return 2;
        }
        constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
        if (in.size() > kMaxFileBytes) {
            std::fprintf(stderr, "relaydesk-server: %s is over 4 MiB; quick replies are shorter than that\n",
                         qPrintable(file));
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument parsed = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
            std::fprintf(stderr, "relaydesk-server: %s is not a JSON object (%s at byte %d)\n", qPrintable(file),
                         qPrintable(parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString()
                                        : QStringLiteral("expected {\"canned_responses\": [ … ]}")),
                         int(parseError.offset));
            return 2;
        }
        QString why;
        const std::optional<QVector<CannedResponse>> checked = cannedresponses::fromJson(parsed.object(), &why);
        if (!checked) {
            std::fprintf(stderr, "relaydesk-server: %s: %s; nothing was changed\n", qPrintable(file), qPrintable(why));
            return 2;
        }
        responses = *checked;
    }
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    if (!WorkspaceData(db).setCannedResponses(workspaceId, responses, &error)) {
        std::fprintf(stderr, "relaydesk-server: the quick replies could not be saved (%s); nothing was changed\n",
                     qPrintable(error));
        return 1;
    }
    QStringList shortcuts;
    for (const CannedResponse &r : std::as_const(responses))
        shortcuts.append(r.shortcut);
    if (responses.isEmpty())
        std::printf("%s has no quick replies now\n", qPrintable(workspace));
    else
        std::printf("%d quick replies saved for %s: %s\n", int(responses.size()), qPrintable(workspace),
                    qPrintable(shortcuts.join(QStringLiteral(", "))));
    return 0;
}

int showCannedResponses(const ServerConfig &config, const QString &workspace)
{
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 workspaceId = workspaceNamed(db, workspace);
    if (!workspaceId)
        return 2;
    std::printf(
        "%s",
        QJsonDocument(cannedresponses::toJson(WorkspaceData(db).cannedResponses(workspaceId))).toJson().constData());
    return 0;
}

} // namespace relaydesk::server
