#pragma once

#include "streamedupload.h"

#include "protocol/types.h"

#include <QCryptographicHash>

#include <memory>

class QTemporaryFile;

namespace relaydesk::server {

class MediaStore;
struct StoredMedia;

// The body of one POST /v1/media, written to a file in the media store as it
// arrives with its sha256 computed on the way, never whole in memory. Cut as
// soon as it is over its kind's limit (the kind sniffed from its first bytes).
class MediaUpload final : public StreamedUpload
{
public:
    MediaUpload(MediaStore &media, qint64 workspaceId, std::unique_ptr<QTemporaryFile> file, QString fileName);
    ~MediaUpload() override;

    [[nodiscard]] std::optional<RawAnswer> write(QByteArrayView bytes) override;
    [[nodiscard]] RawAnswer finish() override;

private:
    MediaStore &m_media;
    qint64 m_workspaceId;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_fileName;
    QCryptographicHash m_sha256{QCryptographicHash::Sha256};
    QByteArray m_head; // the first bytes, which the type is sniffed from
    qint64 m_size = 0;
    std::optional<protocol::MessageKind> m_kind;
};

// The answer to an upload: the stored file's record.
QJsonObject storedMediaJson(const StoredMedia &media);

} // namespace relaydesk::server
