#pragma once

#include "store/databasekey.h"
#include "store/sqlite.h"

#include <QString>

#include <optional>

namespace relaydesk::store {

// Why a history file could not be opened, with a sentence for the agent that
// names the file and says what to do.
struct OpenError
{
    enum class Code {
        None,
        WrongKeyOrDamaged, // SQLCipher cannot tell these apart
        NotEncrypted,      // a plaintext SQLite file where history should be
        Damaged,           // not even the shape of an encrypted database
        CannotOpen,        // permissions, missing folder, disk
        MigrationFailed,
        TooNew, // written by a newer Relaydesk
    };
    Code code = Code::None;
    QString message;
};

// The cipher settings every profile is written with, pinned so that a file
// opens the same on SQLCipher 3.4 (Debian 12) and 4.x (elsewhere): SQLCipher
// 3 compatibility (PBKDF2-HMAC-SHA1, HMAC-SHA1) with 4096-byte pages.
struct CipherSettings
{
    static constexpr int kPageSize = 4096;
    static constexpr int kKdfIterations = 256000; // passphrases only; raw keys skip the KDF
    static constexpr int kCompatibility = 3;
    static constexpr const char *kName = "sqlcipher3-compat/page4096/kdf256000";
};

// Opens a profile's history. Writer connections create the file if missing,
// switch it to WAL and bring the schema up to date; reader connections are
// read-only. The file is left untouched when the key is wrong.
class Database
{
public:
    enum class Role { Writer, Reader };
    // Which file: the history itself, or the search index derived from it.
    enum class Schema { History, SearchIndex };

    [[nodiscard]] static std::optional<Connection> open(const QString &path, const DatabaseKey &key, Role role,
                                                        OpenError *error, Schema schema = Schema::History);

    // Changes the key of an open writer connection (passphrase change).
    [[nodiscard]] static bool rekey(Connection &connection, const DatabaseKey &newKey, QString *error);

    // The SQLCipher library's version, e.g. "3.4.1" or "4.5.6 community".
    static QString cipherVersion();
};

} // namespace relaydesk::store
