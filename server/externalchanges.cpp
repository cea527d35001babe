#include "externalchanges.h"

#include "serverdb.h"

namespace relaydesk::server {

ExternalChanges::ExternalChanges(ServerDb &db, int periodMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_version(db.dataVersion())
{
    connect(&m_timer, &QTimer::timeout, this, &ExternalChanges::poll);
    m_timer.start(periodMs);
}

void ExternalChanges::poll()
{
    const qint64 version = m_db.dataVersion();
    if (version == m_version)
        return;
    m_version = version;
    emit changed();
}

} // namespace relaydesk::server
