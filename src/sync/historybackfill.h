#pragma once

// Brings the older messages from the server into the store, in the
// background, so that all of the history can be browsed and searched
// offline. After a first sync it goes on through the workspace's whole
// history in large pages, newest first (sync/historybulk.h), asking for the
// next page while the last one is stored. Otherwise, or with an older
// server, it pages back each conversation, one request at a time, the most
// recently active conversations first, and marks a conversation complete
// when the server has nothing older. It runs only while the sync engine
// streams (a page sync covers the newest pages itself) and never writes
// anything but pages.

#include "net/backoff.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace relaydesk::store {
class Store;
}
namespace relaydesk::net {
class ApiClient;
struct ApiError;
struct MessagePage;
} // namespace relaydesk::net

namespace relaydesk::sync {

class SyncEngine;

class HistoryBackfill : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMessagesPerPage = 200;
    // While nothing is left, how often to look for conversations that came
    // with the stream (each asks once whether it has older messages).
    static constexpr int kIdleCheckMs = 60000;

    HistoryBackfill(store::Store &store, net::ApiClient &api, SyncEngine &engine, QObject *parent = nullptr);

    [[nodiscard]] bool isRunning() const { return m_running; }
    // Messages per page of the whole history (tests make it smaller).
    void setHistoryPageSize(int size) { m_historyPageSize = size; }
    // Pages stored since this object was made (the tests and the status line).
    int pagesStored() const { return m_pagesStored; }

signals:
    // Every conversation's history is in the store, as far as it knows.
    void complete();

private:
    void onPhase();
    void next();
    // The workspace's history in pages (sync/historybulk.h).
    void readBulkCursor();
    void stepBulk();
    void onBulkStored(bool ok, bool last);
    void onPage(qint64 conversationId, const net::MessagePage &page);
    void onFailed(qint64 conversationId, const net::ApiError &error);

    store::Store &m_store;
    net::ApiClient &m_api;
    SyncEngine &m_engine;
    QTimer *m_timer;
    net::Backoff m_retry;
    int m_generation = 0;
    bool m_running = false; // a request or its store write is under way
    int m_pagesStored = 0;
    int m_historyPageSize;
    struct Bulk
    {
        enum class State { Unknown, Reading, Paging, Off } state = State::Unknown;
        qint64 before = 0;                         // the next page's cursor; 0 after the last page was asked for
        bool asking = false;                       // a page is on its way
        int storing = 0;                           // pages handed to the writer, not yet stored
        std::shared_ptr<std::atomic<bool>> failed; // a page was not stored: the ones after it must not be
    } m_bulk;
};

} // namespace relaydesk::sync
