#pragma once

// One clock for moments measured across processes: relaydesk-bench notes
// when it starts the app, the app notes when its first frame is on screen,
// and both read the system's monotonic clock (CLOCK_MONOTONIC on Linux).

#include <QtGlobal>

#include <chrono>

namespace relaydesk::base {

inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace relaydesk::base
