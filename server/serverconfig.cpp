#include "serverconfig.h"

#include "demodata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace relaydesk::server {

namespace {

// One setting: its INI key, environment variable and command-line option.
struct Setting
{
    const char *key;
    const char *environment;
    QCommandLineOption option;
};

} // namespace

std::optional<QList<QPair<QHostAddress, int>>> parseAddressRanges(const QString &text, QString *error)
{
    QList<QPair<QHostAddress, int>> ranges;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        QPair<QHostAddress, int> range = QHostAddress::parseSubnet(entry);
        if (range.first.isNull() && !entry.contains(QLatin1Char('/'))) {
            const QHostAddress single(entry);
            if (!single.isNull())
                range = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (range.first.isNull()) {
            *error = QStringLiteral("\"%1\" is not an IP address or CIDR range (such as 10.0.0.0/8)").arg(entry);
            return std::nullopt;
        }
        ranges.append(range);
    }
    return ranges;
}

std::optional<Invocation> parseInvocation(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Relaydesk backend: relays customer conversations to agents' desktops.\n"
                       "Settings come from --config FILE (INI), then RELAYDESK_* environment variables, "
                       "then these options."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Read settings from <file> (INI; env RELAYDESK_CONFIG)."),
                                    QStringLiteral("file"));
    Setting listen{"listen", "RELAYDESK_LISTEN",
                   QCommandLineOption(QStringLiteral("listen"),
                                      QStringLiteral("Listen on <address> (default 127.0.0.1)."),
                                      QStringLiteral("address"))};
    Setting port{"port", "RELAYDESK_PORT",
                 QCommandLineOption(QStringLiteral("port"),
                                    QStringLiteral("Listen on <port> (default 8480; 0 picks a free one)."),
                                    QStringLiteral("port"))};
    Setting dataDir{"data_dir", "RELAYDESK_DATA_DIR",
                    QCommandLineOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Keep the database and media in <folder>."),
                                       QStringLiteral("folder"))};
    Setting tokenLifetime{"token_lifetime", "RELAYDESK_TOKEN_LIFETIME",
                          QCommandLineOption(QStringLiteral("token-lifetime"),
                                             QStringLiteral("Sign-ins expire after <seconds> (default 30 days)."),
                                             QStringLiteral("seconds"))};
    Setting certificate{"tls_certificate", "RELAYDESK_TLS_CERTIFICATE",
                        QCommandLineOption(QStringLiteral("tls-certificate"),
                                           QStringLiteral("Serve HTTPS and WSS with this PEM certificate <file>."),
                                           QStringLiteral("file"))};
    Setting key{"tls_key", "RELAYDESK_TLS_KEY",
                QCommandLineOption(QStringLiteral("tls-key"),
                                   QStringLiteral("The certificate's PEM private key <file>."),
                                   QStringLiteral("file"))};
    Setting trustedProxies{"trusted_proxies", "RELAYDESK_TRUSTED_PROXIES",
                           QCommandLineOption(QStringLiteral("trusted-proxies"),
                                              QStringLiteral(
                                                  "Believe X-Forwarded-For only from these <addresses> or CIDR "
                                                  "ranges (comma-separated; default none)."),
                                              QStringLiteral("addresses"))};
    Setting visitorsPerMinute{"webchat_visitors_per_minute", "RELAYDESK_WEBCHAT_VISITORS_PER_MINUTE",
                              QCommandLineOption(QStringLiteral("webchat-visitors-per-minute"),
                                                 QStringLiteral("New web chat visitors per client address and minute "
                                                                "(default 10; 0: no limit)."),
                                                 QStringLiteral("n"))};
    Setting messagesPerMinute{
        "webchat_messages_per_minute", "RELAYDESK_WEBCHAT_MESSAGES_PER_MINUTE",
        QCommandLineOption(QStringLiteral("webchat-messages-per-minute"),
                           QStringLiteral("Web chat messages per visitor and minute (default 30; 0: no limit)."),
                           QStringLiteral("n"))};
    Setting addressMessagesPerMinute{"webchat_address_messages_per_minute",
                                     "RELAYDESK_WEBCHAT_ADDRESS_MESSAGES_PER_MINUTE",
                                     QCommandLineOption(QStringLiteral("webchat-address-messages-per-minute"),
                                                        QStringLiteral(
                                                            "Web chat messages per client address and minute "
                                                            "(default 300; 0: no limit)."),
                                                        QStringLiteral("n"))};
    Setting tokenRequests{"token_requests_per_minute", "RELAYDESK_TOKEN_REQUESTS_PER_MINUTE",
                          QCommandLineOption(QStringLiteral("token-requests-per-minute"),
                                             QStringLiteral("REST requests per sign-in and minute, ten seconds' "
                                                            "worth at once (default 3000; 0: no limit)."),
                                             QStringLiteral("n"))};
    Setting tokenCommands{"token_commands_per_minute", "RELAYDESK_TOKEN_COMMANDS_PER_MINUTE",
                          QCommandLineOption(QStringLiteral("token-commands-per-minute"),
                                             QStringLiteral("Stream commands per sign-in and minute, ten seconds' "
                                                            "worth at once (default 1800; 0: no limit)."),
                                             QStringLiteral("n"))};
    Setting secretsKey{"secrets_key_file", "RELAYDESK_SECRETS_KEY_FILE",
                       QCommandLineOption(QStringLiteral("secrets-key-file"),
                                          QStringLiteral("Seal channel tokens with the key in <file> (made if missing; "
                                                         "default channel-secrets.key in the data folder)."),
                                          QStringLiteral("file"))};
    QCommandLineOption presenceTtl(QStringLiteral("test-presence-ttl"),
                                   QStringLiteral(
                                       "Tests only: viewing and typing presence last <viewing_ms,typing_ms>."),
                                   QStringLiteral("ms,ms"));
    presenceTtl.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption origins(
        QStringLiteral("webchat-origins"),
        QStringLiteral("With --workspace: allow the web chat from these <origins> only "
                       "(space-separated, e.g. \"https://shop.example\"; \"\" allows any), then exit."),
        QStringLiteral("origins"));
    const QCommandLineOption leadStages(QStringLiteral("lead-stages"),
                                        QStringLiteral(
                                            "With --workspace: the lead pipeline, comma-separated <stages> in "
                                            "order (\"\" brings back new,contacted,qualified,proposal,won,lost), "
                                            "then exit."),
                                        QStringLiteral("stages"));
    const QCommandLineOption leadCurrency(
        QStringLiteral("lead-currency"),
        QStringLiteral("With --workspace: the currency new deals start in, an ISO 4217 <code> such as IDR "
                       "(\"\" leaves it to each agent's locale), then exit."),
        QStringLiteral("code"));
    const QCommandLineOption channelSettings(
        QStringLiteral("channel-settings"),
        QStringLiteral("With --workspace: set its WhatsApp, Messenger, autopilot and templates from the JSON <file> "
                       "(docs/channels.md; \"\" removes them), then exit."),
        QStringLiteral("file"));
    const QCommandLineOption showChannelSettings(
        QStringLiteral("show-channel-settings"),
        QStringLiteral("With --workspace: print its channel settings, secrets masked, then exit."));
    const QCommandLineOption cannedResponses(
        QStringLiteral("canned-responses"),
        QStringLiteral("With --workspace: set its quick replies from the JSON <file> {\"canned_responses\": "
                       "[{\"shortcut\", \"title\", \"text\"}, …]} (\"\" removes them), then exit."),
        QStringLiteral("file"));
    const QCommandLineOption showCannedResponses(QStringLiteral("show-canned-responses"),
                                                 QStringLiteral(
                                                     "With --workspace: print its quick replies as JSON, then exit."));
    const QCommandLineOption plaintext(
        QStringLiteral("plaintext-off-loopback"),
        QStringLiteral("Allow listening without TLS on an address other than this computer's, for a TLS proxy "
                       "on another machine. Never expose such a port to the internet."));
    const QCommandLineOption addAgent(
        QStringLiteral("add-agent"),
        QStringLiteral("Create an agent with <email> (password read from standard input), then exit."),
        QStringLiteral("email"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("With --add-agent: the workspace <name> (created if new)."),
                                       QStringLiteral("name"));
    const QCommandLineOption agentName(QStringLiteral("name"),
                                       QStringLiteral("With --add-agent: the agent's display <name>."),
                                       QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("With --add-agent: agent or admin (default agent)."),
                                  QStringLiteral("role"), QStringLiteral("agent"));
    // The admin's tools for one agent; each ends the agent's live streams on a running server.
    const QList<QCommandLineOption> agentActions{
        QCommandLineOption(QStringLiteral("disable-agent"),
                           QStringLiteral(
                               "Disable the agent with <email> (no sign-in; every session ends), then exit."),
                           QStringLiteral("email")),
        QCommandLineOption(QStringLiteral("enable-agent"),
                           QStringLiteral("Let the disabled agent with <email> sign in again, then exit."),
                           QStringLiteral("email")),
        QCommandLineOption(QStringLiteral("reset-password"),
                           QStringLiteral("Set a new password (read from standard input) for the agent with <email>; "
                                          "every session ends. Then exit."),
                           QStringLiteral("email")),
        QCommandLineOption(QStringLiteral("end-sessions"),
                           QStringLiteral("Sign the agent with <email> out everywhere, then exit."),
                           QStringLiteral("email")),
    };
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Fill an empty server with a demo workspace, whose WhatsApp and "
                                                 "Messenger it then plays itself (sign in as %1 / %2).")
                                      .arg(QLatin1String(kDemoAgentEmail), QLatin1String(kDemoAgentPassword)));
    Setting *settings[] = {
        &listen,     &port,           &dataDir,           &tokenLifetime,     &certificate,
        &key,        &trustedProxies, &visitorsPerMinute, &messagesPerMinute, &addressMessagesPerMinute,
        &secretsKey, &tokenRequests,  &tokenCommands};
    parser.addOption(config);
    for (Setting *setting : settings)
        parser.addOption(setting->option);
    parser.addOptions({plaintext, addAgent, workspace, agentName, role, demo, presenceTtl, origins, leadStages,
                       leadCurrency, channelSettings, showChannelSettings, cannedResponses, showCannedResponses});
    parser.addOptions(agentActions);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    // File, then environment, then command line.
    QString configPath = parser.isSet(config) ? parser.value(config) : qEnvironmentVariable("RELAYDESK_CONFIG");
    std::optional<QSettings> file;
    if (!configPath.isEmpty()) {
        if (!QFileInfo(configPath).isReadable()) {
            *error = QStringLiteral("cannot read the configuration file %1").arg(configPath);
            return std::nullopt;
        }
        file.emplace(configPath, QSettings::IniFormat);
    }
    auto value = [&](const Setting &setting, const QString &fallback) {
        if (parser.isSet(setting.option))
            return parser.value(setting.option);
        const QString fromEnvironment = qEnvironmentVariable(setting.environment);
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        if (file && file->contains(QLatin1String(setting.key)))
            return file->value(QLatin1String(setting.key)).toString();
        return fallback;
    };

    Invocation invocation;
    ServerConfig &c = invocation.config;
    const QString address = value(listen, QStringLiteral("127.0.0.1"));
    if (!c.address.setAddress(address)) {
        *error = QStringLiteral("\"%1\" is not an IP address to listen on").arg(address);
        return std::nullopt;
    }
    bool ok = false;
    const uint portNumber = value(port, QStringLiteral("8480")).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *error = QStringLiteral("\"%1\" is not a port number (0-65535)").arg(value(port, {}));
        return std::nullopt;
    }
    c.port = quint16(portNumber);
    c.dataDirectory = value(dataDir, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!QDir().mkpath(c.dataDirectory)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(c.dataDirectory);
        return std::nullopt;
    }
    const qint64 lifetime = value(tokenLifetime, QStringLiteral("2592000")).toLongLong(&ok);
    if (!ok || lifetime < 0) {
        *error =
            QStringLiteral("\"%1\" is not a number of seconds for the token lifetime").arg(value(tokenLifetime, {}));
        return std::nullopt;
    }
    c.tokenLifetimeMs = lifetime * 1000;
    c.secretsKeyFile = value(secretsKey, {});
    if (file) {
        // [channels]
        // Shop = /etc/relaydesk/shop-channels.json
        file->beginGroup(QStringLiteral("channels"));
        for (const QString &workspaceName : file->childKeys()) {
            const QString path = file->value(workspaceName).toString();
            if (path.isEmpty()) {
                *error = QStringLiteral("[channels] %1: give the path of its settings file").arg(workspaceName);
                return std::nullopt;
            }
            c.channelSettingsFiles.append(
                {workspaceName, QDir(QFileInfo(configPath).absolutePath()).absoluteFilePath(path)});
        }
        file->endGroup();
    }
    c.tlsCertificate = value(certificate, {});
    c.tlsKey = value(key, {});
    if (c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty()) {
        *error = QStringLiteral("TLS needs both a certificate and its key (--tls-certificate and --tls-key)");
        return std::nullopt;
    }
    c.plaintextOffLoopback = parser.isSet(plaintext);
    if (!c.address.isLoopback() && !c.usesTls() && !c.plaintextOffLoopback) {
        *error = QStringLiteral("listening on %1 without TLS would send passwords and messages in the clear. "
                                "Give --tls-certificate and --tls-key, or listen on 127.0.0.1 behind a TLS proxy.")
                     .arg(address);
        return std::nullopt;
    }

    const std::optional<QList<QPair<QHostAddress, int>>> proxies = parseAddressRanges(value(trustedProxies, {}), error);
    if (!proxies) {
        *error = QStringLiteral("trusted_proxies: %1").arg(*error);
        return std::nullopt;
    }
    c.trustedProxies = *proxies;
    const std::pair<Setting *, int *> limits[] = {{&visitorsPerMinute, &c.webchatVisitorsPerMinute},
                                                  {&messagesPerMinute, &c.webchatMessagesPerMinute},
                                                  {&addressMessagesPerMinute, &c.webchatAddressMessagesPerMinute},
                                                  {&tokenRequests, &c.tokenRequestsPerMinute},
                                                  {&tokenCommands, &c.tokenCommandsPerMinute}};
    for (const auto &[setting, target] : limits) {
        const QString text = value(*setting, QString::number(*target));
        const int limit = text.toInt(&ok);
        if (!ok || limit < 0) {
            *error = QStringLiteral("%1: \"%2\" is not a number of requests (0 or more)")
                         .arg(QLatin1String(setting->key), text);
            return std::nullopt;
        }
        *target = limit;
    }
    if (parser.isSet(presenceTtl)) {
        const QStringList parts = parser.value(presenceTtl).split(QLatin1Char(','));
        bool viewingOk = false, typingOk = false;
        c.viewingTtlMs = parts.value(0).toInt(&viewingOk);
        c.typingTtlMs = parts.value(1).toInt(&typingOk);
        if (parts.size() != 2 || !viewingOk || !typingOk || c.viewingTtlMs < 1 || c.typingTtlMs < 1) {
            *error = QStringLiteral("--test-presence-ttl takes two positive numbers of milliseconds: viewing,typing");
            return std::nullopt;
        }
    }

    invocation.addAgentEmail = parser.value(addAgent);
    invocation.workspace = parser.value(workspace);
    invocation.agentName = parser.value(agentName);
    invocation.role = parser.value(role);
    invocation.demo = parser.isSet(demo);
    if (parser.isSet(leadStages)) {
        invocation.leadStages = parser.value(leadStages);
        if (invocation.workspace.isEmpty()) {
            *error = QStringLiteral("--lead-stages needs --workspace");
            return std::nullopt;
        }
    }
    if (parser.isSet(leadCurrency)) {
        invocation.leadCurrency = parser.value(leadCurrency).trimmed().toUpper();
        if (invocation.workspace.isEmpty()) {
            *error = QStringLiteral("--lead-currency needs --workspace");
            return std::nullopt;
        }
        const QString &code = *invocation.leadCurrency;
        if (!code.isEmpty() && (code.size() != 3 || !std::all_of(code.cbegin(), code.cend(), [](QChar letter) {
                                    return letter >= QLatin1Char('A') && letter <= QLatin1Char('Z');
                                }))) {
            *error = QStringLiteral("--lead-currency takes a three-letter ISO 4217 code such as IDR or EUR");
            return std::nullopt;
        }
    }
    if (parser.isSet(origins)) {
        invocation.webchatOrigins = parser.value(origins);
        if (invocation.workspace.isEmpty()) {
            *error = QStringLiteral("--webchat-origins needs --workspace");
            return std::nullopt;
        }
    }
    if (parser.isSet(channelSettings))
        invocation.channelSettingsFile = parser.value(channelSettings);
    invocation.showChannelSettings = parser.isSet(showChannelSettings);
    if ((invocation.channelSettingsFile || invocation.showChannelSettings) && invocation.workspace.isEmpty()) {
        *error = QStringLiteral("--channel-settings and --show-channel-settings need --workspace");
        return std::nullopt;
    }
    if (parser.isSet(cannedResponses))
        invocation.cannedResponsesFile = parser.value(cannedResponses);
    invocation.showCannedResponses = parser.isSet(showCannedResponses);
    if ((invocation.cannedResponsesFile || invocation.showCannedResponses) && invocation.workspace.isEmpty()) {
        *error = QStringLiteral("--canned-responses and --show-canned-responses need --workspace");
        return std::nullopt;
    }
    for (const QCommandLineOption &action : agentActions) {
        if (!parser.isSet(action))
            continue;
        if (!invocation.agentAction.isEmpty()) {
            *error = QStringLiteral(
                "one of --disable-agent, --enable-agent, --reset-password, --end-sessions at a time");
            return std::nullopt;
        }
        invocation.agentAction = action.names().constFirst();
        invocation.agentEmail = parser.value(action);
    }
    if (!invocation.addAgentEmail.isEmpty() && invocation.workspace.isEmpty()) {
        *error = QStringLiteral("--add-agent needs --workspace");
        return std::nullopt;
    }
    return invocation;
}

} // namespace relaydesk::server
