// The type of an uploaded or fetched file from its bytes (server/mediasniff.cpp):
// the MIME type, the kind, and for images the picture and its size. What is
// sniffed must fit the attachment record every client decodes.

#include "fuzzcommon.h"
#include "mediasniff.h"

using namespace relaydesk;
using namespace relaydesk::fuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0; // MediaStore::store refuses an empty upload first
    const QByteArray bytes = bytesOf(data, size);
    const server::SniffedType type = server::sniffMediaType(bytes);
    check(!type.mimeType.isEmpty(), "a type is always found");
    check(type.kind == server::mediaKindFor(type.mimeType), "the kind follows the type");
    const server::SniffedType again = server::sniffMediaType(bytes);
    check(again.mimeType == type.mimeType, "sniffing is deterministic");

    protocol::Attachment attachment;
    attachment.mediaId = QStringLiteral("m1");
    attachment.mimeType = type.mimeType;
    attachment.size = bytes.size();
    attachment.fileName = QStringLiteral("file");
    if (type.kind == protocol::MessageKind::Image) {
        const server::SniffedImage image = server::readImage(bytes);
        check(image.width >= 0 && image.height >= 0, "an image's size is not negative");
        attachment.width = image.width;
        attachment.height = image.height;
    }
    QString problem;
    if (!protocol::attachmentFromJson(protocol::toJson(attachment), &problem))
        violated("a sniffed file is an attachment clients decode", problem);
    return 0;
}
