#pragma once

#include "platform/profile.h"

#include <QString>

namespace relaydesk::platform {

// "Forget this device": removes the profile's history, search index, media
// cache, logs and keychain entries, and its sign-in. The store must be closed.
// Settings that are not personal (window layout, server address) stay.
bool forgetDevice(const Profile &profile, QString *error);

} // namespace relaydesk::platform
