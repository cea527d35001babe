#include "mediastore.h"

#include "log.h"
#include "mediasniff.h"
#include "serverdb.h"

#include "protocol/codec.h"
#include "protocol/filenames.h"
#include "protocol/limits.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

namespace relaydesk::server {

using namespace relaydesk::protocol;

namespace {

QString newMediaId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

MediaStore::MediaStore(ServerDb &db, QString folder)
    : m_db(db)
    , m_folder(std::move(folder))
{
}

MessageKind MediaStore::kindFor(const QString &mimeType)
{
    return mediaKindFor(mimeType);
}

QString MediaStore::pathOf(const StoredMedia &media, bool thumbnail) const
{
    return QStringLiteral("%1/%2/%3%4")
        .arg(m_folder)
        .arg(media.workspaceId)
        .arg(media.id, thumbnail ? QStringLiteral(".thumb") : QString());
}

std::optional<MediaError> MediaStore::overLimit(MessageKind kind, qint64 size)
{
    if (size <= maxMediaBytes(kind))
        return std::nullopt;
    return MediaError{QStringLiteral("too_large"), QStringLiteral("This %1 is %2 MB; the limit for this kind is %3 MB.")
                                                       .arg(toString(kind))
                                                       .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                                                       .arg(maxMediaBytes(kind) / (1024 * 1024))};
}

std::optional<StoredMedia> MediaStore::describe(qint64 workspaceId, const QByteArray &head, qint64 size,
                                                const QString &sha256, const QString &fileName, MediaError *error) const
{
    if (size == 0) {
        *error = {QStringLiteral("bad_request"), QStringLiteral("The upload is empty.")};
        return std::nullopt;
    }
    StoredMedia media;
    media.id = newMediaId();
    media.workspaceId = workspaceId;
    // What the bytes are, not what the name or the client says.
    const SniffedType type = sniffMediaType(head);
    media.mimeType = type.mimeType;
    media.kind = type.kind;
    media.size = size;
    if (const std::optional<MediaError> refusal = overLimit(media.kind, media.size)) {
        *error = *refusal;
        return std::nullopt;
    }
    media.sha256 = sha256;
    media.fileName = safeFileName(fileName, QStringLiteral("file"));
    if (!QDir().mkpath(QStringLiteral("%1/%2").arg(m_folder).arg(workspaceId))) {
        *error = {QStringLiteral("internal"), QStringLiteral("The file could not be stored.")};
        return std::nullopt;
    }
    return media;
}

std::optional<StoredMedia> MediaStore::store(qint64 workspaceId, const QByteArray &bytes, const QString &fileName,
                                             MediaError *error)
{
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    std::optional<StoredMedia> media = describe(workspaceId, bytes, bytes.size(), sha256, fileName, error);
    if (!media)
        return std::nullopt;
    if (!writeFile(pathOf(*media, false), bytes)) {
        *error = {QStringLiteral("internal"), QStringLiteral("The file could not be stored.")};
        return std::nullopt;
    }
    return keep(*media, media->kind == MessageKind::Image ? bytes : QByteArray(), error);
}

std::unique_ptr<QTemporaryFile> MediaStore::incomingFile(qint64 workspaceId) const
{
    const QString folder = QStringLiteral("%1/%2").arg(m_folder).arg(workspaceId);
    auto file = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/incoming-XXXXXX"));
    if (!QDir().mkpath(folder) || !file->open())
        return nullptr;
    return file;
}

std::optional<StoredMedia> MediaStore::storeReceived(qint64 workspaceId, QTemporaryFile &file, const QString &sha256,
                                                     const QByteArray &head, const QString &fileName, MediaError *error)
{
    std::optional<StoredMedia> media = describe(workspaceId, head, file.size(), sha256, fileName, error);
    if (!media)
        return std::nullopt;
    if (!file.flush() || !file.rename(pathOf(*media, false))) {
        *error = {QStringLiteral("internal"), QStringLiteral("The file could not be stored.")};
        return std::nullopt;
    }
    file.setAutoRemove(false);
    QByteArray imageBytes;
    if (media->kind == MessageKind::Image) {
        // Within the image limit, and decoding needs it whole anyway. (rename() closed `file`.)
        QFile stored(pathOf(*media, false));
        if (stored.open(QIODevice::ReadOnly))
            imageBytes = stored.readAll();
    }
    return keep(*media, imageBytes, error);
}

std::optional<StoredMedia> MediaStore::keep(StoredMedia media, const QByteArray &imageBytes, MediaError *error)
{
    if (media.kind == MessageKind::Image) {
        const SniffedImage sniffed = readImage(imageBytes);
        const QImage &image = sniffed.image;
        if (!image.isNull()) {
            media.width = sniffed.width;
            media.height = sniffed.height;
            const QImage thumbnail = image.scaled(kThumbnailPixels, kThumbnailPixels, Qt::KeepAspectRatio,
                                                  Qt::SmoothTransformation);
            QByteArray encoded;
            QBuffer out(&encoded);
            out.open(QIODevice::WriteOnly);
            media.hasThumbnail = thumbnail.save(&out, "JPEG", 80) && writeFile(pathOf(media, true), encoded);
        }
    }

    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO media (id, workspace_id, mime_type, size, sha256, file_name, width,"
                                  " height, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(media.id), QVariant(media.workspaceId), QVariant(media.mimeType), QVariant(media.size),
          QVariant(media.sha256), QVariant(media.fileName), QVariant(media.width), QVariant(media.height),
          QVariant(QDateTime::currentMSecsSinceEpoch())})
        insert.addBindValue(value);
    if (!insert.exec()) {
        QFile::remove(pathOf(media, false));
        QFile::remove(pathOf(media, true));
        *error = {QStringLiteral("internal"), QStringLiteral("The file could not be recorded.")};
        return std::nullopt;
    }
    return media;
}

std::optional<StoredMedia> MediaStore::find(qint64 workspaceId, const QString &mediaId)
{
    if (!isValidMediaId(mediaId))
        return std::nullopt;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT mime_type, size, sha256, file_name, width, height FROM media"
                             " WHERE id = ? AND workspace_id = ?"));
    q.addBindValue(mediaId);
    q.addBindValue(workspaceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredMedia media;
    media.id = mediaId;
    media.workspaceId = workspaceId;
    media.mimeType = q.value(0).toString();
    media.kind = kindFor(media.mimeType);
    media.size = q.value(1).toLongLong();
    media.sha256 = q.value(2).toString();
    media.fileName = q.value(3).toString();
    media.width = q.value(4).toInt();
    media.height = q.value(5).toInt();
    media.hasThumbnail = QFile::exists(pathOf(media, true));
    return media;
}

} // namespace relaydesk::server
