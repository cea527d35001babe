#include "atspiguard.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)

#include <QAccessible>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QPointer>
#include <QVariantMap>

namespace relaydesk::app {

namespace {

const QString kAccessiblePath = QStringLiteral("/org/a11y/atspi/accessible");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

// The properties of the interfaces whose GetAll the guard answers (from
// at-spi2-core's interface descriptions); those Qt cannot Get are left out.
QStringList propertiesOf(const QString &interface)
{
    if (interface == QLatin1String("org.a11y.atspi.Accessible"))
        return {QStringLiteral("Name"),       QStringLiteral("Description"), QStringLiteral("Parent"),
                QStringLiteral("ChildCount"), QStringLiteral("Locale"),      QStringLiteral("AccessibleId"),
                QStringLiteral("HelpText")};
    if (interface == QLatin1String("org.a11y.atspi.Application"))
        return {QStringLiteral("ToolkitName"), QStringLiteral("Version"), QStringLiteral("AtspiVersion"),
                QStringLiteral("Id")};
    return {};
}

class GetAllGuard final : public QDBusVirtualObject
{
public:
    GetAllGuard(QDBusVirtualObject *bridge, QObject *parent)
        : QDBusVirtualObject(parent)
        , m_bridge(bridge)
    {
    }

    QString introspect(const QString &path) const override { return m_bridge ? m_bridge->introspect(path) : QString(); }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const bool shortPropertiesCall = message.type() == QDBusMessage::MethodCallMessage
                                         && message.interface() == kProperties && message.arguments().size() < 2;
        if (!shortPropertiesCall)
            return m_bridge && m_bridge->handleMessage(message, connection);
        if (message.member() != QLatin1String("GetAll") || message.signature() != QLatin1String("s"))
            return false; // QtDBus answers a malformed Get or Set with an error
        const QString interface = message.arguments().constFirst().toString();
        const QStringList names = propertiesOf(interface);
        if (names.isEmpty())
            return false; // QtDBus answers: {} for "", an unknown-interface error otherwise
        QVariantMap all;
        for (const QString &name : names) {
            // A call to this connection's own name is delivered in-process,
            // at once, on this thread: Qt's bridge answers it as any Get.
            QDBusMessage get = QDBusMessage::createMethodCall(connection.baseService(), message.path(), kProperties,
                                                              QStringLiteral("Get"));
            get << interface << name;
            const QDBusMessage reply = connection.call(get, QDBus::Block, 1000);
            if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 1)
                all.insert(name, qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant());
        }
        return connection.send(message.createReply(QVariant::fromValue(all)));
    }

private:
    QPointer<QDBusVirtualObject> m_bridge;
};

// Puts the guard in front of Qt's bridge object once Qt has registered it.
void standInFront()
{
    QDBusConnection bus(QStringLiteral("a11y"));
    if (!bus.isConnected())
        return;
    QObject *registered = bus.objectRegisteredAt(kAccessiblePath);
    if (!registered || dynamic_cast<GetAllGuard *>(registered))
        return;
    auto *bridge = qobject_cast<QDBusVirtualObject *>(registered);
    if (!bridge)
        return;
    auto *guard = new GetAllGuard(bridge, bridge);
    bus.unregisterObject(kAccessiblePath);
    if (!bus.registerVirtualObject(kAccessiblePath, guard, QDBusConnection::SubPath)) {
        // Never leave the app unreachable: Qt's own object goes back.
        bus.registerVirtualObject(kAccessiblePath, bridge, QDBusConnection::SubPath);
        delete guard;
    }
}

// Qt's bridge turns accessibility on and then registers its object: the
// guard follows on the next turn of the event loop, before any call posted
// to the new object can be delivered.
class ActivationWatch final : public QAccessible::ActivationObserver
{
public:
    void accessibilityActiveChanged(bool active) override
    {
        if (active)
            QMetaObject::invokeMethod(qApp, &standInFront, Qt::QueuedConnection);
    }
};

} // namespace

void guardAccessibilityBus()
{
    static ActivationWatch watch;
    QAccessible::installActivationObserver(&watch);
    if (QAccessible::isActive())
        QMetaObject::invokeMethod(qApp, &standInFront, Qt::QueuedConnection);
}

} // namespace relaydesk::app

#else

namespace relaydesk::app {

void guardAccessibilityBus()
{
}

} // namespace relaydesk::app

#endif
