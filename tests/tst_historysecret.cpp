// Where the history key comes from, with the real keychain code: a real
// Secret Service on a private bus (tests/support/with-keyring.sh), and a
// child process with no bus at all, which must lead to a passphrase.

#include "platform/historysecret.h"
#include "platform/keychain.h"
#include "platform/profile.h"
#include "store/database.h"
#include "store/writer.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace relaydesk;
using platform::HistorySecret;
using platform::HistorySecretSource;
using platform::Keychain;

namespace {

const char *const kCanary = "canary-7f3a9c-no-keychain";

// The child: no session bus, so QtKeychain cannot reach any keychain.
int runNoBusChild(const QString &profileDir)
{
    const auto profile = Profile::open(profileDir, nullptr);
    if (!profile)
        return 3;
    const Keychain::Result probe = Keychain::writeNow(Profile::keychainService(), profile->keychainKey(u"probe"), "x");
    std::printf("keychain=%s error=%s\n", probe.status == Keychain::Status::Unavailable ? "unavailable" : "available",
                qPrintable(probe.error));
    HistorySecretSource source(*profile, [](bool choosing, const QString &) {
        std::printf("PROMPTED choosing=%d\n", choosing ? 1 : 0);
        return std::optional<QString>(QStringLiteral("correct horse battery"));
    });
    QString error;
    const auto secret = source.obtain(false, &error);
    if (!secret) {
        std::printf("error=%s\n", qPrintable(error));
        return 4;
    }
    std::printf("kind=%s\n", secret->kind == HistorySecret::Kind::Passphrase ? "passphrase" : "raw");
    // Write a history with it: it must be encrypted.
    store::OpenError openError;
    auto db = store::Database::open(profile->databasePath(),
                                    store::DatabaseKey::fromPassphrase(QString::fromUtf8(secret->bytes)),
                                    store::Database::Role::Writer, &openError);
    if (!db)
        return 5;
    store::StoreWriter writer(*db);
    QString writeError;
    if (!writer.setLocalSecret(QStringLiteral("canary"), kCanary, &writeError))
        return 6;
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestHistorySecret : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_prompts = 0;

    HistorySecretSource source(const Profile &profile)
    {
        return HistorySecretSource(profile, [this](bool, const QString &) {
            ++m_prompts;
            return std::optional<QString>(QStringLiteral("unused"));
        });
    }

private slots:
    void init() { m_prompts = 0; }

    void aNewProfileGetsARandomKeyInTheKeychain()
    {
        const auto profile = Profile::open(m_root.filePath(QStringLiteral("new")), nullptr);
        QVERIFY(profile);
        QString error;
        auto secrets = source(*profile);
        const auto secret = secrets.obtain(false, &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secret->kind, HistorySecret::Kind::RawKey);
        QCOMPARE(secret->bytes.size(), 32);
        QVERIFY(secret->isNew);
        QCOMPARE(m_prompts, 0);
        const Keychain::Result stored = Keychain::readNow(Profile::keychainService(),
                                                          profile->keychainKey(HistorySecretSource::keychainPurpose()));
        QCOMPARE(stored.status, Keychain::Status::Ok);
        QCOMPARE(stored.secret, secret->bytes);
        QCOMPARE(profile->settings()->value(QStringLiteral("history/key-source")).toString(),
                 QStringLiteral("keychain"));

        // The next start reads the same key.
        const auto again = secrets.obtain(true, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->bytes, secret->bytes);
        QVERIFY(!again->isNew);
        QCOMPARE(m_prompts, 0);
    }

    void profilesHaveTheirOwnKeys()
    {
        const auto a = Profile::open(m_root.filePath(QStringLiteral("a")), nullptr);
        const auto b = Profile::open(m_root.filePath(QStringLiteral("b")), nullptr);
        QVERIFY(a && b);
        QString error;
        auto sourceA = source(*a);
        auto sourceB = source(*b);
        const auto keyA = sourceA.obtain(false, &error);
        const auto keyB = sourceB.obtain(false, &error);
        QVERIFY(keyA && keyB);
        QVERIFY(keyA->bytes != keyB->bytes);
    }

    void aLostKeyIsAnErrorNeverANewEmptyHistory()
    {
        const auto profile = Profile::open(m_root.filePath(QStringLiteral("lost")), nullptr);
        QVERIFY(profile);
        QString error;
        auto secrets = source(*profile);
        QVERIFY(secrets.obtain(false, &error));
        QCOMPARE(Keychain::removeNow(Profile::keychainService(),
                                     profile->keychainKey(HistorySecretSource::keychainPurpose()))
                     .status,
                 Keychain::Status::Ok);
        QVERIFY(!secrets.obtain(true, &error));
        QVERIFY2(error.contains(QStringLiteral("Forget this device")), qPrintable(error));
        QCOMPARE(m_prompts, 0);
    }

    void aPassphraseProfileAsksToUnlock()
    {
        const auto profile = Profile::open(m_root.filePath(QStringLiteral("pp")), nullptr);
        QVERIFY(profile);
        profile->settings()->setValue(QStringLiteral("history/key-source"), QStringLiteral("passphrase"));
        bool sawChoosing = true;
        QString sawProblem;
        HistorySecretSource secrets(*profile, [&](bool choosing, const QString &problem) {
            sawChoosing = choosing;
            sawProblem = problem;
            return std::optional<QString>(QStringLiteral("s3cret"));
        });
        QString error;
        const auto secret = secrets.obtain(true, &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secret->kind, HistorySecret::Kind::Passphrase);
        QCOMPARE(secret->bytes, QByteArray("s3cret"));
        QVERIFY(!sawChoosing);
        const auto retry = secrets.askAgain(QStringLiteral("That passphrase is wrong."), &error);
        QVERIFY(retry);
        QCOMPARE(sawProblem, QStringLiteral("That passphrase is wrong."));

        HistorySecretSource cancelled(*profile, [](bool, const QString &) { return std::optional<QString>(); });
        QVERIFY(!cancelled.obtain(true, &error));
        QVERIFY(!error.isEmpty());
    }

    // The start-up reads the key while the window is built; obtain() then
    // takes that answer, once. Requests run in the order made, so the entry
    // removed after the read ahead was started is still read by it.
    void aKeyReadAheadIsTheOneObtainedOnce()
    {
        const auto profile = Profile::open(m_root.filePath(QStringLiteral("ahead")), nullptr);
        QVERIFY(profile);
        QString error;
        auto secrets = source(*profile);
        const auto made = secrets.obtain(false, &error);
        QVERIFY2(made, qPrintable(error));

        HistorySecretSource::readAhead(*profile);
        QCOMPARE(Keychain::removeNow(Profile::keychainService(),
                                     profile->keychainKey(HistorySecretSource::keychainPurpose()))
                     .status,
                 Keychain::Status::Ok);
        const auto ahead = secrets.obtain(true, &error);
        QVERIFY2(ahead, qPrintable(error));
        QCOMPARE(ahead->bytes, made->bytes);
        QVERIFY(!ahead->isNew);

        // Taken once: the next obtain asks the keychain, which has no key now.
        QVERIFY(!secrets.obtain(true, &error));
        QVERIFY2(error.contains(QStringLiteral("Forget this device")), qPrintable(error));
        QCOMPARE(m_prompts, 0);
    }

    // A history behind a passphrase has no key in the keychain to read.
    void aPassphraseProfileReadsNothingAhead()
    {
        const auto profile = Profile::open(m_root.filePath(QStringLiteral("ahead-pp")), nullptr);
        QVERIFY(profile);
        profile->settings()->setValue(QStringLiteral("history/key-source"), QStringLiteral("passphrase"));
        const QString key = profile->keychainKey(HistorySecretSource::keychainPurpose());
        HistorySecretSource::readAhead(*profile);
        // Had a read been started, it would answer the readNow below with
        // what it found before this write: nothing.
        QCOMPARE(Keychain::writeNow(Profile::keychainService(), key, "written after").status, Keychain::Status::Ok);
        const Keychain::Result read = Keychain::readNow(Profile::keychainService(), key);
        QCOMPARE(read.status, Keychain::Status::Ok);
        QCOMPARE(read.secret, QByteArray("written after"));
        QCOMPARE(Keychain::removeNow(Profile::keychainService(), key).status, Keychain::Status::Ok);
    }

    void forgettingRemovesTheKeychainEntry()
    {
        const auto profile = Profile::open(m_root.filePath(QStringLiteral("forget")), nullptr);
        QVERIFY(profile);
        QString error;
        auto secrets = source(*profile);
        QVERIFY(secrets.obtain(false, &error));
        QVERIFY2(secrets.forget(&error), qPrintable(error));
        QCOMPARE(Keychain::readNow(Profile::keychainService(),
                                   profile->keychainKey(HistorySecretSource::keychainPurpose()))
                     .status,
                 Keychain::Status::NotFound);
        QVERIFY(!profile->settings()->contains(QStringLiteral("history/key-source")));
    }

    void withoutAnyKeychainTheAgentChoosesAPassphrase()
    {
        QTemporaryDir profileDir;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No bus at all: QtKeychain fails with "Cannot autolaunch D-Bus…".
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--no-bus-child"), profileDir.path()});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + child.readAllStandardError()));
        QVERIFY2(out.contains(QStringLiteral("keychain=unavailable")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("D-Bus")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PROMPTED choosing=1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("kind=passphrase")), qPrintable(out));
        QSettings settings(profileDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("history/key-source")).toString(), QStringLiteral("passphrase"));

        // Never plaintext: the history is encrypted and the canary is nowhere.
        QDirIterator files(profileDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kCanary), qPrintable(file.fileName()));
            QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 2); // the history and the settings at least
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--no-bus-child") == 0)
        return runNoBusChild(QString::fromLocal8Bit(argv[2]));
    TestHistorySecret test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historysecret.moc"
