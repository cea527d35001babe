#pragma once

// Across Qt versions: response headers (Qt 6.8 replaced QHttpServerResponse's
// header functions with QHttpHeaders), and answering a request later, from a
// responder kept while a worker thread runs.

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace relaydesk::server {

inline void setResponseHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QAnyStringView(name), QAnyStringView(value));
    response.setHeaders(std::move(headers));
#else
    response.setHeader(name, value);
#endif
}

// A request answered after its handler returned (the handler took the
// responder). Qt 6.4's responder points at the connection's socket, which is
// deleted when the client goes away, so it is checked before use; from Qt 6.5
// a responder keeps its connection's state alive until it is destroyed.
class DeferredResponder
{
public:
    explicit DeferredResponder(QHttpServerResponder &&responder)
        : m_responder(std::move(responder))
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        , m_socket(m_responder.socket())
#endif
    {
    }

    void send(const QHttpServerResponse &response)
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up; nobody to answer
        response.write(std::move(m_responder));
#else
        m_responder.sendResponse(response);
#endif
    }

private:
    QHttpServerResponder m_responder;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> m_socket;
#endif
};

} // namespace relaydesk::server
