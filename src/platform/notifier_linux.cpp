// Linux (and other freedesktop systems): notifications through the session
// bus's org.freedesktop.Notifications, the dock badge through Unity's
// LauncherEntry signal (KDE's task manager and Dash to Dock read it), and
// "start with my session" as an XDG autostart entry.
//
// Every bus call is asynchronous: the UI thread never waits for the
// notification daemon.

#include "notifier.h"

#include "log.h"
#include "relaydesk/buildinfo.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QVariantMap>

#include <algorithm>

namespace relaydesk::platform {

namespace {

const auto kService = QStringLiteral("org.freedesktop.Notifications");
const auto kPath = QStringLiteral("/org/freedesktop/Notifications");
const auto kInterface = QStringLiteral("org.freedesktop.Notifications");
// The installed .desktop file and the themed icon share the app id.
const auto kDesktopEntry = QStringLiteral(RELAYDESK_APP_ID);

class DBusNotifier final : public Notifier
{
    Q_OBJECT

public:
    explicit DBusNotifier(QObject *parent)
        : Notifier(parent)
        , m_bus(QDBusConnection::sessionBus())
    {
        if (!m_bus.isConnected()) {
            qCInfo(lcPlatform) << "no session bus: notifications go to the tray instead";
            m_capabilitiesKnown = true;
            return;
        }
        // Any sender: the daemon's unique name is all that would be matched.
        for (const auto &[name, slot] : {std::pair{"ActionInvoked", SLOT(onActionInvoked(uint, QString))},
                                         std::pair{"NotificationReplied", SLOT(onReplied(uint, QString))},
                                         std::pair{"NotificationClosed", SLOT(onClosed(uint, uint))}})
            m_bus.connect(QString(), kPath, kInterface, QLatin1String(name), this, slot);
        const QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                                QStringLiteral("GetCapabilities"));
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            QDBusPendingReply<QStringList> reply = *call;
            if (reply.isError())
                qCInfo(lcPlatform) << "no notification service:" << reply.error().name();
            else
                m_capabilities = reply.value();
            m_capabilitiesKnown = true;
            emit capabilitiesChanged();
            const auto waiting = std::exchange(m_waiting, {});
            for (const Notification &notification : waiting)
                show(notification);
        });
    }

    void show(const Notification &notification) override
    {
        const qint64 conversation = notification.conversationId;
        m_closeWhenShown.remove(conversation);
        // Until the daemon answered (what it can do, or the id of this
        // conversation's previous notification), keep only the newest.
        if (!m_capabilitiesKnown || m_pending.contains(conversation)) {
            m_waiting.insert(conversation, notification);
            return;
        }
        if (!m_bus.isConnected()) {
            emit undelivered(notification);
            return;
        }
        const bool markup = m_capabilities.contains(QLatin1String("body-markup"));
        QStringList actions{QStringLiteral("default"),   tr("Open"),     QStringLiteral("open"), tr("Open"),
                            QStringLiteral("mark-read"), tr("Mark read")};
        QVariantMap hints{{QStringLiteral("category"), QStringLiteral("im.received")},
                          {QStringLiteral("desktop-entry"), kDesktopEntry},
                          {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
                          {QStringLiteral("x-relaydesk-conversation"), conversation}};
        if (canReply()) {
            actions << QStringLiteral("inline-reply") << tr("Reply");
            hints.insert(QStringLiteral("x-kde-reply-placeholder-text"), tr("Reply to %1").arg(notification.title));
        }
        if (notification.sound)
            hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
        else
            hints.insert(QStringLiteral("suppress-sound"), true);
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
        call << QStringLiteral("Relaydesk") << uint(m_ids.value(conversation)) << kDesktopEntry << notification.title
             << (markup ? notification.body.toHtmlEscaped() : notification.body) << actions << hints << int(-1);
        m_pending.insert(conversation);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, notification, conversation](QDBusPendingCallWatcher *answer) {
                    answer->deleteLater();
                    m_pending.remove(conversation);
                    QDBusPendingReply<uint> reply = *answer;
                    if (reply.isError()) {
                        qCInfo(lcPlatform) << "notification not shown:" << reply.error().name();
                        emit undelivered(notification);
                    } else {
                        const uint id = reply.value();
                        m_conversations.remove(m_ids.value(conversation));
                        m_ids.insert(conversation, id);
                        m_conversations.insert(id, conversation);
                    }
                    if (m_waiting.contains(conversation))
                        show(m_waiting.take(conversation));
                    else if (m_closeWhenShown.remove(conversation))
                        close(conversation); // taken away while the daemon was still showing it
                });
    }

    void close(qint64 conversationId) override
    {
        m_waiting.remove(conversationId);
        if (m_pending.contains(conversationId))
            m_closeWhenShown.insert(conversationId);
        const uint id = m_ids.take(conversationId);
        if (!id)
            return;
        m_conversations.remove(id);
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                           QStringLiteral("CloseNotification"));
        call << id;
        m_bus.asyncCall(call); // nothing to wait for: NotificationClosed follows
    }

    bool canReply() const override { return m_capabilities.contains(QLatin1String("inline-reply")); }

    void setBadge(int count) override
    {
        if (!m_bus.isConnected() || count == m_badge)
            return;
        m_badge = count;
        QDBusMessage update = QDBusMessage::createSignal(QStringLiteral("/com/canonical/unity/launcherentry/relaydesk"),
                                                         QStringLiteral("com.canonical.Unity.LauncherEntry"),
                                                         QStringLiteral("Update"));
        update << QStringLiteral("application://%1.desktop").arg(kDesktopEntry)
               << QVariantMap{{QStringLiteral("count"), qint64(count)}, {QStringLiteral("count-visible"), count > 0}};
        m_bus.send(update);
    }

private slots:
    void onActionInvoked(uint id, const QString &action)
    {
        const qint64 conversation = m_conversations.value(id);
        if (!conversation)
            return;
        if (action == QLatin1String("open") || action == QLatin1String("default"))
            emit openRequested(conversation);
        else if (action == QLatin1String("mark-read"))
            emit markReadRequested(conversation);
    }

    void onReplied(uint id, const QString &text)
    {
        const qint64 conversation = m_conversations.value(id);
        if (conversation && !text.trimmed().isEmpty())
            emit replied(conversation, text);
    }

    void onClosed(uint id, uint)
    {
        const qint64 conversation = m_conversations.take(id);
        if (!conversation)
            return;
        m_ids.remove(conversation);
        emit closed(conversation);
    }

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    bool m_capabilitiesKnown = false;
    QHash<qint64, uint> m_ids;           // conversation → the daemon's notification id
    QHash<uint, qint64> m_conversations; // and back
    QSet<qint64> m_pending;              // a Notify on its way
    QHash<qint64, Notification> m_waiting;
    QSet<qint64> m_closeWhenShown;
    int m_badge = 0;
};

QString autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/autostart/%1.desktop").arg(kDesktopEntry);
}

// Quoted as the Desktop Entry specification's Exec key wants it.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    if (!argument.isEmpty()
        && std::none_of(argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('`'), QStringLiteral("\\`"))
        .replace(QLatin1Char('$'), QStringLiteral("\\$"));
    // The key's value is itself a string: its backslashes are escaped once more.
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

std::unique_ptr<Notifier> Notifier::create(QObject *parent)
{
    return std::make_unique<DBusNotifier>(parent);
}

bool startsWithSession()
{
    return QFile::exists(autostartFile());
}

bool setStartWithSession(bool enabled, const QStringList &command, QString *error)
{
    const QString path = autostartFile();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("Notifier", "Could not remove %1. Remove it to stop Relaydesk "
                                                             "starting with your session.")
                         .arg(path);
        return false;
    }
    QStringList exec;
    for (const QString &argument : command)
        exec.append(execArgument(argument));
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Relaydesk\n"
                                         "Comment=Customer conversations, started with your session\n"
                                         "Exec=%1\nIcon=%2\nTerminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(QLatin1Char(' ')), kDesktopEntry);
    QSaveFile file(path);
    if (QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) && file.write(entry.toUtf8()) >= 0
        && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Notifier", "Could not write %1 (%2). Relaydesk will not start with "
                                                         "your session.")
                     .arg(path, file.errorString());
    return false;
}

} // namespace relaydesk::platform

#include "notifier_linux.moc"
