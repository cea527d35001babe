#pragma once

#include "streamedupload.h"

#include <QByteArray>

#include <optional>
#include <utility>

class QHttpServer;

namespace relaydesk::server {

class Accounts;
class MediaStore;

// POST /v1/media (streamed to disk by the HTTP guard, which calls begin())
// and GET /v1/media/{id}[/thumbnail] with Range.
class MediaApi final : public UploadRoutes
{
public:
    MediaApi(Accounts &accounts, MediaStore &media);
    void addRoutes(QHttpServer &http);
    // An upload's head: signed in, then a file to write the body to.
    Start begin(const RequestHead &head) override;

    // A "Range: bytes=…" header against a file of `size` bytes: the first and
    // last byte, nothing for the whole file, or {-1,-1} when unsatisfiable.
    [[nodiscard]] static std::optional<std::pair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size);

private:
    Accounts &m_accounts;
    MediaStore &m_media;
};

} // namespace relaydesk::server
