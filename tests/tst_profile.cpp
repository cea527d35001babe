#include "platform/profile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using relaydesk::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverythingInsideItsFolder()
    {
        QTemporaryDir root;
        QString error;
        const auto profile = Profile::open(root.filePath(QStringLiteral("agent-a")), &error);
        QVERIFY2(profile, qPrintable(error));
        const QString dir = profile->directory();
        QVERIFY(profile->settingsPath().startsWith(dir + QLatin1Char('/')));
        QVERIFY(profile->databasePath().startsWith(dir + QLatin1Char('/')));
        QVERIFY(profile->cacheDirectory().startsWith(dir + QLatin1Char('/')));
        QVERIFY(QFileInfo(profile->cacheDirectory()).isDir());
    }

    void foldersArePrivate()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.filePath(QStringLiteral("p")), nullptr);
        QVERIFY(profile);
        const auto permissions = QFile::permissions(profile->directory());
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(!(permissions & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    }

    void twoProfilesNeverShareSettingsOrKeychainEntries()
    {
        QTemporaryDir root;
        const auto a = Profile::open(root.filePath(QStringLiteral("a")), nullptr);
        const auto b = Profile::open(root.filePath(QStringLiteral("b")), nullptr);
        QVERIFY(a && b);
        QVERIFY(a->id() != b->id());
        QVERIFY(a->keychainKey(u"db-key") != b->keychainKey(u"db-key"));
        a->settings()->setValue(QStringLiteral("server/url"), QStringLiteral("https://a.example"));
        QVERIFY(!b->settings()->contains(QStringLiteral("server/url")));
        QCOMPARE(a->settings()->value(QStringLiteral("server/url")).toString(), QStringLiteral("https://a.example"));
    }

    void samePlaceIsSameProfile()
    {
        QTemporaryDir root;
        const auto a = Profile::open(root.filePath(QStringLiteral("x")), nullptr);
        const auto again = Profile::open(root.filePath(QStringLiteral("x/../x/")), nullptr);
        QVERIFY(a && again);
        QCOMPARE(a->id(), again->id());
        QCOMPARE(a->directory(), again->directory());
    }

    void refusesAFileOrAnUnwritablePlace()
    {
        QTemporaryDir root;
        const QString file = root.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        QString error;
        QVERIFY(!Profile::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("not-a-folder")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("--profile")));
        QCOMPARE(f.size(), 1); // nothing was touched

        QVERIFY(!Profile::open(QStringLiteral("   "), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
