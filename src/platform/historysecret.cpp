#include "platform/historysecret.h"

#include "platform/keychain.h"
#include "platform/log.h"

#include <QCoreApplication>
#include <QSettings>

#include <sodium.h>

namespace relaydesk::platform {

namespace {

const auto kSourceKey = QStringLiteral("history/key-source");
const auto kKeychain = QStringLiteral("keychain");
const auto kPassphrase = QStringLiteral("passphrase");
constexpr int kRawKeyBytes = 32;

} // namespace

HistorySecretSource::HistorySecretSource(Profile profile, PassphrasePrompt prompt)
    : m_profile(std::move(profile))
    , m_prompt(std::move(prompt))
{
}

QString HistorySecretSource::recordedSource() const
{
    return m_profile.settings()->value(kSourceKey).toString();
}

void HistorySecretSource::recordSource(const QString &source)
{
    const auto settings = m_profile.settings();
    settings->setValue(kSourceKey, source);
    settings->sync();
}

bool HistorySecretSource::usesPassphrase() const
{
    return recordedSource() == kPassphrase;
}

void HistorySecretSource::recordPassphraseInUse()
{
    recordSource(kPassphrase);
}

void HistorySecretSource::readAhead(const Profile &profile)
{
    if (profile.settings()->value(kSourceKey).toString() == kPassphrase)
        return;
    Keychain::readAhead(Profile::keychainService(), profile.keychainKey(keychainPurpose()));
}

std::optional<HistorySecret> HistorySecretSource::obtain(bool historyExists, QString *error)
{
    const QString source = recordedSource();
    const QString service = Profile::keychainService();
    const QString key = m_profile.keychainKey(keychainPurpose());

    if (historyExists && source == kPassphrase)
        return askPassphrase(false, {}, error);

    if (historyExists) {
        const Keychain::Result stored = Keychain::readNow(service, key);
        if (stored.status == Keychain::Status::Ok && stored.secret.size() == kRawKeyBytes)
            return HistorySecret{HistorySecret::Kind::RawKey, stored.secret, false};
        if (source == kKeychain) {
            // Never make a new key over an existing history: that would look
            // like losing every message.
            *error =
                stored.status == Keychain::Status::Unavailable
                    ? QCoreApplication::translate("HistorySecret",
                                                  "The keychain that holds the key to your history cannot be reached "
                                                  "(%1). Unlock your keychain and start Relaydesk again.")
                          .arg(stored.error)
                    : QCoreApplication::translate("HistorySecret",
                                                  "The key to your history is no longer in the keychain, so the "
                                                  "history on this computer cannot be opened. Use \"Forget this "
                                                  "device\" and sign in again to download it.");
            return std::nullopt;
        }
        // A history from before the source was recorded: it may use a passphrase.
        return askPassphrase(false, {}, error);
    }

    // A new history: a random key in the keychain if there is one.
    if (sodium_init() < 0) {
        *error = QCoreApplication::translate("HistorySecret", "The random number generator could not start.");
        return std::nullopt;
    }
    QByteArray bytes(kRawKeyBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const Keychain::Result written = Keychain::writeNow(service, key, bytes);
    if (written.status == Keychain::Status::Ok) {
        recordSource(kKeychain);
        return HistorySecret{HistorySecret::Kind::RawKey, bytes, true};
    }
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    qCInfo(lcPlatform) << "no usable keychain; the history will use a passphrase";
    std::optional<HistorySecret> chosen = askPassphrase(true, {}, error);
    if (chosen)
        recordSource(kPassphrase);
    return chosen;
}

std::optional<HistorySecret> HistorySecretSource::askAgain(const QString &problem, QString *error)
{
    return askPassphrase(false, problem, error);
}

std::optional<HistorySecret> HistorySecretSource::askPassphrase(bool choosing, const QString &problem, QString *error)
{
    if (!m_prompt) {
        *error =
            QCoreApplication::translate("HistorySecret",
                                        "Your history needs a passphrase, and there is no way to ask for one here.");
        return std::nullopt;
    }
    const std::optional<QString> passphrase = m_prompt(choosing, problem);
    if (!passphrase || passphrase->isEmpty()) {
        *error = QCoreApplication::translate("HistorySecret", "No passphrase was given, so the history stays locked.");
        return std::nullopt;
    }
    return HistorySecret{HistorySecret::Kind::Passphrase, passphrase->toUtf8(), choosing};
}

bool HistorySecretSource::forget(QString *error)
{
    const Keychain::Result removed = Keychain::removeNow(Profile::keychainService(),
                                                         m_profile.keychainKey(keychainPurpose()));
    if (removed.status == Keychain::Status::Unavailable && recordedSource() == kKeychain) {
        *error = QCoreApplication::translate("HistorySecret", "The key could not be removed from the keychain: %1")
                     .arg(removed.error);
        return false;
    }
    const auto settings = m_profile.settings();
    settings->remove(kSourceKey);
    settings->sync();
    return true;
}

} // namespace relaydesk::platform
