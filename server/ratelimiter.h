#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace relaydesk::server {

// Counts failures per key (an account, an address) in a sliding window and
// says when a key must wait. In memory: a restart forgets, which is fine for
// slowing down guessing.
class RateLimiter
{
public:
    RateLimiter(int maxFailures, qint64 windowMs);

    // Milliseconds until `key` may try again; 0 if it may try now.
    qint64 retryAfter(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);

private:
    void forgetOld(QVector<qint64> &failures, qint64 nowMs) const;

    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, QVector<qint64>> m_failures;
};

} // namespace relaydesk::server
