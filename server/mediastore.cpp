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

std::optional<StoredMedia> MediaStore::store(qint64 workspaceId, const QByteArray &bytes, const QString &fileName,
                                             MediaError *error)
{
    if (bytes.isEmpty()) {
        *error = {QStringLiteral("bad_request"), QStringLiteral("The upload is empty.")};
        return std::nullopt;
    }
    StoredMedia media;
    media.id = newMediaId();
    media.workspaceId = workspaceId;
    // What the bytes are, not what the name or the client says.
    const SniffedType type = sniffMediaType(bytes);
    media.mimeType = type.mimeType;
    media.kind = type.kind;
    media.size = bytes.size();
    if (media.size > maxMediaBytes(media.kind)) {
        *error = {QStringLiteral("too_large"), QStringLiteral("This %1 is %2 MB; the limit for this kind is %3 MB.")
                                                   .arg(toString(media.kind))
                                                   .arg(double(media.size) / (1024 * 1024), 0, 'f', 1)
                                                   .arg(maxMediaBytes(media.kind) / (1024 * 1024))};
        return std::nullopt;
    }
    media.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    media.fileName = safeFileName(fileName, QStringLiteral("file"));

    if (!QDir().mkpath(QStringLiteral("%1/%2").arg(m_folder).arg(workspaceId))
        || !writeFile(pathOf(media, false), bytes)) {
        *error = {QStringLiteral("internal"), QStringLiteral("The file could not be stored.")};
        return std::nullopt;
    }
    if (media.kind == MessageKind::Image) {
        const SniffedImage sniffed = readImage(bytes);
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
         {QVariant(media.id), QVariant(workspaceId), QVariant(media.mimeType), QVariant(media.size),
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
