#pragma once

// What an uploaded or fetched file is, from its bytes alone (mediastore.cpp):
// its MIME type, the message kind that follows, and for images the picture.
// Pure functions, so they can be fuzzed (fuzz/fuzz_media_sniff.cpp).

#include "protocol/types.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace relaydesk::server {

struct SniffedType
{
    QString mimeType; // never empty: application/octet-stream when nothing matched
    protocol::MessageKind kind = protocol::MessageKind::Document;
};

// The type of `bytes` by their content, never by a name or what a client says.
SniffedType sniffMediaType(const QByteArray &bytes);

// Image, audio, video by the MIME type's top level; anything else is a document.
protocol::MessageKind mediaKindFor(const QString &mimeType);

// An image's picture, as shown (EXIF orientation applied), and its size as the
// protocol carries it: width and height 0 when unknown.
struct SniffedImage
{
    QImage image; // null when the bytes could not be decoded
    int width = 0;
    int height = 0;
};
SniffedImage readImage(const QByteArray &bytes);

} // namespace relaydesk::server
