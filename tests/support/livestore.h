#pragma once

// For suites that watch the store's change notifications (models, panes): an
// encrypted store in a folder, and writes that wait until `changed` has been
// delivered, as the app's models see it. Header-only (links relaydesk-core).

#include "store/databasekey.h"
#include "store/store.h"
#include "store/writer.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace relaydesk::test {

inline constexpr int kStoreDeadlineMs = 20000; // a deadline for a hang, not a pause

inline std::unique_ptr<store::Store> openLiveStore(const QString &folder)
{
    store::OpenError error;
    auto opened = store::Store::open({folder + QStringLiteral("/history.db"), folder + QStringLiteral("/search.db")},
                                     store::DatabaseKey::generateRaw(), &error);
    if (!opened)
        qWarning() << error.message;
    return opened;
}

// Runs a write and waits for its change notification; false on a timeout.
inline bool writeAndNotify(store::Store &store,
                           const std::function<void(store::StoreWriter &, store::ChangeSet &)> &job)
{
    QSignalSpy changed(&store, &store::Store::changed);
    store.write(job);
    return changed.wait(kStoreDeadlineMs);
}

// Applies records as a history page; `error` says why when it fails.
inline bool applyAndNotify(store::Store &store, const QVector<protocol::EventPayload> &records, QString *error)
{
    bool applied = false;
    const bool notified = writeAndNotify(store, [&](store::StoreWriter &writer, store::ChangeSet &changes) {
        applied = writer.applySnapshot(records, -1, &changes, error);
    });
    return notified && applied;
}

} // namespace relaydesk::test
