#include "ratelimiter.h"

#include <algorithm>

namespace relaydesk::server {

RateLimiter::RateLimiter(int maxFailures, qint64 windowMs)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
{
}

void RateLimiter::forgetOld(QVector<qint64> &failures, qint64 nowMs) const
{
    failures.erase(std::remove_if(failures.begin(), failures.end(),
                                  [&](qint64 at) { return at <= nowMs - m_windowMs; }),
                   failures.end());
}

qint64 RateLimiter::retryAfter(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    forgetOld(*it, nowMs);
    if (it->size() < m_maxFailures) {
        if (it->isEmpty())
            m_failures.erase(it);
        return 0;
    }
    // Wait until the oldest counted failure leaves the window.
    return it->constFirst() + m_windowMs - nowMs;
}

void RateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    QVector<qint64> &failures = m_failures[key];
    forgetOld(failures, nowMs);
    failures.append(nowMs);
}

void RateLimiter::reset(const QString &key)
{
    m_failures.remove(key);
}

} // namespace relaydesk::server
