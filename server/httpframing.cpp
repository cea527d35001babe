#include "httpframing.h"

#include <QUrl>

namespace relaydesk::server {

namespace {

bool isLeadingBlank(char c)
{
    // What QtHttpServer 6.4 skips before a request line (left from a previous request).
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool allDigits(QByteArrayView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The request line as QtHttpServer 6.4 splits it: method, spaces, target, spaces, protocol.
bool parseRequestLine(QByteArrayView line, RequestHead *head)
{
    const qsizetype methodEnd = line.indexOf(' ');
    if (methodEnd <= 0)
        return false;
    qsizetype i = methodEnd;
    while (i < line.size() && line[i] == ' ')
        ++i;
    const qsizetype targetEnd = line.indexOf(' ', i);
    if (targetEnd < 0)
        return false;
    const QByteArrayView target = line.sliced(i, targetEnd - i);
    i = targetEnd;
    while (i < line.size() && line[i] == ' ')
        ++i;
    const QByteArrayView protocol = line.sliced(i);
    if (protocol != "HTTP/1.1" && protocol != "HTTP/1.0")
        return false;
    for (const char c : line.first(methodEnd)) {
        if (!isTokenChar(c))
            return false;
    }
    head->method = line.first(methodEnd).toByteArray();
    head->http11 = protocol == "HTTP/1.1";
    head->path = QUrl::fromEncoded(target.toByteArray()).path();
    return true;
}

// The header lines (without the blank line that ends them).
HeadParse::Status parseHeaders(QByteArrayView block, RequestHead *head, QString *why)
{
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf('\n', start);
        if (end < 0)
            end = block.size();
        QByteArrayView line = block.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t' || line.contains('\r')) {
            *why = QStringLiteral("A header is folded over lines or holds a bare CR.");
            return HeadParse::Status::Malformed;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *why = QStringLiteral("A header line has no name.");
            return HeadParse::Status::Malformed;
        }
        for (const char c : line.first(colon)) {
            if (!isTokenChar(c)) {
                *why = QStringLiteral("A header's name is not a token.");
                return HeadParse::Status::Malformed;
            }
        }
        head->headers.append(
            {line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    // The body's length: one declared length, or chunked, never both (a request
    // two readers could frame differently is refused).
    QByteArray length;
    int encodings = 0;
    for (const auto &[name, value] : std::as_const(head->headers)) {
        if (name == "content-length") {
            if (!allDigits(value, 18) || (!length.isEmpty() && length != value)) {
                *why = QStringLiteral("The Content-Length is not one whole number.");
                return HeadParse::Status::Malformed;
            }
            length = value;
        } else if (name == "transfer-encoding") {
            ++encodings;
            if (value.toLower() != "chunked") {
                *why = QStringLiteral("Only the chunked transfer coding is supported.");
                return HeadParse::Status::Unsupported;
            }
            head->chunked = true;
        }
    }
    if (encodings > 1 || (head->chunked && !length.isEmpty())) {
        *why = QStringLiteral("Give either a Content-Length or chunked, once.");
        return HeadParse::Status::Malformed;
    }
    head->contentLength = length.isEmpty() ? 0 : length.toLongLong();
    return HeadParse::Status::Complete;
}

} // namespace

QByteArray RequestHead::value(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool RequestHead::isWebSocketUpgrade() const
{
    return value("connection").toLower().contains("upgrade") && value("upgrade").toLower() == "websocket";
}

bool RequestHead::keepsAlive() const
{
    const QByteArray connection = value("connection").toLower();
    return http11 ? !connection.contains("close") : connection.contains("keep-alive");
}

bool RequestHead::expectsContinue() const
{
    return http11 && value("expect").toLower() == "100-continue";
}

HeadParse parseRequestHead(QByteArrayView bytes, qsizetype maxBytes)
{
    HeadParse result;
    const QByteArrayView window = bytes.first(qMin(bytes.size(), maxBytes));
    qsizetype lineStart = 0;
    while (lineStart < window.size() && isLeadingBlank(window[lineStart]))
        ++lineStart;
    const qsizetype lineEnd = window.indexOf('\n', lineStart);
    // The headers end as QtHttpServer 6.4 sees it: right after the request
    // line with CRLF or LF, or at "\n\r\n" or "\n\n".
    qsizetype headEnd = -1;
    if (lineEnd >= 0) {
        const QByteArrayView rest = window.sliced(lineEnd + 1);
        if (rest.startsWith("\r\n"))
            headEnd = lineEnd + 3;
        else if (rest.startsWith("\n"))
            headEnd = lineEnd + 2;
        else {
            const qsizetype crlf = rest.indexOf("\n\r\n");
            const qsizetype lf = rest.indexOf("\n\n");
            const qsizetype first = crlf < 0 ? lf : lf < 0 ? crlf : qMin(crlf, lf);
            if (first >= 0)
                headEnd = lineEnd + 1 + first + (first == crlf ? 3 : 2);
        }
    }
    if (headEnd < 0) {
        result.status = bytes.size() >= maxBytes ? HeadParse::Status::TooLarge : HeadParse::Status::NeedMore;
        return result;
    }
    QByteArrayView line = window.sliced(lineStart, lineEnd - lineStart);
    if (line.endsWith('\r'))
        line.chop(1);
    if (!parseRequestLine(line, &result.head)) {
        result.status = HeadParse::Status::Malformed;
        result.why = QStringLiteral("The request line is not \"METHOD target HTTP/1.1\".");
        return result;
    }
    result.status = parseHeaders(window.sliced(lineEnd + 1, headEnd - lineEnd - 1), &result.head, &result.why);
    result.size = headEnd;
    return result;
}

ChunkedBody::ChunkedBody(qint64 maxData, qint64 maxWire)
    : m_maxData(maxData)
    , m_maxWire(maxWire)
{
}

ChunkedBody::Status ChunkedBody::feed(QByteArrayView input, qsizetype *used, QByteArray *data)
{
    constexpr qsizetype kMaxLine = 1024;
    qsizetype at = 0;
    auto finish = [&](Status status) {
        *used = at;
        m_wire += at;
        if (status == Status::NeedMore && m_wire > m_maxWire)
            return Status::TooLarge;
        return status;
    };
    while (at < input.size()) {
        if (m_wire + at > m_maxWire)
            return finish(Status::TooLarge);
        switch (m_state) {
        case State::SizeLine:
        case State::DataEnd:
        case State::LastLine: {
            const char c = input[at++];
            m_line.append(c);
            if (m_state != State::SizeLine) {
                // The CRLF after a chunk's data, or after the last chunk (no trailers).
                if (m_line != QByteArrayView("\r\n").first(m_line.size()))
                    return finish(Status::Malformed);
                if (m_line.size() < 2)
                    break;
                m_line.clear();
                if (m_state == State::LastLine)
                    return finish(Status::Done);
                m_state = State::SizeLine;
                break;
            }
            if (m_line.size() > kMaxLine)
                return finish(Status::Malformed);
            if (c != '\n')
                break;
            if (!m_line.endsWith("\r\n"))
                return finish(Status::Malformed);
            QByteArrayView size(m_line);
            size.chop(2);
            const qsizetype extension = size.indexOf(';');
            if (extension >= 0)
                size.truncate(extension);
            size = size.trimmed();
            bool ok = size.size() <= 15;
            for (const char h : size)
                ok = ok && ((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'));
            const qint64 chunk = ok && !size.isEmpty() ? size.toByteArray().toLongLong(&ok, 16) : -1;
            m_line.clear();
            if (!ok || chunk < 0)
                return finish(Status::Malformed);
            if (chunk > m_maxData - m_data)
                return finish(Status::TooLarge);
            m_chunkLeft = chunk;
            m_state = chunk == 0 ? State::LastLine : State::Data;
            break;
        }
        case State::Data: {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkLeft, input.size() - at));
            if (data)
                data->append(input.sliced(at, take));
            at += take;
            m_chunkLeft -= take;
            m_data += take;
            if (m_chunkLeft == 0)
                m_state = State::DataEnd;
            break;
        }
        }
    }
    return finish(Status::NeedMore);
}

} // namespace relaydesk::server
