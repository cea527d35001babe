#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QThreadPool;

namespace relaydesk::store {

// Downloaded media, documents and thumbnails kept encrypted on disk, under a
// size cap that evicts what was used least recently.
//
// One instance per directory; safe to call from several threads at once. Every
// call that can fail returns false (or nothing) and, when `error` is not null,
// sets it to a sentence for the user.
class MediaCache
{
public:
    enum class Variant { Original, Thumbnail };

    // Length of the key the constructor takes (crypto_secretstream_xchacha20poly1305_KEYBYTES).
    static constexpr int KeyBytes = 32;

    // Opens the cache in `directory`, creating it if needed, and deletes files
    // left unfinished by a crash. A key of the wrong length or a directory that
    // cannot be used leaves the cache invalid: every call then fails with the
    // reason. The key is not kept; only subkeys derived from it are.
    MediaCache(QString directory, QByteArray key, qint64 capacityBytes);
    ~MediaCache();

    [[nodiscard]] bool isValid() const { return m_openError.isEmpty(); }
    QString directory() const { return m_directory; }

    // Encrypts `data` into the cache, replacing an older copy, then evicts
    // other entries until the cache fits its capacity. An entry larger than
    // the whole capacity is refused.
    [[nodiscard]] bool put(const QString &mediaId, Variant variant, const QByteArray &data, QString *error);

    // Like put(), streaming from a plaintext file (e.g. a finished download)
    // so large videos are never held in memory. The source is left in place.
    [[nodiscard]] bool putFile(const QString &mediaId, Variant variant, const QString &sourcePath, QString *error);

    // The decrypted entry, or nothing when it is not cached or cannot be read.
    // A damaged entry, or one written with another key, is removed.
    [[nodiscard]] std::optional<QByteArray> get(const QString &mediaId, Variant variant, QString *error);

    // Decrypts an entry into the file the user chose, streaming, through a
    // temporary file next to it so a failure never leaves a partial file.
    [[nodiscard]] bool exportTo(const QString &mediaId, Variant variant, const QString &destinationPath,
                                QString *error);

    // Whether the entry is cached; answers from memory, without disk access.
    [[nodiscard]] bool contains(const QString &mediaId, Variant variant) const;

    // Removes one entry. True when no such entry remains, also if there was none.
    [[nodiscard]] bool remove(const QString &mediaId, Variant variant, QString *error);

    // Removes every file of the cache (other files in the directory are left).
    [[nodiscard]] bool clear(QString *error);

    // Bytes the cache's entries take on disk.
    qint64 totalBytes() const;
    qint64 capacity() const;

    // Changes the cap and evicts at once if the cache is now too large.
    void setCapacity(qint64 capacityBytes);

    // Runs `job` on the cache's own worker threads (two at most: the machine
    // is shared with the sync and the search index). The cache waits for
    // every job before it goes, so a job may use it without a lifetime check;
    // results go back with base::postBack.
    void runInBackground(std::function<void()> job);

private:
    struct Entry
    {
        qint64 bytes = 0;
        quint64 lastUse = 0; // a counter: ordered within a run even when clocks tie
    };

    [[nodiscard]] bool usable(const QString &mediaId, QString *error) const;
    QByteArray entryDigest(const QString &mediaId, Variant variant) const;
    QString entryPath(const QString &name) const;
    [[nodiscard]] bool store(const QString &mediaId, Variant variant, QIODevice &source, qint64 sourceBytes,
                             QString *error);
    [[nodiscard]] bool load(const QString &mediaId, Variant variant, QIODevice &sink, QString *error, bool *sinkFailed);
    void scanLocked();
    void evictLocked(const QString &keep);
    [[nodiscard]] bool removeFileLocked(const QString &name);
    void touchLocked(const QString &name);

    QString m_directory;
    QString m_openError; // empty when the cache is usable
    std::array<unsigned char, KeyBytes> m_contentKey{};
    std::array<unsigned char, KeyBytes> m_nameKey{};

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries; // by file name
    qint64 m_totalBytes = 0;
    qint64 m_capacity = 0;
    quint64 m_useCounter = 0;
    quint64 m_generation = 0; // bumped by clear(), so writes begun before it are dropped

    std::unique_ptr<QThreadPool> m_workers;

    Q_DISABLE_COPY_MOVE(MediaCache)
};

} // namespace relaydesk::store
