#pragma once

#include "platform/profile.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace relaydesk::platform {

// What unlocks a profile's history: 32 random bytes from the keychain, or a
// passphrase the agent chose because there is no keychain.
struct HistorySecret
{
    enum class Kind { RawKey, Passphrase };
    Kind kind = Kind::RawKey;
    QByteArray bytes;
    bool isNew = false; // a new history: the secret was just made
};

// Asks the agent for a passphrase. `choosing` is true when there is no
// history yet (ask twice, explain it cannot be recovered); `problem` says why
// asking again (e.g. the last one was wrong). Returns nothing if they cancel.
using PassphrasePrompt = std::function<std::optional<QString>(bool choosing, const QString &problem)>;

// Decides where a profile's history key comes from, Signal-style: on first
// run a random key goes into the keychain; without a keychain the agent
// chooses a passphrase; the choice is recorded in the profile so a keychain
// that later loses the key is an error, never a silently new empty history.
class HistorySecretSource
{
public:
    HistorySecretSource(Profile profile, PassphrasePrompt prompt);

    // `historyExists`: whether the history file is already there.
    std::optional<HistorySecret> obtain(bool historyExists, QString *error);
    // Starts reading the key of an existing history from the keychain, if
    // that is where it is, for obtain() later (Keychain::readAhead): the
    // start-up's window is built meanwhile.
    static void readAhead(const Profile &profile);
    // After a wrong passphrase: ask again, saying why.
    std::optional<HistorySecret> askAgain(const QString &problem, QString *error);

    // Whether this profile's history is protected by a passphrase (no keychain).
    bool usesPassphrase() const;
    // Records a changed passphrase (after the history was re-keyed).
    void recordPassphraseInUse();
    // Removes the profile's keychain entries ("forget this device").
    bool forget(QString *error);

    static QString keychainPurpose() { return QStringLiteral("history-key"); }

private:
    std::optional<HistorySecret> askPassphrase(bool choosing, const QString &problem, QString *error);
    QString recordedSource() const;
    void recordSource(const QString &source);

    Profile m_profile;
    PassphrasePrompt m_prompt;
};

} // namespace relaydesk::platform
