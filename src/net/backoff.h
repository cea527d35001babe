#pragma once

// How long to wait before the next try after a failed connection:
// exponential backoff with full jitter. The n-th wait in a row is drawn
// uniformly between the minimum and min(maximum, minimum × 2^n), so a crowd of
// clients that lost the server at once does not come back at once.

#include <QRandomGenerator>

namespace relaydesk::net {

class Backoff
{
public:
    static constexpr int kMinimumMs = 500;
    static constexpr int kMaximumMs = 30000;

    // `seed` makes the sequence repeatable (tests); 0 seeds from the system.
    explicit Backoff(int minimumMs = kMinimumMs, int maximumMs = kMaximumMs, quint32 seed = 0);

    // The wait before the next try, in milliseconds; each call counts a failure.
    int next();
    // A try succeeded: the next failure starts from the minimum again.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The largest wait the next call may return.
    int ceiling() const;

private:
    int m_minimumMs;
    int m_maximumMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace relaydesk::net
