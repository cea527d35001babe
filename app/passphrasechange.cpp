#include "passphrasechange.h"

#include "platform/historysecret.h"
#include "store/databasekey.h"
#include "store/store.h"

#include <QPointer>
#include <QThread>

namespace relaydesk::app {

PassphraseChange::PassphraseChange(Profile profile, std::unique_ptr<store::Store> &history, Prompt prompt,
                                   QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_history(history)
    , m_prompt(std::move(prompt))
{
}

void PassphraseChange::start()
{
    if (m_running || !m_history)
        return;
    QString problem;
    std::optional<Request> request;
    for (;;) {
        request = m_prompt(problem);
        if (!request) {
            emit finished(Outcome::Cancelled, QString());
            return;
        }
        if (m_history->isOpenedWith(store::DatabaseKey::fromPassphrase(request->current)))
            break;
        problem = tr("The current passphrase is not right. Try again.");
    }

    m_running = true;
    const store::Store::Paths paths = m_history->paths();
    const store::DatabaseKey current = store::DatabaseKey::fromPassphrase(request->current);
    const store::DatabaseKey next = store::DatabaseKey::fromPassphrase(request->next);
    emit historyClosing();
    m_history.reset(); // finishes queued writes; the threads stop

    auto outcome = std::make_shared<std::pair<bool, QString>>(false, QString());
    m_pendingKeys.emplace(current, next);
    QThread *worker = QThread::create([paths, current, next, outcome] {
        QString error;
        outcome->first = store::Store::rekey(paths, current, next, &error);
        outcome->second = error;
    });
    QPointer<PassphraseChange> guard(this);
    connect(worker, &QThread::finished, this, [this, guard, worker, outcome] {
        worker->deleteLater();
        if (guard)
            reopen(outcome->first, outcome->second);
    });
    worker->start();
}

void PassphraseChange::reopen(bool changed, const QString &failure)
{
    const store::DatabaseKey key = changed ? m_pendingKeys->second : m_pendingKeys->first;
    m_pendingKeys.reset();
    store::OpenError openError;
    m_history = store::Store::open({m_profile.databasePath(), m_profile.searchIndexPath()}, key, &openError);
    m_running = false;
    if (!m_history) {
        emit finished(Outcome::Failed, tr("The history could not be opened again: %1").arg(openError.message));
        return;
    }
    emit historyReopened(m_history.get());
    if (!changed) {
        emit finished(Outcome::Failed, tr("The passphrase was not changed: %1. The history still opens with the "
                                          "current passphrase.")
                                           .arg(failure));
        return;
    }
    platform::HistorySecretSource(m_profile, {}).recordPassphraseInUse();
    emit finished(Outcome::Changed, tr("The history is now protected by the new passphrase."));
}

} // namespace relaydesk::app
