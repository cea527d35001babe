#pragma once

#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QUrl>

namespace relaydesk::test {

// A client on /v1/stream that can stop reading, as a slow or stuck network
// peer does: a plain TCP socket speaking just enough WebSocket (RFC 6455) to
// say hello and read frames, whose reads can be held back so the server's
// data piles up in the kernel's buffers and then in the server's queue.
class StallingClient : public QObject
{
    Q_OBJECT

public:
    explicit StallingClient(QObject *parent = nullptr);

    // Opens the WebSocket and sends hello; after this the client reads nothing
    // until resume().
    bool connectAndStall(const QUrl &server, const QString &token, qint64 lastSeq, int timeoutMs = 10000);
    // Reads again, and keeps reading until the server closes or the deadline passes.
    bool resumeUntilClosed(int timeoutMs);

    QList<QJsonObject> frames; // text frames, in order
    int closeCode() const { return m_closeCode; }

private:
    void sendFrame(quint8 opcode, const QByteArray &payload);
    void parse();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_closeCode = -1;
    bool m_closed = false;
};

} // namespace relaydesk::test
