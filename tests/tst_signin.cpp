// The first start and the sign-in through the app as main() builds it
// (app::Desktop), against the real server: a fresh profile shows only the
// sign-in, the window follows once signed in; a failed sign-in keeps what
// was typed and says what went wrong in words: a wrong password, nothing
// listening, a certificate this computer does not trust.

#include "httpcall.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "desktopfixture.h"
#include "imagecheck.h"
#include "session.h"

#include "appearance/appearance.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "net/networkerrors.h"

#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSslError>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;

namespace {

// A self-signed certificate for `name` (an IP: or DNS: subject alternative name).
bool makeCertificate(const QTemporaryDir &folder, const QString &commonName, const QString &alternativeName)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   folder.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   folder.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + alternativeName});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

struct FirstStart : test::DesktopFixture
{
    ui::SignInDialog *dialog = nullptr;

    // A fresh profile started as main() starts it; false if the sign-in did not show alone.
    bool begin(const QUrl &server)
    {
        if (!open(server))
            return false;
        desktop->start(true);
        desktop->show();
        if (!QTest::qWaitFor([this] { return desktop->signInDialog() && desktop->signInDialog()->isVisible(); },
                             test::kDeadlineMs))
            return false;
        dialog = desktop->signInDialog();
        return true;
    }

    // By object name: the accessible names are in the agent's language.
    QLineEdit *field(const char *name) const { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); }

    // Types into the dialog's fields as the agent would and presses Enter;
    // waits for the answer (the fields usable again). An empty `server` keeps the one shown.
    bool signIn(const QString &server, const QString &email, const QString &password)
    {
        if (!server.isEmpty()) {
            field("server")->selectAll();
            QTest::keyClicks(field("server"), server);
        }
        QTest::keyClicks(field("email"), email);
        QTest::keyClicks(field("password"), password);
        QTest::keyClick(field("password"), Qt::Key_Return);
        return QTest::qWaitFor(
            [this] { return !dialog || (field("password")->isEnabled() && !dialog->errorText().isEmpty()); },
            test::kDeadlineMs);
    }
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana")));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }

    void init() { QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("en"))); }

    void firstStartShowsOnlyTheSignIn()
    {
        FirstStart app;
        QVERIFY(app.begin(m_server.baseUrl()));
        QVERIFY(app.desktop->isFirstStart());
        // Nothing behind it: no window claiming a history or an empty inbox.
        QVERIFY(!app.desktop->window().isVisible());
        QVERIFY(app.dialog->parentWidget() == nullptr);
        QVERIFY(app.dialog->isWindow());
        QVERIFY(app.dialog->grab().toImage().save(test::outputPath(QStringLiteral("signin-first-start.png"))));

        // A wrong password: said in words; everything typed stays, the
        // password selected so that typing replaces it.
        QVERIFY(app.signIn(QString(), QStringLiteral("ana@shop.example"), QStringLiteral("not the password")));
        QCOMPARE(app.dialog->errorText(), QStringLiteral("The e-mail or password is not right."));
        QCOMPARE(app.field("server")->text(), m_server.baseUrl().toDisplayString());
        QCOMPARE(app.field("email")->text(), QStringLiteral("ana@shop.example"));
        QCOMPARE(app.field("password")->text(), QStringLiteral("not the password"));
        QCOMPARE(app.dialog->focusWidget(), app.field("password"));
        QCOMPARE(app.field("password")->selectedText(), QStringLiteral("not the password"));
        QVERIFY(!app.desktop->window().isVisible());
        QVERIFY(app.dialog->grab().toImage().save(test::outputPath(QStringLiteral("signin-wrong-password.png"))));

        // The right one: the window comes, the dialog goes.
        QTest::keyClicks(app.field("password"), QString::fromUtf8(test::kPassword));
        QTest::keyClick(app.field("password"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.desktop->window().isVisible(), test::kDeadlineMs);
        QTRY_VERIFY(!app.desktop->signInDialog());
        QVERIFY(app.desktop->session().isSignedIn());
        app.quit();

        // The next start has a history here: the window shows at once, signed in.
        QVERIFY(app.open(m_server.baseUrl()));
        std::optional<bool> resumed;
        app.desktop->start(true, [&](bool answer) { resumed = answer; });
        app.desktop->show();
        QTRY_VERIFY_WITH_TIMEOUT(resumed.has_value(), test::kDeadlineMs);
        QVERIFY(*resumed);
        QVERIFY(!app.desktop->isFirstStart());
        QTRY_VERIFY(app.desktop->window().isVisible());
        QVERIFY(!app.desktop->signInDialog());

        // Signed out but the history kept: the window stays, with its history.
        app.desktop->session().signOut();
        app.desktop->askToSignIn();
        QTRY_VERIFY(app.desktop->signInDialog() && app.desktop->signInDialog()->isVisible());
        QCOMPARE(app.desktop->signInDialog()->parentWidget(), &app.desktop->window());
        QVERIFY(app.desktop->window().isVisible());
    }

    void closingTheFirstSignInEndsTheApp()
    {
        FirstStart app;
        QVERIFY(app.begin(m_server.baseUrl()));
        QSignalSpy quit(app.desktop.get(), &app::Desktop::quitRequested);
        app.dialog->reject();
        QCOMPARE(quit.size(), 1);
        QVERIFY(!app.desktop->window().isVisible());
    }

    void nothingListeningIsSaidInWords()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        FirstStart app;
        QVERIFY(app.begin(m_server.baseUrl()));
        const QString address = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QVERIFY(app.signIn(address, QStringLiteral("ana@shop.example"), QStringLiteral("a password")));
        QCOMPARE(app.dialog->errorText(),
                 QStringLiteral("Nothing answers at 127.0.0.1:%1. Check the server address and port; if they are "
                                "right, the server may be down: ask your workspace's admin.")
                     .arg(port));
        // Everything typed stays; the address is what to fix.
        QCOMPARE(app.field("server")->text(), address);
        QCOMPARE(app.field("email")->text(), QStringLiteral("ana@shop.example"));
        QCOMPARE(app.field("password")->text(), QStringLiteral("a password"));
        QCOMPARE(app.dialog->focusWidget(), app.field("server"));
        QVERIFY(app.dialog->grab().toImage().save(test::outputPath(QStringLiteral("signin-refused.png"))));
    }

    void certificatesAreSaidInWords_data()
    {
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QString>("alternativeName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("self-signed") << QStringLiteral("127.0.0.1") << QStringLiteral("IP:127.0.0.1")
                                     << QStringLiteral("%1 uses a self-signed certificate, which this computer "
                                                       "does not trust. Ask your workspace's admin for a certificate "
                                                       "from a trusted authority.");
        QTest::newRow("another name") << QStringLiteral("relay.example") << QStringLiteral("DNS:relay.example")
                                      << QStringLiteral("The server's certificate is not made out for %1, so "
                                                        "this may not be the server you meant. Check the server "
                                                        "address; if it is right, ask your workspace's admin to fix "
                                                        "the certificate.");
    }

    void certificatesAreSaidInWords()
    {
        QFETCH(QString, commonName);
        QFETCH(QString, alternativeName);
        QFETCH(QString, expected);
        QTemporaryDir certificates;
        QVERIFY2(makeCertificate(certificates, commonName, alternativeName), "openssl makes the test certificate");
        test::ServerProcess server;
        QVERIFY(test::addAgent(server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana")));
        QVERIFY2(server.start({QStringLiteral("--tls-certificate"), certificates.filePath(QStringLiteral("cert.pem")),
                               QStringLiteral("--tls-key"), certificates.filePath(QStringLiteral("key.pem"))}),
                 qPrintable(server.output()));

        FirstStart app;
        QVERIFY(app.begin(m_server.baseUrl()));
        const QString address = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
        QVERIFY(app.signIn(address, QStringLiteral("ana@shop.example"), QString::fromUtf8(test::kPassword)));
        QCOMPARE(app.dialog->errorText(), expected.arg(QStringLiteral("127.0.0.1:%1").arg(server.port())));
        QVERIFY(!app.desktop->session().isSignedIn());
        QCOMPARE(app.field("password")->text(), QString::fromUtf8(test::kPassword));
        QCOMPARE(app.dialog->focusWidget(), app.field("server"));
        QVERIFY(
            app.dialog->grab().toImage().save(test::outputPath(QStringLiteral("signin-certificate-%1.png")
                                                                   .arg(QString::fromLatin1(QTest::currentDataTag()))
                                                                   .replace(QLatin1Char(' '), QLatin1Char('-')))));
    }

    void everyCertificateProblemHasItsSentence_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("start");
        QTest::newRow("expired") << int(QSslError::CertificateExpired)
                                 << QStringLiteral("The certificate of relay.example has expired");
        QTest::newRow("not yet valid") << int(QSslError::CertificateNotYetValid)
                                       << QStringLiteral("The certificate of relay.example is not valid yet");
        QTest::newRow("untrusted") << int(QSslError::CertificateUntrusted)
                                   << QStringLiteral("This computer does not trust the certificate of relay.example");
        QTest::newRow("unknown issuer") << int(QSslError::UnableToGetLocalIssuerCertificate)
                                        << QStringLiteral("This computer does not trust the certificate");
        QTest::newRow("revoked") << int(QSslError::CertificateRevoked)
                                 << QStringLiteral("The certificate of relay.example has been revoked");
    }

    void everyCertificateProblemHasItsSentence()
    {
        QFETCH(int, problem);
        QFETCH(QString, start);
        const QString said = net::NetworkErrors::describe(QNetworkReply::SslHandshakeFailedError,
                                                          {QSslError(QSslError::SslError(problem))},
                                                          QStringLiteral("relay.example"));
        QVERIFY2(said.startsWith(start), qPrintable(said));
    }

    void networkFailuresAreSaidInWords()
    {
        const QString host = QStringLiteral("relay.example");
        QVERIFY(net::NetworkErrors::describe(QNetworkReply::HostNotFoundError, {}, host)
                    .startsWith(QStringLiteral("The server relay.example could not be found.")));
        QVERIFY(net::NetworkErrors::describe(QNetworkReply::TimeoutError, {}, host)
                    .startsWith(QStringLiteral("relay.example did not answer in time.")));
        QVERIFY(net::NetworkErrors::describe(QNetworkReply::OperationCanceledError, {}, host)
                    .startsWith(QStringLiteral("relay.example did not answer in time.")));
        QVERIFY(net::NetworkErrors::describe(QAbstractSocket::ConnectionRefusedError, {}, host)
                    .startsWith(QStringLiteral("Nothing answers at relay.example.")));
        // A TLS failure without a certificate problem (http spoken to an https port).
        QVERIFY(net::NetworkErrors::describe(QNetworkReply::SslHandshakeFailedError, {}, host)
                    .startsWith(QStringLiteral("A secure connection to relay.example could not be made.")));
    }

    void failuresAreSaidInHindi()
    {
        QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("hi")));
        const QString said = net::NetworkErrors::describe(QNetworkReply::ConnectionRefusedError, {},
                                                          QStringLiteral("127.0.0.1:9"));
        QVERIFY(said.contains(QStringLiteral("127.0.0.1:9")));
        QVERIFY2(!said.contains(QStringLiteral("Nothing answers")), qPrintable(said));

        FirstStart app;
        QVERIFY(app.begin(m_server.baseUrl()));
        const quint16 port = closedPort();
        QVERIFY(app.signIn(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("ana@shop.example"),
                           QStringLiteral("a password")));
        QCOMPARE(app.dialog->errorText(), net::NetworkErrors::describe(QNetworkReply::ConnectionRefusedError, {},
                                                                       QStringLiteral("127.0.0.1:%1").arg(port)));
        QVERIFY(app.dialog->grab().toImage().save(test::outputPath(QStringLiteral("signin-refused-hi.png"))));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
