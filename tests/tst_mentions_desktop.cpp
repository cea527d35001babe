// @mentions in private notes through the app as main() builds it
// (app::Desktop) against the real server: in a note, "@" and the start of a
// colleague's name offer them (never in a reply, never the agent writing),
// the keyboard chooses, and the note reaches the server as a note with the
// name written out; a colleague's note that names this agent pops up a
// desktop notification "… mentioned you" whose Open shows the conversation,
// while a note naming someone else, or the agent's own, says nothing.
// The suite owns org.freedesktop.Notifications on its own session bus
// (KEYRING in tests/CMakeLists.txt), as tst_notifications does.
// (The quick replies' list, its text and Send left uncovered, are checked
// through app::Desktop in tst_composer_features.)

#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"
#include "streamclient.h"

#include "desktop.h"
#include "mainwindow.h"
#include "session.h"

#include "currentconversation.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "widgets/composer.h"
#include "widgets/mentions.h"

#include <QAbstractItemView>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonArray>
#include <QPainter>
#include <QTest>

using namespace relaydesk;

// The test's notification daemon: records every Notify.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString summary;
        QString body;
        QVariantMap hints;
        uint id = 0;
        qint64 conversation() const { return hints.value(QStringLiteral("x-relaydesk-conversation")).toLongLong(); }
    };

    explicit FakeDaemon(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }

    QList<Call> calls;

    // The pop-ups that say someone mentioned the agent.
    QList<Call> mentions() const
    {
        QList<Call> found;
        for (const Call &call : calls) {
            if (call.summary.endsWith(QLatin1String("mentioned you")))
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
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        const uint id = replacesId ? replacesId : m_next++;
        calls.append({summary, body, hints, id});
        return id;
    }
    QStringList GetCapabilities() const
    {
        return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("persistence")};
    }
    void CloseNotification(uint id) { emitSignal(QStringLiteral("NotificationClosed"), {id, 3u}); }

private:
    QDBusConnection m_bus;
    uint m_next = 1;
};

class TestMentionsDesktop : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QTemporaryDir m_config;
    QString m_shopKey;
    QByteArray m_bearer;
    std::unique_ptr<FakeDaemon> m_daemon;

    QString tokenOf(const QString &email)
    {
        return test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                              QJsonObject{{QStringLiteral("email"), email},
                                          {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}})
            .body.value(QStringLiteral("token"))
            .toString();
    }

    // The conversation's messages as the server has them.
    QJsonArray serverMessages(qint64 conversationId)
    {
        return test::httpCall(m_server.baseUrl(), "GET",
                              QStringLiteral("/v1/conversations/%1/messages?limit=200").arg(conversationId), {},
                              m_bearer)
            .body.value(QStringLiteral("messages"))
            .toArray();
    }
    QString serverKindOf(qint64 conversationId, const QString &text)
    {
        for (const QJsonValue &m : serverMessages(conversationId)) {
            if (m[QStringLiteral("text")].toString() == text)
                return m[QStringLiteral("kind")].toString();
        }
        return {};
    }

    qint64 newCustomer(test::DesktopFixture &app, const QString &text)
    {
        const QString token = test::newVisitor(m_server.baseUrl(), m_shopKey);
        if (!test::customerWrites(m_server.baseUrl(), m_shopKey, token, text))
            return 0;
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (!deadline.hasExpired()) {
            for (const auto &row : app.history->reader().conversations({}, 500)) {
                if (row.lastPreview == text)
                    return row.id;
            }
            QTest::qWait(20);
        }
        return 0;
    }

    // Signed in as Ana, the window shown and active, the colleagues' names known.
    bool start(test::DesktopFixture &app)
    {
        if (!app.open(m_server.baseUrl()))
            return false;
        bool done = false, ok = false;
        app.desktop->session().signIn(m_server.baseUrl(), QStringLiteral("ana@shop.example"),
                                      QString::fromUtf8(test::kPassword), [&](bool success, const QString &) {
                                          done = true;
                                          ok = success;
                                      });
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (!(done && app.desktop->session().agentNames().size() == 3) && !deadline.hasExpired())
            QTest::qWait(10);
        ui::MainWindow &window = app.desktop->window();
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        return ok && app.desktop->session().agentNames().size() == 3 && QTest::qWaitForWindowActive(&window);
    }

    // Whether the store has the note (it came back through the stream).
    static bool stored(test::DesktopFixture &app, qint64 conversationId, const QString &text)
    {
        for (const store::MessageRow &row : app.history->reader().newestMessages(conversationId, 20)) {
            if (row.text == text)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        // Nothing of this suite may land in a real autostart folder.
        qputenv("XDG_CONFIG_HOME", m_config.filePath(QStringLiteral("config")).toUtf8());
        // The daemon is on the bus before any Desktop asks for its capabilities.
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("daemon"));
        QVERIFY2(bus.isConnected(), "the suite needs its own session bus (run through ctest: KEYRING)");
        m_daemon = std::make_unique<FakeDaemon>(bus);
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_daemon.get(),
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("rio@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Rio Santos")));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("bima@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Bima")));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
        m_bearer = "Bearer " + tokenOf(QStringLiteral("ana@shop.example")).toLatin1();
        QVERIFY(m_bearer.size() > 10);
    }

    void aNoteOffersColleaguesAndGoesAsANote()
    {
        test::DesktopFixture app;
        QVERIFY(start(app));
        ui::MainWindow &window = app.desktop->window();
        const qint64 id = newCustomer(app, QStringLiteral("My refund has not arrived."));
        QVERIFY(id);
        window.current()->open(id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        ui::ThreadPane *thread = window.threadPane();
        ui::Composer *composer = thread->composer();
        ui::MentionCompleter *mentions = composer->mentions();

        // A reply to the customer names no colleague.
        composer->setFocus();
        QTRY_VERIFY(composer->hasFocus());
        QTest::keyClicks(composer, QStringLiteral("Hi @ri"));
        QTest::qWait(100);
        QVERIFY(!mentions->isPopupVisible());
        composer->clear();

        // Ctrl+Shift+N: a note. "@" offers the colleagues, not the agent writing.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(thread->isNoteMode());
        QVERIFY(mentions->isActive());
        composer->setFocus();
        QTRY_VERIFY(composer->hasFocus());
        QTest::keyClicks(composer, QStringLiteral("Refund approved? @"));
        QTRY_VERIFY(mentions->isPopupVisible());
        QStringList offered = mentions->offered();
        offered.sort();
        QCOMPARE(offered, (QStringList{QStringLiteral("Bima"), QStringLiteral("Rio Santos")}));
        // Narrowed as the agent types.
        QTest::keyClicks(composer, QStringLiteral("ri"));
        QTRY_COMPARE(mentions->offered(), QStringList{QStringLiteral("Rio Santos")});
        QVERIFY(mentions->popup()->isVisible());
        {
            // The list is a window of its own: drawn where it is, over the window.
            QImage both = window.grab().toImage();
            QPainter painter(&both);
            painter.drawImage(mentions->popup()->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0)),
                              mentions->popup()->grab().toImage());
            painter.end();
            QVERIFY(both.save(test::outputPath(QStringLiteral("mentions-desktop-offered.png"))));
        }

        // Enter chooses: the whole name, then the agent goes on typing.
        QTest::keyClick(mentions->popup(), Qt::Key_Return);
        QTRY_VERIFY(!mentions->isPopupVisible());
        QCOMPARE(composer->toPlainText(), QStringLiteral("Refund approved? @Rio Santos "));
        QTRY_VERIFY(composer->hasFocus());
        QTest::keyClicks(composer, QStringLiteral("please send it today"));
        const QString note = QStringLiteral("Refund approved? @Rio Santos please send it today");
        QCOMPARE(composer->toPlainText(), note);

        // Enter adds the note: on the server as a note, with the name written out.
        const int before = int(m_daemon->mentions().size());
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(serverKindOf(id, note), QStringLiteral("note"), test::kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(stored(app, id, note), test::kDeadlineMs);
        QVERIFY(composer->toPlainText().isEmpty());
        // Nobody tells the agent about their own note.
        QTest::qWait(400);
        QCOMPARE(m_daemon->mentions().size(), before);
    }

    void aColleaguesNoteNamingTheAgentNotifies()
    {
        test::DesktopFixture app;
        QVERIFY(start(app));
        ui::MainWindow &window = app.desktop->window();
        const qint64 id = newCustomer(app, QStringLiteral("Can someone approve my exchange?"));
        const qint64 elsewhere = newCustomer(app, QStringLiteral("Do you ship to Bali?"));
        QVERIFY(id && elsewhere);
        // The agent is looking at another conversation.
        window.current()->open(elsewhere);
        QTRY_COMPARE(window.threadPane()->conversationId(), elsewhere);

        test::StreamClient rio;
        QVERIFY(rio.connectTo(m_server.baseUrl()));
        rio.hello(tokenOf(QStringLiteral("rio@shop.example")), 0);
        QVERIFY(!rio.waitFor(QStringLiteral("welcome")).isEmpty());
        auto note = [&](const QString &text) {
            const QString clientId = rio.command(QStringLiteral("message.send"),
                                                 {{QStringLiteral("conversation_id"), id},
                                                  {QStringLiteral("kind"), QStringLiteral("note")},
                                                  {QStringLiteral("text"), text}});
            return rio.waitFor(QStringLiteral("ack"), test::kDeadlineMs, clientId).value(QStringLiteral("ok")).toBool();
        };
        const int before = int(m_daemon->mentions().size());

        // Naming someone else, or a longer word than the agent's name: nothing.
        const QString forBima = QStringLiteral("@Bima can you check the stock?");
        const QString notAna = QStringLiteral("@Anastasia knows the exchange rules");
        QVERIFY(note(forBima));
        QVERIFY(note(notAna));
        QTRY_VERIFY_WITH_TIMEOUT(stored(app, id, forBima) && stored(app, id, notAna), test::kDeadlineMs);
        QTest::qWait(600); // longer than the notifications' coalescing
        QCOMPARE(m_daemon->mentions().size(), before);

        // Naming the agent: "Rio Santos mentioned you", with the note.
        QVERIFY(note(QStringLiteral("@Ana please approve this exchange")));
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->mentions().size(), before + 1, test::kDeadlineMs);
        const FakeDaemon::Call call = m_daemon->mentions().constLast();
        QCOMPARE(call.summary, QStringLiteral("Rio Santos mentioned you"));
        QVERIFY2(call.body.contains(QStringLiteral("please approve this exchange")), qPrintable(call.body));
        QCOMPARE(call.conversation(), id);
        QTest::qWait(400);
        QCOMPARE(m_daemon->mentions().size(), before + 1); // once

        // Its Open shows the conversation.
        m_daemon->emitSignal(QStringLiteral("ActionInvoked"), {call.id, QStringLiteral("open")});
        QTRY_COMPARE(window.current()->id(), id);
        QTRY_COMPARE(window.threadPane()->conversationId(), id);
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("mentions-desktop-opened.png"))));

        // Looking at it, a second mention is not popped up.
        QVERIFY(note(QStringLiteral("@Ana done?")));
        QTRY_VERIFY_WITH_TIMEOUT(stored(app, id, QStringLiteral("@Ana done?")), test::kDeadlineMs);
        QTest::qWait(600);
        QCOMPARE(m_daemon->mentions().size(), before + 1);
    }
};

QTEST_MAIN(TestMentionsDesktop)
#include "tst_mentions_desktop.moc"
