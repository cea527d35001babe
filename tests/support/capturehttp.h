#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace relaydesk::test {

// One request an outside service (a stand-in for Meta's Graph API or an
// OpenAI-compatible endpoint) received.
struct CapturedRequest
{
    QByteArray method;
    QByteArray target;                     // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

struct CannedResponse
{
    int status = 200;
    QByteArray body = "{}";
    QByteArray contentType = "application/json";
    bool hang = false; // never answer (a timeout)
};

// A small HTTP/1.1 server on a loopback port, inside the test, that records
// every request and answers as `handler` says. Closes each connection after
// its answer, so a client never reuses one between two answers.
class CaptureHttp : public QObject
{
    Q_OBJECT

public:
    explicit CaptureHttp(QObject *parent = nullptr);
    bool listen();
    QUrl base() const;

    std::function<CannedResponse(const CapturedRequest &)> handler;
    QList<CapturedRequest> requests;
    // Spins the event loop until `count` requests came (false after `timeoutMs`).
    bool waitForRequests(int count, int timeoutMs = 15000);
    QList<CapturedRequest> requestsTo(const QByteArray &pathPart) const;

private:
    void onConnection();

    QTcpServer m_server;
};

} // namespace relaydesk::test
