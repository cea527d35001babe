#include "sync/syncengine.h"

#include "base/postback.h"
#include "net/streamlink.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/historybulk.h"
#include "sync/log.h"

#include <QPointer>
#include <QTimer>

namespace relaydesk::sync {

SyncEngine::SyncEngine(store::Store &store, net::ApiClient &api, net::StreamLink &link, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_link(link)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::beginPages);
    connect(&m_link, &net::StreamLink::eventsReceived, this, &SyncEngine::onEvents);
    connect(&m_link, &net::StreamLink::resyncRequired, this, &SyncEngine::onResync);
}

void SyncEngine::start()
{
    m_appliedSeq = m_queuedSeq = m_store.reader().lastSeq();
    if (m_queuedSeq > 0) {
        setPhase(Phase::Streaming);
        m_link.start(m_api.token());
        return;
    }
    beginPages();
}

void SyncEngine::stop()
{
    ++m_generation;
    m_pausedForStore = false;
    m_retryTimer->stop();
    m_link.stop();
    setPhase(Phase::Idle);
}

void SyncEngine::beginPages()
{
    ++m_generation;
    m_pendingApply.clear();
    m_pausedForStore = false;
    m_resumeSeq = -1;
    m_conversationQueue.clear();
    m_resync = m_store.reader().lastSeq() > 0;
    m_inFlight = 0;
    m_conversationsStored = 0;
    m_messagesStored = 0;
    m_pageWriteFailed = std::make_shared<std::atomic<bool>>(false);
    m_skippedByPages = std::make_shared<QSet<qint64>>();
    m_bulkMessages = std::make_shared<std::atomic<int>>(0);
    setPhase(Phase::Paging);
    qCInfo(lcSync) << "sync by pages";
    fetchConversations(std::nullopt);
}

void SyncEngine::fetchConversations(std::optional<std::pair<qint64, qint64>> before)
{
    const int generation = m_generation;
    QPointer<SyncEngine> guard(this);
    m_api.conversations(kConversationsPerPage, before,
                        [this, guard, generation](std::optional<net::ConversationPage> page,
                                                  const net::ApiError &error) {
                            if (!guard || generation != m_generation)
                                return;
                            if (!page)
                                return pagesFailed(error);
                            if (m_resumeSeq < 0)
                                m_resumeSeq = page->resumeSeq;
                            // Contacts first: conversations and leads refer to them.
                            QVector<protocol::EventPayload> records;
                            for (const protocol::Contact &contact : page->contacts)
                                records.append(contact);
                            for (const protocol::Lead &lead : page->leads)
                                records.append(lead);
                            for (const protocol::Conversation &conversation : page->conversations) {
                                records.append(conversation);
                                m_conversationQueue.append(MessagesToRead{conversation.id, 0, -1});
                            }
                            m_conversationsStored += int(page->conversations.size());
                            m_store.write([records, failed = m_pageWriteFailed](store::StoreWriter &writer,
                                                                                store::ChangeSet &changes) {
                                QString failure;
                                if (!writer.applySnapshot(records, -1, &changes, &failure)) {
                                    qCWarning(lcSync) << "storing a conversation page failed:" << failure;
                                    failed->store(true);
                                }
                            });
                            if (page->hasNext)
                                fetchConversations(std::make_pair(page->nextBeforeActivity, page->nextBeforeId));
                            else if (m_resync)
                                fetchNextMessages();
                            else
                                fetchFirstHistoryPage();
                        });
}

void SyncEngine::fetchFirstHistoryPage()
{
    // A first sync: the workspace's newest messages in one page, the rest
    // by the backfill while the stream runs (sync/historybulk.h).
    const int generation = m_generation;
    QPointer<SyncEngine> guard(this);
    m_api.historyPage(
        m_historyPageSize, 0,
        [this, guard, generation](std::optional<net::ApiClient::RawHistoryPage> page, const net::ApiError &error) {
            if (!guard || generation != m_generation)
                return;
            if (!page && error.httpStatus == 404)
                return fetchNextMessages(); // an older server: a page per conversation
            if (!page)
                return pagesFailed(error);
            m_conversationQueue.clear();
            m_store.write([body = page->body, next = page->nextBefore, failed = m_pageWriteFailed,
                           skipped = m_skippedByPages,
                           counted = m_bulkMessages](store::StoreWriter &writer, store::ChangeSet &changes) {
                const historybulk::Stored stored = historybulk::storePage(writer, changes, body, next, skipped.get());
                counted->store(stored.messages);
                if (!stored.ok) {
                    qCWarning(lcSync) << "storing the newest history failed:" << stored.error;
                    failed->store(true);
                }
            });
            finishPages();
        });
}

void SyncEngine::fetchNextMessages()
{
    while (m_inFlight < kParallelRequests && !m_conversationQueue.isEmpty()) {
        MessagesToRead next = m_conversationQueue.takeFirst();
        // Read before this conversation's first page is stored: what the
        // store held when the log broke off.
        if (m_resync && next.before == 0)
            next.stopAt = m_store.reader().newestServerMessageId(next.conversationId);
        ++m_inFlight;
        const int generation = m_generation;
        QPointer<SyncEngine> guard(this);
        const int limit = next.before == 0 ? kMessagesPerConversation : kResyncMessagesPerPage;
        m_api.messages(
            next.conversationId, limit, next.before,
            [this, guard, generation, next](std::optional<net::MessagePage> page, const net::ApiError &error) {
                if (!guard || generation != m_generation)
                    return;
                --m_inFlight;
                if (!page) {
                    // A conversation deleted meanwhile is no reason to start over.
                    if (error.httpStatus != 404)
                        return pagesFailed(error);
                } else {
                    QVector<protocol::EventPayload> records;
                    for (auto it = page->messages.crbegin(); it != page->messages.crend(); ++it)
                        records.append(*it);
                    m_messagesStored += int(records.size());
                    // Older than this page may hold messages the gap
                    // hid: read on until the store's newest is reached.
                    if (next.stopAt > 0 && page->nextBefore != 0 && !page->messages.isEmpty()
                        && page->messages.constLast().id > next.stopAt)
                        m_conversationQueue.prepend(MessagesToRead{next.conversationId, page->nextBefore, next.stopAt});
                    m_store.write(
                        [records, failed = m_pageWriteFailed](store::StoreWriter &writer, store::ChangeSet &changes) {
                            QString failure;
                            if (!writer.applySnapshot(records, -1, &changes, &failure)) {
                                qCWarning(lcSync) << "storing a message page failed:" << failure;
                                failed->store(true);
                            }
                        });
                }
                fetchNextMessages();
            });
    }
    if (m_inFlight == 0 && m_conversationQueue.isEmpty())
        finishPages();
}

void SyncEngine::finishPages()
{
    // The seq is stored only after every page was: the writer runs jobs in
    // order, so this job sees whether one of them failed.
    const qint64 resumeSeq = std::max<qint64>(m_resumeSeq, 0);
    const int generation = m_generation;
    QPointer<SyncEngine> guard(this);
    m_store.write([resumeSeq, generation, guard, failed = m_pageWriteFailed](store::StoreWriter &writer,
                                                                             store::ChangeSet &changes) {
        QString failure;
        const bool stored = !failed->load() && writer.applySnapshot({}, resumeSeq, &changes, &failure);
        if (!failure.isEmpty())
            qCWarning(lcSync) << "storing the resume seq failed:" << failure;
        base::postBack(guard, [generation, stored, resumeSeq](auto *self) {
            if (generation == self->m_generation)
                self->pagesCommitted(stored, resumeSeq);
        });
    });
}

void SyncEngine::pagesCommitted(bool stored, qint64 resumeSeq)
{
    if (!stored) {
        pagesFailed(
            net::ApiError{0, QStringLiteral("store"), tr("The history could not be saved on this computer."), 0});
        return;
    }
    m_appliedSeq = m_queuedSeq = resumeSeq;
    m_messagesStored += m_bulkMessages->exchange(0);
    m_retry.reset();
    qCInfo(lcSync) << "pages stored:" << m_conversationsStored << "conversations," << m_messagesStored
                   << "messages; streaming from seq" << resumeSeq;
    emit pagesStored(m_conversationsStored, m_messagesStored);
    setPhase(Phase::Streaming);
    if (m_link.state() == net::StreamLink::State::SignedOut)
        m_link.start(m_api.token());
    else
        m_link.reconnectNow();
}

void SyncEngine::pagesFailed(const net::ApiError &error)
{
    ++m_generation; // drop the answers still on their way
    if (error.isAuthProblem()) {
        setPhase(Phase::Idle);
        m_link.failAuth(error.message);
        emit authFailed(error.message);
        return;
    }
    const int delay = m_retry.next();
    qCInfo(lcSync) << "a page could not be read (" << error.code << "); trying again in" << delay << "ms";
    emit problem(error.message);
    m_retryTimer->start(delay);
}

void SyncEngine::onEvents(const QVector<protocol::Event> &events)
{
    if (m_phase != Phase::Streaming)
        return; // a re-sync is under way; the pages cover these
    QVector<protocol::Event> fresh;
    for (const protocol::Event &event : events) {
        if (event.seq > m_queuedSeq)
            fresh.append(event);
    }
    if (fresh.isEmpty())
        return;
    if (fresh.constFirst().seq != m_queuedSeq + 1) {
        qCWarning(lcSync) << "gap in the event log: expected" << m_queuedSeq + 1 << "got" << fresh.constFirst().seq;
        // Not from inside the link's own frame handling.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_link.holdForResync();
                beginPages();
            },
            Qt::QueuedConnection);
        return;
    }
    m_queuedSeq = fresh.constLast().seq;
    m_pendingApply += fresh;
    if (!m_pausedForStore && m_pendingApply.size() >= m_pauseAbove) {
        m_pausedForStore = true;
        ++m_storePauses;
        qCInfo(lcSync) << m_pendingApply.size() << "events wait for the store: pausing the link";
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_pausedForStore)
                    m_link.holdForStore();
            },
            Qt::QueuedConnection);
    }
    applyPending();
}

void SyncEngine::resumeIfDrained()
{
    if (!m_pausedForStore || m_pendingApply.size() >= m_resumeBelow || m_phase != Phase::Streaming)
        return;
    m_pausedForStore = false;
    m_link.reconnectNow();
}

void SyncEngine::applyPending()
{
    // One batch at a time on the writer: what arrives meanwhile waits here
    // and goes as one transaction next, so batches grow when the store is
    // the slower side (a catch-up) and stay single events when it is not.
    if (m_applyInFlight || m_pendingApply.isEmpty())
        return;
    QVector<protocol::Event> batch;
    if (m_pendingApply.size() <= store::StoreWriter::kRecommendedBatch) {
        batch = std::exchange(m_pendingApply, {});
    } else {
        batch = m_pendingApply.mid(0, store::StoreWriter::kRecommendedBatch);
        m_pendingApply.remove(0, store::StoreWriter::kRecommendedBatch);
    }
    m_applyInFlight = true;
    ++m_applyTransactions;
    const int generation = m_generation;
    QPointer<SyncEngine> guard(this);
    m_store.write([batch, guard, generation](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        const auto result = writer.applyEvents(batch, &changes, &error);
        const qint64 seq = batch.constLast().seq;
        base::postBack(guard, [generation, result, seq, error](auto *self) {
            self->m_applyInFlight = false;
            if (generation != self->m_generation)
                return; // a re-sync started meanwhile; its pages cover this
            if (result == store::StoreWriter::ApplyResult::Applied)
                self->onApplied(seq);
            else
                self->onApplyFailed(error.isEmpty() ? QStringLiteral("the batch does not follow the stored seq")
                                                    : error);
            self->applyPending();
            self->resumeIfDrained();
        });
    });
}

void SyncEngine::onApplied(qint64 seq)
{
    m_appliedSeq = std::max(m_appliedSeq, seq);
    emit eventsApplied(m_appliedSeq);
}

void SyncEngine::onApplyFailed(const QString &why)
{
    if (m_phase != Phase::Streaming)
        return;
    qCWarning(lcSync) << "a batch of events was not stored (" << why << "): re-sync by pages";
    m_link.holdForResync();
    beginPages();
}

void SyncEngine::onResync(const protocol::Resync &resync)
{
    qCInfo(lcSync) << "server asks for a re-sync:" << resync.reason;
    beginPages();
}

void SyncEngine::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

} // namespace relaydesk::sync
