#include "sync/log.h"

Q_LOGGING_CATEGORY(lcSync, "relaydesk.sync", QtInfoMsg)
