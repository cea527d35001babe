// The app's session against the real server and a real keychain (a private
// Secret Service, see support/with-keyring.sh): signing in keeps the token in
// the keychain and starts the sync; a restart resumes with it; signing out
// revokes it on the server and forgets it here. The status line follows.

#include "linkclient.h"
#include "serverprocess.h"

#include "session.h"

#include "imagecheck.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/threadpane.h"

#include "panes/conversationpane.h"
#include "platform/keychain.h"
#include "platform/profile.h"
#include "store/databasekey.h"
#include "store/reader.h"
#include "store/store.h"
#include <QListView>

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace relaydesk;

namespace {

// Resumes the session and waits for its answer (nothing if it never came).
std::optional<bool> resumeOf(app::Session &session)
{
    std::optional<bool> resumed;
    session.resume([&resumed](bool answer) { resumed = answer; });
    QDeadlineTimer deadline(test::kDeadlineMs);
    while (!resumed && !deadline.hasExpired())
        QTest::qWait(10);
    return resumed;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;

    std::unique_ptr<store::Store> openHistory(const Profile &profile, const store::DatabaseKey &key)
    {
        store::OpenError error;
        auto history = store::Store::open({profile.databasePath(), profile.searchIndexPath()}, key, &error);
        if (!history)
            qWarning() << error.message;
        return history;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("b1@other.example"), QStringLiteral("Other"),
                               test::kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, test::newVisitor(m_server.baseUrl(), m_shopKey),
                                     QStringLiteral("Bonjour, ma commande ?")));
    }

    void wrongPasswordSaysSoAndKeepsNothing()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.filePath(QStringLiteral("agent")), nullptr);
        QVERIFY(profile);
        auto history = openHistory(*profile, store::DatabaseKey::generateRaw());
        QVERIFY(history);
        app::Session session(*profile, history.get(), m_server.baseUrl());
        bool done = false, ok = true;
        QString message;
        session.signIn(m_server.baseUrl(), QStringLiteral("a1@shop.example"), QStringLiteral("not the password"),
                       [&](bool success, const QString &why) {
                           done = true;
                           ok = success;
                           message = why;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("not right")), qPrintable(message));
        QVERIFY(!session.isSignedIn());
        QCOMPARE(platform::Keychain::readNow(Profile::keychainService(), profile->keychainKey(u"session-token")).status,
                 platform::Keychain::Status::NotFound);
    }

    void signInSyncsResumesAndSignsOut()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.filePath(QStringLiteral("agent")), nullptr);
        QVERIFY(profile);
        const store::DatabaseKey key = store::DatabaseKey::generateRaw();
        QString token;
        {
            auto history = openHistory(*profile, key);
            QVERIFY(history);
            ui::MainWindow window(*profile, m_server.baseUrl());
            app::Session session(*profile, history.get(), m_server.baseUrl());
            connect(&session, &app::Session::statusChanged, &window, &ui::MainWindow::setConnectionStatus);
            QCOMPARE(resumeOf(session), std::optional<bool>(false)); // nothing kept yet
            bool done = false, ok = false;
            session.signIn(m_server.baseUrl(), QStringLiteral("a1@shop.example"), QString::fromUtf8(test::kPassword),
                           [&](bool success, const QString &) {
                               done = true;
                               ok = success;
                           });
            QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
            QVERIFY(ok);
            QTRY_VERIFY_WITH_TIMEOUT(session.statusText().startsWith(QStringLiteral("Online · Shop")),
                                     test::kDeadlineMs);
            QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversations({}, 10).size(), 1, test::kDeadlineMs);

            const auto kept = platform::Keychain::readNow(Profile::keychainService(),
                                                          profile->keychainKey(u"session-token"));
            QCOMPARE(kept.status, platform::Keychain::Status::Ok);
            token = QString::fromUtf8(kept.secret);
            QVERIFY(token.startsWith(QStringLiteral("rdt_")));
            // Never in the profile's settings.
            QFile settings(profile->settingsPath());
            QVERIFY(settings.open(QIODevice::ReadOnly));
            QVERIFY(!settings.readAll().contains(token.toUtf8()));

            models::ConversationListModel conversations(history.get());
            window.conversationPane()->setModel(&conversations);
            models::MessageListModel messages(history.get());
            window.threadPane()->setModel(&messages);
            window.conversationPane()->listView()->setCurrentIndex(conversations.index(0));
            window.threadPane()->showConversation(
                conversations.index(0).data(models::ConversationListModel::IdRole).toLongLong(),
                conversations.index(0).data(Qt::DisplayRole).toString());
            QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 1, test::kDeadlineMs);
            window.resize(1000, 560);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QImage picture = window.grab().toImage();
            QVERIFY(picture.save(test::outputPath(QStringLiteral("session-online.png"))));
        }

        // A restart: the token from the keychain, straight to the stream.
        auto history = openHistory(*profile, key);
        QVERIFY(history);
        app::Session session(*profile, history.get(), m_server.baseUrl());
        QCOMPARE(resumeOf(session), std::optional<bool>(true));
        QTRY_VERIFY_WITH_TIMEOUT(session.statusText().startsWith(QStringLiteral("Online")), test::kDeadlineMs);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, test::newVisitor(m_server.baseUrl(), m_shopKey),
                                     QStringLiteral("after the restart")));
        QTRY_COMPARE_WITH_TIMEOUT(history->reader().conversations({}, 10).size(), 2, test::kDeadlineMs);

        session.signOut();
        QVERIFY(!session.isSignedIn());

        // This history belongs to Shop: signing in to another workspace with
        // it is refused (its seq and outbox mean nothing there).
        bool done = false, ok = true;
        QString message;
        session.signIn(m_server.baseUrl(), QStringLiteral("b1@other.example"), QString::fromUtf8(test::kPassword),
                       [&](bool success, const QString &why) {
                           done = true;
                           ok = success;
                           message = why;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("Shop")) && message.contains(QStringLiteral("Forget this device")),
                 qPrintable(message));
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.statusText().startsWith(QStringLiteral("Not signed in")));
        QCOMPARE(platform::Keychain::readNow(Profile::keychainService(), profile->keychainKey(u"session-token")).status,
                 platform::Keychain::Status::NotFound);
        // The server no longer takes the token.
        QTRY_COMPARE_WITH_TIMEOUT(test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/me"), {},
                                                 "Bearer " + token.toLatin1())
                                      .status,
                                  401, test::kDeadlineMs);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
