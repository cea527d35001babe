#pragma once

#include <QHash>
#include <QString>

namespace relaydesk::server {

// A rate per key (a sign-in token) with a burst: each key's bucket holds up
// to `burst` requests and refills at `perMinute`. O(1) memory per key, so
// generous limits for many agents cost little; full buckets are forgotten
// now and then. In memory: a restart forgets, which is fine for slowing a
// runaway client.
class TokenBuckets
{
public:
    // `perMinute` 0: no limit. `burst` 0: ten seconds' worth.
    explicit TokenBuckets(int perMinute, int burst = 0);

    // 0 if a request of `key` may go ahead now (and it is counted), else the
    // milliseconds until it may (and it is not counted).
    qint64 take(const QString &key, qint64 nowMs);
    [[nodiscard]] bool isUnlimited() const { return m_perMinute <= 0; }
    int keys() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double level = 0; // requests it may still make
        qint64 at = 0;    // when `level` was last brought up to date
    };
    void prune(qint64 nowMs);

    int m_perMinute;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
    int m_sincePrune = 0;
};

} // namespace relaydesk::server
