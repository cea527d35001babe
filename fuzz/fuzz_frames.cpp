// Frames of the WebSocket stream (protocol::decodeFrame), as both the client
// and the server read them. Whatever the bytes, decoding returns a frame or an
// error; a decoded frame encodes to bytes that decode to the same frame.

#include "fuzzcommon.h"

using namespace relaydesk;
using namespace relaydesk::fuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    protocol::DecodeError error;
    const std::optional<protocol::Frame> frame = protocol::decodeFrame(bytes, &error);
    if (!frame) {
        check(!error.message.isEmpty(), "a refused frame says why");
        check(!protocol::toString(error.code).isEmpty(), "a refusal has a wire code");
        check(error.clientId.isEmpty() || protocol::isValidClientId(error.clientId),
              "a refusal's client_id is one a command may carry", error.clientId);
        return 0;
    }
    check(!protocol::frameType(*frame).isEmpty(), "a frame has a type");
    const QByteArray encoded = protocol::encodeFrame(*frame);
    if (encoded.size() > protocol::kMaxFrameBytes)
        return 0; // callers keep what they encode within the limit (codec.h)
    protocol::DecodeError again;
    const std::optional<protocol::Frame> decoded = protocol::decodeFrame(encoded, &again);
    if (!decoded)
        violated("an encoded frame decodes", again.message + QStringLiteral("\n") + QString::fromUtf8(encoded));
    const QByteArray reencoded = protocol::encodeFrame(*decoded);
    check(reencoded == encoded, "decode(encode(frame)) encodes the same",
          QString::fromUtf8(encoded) + QStringLiteral("\n") + QString::fromUtf8(reencoded));
    return 0;
}
