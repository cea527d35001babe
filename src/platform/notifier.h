#pragma once

// The desktop's own notifications, one interface for every system: a
// notification per conversation (a newer one replaces it in place), with Open,
// Mark read and, where the system offers it, a reply typed into the
// notification. Which file implements it is chosen by CMake:
// notifier_linux.cpp (org.freedesktop.Notifications over D-Bus),
// notifier_mac.mm (UNUserNotificationCenter), notifier_win.cpp (toasts).
// The same files hold the "start with my session" switch of their system.

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace relaydesk::platform {

struct Notification
{
    qint64 conversationId = 0;
    QString title; // the customer's name
    QString body;  // the preview, or a neutral line when previews are hidden
    bool sound = true;
};

class Notifier : public QObject
{
    Q_OBJECT

public:
    // The notifier of the system Relaydesk was built for.
    static std::unique_ptr<Notifier> create(QObject *parent = nullptr);
    ~Notifier() override;

    // Shows the conversation's notification, replacing the one it has.
    virtual void show(const Notification &notification) = 0;
    // Takes the conversation's notification away (read, opened elsewhere).
    virtual void close(qint64 conversationId) = 0;
    // Whether a reply can be typed into a notification (known once the
    // system answered; `capabilitiesChanged` says when).
    virtual bool canReply() const = 0;
    // The unread count on the dock or taskbar icon where the system has one
    // (0 clears it).
    virtual void setBadge(int count);

signals:
    void openRequested(qint64 conversationId);
    void markReadRequested(qint64 conversationId);
    void replied(qint64 conversationId, const QString &text);
    // The notification went away (dismissed, expired or closed by us).
    void closed(qint64 conversationId);
    // The system could not show it (no notification service): the app shows
    // it another way (the tray's balloon) or not at all.
    void undelivered(const relaydesk::platform::Notification &notification);
    void capabilitiesChanged();

protected:
    explicit Notifier(QObject *parent);
};

// "Start with my session": an XDG autostart entry on Linux, a login item on
// macOS, the Run key on Windows. `command` is the program and its arguments.
// Small file or registry writes, done where they are asked for.
bool startsWithSession();
bool setStartWithSession(bool enabled, const QStringList &command, QString *error);

} // namespace relaydesk::platform

Q_DECLARE_METATYPE(relaydesk::platform::Notification)
