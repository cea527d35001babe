#include "mediaupload.h"

#include "mediasniff.h"
#include "mediastore.h"

#include "protocol/codec.h"

#include <QTemporaryFile>

namespace relaydesk::server {

namespace {

int statusFor(const MediaError &error)
{
    if (error.code == QLatin1String("too_large"))
        return 413;
    if (error.code == QLatin1String("bad_request"))
        return 400;
    return 500;
}

} // namespace

QJsonObject storedMediaJson(const StoredMedia &media)
{
    QJsonObject body{{QStringLiteral("media_id"), media.id},
                     {QStringLiteral("mime_type"), media.mimeType},
                     {QStringLiteral("kind"), protocol::toString(media.kind)},
                     {QStringLiteral("size"), media.size},
                     {QStringLiteral("sha256"), media.sha256},
                     {QStringLiteral("file_name"), media.fileName}};
    if (media.width > 0) {
        body.insert(QStringLiteral("width"), media.width);
        body.insert(QStringLiteral("height"), media.height);
    }
    return body;
}

MediaUpload::MediaUpload(MediaStore &media, qint64 workspaceId, std::unique_ptr<QTemporaryFile> file, QString fileName)
    : m_media(media)
    , m_workspaceId(workspaceId)
    , m_file(std::move(file))
    , m_fileName(std::move(fileName))
{
}

MediaUpload::~MediaUpload() = default;

std::optional<RawAnswer> MediaUpload::write(QByteArrayView bytes)
{
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size())
        return RawAnswer::error(500, QStringLiteral("internal"), QStringLiteral("The file could not be stored."));
    m_sha256.addData(bytes);
    m_size += bytes.size();
    if (m_head.size() < MediaStore::kSniffBytes)
        m_head.append(bytes.first(qMin(bytes.size(), MediaStore::kSniffBytes - m_head.size())));
    if (!m_kind && m_head.size() >= MediaStore::kSniffBytes)
        m_kind = sniffMediaType(m_head).kind;
    if (m_kind) {
        if (const std::optional<MediaError> refusal = MediaStore::overLimit(*m_kind, m_size))
            return RawAnswer::error(413, refusal->code, refusal->message);
    }
    return std::nullopt;
}

RawAnswer MediaUpload::finish()
{
    MediaError error;
    const std::optional<StoredMedia> media = m_media.storeReceived(m_workspaceId, *m_file,
                                                                   QString::fromLatin1(m_sha256.result().toHex()),
                                                                   m_head, m_fileName, &error);
    if (!media)
        return RawAnswer::error(statusFor(error), error.code, error.message);
    return RawAnswer::json(201, storedMediaJson(*media));
}

} // namespace relaydesk::server
