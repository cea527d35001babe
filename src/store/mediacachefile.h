#pragma once

// The on-disk format of MediaCache entries (names, subkeys, chunks); private to the cache.

#include "store/mediacache.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <array>

class QIODevice;

namespace relaydesk::store {

using Key = std::array<unsigned char, MediaCache::KeyBytes>;

enum class StreamResult { Ok, ReadFailed, WriteFailed, Truncated, Damaged, UnknownFormat };

const char *describe(StreamResult result);

// Overwrites the bytes of `array` with zeros (sodium_memzero), keeping its size.
void wipe(QByteArray &array);

// Derives the subkey that encrypts entries and the one that names them from
// the cache's key, which must be MediaCache::KeyBytes long.
void deriveSubkeys(const QByteArray &key, Key *contentKey, Key *nameKey);

// The keyed digest an entry's file name is made from.
QByteArray nameDigest(const Key &nameKey, const QString &mediaId, MediaCache::Variant variant);

// The file name of the entry with this digest: its hex and the suffix.
QString entryName(const QByteArray &digest);

// Whether `name` is a complete entry's file name.
[[nodiscard]] bool isEntryName(const QString &name);

// Whether `name` is a temporary file left by an unfinished write of an entry.
[[nodiscard]] bool isLeftoverName(const QString &name);

// Binds every chunk to the format version and to the entry's name.
QByteArray additionalData(const QByteArray &digest);

// What a plaintext of `plainBytes` occupies on disk, to refuse an oversized
// entry before spending the time to encrypt it.
qint64 encryptedSize(qint64 plainBytes);

// Encrypts all of `in` into `out` in the entry format; `written` is the number
// of bytes written to `out`, also on failure.
StreamResult encryptStream(QIODevice &in, QIODevice &out, const Key &key, const QByteArray &additionalData,
                           qint64 *written);

// Writes plaintext to `out` as it is verified; on failure the caller discards
// what was written, so no caller ever sees unverified data.
StreamResult decryptStream(QIODevice &in, QIODevice &out, const Key &key, const QByteArray &additionalData);

} // namespace relaydesk::store
