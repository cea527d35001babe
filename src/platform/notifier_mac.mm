// macOS: notifications through UNUserNotificationCenter (a category with
// Open, Mark read and a text-input Reply action), the unread count on the
// Dock tile, and "start with my session" as a login item (SMAppService,
// macOS 13 and later). Built only on macOS (see src/CMakeLists.txt); it cannot
// be compiled or run on the Linux machines the rest is tested on.
//
// UNUserNotificationCenter needs a signed app bundle with a bundle
// identifier; an unbundled build gets an error from the permission request
// and every notification is then passed on as `undelivered`.

#include "notifier.h"

#include "log.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QPointer>

#import <AppKit/AppKit.h>
#import <ServiceManagement/ServiceManagement.h>
#import <UserNotifications/UserNotifications.h>

namespace relaydesk::platform {
class MacNotifier;
}

@interface RelaydeskNotificationDelegate : NSObject <UNUserNotificationCenterDelegate>
@property (nonatomic, assign) relaydesk::platform::MacNotifier *owner; // cleared by the owner's destructor
@end

namespace relaydesk::platform {

namespace {
NSString *const kCategory = @"relaydesk.message";
NSString *const kOpen = @"open";
NSString *const kMarkRead = @"mark-read";
NSString *const kReply = @"reply";
NSString *const kConversationKey = @"conversation";

NSString *identifierFor(qint64 conversationId)
{
    return [NSString stringWithFormat:@"relaydesk-conversation-%lld", conversationId];
}
} // namespace

class MacNotifier final : public Notifier
{
public:
    explicit MacNotifier(QObject *parent)
        : Notifier(parent)
    {
        m_delegate = [[RelaydeskNotificationDelegate alloc] init];
        m_delegate.owner = this;
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        center.delegate = m_delegate;
        UNNotificationAction *open = [UNNotificationAction actionWithIdentifier:kOpen
                                                                          title:tr("Open").toNSString()
                                                                        options:UNNotificationActionOptionForeground];
        UNNotificationAction *markRead = [UNNotificationAction actionWithIdentifier:kMarkRead
                                                                              title:tr("Mark read").toNSString()
                                                                            options:UNNotificationActionOptionNone];
        UNTextInputNotificationAction *reply = [UNTextInputNotificationAction
            actionWithIdentifier:kReply
                           title:tr("Reply").toNSString()
                         options:UNNotificationActionOptionNone
            textInputButtonTitle:tr("Send").toNSString()
            textInputPlaceholder:tr("Your reply").toNSString()];
        UNNotificationCategory *category = [UNNotificationCategory
            categoryWithIdentifier:kCategory
                           actions:@[ open, markRead, reply ]
                 intentIdentifiers:@[]
                           options:UNNotificationCategoryOptionNone];
        [center setNotificationCategories:[NSSet setWithObject:category]];
        QPointer<MacNotifier> guard(this);
        [center requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound
                                                 | UNAuthorizationOptionBadge)
                              completionHandler:^(BOOL granted, NSError *error) {
                                  const bool allowed = granted && !error;
                                  QMetaObject::invokeMethod(qApp, [guard, allowed] {
                                      if (!guard)
                                          return;
                                      guard->m_allowed = allowed;
                                      emit guard->capabilitiesChanged();
                                  });
                              }];
    }

    ~MacNotifier() override
    {
        [UNUserNotificationCenter currentNotificationCenter].delegate = nil;
        m_delegate.owner = nullptr;
        [m_delegate release]; // built without ARC (src/CMakeLists.txt)
    }

    void show(const Notification &notification) override
    {
        if (!m_allowed) {
            emit undelivered(notification);
            return;
        }
        UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
        content.title = notification.title.toNSString();
        content.body = notification.body.toNSString();
        content.categoryIdentifier = kCategory;
        // One thread per conversation; the same identifier replaces the notification in place.
        content.threadIdentifier = identifierFor(notification.conversationId);
        content.userInfo = @{kConversationKey : @(notification.conversationId)};
        if (notification.sound)
            content.sound = [UNNotificationSound defaultSound];
        UNNotificationRequest *request = [UNNotificationRequest
            requestWithIdentifier:identifierFor(notification.conversationId)
                          content:content
                          trigger:nil];
        [content release];
        QPointer<MacNotifier> guard(this);
        const Notification copy = notification;
        [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request
                                                               withCompletionHandler:^(NSError *error) {
                                                                   if (!error)
                                                                       return;
                                                                   QMetaObject::invokeMethod(qApp, [guard, copy] {
                                                                       if (guard)
                                                                           emit guard->undelivered(copy);
                                                                   });
                                                               }];
    }

    void close(qint64 conversationId) override
    {
        NSArray<NSString *> *ids = @[ identifierFor(conversationId) ];
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        [center removeDeliveredNotificationsWithIdentifiers:ids];
        [center removePendingNotificationRequestsWithIdentifiers:ids];
    }

    bool canReply() const override { return true; }

    void setBadge(int count) override
    {
        NSApp.dockTile.badgeLabel = count > 0 ? QString::number(count).toNSString() : nil;
    }

    // From the delegate, on the main thread.
    void respond(qint64 conversationId, NSString *action, const QString &text)
    {
        if ([action isEqualToString:kMarkRead])
            emit markReadRequested(conversationId);
        else if ([action isEqualToString:kReply])
            emit replied(conversationId, text);
        else if ([action isEqualToString:UNNotificationDismissActionIdentifier])
            emit closed(conversationId);
        else // kOpen and UNNotificationDefaultActionIdentifier (a click on the notification)
            emit openRequested(conversationId);
    }

private:
    RelaydeskNotificationDelegate *m_delegate = nil;
    bool m_allowed = false;
};

std::unique_ptr<Notifier> Notifier::create(QObject *parent)
{
    return std::make_unique<MacNotifier>(parent);
}

bool startsWithSession()
{
    if (@available(macOS 13.0, *))
        return [SMAppService mainAppService].status == SMAppServiceStatusEnabled;
    return false;
}

bool setStartWithSession(bool enabled, const QStringList &, QString *error)
{
    if (@available(macOS 13.0, *)) {
        NSError *failure = nil;
        SMAppService *service = [SMAppService mainAppService];
        const BOOL ok = enabled ? [service registerAndReturnError:&failure]
                                : [service unregisterAndReturnError:&failure];
        if (ok)
            return true;
        if (error)
            *error = QCoreApplication::translate("Notifier", "macOS did not change the login item (%1). Check "
                                                             "System Settings → General → Login Items.")
                         .arg(QString::fromNSString(failure.localizedDescription));
        return false;
    }
    if (error)
        *error = QCoreApplication::translate("Notifier",
                                             "Starting with your session needs macOS 13 or later; add "
                                             "Relaydesk in System Settings → Users & Groups → Login Items.");
    return false;
}

} // namespace relaydesk::platform

@implementation RelaydeskNotificationDelegate

// Shown even while Relaydesk is in front: the app decides what to notify.
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
       willPresentNotification:(UNNotification *)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions options))completionHandler
{
    Q_UNUSED(center);
    Q_UNUSED(notification);
    if (@available(macOS 11.0, *))
        completionHandler(UNNotificationPresentationOptionBanner | UNNotificationPresentationOptionSound);
    else
        completionHandler(UNNotificationPresentationOptionAlert | UNNotificationPresentationOptionSound);
}

- (void)userNotificationCenter:(UNUserNotificationCenter *)center
    didReceiveNotificationResponse:(UNNotificationResponse *)response
             withCompletionHandler:(void (^)(void))completionHandler
{
    Q_UNUSED(center);
    NSNumber *conversation = response.notification.request.content.userInfo[relaydesk::platform::kConversationKey];
    NSString *action = [response.actionIdentifier copy];
    QString text;
    if ([response isKindOfClass:[UNTextInputNotificationResponse class]])
        text = QString::fromNSString(((UNTextInputNotificationResponse *)response).userText);
    QPointer<relaydesk::platform::MacNotifier> owner = self.owner;
    const qint64 conversationId = conversation.longLongValue;
    QMetaObject::invokeMethod(qApp, [owner, conversationId, action, text] {
        if (owner && conversationId)
            owner->respond(conversationId, action, text);
        [action release];
    });
    completionHandler();
}

@end
