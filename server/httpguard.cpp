#include "httpguard.h"

#include "bodylimits.h"
#include "log.h"

#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace relaydesk::server {

namespace {

// An upload's body moves from the socket to its file this much at a time.
constexpr qint64 kUploadSlice = 256 * 1024;
// After a refusal the guard reads and drops what the client still sends, for
// this long and this much at most, so that the client's TCP stack does not
// reset the connection under the answer before the client has read it. Past
// the bytes it stops reading instead: the client's writes stall, which is the
// moment a client reads its answer, and the connection ends with the time.
constexpr int kLingerMs = 3000;
constexpr qint64 kLingerBytes = 8 * 1024 * 1024;
// While it no longer reads, the most a refused connection keeps in memory.
constexpr qint64 kStalledReadLimit = 4096;

// The most a chunked body of `dataLimit` bytes may take on the wire, chunk lines included.
qint64 wireLimit(qint64 dataLimit)
{
    return 2 * dataLimit + 4096;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 KiB").arg(bytes / 1024);
}

RawAnswer tooLarge(qint64 limit)
{
    return RawAnswer::error(413, QStringLiteral("too_large"),
                            QStringLiteral("The request body is over %1, the limit here.").arg(sizeText(limit)));
}

RawAnswer badRequest(const QString &why)
{
    return RawAnswer::error(400, QStringLiteral("bad_request"), why);
}

} // namespace

qint64 HttpGuard::readBufferLimit()
{
    return kMaxHeadBytes + wireLimit(kWebhookBodyLimit) + 64 * 1024;
}

HttpGuard::HttpGuard(QTcpSocket *socket, UploadRoutes *uploads)
    : QObject(socket)
    , m_socket(socket)
    , m_uploads(uploads)
{
    setReadLimit(readBufferLimit());
    connect(socket, &QTcpSocket::readyRead, this, &HttpGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_mode == Mode::Closing)
            shutWriteWhenSent();
    });
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, [this] {
        if (qobject_cast<QSslSocket *>(m_socket))
            m_socket->disconnectFromHost(); // with TLS's close_notify
        else
            m_socket->abort();
    });
}

HttpGuard::~HttpGuard() = default;

void HttpGuard::onReadyRead()
{
    if (m_mode == Mode::Closing)
        return discardInput();
    rearmReading();
    if (m_mode == Mode::Upload && !pumpUpload())
        return;
    while (m_mode == Mode::Request && m_socket->state() == QAbstractSocket::ConnectedState
           && m_socket->bytesAvailable() > 0) {
        if (!m_examining) {
            // A request starts here. QtHttpServer may have opened a transaction
            // at this very place and read nothing in it; the guard reads on in it.
            if (!m_socket->isTransactionStarted())
                m_socket->startTransaction();
            beginRequest();
        }
        const QByteArray bytes = m_socket->read(m_socket->bytesAvailable());
        switch (examine(bytes)) {
        case Verdict::NeedMore:
            return; // the bytes stay in the transaction, where QtHttpServer does not see them
        case Verdict::Pass:
            // Whole and within its limit: QtHttpServer's slot, next on this
            // readyRead, reads the request from its start.
            m_socket->rollbackTransaction();
            m_examining = false;
            return;
        case Verdict::TakeOver:
            m_socket->rollbackTransaction();
            m_examining = false;
            m_socket->skip(m_headSize);
            m_mode = Mode::Upload;
            if (!pumpUpload())
                return;
            break;
        case Verdict::Refused:
            return;
        }
    }
}

void HttpGuard::beginRequest()
{
    m_examining = true;
    m_headBytes.clear();
    m_head = RequestHead();
    m_headDone = false;
    m_headSize = 0;
    m_bodyLeft = 0;
    m_bodyLimit = kDefaultBodyLimit;
    m_chunked.reset();
    setReadLimit(readBufferLimit());
}

HttpGuard::Verdict HttpGuard::examine(const QByteArray &bytes)
{
    return m_headDone ? examineBody(bytes) : examineHead(bytes);
}

HttpGuard::Verdict HttpGuard::examineHead(const QByteArray &bytes)
{
    m_headBytes.append(bytes);
    const HeadParse parse = parseRequestHead(m_headBytes, kMaxHeadBytes);
    switch (parse.status) {
    case HeadParse::Status::NeedMore:
        return Verdict::NeedMore;
    case HeadParse::Status::TooLarge:
        refuse(
            RawAnswer::error(431, QStringLiteral("too_large"),
                             QStringLiteral("The request line and headers are over %1.").arg(sizeText(kMaxHeadBytes))));
        return Verdict::Refused;
    case HeadParse::Status::Malformed:
    case HeadParse::Status::Unsupported:
        refuse(badRequest(parse.why));
        return Verdict::Refused;
    case HeadParse::Status::Complete:
        break;
    }
    m_head = parse.head;
    m_headDone = true;
    m_headSize = parse.size;
    const RouteLimit limit = routeLimit(m_head.method, m_head.path);
    m_bodyLimit = limit.maxBody;
    if (!m_head.chunked && m_head.contentLength > limit.maxBody) {
        refuse(tooLarge(limit.maxBody));
        return Verdict::Refused;
    }
    m_bodyLeft = m_head.contentLength;
    if (m_head.chunked)
        m_chunked.emplace(limit.maxBody, wireLimit(limit.maxBody));
    if (m_head.isWebSocketUpgrade())
        setReadLimit(0); // the WebSocket reads its own frames, with its own limits
    if (limit.streamed) {
        UploadRoutes::Start start = m_uploads->begin(m_head);
        if (!start.upload) {
            refuse(start.refusal);
            return Verdict::Refused;
        }
        m_upload = std::move(start.upload);
    }
    if (m_head.expectsContinue())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (limit.streamed)
        return Verdict::TakeOver;
    const QByteArray rest = m_headBytes.mid(parse.size);
    m_headBytes.clear();
    return examineBody(rest);
}

HttpGuard::Verdict HttpGuard::examineBody(QByteArrayView bytes)
{
    if (!m_chunked) {
        m_bodyLeft -= bytes.size(); // below zero when the next request follows
        return m_bodyLeft <= 0 ? Verdict::Pass : Verdict::NeedMore;
    }
    qsizetype used = 0;
    switch (m_chunked->feed(bytes, &used, nullptr)) {
    case ChunkedBody::Status::NeedMore:
        return Verdict::NeedMore;
    case ChunkedBody::Status::Done:
        return Verdict::Pass;
    case ChunkedBody::Status::TooLarge:
        refuse(tooLarge(m_bodyLimit));
        return Verdict::Refused;
    case ChunkedBody::Status::Malformed:
        break;
    }
    refuse(badRequest(QStringLiteral("The chunked body is malformed (chunk lines end with CRLF; no trailers).")));
    return Verdict::Refused;
}

bool HttpGuard::pumpUpload()
{
    // QtHttpServer opens a transaction where it found nothing to read; an
    // upload's bytes must not be kept in one.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    for (;;) {
        // The slice and the data are reused, so an upload of any size moves
        // through the same two buffers.
        bool done = false;
        const qint64 want = qMin(m_socket->bytesAvailable(), m_chunked ? kUploadSlice : qMin(m_bodyLeft, kUploadSlice));
        m_slice.resize(qsizetype(want));
        m_data.resize(0);
        if (m_chunked) {
            const qint64 got = m_socket->peek(m_slice.data(), want);
            qsizetype used = 0;
            const ChunkedBody::Status status =
                m_chunked->feed(QByteArrayView(m_slice.constData(), qMax<qint64>(got, 0)), &used, &m_data);
            m_socket->skip(used);
            if (status == ChunkedBody::Status::TooLarge) {
                refuse(tooLarge(m_bodyLimit));
                return false;
            }
            if (status == ChunkedBody::Status::Malformed) {
                refuse(badRequest(QStringLiteral("The chunked body is malformed.")));
                return false;
            }
            done = status == ChunkedBody::Status::Done;
        } else {
            const qint64 got = m_socket->read(m_slice.data(), want);
            m_slice.resize(qsizetype(qMax<qint64>(got, 0)));
            m_bodyLeft -= m_slice.size();
            done = m_bodyLeft == 0;
        }
        const QByteArray &data = m_chunked ? m_data : m_slice;
        if (!data.isEmpty()) {
            if (const std::optional<RawAnswer> refusal = m_upload->write(data)) {
                refuse(*refusal);
                return false;
            }
        }
        if (done) {
            finishUpload();
            return m_mode == Mode::Request;
        }
        if (m_socket->bytesAvailable() == 0)
            return false;
    }
}

void HttpGuard::finishUpload()
{
    const RawAnswer answer = m_upload->finish();
    m_upload.reset();
    m_chunked.reset();
    const bool keepAlive = m_head.keepsAlive();
    m_socket->write(answer.serialise(keepAlive));
    if (keepAlive) {
        m_mode = Mode::Request;
        return;
    }
    m_mode = Mode::Closing;
    m_shutWrite = true; // disconnectFromHost() closes once the answer is out
    m_socket->disconnectFromHost();
}

void HttpGuard::refuse(const RawAnswer &answer)
{
    qCInfo(lcServer) << "refused a" << m_head.method.constData() << "request before reading its body:" << answer.status;
    m_mode = Mode::Closing;
    m_examining = false;
    m_upload.reset();
    m_chunked.reset();
    m_socket->write(answer.serialise(false));
    discardInput();
    m_linger.start(kLingerMs);
    // TLS cannot half-close under QSslSocket: it drains until the linger ends.
    m_shutWrite = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    shutWriteWhenSent();
}

void HttpGuard::discardInput()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    if (m_discarded > kLingerBytes)
        return; // stalled until the linger ends: a reset now could drop the answer unread
    const qint64 available = m_socket->bytesAvailable();
    m_discarded += m_socket->skip(available);
    if (m_discarded > kLingerBytes)
        setReadLimit(kStalledReadLimit);
}

void HttpGuard::shutWriteWhenSent()
{
    if (m_shutWrite || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
    if (m_socket->bytesToWrite() > 0)
        return; // again on bytesWritten
#ifdef Q_OS_UNIX
    // Half-closed: the client sees the answer end, and its rest is drained.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_shutWrite = true;
#else
    m_socket->disconnectFromHost();
    m_shutWrite = true;
#endif
}

void HttpGuard::setReadLimit(qint64 bytes)
{
    m_readLimit = bytes;
    // QSslSocket hides QAbstractSocket::setReadBufferSize() with its own.
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        tls->setReadBufferSize(bytes);
    else
        m_socket->setReadBufferSize(bytes);
}

void HttpGuard::rearmReading()
{
    // A full read buffer stops the socket reading; when QtHttpServer has since
    // taken a request out of it, nothing would start it again but this.
    if (m_readLimit == 0)
        return;
    const qint64 limit = m_readLimit;
    setReadLimit(0);
    setReadLimit(limit);
}

} // namespace relaydesk::server
