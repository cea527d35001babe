// GET /v1/history: the whole workspace's messages in pages, newest first,
// across conversations, for a new desktop's first sync. Every message once,
// in order; another workspace's never; the cursor in the body and the
// header; long pages compressed for a client that asks; the parameters
// checked; no page without a sign-in. The history comes from
// `relaydesk-server bench-history`, which is checked here too.

#include "httpcall.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QtEndian>

using namespace relaydesk::test;

namespace {

constexpr char kPassword[] = "agent password 1";

bool fillHistory(const QString &dataDir, const QString &workspace, int messages, int conversations)
{
    QProcess fill;
    fill.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
               {QStringLiteral("bench-history"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--workspace"),
                workspace, QStringLiteral("--messages"), QString::number(messages), QStringLiteral("--conversations"),
                QString::number(conversations)});
    return fill.waitForFinished(60000) && fill.exitStatus() == QProcess::NormalExit && fill.exitCode() == 0;
}

} // namespace

class TestServerHistory : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QByteArray m_shop, m_other;

    QByteArray bearerOf(const QString &email)
    {
        const auto reply = httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        return "Bearer " + reply.body.value(QStringLiteral("token")).toString().toLatin1();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(
            addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(addAgent(m_server.dataDirectory(), QStringLiteral("oki@other.example"), QStringLiteral("Other"),
                         kPassword));
        QVERIFY(fillHistory(m_server.dataDirectory(), QStringLiteral("Shop"), 2500, 30));
        QVERIFY(fillHistory(m_server.dataDirectory(), QStringLiteral("Other"), 700, 7));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
        m_shop = bearerOf(QStringLiteral("ana@shop.example"));
        m_other = bearerOf(QStringLiteral("oki@other.example"));
    }

    void pagesHoldTheWholeWorkspaceNewestFirst()
    {
        QSet<qint64> conversations;
        QVector<qint64> ids;
        qint64 before = 0;
        int pages = 0;
        do {
            const QString path = QStringLiteral("/v1/history?limit=1000")
                                 + (before ? QStringLiteral("&before=%1").arg(before) : QString());
            const auto page = httpCall(m_server.baseUrl(), "GET", path, {}, m_shop);
            QCOMPARE(page.status, 200);
            const QJsonArray messages = page.body.value(QStringLiteral("messages")).toArray();
            for (const QJsonValue &value : messages) {
                const QJsonObject message = value.toObject();
                ids.append(qint64(message.value(QStringLiteral("id")).toDouble()));
                conversations.insert(qint64(message.value(QStringLiteral("conversation_id")).toDouble()));
            }
            const QJsonValue next = page.body.value(QStringLiteral("next_before"));
            before = next.isNull() ? 0 : qint64(next.toDouble());
            if (before)
                QCOMPARE(before, ids.constLast());
            ++pages;
        } while (before && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 2500);
        QCOMPARE(conversations.size(), 30);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY2(ids.at(i) < ids.at(i - 1), "newest first, each once");

        // The other workspace sees its own 700 only.
        const auto other = httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/history?limit=5000"), {}, m_other);
        QCOMPARE(other.status, 200);
        const QJsonArray theirs = other.body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(theirs.size(), 700);
        for (const QJsonValue &value : theirs)
            QVERIFY(!ids.contains(qint64(value.toObject().value(QStringLiteral("id")).toDouble())));
        QVERIFY(other.body.value(QStringLiteral("next_before")).isNull());
    }

    void theCursorComesInAHeaderAndALongPageCompressed()
    {
        QNetworkAccessManager network;
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/history"));
        url.setQuery(QStringLiteral("limit=600"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_shop);
        // Qt asks for compressed answers itself and reads them as plain.
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray plain = reply->readAll();
        const QJsonObject body = QJsonDocument::fromJson(plain).object();
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 600);
        QCOMPARE(reply->rawHeader("Relaydesk-Next-Before").toLongLong(),
                 qint64(body.value(QStringLiteral("next_before")).toDouble()));
        reply->deleteLater();

        // Asked for "deflate" by hand, the bytes on the wire are zlib's, far
        // smaller than the JSON they hold.
        request.setRawHeader("Accept-Encoding", "deflate");
        QNetworkReply *raw = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(raw->isFinished(), 15000);
        QCOMPARE(raw->rawHeader("Content-Encoding"), QByteArrayLiteral("deflate"));
        const QByteArray wire = raw->readAll();
        QVERIFY2(wire.size() * 4 < plain.size(),
                 qPrintable(QStringLiteral("%1 of %2").arg(wire.size()).arg(plain.size())));
        QByteArray sized(4, '\0');
        qToBigEndian(quint32(plain.size()), sized.data());
        QCOMPARE(qUncompress(sized + wire), plain);
        raw->deleteLater();

        // A short answer goes as it is.
        url.setQuery(QStringLiteral("limit=1"));
        request.setUrl(url);
        QNetworkReply *small = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(small->isFinished(), 15000);
        QVERIFY(small->rawHeader("Content-Encoding").isEmpty());
        QCOMPARE(QJsonDocument::fromJson(small->readAll()).object().value(QStringLiteral("messages")).toArray().size(),
                 1);
        small->deleteLater();
    }

    void parametersAreCheckedAndASignInNeeded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("status");
        QTest::newRow("limit 0") << "/v1/history?limit=0" << true << 400;
        QTest::newRow("limit 5001") << "/v1/history?limit=5001" << true << 400;
        QTest::newRow("limit words") << "/v1/history?limit=lots" << true << 400;
        QTest::newRow("before negative") << "/v1/history?before=-1" << true << 400;
        QTest::newRow("before words") << "/v1/history?before=yesterday" << true << 400;
        QTest::newRow("before huge") << "/v1/history?before=99999999999999999999" << true << 400;
        QTest::newRow("limit 5000") << "/v1/history?limit=5000" << true << 200;
        QTest::newRow("no sign-in") << "/v1/history" << false << 401;
    }
    void parametersAreCheckedAndASignInNeeded()
    {
        QFETCH(QString, path);
        QFETCH(bool, signedIn);
        QFETCH(int, status);
        const auto answer = httpCall(m_server.baseUrl(), "GET", path, {}, signedIn ? m_shop : QByteArray());
        QCOMPARE(answer.status, status);
        if (status == 400)
            QCOMPARE(answer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("bad_request"));
    }

    void theFillerRefusesWhatItCannotDo()
    {
        QTemporaryDir data;
        QVERIFY(!fillHistory(data.path(), QString(), 10, 1));
        QVERIFY(!fillHistory(data.path(), QStringLiteral("Shop"), 0, 1));
        QVERIFY(!fillHistory(data.path(), QStringLiteral("Shop"), 10, 0));
    }
};

QTEST_GUILESS_MAIN(TestServerHistory)
#include "tst_server_history.moc"
