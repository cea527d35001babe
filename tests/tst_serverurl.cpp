#include "net/serverurl.h"

#include <QTest>

using namespace relaydesk::net;

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << "https://relay.example.com"
                               << "https://relay.example.com";
        QTest::newRow("trailing slash") << "https://relay.example.com/desk/"
                                        << "https://relay.example.com/desk";
        QTest::newRow("loopback http") << "http://127.0.0.1:8480"
                                       << "http://127.0.0.1:8480";
        QTest::newRow("localhost http") << "http://localhost:9000"
                                        << "http://localhost:9000";
        QTest::newRow("ipv6 loopback") << "http://[::1]:8480"
                                       << "http://[::1]:8480";
        QTest::newRow("upper-case scheme") << "HTTPS://relay.example.com"
                                           << "https://relay.example.com";
        QTest::newRow("spaces") << "  https://relay.example.com  "
                                << "https://relay.example.com";
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const auto url = parseServerUrl(input, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->toString(), expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "server address";
        QTest::newRow("plain http elsewhere") << "http://relay.example.com"
                                              << "https://relay.example.com";
        QTest::newRow("ftp") << "ftp://relay.example.com"
                             << "ftp://";
        QTest::newRow("credentials") << "https://me:secret@relay.example.com"
                                     << "password";
        QTest::newRow("no host") << "https://"
                                 << "server address";
    }
    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseServerUrl(input, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), "the error must not echo a password");
    }

    void streamUrlFollowsTheScheme()
    {
        QCOMPARE(streamUrl(QUrl(QStringLiteral("https://relay.example.com/desk"))).toString(),
                 QStringLiteral("wss://relay.example.com/desk/v1/stream"));
        QCOMPARE(streamUrl(QUrl(QStringLiteral("http://127.0.0.1:8480"))).toString(),
                 QStringLiteral("ws://127.0.0.1:8480/v1/stream"));
    }
};

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
