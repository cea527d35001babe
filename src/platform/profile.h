#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

class QSettings;

namespace relaydesk {

// Where one agent's data lives: settings, database, media cache and keychain
// entries are all keyed to one folder, so profiles never see each other.
class Profile
{
public:
    // The profile used when no --profile is given, in the platform's
    // application data folder.
    static QString defaultDirectory();

    // Opens (creating if needed) the profile in `directory`. On failure
    // returns nothing and sets `error` to a sentence for the user.
    static std::optional<Profile> open(const QString &directory, QString *error);

    QString directory() const { return m_directory; }
    QString settingsPath() const;
    QString databasePath() const;
    QString searchIndexPath() const;
    QString cacheDirectory() const;
    QString logDirectory() const;

    // A short stable identifier of this profile, derived from its folder.
    QString id() const { return m_id; }

    // Keychain entries: one service for the app, one key per profile and purpose.
    static QString keychainService();
    QString keychainKey(QStringView purpose) const;

    // A fresh QSettings on this profile's own file (never the global one).
    std::unique_ptr<QSettings> settings() const;

private:
    Profile(QString directory, QString id);

    QString m_directory;
    QString m_id;
};

} // namespace relaydesk
