#pragma once

#include "platform/profile.h"

#include <QObject>

namespace relaydesk::store {
class MediaCache;
class Store;
} // namespace relaydesk::store

class QWidget;

namespace relaydesk::app {

// The agent's data-rights actions: export the local history, forget this device.
class DataRights : public QObject
{
    Q_OBJECT

public:
    DataRights(Profile profile, store::Store *store, store::MediaCache *cache, QWidget *window);

    void exportHistory();
    // Asks for confirmation; on yes, emits forgetConfirmed so the app can close
    // the history before the files go.
    void askToForget();
    // The history was closed or opened again (a passphrase change).
    void setStore(store::Store *store) { m_store = store; }

signals:
    void forgetConfirmed();

private:
    Profile m_profile;
    store::Store *m_store;
    store::MediaCache *m_cache;
    QWidget *m_window;
};

} // namespace relaydesk::app
