#include "mediaapi.h"

#include "accounts.h"
#include "httpapi.h"
#include "httpcompat.h"
#include "httpframing.h"
#include "mediastore.h"
#include "mediaupload.h"

#include <QFile>
#include <QHttpServer>
#include <QTemporaryFile>
#include <QUrl>

namespace relaydesk::server {

using Status = QHttpServerResponse::StatusCode;

MediaApi::MediaApi(Accounts &accounts, MediaStore &media)
    : m_accounts(accounts)
    , m_media(media)
{
}

std::optional<std::pair<qint64, qint64>> MediaApi::parseRange(const QByteArray &header, qint64 size)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const std::pair<qint64, qint64> unsatisfiable{-1, -1};
    if (value.startsWith("bytes=") && value.contains(','))
        return std::nullopt; // several ranges: the whole file (RFC 9110 lets a server ignore Range)
    if (!value.startsWith("bytes="))
        return unsatisfiable;
    const QByteArray spec = value.mid(6);
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return unsatisfiable;
    bool okFirst = false, okLast = false;
    const QByteArray first = spec.left(dash).trimmed();
    const QByteArray last = spec.mid(dash + 1).trimmed();
    if (first.isEmpty()) { // the last N bytes
        const qint64 n = last.toLongLong(&okLast);
        if (!okLast || n <= 0 || size == 0)
            return unsatisfiable;
        return std::pair<qint64, qint64>{qMax<qint64>(0, size - n), size - 1};
    }
    const qint64 from = first.toLongLong(&okFirst);
    qint64 to = last.isEmpty() ? size - 1 : last.toLongLong(&okLast);
    if (!okFirst || (!last.isEmpty() && !okLast) || from < 0 || from >= size || to < from)
        return unsatisfiable;
    to = qMin(to, size - 1);
    return std::pair<qint64, qint64>{from, to};
}

UploadRoutes::Start MediaApi::begin(const RequestHead &head)
{
    AccountError failure;
    const std::optional<Agent> agent = m_accounts.authenticateRequest(HttpApi::bearerToken(head.value("authorization")),
                                                                      &failure);
    if (!agent) {
        const bool slowDown = failure.code == QLatin1String("rate_limited");
        RawAnswer refusal = RawAnswer::error(slowDown ? 429 : 401, failure.code, failure.message);
        if (slowDown)
            refusal.headers.append(
                std::pair<QByteArray, QByteArray>("Retry-After",
                                                  QByteArray::number((failure.retryAfterMs + 999) / 1000)));
        else
            refusal.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
        return {nullptr, refusal};
    }
    std::unique_ptr<QTemporaryFile> file = m_media.incomingFile(agent->workspaceId);
    if (!file)
        return {nullptr,
                RawAnswer::error(500, QStringLiteral("internal"), QStringLiteral("The file could not be stored."))};
    const QString name = QUrl::fromPercentEncoding(head.value("x-file-name"));
    return {std::make_unique<MediaUpload>(m_media, agent->workspaceId, std::move(file), name), {}};
}

void MediaApi::addRoutes(QHttpServer &http)
{
    auto download = [this](const QString &mediaId, const QHttpServerRequest &request, bool thumbnail) {
        AccountError failure;
        const std::optional<Agent> agent = m_accounts.authenticateRequest(HttpApi::bearerToken(request), &failure);
        if (!agent)
            return HttpApi::refusal(failure);
        const std::optional<StoredMedia> media = m_media.find(agent->workspaceId, mediaId);
        if (!media || (thumbnail && !media->hasThumbnail))
            return HttpApi::error(QStringLiteral("not_found"), QStringLiteral("There is no such file here."),
                                  Status::NotFound);
        QFile file(m_media.pathOf(*media, thumbnail));
        if (!file.open(QIODevice::ReadOnly))
            return HttpApi::error(QStringLiteral("internal"), QStringLiteral("The file cannot be read."),
                                  Status::InternalServerError);
        const qint64 size = file.size();
        const auto range = parseRange(request.value("Range"), size);
        if (range && range->first < 0) {
            QHttpServerResponse refusal = HttpApi::error(QStringLiteral("range_not_satisfiable"),
                                                         QStringLiteral("That range is not in the file."),
                                                         Status::RequestRangeNotSatisfiable);
            setResponseHeader(refusal, "Content-Range", "bytes */" + QByteArray::number(size));
            return refusal;
        }
        const qint64 from = range ? range->first : 0;
        const qint64 to = range ? range->second : size - 1;
        file.seek(from);
        QByteArray bytes = file.read(to - from + 1);
        const QByteArray type = thumbnail ? QByteArrayLiteral("image/jpeg") : media->mimeType.toLatin1();
        QHttpServerResponse response(type, std::move(bytes), range ? Status::PartialContent : Status::Ok);
        setResponseHeader(response, "Accept-Ranges", "bytes");
        setResponseHeader(response, "ETag", '"' + media->sha256.toLatin1() + (thumbnail ? "-t\"" : "\""));
        setResponseHeader(response, "X-Content-Type-Options", "nosniff");
        // A customer's file: never kept by a proxy or any cache shared between users.
        setResponseHeader(response, "Cache-Control", "private");
        if (range) {
            setResponseHeader(response, "Content-Range",
                              "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                                  + QByteArray::number(size));
        }
        if (!thumbnail) {
            setResponseHeader(response, "Content-Disposition",
                              "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(media->fileName));
        }
        return response;
    };
    http.route(QStringLiteral("/v1/media/<arg>"), QHttpServerRequest::Method::Get,
               [download](const QString &id, const QHttpServerRequest &request) {
                   return download(id, request, false);
               });
    http.route(QStringLiteral("/v1/media/<arg>/thumbnail"), QHttpServerRequest::Method::Get,
               [download](const QString &id, const QHttpServerRequest &request) {
                   return download(id, request, true);
               });
}

} // namespace relaydesk::server
