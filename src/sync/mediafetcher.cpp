#include "sync/mediafetcher.h"

#include "base/postback.h"
#include "net/mediatransfers.h"
#include "store/mediacache.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/log.h"

#include <QPointer>

namespace relaydesk::sync {

MediaFetcher::MediaFetcher(store::Store &store, store::MediaCache &cache, net::MediaTransfers &transfers,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(cache)
    , m_transfers(transfers)
{
    connect(&m_transfers, &net::MediaTransfers::downloaded, this, &MediaFetcher::onDownloaded);
    connect(&m_transfers, &net::MediaTransfers::failed, this, &MediaFetcher::onFailed);
    connect(&m_transfers, &net::MediaTransfers::progress, this, [this](int id, qint64 done, qint64 total) {
        const auto it = m_inFlight.constFind(id);
        if (it != m_inFlight.cend())
            emit progress(it->mediaId, it->thumbnail, done, total);
    });
}

void MediaFetcher::fetch(const store::AttachmentRow &attachment, bool original)
{
    const bool thumbnail = !original;
    const auto variant = thumbnail ? store::MediaCache::Variant::Thumbnail : store::MediaCache::Variant::Original;
    if (m_cache.contains(attachment.mediaId, variant)) {
        emit ready(attachment.mediaId, thumbnail);
        return;
    }
    for (const Wanted &wanted : std::as_const(m_inFlight)) {
        if (wanted.mediaId == attachment.mediaId && wanted.thumbnail == thumbnail)
            return; // already on its way
    }
    setState(attachment.mediaId, thumbnail, QStringLiteral("downloading"));
    const int id = m_transfers.download(
        {attachment.mediaId, thumbnail, thumbnail ? 0 : attachment.size, thumbnail ? QString() : attachment.sha256});
    m_inFlight.insert(id, {attachment.mediaId, thumbnail});
}

void MediaFetcher::setState(const QString &mediaId, bool thumbnail, const QString &state)
{
    m_store.write([mediaId, thumbnail, state](store::StoreWriter &writer, store::ChangeSet &changes) {
        QString error;
        if (!writer.setMediaState(mediaId, thumbnail, state, &changes, &error))
            qCWarning(lcSync) << "recording a download's state failed:" << error;
    });
}

void MediaFetcher::onDownloaded(int id, const QString &mediaId, bool thumbnail, const QByteArray &bytes)
{
    if (!m_inFlight.remove(id))
        return;
    // Encrypting a large file takes a while: not on the UI thread.
    const auto variant = thumbnail ? store::MediaCache::Variant::Thumbnail : store::MediaCache::Variant::Original;
    QPointer<MediaFetcher> guard(this);
    store::MediaCache *cache = &m_cache;
    cache->runInBackground([guard, cache, mediaId, thumbnail, variant, bytes] {
        QString error;
        const bool stored = cache->put(mediaId, variant, bytes, &error);
        base::postBack(guard, [mediaId, thumbnail, stored, error](auto *self) {
            self->setState(mediaId, thumbnail, stored ? QStringLiteral("cached") : QStringLiteral("failed"));
            if (stored)
                emit self->ready(mediaId, thumbnail);
            else
                emit self->failed(mediaId, thumbnail, error);
        });
    });
}

void MediaFetcher::onFailed(int id, const QString &reason)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.cend())
        return;
    const Wanted wanted = *it;
    m_inFlight.erase(it);
    setState(wanted.mediaId, wanted.thumbnail, QStringLiteral("failed"));
    emit failed(wanted.mediaId, wanted.thumbnail, reason);
}

} // namespace relaydesk::sync
