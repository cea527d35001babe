// How relaydesk-server is configured and reached: a configuration file with
// environment and flags on top, TLS with its own certificate (HTTPS and WSS),
// and no plaintext listening beyond this computer.

#include "serverprocess.h"
#include "streamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using relaydesk::test::ServerProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runServer(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY), arguments);
    process.waitForFinished(20000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certs;
    QString certificate() const { return m_certs.filePath(QStringLiteral("cert.pem")); }
    QString key() const { return m_certs.filePath(QStringLiteral("key.pem")); }

private slots:
    void initTestCase()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key(),
                       QStringLiteral("-out"), certificate(), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "openssl is needed to make a test certificate (scripts/install-deps installs it)");
    }

    void tlsServesHttpsAndWss()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--tls-certificate"), certificate(), QStringLiteral("--tls-key"), key()}),
                 qPrintable(server.output()));
        QVERIFY(server.output().contains(QStringLiteral("(TLS)")));

        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromPath(certificate()));
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(server.port())));
        request.setSslConfiguration(trust);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        // Plain HTTP to the TLS port gets nothing usable.
        QNetworkReply *plain = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/health").arg(server.port()))));
        QSignalSpy plainFinished(plain, &QNetworkReply::finished);
        QVERIFY(plainFinished.wait(20000));
        QVERIFY(plain->error() != QNetworkReply::NoError);

        // The stream over TLS.
        QWebSocket socket;
        socket.setSslConfiguration(trust);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy text(&socket, &QWebSocket::textMessageReceived);
        socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/stream").arg(server.port())));
        QVERIFY(connected.wait(20000));
        socket.sendTextMessage(
            QStringLiteral("{\"type\":\"hello\",\"protocol\":2,\"token\":\"rdt_nope\",\"last_seq\":0}"));
        QVERIFY(text.wait(20000));
        QVERIFY(text.first().first().toString().contains(QStringLiteral("unauthorized")));
    }

    void refusesBadTlsFiles()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        Run run = runServer({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--tls-certificate"), junk.fileName(), QStringLiteral("--tls-key"),
                             junk.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("not a PEM certificate")), qPrintable(run.output));
        run = runServer({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--tls-certificate"), certificate()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.output.contains(QStringLiteral("both a certificate and its key")));
    }

    void noPlaintextBeyondThisComputer()
    {
        QTemporaryDir dir;
        const Run run = runServer({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                                   QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("in the clear")), qPrintable(run.output));
    }

    void fileThenEnvironmentThenFlags()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("from-file"));
        QFile ini(dir.filePath(QStringLiteral("server.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("data_dir=%1\nport=1\ntoken_lifetime=60\n").arg(data).toUtf8());
        ini.close();
        // The file says port 1; the environment says 0 (any free port); the data folder comes from the file.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAYDESK_PORT"), QStringLiteral("0"));
        QProcess server;
        server.setProcessEnvironment(env);
        server.start(QStringLiteral(RELAYDESK_SERVER_BINARY), {QStringLiteral("--config"), ini.fileName()});
        QVERIFY(server.waitForReadyRead(20000));
        const QString output = QString::fromUtf8(server.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("listening on port")) && !output.contains(QStringLiteral("port 1\n")),
                 qPrintable(output));
        QVERIFY(QFile::exists(data + QStringLiteral("/relaydesk-server.db")));
        server.kill();
        server.waitForFinished();

        const Run missing = runServer({QStringLiteral("--config"), dir.filePath(QStringLiteral("nope.ini"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.output.contains(QStringLiteral("nope.ini")));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
