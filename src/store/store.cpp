#include "store/store.h"

#include "base/postback.h"
#include "store/log.h"
#include "store/reader.h"
#include "store/searchindex.h"
#include "store/sqlcipher_api.h"
#include "store/writer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace relaydesk::store {

namespace {
constexpr int kIndexBatch = 20000;
constexpr qint64 kPruneEvery = 20000;
// Checkpoint in the background once the WAL holds this many pages (128 MiB).
constexpr int kCheckpointPages = 32768;
// A background checkpoint copies pages while the writer keeps adding more, so
// it never catches up and the WAL is never started again from its beginning:
// it grew to 4 GiB over 3M messages, and with it the shared-memory index
// mapped into the process and the time of every page lookup. Past this size
// the writer waits, between two writes, until the WAL is copied and reset.
constexpr int kWalLimitPages = 2 * kCheckpointPages;
} // namespace

struct Store::Private
{
    Paths paths;
    DatabaseKey key;
    Connection writerConnection;
    Connection readerConnection;
    Connection checkpointConnection;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<StoreReader> reader;
    std::unique_ptr<SearchIndex> readIndex;

    std::mutex mutex;
    std::condition_variable wake;     // work for either thread
    std::condition_variable progress; // a job finished, or the index moved
    std::deque<WriteJob> jobs;
    quint64 jobsQueued = 0;
    quint64 jobsDone = 0;
    qint64 indexTarget = 0;  // newest search_queue id written
    qint64 indexedUpTo = -1; // -1 until the indexer has opened its file
    qint64 prunedUpTo = 0;
    QString indexError;
    bool stopping = false;
    bool checkpointWanted = false;
    bool walResetWanted = false; // the writer waits until the checkpointer has reset the WAL
    int walLimitPages = kWalLimitPages;
    std::thread writerThread;
    std::thread indexerThread;
    std::thread checkpointThread;

    explicit Private(DatabaseKey k)
        : key(std::move(k))
    {
    }

    void runWriter(Store *store);
    void runIndexer();
    void runCheckpointer();
    void waitForWalReset();
    static int walCommitted(void *self, sqlite3 *, const char *, int pages);
};

Store::Store(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

std::unique_ptr<Store> Store::open(const Paths &paths, const DatabaseKey &key, OpenError *error)
{
    auto d = std::make_unique<Private>(key);
    d->paths = paths;
    auto writer = Database::open(paths.history, key, Database::Role::Writer, error);
    if (!writer)
        return nullptr;
    d->writerConnection = std::move(*writer);
    auto reader = Database::open(paths.history, key, Database::Role::Reader, error);
    if (!reader)
        return nullptr;
    d->readerConnection = std::move(*reader);
    // WAL checkpoints copy pages into the main file and sync it: a fifth of
    // the time of a large sync. A connection of their own does them on a
    // thread of their own (PASSIVE: never blocking the writer or readers).
    auto checkpointer = Database::open(paths.history, key, Database::Role::Writer, error);
    if (!checkpointer)
        return nullptr;
    d->checkpointConnection = std::move(*checkpointer);
    d->checkpointConnection.execBestEffort("PRAGMA wal_autocheckpoint = 0");
    // A reset WAL is cut back to its limit rather than kept at its largest.
    d->writerConnection.execBestEffort(
        QByteArray("PRAGMA journal_size_limit = "
                   + QByteArray::number(qint64(kWalLimitPages) * CipherSettings::kPageSize))
            .constData());
    d->writer = std::make_unique<StoreWriter>(d->writerConnection);
    d->reader = std::make_unique<StoreReader>(d->readerConnection);
    d->indexTarget = d->writerConnection.queryInt("SELECT coalesce(max(id), 0) FROM search_queue").value_or(0);

    std::unique_ptr<Store> store(new Store(std::move(d)));
    Private *p = store->d.get();
    p->indexerThread = std::thread([p] { p->runIndexer(); });
    {
        // Opening the index file is quick; a rebuild, if needed, runs later.
        std::unique_lock lock(p->mutex);
        p->progress.wait(lock, [p] { return p->indexedUpTo >= 0 || !p->indexError.isEmpty(); });
    }
    QString indexError;
    p->readIndex = SearchIndex::openForReading(paths.searchIndex, key, &indexError);
    if (p->readIndex)
        p->reader->setSearchIndex(p->readIndex.get());
    else
        qCWarning(lcStore) << "search is unavailable:" << indexError;
    // Replaces SQLite's own automatic checkpoint on the writer.
    sqlite3_wal_hook(p->writerConnection.handle(), &Private::walCommitted, p);
    p->checkpointThread = std::thread([p] { p->runCheckpointer(); });
    p->writerThread = std::thread([p, s = store.get()] { p->runWriter(s); });
    return store;
}

Store::~Store()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    if (d->writerThread.joinable())
        d->writerThread.join();
    if (d->indexerThread.joinable())
        d->indexerThread.join();
    if (d->checkpointThread.joinable())
        d->checkpointThread.join();
    // Leave a short WAL behind, so the next start opens quickly.
    if (d->writerConnection.isOpen())
        d->writerConnection.execBestEffort("PRAGMA wal_checkpoint(TRUNCATE)");
    d.reset();
#ifdef __GLIBC__
    // The connections' page caches were freed page by page, scattered among
    // what the process keeps; glibc holds such holes (tens of MB after a
    // large sync) until asked to return them.
    malloc_trim(0);
#endif
}

int Store::Private::walCommitted(void *self, sqlite3 *, const char *, int pages)
{
    auto *p = static_cast<Private *>(self);
    if (pages >= kCheckpointPages) {
        {
            std::lock_guard lock(p->mutex);
            p->checkpointWanted = true;
            if (pages >= p->walLimitPages)
                p->walResetWanted = true; // runWriter waits before its next write
        }
        p->wake.notify_all();
    }
    return SQLITE_OK;
}

void Store::Private::waitForWalReset()
{
    std::unique_lock lock(mutex);
    progress.wait(lock, [this] { return stopping || !walResetWanted; });
}

void Store::Private::runCheckpointer()
{
    for (;;) {
        bool reset = false;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return stopping || checkpointWanted || walResetWanted; });
            if (stopping)
                return;
            checkpointWanted = false;
            reset = walResetWanted;
        }
        if (!reset) {
            QString error;
            if (!checkpointConnection.exec("PRAGMA wal_checkpoint(PASSIVE)", &error))
                qCWarning(lcStore) << "background checkpoint failed:" << error;
            continue;
        }
        // The writer waits: copy the rest, then wait (busy timeout) for the
        // readers still in the WAL, so the next write starts it afresh.
        const int rc = sqlite3_wal_checkpoint_v2(checkpointConnection.handle(), nullptr, SQLITE_CHECKPOINT_RESTART,
                                                 nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "checkpoint failed:" << checkpointConnection.lastError();
        {
            std::lock_guard lock(mutex);
            walResetWanted = false;
            // A reader that stayed (a long export, say) kept the WAL: let it
            // grow another step before the writer waits again.
            walLimitPages = rc == SQLITE_OK ? kWalLimitPages : walLimitPages + kWalLimitPages;
        }
        progress.notify_all();
    }
}

bool Store::rekey(const Paths &paths, const DatabaseKey &current, const DatabaseKey &next, QString *error)
{
    OpenError openError;
    {
        auto history = Database::open(paths.history, current, Database::Role::Writer, &openError);
        if (!history) {
            *error = openError.message;
            return false;
        }
        if (!Database::rekey(*history, next, error))
            return false;
        history->execBestEffort("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    auto index = Database::open(paths.searchIndex, current, Database::Role::Writer, &openError,
                                Database::Schema::SearchIndex);
    QString indexError;
    if (!index || !Database::rekey(*index, next, &indexError)) {
        index.reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(paths.searchIndex + QLatin1String(suffix));
    }
    return true;
}

bool Store::isOpenedWith(const DatabaseKey &key) const
{
    const QByteArray mine = d->key.sqlcipherKey();
    const QByteArray theirs = key.sqlcipherKey();
    if (d->key.kind() != key.kind() || mine.size() != theirs.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < mine.size(); ++i)
        difference |= static_cast<unsigned char>(mine.at(i) ^ theirs.at(i));
    return difference == 0;
}

Store::Paths Store::paths() const
{
    return d->paths;
}

StoreReader &Store::reader()
{
    return *d->reader;
}

void Store::readInBackground(ReadJob job, std::function<void()> done)
{
    const Paths paths = d->paths;
    const DatabaseKey key = d->key;
    QPointer<Store> guard(this);
    QThreadPool::globalInstance()->start([paths, key, job = std::move(job), done = std::move(done), guard] {
        OpenError error;
        auto connection = Database::open(paths.history, key, Database::Role::Reader, &error);
        QString indexError;
        auto index = SearchIndex::openForReading(paths.searchIndex, key, &indexError);
        if (connection) {
            StoreReader reader(*connection, index.get());
            job(reader);
        } else {
            qCWarning(lcStore) << "background read could not open the history:" << error.message;
        }
        base::postBack(guard, [done](Store *) {
            if (done)
                done();
        });
    });
}

void Store::write(WriteJob job)
{
    {
        std::lock_guard lock(d->mutex);
        d->jobs.push_back(std::move(job));
        ++d->jobsQueued;
    }
    d->wake.notify_all();
}

void Store::writeAndWait(WriteJob job)
{
    quint64 ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        d->jobs.push_back(std::move(job));
        ticket = ++d->jobsQueued;
    }
    d->wake.notify_all();
    std::unique_lock lock(d->mutex);
    d->progress.wait(lock, [this, ticket] { return d->jobsDone >= ticket; });
}

bool Store::waitForSearchIndex(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    std::unique_lock lock(d->mutex);
    while (d->jobsDone < d->jobsQueued || d->indexedUpTo < d->indexTarget) {
        if (!d->indexError.isEmpty() || deadline.hasExpired())
            return false;
        d->progress.wait_for(lock, std::chrono::milliseconds(qMin<qint64>(100, deadline.remainingTime())));
    }
    return true;
}

void Store::Private::runWriter(Store *store)
{
    QPointer<Store> guard(store);
    for (;;) {
        WriteJob job;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return stopping || !jobs.empty(); });
            if (jobs.empty())
                return; // stopping, and every queued write is done
            job = std::move(jobs.front());
            jobs.pop_front();
        }
        waitForWalReset();
        ChangeSet changes;
        job(*writer, changes);

        const qint64 queued = writer->lastSearchQueueId();
        qint64 prune = 0;
        {
            std::lock_guard lock(mutex);
            ++jobsDone;
            indexTarget = qMax(indexTarget, queued);
            if (indexedUpTo - prunedUpTo >= kPruneEvery)
                prune = indexedUpTo;
        }
        wake.notify_all();
        progress.notify_all();
        if (prune > 0) {
            QString error;
            if (writer->pruneSearchQueue(prune, &error)) {
                std::lock_guard lock(mutex);
                prunedUpTo = prune;
            }
        }
        if (!changes.isEmpty()) {
            QMetaObject::invokeMethod(
                store,
                [guard, changes] {
                    if (guard)
                        emit guard->changed(changes);
                },
                Qt::QueuedConnection);
        }
    }
}

void Store::Private::runIndexer()
{
    QString error;
    std::unique_ptr<SearchIndex> index = SearchIndex::openForIndexing(paths.searchIndex, paths.history, key, &error);
    {
        std::lock_guard lock(mutex);
        if (!index)
            indexError = error.isEmpty() ? QStringLiteral("search index unavailable") : error;
        else // a rebuild asked for by a schema step: whoever waits for the index waits for it too
            indexedUpTo = index->needsRebuild() ? 0 : index->indexedUpTo();
    }
    progress.notify_all();
    if (!index) {
        qCWarning(lcStore) << "search index could not be opened:" << indexError;
        return;
    }
    if (!index->rebuildIfIncomplete(&error))
        qCWarning(lcStore) << "search index rebuild failed:" << error;
    {
        std::lock_guard lock(mutex);
        indexedUpTo = index->indexedUpTo();
    }
    progress.notify_all();
    for (;;) {
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return stopping || indexTarget > indexedUpTo; });
            // The index is resumable: on stop, leave the rest for next time.
            if (stopping)
                return;
        }
        const int applied = index->catchUp(kIndexBatch, &error);
        {
            std::lock_guard lock(mutex);
            if (applied < 0)
                indexError = error;
            else if (applied == 0)
                indexedUpTo = indexTarget; // nothing left that is visible: caught up
            else
                indexedUpTo = index->indexedUpTo();
        }
        progress.notify_all();
        if (applied < 0) {
            qCWarning(lcStore) << "search indexing failed:" << error;
            return;
        }
    }
}

} // namespace relaydesk::store
