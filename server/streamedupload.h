#pragma once

// What httpguard.cpp asks of a route whose bodies it streams itself instead of
// handing them to QtHttpServer (POST /v1/media): whether to take the body at
// all, where its bytes go as they arrive, and the answer once it is whole.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace relaydesk::server {

struct RequestHead;

// An HTTP answer the guard writes on the socket itself.
struct RawAnswer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static RawAnswer json(int status, const QJsonObject &object);
    // The usual {"error":{"code","message"}} body (HttpApi::error).
    static RawAnswer error(int status, const QString &code, const QString &message);
    // The bytes on the wire: status line, headers, body.
    QByteArray serialise(bool keepAlive) const;
};

// One upload's body, written as it arrives.
class StreamedUpload
{
public:
    virtual ~StreamedUpload() = default;
    // Takes the next bytes; an answer means stop here (over a limit, a disk
    // error) and the connection is closed after it.
    [[nodiscard]] virtual std::optional<RawAnswer> write(QByteArrayView bytes) = 0;
    // The body is whole: store it and say how that went.
    [[nodiscard]] virtual RawAnswer finish() = 0;
};

// The routes whose bodies are streamed.
class UploadRoutes
{
public:
    virtual ~UploadRoutes() = default;
    // Called with the head of a request on such a route, before its body:
    // the upload to write the body to, or else `refusal` (sent at once, and
    // the connection closed).
    struct Start
    {
        std::unique_ptr<StreamedUpload> upload;
        RawAnswer refusal;
    };
    virtual Start begin(const RequestHead &head) = 0;
};

} // namespace relaydesk::server
