#include "capturehttp.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace relaydesk::test {

CaptureHttp::CaptureHttp(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CaptureHttp::onConnection);
}

bool CaptureHttp::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CaptureHttp::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

bool CaptureHttp::waitForRequests(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (requests.size() < count && !deadline.hasExpired())
        QTest::qWait(10);
    return requests.size() >= count;
}

QList<CapturedRequest> CaptureHttp::requestsTo(const QByteArray &pathPart) const
{
    QList<CapturedRequest> matching;
    for (const CapturedRequest &request : requests) {
        if (request.path().contains(pathPart))
            matching.append(request);
    }
    return matching;
}

void CaptureHttp::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            CapturedRequest request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // more body to come
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            requests.append(request);
            const CannedResponse answer = handler ? handler(request) : CannedResponse{};
            if (answer.hang)
                return;
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " Canned\r\nContent-Type: "
                               + answer.contentType + "\r\nContent-Length: " + QByteArray::number(answer.body.size())
                               + "\r\nConnection: close\r\n\r\n" + answer.body;
            socket->write(reply);
            socket->disconnectFromHost();
        });
    }
}

} // namespace relaydesk::test
