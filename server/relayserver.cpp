#include "relayserver.h"

#include "accounts.h"
#include "autopilot.h"
#include "channeloutbox.h"
#include "channelsettings.h"
#include "clientaddress.h"
#include "demochannel.h"
#include "externalchanges.h"
#include "graphclient.h"
#include "httpapi.h"
#include "httpcompat.h"
#include "httpguard.h"
#include "inboundmedia.h"
#include "log.h"
#include "mediaapi.h"
#include "mediastore.h"
#include "profilelookup.h"
#include "serverdb.h"
#include "snoozewaker.h"
#include "streamhub.h"
#include "suggestionapi.h"
#include "webchatapi.h"
#include "webhookapi.h"
#include "workspaceapi.h"
#include "workspacedata.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

namespace relaydesk::server {

namespace {

bool loadTls(const ServerConfig &config, QSslConfiguration *configuration, QString *error)
{
    QFile certificateFile(config.tlsCertificate);
    QFile keyFile(config.tlsKey);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the TLS certificate %1 or key %2").arg(config.tlsCertificate, config.tlsKey);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificateFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("%1 is not a PEM certificate, or %2 not its PEM private key")
                     .arg(config.tlsCertificate, config.tlsKey);
        return false;
    }
    configuration->setLocalCertificateChain(chain);
    configuration->setPrivateKey(key);
    configuration->setProtocol(QSsl::TlsV1_2OrLater);
    return true;
}

} // namespace

RelayServer::RelayServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

RelayServer::~RelayServer() = default;

bool RelayServer::start(QString *error)
{
    m_db = std::make_unique<ServerDb>();
    if (!m_db->open(m_config.databasePath(), error))
        return false;
    m_addresses = std::make_unique<ClientAddresses>(m_config.trustedProxies);
    m_accounts = std::make_unique<Accounts>(*m_db, m_config.tokenLifetimeMs);
    m_api = std::make_unique<HttpApi>(*m_accounts, *m_addresses);
    m_api->addRoutes(m_http);
    m_data = std::make_unique<WorkspaceData>(*m_db);
    m_media = std::make_unique<MediaStore>(*m_db, m_config.dataDirectory + QStringLiteral("/media"));
    m_hub = std::make_unique<StreamHub>(*m_accounts, *m_data, *m_media,
                                        PresenceLifetimes{m_config.viewingTtlMs, m_config.typingTtlMs});
    // An address the server does not have: the documented JSON error, not an empty 404.
    const auto unknownAddress = [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        DeferredResponder(std::move(responder))
            .send(HttpApi::error(QStringLiteral("not_found"), QStringLiteral("There is no such address here."),
                                 QHttpServerResponse::StatusCode::NotFound));
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http.setMissingHandler(this, unknownAddress);
#else
    m_http.setMissingHandler(unknownAddress);
#endif
    m_hub->attach(m_http);
    m_hub->setCommandLimit(m_config.tokenCommandsPerMinute);
    m_accounts->setRequestLimit(m_config.tokenRequestsPerMinute);
    // The admin command line ends sessions from another process.
    m_externalChanges = std::make_unique<ExternalChanges>(*m_db);
    connect(m_externalChanges.get(), &ExternalChanges::changed, m_hub.get(), [this] { m_hub->recheckSessions(); });
    m_workspaceApi = std::make_unique<WorkspaceApi>(*m_accounts, *m_data);
    m_workspaceApi->addRoutes(m_http);
    m_webChatApi = std::make_unique<WebChatApi>(*m_data, *m_hub, m_config, *m_addresses);
    m_webChatApi->addRoutes(m_http);
    m_mediaApi = std::make_unique<MediaApi>(*m_accounts, *m_media);
    m_mediaApi->addRoutes(m_http);
    // Channels and the autopilot.
    m_channelSettings = std::make_unique<ChannelSettingsStore>(*m_db, m_config.secretsKeyPath());
    m_data->setChannelSettings(m_channelSettings.get());
    m_api->setChannelSettings(m_channelSettings.get());
    if (!applyChannelSettingsFiles(error))
        return false;
    m_graph = std::make_unique<GraphClient>();
    m_outbox = std::make_unique<ChannelOutbox>(*m_data, *m_media, *m_channelSettings, *m_hub, *m_graph);
    m_inboundMedia = std::make_unique<InboundMedia>(*m_data, *m_media, *m_channelSettings, *m_hub, *m_graph);
    m_autopilot = std::make_unique<AutopilotEngine>(*m_data, *m_channelSettings, *m_hub, *m_graph);
    m_profiles = std::make_unique<ProfileLookup>(*m_data, *m_channelSettings, *m_hub, *m_graph);
    m_webhookApi = std::make_unique<WebhookApi>(*m_accounts, *m_data, *m_channelSettings, *m_hub, *m_inboundMedia);
    m_webhookApi->addRoutes(m_http);
    m_suggestionApi = std::make_unique<SuggestionApi>(*m_accounts, *m_data, *m_channelSettings, *m_graph);
    m_suggestionApi->addRoutes(m_http);
    if (m_demoWorkspace) {
        m_demoChannel = std::make_unique<DemoChannel>(*m_data, *m_channelSettings, *m_webhookApi, m_demoWorkspace);
        if (!m_demoChannel->start(error))
            return false;
    }
    m_outbox->resume();
    m_inboundMedia->resume();
    // After the autopilot and the outbox: they act on the wakes it publishes.
    m_snoozes = std::make_unique<SnoozeWaker>(*m_data, *m_hub);
    m_snoozes->start();

    if (m_config.usesTls()) {
        auto *tls = new GuardedServer<QSslServer>(m_mediaApi.get(), this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!loadTls(m_config, &configuration, error))
            return false;
        tls->setSslConfiguration(configuration);
        m_tcp = tls;
    } else {
        m_tcp = new GuardedServer<QTcpServer>(m_mediaApi.get(), this);
    }
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_tcp->errorString());
        return false;
    }
    m_http.bind(m_tcp);
    qCInfo(lcServer) << "listening on" << m_config.address.toString() << port();
    return true;
}

bool RelayServer::applyChannelSettingsFiles(QString *error)
{
    for (const auto &[workspaceName, path] : std::as_const(m_config.channelSettingsFiles)) {
        QSqlQuery find(m_db->db());
        find.prepare(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"));
        find.addBindValue(workspaceName.trimmed());
        if (!find.exec() || !find.next()) {
            *error = QStringLiteral("[channels]: there is no workspace named \"%1\"").arg(workspaceName);
            return false;
        }
        const qint64 workspaceId = find.value(0).toLongLong();
        QFile file(path);
        QJsonParseError parseError;
        const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                           ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                           : QJsonDocument();
        if (!document.isObject()) {
            *error = QStringLiteral("[channels] %1: %2 is not readable as a JSON object").arg(workspaceName, path);
            return false;
        }
        QString why;
        if (!m_channelSettings->save(workspaceId, document.object(), &why)) {
            *error = QStringLiteral("[channels] %1: %2: %3").arg(workspaceName, path, why);
            return false;
        }
        qCInfo(lcServer) << "channel settings of workspace" << workspaceId << "read from the configuration";
    }
    return true;
}

quint16 RelayServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

} // namespace relaydesk::server
