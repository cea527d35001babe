#include "net/backoff.h"

#include <algorithm>

namespace relaydesk::net {

Backoff::Backoff(int minimumMs, int maximumMs, quint32 seed)
    : m_minimumMs(std::max(1, minimumMs))
    , m_maximumMs(std::max(m_minimumMs, maximumMs))
    , m_random(seed != 0 ? seed : QRandomGenerator::system()->generate())
{
}

int Backoff::ceiling() const
{
    // Doubling stops once past the maximum, so the shift never overflows.
    qint64 ceiling = m_minimumMs;
    for (int i = 0; i < m_failures && ceiling < m_maximumMs; ++i)
        ceiling *= 2;
    return int(std::min<qint64>(ceiling, m_maximumMs));
}

int Backoff::next()
{
    const int upper = ceiling();
    ++m_failures;
    return m_minimumMs + int(m_random.bounded(quint32(upper - m_minimumMs + 1)));
}

} // namespace relaydesk::net
