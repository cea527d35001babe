#pragma once

// A guard on every HTTP connection, ahead of QtHttpServer's own reading, so a
// request's body is checked against its route's limit before it is read
// (docs/architecture.md, "Bodies are checked before they are read").
//
// QtHttpServer 6.4 reads a whole request into memory before any handler
// runs. The guard's readyRead slot is connected before QtHttpServer's, so it
// sees each request first: it parses the head itself, answers 413 (and
// closes) when the declared or chunked body is over the route's limit,
// streams media uploads to disk itself, and hands QtHttpServer only requests
// that are whole and within their limit. Until then it keeps the bytes in a
// socket transaction of its own, so QtHttpServer reads nothing of them.

#include "httpframing.h"
#include "streamedupload.h"

#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace relaydesk::server {

class HttpGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `socket` (and becomes its child); must be made before anything
    // else connects to its readyRead. `uploads` outlives every connection.
    HttpGuard(QTcpSocket *socket, UploadRoutes *uploads);
    ~HttpGuard() override;

    // The most the socket buffers: the largest request held whole (a head and
    // a webhook body, chunked), with room to see that one is over its limit.
    static qint64 readBufferLimit();

private:
    enum class Mode { Request, Upload, Closing };
    enum class Verdict { NeedMore, Pass, TakeOver, Refused };

    void onReadyRead();
    // Starts reading a request at the socket's position.
    void beginRequest();
    Verdict examine(const QByteArray &bytes);
    Verdict examineHead(const QByteArray &bytes);
    Verdict examineBody(QByteArrayView bytes);
    // Moves an upload's body from the socket to the upload; false to wait for more.
    bool pumpUpload();
    void finishUpload();
    // Answers and closes the connection, reading nothing more into memory.
    void refuse(const RawAnswer &answer);
    void discardInput();
    void shutWriteWhenSent();
    void setReadLimit(qint64 bytes);
    // Lets the socket read again where QtHttpServer has freed its buffer.
    void rearmReading();

    QTcpSocket *m_socket;
    UploadRoutes *m_uploads;
    Mode m_mode = Mode::Request;
    bool m_examining = false; // a request is being read inside the guard's transaction
    QByteArray m_headBytes;
    RequestHead m_head;
    bool m_headDone = false;
    qsizetype m_headSize = 0;
    qint64 m_bodyLeft = 0;
    qint64 m_bodyLimit = 0;
    std::optional<ChunkedBody> m_chunked;
    std::unique_ptr<StreamedUpload> m_upload;
    QByteArray m_slice; // an upload's bytes as read from the socket
    QByteArray m_data;  // and a chunked upload's data, without its chunk lines
    qint64 m_discarded = 0;
    qint64 m_readLimit = 0;
    bool m_shutWrite = false;
    QTimer m_linger;
};

// A QTcpServer or QSslServer whose connections are guarded as they are handed
// out. QAbstractHttpServer::bind() takes connections with the virtual
// nextPendingConnection() and only then connects its own slots.
template<class Server>
class GuardedServer final : public Server
{
public:
    GuardedServer(UploadRoutes *uploads, QObject *parent)
        : Server(parent)
        , m_uploads(uploads)
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            new HttpGuard(socket, m_uploads);
        return socket;
    }

private:
    UploadRoutes *m_uploads;
};

} // namespace relaydesk::server
