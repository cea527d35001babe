#include "log.h"

Q_LOGGING_CATEGORY(lcServer, "relaydesk.server", QtInfoMsg)
