#pragma once

#include <QLoggingCategory>

// Log lines of the server; switch with QT_LOGGING_RULES="relaydesk.server.debug=true".
// Passwords, tokens and message text never appear in them.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
