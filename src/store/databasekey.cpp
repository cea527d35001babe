#include "store/databasekey.h"

#include <sodium.h>

namespace relaydesk::store {

namespace {
constexpr int kRawKeyBytes = 32;
}

DatabaseKey::DatabaseKey(Kind kind, QByteArray secret)
    : m_kind(kind)
    , m_secret(std::move(secret))
{
}

DatabaseKey::DatabaseKey(const DatabaseKey &other)
    : m_kind(other.m_kind)
    , m_secret(other.m_secret.constData(), other.m_secret.size())
{
}

DatabaseKey &DatabaseKey::operator=(const DatabaseKey &other)
{
    if (this != &other) {
        wipe();
        m_kind = other.m_kind;
        m_secret = QByteArray(other.m_secret.constData(), other.m_secret.size());
    }
    return *this;
}

DatabaseKey::~DatabaseKey()
{
    wipe();
}

void DatabaseKey::wipe()
{
    if (!m_secret.isEmpty() && !m_secret.isDetached())
        m_secret.detach();
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
    m_secret.clear();
}

DatabaseKey DatabaseKey::generateRaw()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not initialise its random generator");
    QByteArray bytes(kRawKeyBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return DatabaseKey(Kind::Raw, bytes);
}

std::optional<DatabaseKey> DatabaseKey::fromHex(const QByteArray &hex)
{
    if (hex.size() != kRawKeyBytes * 2)
        return std::nullopt;
    for (const char c : hex) {
        const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isHex)
            return std::nullopt;
    }
    return DatabaseKey(Kind::Raw, QByteArray::fromHex(hex));
}

DatabaseKey DatabaseKey::fromPassphrase(const QString &passphrase)
{
    return DatabaseKey(Kind::Passphrase, passphrase.toUtf8());
}

DatabaseKey DatabaseKey::unencryptedForBenchmark()
{
    return DatabaseKey(Kind::None, {});
}

QByteArray DatabaseKey::hex() const
{
    return m_kind == Kind::Raw ? m_secret.toHex() : QByteArray();
}

QByteArray DatabaseKey::sqlcipherKey() const
{
    switch (m_kind) {
    case Kind::Raw:
        return "x'" + m_secret.toHex() + "'";
    case Kind::Passphrase:
        return m_secret;
    case Kind::None:
        break;
    }
    return {};
}

} // namespace relaydesk::store
