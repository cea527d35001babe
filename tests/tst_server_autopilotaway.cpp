// The workspace's "autopilot while away" switch on the link: an admin's
// workspace.autopilot_away changes the sealed channel settings' while_away
// (the rest of them kept) and every desktop of the workspace gets a
// workspace.updated event, live or in the replay after reconnecting, and
// finds the same in GET /v1/me; an agent is refused with forbidden, a wrong
// mode with bad_request, "ai" without an AI with ai_not_configured, each
// changing nothing; the same mode again makes no event. The autopilot then
// answers while nobody is connected.

#include "channelfixture.h"
#include "httpcall.h"

#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace relaydesk::test;
namespace protocol = relaydesk::protocol;

namespace {

const QByteArray kPassword = "agent password 1";

QJsonObject rulesSettings(const QJsonObject &extra = {})
{
    QJsonObject autopilot{{QStringLiteral("rules"),
                           QJsonArray{QJsonObject{{QStringLiteral("keywords"), QJsonArray{QStringLiteral("refund")}},
                                                  {QStringLiteral("answer"), QStringLiteral("Refunds take 5 days.")}}}},
                          {QStringLiteral("bot_name"), QStringLiteral("Shop bot")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        autopilot.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("autopilot"), autopilot}};
}

QJsonObject aiPart()
{
    return QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9/v1")},
                       {QStringLiteral("model"), QStringLiteral("tiny-model")}};
}

// The workspace's admin, Ana: signed in, with a stream caught up.
struct Admin
{
    QString token;
    std::unique_ptr<StreamClient> stream;
};

std::unique_ptr<StreamClient> connectedStream(const QUrl &server, const QString &token, qint64 lastSeq = 0)
{
    auto client = std::make_unique<StreamClient>();
    if (!client->connectTo(server))
        return nullptr;
    client->hello(token, lastSeq);
    const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
    const qint64 head = qint64(welcome.value(QStringLiteral("head_seq")).toDouble());
    if (welcome.isEmpty() || (head > lastSeq && !client->waitForSeq(head)))
        return nullptr;
    return client;
}

Admin addAdmin(ChannelFixture &f)
{
    Admin admin;
    if (!addAgent(f.server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"), kPassword,
                  QStringLiteral("Ana"), QStringLiteral("admin")))
        return admin;
    admin.token = httpCall(f.server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                           {{QStringLiteral("email"), QStringLiteral("ana@shop.example")},
                            {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
                      .body.value(QStringLiteral("token"))
                      .toString();
    admin.stream = connectedStream(f.server.baseUrl(), admin.token);
    return admin;
}

QJsonObject setAway(StreamClient &client, const QJsonValue &mode, const QString &clientId = {})
{
    QJsonObject args;
    if (!mode.isUndefined())
        args.insert(QStringLiteral("mode"), mode);
    return client.waitFor(QStringLiteral("ack"), 15000,
                          client.command(QStringLiteral("workspace.autopilot_away"), args, clientId));
}

qint64 headSeq(ChannelFixture &f)
{
    return qint64(
        f.rest("GET", QStringLiteral("/v1/conversations?limit=1")).json.value(QStringLiteral("resume_seq")).toDouble());
}

QJsonObject settingsOfMe(ChannelFixture &f, const QString &token)
{
    QUrl url = f.server.baseUrl();
    url.setPath(QStringLiteral("/v1/me"));
    return rawCall(url, "GET", {}, {{"Authorization", "Bearer " + token.toLatin1()}})
        .json.value(QStringLiteral("settings"))
        .toObject();
}

// The workspace's stored settings document, as the admin command shows it.
QJsonObject storedSettings(ChannelFixture &f)
{
    QProcess show;
    show.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
               {QStringLiteral("--data-dir"), f.server.dataDirectory(), QStringLiteral("--workspace"),
                QStringLiteral("Shop"), QStringLiteral("--show-channel-settings")});
    show.waitForFinished(30000);
    return QJsonDocument::fromJson(show.readAllStandardOutput()).object();
}

QList<QJsonObject> workspaceEvents(const StreamClient &client)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : client.events()) {
        if (event.value(QStringLiteral("kind")).toString() == QLatin1String("workspace.updated"))
            found.append(event);
    }
    return found;
}

QString errorCode(const QJsonObject &ack)
{
    return ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

class TestServerAutopilotAway : public QObject
{
    Q_OBJECT

private slots:
    void anAdminSwitchesItAndEveryDesktopSeesIt()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(
                     rulesSettings({{QStringLiteral("fallback"), QStringLiteral("An agent will answer soon.")}})),
                 0);
        Admin ana = addAdmin(f);
        QVERIFY(ana.stream);
        auto agent = f.stream();
        QVERIFY(agent);
        const qint64 before = headSeq(f);
        QCOMPARE(settingsOfMe(f, f.token).value(QStringLiteral("autopilot_away")).toString(), QStringLiteral("off"));

        const QJsonObject ack = setAway(*ana.stream, QStringLiteral("rules"));
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        const QJsonObject result = ack.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("autopilot_away")).toString(), QStringLiteral("rules"));
        QCOMPARE(result.value(QStringLiteral("ai_suggestions")), QJsonValue(false));
        QVERIFY(result.value(QStringLiteral("updated_at")).toDouble() > 0);

        // One event, the next in the log, to every desktop of the workspace (the admin's own too).
        QVERIFY(agent->waitForSeq(before + 1));
        for (StreamClient *client : {agent.get(), ana.stream.get()}) {
            const QList<QJsonObject> events = workspaceEvents(*client);
            QCOMPARE(events.size(), 1);
            QCOMPARE(qint64(events.first().value(QStringLiteral("seq")).toDouble()), before + 1);
            QCOMPARE(events.first().value(QStringLiteral("data")).toObject(), result);
        }
        QCOMPARE(headSeq(f), before + 1);
        // The client's codec reads it.
        QString error;
        const std::optional<protocol::Event> decoded = protocol::decodeEvent(workspaceEvents(*agent).first(), &error);
        QVERIFY2(decoded, qPrintable(error));
        const auto *settings = std::get_if<protocol::WorkspaceSettings>(&decoded->payload);
        QVERIFY(settings);
        QVERIFY(settings->autopilotAway == protocol::Autopilot::Rules);
        // GET /v1/me says the same, to the agent and the admin.
        QCOMPARE(settingsOfMe(f, f.token), result);
        QCOMPARE(settingsOfMe(f, ana.token), result);
        // Only while_away changed in the stored settings.
        const QJsonObject stored = storedSettings(f).value(QStringLiteral("autopilot")).toObject();
        QCOMPARE(stored.value(QStringLiteral("while_away")).toString(), QStringLiteral("rules"));
        QCOMPARE(stored.value(QStringLiteral("bot_name")).toString(), QStringLiteral("Shop bot"));
        QCOMPARE(stored.value(QStringLiteral("fallback")).toString(), QStringLiteral("An agent will answer soon."));
        QCOMPARE(stored.value(QStringLiteral("rules")).toArray().size(), 1);

        // Everyone away: the autopilot answers with the rules.
        agent.reset();
        ana.stream.reset();
        QTest::qWait(500); // the server notices the closed streams
        const QByteArray visitor = f.newVisitor();
        QVERIFY(f.visitorWrites(visitor, QStringLiteral("refund?")));
        const qint64 conversation = f.newestConversation();
        QTRY_COMPARE_WITH_TIMEOUT(f.messages(conversation).size(), 2, 15000);
        QCOMPARE(f.messages(conversation).first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Refunds take 5 days."));

        // Off again: nobody answers while away.
        ana.stream = connectedStream(f.server.baseUrl(), ana.token);
        QVERIFY(ana.stream);
        QVERIFY(setAway(*ana.stream, QStringLiteral("off")).value(QStringLiteral("ok")).toBool());
        ana.stream.reset();
        QTest::qWait(500);
        QVERIFY(f.visitorWrites(visitor, QStringLiteral("refund now?")));
        QTest::qWait(500);
        QCOMPARE(f.messages(conversation).size(), 3);
    }

    void aDesktopThatWasAwayCatchesUp()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        Admin ana = addAdmin(f);
        QVERIFY(ana.stream);
        const qint64 lastApplied = headSeq(f);
        QVERIFY(setAway(*ana.stream, QStringLiteral("rules")).value(QStringLiteral("ok")).toBool());
        QVERIFY(setAway(*ana.stream, QStringLiteral("off")).value(QStringLiteral("ok")).toBool());

        // The agent's desktop comes back from where it was: both changes, in order.
        auto agent = connectedStream(f.server.baseUrl(), f.token, lastApplied);
        QVERIFY(agent);
        QVERIFY(agent->waitForSeq(lastApplied + 2));
        const QList<QJsonObject> events = workspaceEvents(*agent);
        QCOMPARE(events.size(), 2);
        QCOMPARE(
            events.at(0).value(QStringLiteral("data")).toObject().value(QStringLiteral("autopilot_away")).toString(),
            QStringLiteral("rules"));
        QCOMPARE(
            events.at(1).value(QStringLiteral("data")).toObject().value(QStringLiteral("autopilot_away")).toString(),
            QStringLiteral("off"));
        // The later updated_at is the current state, as GET /v1/me has it.
        QCOMPARE(events.at(1).value(QStringLiteral("data")).toObject(), settingsOfMe(f, f.token));
        QVERIFY(
            events.at(1).value(QStringLiteral("data")).toObject().value(QStringLiteral("updated_at")).toDouble()
            >= events.at(0).value(QStringLiteral("data")).toObject().value(QStringLiteral("updated_at")).toDouble());
    }

    void anAgentMayNotSwitchIt()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const qint64 before = headSeq(f);
        const QJsonObject ack = setAway(*agent, QStringLiteral("rules"));
        QCOMPARE(ack.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(errorCode(ack), QStringLiteral("forbidden"));
        QVERIFY(ack.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Only the workspace's admins")));
        QCOMPARE(headSeq(f), before);
        QVERIFY(workspaceEvents(*agent).isEmpty());
        QCOMPARE(storedSettings(f).value(QStringLiteral("autopilot")).toObject().value(QStringLiteral("while_away")),
                 QJsonValue(QJsonValue::Undefined));
        QCOMPARE(settingsOfMe(f, f.token).value(QStringLiteral("autopilot_away")).toString(), QStringLiteral("off"));
    }

    void aWrongModeIsABadRequest_data()
    {
        QTest::addColumn<QJsonValue>("mode");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown") << QJsonValue(QStringLiteral("sometimes"));
        QTest::newRow("capitals") << QJsonValue(QStringLiteral("RULES"));
        QTest::newRow("a number") << QJsonValue(1);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void aWrongModeIsABadRequest()
    {
        QFETCH(QJsonValue, mode);
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings({{QStringLiteral("while_away"), QStringLiteral("rules")}})), 0);
        Admin ana = addAdmin(f);
        QVERIFY(ana.stream);
        const qint64 before = headSeq(f);
        const QJsonObject ack = setAway(*ana.stream, mode);
        QCOMPARE(ack.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(errorCode(ack), QStringLiteral("bad_request"));
        QVERIFY(ack.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("off, rules or ai")));
        QCOMPARE(headSeq(f), before);
        QCOMPARE(settingsOfMe(f, ana.token).value(QStringLiteral("autopilot_away")).toString(),
                 QStringLiteral("rules"));
    }

    void aiNeedsAnAi()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        Admin ana = addAdmin(f);
        QVERIFY(ana.stream);
        const qint64 before = headSeq(f);
        QJsonObject ack = setAway(*ana.stream, QStringLiteral("ai"));
        QCOMPARE(ack.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(errorCode(ack), QStringLiteral("ai_not_configured"));
        QCOMPARE(headSeq(f), before);
        QCOMPARE(settingsOfMe(f, ana.token).value(QStringLiteral("autopilot_away")).toString(), QStringLiteral("off"));

        QCOMPARE(f.setSettings(rulesSettings({{QStringLiteral("ai"), aiPart()}})), 0);
        ack = setAway(*ana.stream, QStringLiteral("ai"));
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        QCOMPARE(ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("autopilot_away")).toString(),
                 QStringLiteral("ai"));
        QCOMPARE(ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("ai_suggestions")),
                 QJsonValue(true));
        QCOMPARE(storedSettings(f)
                     .value(QStringLiteral("autopilot"))
                     .toObject()
                     .value(QStringLiteral("ai"))
                     .toObject()
                     .value(QStringLiteral("model"))
                     .toString(),
                 QStringLiteral("tiny-model"));
    }

    void theSameModeAgainChangesNothing()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        Admin ana = addAdmin(f);
        QVERIFY(ana.stream);
        const QJsonObject first = setAway(*ana.stream, QStringLiteral("rules"), QStringLiteral("away-1"));
        QVERIFY(first.value(QStringLiteral("ok")).toBool());
        const qint64 after = headSeq(f);
        // The same mode under a new client id: done, nothing new.
        const QJsonObject again = setAway(*ana.stream, QStringLiteral("rules"));
        QVERIFY(again.value(QStringLiteral("ok")).toBool());
        QCOMPARE(again.value(QStringLiteral("result")), first.value(QStringLiteral("result")));
        // A retry of the first: its first result, nothing run again.
        const QJsonObject retry = setAway(*ana.stream, QStringLiteral("off"), QStringLiteral("away-1"));
        QCOMPARE(retry.value(QStringLiteral("result")), first.value(QStringLiteral("result")));
        QCOMPARE(headSeq(f), after);
        QCOMPARE(workspaceEvents(*ana.stream).size(), 1);
        QCOMPARE(settingsOfMe(f, ana.token).value(QStringLiteral("autopilot_away")).toString(),
                 QStringLiteral("rules"));
    }

    void aWorkspaceWithoutSettingsGetsThem()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        Admin ana = addAdmin(f);
        QVERIFY(ana.stream);
        const qint64 before = headSeq(f);
        QVERIFY(setAway(*ana.stream, QStringLiteral("off")).value(QStringLiteral("ok")).toBool()); // already off
        QCOMPARE(headSeq(f), before);
        QVERIFY(setAway(*ana.stream, QStringLiteral("rules")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(headSeq(f), before + 1);
        QCOMPARE(storedSettings(f),
                 (QJsonObject{{QStringLiteral("autopilot"),
                               QJsonObject{{QStringLiteral("while_away"), QStringLiteral("rules")}}}}));
        QCOMPARE(settingsOfMe(f, f.token).value(QStringLiteral("autopilot_away")).toString(), QStringLiteral("rules"));
    }
};

QTEST_GUILESS_MAIN(TestServerAutopilotAway)
#include "tst_server_autopilotaway.moc"
