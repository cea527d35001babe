#pragma once

// Brings an attachment's bytes to this computer when the agent needs them:
// the thumbnail first (images), the original on demand. Downloads go through
// net::MediaTransfers (resumed, checked by sha256); the bytes are encrypted
// into the media cache off the UI thread, and the attachment's state in the
// store ("downloading", "cached", "failed") tells the models.

#include "store/rows.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace relaydesk::store {
class MediaCache;
class Store;
} // namespace relaydesk::store
namespace relaydesk::net {
class MediaTransfers;
}

namespace relaydesk::sync {

class MediaFetcher : public QObject
{
    Q_OBJECT

public:
    MediaFetcher(store::Store &store, store::MediaCache &cache, net::MediaTransfers &transfers,
                 QObject *parent = nullptr);

    // Makes the thumbnail (or, with `original`, the file) of an attachment
    // available in the cache; `ready` or `failed` follows.
    void fetch(const store::AttachmentRow &attachment, bool original);

signals:
    void ready(const QString &mediaId, bool thumbnail);
    void failed(const QString &mediaId, bool thumbnail, const QString &reason);
    void progress(const QString &mediaId, bool thumbnail, qint64 done, qint64 total);

private:
    void setState(const QString &mediaId, bool thumbnail, const QString &state);
    void onDownloaded(int id, const QString &mediaId, bool thumbnail, const QByteArray &bytes);
    void onFailed(int id, const QString &reason);

    store::Store &m_store;
    store::MediaCache &m_cache;
    net::MediaTransfers &m_transfers;
    struct Wanted
    {
        QString mediaId;
        bool thumbnail = false;
    };
    QHash<int, Wanted> m_inFlight; // transfer id -> what it brings
};

} // namespace relaydesk::sync
