#pragma once

#include "protocol/types.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryFile;

namespace relaydesk::server {

class ServerDb;

struct StoredMedia
{
    QString id;
    qint64 workspaceId = 0;
    QString mimeType;
    protocol::MessageKind kind = protocol::MessageKind::Document;
    qint64 size = 0;
    QString sha256;
    QString fileName;
    int width = 0;
    int height = 0;
    bool hasThumbnail = false;
};

struct MediaError
{
    QString code; // too_large, bad_request, internal
    QString message;
};

// Uploaded media on the server's disk, one folder per workspace. The type is
// sniffed from the bytes, never taken from the client; images get a
// thumbnail; names are made safe; every lookup is by workspace.
class MediaStore
{
public:
    MediaStore(ServerDb &db, QString folder);

    [[nodiscard]] std::optional<StoredMedia> store(qint64 workspaceId, const QByteArray &bytes, const QString &fileName,
                                                   MediaError *error);
    // A file in the store's folder for an upload written as it arrives, so it
    // can be renamed into place; null when the folder cannot be written.
    [[nodiscard]] std::unique_ptr<QTemporaryFile> incomingFile(qint64 workspaceId) const;
    // Stores an upload already written to `file` (from incomingFile()), given
    // its sha256 in hex and its first kSniffBytes (all of it when smaller).
    [[nodiscard]] std::optional<StoredMedia> storeReceived(qint64 workspaceId, QTemporaryFile &file,
                                                           const QString &sha256, const QByteArray &head,
                                                           const QString &fileName, MediaError *error);
    [[nodiscard]] std::optional<StoredMedia> find(qint64 workspaceId, const QString &mediaId);
    QString pathOf(const StoredMedia &media, bool thumbnail) const;

    static protocol::MessageKind kindFor(const QString &mimeType);
    // What the type of a file is sniffed from: its first bytes.
    static constexpr qsizetype kSniffBytes = 64 * 1024;
    // The refusal for a file of that kind and size over the kind's limit, or nothing.
    static std::optional<MediaError> overLimit(protocol::MessageKind kind, qint64 size);

private:
    // The record of a new file: its type from its first bytes, checked against its kind's limit.
    [[nodiscard]] std::optional<StoredMedia> describe(qint64 workspaceId, const QByteArray &head, qint64 size,
                                                      const QString &sha256, const QString &fileName,
                                                      MediaError *error) const;
    // Makes the thumbnail of an image (from its bytes) and records the file, already at pathOf(media).
    [[nodiscard]] std::optional<StoredMedia> keep(StoredMedia media, const QByteArray &imageBytes, MediaError *error);

    ServerDb &m_db;
    QString m_folder;
};

} // namespace relaydesk::server
