#pragma once

#include <QObject>
#include <QTimer>

namespace relaydesk::server {

class StreamHub;
class WorkspaceData;
struct Change;

// Wakes snoozed conversations when their time comes, whether or not any
// desktop is connected: one timer, armed for the earliest snoozed_until in
// the database at start and after each wake, and brought forward when a
// published change snoozes a conversation to an earlier time. Each wake is a
// conversation.upserted (status open) published like any change.
class SnoozeWaker : public QObject
{
    Q_OBJECT

public:
    SnoozeWaker(WorkspaceData &data, StreamHub &hub, QObject *parent = nullptr);

    // Wakes what is already due and arms the timer for the next one.
    void start();
    // The time the timer is armed for (ms since 1970; 0: none).
    qint64 armedFor() const { return m_armedFor; }

    // QTimer takes an int of milliseconds: a later wake is reached in hops.
    static constexpr qint64 kMaxHopMs = 24LL * 3600 * 1000;

private:
    void wake();
    void arm(qint64 at);
    void noticeChange(const Change &change);

    WorkspaceData &m_data;
    StreamHub &m_hub;
    QTimer m_timer;
    qint64 m_armedFor = 0;
    bool m_waking = false;
};

} // namespace relaydesk::server
