#include "mediasniff.h"

#include "protocol/limits.h"

#include <QBuffer>
#include <QImageReader>
#include <QMimeDatabase>

namespace relaydesk::server {

using namespace relaydesk::protocol;

MessageKind mediaKindFor(const QString &mimeType)
{
    // Pictures every desktop shows inline (with a thumbnail); other image
    // types (SVG, HEIC, icons …) are documents, as docs/protocol.md says.
    static const QStringList pictures{QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                      QStringLiteral("image/webp"), QStringLiteral("image/gif"),
                                      QStringLiteral("image/bmp"),  QStringLiteral("image/tiff")};
    if (pictures.contains(mimeType))
        return MessageKind::Image;
    if (mimeType.startsWith(QLatin1String("audio/")))
        return MessageKind::Audio;
    if (mimeType.startsWith(QLatin1String("video/")))
        return MessageKind::Video;
    return MessageKind::Document;
}

SniffedType sniffMediaType(const QByteArray &bytes)
{
    SniffedType sniffed;
    sniffed.mimeType = QMimeDatabase().mimeTypeForData(bytes).name();
    sniffed.kind = mediaKindFor(sniffed.mimeType);
    return sniffed;
}

SniffedImage readImage(const QByteArray &bytes)
{
    SniffedImage result;
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    result.image = reader.read();
    // A size the attachment record cannot carry stays unknown: no client would decode it.
    if (!result.image.isNull() && result.image.width() <= kMaxImageSide && result.image.height() <= kMaxImageSide) {
        result.width = result.image.width();
        result.height = result.image.height();
    }
    return result;
}

} // namespace relaydesk::server
