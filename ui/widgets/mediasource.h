#pragma once

// The thread's way to an attachment's bytes: thumbnails decoded for painting,
// originals fetched on demand, copies decrypted for Open and Save As. Bytes
// come only from the encrypted media cache (filled by sync::MediaFetcher);
// decrypting and decoding run on the thread pool, never on the UI thread.

#include "store/rows.h"
#include "widgets/mediasummary.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>

#include <functional>

namespace relaydesk::store {
class MediaCache;
}
namespace relaydesk::sync {
class MediaFetcher;
}

namespace relaydesk::ui {

class MediaSource : public QObject
{
    Q_OBJECT

public:
    explicit MediaSource(QObject *parent = nullptr);
    ~MediaSource() override;

    // What brings and keeps the bytes; either may be null (signed out).
    void setBackends(store::MediaCache *cache, sync::MediaFetcher *fetcher);
    bool isAvailable() const { return m_cache != nullptr; }
    // Whether a missing file can be downloaded now (signed in).
    bool canFetch() const { return !m_fetcher.isNull(); }
    // Where Open puts its decrypted copies (the profile's cache folder);
    // what an earlier run left there is removed.
    void setTemporaryDirectory(const QString &directory);

    // The thumbnail to paint, or a null pixmap while it loads (it is asked
    // for then; `changed` follows). Failed downloads are not asked again
    // until retry().
    QPixmap thumbnail(const store::AttachmentRow &attachment);
    // Brings the original into the cache; `originalReady` or `failed` follows.
    void fetchOriginal(const store::AttachmentRow &attachment);
    bool hasOriginal(const QString &mediaId) const;
    // The agent asked again after a failure.
    void retry(const store::AttachmentRow &attachment, bool original);

    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
    };
    // A download on its way, if any.
    std::optional<Progress> progress(const QString &mediaId) const;
    // Why the last download of this attachment failed, this run (empty: none).
    QString failure(const QString &mediaId) const { return m_failures.value(mediaId); }
    QString thumbnailFailure(const QString &mediaId) const { return m_thumbnailFailures.value(mediaId); }

    // The decrypted original, read on the thread pool; `done` runs on the UI
    // thread unless `context` is gone (empty bytes and a reason on failure).
    using Bytes = std::function<void(const QByteArray &bytes, const QString &error)>;
    void readOriginal(const QString &mediaId, QObject *context, Bytes done);
    // The original decoded as a picture, on the thread pool.
    using Picture = std::function<void(const QImage &image, const QString &error)>;
    void readOriginalImage(const QString &mediaId, QObject *context, Picture done);
    using Written = std::function<void(bool ok, const QString &pathOrError)>;
    // Decrypts the original to `destination` (Save As), on the thread pool.
    void saveOriginal(const QString &mediaId, const QString &destination, QObject *context, Written done);
    // Decrypts the original to a file readable by this user only, named
    // `fileName` made safe, in the temporary directory (Open).
    void openableCopy(const store::AttachmentRow &attachment, QObject *context, Written done);

    // What a voice note or a video holds (length, waveform, first frame),
    // or null while it is worked out: asking starts it. A small enough
    // original is brought into the cache for it; it is read and decoded off
    // the UI thread, and `changed` follows. Kept in memory for the run.
    const MediaSummary *summary(const store::AttachmentRow &attachment);
    // Voice notes and videos up to this size are brought without a click.
    static constexpr qint64 kAudioSummaryBytes = 8 * 1024 * 1024;
    static constexpr qint64 kVideoSummaryBytes = 32 * 1024 * 1024;
    VideoPosters *videoPosters() const { return m_posters; }

    // A name that is safe to create for an attachment, whatever it was sent as.
    static QString safeName(const store::AttachmentRow &attachment);

signals:
    // Something about this attachment's look changed (thumbnail, progress, failure).
    void changed(const QString &mediaId);
    void originalReady(const QString &mediaId);
    void failed(const QString &mediaId, const QString &reason);

private:
    void decodeThumbnail(const QString &mediaId);
    void onReady(const QString &mediaId, bool thumbnail);
    void onFailed(const QString &mediaId, bool thumbnail, const QString &reason);
    void summarise(const store::AttachmentRow &attachment);
    void keepSummary(const QString &mediaId, const MediaSummary &summary);

    store::MediaCache *m_cache = nullptr;
    QPointer<sync::MediaFetcher> m_fetcher;
    QString m_temporaryDirectory;
    QCache<QString, QPixmap> m_thumbnails; // cost: kilobytes
    QSet<QString> m_asked;                 // thumbnails on their way (download or decode)
    QHash<QString, Progress> m_progress;
    QHash<QString, QString> m_failures;
    QHash<QString, QString> m_thumbnailFailures;
    QHash<QString, MediaSummary> m_summaries;
    QHash<QString, store::AttachmentRow> m_summariesWanted; // waiting for their original, or being read
    VideoPosters *m_posters;
    quint64 m_generation = 0; // bumped when the backends change; late answers are dropped
};

} // namespace relaydesk::ui
