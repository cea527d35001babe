#pragma once

#include "platform/profile.h"
#include "store/store.h"

#include <QString>

#include <memory>

class QWidget;

namespace relaydesk::app {

// Opens the profile's encrypted history at start-up: with the key from the
// keychain, or with a passphrase asked for in a dialog (again if wrong).
std::unique_ptr<store::Store> openHistory(const Profile &profile, QWidget *dialogParent, QString *error);

} // namespace relaydesk::app
