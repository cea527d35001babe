// Request bodies on the real relaydesk-server are checked against their
// route's limit before they are read (docs/protocol.md, "Body limits"): a
// declared Content-Length over it is refused at once, a chunked body is cut
// at it, a hostile 150 MiB body does not grow the server's memory, and media
// uploads stream to disk. Ordinary traffic (keep-alive, pipelining, uploads,
// the stream's WebSocket) goes on working. Raw sockets, so the tests control
// every byte a client sends.

#include "serverprocess.h"
#include "streamclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using relaydesk::test::ServerProcess;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kHostileBytes = 150 * kMiB;

struct RawReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// A client that writes exactly the bytes it is given and reads answers as they come.
class RawClient
{
public:
    explicit RawClient(quint16 port)
        : m_owned(std::make_unique<QTcpSocket>())
        , m_socket(*m_owned)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }

    // Over TLS, trusting `certificate`.
    RawClient(quint16 port, const QString &certificate)
        : m_owned(std::make_unique<QSslSocket>())
        , m_socket(*m_owned)
    {
        auto &tls = static_cast<QSslSocket &>(m_socket);
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromPath(certificate));
        tls.setSslConfiguration(trust);
        tls.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        tls.waitForEncrypted(10000);
    }

    bool isConnected() const
    {
        const auto *tls = qobject_cast<const QSslSocket *>(&m_socket);
        return m_socket.state() == QAbstractSocket::ConnectedState && (!tls || tls->isEncrypted());
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(5000))
            take();
    }

    // Writes `total` bytes of body in slices (chunked when asked) until all are
    // sent or the server stops taking them; calls `sample` after each slice.
    qint64 stream(qint64 total, bool chunked, const std::function<void()> &sample)
    {
        const QByteArray slice(kMiB, 'x');
        const QByteArray frame = chunked ? QByteArray::number(slice.size(), 16) + "\r\n" + slice + "\r\n" : slice;
        qint64 sent = 0;
        while (sent < total && isConnected()) {
            if (m_socket.write(frame) != frame.size())
                break;
            while (m_socket.bytesToWrite() > 0 && isConnected()) {
                if (!m_socket.waitForBytesWritten(10000))
                    break;
                take();
            }
            if (m_socket.bytesToWrite() > 0)
                break; // the server stopped reading
            take();
            sent += slice.size();
            sample();
        }
        if (chunked && sent >= total && isConnected())
            send("0\r\n\r\n");
        return sent;
    }

    // The next whole answer (interim 100 answers skipped), or nothing within `timeoutMs`.
    std::optional<RawReply> readReply(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            take();
            if (std::optional<RawReply> reply = parse())
                return reply;
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0 || !isConnected() || !m_socket.waitForReadyRead(int(left))) {
                take();
                return parse();
            }
        }
    }

    // Whether the server closed the connection within `timeoutMs`.
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (isConnected() && clock.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
            take();
        }
        return !isConnected();
    }

private:
    void take() { m_buffer += m_socket.readAll(); }

    std::optional<RawReply> parse()
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return std::nullopt;
            RawReply reply;
            reply.head = m_buffer.left(end);
            reply.status = reply.head.mid(9, 3).toInt();
            if (reply.status == 100) {
                m_buffer.remove(0, end + 4);
                continue;
            }
            qint64 length = 0;
            for (const QByteArray &line : reply.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return std::nullopt;
            reply.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            return reply;
        }
    }

    std::unique_ptr<QTcpSocket> m_owned;
    QTcpSocket &m_socket;
    QByteArray m_buffer;
};

QByteArray head(const QByteArray &method, const QByteArray &path, const QList<QByteArray> &headers)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\n";
    for (const QByteArray &header : headers)
        bytes += header + "\r\n";
    return bytes + "\r\n";
}

// The server's resident memory in bytes, from /proc/<pid>/status.
qint64 residentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class TestServerBodies : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QByteArray m_token;
    QByteArray m_widgetKey;

    QByteArray pathOf(const QString &route) const
    {
        if (route == QLatin1String("media"))
            return "/v1/media";
        if (route == QLatin1String("sign-in"))
            return "/v1/auth/sign-in";
        if (route == QLatin1String("web chat"))
            return "/v1/webchat/" + m_widgetKey + "/messages";
        if (route == QLatin1String("webhook"))
            return "/v1/webhooks/whatsapp/" + m_widgetKey;
        return "/v1/no-such-route";
    }

    QByteArray authorization(bool withToken) const
    {
        return withToken ? "Authorization: Bearer " + m_token : QByteArray("X-Anonymous: yes");
    }

    static void addRoutes()
    {
        QTest::addColumn<QString>("route");
        for (const char *route : {"media", "sign-in", "web chat", "webhook", "unknown"})
            QTest::newRow(route) << QString::fromLatin1(route);
    }

private slots:
    void initTestCase()
    {
        QProcess add;
        add.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), m_server.dataDirectory(), QStringLiteral("--add-agent"),
                   QStringLiteral("ana@shop.example"), QStringLiteral("--workspace"), QStringLiteral("Shop")});
        add.write("bodies password\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30000));
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps up to 256 MB of freed memory resident (its
        // quarantine), so the server's RSS would grow with every byte that
        // passed through it, held or not. A small quarantine keeps the figure
        // about what the server holds.
        const QByteArray options = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS", options + (options.isEmpty() ? "" : ":") + "quarantine_size_mb=8");
#endif
        QVERIFY(m_server.start());

        RawClient client(m_server.port());
        const QByteArray body = R"({"email":"ana@shop.example","password":"bodies password"})";
        client.send(head("POST", "/v1/auth/sign-in",
                         {"Content-Type: application/json", "Content-Length: " + QByteArray::number(body.size())})
                    + body);
        const std::optional<RawReply> signedIn = client.readReply(30000);
        QVERIFY(signedIn && signedIn->status == 200);
        m_token = signedIn->json().value(QStringLiteral("token")).toString().toLatin1();
        m_widgetKey = signedIn->json()
                          .value(QStringLiteral("workspace"))
                          .toObject()
                          .value(QStringLiteral("widget_key"))
                          .toString()
                          .toLatin1();
        QVERIFY(!m_token.isEmpty() && !m_widgetKey.isEmpty());
    }

    void declaredOversizeIsRefusedAtOnce_data()
    {
        addRoutes();
    }
    void declaredOversizeIsRefusedAtOnce()
    {
        QFETCH(QString, route);
        RawClient client(m_server.port());
        QVERIFY(client.isConnected());
        QElapsedTimer clock;
        clock.start();
        // The head only: the answer must not wait for the 100 MiB it announces.
        client.send(head("POST", pathOf(route), {authorization(true), "Content-Length: 104857601"}));
        const std::optional<RawReply> reply = client.readReply(5000);
        QVERIFY2(reply, "no answer before the body");
        QCOMPARE(reply->status, 413);
        QCOMPARE(reply->code(), QStringLiteral("too_large"));
        QVERIFY(reply->head.contains("Connection: close"));
        QVERIFY2(client.waitForClose(10000), "the connection stays open");
        QVERIFY(clock.elapsed() < 12000); // a hang, not a timing claim: the answer came before any body
    }

    void getBodiesHaveASmallLimitToo()
    {
        RawClient client(m_server.port());
        client.send(head("GET", "/v1/health", {"Content-Length: 1048576"}));
        const std::optional<RawReply> reply = client.readReply(5000);
        QVERIFY(reply);
        QCOMPARE(reply->status, 413);
        QVERIFY(client.waitForClose(10000));
    }

    void oversizeHeadIsRefused()
    {
        RawClient client(m_server.port());
        client.send("GET /v1/health HTTP/1.1\r\nX-Padding: " + QByteArray(40 * 1024, 'p') + "\r\n\r\n");
        const std::optional<RawReply> reply = client.readReply(5000);
        QVERIFY(reply);
        QCOMPARE(reply->status, 431);
        QVERIFY(client.waitForClose(10000));
    }

    void ambiguousFramingIsRefused()
    {
        RawClient client(m_server.port());
        client.send(head("POST", "/v1/auth/sign-in", {"Content-Length: 5", "Transfer-Encoding: chunked"})
                    + "0\r\n\r\n");
        const std::optional<RawReply> reply = client.readReply(5000);
        QVERIFY(reply);
        QCOMPARE(reply->status, 400);
        QVERIFY(client.waitForClose(10000));
    }

    void chunkedOversizeIsCut_data()
    {
        addRoutes();
    }
    void chunkedOversizeIsCut()
    {
        QFETCH(QString, route);
        RawClient client(m_server.port());
        client.send(head("POST", pathOf(route), {authorization(true), "Transfer-Encoding: chunked"}));
        // Past every limit but the media's, which the upload then crosses on disk.
        const qint64 sent = client.stream(route == QLatin1String("media") ? 110 * kMiB : 4 * kMiB, true, [] {});
        const std::optional<RawReply> reply = client.readReply(10000);
        QVERIFY2(reply, qPrintable(QStringLiteral("no answer after %1 bytes").arg(sent)));
        QCOMPARE(reply->status, 413);
        QCOMPARE(reply->code(), QStringLiteral("too_large"));
        QVERIFY(client.waitForClose(5000));
    }

    void hostileBodiesKeepMemoryFlat_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        for (const char *route : {"media", "sign-in", "web chat", "webhook", "unknown"}) {
            for (const bool chunked : {false, true}) {
                for (const bool withToken : {true, false}) {
                    // An anonymous upload is refused for its missing token once its head is read.
                    const bool unauthorised = QByteArrayView(route) == "media" && !withToken && chunked;
                    QTest::addRow("%s %s %s", route, chunked ? "chunked" : "Content-Length",
                                  withToken ? "token" : "no token")
                        << QString::fromLatin1(route) << chunked << withToken << (unauthorised ? 401 : 413);
                }
            }
        }
    }
    void hostileBodiesKeepMemoryFlat()
    {
        QFETCH(QString, route);
        QFETCH(bool, chunked);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        const qint64 pid = m_server.processId();
        const qint64 before = residentBytes(pid);
        QVERIFY(before > 0);
        qint64 peak = before;
        RawClient client(m_server.port());
        client.send(head("POST", pathOf(route),
                         {authorization(withToken), chunked ? QByteArray("Transfer-Encoding: chunked")
                                                            : "Content-Length: " + QByteArray::number(kHostileBytes)}));
        const qint64 sent = client.stream(kHostileBytes, chunked, [&] { peak = qMax(peak, residentBytes(pid)); });
        const std::optional<RawReply> reply = client.readReply(10000);
        client.waitForClose(5000);
        peak = qMax(peak, residentBytes(pid));
        const qint64 after = residentBytes(pid);
        qInfo("hostile 150 MiB body, %s, %s, %s: server RSS %.1f MB before, %.1f MB at most, %.1f MB after "
              "(rise %.1f MB); the server took %.0f MiB before closing",
              qPrintable(route), chunked ? "chunked" : "Content-Length", withToken ? "token" : "no token", before / 1e6,
              peak / 1e6, after / 1e6, (peak - before) / 1e6, double(sent) / kMiB);
        QVERIFY2(reply, "no answer");
        QCOMPARE(reply->status, status);
        QVERIFY2(peak - before < 20 * 1000 * 1000, qPrintable(QStringLiteral("RSS rose %1 bytes").arg(peak - before)));
        QVERIFY2(sent < kHostileBytes, "the server read the whole hostile body");
    }

    void tlsConnectionsAreGuardedToo()
    {
        QTemporaryDir certs;
        const QString certificate = certs.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       certs.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificate,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl makes the test certificate");
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--tls-certificate"), certificate, QStringLiteral("--tls-key"),
                               certs.filePath(QStringLiteral("key.pem"))}),
                 qPrintable(server.output()));

        {
            RawClient client(server.port(), certificate);
            QVERIFY(client.isConnected());
            client.send(head("POST", "/v1/auth/sign-in", {"Content-Length: 104857601"}));
            const std::optional<RawReply> reply = client.readReply(5000);
            QVERIFY(reply);
            QCOMPARE(reply->status, 413);
        }
        // Twice: the first hostile body also pays for the server's first TLS
        // session of that size (OpenSSL's buffers), which it keeps for the next.
        for (const char *round : {"first", "second"}) {
            const qint64 before = residentBytes(server.processId());
            qint64 peak = before;
            RawClient client(server.port(), certificate);
            client.send(head("POST", "/v1/no-such-route", {"Transfer-Encoding: chunked"}));
            const qint64 sent = client.stream(kHostileBytes, true,
                                              [&] { peak = qMax(peak, residentBytes(server.processId())); });
            const std::optional<RawReply> reply = client.readReply(10000);
            qInfo("hostile 150 MiB body over TLS (%s), unknown route, chunked, no token: server RSS %.1f MB before, "
                  "%.1f MB at most (rise %.1f MB); the server took %.0f MiB before closing",
                  round, before / 1e6, peak / 1e6, (peak - before) / 1e6, double(sent) / kMiB);
            QVERIFY(reply);
            QCOMPARE(reply->status, 413);
            QVERIFY(peak - before < 20 * 1000 * 1000);
        }
    }

    void keepAliveCarriesSeveralRequests()
    {
        RawClient client(m_server.port());
        client.send(head("GET", "/v1/health", {}));
        std::optional<RawReply> reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        const QByteArray body = R"({"email":"ana@shop.example","password":"wrong"})";
        client.send(head("POST", "/v1/auth/sign-in", {"Content-Length: " + QByteArray::number(body.size())}) + body);
        reply = client.readReply(30000);
        QVERIFY(reply);
        QCOMPARE(reply->status, 401);
        client.send(head("GET", "/v1/me", {authorization(true)}));
        reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->json().value(QStringLiteral("agent")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana@shop.example"));
        QVERIFY(client.isConnected());
    }

    void pipelinedRequestsAreAllAnswered()
    {
        RawClient client(m_server.port());
        const QByteArray notJson = "not json";
        const QByteArray chunkedJson = "4\r\nnot \r\n4\r\njson\r\n0\r\n\r\n";
        client.send(head("GET", "/v1/health", {})
                    + head("POST", "/v1/auth/sign-in", {"Content-Length: " + QByteArray::number(notJson.size())})
                    + notJson + head("POST", "/v1/auth/sign-in", {"Transfer-Encoding: chunked"}) + chunkedJson
                    + head("GET", "/v1/me", {authorization(true)}));
        const QList<int> expected{200, 400, 400, 200};
        for (const int status : expected) {
            const std::optional<RawReply> reply = client.readReply();
            QVERIFY(reply);
            QCOMPARE(reply->status, status);
        }
    }

    void uploadsStreamToDiskWithTheirSha256()
    {
        RawClient client(m_server.port());
        const QByteArray document = "%PDF-1.4\n" + randomBytes(3 * kMiB);
        client.send(head("POST", "/v1/media",
                         {authorization(true), "X-File-Name: report.pdf",
                          "Content-Length: " + QByteArray::number(document.size())}));
        for (qsizetype at = 0; at < document.size(); at += 200000)
            client.send(document.mid(at, 200000));
        std::optional<RawReply> reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 201);
        QCOMPARE(reply->json().value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
        QCOMPARE(qint64(reply->json().value(QStringLiteral("size")).toDouble()), qint64(document.size()));
        QCOMPARE(reply->json().value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
        const QString id = reply->json().value(QStringLiteral("media_id")).toString();

        // Chunked, with uneven chunks, after Expect: 100-continue, on the same connection.
        const QByteArray other = randomBytes(kMiB + 12345);
        client.send(head("POST", "/v1/media",
                         {authorization(true), "X-File-Name: noise.bin", "Transfer-Encoding: chunked",
                          "Expect: 100-continue"}));
        QByteArray chunks;
        for (qsizetype at = 0, size = 1; at < other.size(); at += size, size = size * 7 + 3) {
            const QByteArray part = other.mid(at, size);
            chunks += QByteArray::number(part.size(), 16) + ";ext=1\r\n" + part + "\r\n";
        }
        client.send(chunks + "0\r\n\r\n");
        reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 201);
        QCOMPARE(reply->json().value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(other, QCryptographicHash::Sha256).toHex());

        // The stored file is the one sent, and the connection still serves requests.
        client.send(head("GET", "/v1/media/" + id.toLatin1(), {authorization(true)}));
        reply = client.readReply(30000);
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->body, document);
    }

    void anonymousUploadIsRefusedBeforeItsBody()
    {
        RawClient client(m_server.port());
        client.send(head("POST", "/v1/media", {"Content-Length: 1048576"}));
        const std::optional<RawReply> reply = client.readReply(5000);
        QVERIFY(reply);
        QCOMPARE(reply->status, 401);
        QVERIFY(client.waitForClose(10000));
    }

    void theStreamStillConnects()
    {
        relaydesk::test::StreamClient agent;
        QVERIFY(agent.connectTo(m_server.baseUrl()));
        agent.hello(QString::fromLatin1(m_token), 0);
        QVERIFY(!agent.waitFor(QStringLiteral("welcome")).isEmpty());
    }
};

QTEST_MAIN(TestServerBodies)
#include "tst_server_bodies.moc"
