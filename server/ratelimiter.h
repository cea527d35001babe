#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace relaydesk::server {

// Counts failures (or, with take(), requests) per key (an account, an
// address, a visitor) in a sliding window and says when a key must wait. In
// memory: a restart forgets, which is fine for slowing down guessing and
// flooding.
class RateLimiter
{
public:
    RateLimiter(int maxFailures, qint64 windowMs);

    // Milliseconds until `key` may try again; 0 if it may try now.
    qint64 retryAfter(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    // Takes back one failure recorded at `atMs` (an attempt that succeeded).
    void forgive(const QString &key, qint64 atMs);
    void reset(const QString &key);
    // Counts a request: 0 if it may go ahead (and it is counted), else the
    // milliseconds to wait (and it is not counted). A limit of 0 lets all through.
    qint64 take(const QString &key, qint64 nowMs);
    [[nodiscard]] bool isUnlimited() const { return m_maxFailures <= 0; }

private:
    void forgetOld(QVector<qint64> &failures, qint64 nowMs) const;
    // Drops keys with nothing left in the window, now and then, so many
    // one-off keys (addresses, visitors) do not pile up.
    void prune(qint64 nowMs);

    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, QVector<qint64>> m_failures;
    int m_sincePrune = 0;
};

} // namespace relaydesk::server
