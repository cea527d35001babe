#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using relaydesk::test::ServerProcess;

class TestServerSmoke : public QObject
{
    Q_OBJECT

private slots:
    void answersHealthOnLoopback()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(server.port() > 0);

        QNetworkAccessManager network;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/v1/health"));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(body.value(QStringLiteral("protocol")).toInt() >= 1);
        reply->deleteLater();
    }

    void refusesABadPort()
    {
        QProcess process;
        process.start(QStringLiteral(RELAYDESK_SERVER_BINARY), {QStringLiteral("--port"), QStringLiteral("99999")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("99999")));
    }
};

QTEST_GUILESS_MAIN(TestServerSmoke)
#include "tst_server_smoke.moc"
