#include "platform/log.h"

Q_LOGGING_CATEGORY(lcPlatform, "relaydesk.platform", QtInfoMsg)
