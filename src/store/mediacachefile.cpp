#include "store/mediacachefile.h"

#include <QIODevice>
#include <QScopeGuard>

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

// File format, version 1:
//   "RDMC" 0x01                      magic and version (5 bytes)
//   secretstream header              crypto_secretstream_xchacha20poly1305_HEADERBYTES (24)
//   chunks                           each plaintext + ABYTES (17); every chunk but the
//                                    last holds exactly kChunkBytes of plaintext and is
//                                    tagged MESSAGE, the last holds 0..kChunkBytes and is
//                                    tagged FINAL. Nothing may follow it.
// Every chunk is authenticated with additional data = magic + the entry's name digest,
// so a file renamed to another entry's name, or given another version byte, is refused.

namespace relaydesk::store {

namespace {

static_assert(MediaCache::KeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(MediaCache::KeyBytes == crypto_kdf_KEYBYTES);

constexpr char kMagic[] = {'R', 'D', 'M', 'C', 1};
constexpr qint64 kMagicBytes = sizeof(kMagic);
constexpr qint64 kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qint64 kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kChunkBytes = 64 * 1024;
constexpr int kDigestBytes = 32;
constexpr int kNameHexLength = kDigestBytes * 2;

// crypto_kdf wants exactly crypto_kdf_CONTEXTBYTES characters of context.
constexpr char kKdfContext[] = "rdmcache";
static_assert(sizeof(kKdfContext) - 1 == crypto_kdf_CONTEXTBYTES);
constexpr std::uint64_t kContentSubkey = 1;
constexpr std::uint64_t kNameSubkey = 2;

const QLatin1String kSuffix(".rdmc");

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

// QIODevice::read may return less than asked before the end; the chunk
// boundaries of the format must not depend on that.
qint64 readFully(QIODevice &in, char *data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = in.read(data + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

bool writeAll(QIODevice &out, const char *data, qint64 size)
{
    return out.write(data, size) == size;
}

bool isHexName(const QString &name)
{
    if (name.size() < kNameHexLength)
        return false;
    for (int i = 0; i < kNameHexLength; ++i) {
        const char16_t c = name.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

const char *describe(StreamResult result)
{
    switch (result) {
    case StreamResult::Ok:
        return "ok";
    case StreamResult::ReadFailed:
        return "read failed";
    case StreamResult::WriteFailed:
        return "write failed";
    case StreamResult::Truncated:
        return "truncated";
    case StreamResult::Damaged:
        return "damaged or another key";
    case StreamResult::UnknownFormat:
        return "unknown format";
    }
    return "?";
}

void wipe(QByteArray &array)
{
    if (!array.isEmpty())
        sodium_memzero(array.data(), size_t(array.size()));
}

void deriveSubkeys(const QByteArray &key, Key *contentKey, Key *nameKey)
{
    crypto_kdf_derive_from_key(contentKey->data(), contentKey->size(), kContentSubkey, kKdfContext, bytes(key));
    crypto_kdf_derive_from_key(nameKey->data(), nameKey->size(), kNameSubkey, kKdfContext, bytes(key));
}

QByteArray nameDigest(const Key &nameKey, const QString &mediaId, MediaCache::Variant variant)
{
    // Hash the UTF-16 code units rather than UTF-8: conversion would map
    // different ill-formed ids to one name.
    QByteArray input;
    input.reserve(1 + mediaId.size() * 2);
    input.append(variant == MediaCache::Variant::Original ? 'o' : 't');
    for (const QChar c : mediaId) {
        input.append(char(c.unicode() & 0xff));
        input.append(char(c.unicode() >> 8));
    }
    QByteArray digest(kDigestBytes, Qt::Uninitialized);
    crypto_generichash(bytes(digest), size_t(digest.size()), bytes(std::as_const(input)),
                       static_cast<unsigned long long>(input.size()), nameKey.data(), nameKey.size());
    return digest;
}

QString entryName(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex()) + kSuffix;
}

bool isEntryName(const QString &name)
{
    return name.size() == kNameHexLength + kSuffix.size() && isHexName(name) && name.endsWith(kSuffix);
}

// QSaveFile writes "<target>.XXXXXX" where the system has no anonymous
// temporary files; one left behind by a crash is never a complete entry.
bool isLeftoverName(const QString &name)
{
    return name.size() > kNameHexLength + kSuffix.size() + 1 && isHexName(name)
           && QStringView(name).mid(kNameHexLength).startsWith(kSuffix)
           && name.at(kNameHexLength + kSuffix.size()) == QLatin1Char('.');
}

QByteArray additionalData(const QByteArray &digest)
{
    return QByteArray(kMagic, kMagicBytes) + digest;
}

qint64 encryptedSize(qint64 plainBytes)
{
    const qint64 chunks = std::max<qint64>(1, (plainBytes + kChunkBytes - 1) / kChunkBytes);
    return kMagicBytes + kStreamHeaderBytes + plainBytes + chunks * kTagBytes;
}

StreamResult encryptStream(QIODevice &in, QIODevice &out, const Key &key, const QByteArray &additionalData,
                           qint64 *written)
{
    crypto_secretstream_xchacha20poly1305_state state;
    const auto wipeState = qScopeGuard([&] { sodium_memzero(&state, sizeof state); });
    unsigned char header[kStreamHeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    *written = 0;
    if (!writeAll(out, kMagic, kMagicBytes)
        || !writeAll(out, reinterpret_cast<const char *>(header), kStreamHeaderBytes))
        return StreamResult::WriteFailed;
    *written = kMagicBytes + kStreamHeaderBytes;

    QByteArray current(kChunkBytes, Qt::Uninitialized);
    QByteArray next(kChunkBytes, Qt::Uninitialized);
    QByteArray cipher(kChunkBytes + kTagBytes, Qt::Uninitialized);
    const auto wipeBuffers = qScopeGuard([&] {
        wipe(current);
        wipe(next);
    });

    // Reading one chunk ahead tells which chunk is the last, so the final tag
    // lands on real data and the format needs no length field.
    qint64 currentLength = readFully(in, current.data(), kChunkBytes);
    if (currentLength < 0)
        return StreamResult::ReadFailed;
    for (;;) {
        qint64 nextLength = 0;
        if (currentLength == kChunkBytes) {
            nextLength = readFully(in, next.data(), kChunkBytes);
            if (nextLength < 0)
                return StreamResult::ReadFailed;
        }
        const unsigned char tag = nextLength == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(cipher), &cipherLength, bytes(std::as_const(current)),
                                                   static_cast<unsigned long long>(currentLength),
                                                   bytes(additionalData),
                                                   static_cast<unsigned long long>(additionalData.size()), tag);
        if (!writeAll(out, cipher.constData(), qint64(cipherLength)))
            return StreamResult::WriteFailed;
        *written += qint64(cipherLength);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return StreamResult::Ok;
        current.swap(next);
        currentLength = nextLength;
    }
}

// Writes plaintext to `out` as it is verified; on failure the caller discards
// what was written, so no caller ever sees unverified data.
StreamResult decryptStream(QIODevice &in, QIODevice &out, const Key &key, const QByteArray &additionalData)
{
    char magic[kMagicBytes];
    qint64 got = readFully(in, magic, kMagicBytes);
    if (got < 0)
        return StreamResult::ReadFailed;
    if (got < kMagicBytes)
        return StreamResult::Truncated;
    if (std::memcmp(magic, kMagic, kMagicBytes) != 0)
        return StreamResult::UnknownFormat;

    unsigned char header[kStreamHeaderBytes];
    got = readFully(in, reinterpret_cast<char *>(header), kStreamHeaderBytes);
    if (got < 0)
        return StreamResult::ReadFailed;
    if (got < kStreamHeaderBytes)
        return StreamResult::Truncated;

    crypto_secretstream_xchacha20poly1305_state state;
    const auto wipeState = qScopeGuard([&] { sodium_memzero(&state, sizeof state); });
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.data()) != 0)
        return StreamResult::Damaged;

    QByteArray cipher(kChunkBytes + kTagBytes, Qt::Uninitialized);
    QByteArray plain(kChunkBytes, Qt::Uninitialized);
    const auto wipePlain = qScopeGuard([&] { wipe(plain); });
    for (;;) {
        got = readFully(in, cipher.data(), kChunkBytes + kTagBytes);
        if (got < 0)
            return StreamResult::ReadFailed;
        if (got < kTagBytes) // also: the file ended before the final chunk
            return StreamResult::Truncated;
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, bytes(plain), &plainLength, &tag,
                                                       bytes(std::as_const(cipher)),
                                                       static_cast<unsigned long long>(got), bytes(additionalData),
                                                       static_cast<unsigned long long>(additionalData.size()))
            != 0)
            return StreamResult::Damaged;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            char extra;
            const qint64 more = readFully(in, &extra, 1);
            if (more < 0)
                return StreamResult::ReadFailed;
            if (more > 0)
                return StreamResult::Damaged;
            if (!writeAll(out, plain.constData(), qint64(plainLength)))
                return StreamResult::WriteFailed;
            return StreamResult::Ok;
        }
        // The writer never uses PUSH or REKEY, and only the last chunk may be short.
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
            || plainLength != static_cast<unsigned long long>(kChunkBytes))
            return StreamResult::Damaged;
        if (!writeAll(out, plain.constData(), qint64(plainLength)))
            return StreamResult::WriteFailed;
    }
}

} // namespace relaydesk::store
