#include "net/log.h"

Q_LOGGING_CATEGORY(lcNet, "relaydesk.net", QtInfoMsg)
