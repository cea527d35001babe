#include "store/log.h"

Q_LOGGING_CATEGORY(lcStore, "relaydesk.store", QtInfoMsg)
