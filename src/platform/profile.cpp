#include "platform/profile.h"

#include "platform/log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace relaydesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner;

bool ensurePrivateDirectory(const QString &path, QString *error)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path)) {
        *error = QCoreApplication::translate("Profile",
                                             "Cannot create the profile folder %1. Check that its parent folder "
                                             "exists and is writable, or choose another folder with --profile.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFileInfo info(path);
    if (!info.isDir() || !info.isWritable()) {
        *error = QCoreApplication::translate("Profile",
                                             "The profile folder %1 is not a writable folder. Fix its permissions, "
                                             "or choose another folder with --profile.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // History and media are encrypted, but names of files and settings are
    // nobody else's business either.
    QFile::setPermissions(path, kOwnerOnly);
    return true;
}

} // namespace

Profile::Profile(QString directory, QString id)
    : m_directory(std::move(directory))
    , m_id(std::move(id))
{
}

QString Profile::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.relaydesk");
    return base + QStringLiteral("/profiles/default");
}

std::optional<Profile> Profile::open(const QString &directory, QString *error)
{
    QString unused;
    if (!error)
        error = &unused;
    if (directory.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Profile", "The profile folder name is empty.");
        return std::nullopt;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (!ensurePrivateDirectory(absolute, error))
        return std::nullopt;
    for (const QString &sub : {QStringLiteral("cache"), QStringLiteral("logs")}) {
        if (!ensurePrivateDirectory(absolute + QLatin1Char('/') + sub, error))
            return std::nullopt;
    }

    // The canonical path makes "./p" and "/abs/p" the same profile.
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    const QByteArray digest = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256);
    const QString id = QString::fromLatin1(digest.toHex().left(16));
    qCDebug(lcPlatform) << "profile" << id << "opened";
    return Profile(canonical, id);
}

QString Profile::settingsPath() const
{
    return m_directory + QStringLiteral("/settings.ini");
}

QString Profile::databasePath() const
{
    return m_directory + QStringLiteral("/history.db");
}

QString Profile::searchIndexPath() const
{
    return m_directory + QStringLiteral("/search.db");
}

QString Profile::cacheDirectory() const
{
    return m_directory + QStringLiteral("/cache");
}

QString Profile::logDirectory() const
{
    return m_directory + QStringLiteral("/logs");
}

QString Profile::keychainService()
{
    return QStringLiteral("Relaydesk");
}

QString Profile::keychainKey(QStringView purpose) const
{
    return QStringLiteral("profile-%1/%2").arg(m_id, purpose);
}

std::unique_ptr<QSettings> Profile::settings() const
{
    return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

} // namespace relaydesk
