#include "tokenbuckets.h"

#include <QtGlobal>

#include <cmath>

namespace relaydesk::server {

namespace {

constexpr int kPruneEvery = 4096;

} // namespace

TokenBuckets::TokenBuckets(int perMinute, int burst)
    : m_perMinute(perMinute)
    , m_burst(burst > 0 ? burst : qMax(1, perMinute / 6))
{
}

qint64 TokenBuckets::take(const QString &key, qint64 nowMs)
{
    if (isUnlimited())
        return 0;
    if (++m_sincePrune >= kPruneEvery)
        prune(nowMs);
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    Bucket &bucket = *it;
    bucket.level = qMin(m_burst, bucket.level + double(qMax<qint64>(0, nowMs - bucket.at)) * perMs);
    bucket.at = nowMs;
    if (bucket.level >= 1) {
        bucket.level -= 1;
        return 0;
    }
    return qMax<qint64>(1, qint64(std::ceil((1 - bucket.level) / perMs)));
}

void TokenBuckets::prune(qint64 nowMs)
{
    m_sincePrune = 0;
    const double perMs = m_perMinute / 60000.0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        // A bucket that has refilled is the same as no bucket.
        if (it->level + double(nowMs - it->at) * perMs >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace relaydesk::server
