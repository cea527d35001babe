#include "stallingclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace relaydesk::test {

namespace {
// Qt stops taking data from the kernel past this, so the TCP window fills.
// (Shrinking the kernel's own buffer on a live connection makes Linux drop
// and retransmit with long back-offs instead.)
constexpr int kStalledReadBuffer = 4096;
} // namespace

StallingClient::StallingClient(QObject *parent)
    : QObject(parent)
{
}

bool StallingClient::connectAndStall(const QUrl &server, const QString &token, qint64 lastSeq, int timeoutMs)
{
    m_socket.setReadBufferSize(kStalledReadBuffer);
    m_socket.connectToHost(server.host(), quint16(server.port()));
    if (!m_socket.waitForConnected(timeoutMs))
        return false;
    QByteArray key(16, Qt::Uninitialized);
    for (char &c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    m_socket.write("GET /v1/stream HTTP/1.1\r\nHost: " + server.host().toLatin1() + ':'
                   + QByteArray::number(server.port())
                   + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: "
                   + key.toBase64() + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QDeadlineTimer deadline(timeoutMs);
    while (!m_buffer.contains("\r\n\r\n")) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
        m_buffer += m_socket.readAll();
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n") + 4;
    if (!m_buffer.startsWith("HTTP/1.1 101"))
        return false;
    m_buffer.remove(0, end);
    const QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                            {QStringLiteral("protocol"), 2},
                            {QStringLiteral("token"), token},
                            {QStringLiteral("last_seq"), lastSeq}};
    sendFrame(0x1, QJsonDocument(hello).toJson(QJsonDocument::Compact));
    return m_socket.waitForBytesWritten(timeoutMs) || m_socket.bytesToWrite() == 0;
}

void StallingClient::sendFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char maskBytes[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(maskBytes, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ maskBytes[i % 4]));
    m_socket.write(frame);
}

void StallingClient::parse()
{
    m_buffer += m_socket.readAll();
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const quint8 opcode = quint8(m_buffer.at(0)) & 0x0f;
        qint64 length = quint8(m_buffer.at(1)) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (qint64(quint8(m_buffer.at(2))) << 8) | quint8(m_buffer.at(3));
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_buffer.at(i));
            header = 10;
        }
        if (m_buffer.size() < header + length)
            return;
        const QByteArray payload = m_buffer.mid(header, length);
        m_buffer.remove(0, header + length);
        if (opcode == 0x1) {
            frames.append(QJsonDocument::fromJson(payload).object());
        } else if (opcode == 0x8) {
            m_closeCode = payload.size() >= 2 ? (quint8(payload.at(0)) << 8) | quint8(payload.at(1)) : 1005;
            m_closed = true;
            sendFrame(0x8, payload.left(2)); // complete the closing handshake
            return;
        }
    }
}

bool StallingClient::resumeUntilClosed(int timeoutMs)
{
    m_socket.setReadBufferSize(0);
    connect(&m_socket, &QTcpSocket::readyRead, this, &StallingClient::parse);
    QDeadlineTimer deadline(timeoutMs);
    parse();
    while (!m_closed && !deadline.hasExpired() && m_socket.state() == QAbstractSocket::ConnectedState)
        QTest::qWait(10);
    parse();
    return m_closed;
}

} // namespace relaydesk::test
