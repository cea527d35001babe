#include "sync/historybackfill.h"

#include "base/postback.h"
#include "net/apiclient.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/historybulk.h"
#include "sync/log.h"
#include "sync/syncengine.h"

#include <QPointer>
#include <QTimer>

namespace relaydesk::sync {

HistoryBackfill::HistoryBackfill(store::Store &store, net::ApiClient &api, SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_engine(engine)
    , m_timer(new QTimer(this))
    , m_retry(1000, 60000)
    , m_historyPageSize(historybulk::kPageSize)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HistoryBackfill::next);
    connect(&m_engine, &SyncEngine::phaseChanged, this, &HistoryBackfill::onPhase);
    onPhase();
}

void HistoryBackfill::onPhase()
{
    // A page sync (first or re-sync) abandons what was asked before it.
    ++m_generation;
    m_running = false;
    m_bulk = Bulk{};
    m_timer->stop();
    if (m_engine.phase() == SyncEngine::Phase::Streaming)
        m_timer->start(0);
}

void HistoryBackfill::next()
{
    if (m_engine.phase() != SyncEngine::Phase::Streaming)
        return;
    switch (m_bulk.state) {
    case Bulk::State::Unknown:
        return readBulkCursor();
    case Bulk::State::Reading:
        return;
    case Bulk::State::Paging:
        return stepBulk();
    case Bulk::State::Off:
        break;
    }
    if (m_running)
        return;
    const QVector<store::StoreReader::HistoryToFetch> todo = m_store.reader().historyToFetch(1);
    if (todo.isEmpty()) {
        emit complete();
        m_timer->start(kIdleCheckMs);
        return;
    }
    const qint64 conversationId = todo.constFirst().conversationId;
    m_running = true;
    const int generation = m_generation;
    QPointer<HistoryBackfill> guard(this);
    m_api.messages(conversationId, kMessagesPerPage, todo.constFirst().oldestServerId,
                   [this, guard, generation, conversationId](std::optional<net::MessagePage> page,
                                                             const net::ApiError &error) {
                       if (!guard || generation != m_generation)
                           return;
                       if (page)
                           onPage(conversationId, *page);
                       else
                           onFailed(conversationId, error);
                   });
}

void HistoryBackfill::readBulkCursor()
{
    m_bulk.state = Bulk::State::Reading;
    const int generation = m_generation;
    QPointer<HistoryBackfill> guard(this);
    m_store.write([guard, generation](store::StoreWriter &writer, store::ChangeSet &) {
        const qint64 before = historybulk::cursor(writer);
        base::postBack(guard, [generation, before](auto *self) {
            if (generation != self->m_generation)
                return;
            self->m_bulk.state = before > 0 ? Bulk::State::Paging : Bulk::State::Off;
            self->m_bulk.before = before;
            self->m_bulk.failed = std::make_shared<std::atomic<bool>>(false);
            self->next();
        });
    });
}

void HistoryBackfill::stepBulk()
{
    // One page asked for while at most two wait for the writer: the network
    // and the store work at once, and memory stays at a few pages.
    if (m_bulk.asking || m_bulk.storing >= 2 || m_bulk.before <= 0)
        return;
    m_bulk.asking = true;
    const int generation = m_generation;
    QPointer<HistoryBackfill> guard(this);
    m_api.historyPage(m_historyPageSize, m_bulk.before,
                      [this, guard, generation](std::optional<net::ApiClient::RawHistoryPage> page,
                                                const net::ApiError &error) {
                          if (!guard || generation != m_generation)
                              return;
                          m_bulk.asking = false;
                          if (!page) {
                              if (error.httpStatus == 404 && m_bulk.storing == 0) {
                                  // An older server: each conversation pages back alone.
                                  m_bulk.state = Bulk::State::Off;
                                  m_timer->start(0);
                                  return;
                              }
                              const int delay = m_retry.next();
                              qCInfo(lcSync) << "a history page could not be read (" << error.code
                                             << "); trying again in" << delay << "ms";
                              m_timer->start(delay);
                              return;
                          }
                          m_retry.reset();
                          const bool last = page->nextBefore == 0;
                          m_bulk.before = page->nextBefore;
                          ++m_bulk.storing;
                          m_store.write([body = page->body, next = page->nextBefore, failed = m_bulk.failed,
                                         skipped = m_engine.skippedByPages(), guard, generation,
                                         last](store::StoreWriter &writer, store::ChangeSet &changes) {
                              bool ok = false;
                              if (!failed->load()) {
                                  const historybulk::Stored stored = historybulk::storePage(writer, changes, body, next,
                                                                                            skipped.get());
                                  ok = stored.ok;
                                  if (!ok) {
                                      qCWarning(lcSync) << "storing a history page failed:" << stored.error;
                                      failed->store(true);
                                  }
                              }
                              base::postBack(guard, [generation, ok, last](auto *self) {
                                  if (generation == self->m_generation)
                                      self->onBulkStored(ok, last);
                              });
                          });
                          stepBulk();
                      });
}

void HistoryBackfill::onBulkStored(bool ok, bool last)
{
    --m_bulk.storing;
    if (!ok) {
        if (m_bulk.storing > 0 || m_bulk.asking)
            return; // once the pages under way are done, start again from the stored cursor
        m_bulk = Bulk{};
        m_timer->start(m_retry.next());
        return;
    }
    ++m_pagesStored;
    if (m_bulk.failed->load()) {
        if (m_bulk.storing == 0 && !m_bulk.asking) {
            m_bulk = Bulk{};
            m_timer->start(m_retry.next());
        }
        return;
    }
    if (last) {
        // Every conversation is complete but those the pages met too early:
        // they page back alone.
        m_bulk.state = Bulk::State::Off;
        m_timer->start(0);
        return;
    }
    stepBulk();
}

void HistoryBackfill::onPage(qint64 conversationId, const net::MessagePage &page)
{
    QVector<protocol::EventPayload> records;
    records.reserve(page.messages.size());
    for (auto it = page.messages.crbegin(); it != page.messages.crend(); ++it)
        records.append(*it);
    const bool reachedStart = page.nextBefore == 0;
    const int generation = m_generation;
    QPointer<HistoryBackfill> guard(this);
    m_store.write([records, reachedStart, conversationId, guard, generation](store::StoreWriter &writer,
                                                                             store::ChangeSet &changes) {
        QString error;
        bool stored = writer.applySnapshot(records, -1, &changes, &error);
        if (stored && reachedStart)
            stored = writer.setHistoryComplete(conversationId, &error);
        if (!stored)
            qCWarning(lcSync) << "storing older messages failed:" << error;
        base::postBack(guard, [generation, stored](auto *self) {
            if (generation != self->m_generation)
                return;
            self->m_running = false;
            if (stored) {
                ++self->m_pagesStored;
                self->m_retry.reset();
                self->m_timer->start(0);
            } else {
                self->m_timer->start(self->m_retry.next());
            }
        });
    });
}

void HistoryBackfill::onFailed(qint64 conversationId, const net::ApiError &error)
{
    m_running = false;
    if (error.httpStatus == 404) {
        // Gone on the server: nothing older will ever come.
        m_store.write([conversationId](store::StoreWriter &writer, store::ChangeSet &) {
            QString failure;
            if (!writer.setHistoryComplete(conversationId, &failure))
                qCWarning(lcSync) << failure;
        });
        m_timer->start(0);
        return;
    }
    // Offline or refused: the engine notices the link; this waits and asks again.
    const int delay = m_retry.next();
    qCInfo(lcSync) << "older messages could not be read (" << error.code << "); trying again in" << delay << "ms";
    m_timer->start(delay);
}

} // namespace relaydesk::sync
