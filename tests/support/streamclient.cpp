#include "streamclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace relaydesk::test {

StreamClient::StreamClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { frames.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = int(m_socket.closeCode());
    });
}

bool StreamClient::connectTo(const QUrl &server, int timeoutMs)
{
    QUrl url = server;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/stream"));
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.wait(timeoutMs);
}

void StreamClient::sendJson(const QJsonObject &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamClient::sendRaw(const QByteArray &text)
{
    m_socket.sendTextMessage(QString::fromUtf8(text));
}

void StreamClient::hello(const QString &token, qint64 lastSeq, int protocol)
{
    sendJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                         {QStringLiteral("protocol"), protocol},
                         {QStringLiteral("token"), token},
                         {QStringLiteral("last_seq"), lastSeq},
                         {QStringLiteral("client"), QJsonObject{{QStringLiteral("name"), QStringLiteral("tests")},
                                                                {QStringLiteral("version"), QStringLiteral("1")}}}});
}

QString StreamClient::command(const QString &name, const QJsonObject &args, const QString &clientId)
{
    const QString id = clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientId;
    sendJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("command")},
                         {QStringLiteral("client_id"), id},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("args"), args}});
    return id;
}

QJsonObject StreamClient::waitFor(const QString &type, int timeoutMs, const QString &clientId)
{
    qsizetype from = 0;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = from; i < frames.size(); ++i) {
            const QJsonObject &frame = frames.at(i);
            if (frame.value(QStringLiteral("type")).toString() == type
                && (clientId.isEmpty() || frame.value(QStringLiteral("client_id")).toString() == clientId))
                return frame;
        }
        from = 0;
        if (deadline.hasExpired() || m_closed)
            return {};
        QTest::qWait(10);
    }
}

bool StreamClient::waitForSeq(qint64 seq, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (lastSeq() < seq) {
        if (deadline.hasExpired() || m_closed)
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool StreamClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closed) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

QList<QJsonObject> StreamClient::events() const
{
    QList<QJsonObject> result;
    for (const QJsonObject &frame : frames) {
        if (frame.value(QStringLiteral("type")).toString() == QLatin1String("event"))
            result.append(frame);
    }
    return result;
}

qint64 StreamClient::lastSeq() const
{
    qint64 seq = 0;
    for (const QJsonObject &frame : frames) {
        if (frame.value(QStringLiteral("type")).toString() == QLatin1String("event"))
            seq = qMax(seq, qint64(frame.value(QStringLiteral("seq")).toDouble()));
    }
    return seq;
}

} // namespace relaydesk::test
