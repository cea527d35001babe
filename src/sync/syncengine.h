#pragma once

// Keeps the local history in step with the server (DESIGN.md invariants 1
// and 3). A history that never synced, or one the server cannot replay to,
// is filled by pages: conversations first (the list is usable at once), then
// the newest messages (on a first sync one page of the whole workspace's
// history, sync/historybulk.h; on a re-sync each conversation's newest page);
// then the stream resumes from the seq the first page gave. Every batch of stream events is applied in one store
// transaction together with its seq; a gap or a refused batch means a re-sync
// by pages, never a silent loss.

#include "net/apiclient.h"
#include "net/backoff.h"
#include "protocol/frames.h"
#include "sync/historybulk.h"

#include <QObject>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>

class QTimer;

namespace relaydesk::store {
class Store;
}
namespace relaydesk::net {
class StreamLink;
}

namespace relaydesk::sync {

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Paging, Streaming };
    Q_ENUM(Phase)

    // How many of each conversation's newest messages a page sync fetches.
    static constexpr int kMessagesPerConversation = 50;
    // A re-sync reads further back, in larger pages, until it meets what the
    // store already holds: a gap in the log loses no message.
    static constexpr int kResyncMessagesPerPage = 200;
    static constexpr int kConversationsPerPage = 200;
    static constexpr int kParallelRequests = 4;
    // Events waiting for the store past which the link pauses (memory stays
    // flat however far behind the client is), and below which it resumes.
    static constexpr int kPauseAbove = 12000;
    static constexpr int kResumeBelow = 4000;
    // Tests lower them to see the pause without 30,000 events.
    void setPauseThresholds(int pauseAbove, int resumeBelow)
    {
        m_pauseAbove = pauseAbove;
        m_resumeBelow = resumeBelow;
    }
    // Messages in the first sync's page of the whole history (tests make it
    // smaller to see several pages without thousands of messages).
    void setHistoryPageSize(int size) { m_historyPageSize = size; }
    // How many times the link paused for the store.
    int storePauses() const { return m_storePauses; }

    SyncEngine(store::Store &store, net::ApiClient &api, net::StreamLink &link, QObject *parent = nullptr);

    // Begins with the API client's token: pages if the history never synced,
    // else the stream from the stored seq.
    void start();
    void stop();

    Phase phase() const { return m_phase; }
    // The seq of the last event handed to the store (applied or queued to be).
    qint64 queuedSeq() const { return m_queuedSeq; }
    // The seq the store has committed.
    qint64 appliedSeq() const { return m_appliedSeq; }
    // Conversations whose messages the history pages met before the store
    // knew them: left out, so not complete (sync/historybulk.h). Read and
    // written by write jobs only, on the writer thread.
    std::shared_ptr<QSet<qint64>> skippedByPages() const { return m_skippedByPages; }
    // How many store transactions applied stream events (the benchmark shows it).
    int applyTransactions() const { return m_applyTransactions; }

signals:
    void phaseChanged(relaydesk::sync::SyncEngine::Phase phase);
    // A page sync finished: how many conversations and messages it stored.
    void pagesStored(int conversations, int messages);
    // Events up to `seq` are committed in the store.
    void eventsApplied(qint64 seq);
    // Something the agent should know (a page could not be read, …).
    void problem(const QString &message);
    // The server refused the token while reading pages.
    void authFailed(const QString &message);

private:
    void beginPages();
    void fetchConversations(std::optional<std::pair<qint64, qint64>> before);
    void fetchFirstHistoryPage();
    void fetchNextMessages();
    void finishPages();
    void pagesCommitted(bool stored, qint64 resumeSeq);
    void pagesFailed(const net::ApiError &error);
    void onEvents(const QVector<protocol::Event> &events);
    void onResync(const protocol::Resync &resync);
    void applyPending();
    void onApplied(qint64 seq);
    void onApplyFailed(const QString &why);
    void resumeIfDrained();
    void setPhase(Phase phase);

    store::Store &m_store;
    net::ApiClient &m_api;
    net::StreamLink &m_link;
    Phase m_phase = Phase::Idle;
    qint64 m_queuedSeq = 0;
    qint64 m_appliedSeq = 0;
    // A page sync in progress.
    int m_generation = 0; // answers of an abandoned page sync are ignored
    qint64 m_resumeSeq = -1;
    // A conversation's message pages still to read: the newest page, and on a
    // re-sync older ones until they reach what the store already holds.
    struct MessagesToRead
    {
        qint64 conversationId = 0;
        qint64 before = 0;
        qint64 stopAt = -1; // the newest server id stored; -1: the newest page only
    };
    QVector<MessagesToRead> m_conversationQueue;
    bool m_resync = false; // the store held history when this page sync began
    int m_inFlight = 0;
    int m_conversationsStored = 0;
    int m_messagesStored = 0;
    std::shared_ptr<std::atomic<bool>> m_pageWriteFailed = std::make_shared<std::atomic<bool>>(false);
    // Conversations the first history page met before the store knew them
    // (touched on the writer thread only).
    std::shared_ptr<QSet<qint64>> m_skippedByPages = std::make_shared<QSet<qint64>>();
    // Messages the first history page stored (set on the writer thread).
    std::shared_ptr<std::atomic<int>> m_bulkMessages = std::make_shared<std::atomic<int>>(0);
    QVector<protocol::Event> m_pendingApply; // received, not yet handed to the writer
    bool m_applyInFlight = false;
    bool m_pausedForStore = false;
    int m_pauseAbove = kPauseAbove;
    int m_resumeBelow = kResumeBelow;
    int m_storePauses = 0;
    int m_historyPageSize = historybulk::kPageSize;
    int m_applyTransactions = 0;
    net::Backoff m_retry;
    QTimer *m_retryTimer;
};

} // namespace relaydesk::sync
