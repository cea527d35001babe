#pragma once

#include "protocol/types.h"

#include <QByteArray>
#include <QString>

#include <optional>

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
    [[nodiscard]] std::optional<StoredMedia> find(qint64 workspaceId, const QString &mediaId);
    QString pathOf(const StoredMedia &media, bool thumbnail) const;

    static protocol::MessageKind kindFor(const QString &mimeType);

private:
    ServerDb &m_db;
    QString m_folder;
};

} // namespace relaydesk::server
