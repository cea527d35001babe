#pragma once

// What a screen reader sees of a running app, read from another process
// through AT-SPI over D-Bus (QtDBus only): the accessibility bus of the
// session, the registry, each object's name, role, states and interfaces,
// its actions and text, and the events it sends. The suites use it to drive
// the real `relaydesk` binary the way assistive tools do.
//
// AtSpiSession starts the accessibility bus and its registry in the current
// D-Bus session (as a desktop session does), so suites run under
// with-keyring.sh's private session bus and Xvfb's display.

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <optional>

namespace relaydesk::test {

struct AtSpiObject
{
    QString service; // the app's unique name on the accessibility bus
    QDBusObjectPath path;
    bool operator==(const AtSpiObject &other) const { return service == other.service && path == other.path; }
};

// One of an object's actions, (sss): its name, description and keys.
struct AtSpiAction
{
    QString name, description, keys;
};

// How an object reference, (so), and an action travel over D-Bus.
QDBusArgument &operator<<(QDBusArgument &argument, const AtSpiAction &action);
const QDBusArgument &operator>>(const QDBusArgument &argument, AtSpiAction &action);
QDBusArgument &operator<<(QDBusArgument &argument, const AtSpiObject &object);
const QDBusArgument &operator>>(const QDBusArgument &argument, AtSpiObject &object);

// AT-SPI's state bits (AtspiStateType), the ones the suites read.
namespace atspistate {
constexpr int Active = 1, Checked = 4, Editable = 7, Enabled = 8, Focusable = 11, Focused = 12, Selected = 23,
              Sensitive = 24, Showing = 25, Visible = 30;
}

class AtSpiSession
{
public:
    AtSpiSession() = default;
    ~AtSpiSession();
    AtSpiSession(const AtSpiSession &) = delete;
    AtSpiSession &operator=(const AtSpiSession &) = delete;

    // Starts the bus launcher and the registry; false with `error` set.
    bool start(QString *error);
    QDBusConnection bus() const { return QDBusConnection(m_name); }

    // The app with this process id once it is on the bus (its root object).
    std::optional<AtSpiObject> application(qint64 pid, int timeoutMs);

    QDBusMessage call(const AtSpiObject &object, const QString &interface, const QString &method,
                      const QVariantList &arguments = {}, int timeoutMs = 5000) const;
    QVariant property(const AtSpiObject &object, const QString &interface, const QString &name) const;

    QList<AtSpiObject> children(const AtSpiObject &object) const;
    AtSpiObject parent(const AtSpiObject &object) const;
    QString name(const AtSpiObject &object) const;
    QString description(const AtSpiObject &object) const;
    QString roleName(const AtSpiObject &object) const;
    quint64 states(const AtSpiObject &object) const;
    bool has(const AtSpiObject &object, int state) const { return states(object) >> state & 1; }
    QStringList interfaces(const AtSpiObject &object) const;
    QStringList actions(const AtSpiObject &object) const;
    // Runs the action of that name ("Press", "Toggle", "SetFocus"…). An
    // action that opens a modal dialog answers only when it closes: for
    // those, `wait` false sends it and returns at once.
    bool doAction(const AtSpiObject &object, const QString &action, bool wait = true) const;
    // The whole text of an object with the Text interface.
    QString text(const AtSpiObject &object) const;

    // Every object under `root` (depth first, at most `limit`), only those
    // showing when `showingOnly`.
    QList<AtSpiObject> descendants(const AtSpiObject &root, bool showingOnly = true, int limit = 5000) const;
    // The first object under `root` with this role (empty: any) whose name matches.
    std::optional<AtSpiObject> find(const AtSpiObject &root, const QString &role,
                                    const std::function<bool(const QString &name)> &matches) const;
    // As find(), waiting until it appears.
    std::optional<AtSpiObject> waitFor(const AtSpiObject &root, const QString &role,
                                       const std::function<bool(const QString &name)> &matches, int timeoutMs) const;

    // Asks the registry for these events (e.g. "Object:StateChanged:focused");
    // Qt sends none until someone asks. `received` gets each one.
    bool listen(const QStringList &events);
    struct Event
    {
        QString interface, member, kind;
        AtSpiObject source;
        int detail1 = 0;
    };
    QList<Event> received;

private:
    class Listener;
    QString m_name = QStringLiteral("atspi-test");
    QProcess m_launcher;
    QProcess m_registry;
    Listener *m_listener = nullptr;
};

} // namespace relaydesk::test
