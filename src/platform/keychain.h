#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

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
    using Done = std::function<void(const Result &result)>;

    // Asks the keychain and returns at once: `done` runs later on the main
    // thread, unless `context` (an object of the main thread, or null) is
    // gone by then; a null `done` is fire and forget. Requests run one at a
    // time in the order made, on a thread of the keychain's own. This is
    // what the UI uses.
    static void read(const QString &service, const QString &key, QObject *context, Done done);
    static void write(const QString &service, const QString &key, const QByteArray &secret, QObject *context,
                      Done done);
    static void remove(const QString &service, const QString &key, QObject *context, Done done);

    // The same, waiting for the answer (usually milliseconds) without an
    // event loop: nothing of the caller's runs meanwhile. For start-up
    // before the window shows, the command line and worker threads; never
    // from the running UI.
    static Result readNow(const QString &service, const QString &key);
    // Starts reading an entry now for a readNow of it later, which then
    // takes this answer instead of asking again (once). For start-up: the
    // keychain's round trip runs while the window is being built.
    static void readAhead(const QString &service, const QString &key);
    static Result writeNow(const QString &service, const QString &key, const QByteArray &secret);
    static Result removeNow(const QString &service, const QString &key);
};

} // namespace relaydesk::platform
