// Relaydesk as a screen reader meets it (issue 18): the real `relaydesk`
// binary under Xvfb, read and driven from this process over AT-SPI on a
// private accessibility bus, with keys typed on the X display and nothing
// else. Assistive tools' GetAll is answered and the app lives; no control a
// person can reach is without a name; and an agent's work is done through
// what AT-SPI exposes: sign in, find and open a conversation with Ctrl+K,
// reply, write a note, assign, snooze, resolve and move the lead, each
// checked through the server's REST.

#include "atspiclient.h"
#include "httpcall.h"
#include "linkclient.h"
#include "serverprocess.h"

#include <QDBusVariant>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using test::AtSpiObject;
namespace state = test::atspistate;

class TestAtSpi : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    test::AtSpiSession m_atspi;
    QTemporaryDir m_profile;
    QProcess m_app;
    AtSpiObject m_root;
    QString m_shopKey;
    QByteArray m_bearer;
    qint64 m_maya = 0;                  // Maya Lestari's conversation on the server
    QHash<QString, QString> m_visitors; // each customer's web-chat token, by name

    // Keys and text typed on the display, as a keyboard does (xdotool).
    static bool keys(const QString &sequence)
    {
        return QProcess::execute(QStringLiteral("xdotool"),
                                 {QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("60"), sequence})
               == 0;
    }
    static bool type(const QString &text)
    {
        return QProcess::execute(QStringLiteral("xdotool"),
                                 {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text})
               == 0;
    }
    // The app's visible window gets the keyboard (with no window manager,
    // nothing gives it; a person would click it).
    bool focusWindow()
    {
        QProcess search;
        // Its own windows, by title (never a tooltip or a popup list).
        search.start(QStringLiteral("xdotool"),
                     {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                      QString::number(m_app.processId()), QStringLiteral("--name"), QStringLiteral("Relaydesk")});
        search.waitForFinished(5000);
        const QStringList windows =
            QString::fromLatin1(search.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (windows.isEmpty())
            return false;
        return QProcess::execute(QStringLiteral("xdotool"),
                                 {QStringLiteral("windowfocus"), QStringLiteral("--sync"), windows.constLast()})
               == 0;
    }

    // A conversation as the server has it, by id or (`preview`) by what was said last.
    QJsonObject conversationOnServer(qint64 id, const QString &preview = {})
    {
        const test::HttpAnswer answer = test::httpCall(m_server.baseUrl(), "GET",
                                                       QStringLiteral("/v1/conversations?limit=200"), {}, m_bearer);
        for (const QJsonValue &value : answer.body.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject conversation = value.toObject();
            if (conversation.value(QStringLiteral("id")).toInteger() == id
                || (!preview.isEmpty() && conversation.value(QStringLiteral("last_preview")).toString() == preview))
                return conversation;
        }
        return {};
    }
    QJsonArray messagesOnServer(qint64 conversation)
    {
        return test::httpCall(m_server.baseUrl(), "GET",
                              QStringLiteral("/v1/conversations/%1/messages?limit=100").arg(conversation), {}, m_bearer)
            .body.value(QStringLiteral("messages"))
            .toArray();
    }
    bool serverHasMessage(qint64 conversation, const QString &kind, const QString &text)
    {
        for (const QJsonValue &value : messagesOnServer(conversation)) {
            const QJsonObject message = value.toObject();
            if (message.value(QStringLiteral("kind")).toString() == kind
                && message.value(QStringLiteral("text")).toString() == text)
                return true;
        }
        return false;
    }

    // What the app announced (an alert shown) since `from` in the events.
    QStringList announcedSince(int from)
    {
        QStringList said;
        for (int i = from; i < m_atspi.received.size(); ++i) {
            const test::AtSpiSession::Event &event = m_atspi.received.at(i);
            if (event.kind == QLatin1String("showing") && event.detail1 == 1
                && m_atspi.call(event.source, QStringLiteral("org.a11y.atspi.Accessible"), QStringLiteral("GetRole"))
                           .arguments()
                           .value(0)
                           .toUInt()
                       == 2) // ATSPI_ROLE_ALERT ("alert message" in Qt's words)
                said.append(m_atspi.name(event.source));
        }
        return said;
    }

    // The focused object's role and name, as a screen reader says them when
    // the focus moves: from the last focus event the app sent.
    QString focused()
    {
        for (auto it = m_atspi.received.crbegin(); it != m_atspi.received.crend(); ++it) {
            if (it->kind == QLatin1String("focused") && it->detail1 == 1)
                return m_atspi.roleName(it->source) + QStringLiteral(": ") + m_atspi.name(it->source);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_atspi.start(&error), qPrintable(error));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"),
                               test::kPassword, QStringLiteral("Ana"), QStringLiteral("admin")));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("ana@shop.example"));
        m_bearer = "Bearer "
                   + test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("ana@shop.example")},
                                                {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}})
                         .body.value(QStringLiteral("token"))
                         .toString()
                         .toLatin1();
        // Two customers with names, written before the agent's first start.
        for (const auto &[name, text] : {std::pair{"Maya Lestari", "Is the batik shirt back in size L?"},
                                         std::pair{"Tomas Reyes", "My parcel RD-2201 has not moved for days"}}) {
            const QString visitor = test::httpCall(m_server.baseUrl(), "POST",
                                                   QStringLiteral("/v1/webchat/%1/visitors").arg(m_shopKey),
                                                   QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}})
                                        .body.value(QStringLiteral("visitor_token"))
                                        .toString();
            QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, visitor, QString::fromLatin1(text)));
            m_visitors.insert(QString::fromLatin1(name), visitor);
        }
        m_maya = conversationOnServer(0, QStringLiteral("Is the batik shirt back in size L?"))
                     .value(QStringLiteral("id"))
                     .toInteger();
        QVERIFY(m_maya > 0);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        environment.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
        environment.remove(QStringLiteral("RELAYDESK_NO_DIALOGS")); // the sign-in is asked for, as on a desk
        m_app.setProcessEnvironment(environment);
        m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_app.start(QStringLiteral(RELAYDESK_APP_BINARY),
                    {QStringLiteral("--profile"), m_profile.filePath(QStringLiteral("agent")),
                     QStringLiteral("--server"), m_server.baseUrl().toString()});
        QVERIFY(m_app.waitForStarted(10000));
        const auto root = m_atspi.application(m_app.processId(), test::kDeadlineMs);
        QVERIFY2(root, "the app never appeared on the accessibility bus");
        m_root = *root;
        QVERIFY(m_atspi.listen({QStringLiteral("Object:StateChanged:focused"), QStringLiteral("Focus:"),
                                QStringLiteral("Object:StateChanged:showing")}));
    }

    // Assistive tools ask for all properties at once; Qt 6.4 alone would crash.
    void getAllIsAnsweredAndTheAppLives()
    {
        const QString properties = QStringLiteral("org.freedesktop.DBus.Properties");
        const QDBusMessage application = m_atspi.call(m_root, properties, QStringLiteral("GetAll"),
                                                      {QStringLiteral("org.a11y.atspi.Application")});
        QCOMPARE(application.type(), QDBusMessage::ReplyMessage);
        const QDBusMessage accessible = m_atspi.call(m_root, properties, QStringLiteral("GetAll"),
                                                     {QStringLiteral("org.a11y.atspi.Accessible")});
        QCOMPARE(accessible.type(), QDBusMessage::ReplyMessage);
        const QDBusMessage everything = m_atspi.call(m_root, properties, QStringLiteral("GetAll"), {QString()});
        QCOMPARE(everything.type(), QDBusMessage::ReplyMessage);
        const QList<AtSpiObject> windows = m_atspi.children(m_root);
        QVERIFY(!windows.isEmpty());
        const QDBusMessage child = m_atspi.call(windows.constFirst(), properties, QStringLiteral("GetAll"),
                                                {QStringLiteral("org.a11y.atspi.Component")});
        QVERIFY(child.type() == QDBusMessage::ReplyMessage || child.type() == QDBusMessage::ErrorMessage);
        QTest::qWait(300);
        QCOMPARE(m_app.state(), QProcess::Running);
        QCOMPARE(m_atspi.name(m_root), QStringLiteral("relaydesk"));
    }

    // A first start: only the sign-in, filled in and sent with the keyboard.
    void signInWithTheKeyboard()
    {
        const auto email = m_atspi.waitFor(
            m_root, QStringLiteral("text"), [](const QString &name) { return name.contains(QStringLiteral("E-mail")); },
            test::kDeadlineMs);
        QVERIFY2(email, "no e-mail field in the sign-in");
        QVERIFY(focusWindow());
        QVERIFY(m_atspi.call(*email, QStringLiteral("org.a11y.atspi.Component"), QStringLiteral("GrabFocus"))
                    .arguments()
                    .value(0)
                    .toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_atspi.has(*email, state::Focused), 10000);
        QVERIFY(type(QStringLiteral("ana@shop.example")));
        QTRY_COMPARE_WITH_TIMEOUT(m_atspi.text(*email), QStringLiteral("ana@shop.example"), 10000);
        QVERIFY(keys(QStringLiteral("Tab")));
        QTRY_VERIFY_WITH_TIMEOUT(focused().contains(QStringLiteral("Password")), 10000);
        QVERIFY(type(QString::fromUtf8(test::kPassword)));
        QVERIFY(keys(QStringLiteral("Return")));
        // The window: its conversation list names each customer.
        const auto row = m_atspi.waitFor(
            m_root, QStringLiteral("list item"),
            [](const QString &name) { return name.startsWith(QStringLiteral("Maya Lestari")); }, test::kDeadlineMs);
        QVERIFY2(row, "the window's list never showed Maya Lestari");
    }

    // No control a person can reach (focusable and on screen) is without a
    // name, or with a role that says nothing of how to use it.
    void noReachableControlWithoutAName()
    {
        QStringList unnamed;
        int focusable = 0;
        for (const AtSpiObject &object : m_atspi.descendants(m_root)) {
            if (!m_atspi.has(object, state::Focusable))
                continue;
            ++focusable;
            const QString role = m_atspi.roleName(object);
            const bool saysWhatItIs = role != QLatin1String("filler") && role != QLatin1String("unknown")
                                      && role != QLatin1String("panel");
            if (m_atspi.name(object).trimmed().isEmpty() || !saysWhatItIs)
                unnamed.append(QStringLiteral("%1 \"%2\" in %3 \"%4\"")
                                   .arg(role, m_atspi.name(object), m_atspi.roleName(m_atspi.parent(object)),
                                        m_atspi.name(m_atspi.parent(object))));
        }
        qInfo() << "focusable controls on screen:" << focusable;
        QVERIFY(focusable >= 10);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }

    // The work of an agent, keys and AT-SPI only, each step read back from the server.
    void anAgentsWorkByKeysAndAtSpi()
    {
        QVERIFY(focusWindow());
        // Ctrl+K finds the customer by what she wrote; Enter opens her conversation.
        QVERIFY(keys(QStringLiteral("ctrl+k")));
        QTRY_VERIFY_WITH_TIMEOUT(focused().startsWith(QStringLiteral("text: Search")), 10000);
        QVERIFY(type(QStringLiteral("batik")));
        QVERIFY(m_atspi.waitFor(
            m_root, QStringLiteral("list item"),
            [](const QString &name) { return name.contains(QStringLiteral("batik")); }, test::kDeadlineMs));
        QVERIFY(keys(QStringLiteral("Return")));
        const auto bubble = m_atspi.waitFor(
            m_root, QStringLiteral("list item"),
            [](const QString &name) { return name.contains(QStringLiteral("Maya Lestari. Is the batik shirt")); },
            test::kDeadlineMs);
        QVERIFY2(bubble, "the thread never showed Maya's message");
        // With no window manager the X focus does not come back to the
        // window when a dialog closes; a person's desktop gives it back.
        QVERIFY(focusWindow());

        // Every control now on screen (thread, composer, lead panel) has a name.
        noReachableControlWithoutAName();

        // Reply: Ctrl+R, the words, Enter.
        QVERIFY(keys(QStringLiteral("ctrl+r")));
        QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("text: Reply"), 10000);
        QVERIFY(type(QStringLiteral("Yes, size L is back in stock.")));
        QVERIFY(keys(QStringLiteral("Return")));
        QTRY_VERIFY_WITH_TIMEOUT(serverHasMessage(m_maya, QStringLiteral("text"),
                                                  QStringLiteral("Yes, size L is back in stock.")),
                                 test::kDeadlineMs);

        // The customers write meanwhile: a screen reader hears both, without the focus moving.
        int from = int(m_atspi.received.size());
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitors.value(QStringLiteral("Maya Lestari")),
                                     QStringLiteral("Great, I will take two.")));
        QTRY_VERIFY_WITH_TIMEOUT(announcedSince(from).contains(QStringLiteral("Maya Lestari: Great, I will take two.")),
                                 test::kDeadlineMs);
        from = int(m_atspi.received.size());
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, m_visitors.value(QStringLiteral("Tomas Reyes")),
                                     QStringLiteral("Any news on RD-2201?")));
        QTRY_VERIFY_WITH_TIMEOUT(announcedSince(from).contains(
                                     QStringLiteral("New message from Tomas Reyes: Any news on RD-2201?")),
                                 test::kDeadlineMs);
        QCOMPARE(focused(), QStringLiteral("text: Reply"));

        // A private note: Ctrl+Shift+N.
        QVERIFY(keys(QStringLiteral("ctrl+shift+n")));
        QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("text: Private note"), 10000);
        QVERIFY(type(QStringLiteral("She asked for L twice before.")));
        QVERIFY(keys(QStringLiteral("Return")));
        QTRY_VERIFY_WITH_TIMEOUT(serverHasMessage(m_maya, QStringLiteral("note"),
                                                  QStringLiteral("She asked for L twice before.")),
                                 test::kDeadlineMs);

        // Assign to me: Ctrl+Shift+I.
        QVERIFY(keys(QStringLiteral("ctrl+shift+i")));
        QTRY_VERIFY_WITH_TIMEOUT(conversationOnServer(m_maya).value(QStringLiteral("assignee_id")).toInteger() > 0,
                                 test::kDeadlineMs);

        // The lead's stage: a slider to AT-SPI; focused through it, Right moves the lead on.
        const auto stages = m_atspi.waitFor(
            m_root, QStringLiteral("slider"), [](const QString &name) { return name == QStringLiteral("Lead stage"); },
            5000);
        QVERIFY2(stages, "no lead stage slider");
        const QString value = QStringLiteral("org.a11y.atspi.Value");
        QCOMPARE(m_atspi.property(*stages, value, QStringLiteral("CurrentValue")).toDouble(), 0.0);
        QVERIFY(m_atspi.description(*stages).startsWith(QStringLiteral("New, stage 1 of ")));
        QVERIFY(m_atspi.call(*stages, QStringLiteral("org.a11y.atspi.Component"), QStringLiteral("GrabFocus"))
                    .arguments()
                    .value(0)
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("slider: Lead stage"), 10000);
        QVERIFY(keys(QStringLiteral("Right")));
        QTRY_COMPARE_WITH_TIMEOUT(m_atspi.property(*stages, value, QStringLiteral("CurrentValue")).toDouble(), 1.0,
                                  10000);
        const qint64 contact = conversationOnServer(m_maya).value(QStringLiteral("contact_id")).toInteger();
        const QString secondStage = test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/lead-stages"), {},
                                                   m_bearer)
                                        .body.value(QStringLiteral("stages"))
                                        .toArray()
                                        .at(1)
                                        .toString();
        QTRY_COMPARE_WITH_TIMEOUT(test::httpCall(m_server.baseUrl(), "GET",
                                                 QStringLiteral("/v1/contacts/%1").arg(contact), {}, m_bearer)
                                      .body.value(QStringLiteral("lead"))
                                      .toObject()
                                      .value(QStringLiteral("stage"))
                                      .toString(),
                                  secondStage, test::kDeadlineMs);

        // A file: Attach… pressed through AT-SPI, its path typed in the file dialog, sent with Enter.
        const QString path = m_profile.filePath(QStringLiteral("size-chart.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        }
        // Ctrl+R after a note is a reply to the customer again (files go only with replies).
        QVERIFY(keys(QStringLiteral("ctrl+r")));
        QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("text: Reply"), 10000);
        const auto attach = m_atspi.find(m_root, QStringLiteral("push button"),
                                         [](const QString &name) { return name == QStringLiteral("Attach files"); });
        QVERIFY2(attach, "no Attach files button");
        QVERIFY(m_atspi.doAction(*attach, QStringLiteral("Press"), false)); // the file dialog is modal
        QTRY_VERIFY_WITH_TIMEOUT(focused().startsWith(QStringLiteral("text"))
                                     && !focused().endsWith(QStringLiteral("Reply")),
                                 10000);
        QVERIFY(type(path));
        QVERIFY(keys(QStringLiteral("Return")));
        QVERIFY(m_atspi.waitFor(
            m_root, QString(), [](const QString &name) { return name.contains(QStringLiteral("size-chart.pdf")); },
            test::kDeadlineMs));
        QVERIFY(focusWindow());
        QVERIFY(keys(QStringLiteral("ctrl+r")));
        QTRY_COMPARE_WITH_TIMEOUT(focused(), QStringLiteral("text: Reply"), 10000);
        QVERIFY(m_atspi.has(*attach, test::atspistate::Sensitive));
        QVERIFY(type(QStringLiteral("Here is the size chart.")));
        QVERIFY(keys(QStringLiteral("Return")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &message : messagesOnServer(m_maya)) {
                    const QJsonArray files = message.toObject().value(QStringLiteral("attachments")).toArray();
                    if (!files.isEmpty()
                        && files.at(0).toObject().value(QStringLiteral("file_name")).toString()
                               == QLatin1String("size-chart.pdf"))
                        return true;
                }
                return false;
            }(),
            test::kDeadlineMs);

        // Snooze until the customer replies: Ctrl+Shift+S, Alt+R, Enter.
        QVERIFY(keys(QStringLiteral("ctrl+shift+s")));
        QTRY_VERIFY_WITH_TIMEOUT(!focused().isEmpty() && !focused().startsWith(QStringLiteral("text: Reply")), 10000);
        QVERIFY(keys(QStringLiteral("alt+r")));
        QVERIFY(keys(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(conversationOnServer(m_maya).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("snoozed"), test::kDeadlineMs);

        // Resolve: Ctrl+E on the conversation still open.
        QVERIFY(focusWindow());
        QVERIFY(keys(QStringLiteral("ctrl+e")));
        QTRY_COMPARE_WITH_TIMEOUT(conversationOnServer(m_maya).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("resolved"), test::kDeadlineMs);
        QCOMPARE(m_app.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestAtSpi)
#include "tst_atspi.moc"
