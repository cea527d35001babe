#pragma once

// Media to and from the server (docs/protocol.md, "POST /v1/media" and
// "GET /v1/media/{id}"): uploads with progress and cancel; downloads on
// demand with progress, resumed with Range after a broken link and checked
// against the sha256 the server recorded (a damaged copy is fetched again
// once, then reported). A few transfers run at once; the rest wait in order.
// The bytes are handed on in memory: whoever asked stores them (encrypted).

#include "protocol/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace relaydesk::net {

class MediaTransfers : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultParallel = 3;
    static constexpr int kMaxAttempts = 5;

    explicit MediaTransfers(const QUrl &server, QObject *parent = nullptr);
    ~MediaTransfers() override;

    void setToken(const QString &token) { m_token = token; }
    void setMaxParallel(int count) { m_maxParallel = std::max(1, count); }

    struct Download
    {
        QString mediaId;
        bool thumbnail = false;
        qint64 size = 0; // expected, when known (0: unknown)
        QString sha256;  // of the original; empty: not checked (thumbnails)
    };
    // Queues a transfer; returns its id for progress, cancel and the result.
    int download(const Download &download);
    int upload(const QString &filePath);
    void cancel(int id);

    int active() const { return m_active; }
    int queued() const { return int(m_waiting.size()); }

    // For tests: the first attempt of every download stops after this many
    // bytes, as a broken link would.
    void breakDownloadsAfter(qint64 bytes) { m_breakAfter = bytes; }

signals:
    void progress(int id, qint64 done, qint64 total);
    void downloaded(int id, const QString &mediaId, bool thumbnail, const QByteArray &bytes);
    void uploaded(int id, const relaydesk::protocol::Attachment &attachment);
    // Why it failed, for a person ("cancelled" when the agent cancelled).
    void failed(int id, const QString &reason);
    // A download went on after a break from where it stopped (for tests and logs).
    void resumed(int id, qint64 fromByte);

private:
    struct Transfer
    {
        int id = 0;
        bool isUpload = false;
        Download download;
        QString filePath;
        QByteArray received;
        int attempts = 0;
        bool refetched = false;       // fetched again after a damaged copy
        bool answerChecked = false;   // this attempt's status was looked at
        bool brokenOnPurpose = false; // breakDownloadsAfter() cut this attempt
        QPointer<QNetworkReply> reply;
    };

    void startNext();
    void begin(Transfer &transfer);
    void beginDownload(Transfer &transfer);
    void beginUpload(Transfer &transfer);
    void downloadFinished(int id);
    void verified(int id, bool intact);
    void uploadFinished(int id);
    void finish(int id);
    QNetworkRequest requestFor(const QString &path) const;

    QUrl m_server;
    QString m_token;
    QNetworkAccessManager *m_network;
    QHash<int, Transfer> m_transfers;
    QList<int> m_waiting;
    int m_nextId = 1;
    int m_active = 0;
    int m_maxParallel = kDefaultParallel;
    qint64 m_breakAfter = 0;
};

} // namespace relaydesk::net
