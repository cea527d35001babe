#pragma once

#include <QLoggingCategory>

// Log lines of the net part; switch with QT_LOGGING_RULES="relaydesk.net.debug=true".
// Nothing secret (tokens, keys, message text) is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
