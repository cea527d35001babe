#include "notifier.h"

namespace relaydesk::platform {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Notification>();
}

Notifier::~Notifier() = default;

void Notifier::setBadge(int)
{
}

} // namespace relaydesk::platform
