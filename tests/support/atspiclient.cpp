#include "atspiclient.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QThread>

namespace relaydesk::test {

namespace {

const QString kAccessible = QStringLiteral("org.a11y.atspi.Accessible");

} // namespace

QDBusArgument &operator<<(QDBusArgument &argument, const AtSpiObject &object)
{
    argument.beginStructure();
    argument << object.service << object.path;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, AtSpiObject &object)
{
    argument.beginStructure();
    argument >> object.service >> object.path;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const AtSpiAction &action)
{
    argument.beginStructure();
    argument << action.name << action.description << action.keys;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, AtSpiAction &action)
{
    argument.beginStructure();
    argument >> action.name >> action.description >> action.keys;
    argument.endStructure();
    return argument;
}

namespace {

void wait(int ms)
{
    QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

QString accessibilityBusAddress()
{
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
                                       QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress")));
    return reply.type() == QDBusMessage::ReplyMessage ? reply.arguments().value(0).toString() : QString();
}

} // namespace

} // namespace relaydesk::test

Q_DECLARE_METATYPE(relaydesk::test::AtSpiObject)
Q_DECLARE_METATYPE(relaydesk::test::AtSpiAction)

namespace relaydesk::test {

class AtSpiSession::Listener : public QObject
{
    Q_OBJECT

public:
    explicit Listener(AtSpiSession &session)
        : m_session(session)
    {
    }

public slots:
    void event(const QDBusMessage &message)
    {
        // Qt 6.4 sends (s kind, i detail1, i detail2, v data, (so) application).
        const QVariantList arguments = message.arguments();
        m_session.received.append({message.interface(), message.member(), arguments.value(0).toString(),
                                   AtSpiObject{message.service(), QDBusObjectPath(message.path())},
                                   arguments.value(1).toInt()});
    }

private:
    AtSpiSession &m_session;
};

AtSpiSession::~AtSpiSession()
{
    QDBusConnection::disconnectFromBus(m_name);
    delete m_listener;
    for (QProcess *process : {&m_registry, &m_launcher}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(1000);
        }
    }
}

bool AtSpiSession::start(QString *error)
{
    qDBusRegisterMetaType<AtSpiObject>();
    qDBusRegisterMetaType<QList<AtSpiObject>>();
    qDBusRegisterMetaType<AtSpiAction>();
    qDBusRegisterMetaType<QList<AtSpiAction>>();
    if (!QDBusConnection::sessionBus().isConnected()) {
        *error = QStringLiteral("no D-Bus session (run the suite through ctest: it has its own)");
        return false;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        *error = QStringLiteral("no X display (run the suite through scripts/test, which starts Xvfb)");
        return false;
    }
    // The launcher, started here so it has this display, owns org.a11y.Bus
    // on the session bus and starts the accessibility bus.
    m_launcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_launcher.start(QStringLiteral("/usr/libexec/at-spi-bus-launcher"), {QStringLiteral("--launch-immediately")});
    if (!m_launcher.waitForStarted(5000)) {
        *error = QStringLiteral("at-spi-bus-launcher did not start (install at-spi2-core)");
        return false;
    }
    QString address;
    for (QDeadlineTimer until(10000); address.isEmpty() && !until.hasExpired(); wait(50))
        address = accessibilityBusAddress();
    if (address.isEmpty()) {
        *error = QStringLiteral("the accessibility bus did not come up");
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AT_SPI_BUS_ADDRESS"), address);
    m_registry.setProcessEnvironment(environment);
    m_registry.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_registry.start(QStringLiteral("/usr/libexec/at-spi2-registryd"), {});
    if (!m_registry.waitForStarted(5000)) {
        *error = QStringLiteral("at-spi2-registryd did not start");
        return false;
    }
    QDBusConnection connection = QDBusConnection::connectToBus(address, m_name);
    if (!connection.isConnected()) {
        *error = QStringLiteral("cannot connect to the accessibility bus: ") + connection.lastError().message();
        return false;
    }
    // The registry started here answers once it owns its name (asked without
    // letting the bus start a second one of its own).
    for (QDeadlineTimer until(10000); !until.hasExpired(); wait(50)) {
        QDBusMessage owned = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                            QStringLiteral("/org/freedesktop/DBus"),
                                                            QStringLiteral("org.freedesktop.DBus"),
                                                            QStringLiteral("NameHasOwner"));
        owned << QStringLiteral("org.a11y.atspi.Registry");
        if (connection.call(owned).arguments().value(0).toBool())
            return true;
    }
    *error = QStringLiteral("the accessibility registry does not answer");
    return false;
}

std::optional<AtSpiObject> AtSpiSession::application(qint64 pid, int timeoutMs)
{
    const AtSpiObject desktop{QStringLiteral("org.a11y.atspi.Registry"),
                              QDBusObjectPath(QStringLiteral("/org/a11y/atspi/accessible/root"))};
    for (QDeadlineTimer until(timeoutMs); !until.hasExpired(); wait(100)) {
        for (const AtSpiObject &app : children(desktop)) {
            const QDBusMessage owner = bus().call(
                QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                               QStringLiteral("/org/freedesktop/DBus"),
                                               QStringLiteral("org.freedesktop.DBus"),
                                               QStringLiteral("GetConnectionUnixProcessID"))
                << app.service);
            if (owner.arguments().value(0).toLongLong() == pid)
                return app;
        }
    }
    return std::nullopt;
}

QDBusMessage AtSpiSession::call(const AtSpiObject &object, const QString &interface, const QString &method,
                                const QVariantList &arguments, int timeoutMs) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(object.service, object.path.path(), interface, method);
    message.setArguments(arguments);
    return bus().call(message, QDBus::Block, timeoutMs);
}

QVariant AtSpiSession::property(const AtSpiObject &object, const QString &interface, const QString &name) const
{
    const QDBusMessage reply = call(object, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                                    {interface, name});
    return reply.type() == QDBusMessage::ReplyMessage
               ? qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant()
               : QVariant();
}

QList<AtSpiObject> AtSpiSession::children(const AtSpiObject &object) const
{
    const QDBusMessage reply = call(object, kAccessible, QStringLiteral("GetChildren"));
    QList<AtSpiObject> found;
    if (reply.type() == QDBusMessage::ReplyMessage)
        qvariant_cast<QDBusArgument>(reply.arguments().value(0)) >> found;
    return found;
}

AtSpiObject AtSpiSession::parent(const AtSpiObject &object) const
{
    AtSpiObject found;
    const QVariant value = property(object, kAccessible, QStringLiteral("Parent"));
    if (value.canConvert<QDBusArgument>())
        qvariant_cast<QDBusArgument>(value) >> found;
    return found;
}

QString AtSpiSession::name(const AtSpiObject &object) const
{
    return property(object, kAccessible, QStringLiteral("Name")).toString();
}

QString AtSpiSession::description(const AtSpiObject &object) const
{
    return property(object, kAccessible, QStringLiteral("Description")).toString();
}

QString AtSpiSession::roleName(const AtSpiObject &object) const
{
    return call(object, kAccessible, QStringLiteral("GetRoleName")).arguments().value(0).toString();
}

quint64 AtSpiSession::states(const AtSpiObject &object) const
{
    const QDBusMessage reply = call(object, kAccessible, QStringLiteral("GetState"));
    const QList<uint> words = qdbus_cast<QList<uint>>(reply.arguments().value(0));
    return words.size() == 2 ? quint64(words.at(1)) << 32 | words.at(0) : 0;
}

QStringList AtSpiSession::interfaces(const AtSpiObject &object) const
{
    return call(object, kAccessible, QStringLiteral("GetInterfaces")).arguments().value(0).toStringList();
}

QStringList AtSpiSession::actions(const AtSpiObject &object) const
{
    const QDBusMessage reply = call(object, QStringLiteral("org.a11y.atspi.Action"), QStringLiteral("GetActions"));
    QStringList names;
    if (reply.type() != QDBusMessage::ReplyMessage)
        return names;
    QList<AtSpiAction> found;
    qvariant_cast<QDBusArgument>(reply.arguments().value(0)) >> found;
    for (const AtSpiAction &action : std::as_const(found))
        names.append(action.name);
    return names;
}

bool AtSpiSession::doAction(const AtSpiObject &object, const QString &action, bool wait) const
{
    const int index = int(actions(object).indexOf(action));
    if (index < 0)
        return false;
    if (!wait) {
        QDBusMessage message = QDBusMessage::createMethodCall(object.service, object.path.path(),
                                                              QStringLiteral("org.a11y.atspi.Action"),
                                                              QStringLiteral("DoAction"));
        message << index;
        return bus().send(message);
    }
    const QDBusMessage reply = call(object, QStringLiteral("org.a11y.atspi.Action"), QStringLiteral("DoAction"),
                                    {index});
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool();
}

QString AtSpiSession::text(const AtSpiObject &object) const
{
    return call(object, QStringLiteral("org.a11y.atspi.Text"), QStringLiteral("GetText"), {0, -1})
        .arguments()
        .value(0)
        .toString();
}

QList<AtSpiObject> AtSpiSession::descendants(const AtSpiObject &root, bool showingOnly, int limit) const
{
    QList<AtSpiObject> found;
    QList<AtSpiObject> stack = children(root);
    while (!stack.isEmpty() && found.size() < limit) {
        const AtSpiObject object = stack.takeLast();
        if (showingOnly && !has(object, atspistate::Showing))
            continue;
        found.append(object);
        const QList<AtSpiObject> below = children(object);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append(*it);
    }
    return found;
}

std::optional<AtSpiObject> AtSpiSession::find(const AtSpiObject &root, const QString &role,
                                              const std::function<bool(const QString &)> &matches) const
{
    for (const AtSpiObject &object : descendants(root)) {
        if ((role.isEmpty() || roleName(object) == role) && matches(name(object)))
            return object;
    }
    return std::nullopt;
}

std::optional<AtSpiObject> AtSpiSession::waitFor(const AtSpiObject &root, const QString &role,
                                                 const std::function<bool(const QString &)> &matches,
                                                 int timeoutMs) const
{
    for (QDeadlineTimer until(timeoutMs); !until.hasExpired(); wait(100)) {
        if (const auto found = find(root, role, matches))
            return found;
    }
    return std::nullopt;
}

bool AtSpiSession::listen(const QStringList &events)
{
    if (!m_listener) {
        m_listener = new Listener(*this);
        for (const char *interface :
             {"org.a11y.atspi.Event.Object", "org.a11y.atspi.Event.Focus", "org.a11y.atspi.Event.Window"}) {
            bus().connect(QString(), QString(), QString::fromLatin1(interface), QString(), m_listener,
                          SLOT(event(QDBusMessage)));
        }
    }
    for (const QString &event : events) {
        QDBusMessage registration = QDBusMessage::createMethodCall(QStringLiteral("org.a11y.atspi.Registry"),
                                                                   QStringLiteral("/org/a11y/atspi/registry"),
                                                                   QStringLiteral("org.a11y.atspi.Registry"),
                                                                   QStringLiteral("RegisterEvent"));
        registration << event << QStringList() << QString();
        if (bus().call(registration).type() != QDBusMessage::ReplyMessage)
            return false;
    }
    wait(300); // the apps learn of it asynchronously
    return true;
}

} // namespace relaydesk::test

#include "atspiclient.moc"
