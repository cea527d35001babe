#include "widgets/mediasource.h"

#include "base/postback.h"
#include "log.h"
#include "protocol/filenames.h"
#include "store/mediacache.h"
#include "sync/mediafetcher.h"

#include <QAudioDevice>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMediaDevices>
#include <QThreadPool>

#include <optional>

namespace relaydesk::ui {

namespace {

// Qt Multimedia's backend (GStreamer here) belongs to the thread that first
// uses it: the UI thread, at the first recording, not at start-up.
void startMultimediaHere()
{
    static bool started = false;
    if (!started) {
        started = true;
        QMediaDevices::defaultAudioOutput();
    }
}

constexpr int kThumbnailBudgetKb = 48 * 1024; // decoded thumbnails kept for painting

// One variant of a media file, read from the cache and decoded (on a pool
// thread): nullopt if the cache has no bytes for it (`error` may say why), a
// null image if they do not decode (`decodeError` says why).
std::optional<QImage> decodeCached(store::MediaCache *cache, const QString &mediaId, store::MediaCache::Variant variant,
                                   QString *error, QString *decodeError)
{
    const auto bytes = cache->get(mediaId, variant, error);
    if (!bytes)
        return std::nullopt;
    QBuffer buffer;
    buffer.setData(*bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        *decodeError = reader.errorString();
    return image;
}

} // namespace

MediaSource::MediaSource(QObject *parent)
    : QObject(parent)
    , m_posters(new VideoPosters(this))
{
    m_thumbnails.setMaxCost(kThumbnailBudgetKb);
}

MediaSource::~MediaSource()
{
    if (!m_temporaryDirectory.isEmpty())
        QDir(m_temporaryDirectory).removeRecursively();
}

void MediaSource::setBackends(store::MediaCache *cache, sync::MediaFetcher *fetcher)
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    ++m_generation;
    m_cache = cache;
    m_fetcher = fetcher;
    m_asked.clear();
    m_progress.clear();
    m_summariesWanted.clear();
    if (m_fetcher) {
        connect(m_fetcher, &sync::MediaFetcher::ready, this, &MediaSource::onReady);
        connect(m_fetcher, &sync::MediaFetcher::failed, this, &MediaSource::onFailed);
        connect(m_fetcher, &sync::MediaFetcher::progress, this,
                [this](const QString &mediaId, bool thumbnail, qint64 done, qint64 total) {
                    if (thumbnail)
                        return;
                    m_progress.insert(mediaId, {done, total});
                    emit changed(mediaId);
                });
    }
}

void MediaSource::setTemporaryDirectory(const QString &directory)
{
    m_temporaryDirectory = directory;
    QDir(directory).removeRecursively(); // copies opened in an earlier run
}

QPixmap MediaSource::thumbnail(const store::AttachmentRow &attachment)
{
    if (const QPixmap *cached = m_thumbnails.object(attachment.mediaId))
        return *cached;
    if (!m_cache || m_asked.contains(attachment.mediaId) || m_thumbnailFailures.contains(attachment.mediaId))
        return {};
    // A failure recorded by an earlier run waits for Retry too.
    if (attachment.thumbnailState == QLatin1String("failed")
        && !m_cache->contains(attachment.mediaId, store::MediaCache::Variant::Thumbnail))
        return {};
    m_asked.insert(attachment.mediaId);
    if (m_cache->contains(attachment.mediaId, store::MediaCache::Variant::Thumbnail))
        decodeThumbnail(attachment.mediaId);
    else if (m_fetcher)
        m_fetcher->fetch(attachment, false);
    else
        m_asked.remove(attachment.mediaId);
    return {};
}

void MediaSource::decodeThumbnail(const QString &mediaId)
{
    store::MediaCache *cache = m_cache;
    if (!cache)
        return;
    QPointer<MediaSource> guard(this);
    const quint64 generation = m_generation;
    cache->runInBackground([guard, cache, mediaId, generation] {
        QString error, decodeError;
        QImage image;
        if (const auto decoded = decodeCached(cache, mediaId, store::MediaCache::Variant::Thumbnail, &error,
                                              &decodeError)) {
            image = *decoded;
            if (image.isNull())
                error = tr("The picture could not be read.");
        }
        base::postBack(guard, [mediaId, image, error, generation](auto *self) {
            if (self->m_generation != generation)
                return;
            self->m_asked.remove(mediaId);
            if (image.isNull()) {
                self->m_thumbnailFailures.insert(mediaId, error);
            } else {
                auto *pixmap = new QPixmap(QPixmap::fromImage(image));
                self->m_thumbnails.insert(mediaId, pixmap, std::max(1, int(image.sizeInBytes() / 1024)));
            }
            emit self->changed(mediaId);
        });
    });
}

void MediaSource::fetchOriginal(const store::AttachmentRow &attachment)
{
    if (!m_fetcher) {
        emit failed(attachment.mediaId, tr("Sign in to download this file."));
        return;
    }
    m_failures.remove(attachment.mediaId);
    if (!hasOriginal(attachment.mediaId))
        m_progress.insert(attachment.mediaId, {0, attachment.size});
    emit changed(attachment.mediaId);
    m_fetcher->fetch(attachment, true);
}

bool MediaSource::hasOriginal(const QString &mediaId) const
{
    return m_cache && m_cache->contains(mediaId, store::MediaCache::Variant::Original);
}

void MediaSource::retry(const store::AttachmentRow &attachment, bool original)
{
    if (original) {
        fetchOriginal(attachment);
        return;
    }
    m_thumbnailFailures.remove(attachment.mediaId);
    m_asked.insert(attachment.mediaId);
    if (m_fetcher)
        m_fetcher->fetch(attachment, false);
    else
        m_asked.remove(attachment.mediaId);
    emit changed(attachment.mediaId);
}

std::optional<MediaSource::Progress> MediaSource::progress(const QString &mediaId) const
{
    const auto it = m_progress.constFind(mediaId);
    return it == m_progress.cend() ? std::nullopt : std::optional(*it);
}

void MediaSource::onReady(const QString &mediaId, bool thumbnail)
{
    if (thumbnail) {
        m_thumbnailFailures.remove(mediaId);
        m_asked.insert(mediaId);
        decodeThumbnail(mediaId);
        return;
    }
    m_progress.remove(mediaId);
    m_failures.remove(mediaId);
    if (const auto wanted = m_summariesWanted.constFind(mediaId);
        wanted != m_summariesWanted.cend() && !m_summaries.contains(mediaId))
        summarise(*wanted);
    emit changed(mediaId);
    emit originalReady(mediaId);
}

void MediaSource::onFailed(const QString &mediaId, bool thumbnail, const QString &reason)
{
    qCInfo(lcUi) << "a download failed:" << reason;
    if (thumbnail) {
        m_asked.remove(mediaId);
        m_thumbnailFailures.insert(mediaId, reason);
    } else {
        m_progress.remove(mediaId);
        m_summariesWanted.remove(mediaId); // asked again by Retry
        m_failures.insert(mediaId, reason);
        emit failed(mediaId, reason);
    }
    emit changed(mediaId);
}

void MediaSource::readOriginal(const QString &mediaId, QObject *context, Bytes done)
{
    store::MediaCache *cache = m_cache;
    if (!cache) {
        done({}, tr("The media cache is not open."));
        return;
    }
    QPointer<QObject> guard(context);
    cache->runInBackground([cache, mediaId, guard, done] {
        QString error;
        const auto bytes = cache->get(mediaId, store::MediaCache::Variant::Original, &error);
        if (!bytes && error.isEmpty())
            error = tr("The file is not on this computer yet.");
        base::postBack(guard, [done, bytes, error](QObject *) { done(bytes.value_or(QByteArray()), error); });
    });
}

void MediaSource::readOriginalImage(const QString &mediaId, QObject *context, Picture done)
{
    store::MediaCache *cache = m_cache;
    if (!cache) {
        done({}, tr("The media cache is not open."));
        return;
    }
    QPointer<QObject> guard(context);
    cache->runInBackground([cache, mediaId, guard, done] {
        QString error, decodeError;
        QImage image;
        if (const auto decoded = decodeCached(cache, mediaId, store::MediaCache::Variant::Original, &error,
                                              &decodeError)) {
            image = *decoded;
            if (image.isNull())
                error = tr("The picture could not be read: %1").arg(decodeError);
        } else if (error.isEmpty()) {
            error = tr("The file is not on this computer yet.");
        }
        base::postBack(guard, [done, image, error](QObject *) { done(image, error); });
    });
}

void MediaSource::saveOriginal(const QString &mediaId, const QString &destination, QObject *context, Written done)
{
    store::MediaCache *cache = m_cache;
    if (!cache) {
        done(false, tr("The media cache is not open."));
        return;
    }
    QPointer<QObject> guard(context);
    cache->runInBackground([cache, mediaId, destination, guard, done] {
        QString error;
        const bool ok = cache->exportTo(mediaId, store::MediaCache::Variant::Original, destination, &error);
        base::postBack(guard, [done, ok, destination, error](QObject *) { done(ok, ok ? destination : error); });
    });
}

void MediaSource::openableCopy(const store::AttachmentRow &attachment, QObject *context, Written done)
{
    if (m_temporaryDirectory.isEmpty() || !QDir().mkpath(m_temporaryDirectory)) {
        done(false, tr("There is no folder to open the file from."));
        return;
    }
    QFile::setPermissions(m_temporaryDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // One folder per attachment keeps its own name without clashes.
    const QString folder = m_temporaryDirectory + QLatin1Char('/')
                           + protocol::safeFileName(attachment.mediaId, QStringLiteral("file"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = folder + QLatin1Char('/') + safeName(attachment);
    saveOriginal(attachment.mediaId, path, context, [done, path](bool ok, const QString &result) {
        if (ok)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        done(ok, result);
    });
}

const MediaSummary *MediaSource::summary(const store::AttachmentRow &attachment)
{
    const auto kind = attachment.mimeType.section(QLatin1Char('/'), 0, 0);
    const bool audio = kind == QLatin1String("audio");
    if (!audio && kind != QLatin1String("video"))
        return nullptr;
    if (const auto known = m_summaries.constFind(attachment.mediaId); known != m_summaries.cend())
        return &*known;
    if (!m_cache || m_summariesWanted.contains(attachment.mediaId) || m_failures.contains(attachment.mediaId))
        return nullptr;
    if (hasOriginal(attachment.mediaId)) {
        m_summariesWanted.insert(attachment.mediaId, attachment);
        summarise(attachment);
    } else if (m_fetcher && attachment.cacheState != QLatin1String("failed")
               && attachment.size <= (audio ? kAudioSummaryBytes : kVideoSummaryBytes)) {
        // Small enough to bring now, as a chat app does: its length and
        // waveform or picture show before it is played.
        m_summariesWanted.insert(attachment.mediaId, attachment);
        fetchOriginal(attachment);
    }
    return nullptr;
}

void MediaSource::summarise(const store::AttachmentRow &attachment)
{
    store::MediaCache *cache = m_cache;
    if (!cache)
        return;
    const QString mediaId = attachment.mediaId;
    const QString type = attachment.mimeType;
    if (type.startsWith(QLatin1String("video/"))) {
        readOriginal(mediaId, this, [this, mediaId, type](const QByteArray &bytes, const QString &error) {
            if (bytes.isEmpty()) {
                MediaSummary none;
                none.problem = error;
                keepSummary(mediaId, none);
                return;
            }
            m_posters->grab(bytes, type, this, [this, mediaId](const MediaSummary &s) { keepSummary(mediaId, s); });
        });
        return;
    }
    // A compressed recording is decoded on a worker by Qt Multimedia; its
    // backend is started here on this thread first (once per run), never on
    // a worker, and never before a recording is shown.
    const bool wave = type == QLatin1String("audio/wav") || type == QLatin1String("audio/x-wav")
                      || type == QLatin1String("audio/wave") || type == QLatin1String("audio/vnd.wave");
    if (!wave)
        startMultimediaHere();
    QPointer<MediaSource> guard(this);
    const quint64 generation = m_generation;
    auto deliver = [guard, mediaId, generation](const MediaSummary &s) {
        base::postBack(guard, [mediaId, generation, s](MediaSource *self) {
            if (self->m_generation == generation)
                self->keepSummary(mediaId, s);
        });
    };
    cache->runInBackground([cache, mediaId, type, deliver] {
        QString error;
        const auto bytes = cache->get(mediaId, store::MediaCache::Variant::Original, &error);
        if (!bytes) {
            MediaSummary none;
            none.problem = error.isEmpty() ? tr("The file is not on this computer yet.") : error;
            deliver(none);
            return;
        }
        if (auto wav = AudioSummaries::fromWav(*bytes)) {
            deliver(*wav);
            return;
        }
        // Compressed formats go through the platform's decoder, on a thread
        // of their own so the cache's two workers stay free.
        const QByteArray copy = *bytes;
        QThreadPool::globalInstance()->start([copy, type, deliver] { deliver(AudioSummaries::decode(copy, type)); });
    });
}

void MediaSource::keepSummary(const QString &mediaId, const MediaSummary &summary)
{
    m_summariesWanted.remove(mediaId);
    m_summaries.insert(mediaId, summary);
    if (!summary.problem.isEmpty())
        qCInfo(lcUi) << "a recording or video could not be summarised:" << summary.problem;
    emit changed(mediaId);
}

QString MediaSource::safeName(const store::AttachmentRow &attachment)
{
    return protocol::safeFileName(QFileInfo(attachment.fileName).fileName(), QStringLiteral("file"));
}

} // namespace relaydesk::ui
