#include "platform/devicewipe.h"

#include "platform/historysecret.h"
#include "platform/keychain.h"
#include "platform/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace relaydesk::platform {

namespace {

bool removeFile(const QString &path, QStringList *failed)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        failed->append(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool emptyFolder(const QString &path, QStringList *failed)
{
    QDir dir(path);
    bool ok = true;
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const bool removed = entry.isDir() ? QDir(entry.absoluteFilePath()).removeRecursively()
                                           : QFile::remove(entry.absoluteFilePath());
        if (!removed) {
            failed->append(QDir::toNativeSeparators(entry.absoluteFilePath()));
            ok = false;
        }
    }
    return ok;
}

} // namespace

bool forgetDevice(const Profile &profile, QString *error)
{
    QStringList failed;
    for (const QString &base : {profile.databasePath(), profile.searchIndexPath()}) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            removeFile(base + QLatin1String(suffix), &failed);
    }
    emptyFolder(profile.cacheDirectory(), &failed);
    emptyFolder(profile.logDirectory(), &failed);

    QString keychainError;
    HistorySecretSource secrets(profile, {});
    const bool keysGone = secrets.forget(&keychainError);
    // Without a keychain no token was ever stored there, so "unavailable" is fine.
    Keychain::removeNow(Profile::keychainService(), profile.keychainKey(u"session-token"));

    const auto settings = profile.settings();
    settings->remove(QStringLiteral("account"));
    settings->sync();

    if (!failed.isEmpty()) {
        *error = QCoreApplication::translate("DeviceWipe", "These files could not be removed: %1. Close other "
                                                           "programs that may use them and try again.")
                     .arg(failed.join(QStringLiteral(", ")));
        return false;
    }
    if (!keysGone) {
        *error = keychainError;
        return false;
    }
    qCInfo(lcPlatform) << "device forgotten for profile" << profile.id();
    return true;
}

} // namespace relaydesk::platform
