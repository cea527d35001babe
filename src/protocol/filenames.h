#pragma once

#include <QString>

namespace relaydesk::protocol {

// A file name that is safe to create inside a folder on every OS, whoever
// sent it: no path separators or parent references, no control characters,
// no reserved Windows names, at most 120 characters, never empty.
QString safeFileName(const QString &name, const QString &fallback);

} // namespace relaydesk::protocol
