#pragma once

#include "platform/profile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "store/databasekey.h"

#include <utility>

namespace relaydesk::store {
class Store;
}

namespace relaydesk::app {

// Changes the passphrase that protects a profile's history (profiles with no
// keychain): confirms the current passphrase, closes the history, re-keys the
// files on a worker thread and opens them again. The UI thread never waits
// on the re-key; the window is told to hold still until `finished`.
class PassphraseChange : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString current;
        QString next;
    };
    // Asks the agent; `problem` says why asking again. Nothing if they cancel.
    using Prompt = std::function<std::optional<Request>(const QString &problem)>;

    enum class Outcome { Changed, Cancelled, Failed };
    Q_ENUM(Outcome)

    PassphraseChange(Profile profile, std::unique_ptr<store::Store> &history, Prompt prompt, QObject *parent = nullptr);

    // Runs the whole change; `finished` follows (at once when cancelled).
    void start();
    bool isRunning() const { return m_running; }

signals:
    // The history is about to close: drop every pointer to it.
    void historyClosing();
    // The history is open again (with the new key, or the old one after a
    // failure); `history` is the new object.
    void historyReopened(relaydesk::store::Store *history);
    void finished(relaydesk::app::PassphraseChange::Outcome outcome, const QString &message);

private:
    void reopen(bool changed, const QString &failure);

    Profile m_profile;
    std::unique_ptr<store::Store> &m_history;
    Prompt m_prompt;
    bool m_running = false;
    std::optional<std::pair<store::DatabaseKey, store::DatabaseKey>> m_pendingKeys; // current, next
};

} // namespace relaydesk::app
