#pragma once

#include <QByteArray>
#include <QString>

namespace relaydesk::platform {

// The operating system's keychain (Secret Service on Linux, the macOS
// Keychain, Windows Credential Manager) through QtKeychain. QtKeychain's
// insecure plaintext fallback is never used: no keychain means Unavailable.
class Keychain
{
public:
    enum class Status { Ok, NotFound, Unavailable };

    struct Result
    {
        Status status = Status::Unavailable;
        QByteArray secret;
        QString error; // what the keychain said, for the agent; never contains the secret
    };

    // These wait for the keychain (usually milliseconds) with a local event
    // loop: call them at start-up, before the window shows, or off the UI thread.
    static Result read(const QString &service, const QString &key);
    static Result write(const QString &service, const QString &key, const QByteArray &secret);
    static Result remove(const QString &service, const QString &key);
};

} // namespace relaydesk::platform
