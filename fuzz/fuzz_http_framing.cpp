// How relaydesk-server frames a request before QtHttpServer reads it
// (server/httpframing.cpp, driven by server/httpguard.cpp): the head's parse
// and a chunked body's decoding. The guard feeds them bytes as they arrive,
// so what they decide must not depend on how the bytes were split; and a
// chunked body never carries more data than its limit.

#include "fuzzcommon.h"
#include "httpframing.h"

using namespace relaydesk;
using namespace relaydesk::fuzz;

namespace {

constexpr qint64 kMaxData = 4096;
constexpr qint64 kMaxWire = 2 * kMaxData + 4096;

struct Outcome
{
    server::ChunkedBody::Status status = server::ChunkedBody::Status::NeedMore;
    qsizetype used = 0;
    QByteArray data;
};

// Feeds `input` in pieces of `step` bytes until the body ends or is refused.
Outcome decode(const QByteArray &input, qsizetype step)
{
    server::ChunkedBody body(kMaxData, kMaxWire);
    Outcome outcome;
    for (qsizetype at = 0; at < input.size(); at += step) {
        const QByteArrayView piece = QByteArrayView(input).sliced(at, qMin(step, input.size() - at));
        qsizetype used = 0;
        outcome.status = body.feed(piece, &used, &outcome.data);
        check(used >= 0 && used <= piece.size(), "feed uses only what it is given");
        outcome.used += used;
        if (outcome.status != server::ChunkedBody::Status::NeedMore)
            break;
        check(used == piece.size(), "a body that goes on takes all it is given");
    }
    check(body.dataSize() == outcome.data.size(), "the data counted is the data given");
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);

    const server::HeadParse head = server::parseRequestHead(bytes, 4096);
    if (head.status == server::HeadParse::Status::Complete) {
        check(head.size > 0 && head.size <= bytes.size(), "a whole head lies within the input");
        check(!head.head.method.isEmpty(), "a whole head has a method");
        check(head.head.contentLength >= 0, "a declared length is never negative");
        check(!(head.head.chunked && head.head.contentLength > 0), "never both a length and chunked");
        // The same head with more bytes after it reads the same.
        const server::HeadParse longer = server::parseRequestHead(bytes + "GET / HTTP/1.1\r\n\r\n", 4096 + 64);
        check(longer.status == head.status && longer.size == head.size, "what follows a head does not change it");
    }
    if (head.status == server::HeadParse::Status::NeedMore)
        check(bytes.size() < 4096, "more is awaited only below the head limit");

    const Outcome whole = decode(bytes, qMax<qsizetype>(1, bytes.size()));
    const Outcome byByte = decode(bytes, 1);
    const Outcome bySeven = decode(bytes, 7);
    for (const Outcome *split : {&byByte, &bySeven}) {
        check(split->status == whole.status, "the verdict does not depend on how the bytes arrive");
        // (Cut for its size, a body may have given a different part of its last chunk.)
        if (whole.status != server::ChunkedBody::Status::TooLarge)
            check(split->data == whole.data, "the data does not depend on how the bytes arrive");
        if (whole.status == server::ChunkedBody::Status::Done)
            check(split->used == whole.used, "the body ends at the same byte");
    }
    check(whole.data.size() <= kMaxData, "a body never carries more than its limit");
    return 0;
}
