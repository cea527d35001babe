#include "session.h"

#include "applog.h"
#include "base/postback.h"

#include "appearance/appearance.h"

#include "models/connectionstatus.h"
#include "net/apiclient.h"
#include "net/mediatransfers.h"
#include "net/streamlink.h"
#include "platform/historysecret.h"
#include "platform/keychain.h"
#include "store/reader.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/historybackfill.h"
#include "sync/mediafetcher.h"
#include "sync/outboxsender.h"
#include "sync/presencetracker.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QUuid>

namespace relaydesk::app {

namespace {
const auto kQuickRepliesKey = QStringLiteral("workspace/quick-replies");
const auto kTokenPurpose = QStringLiteral("session-token");
const auto kWorkspaceKey = QStringLiteral("session/workspace-name");
const auto kEmailKey = QStringLiteral("session/email");
} // namespace

Session::Session(Profile profile, store::Store *history, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_history(history)
    , m_server(server)
    , m_status(new models::ConnectionStatus(this))
{
    connect(m_status, &models::ConnectionStatus::changed, this, [this] { emit statusChanged(m_status->text()); });
    connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, m_status,
            &models::ConnectionStatus::retranslate);
    m_workspaceName = m_profile.settings()->value(kWorkspaceKey).toString();
    // The workspace's quick replies as last read: its own texts, no customer's data.
    const QJsonArray kept =
        QJsonDocument::fromJson(m_profile.settings()->value(kQuickRepliesKey).toByteArray()).array();
    for (const QJsonValue &reply : kept) {
        m_cannedResponses.append({reply[QStringLiteral("shortcut")].toString(),
                                  reply[QStringLiteral("title")].toString(), reply[QStringLiteral("text")].toString()});
    }
    watchStore();
}

Session::~Session()
{
    m_closing = true;
    tearDown();
}

void Session::resume(std::function<void(bool resumed)> done)
{
    const quint64 attempt = ++m_tokenAttempt;
    readToken([this, attempt, done = std::move(done)](const QString &token) {
        if (attempt != m_tokenAttempt)
            return; // a sign-in or sign-out came first: it decides
        m_token = token;
        if (m_token.isEmpty()) {
            updateStatus();
        } else {
            build();
            emit signedInChanged(true);
        }
        if (done)
            done(!m_token.isEmpty());
    });
}

void Session::signIn(const QUrl &server, const QString &email, const QString &password, Done done)
{
    ++m_tokenAttempt; // a resume still reading the stored token does not apply
    m_signInProblem = SignInProblem::None;
    tearDown();
    m_server = server;
    m_signingIn = true;
    // Whoever waits hears it after `done`, whichever way it went.
    Done answered = [this, done = std::move(done)](bool ok, const QString &why) {
        m_signingIn = false;
        QPointer<Session> guard(this);
        done(ok, why);
        if (guard)
            emit signInFinished(ok);
    };
    m_api = std::make_unique<net::ApiClient>(m_server);
    m_api->signIn(email, password,
                  [this, server, email, done = answered](std::optional<net::SignedIn> result,
                                                         const net::ApiError &error) {
                      if (!result) {
                          // Not reached (the network, the certificate) or not a Relaydesk server
                          // there: the address is what to check; otherwise the password.
                          m_signInProblem = error.httpStatus == 0 || error.httpStatus == 404
                                                ? SignInProblem::Server
                                                : SignInProblem::Credentials;
                          QString message = error.message;
                          if (error.code == QLatin1String("invalid_credentials"))
                              message = tr("The e-mail or password is not right.");
                          else if (error.httpStatus == 429)
                              message = tr("Too many attempts. Try again in %n seconds.", nullptr,
                                           std::max(1, error.retryAfterSeconds));
                          else if (error.httpStatus == 404)
                              message = tr("%1 answers, but it is not a Relaydesk server. Check the server address.")
                                            .arg(server.host());
                          done(false, message);
                          return;
                      }
                      // The rest runs after this reply's own finished signal has returned:
                      // build() replaces the client that owns the reply.
                      const net::SignedIn account = *result;
                      QTimer::singleShot(0, this,
                                         [this, server, email, done, account] { adopt(server, email, account, done); });
                  });
    updateStatus();
}

void Session::adopt(const QUrl &server, const QString &email, const net::SignedIn &account, const Done &done)
{
    // A history belongs to one workspace on one server: its seq and outbox
    // mean nothing elsewhere (and unsent messages must not go to another
    // workspace's conversations).
    if (m_history) {
        const auto home = m_history->reader().accountHome();
        if (home && (home->workspaceId != account.workspaceId || home->serverUrl != server.toString())) {
            auto *api = new net::ApiClient(server, this);
            api->setToken(account.token);
            api->signOut([api](std::optional<bool>, const net::ApiError &) { api->deleteLater(); });
            m_api.reset();
            m_signInProblem = SignInProblem::Server;
            done(false, tr("The history on this computer belongs to %1 on %2. To sign in to another workspace, "
                           "use File > Forget this device first.")
                            .arg(home->workspaceName, QUrl(home->serverUrl).host()));
            updateStatus();
            return;
        }
    }
    m_token = account.token;
    m_workspaceName = account.workspaceName;
    // Known now; the history's account record follows on the writer thread.
    m_signedInAgent = account.agentId;
    m_signedInRole = account.role;
    const auto settings = m_profile.settings();
    settings->setValue(kWorkspaceKey, m_workspaceName);
    settings->setValue(kEmailKey, email);
    keepToken(m_token);
    if (m_history) {
        const QString serverText = server.toString();
        QPointer<Session> guard(this);
        m_history->write([account, serverText, guard](store::StoreWriter &writer, store::ChangeSet &) {
            QString failure;
            if (writer.setAccount(account.agentId, account.agentName, account.email, account.role, account.workspaceId,
                                  account.workspaceName, serverText, &failure))
                return;
            qCWarning(lcApp) << "the account could not be kept in the history:" << failure;
            base::postBack(guard, [failure](Session *self) {
                emit self->historyProblem(
                    tr("This computer's history could not record who is signed in (%1). Your messages are "
                       "safe on the server; check that the disk has room, then sign out and in again.")
                        .arg(failure));
            });
        });
    }
    build();
    emit signedInChanged(true);
    done(true, {});
}

void Session::signOut()
{
    if (m_api && !m_token.isEmpty()) {
        // Fire and forget: the token is dropped here whether or not the
        // server hears about it; it expires there anyway.
        auto *api = m_api.release();
        api->setParent(this);
        api->signOut([api](std::optional<bool>, const net::ApiError &) { api->deleteLater(); });
    }
    ++m_tokenAttempt;
    m_signingIn = false; // a sign-in under way is dropped with its client
    tearDown();
    dropToken();
    m_token.clear();
    m_signedInAgent = 0;
    m_signedInRole.clear();
    emit signedInChanged(false);
    updateStatus();
}

void Session::setStore(store::Store *history)
{
    tearDown();
    m_history = history;
    watchStore();
    if (m_history && !m_token.isEmpty())
        build();
    updateStatus();
}

void Session::build()
{
    tearDown();
    if (!m_history || m_token.isEmpty())
        return;
    m_api = std::make_unique<net::ApiClient>(m_server);
    m_api->setToken(m_token);
    m_link = std::make_unique<net::StreamLink>(m_server, [this] { return m_engine ? m_engine->queuedSeq() : 0; });
    m_engine = std::make_unique<sync::SyncEngine>(*m_history, *m_api, *m_link);
    m_outbox = std::make_unique<sync::OutboxSender>(*m_history, *m_link);
    connect(m_outbox.get(), &sync::OutboxSender::notQueued, this, &Session::notQueued);
    m_backfill = std::make_unique<sync::HistoryBackfill>(*m_history, *m_api, *m_engine);
    m_presence = std::make_unique<sync::PresenceTracker>(*m_link, *m_api);
    if (m_cache) {
        m_transfers = std::make_unique<net::MediaTransfers>(m_server);
        m_transfers->setToken(m_token);
        m_fetcher = std::make_unique<sync::MediaFetcher>(*m_history, *m_cache, *m_transfers);
    }
    m_engine->start();
    updateStatus();
    emit servicesChanged();
    readDirectory();
    readWorkspace();
    connect(m_link.get(), &net::StreamLink::ackReceived, this, [this](const protocol::Ack &ack) {
        const auto done = m_pendingWorkspaceCommands.take(ack.clientId);
        if (!done)
            return;
        if (ack.ok)
            done(QString());
        else if (ack.errorCode == QLatin1String(protocol::errors::kForbidden))
            done(tr("Only an admin of the workspace can change this."));
        else if (ack.errorCode == QLatin1String(protocol::errors::kAiNotConfigured))
            done(tr("The workspace has no AI set up; choose the rules instead."));
        else
            done(ack.errorMessage.isEmpty() ? ack.errorCode : ack.errorMessage);
    });
    // A new link (reconnect, welcome) may follow changes made meanwhile.
    connect(m_link.get(), &net::StreamLink::welcomed, this, &Session::readWorkspace);
}

void Session::watchStore()
{
    disconnect(m_storeWatch);
    if (m_history)
        m_storeWatch = connect(m_history, &store::Store::changed, this, [this](const store::ChangeSet &changes) {
            if (changes.workspaceChanged)
                emit workspaceChanged();
        });
}

void Session::readWorkspace()
{
    // The settings as of now; a live `workspace.updated` with a later time wins in the store.
    QPointer<Session> guard(this);
    net::ApiClient *api = m_api.get();
    api->me([guard, api](std::optional<net::MeInfo> me, const net::ApiError &) {
        if (!guard || guard->m_api.get() != api || !me || !guard->m_history)
            return;
        const protocol::WorkspaceSettings settings = me->settings;
        guard->m_history->write([settings](store::StoreWriter &writer, store::ChangeSet &changes) {
            QString error;
            if (!writer.setWorkspaceSettings(settings, &changes, &error))
                qCWarning(lcApp) << "could not keep the workspace's settings:" << error;
        });
    });
}

protocol::WorkspaceSettings Session::workspaceSettings() const
{
    return m_history ? m_history->reader().workspaceSettings() : protocol::WorkspaceSettings{};
}

bool Session::isOnline() const
{
    return m_link && m_link->state() == net::StreamLink::State::Online;
}

bool Session::isAdmin() const
{
    if (m_token.isEmpty())
        return false;
    if (!m_signedInRole.isEmpty())
        return m_signedInRole == QLatin1String("admin");
    const auto home = m_history ? m_history->reader().accountHome() : std::nullopt;
    return home && home->role == QLatin1String("admin");
}

bool Session::setAwayAutopilot(protocol::Autopilot mode, std::function<void(const QString &)> done)
{
    if (!isOnline())
        return false;
    protocol::Command command;
    command.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.name = QString::fromLatin1(protocol::commands::kWorkspaceAutopilotAway);
    command.args.insert(QStringLiteral("mode"), protocol::toString(mode));
    if (!m_link->send(command))
        return false;
    m_pendingWorkspaceCommands.insert(command.clientId, std::move(done));
    return true;
}

void Session::keepCannedResponses(const QVector<net::CannedResponseInfo> &replies)
{
    m_cannedResponses = replies;
    QJsonArray kept;
    for (const net::CannedResponseInfo &reply : replies) {
        kept.append(QJsonObject{{QStringLiteral("shortcut"), reply.shortcut},
                                {QStringLiteral("title"), reply.title},
                                {QStringLiteral("text"), reply.text}});
    }
    m_profile.settings()->setValue(kQuickRepliesKey, QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

void Session::readDirectory()
{
    // Best effort: without them the lead panel offers New … Lost and "Agent N".
    QPointer<Session> guard(this);
    net::ApiClient *api = m_api.get();
    api->leadStages([guard, api](std::optional<net::LeadSettings> lead, const net::ApiError &) {
        if (!guard || guard->m_api.get() != api || !lead || lead->stages.isEmpty())
            return;
        guard->m_leadStages = lead->stages;
        guard->m_leadCurrency = lead->currency;
        emit guard->directoryChanged();
    });
    api->cannedResponses([guard, api](std::optional<QVector<net::CannedResponseInfo>> replies, const net::ApiError &) {
        // Not read (offline, an older server): the last ones stay.
        if (!guard || guard->m_api.get() != api || !replies)
            return;
        guard->keepCannedResponses(*replies);
        emit guard->directoryChanged();
    });
    api->agents([guard, api](std::optional<QVector<net::AgentInfo>> agents, const net::ApiError &) {
        if (!guard || guard->m_api.get() != api || !agents)
            return;
        guard->m_agentNames.clear();
        for (const net::AgentInfo &agent : *agents)
            guard->m_agentNames.insert(agent.id, agent.name);
        emit guard->directoryChanged();
    });
}

void Session::setMediaCache(store::MediaCache *cache)
{
    m_cache = cache;
    if (m_outbox)
        build();
}

bool Session::sendWithAttachments(qint64 conversationId, const QString &text,
                                  const QVector<protocol::Attachment> &attachments)
{
    if (!m_history || !m_outbox)
        return false;
    // The message is stored like sendText's (the outbox sender sends what the
    // outbox holds); the server decides its kind from the files.
    store::OutgoingMessage message;
    message.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.conversationId = conversationId;
    message.kind = protocol::MessageKind::Text;
    message.text = text;
    message.createdAt = QDateTime::currentMSecsSinceEpoch();
    message.attachments = attachments;
    QPointer<Session> guard(this);
    // Shown at once as what it carries: the wire says "text" (the server
    // decides the kind from the files, as docs/protocol.md says), the local
    // copy is filed like the server will file it, so the thread draws it.
    const QString type = attachments.isEmpty() ? QString() : attachments.constFirst().mimeType;
    const QString localKind = type.startsWith(QLatin1String("image/"))   ? QStringLiteral("image")
                              : type.startsWith(QLatin1String("audio/")) ? QStringLiteral("audio")
                              : type.startsWith(QLatin1String("video/")) ? QStringLiteral("video")
                                                                         : QStringLiteral("document");
    m_history->write([message, guard, localKind](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (const qint64 id = writer.queueMessage(message, &changes, &error)) {
            if (!message.attachments.isEmpty()) {
                store::Statement kind = writer.connection().prepare("UPDATE messages SET kind = ?1 WHERE id = ?2");
                kind.bind(1, localKind).bind(2, id);
                if (!kind.run()) // it shows as a plain reply until the server's copy arrives
                    qCWarning(lcApp) << "could not mark a reply's attachments:" << writer.connection().lastError();
            }
            return;
        }
        base::postBack(guard, [message, error](auto *self) {
            emit self->notQueued(message.conversationId, message.text, error);
        });
    });
    return true;
}

void Session::tearDown()
{
    m_status->follow(nullptr, nullptr, !m_token.isEmpty());
    const bool had = m_outbox != nullptr;
    m_fetcher.reset();
    m_transfers.reset();
    m_presence.reset();
    m_backfill.reset();
    m_outbox.reset();
    m_engine.reset();
    m_link.reset();
    m_api.reset();
    if (had && !m_closing)
        emit servicesChanged();
}

QString Session::statusText() const
{
    return m_status->text();
}

qint64 Session::agentId() const
{
    if (m_token.isEmpty())
        return 0;
    if (m_signedInAgent > 0)
        return m_signedInAgent;
    const auto home = m_history ? m_history->reader().accountHome() : std::nullopt;
    return home ? home->agentId : 0;
}

void Session::reconnectNow()
{
    if (m_link)
        m_link->reconnectNow();
}

bool Session::isReadingFirstHistory() const
{
    return m_engine && m_engine->phase() == sync::SyncEngine::Phase::Paging && m_history
           && m_history->reader().lastSeq() == 0;
}

void Session::updateStatus()
{
    m_status->setServerName(m_server.host().isEmpty() ? m_server.toDisplayString() : m_server.host());
    m_status->setWorkspaceName(m_workspaceName);
    m_status->follow(m_link.get(), m_engine.get(), !m_token.isEmpty());
    emit statusChanged(m_status->text());
}

void Session::readToken(std::function<void(const QString &token)> done)
{
    // Without a keychain (a passphrase profile) it is inside the encrypted history.
    auto fromHistory = [this, done] {
        if (!m_history) {
            done({});
            return;
        }
        QPointer<Session> guard(this);
        m_history->write([guard, done](store::StoreWriter &writer, store::ChangeSet &) {
            const QString token = QString::fromUtf8(writer.localSecret(kTokenPurpose));
            base::postBack(guard, [done, token](Session *) { done(token); });
        });
    };
    if (platform::HistorySecretSource(m_profile, {}).usesPassphrase()) {
        fromHistory();
        return;
    }
    platform::Keychain::read(Profile::keychainService(), m_profile.keychainKey(kTokenPurpose), this,
                             [done, fromHistory](const platform::Keychain::Result &result) {
                                 if (result.status == platform::Keychain::Status::Ok)
                                     done(QString::fromUtf8(result.secret));
                                 else
                                     fromHistory();
                             });
}

void Session::keepToken(const QString &token)
{
    // No keychain: inside the encrypted history, like the media cache's key.
    auto intoHistory = [this, secret = token.toUtf8()] {
        if (!m_history)
            return;
        m_history->write([secret](store::StoreWriter &writer, store::ChangeSet &) {
            QString failure;
            if (!writer.setLocalSecret(kTokenPurpose, secret, &failure))
                qCWarning(lcApp) << "the sign-in could not be kept in the history:" << failure;
        });
    };
    if (platform::HistorySecretSource(m_profile, {}).usesPassphrase()) {
        intoHistory();
        return;
    }
    platform::Keychain::write(Profile::keychainService(), m_profile.keychainKey(kTokenPurpose), token.toUtf8(), this,
                              [intoHistory](const platform::Keychain::Result &result) {
                                  if (result.status != platform::Keychain::Status::Ok)
                                      intoHistory();
                              });
}

void Session::dropToken()
{
    platform::Keychain::remove(Profile::keychainService(), m_profile.keychainKey(kTokenPurpose), nullptr, {});
    if (m_history) {
        m_history->write([](store::StoreWriter &writer, store::ChangeSet &) {
            if (!writer.connection().exec("DELETE FROM local_secrets WHERE name = 'session-token'"))
                qCWarning(lcApp) << "the sign-in could not be removed from the history";
        });
    }
}

} // namespace relaydesk::app
