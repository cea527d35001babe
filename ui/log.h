#pragma once

#include <QLoggingCategory>

// Log lines of the widgets; switch with QT_LOGGING_RULES="relaydesk.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
