#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

namespace relaydesk::test {

// A test-side agent on /v1/stream: sends frames, collects what comes back.
class StreamClient : public QObject
{
    Q_OBJECT

public:
    explicit StreamClient(QObject *parent = nullptr);

    bool connectTo(const QUrl &server, int timeoutMs = 10000);
    void sendJson(const QJsonObject &frame);
    void sendRaw(const QByteArray &text);
    // `protocol` defaults to the version this tree speaks (src/protocol/version.h).
    void hello(const QString &token, qint64 lastSeq, int protocol = 2);
    QString command(const QString &name, const QJsonObject &args, const QString &clientId = {});

    // Waits until a frame matching `type` (and, for acks, the client id) arrives.
    QJsonObject waitFor(const QString &type, int timeoutMs = 10000, const QString &clientId = {});
    // Waits until the event with `seq` has arrived.
    bool waitForSeq(qint64 seq, int timeoutMs = 10000);
    bool waitForClose(int timeoutMs = 10000);

    QList<QJsonObject> frames;
    QList<QJsonObject> events() const;
    qint64 lastSeq() const;
    int closeCode() const { return m_closeCode; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    int m_closeCode = -1;
    bool m_closed = false;
};

} // namespace relaydesk::test
