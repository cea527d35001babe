#pragma once

// When the agent hears about a customer: a desktop notification for each new
// customer message, read from the store's change notifications (never from
// the network), one per conversation updated in place, except for the
// conversation on screen in the focused window, muted conversations, and
// during do not disturb. Its Open raises the window at the conversation, Mark
// read and a typed reply go through the outbox. Also the tray icon with the
// unread count, the dock/taskbar badge, the Settings dialog and per-
// conversation mute (Conversation → Mute notifications).

#include "dialogs/settingsdialog.h"
#include "platform/notifier.h"
#include "platform/profile.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QSystemTrayIcon;
class QTimer;

namespace relaydesk::store {
class Store;
struct ChangeSet;
struct ConversationRow;
struct MessageRow;
} // namespace relaydesk::store
namespace relaydesk::ui {
class MainWindow;
}

namespace relaydesk::app {

class Session;
class WindowActions;

class Notifications : public QObject
{
    Q_OBJECT

public:
    Notifications(const Profile &profile, ui::MainWindow &window, Session &session, WindowActions &actions,
                  store::Store *history, std::unique_ptr<platform::Notifier> notifier, QObject *parent = nullptr);
    ~Notifications() override;

    // The history closes (nullptr) or opens again.
    void setStore(store::Store *history);
    // Reads the profile's notification settings again (the dialog wrote them).
    void applySettings();
    void showSettings();
    // Per-conversation mute, a command through the outbox; the conversation's
    // `muted` comes back in its event.
    void setMuted(qint64 conversationId, bool muted);
    // A notification's Open (or a click on it): the window shows that conversation.
    void open(qint64 conversationId);

    // For tests: the clock do-not-disturb reads, and what is shown.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    platform::Notifier *notifier() const { return m_notifier.get(); }
    ui::SettingsDialog *settingsDialog() const { return m_dialog; }
    QAction *muteAction() const { return m_mute; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    int unreadCount() const { return m_unread; }
    // The tray's picture: the app's icon, with the unread count while customers wait.
    QIcon trayPicture() const { return m_trayPicture; }
    // How many customer messages the conversation's notification stands for (0: none shown).
    int shownCount(qint64 conversationId) const { return m_shown.value(conversationId).count; }

signals:
    // A notification was shown or updated (tests, and the fallback's beep).
    void notified(qint64 conversationId);

private:
    struct Shown
    {
        int count = 0;
        qint64 newestMessage = 0; // local id, to open the thread at
        qint64 newestServerId = 0;
    };

    void onStoreChanged(const store::ChangeSet &changes);
    void process();
    bool looking(qint64 conversationId) const;
    void markRead(qint64 conversationId);
    void reply(qint64 conversationId, const QString &text);
    void forget(qint64 conversationId);
    void fallback(const platform::Notification &notification);
    void updateCount();
    void updateMuteAction();
    void applyStartWithSession();

    Profile m_profile;
    ui::MainWindow &m_window;
    Session &m_session;
    WindowActions &m_actions;
    store::Store *m_history;
    std::unique_ptr<platform::Notifier> m_notifier;
    ui::NotificationSettings m_settings;
    std::function<QDateTime()> m_now;
    qint64 m_since; // customer messages from before this moment are history, not news
    QSet<qint64> m_dirty;
    QTimer *m_coalesce;
    QHash<qint64, qint64> m_seen;        // conversation → newest message id looked at
    QHash<qint64, qint64> m_mentionSeen; // conversation → newest message looked at for mentions
    void announce(const store::ConversationRow &conversation, const store::MessageRow &latest, int fresh);
    void notifyMentions(const store::ConversationRow &conversation);
    QHash<qint64, Shown> m_shown;
    QPointer<ui::SettingsDialog> m_dialog;
    QAction *m_mute;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_balloonConversation = 0;
    QIcon m_trayPicture;
    int m_unread = -1;
};

} // namespace relaydesk::app
