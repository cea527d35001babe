#include "historyopener.h"

#include "dialogs/passphrasedialog.h"

#include "platform/historysecret.h"
#include "store/databasekey.h"

#include <QCoreApplication>
#include <QFile>

namespace relaydesk::app {

namespace {
constexpr int kPassphraseTries = 5;
}

std::unique_ptr<store::Store> openHistory(const Profile &profile, QWidget *dialogParent, QString *error)
{
    platform::HistorySecretSource secrets(profile, [dialogParent](bool choosing, const QString &problem) {
        ui::PassphraseDialog dialog(choosing ? ui::PassphraseDialog::Mode::Choose : ui::PassphraseDialog::Mode::Unlock,
                                    problem, dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return std::optional<QString>();
        return std::optional<QString>(dialog.passphrase());
    });

    std::optional<platform::HistorySecret> secret = secrets.obtain(QFile::exists(profile.databasePath()), error);
    for (int attempt = 0; secret && attempt < kPassphraseTries; ++attempt) {
        const bool raw = secret->kind == platform::HistorySecret::Kind::RawKey;
        const store::DatabaseKey key = raw ? *store::DatabaseKey::fromHex(secret->bytes.toHex())
                                           : store::DatabaseKey::fromPassphrase(QString::fromUtf8(secret->bytes));
        store::OpenError openError;
        auto history = store::Store::open({profile.databasePath(), profile.searchIndexPath()}, key, &openError);
        if (history)
            return history;
        if (raw || openError.code != store::OpenError::Code::WrongKeyOrDamaged) {
            *error = openError.message;
            return nullptr;
        }
        secret = secrets.askAgain(QCoreApplication::translate("HistoryOpener",
                                                              "That passphrase did not unlock the history. Try again."),
                                  error);
    }
    if (secret) {
        *error = QCoreApplication::translate("HistoryOpener", "The history stays locked after %n wrong passphrases.",
                                             nullptr, kPassphraseTries);
    }
    return nullptr;
}

} // namespace relaydesk::app
