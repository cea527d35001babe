#pragma once

#include <QLoggingCategory>

// Log lines of the app's wiring (session, commands); switch with
// QT_LOGGING_RULES="relaydesk.app.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
