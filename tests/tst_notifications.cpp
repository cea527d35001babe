// Notifications end to end on Linux: the suite runs in its own D-Bus session
// (KEYRING in tests/CMakeLists.txt) and owns org.freedesktop.Notifications
// there itself, recording every Notify and answering with the daemon's
// signals. Customers write through the real server's web chat; the client
// (session, store, window, notifications) is the app's own, signed in for real.

#include "httpcall.h"
#include "linkclient.h"
#include "serverprocess.h"
#include "streamclient.h"

#include "imagecheck.h"
#include "notifications.h"
#include "popoutthreads.h"
#include "session.h"
#include "windowactions.h"

#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "platform/profile.h"
#include "store/reader.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGroupBox>
#include <QJsonDocument>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeEdit>
#include <QTimer>

using namespace relaydesk;

// The test's notification daemon.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
        qint64 conversation() const { return hints.value(QStringLiteral("x-relaydesk-conversation")).toLongLong(); }
    };

    explicit FakeDaemon(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }

    QList<Call> calls;
    QList<uint> closedIds;

    QList<Call> callsFor(qint64 conversation) const
    {
        QList<Call> found;
        for (const Call &call : calls) {
            if (call.conversation() == conversation)
                found.append(call);
        }
        return found;
    }
    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"), name);
        signal.setArguments(arguments);
        QVERIFY(m_bus.send(signal));
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        const uint id = replacesId ? replacesId : m_next++;
        calls.append({appName, replacesId, icon, summary, body, actions, hints, id});
        return id;
    }
    QStringList GetCapabilities() const
    {
        return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("inline-reply"),
                QStringLiteral("persistence")};
    }
    void CloseNotification(uint id)
    {
        closedIds.append(id);
        emitSignal(QStringLiteral("NotificationClosed"), {id, 3u});
    }

private:
    QDBusConnection m_bus;
    uint m_next = 1;
};

// Listens for the dock badge's count (Unity's LauncherEntry signal).
class BadgeWatcher : public QObject
{
    Q_OBJECT

public:
    QString app;
    qint64 count = -1;
    bool visible = false;

public slots:
    void update(const QString &application, const QVariantMap &properties)
    {
        app = application;
        count = properties.value(QStringLiteral("count")).toLongLong();
        visible = properties.value(QStringLiteral("count-visible")).toBool();
    }
};

class TestNotifications : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    QTemporaryDir m_root;
    std::optional<Profile> m_profile;
    std::unique_ptr<store::Store> m_history;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<models::ConversationListModel> m_conversations;
    std::unique_ptr<models::MessageListModel> m_messages;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::WindowActions> m_actions;
    std::unique_ptr<app::Notifications> m_notifications;
    std::unique_ptr<FakeDaemon> m_daemon;
    BadgeWatcher m_badge;

    // A new customer writes: returns their conversation, known from its first notification.
    qint64 newCustomer(const QString &text, QString *visitor = nullptr)
    {
        const QString token = test::newVisitor(m_server.baseUrl(), m_shopKey);
        const int before = int(m_daemon->calls.size());
        if (!test::customerWrites(m_server.baseUrl(), m_shopKey, token, text))
            return 0;
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (m_daemon->calls.size() == before && !deadline.hasExpired())
            QTest::qWait(10);
        if (visitor)
            *visitor = token;
        return m_daemon->calls.size() > before ? m_daemon->calls.last().conversation() : 0;
    }

    // Writes and waits until the message is in the history, then a little
    // longer than the notifications' coalescing.
    bool writeAndSettle(const QString &visitor, qint64 conversation, const QString &text)
    {
        if (!test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, text))
            return false;
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (!deadline.hasExpired()) {
            const auto newest = m_history->reader().newestMessages(conversation, 1);
            if (!newest.isEmpty() && newest.constFirst().text == text) {
                QTest::qWait(400);
                return true;
            }
            QTest::qWait(10);
        }
        return false;
    }

    void setSettings(const std::function<void(ui::NotificationSettings &)> &edit)
    {
        auto settings = m_profile->settings();
        ui::NotificationSettings values = ui::NotificationSettings::load(*settings);
        edit(values);
        values.save(*settings);
        m_notifications->applySettings();
    }

private slots:
    void initTestCase()
    {
        // Nothing of this suite may land in a real autostart folder.
        qputenv("XDG_CONFIG_HOME", m_root.filePath(QStringLiteral("config")).toUtf8());
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("daemon"));
        QVERIFY2(bus.isConnected(), "the suite needs its own session bus (run through ctest: KEYRING)");
        m_daemon = std::make_unique<FakeDaemon>(bus);
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_daemon.get(),
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(bus.connect(QString(), QStringLiteral("/com/canonical/unity/launcherentry/relaydesk"),
                            QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"), &m_badge,
                            SLOT(update(QString, QVariantMap))));

        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("b1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Bima")));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        // Written before the app started: history the first sync brings, not news.
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, test::newVisitor(m_server.baseUrl(), m_shopKey),
                                     QStringLiteral("Written while the app was closed")));
        QTest::qWait(20); // the message's time is before the notifications start

        m_profile = Profile::open(m_root.filePath(QStringLiteral("agent")), nullptr);
        QVERIFY(m_profile);
        store::OpenError openError;
        m_history = store::Store::open({m_profile->databasePath(), m_profile->searchIndexPath()},
                                       store::DatabaseKey::generateRaw(), &openError);
        QVERIFY2(m_history, qPrintable(openError.message));
        m_window = std::make_unique<ui::MainWindow>(*m_profile, m_server.baseUrl());
        m_conversations = std::make_unique<models::ConversationListModel>(m_history.get());
        m_messages = std::make_unique<models::MessageListModel>(m_history.get());
        m_window->conversationPane()->setModel(m_conversations.get());
        m_window->threadPane()->setModel(m_messages.get());
        m_session = std::make_unique<app::Session>(*m_profile, m_history.get(), m_server.baseUrl());
        m_actions = std::make_unique<app::WindowActions>(*m_window, *m_session, *m_conversations, *m_messages,
                                                         m_history.get());
        m_notifications = std::make_unique<app::Notifications>(*m_profile, *m_window, *m_session, *m_actions,
                                                               m_history.get(), platform::Notifier::create());
        // No tray under offscreen: the code copes, the picture is still drawn.
        QCOMPARE(m_notifications->trayIcon() == nullptr, !QSystemTrayIcon::isSystemTrayAvailable());
        QTRY_VERIFY(m_notifications->notifier()->canReply()); // GetCapabilities answered, asynchronously

        bool done = false, ok = false;
        m_session->signIn(m_server.baseUrl(), QStringLiteral("a1@shop.example"), QString::fromUtf8(test::kPassword),
                          [&](bool success, const QString &) {
                              done = true;
                              ok = success;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->statusText().startsWith(QLatin1String("Online")), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_conversations->rowCount(), 1, test::kDeadlineMs);
        QTRY_COMPARE(m_notifications->unreadCount(), 1); // counted in the tray…
        QTest::qWait(400);
        QCOMPARE(m_daemon->calls.size(), 0); // …but no pop-up
    }

    void cleanupTestCase()
    {
        if (m_session)
            m_session->signOut();
    }

    void aCustomerMessageNotifiesAndOpenShowsTheConversation()
    {
        const qint64 unreadBefore = m_notifications->unreadCount();
        const QIcon idle = m_notifications->trayPicture();
        const qint64 conversation = newCustomer(QStringLiteral("Where is my order #1043?"));
        QVERIFY(conversation > 0);
        const FakeDaemon::Call call = m_daemon->calls.last();
        QCOMPARE(call.appName, QStringLiteral("Relaydesk"));
        QCOMPARE(call.icon, QStringLiteral("example.relaydesk.Relaydesk"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, m_history->reader().conversation(conversation)->contactName);
        QVERIFY(!call.summary.isEmpty());
        QCOMPARE(call.body, QStringLiteral("Where is my order #1043?"));
        for (const char *expected : {"open", "Open", "mark-read", "Mark read", "inline-reply"})
            QVERIFY2(call.actions.contains(QLatin1String(expected)), expected);
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("example.relaydesk.Relaydesk"));
        QCOMPARE(call.hints.value(QStringLiteral("sound-name")).toString(), QStringLiteral("message-new-instant"));
        QCOMPARE(m_notifications->shownCount(conversation), 1);

        // The tray's count follows the store; its picture changes while customers wait.
        QTRY_COMPARE(m_notifications->unreadCount(), unreadBefore + 1);
        QVERIFY(m_notifications->trayPicture().pixmap(32).toImage() != idle.pixmap(32).toImage());
        QVERIFY(m_notifications->trayPicture().pixmap(64).toImage().save(
            test::outputPath(QStringLiteral("tray-unread.png"))));
        // The dock/taskbar badge says the same.
        QTRY_COMPARE(m_badge.count, qint64(m_notifications->unreadCount()));
        QVERIFY(m_badge.visible);
        QCOMPARE(m_badge.app, QStringLiteral("application://example.relaydesk.Relaydesk.desktop"));

        QVERIFY(m_window->threadPane()->conversationId() != conversation);
        m_daemon->emitSignal(QStringLiteral("ActionInvoked"), {call.id, QStringLiteral("open")});
        QTRY_COMPARE(m_window->threadPane()->conversationId(), conversation);
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->conversationPane()
                     ->listView()
                     ->currentIndex()
                     .data(models::ConversationListModel::IdRole)
                     .toLongLong(),
                 conversation);
        QTRY_VERIFY(m_daemon->closedIds.contains(call.id)); // the notification went away
        QCOMPARE(m_notifications->shownCount(conversation), 0);
    }

    // A message of several lines is one line in the pop-up; a long one is
    // cut between graphemes, never inside an emoji.
    void theBodyIsOneLine()
    {
        QVERIFY(newCustomer(QStringLiteral("Kirim ke:\n  Jl. Sudirman 12\r\n\nJakarta 🙏")) > 0);
        QCOMPARE(m_daemon->calls.last().body, QStringLiteral("Kirim ke: Jl. Sudirman 12 Jakarta 🙏"));
        const QString words(198, QLatin1Char('a'));
        QVERIFY(newCustomer(words + QStringLiteral("👩‍💻 and more")) > 0);
        QCOMPARE(m_daemon->calls.last().body, words + QChar(0x2026));
    }

    void markReadSendsTheCommand()
    {
        const qint64 conversation = newCustomer(QStringLiteral("Do you ship to Oman?"));
        QVERIFY(conversation > 0);
        QTRY_COMPARE(m_history->reader().conversation(conversation)->unreadCount, 1);
        m_daemon->emitSignal(QStringLiteral("ActionInvoked"), {m_daemon->calls.last().id, QStringLiteral("mark-read")});
        // conversation.read went through the outbox; the server's event brought the count back.
        QTRY_COMPARE_WITH_TIMEOUT(m_history->reader().conversation(conversation)->unreadCount, 0, test::kDeadlineMs);
        QTRY_VERIFY(m_daemon->closedIds.contains(m_daemon->calls.last().id));
    }

    void anInlineReplyIsSent()
    {
        const qint64 conversation = newCustomer(QStringLiteral("Is the blue kettle in stock?"));
        QVERIFY(conversation > 0);
        m_daemon->emitSignal(QStringLiteral("NotificationReplied"),
                             {m_daemon->calls.last().id, QStringLiteral("Yes, 4 left")});
        // Acknowledged by the server: the message has the server's id.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const auto &m : m_history->reader().newestMessages(conversation, 5)) {
                                         if (m.text == QLatin1String("Yes, 4 left")
                                             && m.direction == QLatin1String("out") && m.serverId > 0)
                                             return true;
                                     }
                                     return false;
                                 }()),
                                 test::kDeadlineMs);
    }

    void theConversationOnScreenIsQuiet()
    {
        QString visitor;
        const qint64 conversation = newCustomer(QStringLiteral("Hello?"), &visitor);
        QVERIFY(conversation > 0);
        m_actions->openAt(conversation, 0);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const int before = int(m_daemon->callsFor(conversation).size());
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("Are you there?")));
        QCOMPARE(m_daemon->callsFor(conversation).size(), before);

        // Another conversation still notifies, and this one does once the agent looks elsewhere.
        const qint64 other = newCustomer(QStringLiteral("Different question"));
        QVERIFY(other > 0 && other != conversation);
        m_actions->openAt(other, 0);
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("Hello again")));
        QTRY_COMPARE(m_daemon->callsFor(conversation).size(), before + 1);
        QCOMPARE(m_daemon->callsFor(conversation).last().body, QStringLiteral("Hello again"));

        // Popped out into its own window (Ctrl+Shift+O), focused there: quiet too.
        m_actions->openAt(conversation, 0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_actions->popOuts()->windowOf(conversation));
        QWidget *popped = m_actions->popOuts()->windowOf(conversation);
        m_actions->openAt(other, 0);
        popped->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(popped));
        const int seen = int(m_daemon->callsFor(conversation).size());
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("Read in its own window")));
        QCOMPARE(m_daemon->callsFor(conversation).size(), seen);
        popped->close();
        QTRY_VERIFY(!m_actions->popOuts()->windowOf(conversation));
    }

    void aMutedConversationIsQuiet()
    {
        QString visitor;
        const qint64 conversation = newCustomer(QStringLiteral("First"), &visitor);
        QVERIFY(conversation > 0);
        const int unread = m_notifications->unreadCount();
        // Conversation → Mute notifications (Ctrl+Shift+M) on the open conversation.
        QAction *mute = m_notifications->muteAction();
        QVERIFY(std::any_of(mute->associatedObjects().cbegin(), mute->associatedObjects().cend(),
                            [](QObject *owner) { return qobject_cast<QMenu *>(owner) != nullptr; }));
        m_actions->openAt(conversation, 0);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_history->reader().conversation(conversation)->muted, test::kDeadlineMs);
        m_window->hide();                                     // not looking at it any more
        QTRY_VERIFY(m_notifications->unreadCount() < unread); // muted unread messages are not counted
        const int before = int(m_daemon->callsFor(conversation).size());
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("Second, muted")));
        QCOMPARE(m_daemon->callsFor(conversation).size(), before);

        mute->trigger(); // the thread still shows it: unmuted
        QTRY_VERIFY_WITH_TIMEOUT(!m_history->reader().conversation(conversation)->muted, test::kDeadlineMs);
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("Third, heard")));
        QTRY_COMPARE(m_daemon->callsFor(conversation).size(), before + 1);
    }

    void doNotDisturbAndItsSchedule()
    {
        QString visitor;
        const qint64 conversation = newCustomer(QStringLiteral("Before the quiet"), &visitor);
        QVERIFY(conversation > 0);
        int calls = int(m_daemon->callsFor(conversation).size());

        setSettings([](ui::NotificationSettings &s) { s.doNotDisturb = true; });
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("During do not disturb")));
        QCOMPARE(m_daemon->callsFor(conversation).size(), calls);

        // Every day 19:00–08:00: quiet at 23:30 and at 07:59, not at noon.
        setSettings([](ui::NotificationSettings &s) {
            s.doNotDisturb = false;
            s.scheduled = true;
            s.quietFrom = QTime(19, 0);
            s.quietTo = QTime(8, 0);
        });
        for (const QTime &night : {QTime(23, 30), QTime(7, 59)}) {
            m_notifications->setClock([night] { return QDateTime(QDate(2026, 3, 2), night); });
            QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("At %1").arg(night.toString())));
            QCOMPARE(m_daemon->callsFor(conversation).size(), calls);
        }
        m_notifications->setClock([] { return QDateTime(QDate(2026, 3, 2), QTime(12, 0)); });
        QVERIFY(writeAndSettle(visitor, conversation, QStringLiteral("At noon")));
        QTRY_COMPARE(m_daemon->callsFor(conversation).size(), calls + 1);
        setSettings([](ui::NotificationSettings &s) { s.scheduled = false; });
        m_notifications->setClock([] { return QDateTime::currentDateTime(); });
    }

    void aBurstIsOneNotificationUpdatedInPlace()
    {
        QString visitor;
        const qint64 conversation = newCustomer(QStringLiteral("Burst 1"), &visitor);
        QVERIFY(conversation > 0);
        // Written from another thread while this one waits: the burst reaches
        // the desktop at once however slowly a loaded machine serves each write.
        int written = 0;
        std::unique_ptr<QThread> customer(QThread::create([&] {
            QNetworkAccessManager network;
            for (int i = 2; i <= 20; ++i) {
                QNetworkRequest request(
                    m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1/webchat/%1/messages").arg(m_shopKey))));
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                request.setRawHeader("Authorization", "Visitor " + visitor.toLatin1());
                QNetworkReply *reply = network.post(
                    request,
                    QJsonDocument(QJsonObject{{QStringLiteral("text"), QStringLiteral("Burst %1").arg(i)}}).toJson());
                QEventLoop loop;
                QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(20000, &loop, &QEventLoop::quit);
                if (!reply->isFinished())
                    loop.exec();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2)
                    ++written;
                delete reply;
            }
        }));
        customer->start();
        customer->wait();
        QCOMPARE(written, 19);
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications->shownCount(conversation), 20, test::kDeadlineMs);
        QTest::qWait(400);
        const QList<FakeDaemon::Call> calls = m_daemon->callsFor(conversation);
        QVERIFY2(calls.size() < 20, qPrintable(QString::number(calls.size())));
        QSet<uint> ids;
        for (int i = 0; i < calls.size(); ++i) {
            ids.insert(calls.at(i).id);
            QCOMPARE(calls.at(i).replacesId, i == 0 ? 0u : calls.first().id);
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(calls.last().body, QStringLiteral("20 new messages. Latest: Burst 20"));
    }

    void previewsCanBeHiddenAndSoundOff()
    {
        setSettings([](ui::NotificationSettings &s) {
            s.preview = false;
            s.sound = false;
        });
        const qint64 conversation = newCustomer(QStringLiteral("My card number is 4111…"));
        QVERIFY(conversation > 0);
        const FakeDaemon::Call call = m_daemon->calls.last();
        QCOMPARE(call.body, QStringLiteral("New message"));
        QVERIFY(!call.hints.contains(QStringLiteral("sound-name")));
        QCOMPARE(call.hints.value(QStringLiteral("suppress-sound")).toBool(), true);
        setSettings([](ui::NotificationSettings &s) {
            s.preview = true;
            s.sound = true;
        });
    }

    void theSettingsDialog()
    {
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(m_notifications->settingsDialog() && m_notifications->settingsDialog()->isVisible());
        ui::SettingsDialog *dialog = m_notifications->settingsDialog();
        for (QWidget *control :
             std::initializer_list<QWidget *>{dialog->enabledBox(), dialog->previewBox(), dialog->soundBox(),
                                              dialog->doNotDisturbBox(), dialog->scheduleBox(), dialog->fromEdit(),
                                              dialog->toEdit(), dialog->startWithSessionBox()})
            QVERIFY(!control->accessibleName().isEmpty());
        QVERIFY(dialog->enabledBox()->isChecked());
        QVERIFY(!dialog->startWithSessionBox()->isChecked());

        // Each change is stored at once.
        dialog->scheduleBox()->setChecked(true);
        dialog->fromEdit()->setTime(QTime(18, 30));
        auto stored = [this] { return ui::NotificationSettings::load(*m_profile->settings()); };
        QVERIFY(stored().scheduled);
        QCOMPARE(stored().quietFrom, QTime(18, 30));
        QCOMPARE(stored().quietTo, QTime(8, 0));
        dialog->previewBox()->setChecked(false);
        QVERIFY(!stored().preview);
        QVERIFY(dialog->grab().toImage().save(test::outputPath(QStringLiteral("settings-dialog.png"))));

        // Start with my session: an XDG autostart entry that starts this profile.
        const QString entry = m_root.filePath(QStringLiteral("config/autostart/example.relaydesk.Relaydesk.desktop"));
        dialog->startWithSessionBox()->setChecked(true);
        QVERIFY(QFile::exists(entry));
        QVERIFY(platform::startsWithSession());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
        QVERIFY(text.contains(QLatin1String("\nType=Application\n")));
        QVERIFY(text.contains(QLatin1String("\nIcon=example.relaydesk.Relaydesk\n")));
        QVERIFY2(text.contains(QStringLiteral("--profile ") + m_profile->directory()), qPrintable(text));
        dialog->startWithSessionBox()->setChecked(false);
        QVERIFY(!QFile::exists(entry));

        // Notifications off: nothing is shown.
        dialog->enabledBox()->setChecked(false);
        QVERIFY(!dialog->previewBox()->isEnabled());
        const int before = int(m_daemon->calls.size());
        const QString visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, QStringLiteral("Anybody?")));
        QTest::qWait(1500);
        QCOMPARE(m_daemon->calls.size(), before);
        dialog->enabledBox()->setChecked(true);
        dialog->previewBox()->setChecked(true);
        dialog->scheduleBox()->setChecked(false);
        dialog->close();
    }

    // A colleague's note that names the agent reaches them, even muted; a
    // note that names someone else, or no one, does not.
    void aMentionInANoteNotifiesTheAgentMentioned()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->agentNames().value(m_session->agentId()).isEmpty(), test::kDeadlineMs);
        const QString me = m_session->agentNames().value(m_session->agentId());
        const qint64 conversation = newCustomer(QStringLiteral("Can someone check my refund?"));
        QVERIFY(conversation > 0);
        const qint64 serverId = m_history->reader().conversation(conversation)->id;
        m_window->hide();
        const QString token =
            test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                           QJsonObject{{QStringLiteral("email"), QStringLiteral("b1@shop.example")},
                                       {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}})
                .body.value(QStringLiteral("token"))
                .toString();
        QVERIFY(!token.isEmpty());
        test::StreamClient colleague;
        QVERIFY(colleague.connectTo(m_server.baseUrl()));
        colleague.hello(token, 0);
        QVERIFY(!colleague.waitFor(QStringLiteral("welcome")).isEmpty());
        auto note = [&](const QString &text) {
            const QString id = colleague.command(QStringLiteral("message.send"),
                                                 {{QStringLiteral("conversation_id"), serverId},
                                                  {QStringLiteral("kind"), QStringLiteral("note")},
                                                  {QStringLiteral("text"), text}});
            return colleague.waitFor(QStringLiteral("ack"), 10000, id).value(QStringLiteral("ok")).toBool();
        };
        const int before = int(m_daemon->callsFor(conversation).size());
        QVERIFY(note(QStringLiteral("Refund policy says 14 days.")));
        QVERIFY(note(QStringLiteral("@%1x is not you").arg(me)));
        QTest::qWait(600);
        QCOMPARE(m_daemon->callsFor(conversation).size(), before);

        QVERIFY(note(QStringLiteral("@%1 can you approve this refund?").arg(me)));
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->callsFor(conversation).size(), before + 1, test::kDeadlineMs);
        const FakeDaemon::Call call = m_daemon->callsFor(conversation).last();
        QVERIFY2(call.summary.endsWith(QStringLiteral("mentioned you")), qPrintable(call.summary));
        QVERIFY2(call.body.contains(QStringLiteral("can you approve this refund?")), qPrintable(call.body));
    }

    void withoutADaemonTheTrayTakesOver()
    {
        QSignalSpy undelivered(m_notifications->notifier(), &platform::Notifier::undelivered);
        QVERIFY(QDBusConnection(QStringLiteral("daemon"))
                    .unregisterService(QStringLiteral("org.freedesktop.Notifications")));
        const QString visitor = test::newVisitor(m_server.baseUrl(), m_shopKey);
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, QStringLiteral("Is anyone listening?")));
        QTRY_COMPARE_WITH_TIMEOUT(undelivered.size(), 1, test::kDeadlineMs);
        QCOMPARE(undelivered.first().first().value<platform::Notification>().body,
                 QStringLiteral("Is anyone listening?"));
    }

    void quietHoursAcrossMidnight_data()
    {
        QTest::addColumn<QTime>("from");
        QTest::addColumn<QTime>("to");
        QTest::addColumn<QTime>("now");
        QTest::addColumn<bool>("quiet");
        QTest::newRow("evening") << QTime(19, 0) << QTime(8, 0) << QTime(19, 0) << true;
        QTest::newRow("after midnight") << QTime(19, 0) << QTime(8, 0) << QTime(2, 0) << true;
        QTest::newRow("morning ends it") << QTime(19, 0) << QTime(8, 0) << QTime(8, 0) << false;
        QTest::newRow("day") << QTime(19, 0) << QTime(8, 0) << QTime(12, 0) << false;
        QTest::newRow("lunch") << QTime(12, 0) << QTime(13, 0) << QTime(12, 30) << true;
        QTest::newRow("after lunch") << QTime(12, 0) << QTime(13, 0) << QTime(13, 30) << false;
        QTest::newRow("empty") << QTime(9, 0) << QTime(9, 0) << QTime(9, 0) << false;
    }
    void quietHoursAcrossMidnight()
    {
        QFETCH(QTime, from);
        QFETCH(QTime, to);
        QFETCH(QTime, now);
        QFETCH(bool, quiet);
        ui::NotificationSettings settings;
        settings.scheduled = true;
        settings.quietFrom = from;
        settings.quietTo = to;
        QCOMPARE(settings.quietAt(now), quiet);
        settings.scheduled = false;
        QVERIFY(!settings.quietAt(now));
        settings.doNotDisturb = true;
        QVERIFY(settings.quietAt(now));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
