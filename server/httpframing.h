#pragma once

// The framing of HTTP/1.1 requests as relaydesk-server reads it before
// QtHttpServer does (httpguard.cpp): a request's head (request line and
// headers) and where its body ends, declared by Content-Length or chunked.
// Pure code over bytes, no socket, so it can be fuzzed. It reads what
// QtHttpServer 6.4 reads the same way, and refuses what the two could read
// differently (two lengths, bare LF in chunks, trailers, folded headers).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace relaydesk::server {

struct RequestHead
{
    QByteArray method;
    QString path; // the target's path, as QUrl reads it (what QtHttpServer routes by)
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case, values trimmed
    qint64 contentLength = 0;                         // 0 when not declared
    bool chunked = false;
    bool http11 = true;

    // The first header of that (lower-case) name, or an empty array.
    QByteArray value(QByteArrayView name) const;
    // Connection: upgrade with Upgrade: websocket, which QtHttpServer turns into a WebSocket.
    bool isWebSocketUpgrade() const;
    // Whether the client keeps the connection open after the answer.
    bool keepsAlive() const;
    bool expectsContinue() const;
};

struct HeadParse
{
    enum class Status { NeedMore, Complete, Malformed, TooLarge, Unsupported };
    Status status = Status::NeedMore;
    qsizetype size = 0; // bytes of the head, from any blank lines before it to its blank line
    RequestHead head;
    QString why; // for Malformed and Unsupported: what to tell the client
};

// The head at the start of `bytes` (the first `maxBytes` at most).
HeadParse parseRequestHead(QByteArrayView bytes, qsizetype maxBytes);

// A chunked body, fed as it arrives: counts the data, stops at its end.
class ChunkedBody
{
public:
    enum class Status { NeedMore, Done, Malformed, TooLarge };

    // `maxData`: the most data the body may carry; `maxWire`: the most bytes
    // it may take on the wire, chunk lines included.
    ChunkedBody(qint64 maxData, qint64 maxWire);

    // Takes the next bytes of the body; appends its data to `data` when not
    // null; sets `used` to the bytes of `input` that belong to the body (all
    // of them unless it ended).
    Status feed(QByteArrayView input, qsizetype *used, QByteArray *data);
    qint64 dataSize() const { return m_data; }

private:
    enum class State { SizeLine, Data, DataEnd, LastLine };

    State m_state = State::SizeLine;
    QByteArray m_line;
    qint64 m_chunkLeft = 0;
    qint64 m_data = 0;
    qint64 m_wire = 0;
    qint64 m_maxData;
    qint64 m_maxWire;
};

} // namespace relaydesk::server
