// Windows: toast notifications (C++/WinRT, Windows 10 1809 or later) under
// the app's AppUserModelID, with Open, Mark read and a text box to reply; a
// toast that cannot be shown (the AUMID has no Start menu shortcut, an older
// Windows, notifications off) is passed on as `undelivered` and the app shows
// it with QSystemTrayIcon::showMessage. "Start with my session" is a value
// under the user's Run key. Built only on Windows (see src/CMakeLists.txt); it
// cannot be compiled or run on the Linux machines the rest is tested on.

#include "notifier.h"

#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>
#include <QUrlQuery>

#include <shobjidl_core.h>
#include <windows.h>

#include <winrt/Windows.Data.Xml.Dom.h>
#include <winrt/Windows.Foundation.Collections.h>
#include <winrt/Windows.Foundation.h>
#include <winrt/Windows.UI.Notifications.h>

namespace relaydesk::platform {

namespace {

using namespace winrt::Windows::Data::Xml::Dom;
using namespace winrt::Windows::UI::Notifications;

const wchar_t kAumid[] = L"Relaydesk.Relaydesk";
const wchar_t kGroup[] = L"relaydesk";
const auto kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const auto kRunValue = QStringLiteral("Relaydesk");

winrt::hstring tagFor(qint64 conversationId)
{
    return winrt::hstring(QStringLiteral("c%1").arg(conversationId).toStdWString());
}

QString argumentsFor(const char *action, qint64 conversationId)
{
    return QStringLiteral("action=%1&amp;conversation=%2").arg(QLatin1String(action)).arg(conversationId);
}

class WindowsNotifier final : public Notifier
{
public:
    explicit WindowsNotifier(QObject *parent)
        : Notifier(parent)
    {
        SetCurrentProcessExplicitAppUserModelID(kAumid);
        try {
            // Qt's GUI thread is already a single-threaded apartment; this only makes sure.
            winrt::init_apartment(winrt::apartment_type::single_threaded);
        } catch (const winrt::hresult_error &) {
        }
        try {
            m_notifier = ToastNotificationManager::CreateToastNotifier(kAumid);
        } catch (const winrt::hresult_error &) {
            qCInfo(lcPlatform) << "toasts unavailable: notifications go to the tray";
        }
    }

    void show(const Notification &notification) override
    {
        if (!m_notifier) {
            emit undelivered(notification);
            return;
        }
        const qint64 id = notification.conversationId;
        const QString xml =
            QStringLiteral(
                "<toast launch=\"%1\"><visual><binding template=\"ToastGeneric\"><text>%2</text>"
                "<text>%3</text></binding></visual><actions>"
                "<input id=\"reply\" type=\"text\" placeHolderContent=\"%4\"/>"
                "<action content=\"%5\" arguments=\"%6\" hint-inputId=\"reply\" activationType=\"foreground\"/>"
                "<action content=\"%7\" arguments=\"%1\" activationType=\"foreground\"/>"
                "<action content=\"%8\" arguments=\"%9\" activationType=\"foreground\"/>"
                "</actions>%10</toast>")
                .arg(argumentsFor("open", id), notification.title.toHtmlEscaped(), notification.body.toHtmlEscaped(),
                     tr("Your reply").toHtmlEscaped(), tr("Reply").toHtmlEscaped(), argumentsFor("reply", id),
                     tr("Open").toHtmlEscaped(), tr("Mark read").toHtmlEscaped(), argumentsFor("mark-read", id))
                .arg(notification.sound ? QStringLiteral("<audio src=\"ms-winsoundevent:Notification.IM\"/>")
                                        : QStringLiteral("<audio silent=\"true\"/>"));
        try {
            // Throws for an AUMID without its Start menu shortcut, too.
            if (m_notifier.Setting() != NotificationSetting::Enabled) {
                emit undelivered(notification);
                return;
            }
            XmlDocument document;
            document.LoadXml(winrt::hstring(xml.toStdWString()));
            ToastNotification toast(document);
            // The same tag and group replace this conversation's toast in place.
            toast.Tag(tagFor(id));
            toast.Group(kGroup);
            QPointer<WindowsNotifier> self(this);
            toast.Activated([self](const ToastNotification &, const winrt::Windows::Foundation::IInspectable &args) {
                const auto activated = args.as<ToastActivatedEventArgs>();
                const QUrlQuery query(QString::fromStdWString(std::wstring(activated.Arguments())));
                QString text;
                if (const auto input = activated.UserInput(); input && input.HasKey(L"reply"))
                    text = QString::fromStdWString(
                        std::wstring(winrt::unbox_value<winrt::hstring>(input.Lookup(L"reply"))));
                // Activation comes on a thread of the system's; the notifier lives on Qt's.
                QMetaObject::invokeMethod(qApp, [self, query, text] {
                    if (self)
                        self->respond(query, text);
                });
            });
            toast.Dismissed([self, id](const ToastNotification &, const ToastDismissedEventArgs &) {
                QMetaObject::invokeMethod(qApp, [self, id] {
                    if (self)
                        emit self->closed(id);
                });
            });
            m_notifier.Show(toast);
        } catch (const winrt::hresult_error &) {
            emit undelivered(notification);
        }
    }

    void close(qint64 conversationId) override
    {
        try {
            ToastNotificationManager::History().Remove(tagFor(conversationId), kGroup, kAumid);
        } catch (const winrt::hresult_error &) {
        }
    }

    bool canReply() const override { return bool(m_notifier); }

private:
    void respond(const QUrlQuery &query, const QString &text)
    {
        const qint64 conversation = query.queryItemValue(QStringLiteral("conversation")).toLongLong();
        const QString action = query.queryItemValue(QStringLiteral("action"));
        if (!conversation)
            return;
        if (action == QLatin1String("mark-read"))
            emit markReadRequested(conversation);
        else if (action == QLatin1String("reply") && !text.trimmed().isEmpty())
            emit replied(conversation, text);
        else
            emit openRequested(conversation);
    }

    winrt::Windows::UI::Notifications::ToastNotifier m_notifier{nullptr};
};

} // namespace

std::unique_ptr<Notifier> Notifier::create(QObject *parent)
{
    return std::make_unique<WindowsNotifier>(parent);
}

bool startsWithSession()
{
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
}

bool setStartWithSession(bool enabled, const QStringList &command, QString *error)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        QStringList quoted;
        for (const QString &argument : command)
            quoted.append(QLatin1Char('"') + QDir::toNativeSeparators(argument) + QLatin1Char('"'));
        run.setValue(kRunValue, quoted.join(QLatin1Char(' ')));
    } else {
        run.remove(kRunValue);
    }
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("Notifier", "Windows did not let Relaydesk change its Run entry; "
                                                         "use Task Manager → Startup apps instead.");
    return false;
}

} // namespace relaydesk::platform
