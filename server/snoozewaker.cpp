#include "snoozewaker.h"

#include "log.h"
#include "streamhub.h"
#include "workspacedata.h"

#include <QDateTime>

namespace relaydesk::server {

using namespace relaydesk::protocol;

SnoozeWaker::SnoozeWaker(WorkspaceData &data, StreamHub &hub, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_hub(hub)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SnoozeWaker::wake);
    connect(&m_hub, &StreamHub::published, this, [this](qint64, const Change &change) { noticeChange(change); });
}

void SnoozeWaker::start()
{
    wake();
}

void SnoozeWaker::wake()
{
    m_waking = true;
    const QVector<std::pair<qint64, Change>> woken = m_data.wakeSnoozed(QDateTime::currentMSecsSinceEpoch());
    for (const auto &[workspaceId, change] : woken)
        m_hub.publish(workspaceId, change);
    m_waking = false;
    if (!woken.isEmpty())
        qCInfo(lcServer) << "woke" << woken.size() << "snoozed conversations";
    m_armedFor = 0;
    m_timer.stop();
    if (const qint64 next = m_data.nextSnoozeWake())
        arm(next);
}

void SnoozeWaker::arm(qint64 at)
{
    m_armedFor = at;
    const qint64 wait = qBound<qint64>(0, at - QDateTime::currentMSecsSinceEpoch(), kMaxHopMs);
    m_timer.start(int(wait));
}

void SnoozeWaker::noticeChange(const Change &change)
{
    if (m_waking)
        return;
    // Only ever brought forward here: a snooze that ended early (the
    // customer wrote, an agent reopened) finds nothing due when the timer
    // fires, which then arms for the next one from the database.
    for (const Event &event : change.events) {
        const auto *c = std::get_if<Conversation>(&event.payload);
        if (c && c->status == ConversationStatus::Snoozed && c->snoozedUntil
            && (!m_armedFor || c->snoozedUntil < m_armedFor))
            arm(c->snoozedUntil);
    }
}

} // namespace relaydesk::server
