#include "applog.h"

Q_LOGGING_CATEGORY(lcApp, "relaydesk.app", QtInfoMsg)
