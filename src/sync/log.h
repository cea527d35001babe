#pragma once

#include <QLoggingCategory>

// Log lines of the sync part; switch with QT_LOGGING_RULES="relaydesk.sync.debug=true".
// Nothing secret (tokens, keys, message text) is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
