#pragma once

#include "store/changeset.h"
#include "store/database.h"
#include "store/databasekey.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace relaydesk::store {

class StoreReader;
class StoreWriter;

// One profile's history, ready for the app: every write runs in order on a
// writer thread, the search index is kept up to date on a thread of its own,
// and the thread that opened the store gets read connections that never wait
// behind either (WAL).
class Store : public QObject
{
    Q_OBJECT

public:
    struct Paths
    {
        QString history;     // history.db
        QString searchIndex; // search.db
    };

    [[nodiscard]] static std::unique_ptr<Store> open(const Paths &paths, const DatabaseKey &key, OpenError *error);

    // Changes the key of a closed history (a new passphrase). The search
    // index follows; if it cannot, it is removed and rebuilt on next open.
    [[nodiscard]] static bool rekey(const Paths &paths, const DatabaseKey &current, const DatabaseKey &next,
                                    QString *error);
    // Finishes the queued writes, then stops the threads.
    ~Store() override;

    // Whether `key` is the one this store was opened with (e.g. to confirm the
    // current passphrase before changing it). Compares in constant time.
    [[nodiscard]] bool isOpenedWith(const DatabaseKey &key) const;
    Paths paths() const;

    // Reads, for the thread that opened the store only.
    StoreReader &reader();

    using WriteJob = std::function<void(StoreWriter &writer, ChangeSet &changes)>;
    // Queues a write; `changed` follows on this object's thread.
    void write(WriteJob job);
    // Queues a write and waits for it. Not for the UI thread.
    void writeAndWait(WriteJob job);
    // Waits until the search index has applied every write made so far.
    [[nodiscard]] bool waitForSearchIndex(int timeoutMs);

    // Runs a long read (an export, say) on a pool thread with a read
    // connection of its own, then calls `done` on this object's thread.
    using ReadJob = std::function<void(StoreReader &reader)>;
    void readInBackground(ReadJob job, std::function<void()> done);

signals:
    void changed(const relaydesk::store::ChangeSet &changes);

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace relaydesk::store
