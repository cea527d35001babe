#include "net/mediatransfers.h"

#include "base/postback.h"
#include "net/log.h"
#include "net/networkerrors.h"
#include "protocol/codec.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace relaydesk::net {

MediaTransfers::MediaTransfers(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
{
}

MediaTransfers::~MediaTransfers()
{
    for (Transfer &transfer : m_transfers) {
        if (transfer.reply) {
            transfer.reply->disconnect(this);
            transfer.reply->abort();
        }
    }
}

QNetworkRequest MediaTransfers::requestFor(const QString &path) const
{
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

int MediaTransfers::download(const Download &download)
{
    Transfer transfer;
    transfer.id = m_nextId++;
    transfer.download = download;
    m_transfers.insert(transfer.id, transfer);
    m_waiting.append(transfer.id);
    startNext();
    return transfer.id;
}

int MediaTransfers::upload(const QString &filePath)
{
    Transfer transfer;
    transfer.id = m_nextId++;
    transfer.isUpload = true;
    transfer.filePath = filePath;
    m_transfers.insert(transfer.id, transfer);
    m_waiting.append(transfer.id);
    startNext();
    return transfer.id;
}

void MediaTransfers::cancel(int id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    if (m_waiting.removeOne(id)) {
        m_transfers.erase(it);
        emit failed(id, tr("cancelled"));
        return;
    }
    if (it->reply) {
        it->reply->disconnect(this);
        it->reply->abort();
        it->reply->deleteLater();
    }
    finish(id);
    emit failed(id, tr("cancelled"));
}

void MediaTransfers::startNext()
{
    while (m_active < m_maxParallel && !m_waiting.isEmpty()) {
        const int id = m_waiting.takeFirst();
        auto it = m_transfers.find(id);
        if (it == m_transfers.end())
            continue;
        ++m_active;
        begin(*it);
    }
}

void MediaTransfers::begin(Transfer &transfer)
{
    if (transfer.isUpload)
        beginUpload(transfer);
    else
        beginDownload(transfer);
}

void MediaTransfers::beginDownload(Transfer &transfer)
{
    ++transfer.attempts;
    transfer.answerChecked = false;
    transfer.brokenOnPurpose = false;
    const Download &d = transfer.download;
    QNetworkRequest request = requestFor(QStringLiteral("/v1/media/%1%2")
                                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(d.mediaId)),
                                                  d.thumbnail ? QStringLiteral("/thumbnail") : QString()));
    if (!transfer.received.isEmpty()) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(transfer.received.size()) + '-');
        emit resumed(transfer.id, transfer.received.size());
    }
    QNetworkReply *reply = m_network->get(request);
    transfer.reply = reply;
    const int id = transfer.id;
    const bool breakThisOne = m_breakAfter > 0 && transfer.attempts == 1;
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply, breakThisOne] {
        auto it = m_transfers.find(id);
        if (it == m_transfers.end())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206)
            return;
        if (!it->answerChecked) {
            it->answerChecked = true;
            if (status == 200)
                it->received.clear(); // the server sent it whole: start over
        }
        it->received += reply->readAll();
        const qint64 total = it->download.size > 0 ? it->download.size
                                                   : reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        emit progress(id, it->received.size(), total);
        if (breakThisOne && it->received.size() >= m_breakAfter) {
            // A broken link, for tests: what came after the break never arrived.
            it->received.truncate(m_breakAfter);
            it->brokenOnPurpose = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { downloadFinished(id); });
}

void MediaTransfers::downloadFinished(int id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    QNetworkReply *reply = it->reply;
    if (!reply)
        return;
    reply->deleteLater();
    it->reply = nullptr; // a cancel from now on must not touch it
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((status == 200 || status == 206) && reply->isOpen() && !it->brokenOnPurpose) {
        if (!it->answerChecked && status == 200)
            it->received.clear();
        it->answerChecked = true;
        it->received += reply->readAll();
    }
    const bool broken = reply->error() != QNetworkReply::NoError && (status == 0 || status == 200 || status == 206);
    if (broken) {
        if (it->attempts >= kMaxAttempts) {
            qCInfo(lcNet) << "download gave up:" << reply->error() << reply->errorString();
            const QString reason = NetworkErrors::describe(reply->error(), {}, m_server.host());
            finish(id);
            emit failed(id, reason);
            return;
        }
        qCInfo(lcNet) << "download broke after" << it->received.size() << "bytes; resuming";
        const int delay = 200 * it->attempts;
        QTimer::singleShot(delay, this, [this, id] {
            auto again = m_transfers.find(id);
            if (again != m_transfers.end())
                beginDownload(*again);
        });
        return;
    }
    if (status == 429 && it->attempts < kMaxAttempts) {
        // The server paces this sign-in (docs/protocol.md): ask again after its wait.
        const int wait = std::clamp(reply->rawHeader("Retry-After").toInt(), 1, 30);
        QTimer::singleShot(wait * 1000, this, [this, id] {
            auto again = m_transfers.find(id);
            if (again != m_transfers.end())
                beginDownload(*again);
        });
        return;
    }
    if (status == 416) {
        // What we hold is not a prefix of the file: fetch it whole.
        it->received.clear();
        beginDownload(*it);
        return;
    }
    if (status != 200 && status != 206) {
        const QString code = QJsonDocument::fromJson(reply->isOpen() ? reply->readAll() : QByteArray())
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("message"))
                                 .toString();
        const QString reason = code.isEmpty() ? tr("The server answered HTTP %1.").arg(status) : code;
        finish(id);
        emit failed(id, reason);
        return;
    }
    const Download &d = it->download;
    const bool sizeOk = d.size <= 0 || d.thumbnail || it->received.size() == d.size;
    if (!sizeOk)
        return verified(id, false);
    if (d.sha256.isEmpty() || d.thumbnail)
        return verified(id, true);
    // Hashing a large file takes a while: not on the thread that paints.
    const QByteArray bytes = it->received; // shared, not copied
    const QByteArray expected = d.sha256.toLatin1();
    QPointer<MediaTransfers> guard(this);
    QThreadPool::globalInstance()->start([guard, id, bytes, expected] {
        const bool ok = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == expected;
        base::postBack(guard, [id, ok](auto *self) { self->verified(id, ok); });
    });
}

void MediaTransfers::verified(int id, bool intact)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return; // cancelled meanwhile
    if (!intact) {
        if (!it->refetched) {
            qCWarning(lcNet) << "downloaded media does not match its size or sha256; fetching it again";
            it->refetched = true;
            it->received.clear();
            beginDownload(*it);
            return;
        }
        finish(id);
        emit failed(id, tr("The file arrived damaged twice (its checksum does not match). Try again later."));
        return;
    }
    const QByteArray bytes = std::exchange(it->received, {});
    const QString mediaId = it->download.mediaId;
    const bool thumbnail = it->download.thumbnail;
    finish(id);
    emit downloaded(id, mediaId, thumbnail, bytes);
}

void MediaTransfers::beginUpload(Transfer &transfer)
{
    auto *file = new QFile(transfer.filePath, this);
    if (!file->open(QIODevice::ReadOnly)) {
        const int id = transfer.id;
        const QString reason =
            tr("%1 cannot be read: %2").arg(QFileInfo(transfer.filePath).fileName(), file->errorString());
        file->deleteLater();
        QTimer::singleShot(0, this, [this, id, reason] {
            finish(id);
            emit failed(id, reason);
        });
        return;
    }
    QNetworkRequest request = requestFor(QStringLiteral("/v1/media"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setRawHeader("X-File-Name", QUrl::toPercentEncoding(QFileInfo(transfer.filePath).fileName()));
    // Streamed from the file: a 100 MB document is never read whole here.
    QNetworkReply *reply = m_network->post(request, file);
    file->setParent(reply);
    transfer.reply = reply;
    const int id = transfer.id;
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, id](qint64 sent, qint64 total) { emit progress(id, sent, total); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { uploadFinished(id); });
}

void MediaTransfers::uploadFinished(int id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end() || !it->reply)
        return;
    QNetworkReply *reply = it->reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 201) {
        QString error;
        const std::optional<protocol::Attachment> attachment = protocol::attachmentFromJson(body, &error);
        finish(id);
        if (attachment)
            emit uploaded(id, *attachment);
        else
            emit failed(id, tr("The server's answer could not be read (%1).").arg(error));
        return;
    }
    QString reason = body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (reason.isEmpty())
        reason = status == 0 ? NetworkErrors::describe(reply->error(), {}, m_server.host())
                             : tr("The server answered HTTP %1.").arg(status);
    finish(id);
    emit failed(id, reason);
}

void MediaTransfers::finish(int id)
{
    if (m_transfers.remove(id) > 0)
        --m_active;
    QTimer::singleShot(0, this, &MediaTransfers::startNext);
}

} // namespace relaydesk::net
