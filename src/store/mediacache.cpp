#include "store/mediacache.h"

#include "store/log.h"
#include "store/mediacachefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>
#include <QSaveFile>
#include <QThreadPool>

#include <sodium.h>

#include <algorithm>
#include <utility>
#include <vector>

// The entries' file format, names and subkeys are in mediacachefile.cpp.

namespace relaydesk::store {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString tooLargeError(qint64 plainBytes, qint64 capacity)
{
    const QLocale locale;
    return QCoreApplication::translate("MediaCache",
                                       "This file (%1) is larger than the whole media cache (%2), so it was not "
                                       "kept for offline use. Raise the media cache size to keep files this large.")
        .arg(locale.formattedDataSize(plainBytes), locale.formattedDataSize(capacity));
}

QString notCachedError()
{
    return QCoreApplication::translate("MediaCache", "This file is not in the media cache. Download it again.");
}

QString damagedError()
{
    return QCoreApplication::translate(
        "MediaCache", "A cached file could not be decrypted: it is damaged or was saved with another key. "
                      "It was removed from the cache; download it again.");
}

} // namespace

MediaCache::MediaCache(QString directory, QByteArray key, qint64 capacityBytes)
    : m_capacity(std::max<qint64>(0, capacityBytes))
    , m_workers(std::make_unique<QThreadPool>())
{
    m_workers->setMaxThreadCount(2);
    m_directory = directory.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (key.size() != KeyBytes) {
        m_openError = QCoreApplication::translate(
            "MediaCache", "The media cache cannot be used because its encryption key is not valid. Media will "
                          "be downloaded each time it is opened; please report this problem.");
        qCWarning(lcStore) << "media cache: key has the wrong length, cache disabled";
        return;
    }
    if (sodium_init() < 0) {
        m_openError = QCoreApplication::translate(
            "MediaCache", "The encryption library could not be started, so the media cache is turned off. "
                          "Reinstall Relaydesk to fix this.");
        qCWarning(lcStore) << "media cache: sodium_init failed, cache disabled";
        return;
    }
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory) || !QFileInfo(m_directory).isWritable()) {
        m_openError =
            QCoreApplication::translate("MediaCache",
                                        "Cannot use the media cache folder %1. Check that it is a writable folder and "
                                        "that the disk has free space.")
                .arg(QDir::toNativeSeparators(m_directory));
        qCWarning(lcStore) << "media cache: folder unusable, cache disabled";
        return;
    }
    // The entries are encrypted, but how many there are and how large is
    // nobody else's business either.
    QFile::setPermissions(m_directory, kOwnerOnlyFolder);

    // Separate subkeys, so the key that names files is never the one that
    // encrypts them.
    deriveSubkeys(key, &m_contentKey, &m_nameKey);

    QMutexLocker locker(&m_mutex);
    scanLocked();
}

MediaCache::~MediaCache()
{
    m_workers->waitForDone(); // they may be using the cache
    sodium_memzero(m_contentKey.data(), m_contentKey.size());
    sodium_memzero(m_nameKey.data(), m_nameKey.size());
}

void MediaCache::runInBackground(std::function<void()> job)
{
    m_workers->start(std::move(job));
}

bool MediaCache::usable(const QString &mediaId, QString *error) const
{
    if (!isValid()) {
        setError(error, m_openError);
        return false;
    }
    // An empty id is a caller's bug; caching it would show one file in place
    // of another.
    if (mediaId.isEmpty()) {
        setError(error,
                 QCoreApplication::translate(
                     "MediaCache", "This file has no media id, so it cannot be cached. Please report this problem."));
        return false;
    }
    return true;
}

QByteArray MediaCache::entryDigest(const QString &mediaId, Variant variant) const
{
    return nameDigest(m_nameKey, mediaId, variant);
}

QString MediaCache::entryPath(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name;
}

bool MediaCache::store(const QString &mediaId, Variant variant, QIODevice &source, qint64 sourceBytes, QString *error)
{
    const QByteArray digest = entryDigest(mediaId, variant);
    const QString name = entryName(digest);
    quint64 generation = 0;
    {
        QMutexLocker locker(&m_mutex);
        if (encryptedSize(sourceBytes) > m_capacity) {
            setError(error, tooLargeError(sourceBytes, m_capacity));
            return false;
        }
        generation = m_generation;
    }

    // Encrypting a large video takes a while; other threads keep using the
    // cache meanwhile, and only the rename into place below takes the lock.
    QSaveFile file(entryPath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error,
                 QCoreApplication::translate(
                     "MediaCache", "Cannot save the file in the media cache (%1). Free some disk space and try again.")
                     .arg(file.errorString()));
        return false;
    }
    file.setPermissions(kOwnerOnlyFile);
    qint64 written = 0;
    const StreamResult result = encryptStream(source, file, m_contentKey, additionalData(digest), &written);
    if (result == StreamResult::ReadFailed) {
        file.cancelWriting();
        setError(error,
                 QCoreApplication::translate("MediaCache", "Cannot read the file to cache (%1). Download it again.")
                     .arg(source.errorString()));
        return false;
    }
    if (result != StreamResult::Ok) {
        file.cancelWriting();
        setError(error,
                 QCoreApplication::translate(
                     "MediaCache", "Cannot save the file in the media cache (%1). Free some disk space and try again.")
                     .arg(file.errorString()));
        return false;
    }

    QMutexLocker locker(&m_mutex);
    if (generation != m_generation) {
        file.cancelWriting();
        setError(error,
                 QCoreApplication::translate(
                     "MediaCache", "The media cache was cleared while this file was being saved, so it was not kept. "
                                   "Download it again if you need it."));
        return false;
    }
    if (written > m_capacity) { // the source grew, or the capacity shrank, meanwhile
        file.cancelWriting();
        setError(error, tooLargeError(written, m_capacity));
        return false;
    }
    if (!file.commit()) {
        setError(error,
                 QCoreApplication::translate(
                     "MediaCache", "Cannot save the file in the media cache (%1). Free some disk space and try again.")
                     .arg(file.errorString()));
        return false;
    }
    const auto old = m_entries.constFind(name);
    if (old != m_entries.constEnd())
        m_totalBytes -= old->bytes;
    m_entries.insert(name, Entry{written, ++m_useCounter});
    m_totalBytes += written;
    evictLocked(name);
    return true;
}

bool MediaCache::put(const QString &mediaId, Variant variant, const QByteArray &data, QString *error)
{
    if (!usable(mediaId, error))
        return false;
    QBuffer source;
    source.setData(data); // shares, does not copy
    source.open(QIODevice::ReadOnly);
    return store(mediaId, variant, source, data.size(), error);
}

bool MediaCache::putFile(const QString &mediaId, Variant variant, const QString &sourcePath, QString *error)
{
    if (!usable(mediaId, error))
        return false;
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        setError(error,
                 QCoreApplication::translate("MediaCache", "Cannot read the file to cache (%1). Download it again.")
                     .arg(source.errorString()));
        return false;
    }
    return store(mediaId, variant, source, source.size(), error);
}

bool MediaCache::load(const QString &mediaId, Variant variant, QIODevice &sink, QString *error, bool *sinkFailed)
{
    *sinkFailed = false;
    const QByteArray digest = entryDigest(mediaId, variant);
    const QString name = entryName(digest);

    // Reads hold the lock throughout: on Windows a file that is open cannot
    // be removed or replaced, so eviction must not run while one is read.
    QMutexLocker locker(&m_mutex);
    if (!m_entries.contains(name)) {
        setError(error, notCachedError());
        return false;
    }
    QFile file(entryPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) { // deleted behind our back
            if (!removeFileLocked(name))
                qCWarning(lcStore) << "media cache: could not forget a missing entry";
            setError(error, notCachedError());
        } else {
            setError(error,
                     QCoreApplication::translate(
                         "MediaCache", "Cannot read a file in the media cache (%1). Check the permissions of the "
                                       "folder %2.")
                         .arg(file.errorString(), QDir::toNativeSeparators(m_directory)));
        }
        return false;
    }
    const StreamResult result = decryptStream(file, sink, m_contentKey, additionalData(digest));
    const QString readError = file.errorString();
    file.close();
    switch (result) {
    case StreamResult::Ok:
        touchLocked(name);
        return true;
    case StreamResult::WriteFailed:
        *sinkFailed = true;
        return false;
    case StreamResult::ReadFailed:
        setError(error,
                 QCoreApplication::translate("MediaCache",
                                             "Cannot read a file in the media cache (%1). Check the permissions of the "
                                             "folder %2.")
                     .arg(readError, QDir::toNativeSeparators(m_directory)));
        return false;
    case StreamResult::Truncated:
    case StreamResult::Damaged:
    case StreamResult::UnknownFormat:
        if (removeFileLocked(name))
            qCWarning(lcStore) << "media cache: removed an unreadable entry:" << describe(result);
        else
            qCWarning(lcStore) << "media cache: could not remove an unreadable entry:" << describe(result);
        setError(error, damagedError());
        return false;
    }
    return false;
}

std::optional<QByteArray> MediaCache::get(const QString &mediaId, Variant variant, QString *error)
{
    if (!usable(mediaId, error))
        return std::nullopt;
    QByteArray plain;
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_entries.constFind(entryName(entryDigest(mediaId, variant)));
        if (it != m_entries.constEnd())
            plain.reserve(it->bytes); // a little more than the plaintext; avoids copies
    }
    QBuffer sink(&plain);
    sink.open(QIODevice::WriteOnly);
    bool sinkFailed = false;
    if (!load(mediaId, variant, sink, error, &sinkFailed)) {
        sink.close();
        wipe(plain);
        if (sinkFailed)
            setError(error, QCoreApplication::translate(
                                "MediaCache", "There is not enough memory to open this file. Close other programs and "
                                              "try again."));
        return std::nullopt;
    }
    sink.close();
    return plain;
}

bool MediaCache::exportTo(const QString &mediaId, Variant variant, const QString &destinationPath, QString *error)
{
    if (!usable(mediaId, error))
        return false;
    const QString shownPath = QDir::toNativeSeparators(destinationPath);
    QSaveFile destination(destinationPath);
    if (!destination.open(QIODevice::WriteOnly)) {
        setError(error, QCoreApplication::translate("MediaCache", "Cannot save %1 (%2). Choose another folder, or free "
                                                                  "some disk space and try again.")
                            .arg(shownPath, destination.errorString()));
        return false;
    }
    bool sinkFailed = false;
    if (!load(mediaId, variant, destination, error, &sinkFailed)) {
        if (sinkFailed)
            setError(error,
                     QCoreApplication::translate(
                         "MediaCache", "Cannot save %1 (%2). Choose another folder, or free some disk space and try "
                                       "again.")
                         .arg(shownPath, destination.errorString()));
        destination.cancelWriting();
        return false;
    }
    if (!destination.commit()) {
        setError(error, QCoreApplication::translate("MediaCache", "Cannot save %1 (%2). Choose another folder, or free "
                                                                  "some disk space and try again.")
                            .arg(shownPath, destination.errorString()));
        return false;
    }
    return true;
}

bool MediaCache::contains(const QString &mediaId, Variant variant) const
{
    if (!isValid() || mediaId.isEmpty())
        return false;
    const QString name = entryName(entryDigest(mediaId, variant));
    QMutexLocker locker(&m_mutex);
    return m_entries.contains(name);
}

bool MediaCache::remove(const QString &mediaId, Variant variant, QString *error)
{
    if (!usable(mediaId, error))
        return false;
    const QString name = entryName(entryDigest(mediaId, variant));
    QMutexLocker locker(&m_mutex);
    if (!m_entries.contains(name) || removeFileLocked(name))
        return true;
    setError(error, QCoreApplication::translate(
                        "MediaCache", "A cached file could not be removed. Close any program that may be using it and "
                                      "try again."));
    return false;
}

bool MediaCache::clear(QString *error)
{
    if (!isValid()) {
        setError(error, m_openError);
        return false;
    }
    QMutexLocker locker(&m_mutex);
    ++m_generation;
    // From the directory rather than the index, so entries this instance
    // does not know about (written before a crash, say) go too.
    const QStringList names = QDir(m_directory).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString &name : names) {
        if (isLeftoverName(name))
            QFile::remove(entryPath(name)); // may be a write in progress; it is dropped anyway
        else if (isEntryName(name) && !m_entries.contains(name))
            m_entries.insert(name, Entry{QFileInfo(entryPath(name)).size(), 0});
    }
    int failed = 0;
    const QStringList known = m_entries.keys();
    for (const QString &name : known) {
        if (!removeFileLocked(name))
            ++failed;
    }
    if (failed > 0) {
        setError(error, QCoreApplication::translate(
                            "MediaCache",
                            "%n cached file(s) could not be removed. Close any program that may be using "
                            "them and try again.",
                            nullptr, failed));
        return false;
    }
    qCInfo(lcStore) << "media cache: cleared";
    return true;
}

qint64 MediaCache::totalBytes() const
{
    QMutexLocker locker(&m_mutex);
    return m_totalBytes;
}

qint64 MediaCache::capacity() const
{
    QMutexLocker locker(&m_mutex);
    return m_capacity;
}

void MediaCache::setCapacity(qint64 capacityBytes)
{
    QMutexLocker locker(&m_mutex);
    m_capacity = std::max<qint64>(0, capacityBytes);
    if (isValid())
        evictLocked(QString());
}

void MediaCache::scanLocked()
{
    struct Found
    {
        QString name;
        qint64 bytes;
        qint64 modified;
    };
    std::vector<Found> found;
    int leftovers = 0;
    const QFileInfoList files =
        QDir(m_directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        if (isLeftoverName(name)) {
            if (QFile::remove(info.absoluteFilePath()))
                ++leftovers;
        } else if (isEntryName(name)) {
            found.push_back({name, info.size(), info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()});
        }
    }
    // The files' modification times are the only record of use that survives
    // a restart; there is deliberately no index file to leak what was viewed.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.modified != b.modified ? a.modified < b.modified : a.name < b.name;
    });
    for (const Found &f : found) {
        m_entries.insert(f.name, Entry{f.bytes, ++m_useCounter});
        m_totalBytes += f.bytes;
    }
    if (leftovers > 0)
        qCInfo(lcStore) << "media cache: removed" << leftovers << "unfinished files";
    qCDebug(lcStore) << "media cache: opened with" << m_entries.size() << "entries";
    evictLocked(QString());
}

void MediaCache::evictLocked(const QString &keep)
{
    if (m_totalBytes <= m_capacity)
        return;
    std::vector<std::pair<quint64, QString>> order;
    order.reserve(size_t(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key() != keep)
            order.emplace_back(it->lastUse, it.key());
    }
    std::sort(order.begin(), order.end());
    int evicted = 0;
    for (const auto &candidate : order) {
        if (m_totalBytes <= m_capacity)
            break;
        if (removeFileLocked(candidate.second))
            ++evicted;
    }
    qCDebug(lcStore) << "media cache: evicted" << evicted << "entries";
}

bool MediaCache::removeFileLocked(const QString &name)
{
    const QString path = entryPath(name);
    if (!QFile::remove(path) && QFileInfo::exists(path)) {
        qCWarning(lcStore) << "media cache: could not remove an entry";
        return false;
    }
    const auto it = m_entries.find(name);
    if (it != m_entries.end()) {
        m_totalBytes -= it->bytes;
        m_entries.erase(it);
    }
    return true;
}

void MediaCache::touchLocked(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it != m_entries.end())
        it->lastUse = ++m_useCounter;
    // Windows sets file times only through a handle opened for writing.
    QFile file(entryPath(name));
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)
        || !file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime))
        qCDebug(lcStore) << "media cache: could not record the use of an entry";
}

} // namespace relaydesk::store
