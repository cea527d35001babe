#include "datarights.h"

#include "store/dataexport.h"
#include "store/mediacache.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

namespace relaydesk::app {

DataRights::DataRights(Profile profile, store::Store *store, store::MediaCache *cache, QWidget *window)
    : QObject(window)
    , m_profile(std::move(profile))
    , m_store(store)
    , m_cache(cache)
    , m_window(window)
{
}

void DataRights::exportHistory()
{
    if (!m_store)
        return; // the history is closed for a moment (a passphrase change)
    const QString parent =
        QFileDialog::getExistingDirectory(m_window, tr("Export history to"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (parent.isEmpty())
        return;
    const QString folder = QDir(parent).filePath(
        QStringLiteral("relaydesk-export-%1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto result = std::make_shared<std::pair<bool, QString>>();
    auto summary = std::make_shared<store::ExportSummary>();
    store::MediaCache *cache = m_cache;
    m_store->readInBackground(
        [folder, result, summary, cache](store::StoreReader &reader) {
            result->first = store::exportHistory(reader, cache, folder, summary.get(), &result->second);
        },
        [this, folder, result, summary] {
            if (result->first) {
                QMessageBox::information(m_window, tr("History exported"),
                                         tr("%n conversation(s) were exported to %1.", nullptr, summary->conversations)
                                             .arg(QDir::toNativeSeparators(folder)));
            } else {
                QMessageBox::warning(m_window, tr("Export failed"), result->second);
            }
        });
}

void DataRights::askToForget()
{
    const auto answer =
        QMessageBox::warning(m_window, tr("Forget this device?"),
                             tr("This removes your message history, downloaded files and sign-in from this "
                                "computer. Nothing is removed from the server; sign in again to download your "
                                "history. Relaydesk closes afterwards."),
                             QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        emit forgetConfirmed();
}

} // namespace relaydesk::app
