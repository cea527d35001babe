#pragma once

#include "net/apiclient.h"
#include "platform/profile.h"
#include "protocol/types.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTimer;

namespace relaydesk::store {
class MediaCache;
class Store;
} // namespace relaydesk::store
namespace relaydesk::net {
class ApiClient;
class MediaTransfers;
class StreamLink;
struct SignedIn;
} // namespace relaydesk::net
namespace relaydesk::models {
class ConnectionStatus;
}
namespace relaydesk::sync {
class HistoryBackfill;
class PresenceTracker;
class MediaFetcher;
class OutboxSender;
class SyncEngine;
} // namespace relaydesk::sync

namespace relaydesk::app {

// The signed-in session: the REST client, the stream link, the sync engine
// and the outbox for one profile's history, and the token that opens them.
// The token is kept in the OS keychain; on a profile without one (protected
// by a passphrase) it is kept inside the encrypted history instead. It is
// never written to settings or logs.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(Profile profile, store::Store *history, const QUrl &server, QObject *parent = nullptr);
    ~Session() override;

    // Reads the stored token without waiting and starts syncing with it;
    // `done` then says whether there was one. A sign-in or sign-out made
    // meanwhile wins, and `done` is not called.
    void resume(std::function<void(bool resumed)> done = {});
    using Done = std::function<void(bool ok, const QString &error)>;
    void signIn(const QUrl &server, const QString &email, const QString &password, Done done);
    // What the last failed sign-in was about, so the sign-in dialog can put
    // the cursor where the fix is: the password, or the server's address.
    enum class SignInProblem { None, Credentials, Server };
    SignInProblem lastSignInProblem() const { return m_signInProblem; }
    // A sign-in was asked for and has not answered yet.
    bool isSigningIn() const { return m_signingIn; }
    // Revokes the token on the server (when reachable) and forgets it here.
    void signOut();

    // The history closes (nullptr) or opens again (a passphrase change).
    void setStore(store::Store *history);
    // The encrypted media cache attachments are downloaded into (set before resume()).
    void setMediaCache(store::MediaCache *cache);

    bool isSignedIn() const { return !m_token.isEmpty(); }
    // A first sync is reading the workspace's conversations into an
    // empty history.
    bool isReadingFirstHistory() const;
    QUrl server() const { return m_server; }
    QString statusText() const;
    const models::ConnectionStatus *status() const { return m_status; }
    // The signed-in agent (0: none), from the history's account record.
    qint64 agentId() const;
    // Tries the link now instead of waiting for the next retry.
    void reconnectNow();
    sync::OutboxSender *outbox() const { return m_outbox.get(); }
    // Uploads and downloads with this session's token (null when signed out
    // or without a media cache), and what brings attachments into the cache.
    net::MediaTransfers *mediaTransfers() const { return m_transfers.get(); }
    sync::MediaFetcher *mediaFetcher() const { return m_fetcher.get(); }
    // Who else is in a conversation, and this agent's own presence (null when signed out).
    sync::PresenceTracker *presence() const { return m_presence.get(); }
    // The REST client of this sign-in (null when signed out).
    net::ApiClient *api() const { return m_api.get(); }
    // The workspace's lead pipeline and agents' names, read after each sign-in
    // or start (empty until then; `directoryChanged` says when they came).
    QStringList leadStages() const { return m_leadStages; }
    // The workspace's deal currency (empty: none set).
    QString leadCurrency() const { return m_leadCurrency; }
    QHash<qint64, QString> agentNames() const { return m_agentNames; }
    // The workspace's quick replies: the last ones read (kept in the
    // profile's settings, so they work offline and before the first read).
    QVector<net::CannedResponseInfo> cannedResponses() const { return m_cannedResponses; }
    store::MediaCache *mediaCache() const { return m_cache; }
    // The workspace's own settings as the history holds them (from
    // `workspace.updated` events and GET /v1/me; `workspaceChanged` says when
    // they change), and whether this agent may change them.
    protocol::WorkspaceSettings workspaceSettings() const;
    bool isAdmin() const;
    // The link is up: commands that need an answer now can go.
    bool isOnline() const;
    // Admins: the autopilot's mode while no agent of the workspace is
    // connected. Sent at once over the link (false when it is down); `done`
    // gets an empty string or what went wrong, in words.
    bool setAwayAutopilot(protocol::Autopilot mode, std::function<void(const QString &problem)> done);

    // Queues a reply carrying uploaded files (shown at once, sent when the
    // link is up). False when there is no history to keep it in.
    bool sendWithAttachments(qint64 conversationId, const QString &text,
                             const QVector<protocol::Attachment> &attachments);

signals:
    void statusChanged(const QString &text);
    void signedInChanged(bool signedIn);
    // A sign-in answered, well or not (after its `done`).
    void signInFinished(bool ok);
    // A reply could not be stored here; its text must go back to the agent.
    void notQueued(qint64 conversationId, const QString &text, const QString &reason);
    // Something could not be written to the history; in words, for the agent.
    void historyProblem(const QString &message);
    // The per-sign-in objects (outbox, media transfers, fetcher) were made or dropped.
    void servicesChanged();
    void directoryChanged();
    void workspaceChanged();

private:
    void adopt(const QUrl &server, const QString &email, const net::SignedIn &account, const Done &done);
    void build();
    void tearDown();
    void updateStatus();
    void readToken(std::function<void(const QString &token)> done);
    void keepToken(const QString &token);
    void dropToken();

    Profile m_profile;
    store::Store *m_history;
    QUrl m_server;
    QString m_token; // never logged
    QString m_workspaceName;
    qint64 m_signedInAgent = 0; // from this run's sign-in (0: read the history's account)
    QString m_signedInRole;
    std::unique_ptr<net::ApiClient> m_api;
    std::unique_ptr<net::StreamLink> m_link;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::OutboxSender> m_outbox;
    std::unique_ptr<sync::HistoryBackfill> m_backfill;
    std::unique_ptr<sync::PresenceTracker> m_presence;
    QStringList m_leadStages;
    QString m_leadCurrency;
    QHash<qint64, QString> m_agentNames;
    QVector<net::CannedResponseInfo> m_cannedResponses;
    void keepCannedResponses(const QVector<net::CannedResponseInfo> &replies);
    void readDirectory();
    void readWorkspace();
    void watchStore();
    QMetaObject::Connection m_storeWatch;
    QHash<QString, std::function<void(const QString &)>> m_pendingWorkspaceCommands;
    store::MediaCache *m_cache = nullptr;
    std::unique_ptr<net::MediaTransfers> m_transfers;
    std::unique_ptr<sync::MediaFetcher> m_fetcher;
    bool m_closing = false;
    SignInProblem m_signInProblem = SignInProblem::None;
    bool m_signingIn = false;
    quint64 m_tokenAttempt = 0; // a resume's answer applies only if no sign-in or sign-out came since
    models::ConnectionStatus *m_status;
};

} // namespace relaydesk::app
