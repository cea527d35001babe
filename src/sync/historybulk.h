#pragma once

// A new desktop reads the workspace's whole history in large pages, newest
// first, across conversations (GET /v1/history), instead of a request per
// conversation: the first page during the first sync, the rest by
// HistoryBackfill while the stream runs. Where it stands is kept in the
// history itself (a local value), so a restart goes on from there. When the
// last page is stored, every conversation's history is complete: all older
// messages came in the pages, all newer ones by the stream.
//
// These functions run on the store's writer thread (inside a write job).

#include <QByteArray>
#include <QSet>
#include <QString>

namespace relaydesk::store {
class StoreWriter;
struct ChangeSet;
} // namespace relaydesk::store

namespace relaydesk::sync::historybulk {

// Messages per page: large enough that a million take a few hundred
// requests, small enough that a page decodes in tens of milliseconds.
inline constexpr int kPageSize = 5000;

struct Stored
{
    bool ok = false;
    int messages = 0;
    QString error;
};

// Decodes `body` (a page of GET /v1/history), stores its messages and records
// `nextBefore` as where to go on (0: the history is complete: every
// conversation is marked so, but those in `skipped`). Messages of a
// conversation the store does not know yet (it began after the sync's first
// page; its messages come by the stream) are left out and the conversation
// added to `skipped`.
Stored storePage(store::StoreWriter &writer, store::ChangeSet &changes, const QByteArray &body, qint64 nextBefore,
                 QSet<qint64> *skipped);

// Where the pages go on: the id to ask below, or 0 when no paging is under way.
qint64 cursor(store::StoreWriter &writer);

} // namespace relaydesk::sync::historybulk
