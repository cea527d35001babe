#include "log.h"

Q_LOGGING_CATEGORY(lcUi, "relaydesk.ui", QtInfoMsg)
