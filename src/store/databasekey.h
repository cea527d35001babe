#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace relaydesk::store {

// The secret that unlocks a profile's history: a random 256-bit raw key kept
// in the OS keychain, or a passphrase the agent types when there is no
// keychain. The bytes are wiped when the object goes away.
class DatabaseKey
{
public:
    enum class Kind { Raw, Passphrase, None };

    static DatabaseKey generateRaw();
    // A raw key from its 64 hex digits, or nothing if they are not exactly that.
    [[nodiscard]] static std::optional<DatabaseKey> fromHex(const QByteArray &hex);
    static DatabaseKey fromPassphrase(const QString &passphrase);
    // No encryption at all. Only the benchmark uses this, to measure what
    // encryption costs; the app never does.
    static DatabaseKey unencryptedForBenchmark();

    DatabaseKey(const DatabaseKey &other);
    DatabaseKey &operator=(const DatabaseKey &other);
    ~DatabaseKey();

    Kind kind() const { return m_kind; }
    // 64 lower-case hex digits of a raw key (empty for other kinds).
    QByteArray hex() const;
    // What sqlite3_key() takes: "x'…'" for a raw key, the UTF-8 passphrase otherwise.
    QByteArray sqlcipherKey() const;

private:
    DatabaseKey(Kind kind, QByteArray secret);
    void wipe();

    Kind m_kind;
    QByteArray m_secret; // raw: 32 bytes; passphrase: UTF-8
};

} // namespace relaydesk::store
