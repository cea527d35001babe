#include "models/log.h"

Q_LOGGING_CATEGORY(lcModels, "relaydesk.models", QtInfoMsg)
