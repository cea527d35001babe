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

void RateLimiter::forgive(const QString &key, qint64 atMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return;
    it->removeOne(atMs);
    if (it->isEmpty())
        m_failures.erase(it);
}

qint64 RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_maxFailures <= 0)
        return 0;
    if (++m_sincePrune >= 4096)
        prune(nowMs);
    const qint64 wait = retryAfter(key, nowMs);
    if (wait > 0)
        return wait;
    recordFailure(key, nowMs);
    return 0;
}

void RateLimiter::prune(qint64 nowMs)
{
    m_sincePrune = 0;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        forgetOld(*it, nowMs);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

void RateLimiter::reset(const QString &key)
{
    m_failures.remove(key);
}

} // namespace relaydesk::server
