// The autopilot of the real relaydesk-server: keyword, pattern and
// business-hours rules with a fallback, an OpenAI-compatible endpoint (a
// small HTTP server in the test) that answers, times out or errs — each path
// ending in a reply or a note for the agents — a manual reply pausing it
// (with a line in the thread saying who), "while away", and bot replies
// going out through WhatsApp, the switch refused where the workspace has
// nothing for the autopilot to answer with, and one note per missing setup.

#include "capturehttp.h"
#include "channelfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relaydesk::test;

namespace {

struct Visitor
{
    QByteArray token;
};

Visitor visit(ChannelFixture &f)
{
    return {f.newVisitor()};
}

bool write(ChannelFixture &f, const Visitor &visitor, const QString &text)
{
    return f.visitorWrites(visitor.token, text);
}

// "author:text" of the conversation's messages, oldest first, as a client
// without activity lines reads them; the lines of the switch commands
// themselves ("agent turned the autopilot on (rules).", tst_server_activity)
// left out.
QStringList thread(ChannelFixture &f, qint64 conversation)
{
    QStringList lines;
    for (const QJsonValue &value : f.messages(conversation)) {
        const QJsonObject m = value.toObject();
        if (m.value(QStringLiteral("author")).toString() == QLatin1String("system")
            && m.value(QStringLiteral("text")).toString().contains(QLatin1String(" turned the autopilot ")))
            continue;
        lines.prepend(m.value(QStringLiteral("author")).toString() + QLatin1Char(':')
                      + m.value(QStringLiteral("text")).toString());
    }
    return lines;
}

QStringList waitForThread(ChannelFixture &f, qint64 conversation, int size)
{
    QDeadlineTimer deadline(15000);
    QStringList lines = thread(f, conversation);
    while (lines.size() < size && !deadline.hasExpired()) {
        QTest::qWait(20);
        lines = thread(f, conversation);
    }
    return lines;
}

QJsonObject rulesSettings(const QJsonObject &extra = {})
{
    QJsonObject autopilot{{QStringLiteral("rules"),
                           QJsonArray{QJsonObject{{QStringLiteral("keywords"),
                                                   QJsonArray{QStringLiteral("refund"), QStringLiteral("money back")}},
                                                  {QStringLiteral("answer"), QStringLiteral("Refunds take 5 days.")}},
                                      QJsonObject{{QStringLiteral("regex"), QStringLiteral("order\\s*#?\\d+")},
                                                  {QStringLiteral("answer"),
                                                   QStringLiteral("Let me look up that order.")}}}},
                          {QStringLiteral("fallback"), QStringLiteral("An agent will answer soon.")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        autopilot.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("autopilot"), autopilot}};
}

QJsonObject aiSettings(const QUrl &base, int timeoutMs, bool fallback)
{
    QJsonObject settings = rulesSettings(
        {{QStringLiteral("ai"), QJsonObject{{QStringLiteral("base_url"), base.toString() + QStringLiteral("/v1")},
                                            {QStringLiteral("model"), QStringLiteral("tiny-model")},
                                            {QStringLiteral("key"), QStringLiteral("sk-test-key")},
                                            {QStringLiteral("timeout_ms"), timeoutMs},
                                            {QStringLiteral("system_prompt"), QStringLiteral("Be brief.")}}}});
    if (!fallback) {
        QJsonObject autopilot = settings.value(QStringLiteral("autopilot")).toObject();
        autopilot.remove(QStringLiteral("fallback"));
        settings.insert(QStringLiteral("autopilot"), autopilot);
    }
    return settings;
}

qint64 startConversation(ChannelFixture &f, StreamClient &agent, const Visitor &visitor, const QString &mode)
{
    if (!write(f, visitor, QStringLiteral("hi")))
        return 0;
    const qint64 conversation = f.newestConversation();
    const QJsonObject ack = commandAck(agent, QStringLiteral("conversation.autopilot"),
                                       {{QStringLiteral("conversation_id"), conversation},
                                        {QStringLiteral("mode"), mode}});
    return ack.value(QStringLiteral("ok")).toBool() ? conversation : 0;
}

QString errorCode(const QJsonObject &ack)
{
    return ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// The agents' notes in the thread that say the autopilot lacks a setup.
int setupNotes(ChannelFixture &f, qint64 conversation)
{
    int count = 0;
    for (const QString &line : thread(f, conversation)) {
        if (line.startsWith(QStringLiteral("system:The autopilot is on, but"))
            || line.startsWith(QStringLiteral("system:The autopilot's AI is not set up")))
            ++count;
    }
    return count;
}

} // namespace

class TestServerAutopilot : public QObject
{
    Q_OBJECT

private slots:
    void rulesAnswerWithKeywordsPatternsAndFallback()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings({{QStringLiteral("bot_name"), QStringLiteral("Shop bot")}})), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("rules"));
        QVERIFY(conversation);
        QVERIFY(write(f, visitor, QStringLiteral("I want my MONEY BACK please")));
        QVERIFY(write(f, visitor, QStringLiteral("where is order #4411?")));
        QVERIFY(write(f, visitor, QStringLiteral("is it refunded?"))); // "refund" as a whole word only
        const QStringList lines = waitForThread(f, conversation, 7);
        QCOMPARE(
            lines,
            (QStringList{QStringLiteral("customer:hi"), QStringLiteral("customer:I want my MONEY BACK please"),
                         QStringLiteral("bot:Refunds take 5 days."), QStringLiteral("customer:where is order #4411?"),
                         QStringLiteral("bot:Let me look up that order."), QStringLiteral("customer:is it refunded?"),
                         QStringLiteral("bot:An agent will answer soon.")}));
        const QJsonObject bot = f.messages(conversation).first().toObject();
        QCOMPARE(bot.value(QStringLiteral("author_name")).toString(), QStringLiteral("Shop bot"));
        QCOMPARE(bot.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QVERIFY(bot.value(QStringLiteral("author_id")).isNull());
        // The agents saw the bot's message as an event like any other.
        QVERIFY(!waitForEvent(*agent, QStringLiteral("message.created"), [](const QJsonObject &m) {
                     return m.value(QStringLiteral("author")).toString() == QLatin1String("bot");
                 }).isEmpty());
    }

    void offMeansNoAnswerAndClosedHoursComeFirst()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        // Open on no day at all: always outside business hours.
        QCOMPARE(f.setSettings(
                     rulesSettings({{QStringLiteral("business_hours"),
                                     QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
                                                 {QStringLiteral("outside_answer"),
                                                  QStringLiteral("We are closed; back Monday 9:00.")}}}})),
                 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("off"));
        QVERIFY(write(f, visitor, QStringLiteral("refund?"))); // autopilot off: no answer
        QVERIFY(commandAck(*agent, QStringLiteral("conversation.autopilot"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("mode"), QStringLiteral("rules")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(write(f, visitor, QStringLiteral("refund?")));
        const QStringList lines = waitForThread(f, conversation, 4);
        QCOMPARE(lines, (QStringList{QStringLiteral("customer:hi"), QStringLiteral("customer:refund?"),
                                     QStringLiteral("customer:refund?"),
                                     QStringLiteral("bot:We are closed; back Monday 9:00.")}));
    }

    void anAgentsReplyPausesTheAutopilot()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("rules"));
        // A note does not pause it; a reply does, in the reply's own conversation event.
        QVERIFY(commandAck(*agent, QStringLiteral("message.send"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("kind"), QStringLiteral("note")},
                            {QStringLiteral("text"), QStringLiteral("vip")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(f.conversation(conversation).value(QStringLiteral("autopilot")).toString(), QStringLiteral("rules"));
        const int before = int(agent->frames.size());
        QVERIFY(commandAck(*agent, QStringLiteral("message.send"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("text"), QStringLiteral("I'll take it from here")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        // The events of the reply, in order: the conversation paused, the
        // reply, and a system line saying who paused it.
        QStringList events;
        for (qsizetype i = before; i < agent->frames.size(); ++i) {
            const QJsonObject frame = agent->frames.at(i);
            const QJsonObject data = frame.value(QStringLiteral("data")).toObject();
            if (frame.value(QStringLiteral("kind")).toString() == QLatin1String("conversation.upserted"))
                events.append(QStringLiteral("autopilot ") + data.value(QStringLiteral("autopilot")).toString());
            else if (frame.value(QStringLiteral("kind")).toString() == QLatin1String("message.created"))
                events.append(data.value(QStringLiteral("author")).toString() + QLatin1Char('/')
                              + data.value(QStringLiteral("kind")).toString() + QLatin1Char(':')
                              + data.value(QStringLiteral("text")).toString());
        }
        QCOMPARE(events,
                 (QStringList{QStringLiteral("autopilot off"), QStringLiteral("agent/text:I'll take it from here"),
                              QStringLiteral("system/note:Autopilot paused: agent replied.")}));
        // Another reply while it is off pauses nothing: no second line.
        QVERIFY(commandAck(*agent, QStringLiteral("message.send"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("text"), QStringLiteral("One moment")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(write(f, visitor, QStringLiteral("refund please")));
        // Turned on again, it answers the next message only.
        QVERIFY(commandAck(*agent, QStringLiteral("conversation.autopilot"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("mode"), QStringLiteral("rules")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(write(f, visitor, QStringLiteral("refund now")));
        const QStringList lines = waitForThread(f, conversation, 8);
        QCOMPARE(lines.mid(2),
                 (QStringList{QStringLiteral("agent:I'll take it from here"),
                              QStringLiteral("system:Autopilot paused: agent replied."),
                              QStringLiteral("agent:One moment"), QStringLiteral("customer:refund please"),
                              QStringLiteral("customer:refund now"), QStringLiteral("bot:Refunds take 5 days.")}));
        // The visitor never sees the line (it is an internal note).
        QUrl url = f.server.baseUrl();
        url.setPath(QStringLiteral("/v1/webchat/%1/messages").arg(f.widgetKey));
        QVERIFY(!rawCall(url, "GET", {}, {{"Authorization", "Visitor " + visitor.token}})
                     .body.contains("Autopilot paused"));

        // A workspace may keep the autopilot on through agents' replies.
        QCOMPARE(f.setSettings(rulesSettings({{QStringLiteral("pause_on_agent_reply"), false}})), 0);
        QVERIFY(commandAck(*agent, QStringLiteral("message.send"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("text"), QStringLiteral("still here")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(f.conversation(conversation).value(QStringLiteral("autopilot")).toString(), QStringLiteral("rules"));
        QCOMPARE(waitForThread(f, conversation, 9).last(), QStringLiteral("agent:still here")); // not paused: no line
    }

    void theAiAnswersWithTheHistoryAsContext()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ai.handler = [](const CapturedRequest &) {
            return CannedResponse{200, chatCompletion(QStringLiteral("  Your parcel arrives tomorrow. "))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 5000, true)), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("ai"));
        QVERIFY(commandAck(*agent, QStringLiteral("message.send"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("kind"), QStringLiteral("note")},
                            {QStringLiteral("text"), QStringLiteral("secret internal note")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(write(f, visitor, QStringLiteral("Where is my parcel?")));
        const QStringList lines = waitForThread(f, conversation, 4);
        QCOMPARE(lines.last(), QStringLiteral("bot:Your parcel arrives tomorrow."));
        QCOMPARE(ai.requests.size(), 1);
        const CapturedRequest &request = ai.requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-key"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("tiny-model"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Be brief."));
        QCOMPARE(messages.at(1).toObject(), (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                         {QStringLiteral("content"), QStringLiteral("hi")}}));
        QCOMPARE(messages.at(2).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Where is my parcel?"));
        QVERIFY(!request.body.contains("secret internal note"));

        // A keyword rule still answers without asking the AI.
        QVERIFY(write(f, visitor, QStringLiteral("refund")));
        QCOMPARE(waitForThread(f, conversation, 6).last(), QStringLiteral("bot:Refunds take 5 days."));
        QCOMPARE(ai.requests.size(), 1);
    }

    void theAiFailingEndsInTheFallbackOrANote()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        QString behaviour = QStringLiteral("hang");
        ai.handler = [&](const CapturedRequest &) {
            if (behaviour == QLatin1String("hang"))
                return CannedResponse{200, {}, "application/json", true};
            if (behaviour == QLatin1String("error"))
                return CannedResponse{
                    500, "{\"error\":{\"message\":\"The model is overloaded\",\"type\":\"server_error\"}}"};
            return CannedResponse{200, "this is not JSON", "text/plain"};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 1000, true)), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("ai"));
        QVERIFY(write(f, visitor, QStringLiteral("Hello?")));
        // Timed out: the fallback, and a note saying why.
        QStringList lines = waitForThread(f, conversation, 4);
        QCOMPARE(lines.mid(2),
                 (QStringList{
                     QStringLiteral("bot:An agent will answer soon."),
                     QStringLiteral(
                         "system:The autopilot sent its fallback answer: The AI service did not answer in time.")}));
        QCOMPARE(f.messages(conversation).first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("note"));

        // Without a fallback: only the note, asking an agent to answer.
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 1000, false)), 0);
        behaviour = QStringLiteral("error");
        QVERIFY(write(f, visitor, QStringLiteral("Anyone?")));
        lines = waitForThread(f, conversation, 6);
        QCOMPARE(lines.last(),
                 QStringLiteral(
                     "system:The autopilot could not answer: The AI service refused it: The model is overloaded "
                     "An agent needs to reply."));
        behaviour = QStringLiteral("garbage");
        QVERIFY(write(f, visitor, QStringLiteral("Hello??")));
        lines = waitForThread(f, conversation, 8);
        QCOMPARE(
            lines.last(),
            QStringLiteral(
                "system:The autopilot could not answer: The AI service gave an empty answer. An agent needs to reply."));
        // Never the key in the log.
        f.server.stop();
        QVERIFY(!f.server.output().contains(QStringLiteral("sk-test-key")));
    }

    void whileAwayAnswersOnlyWhenNoAgentIsConnected()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings({{QStringLiteral("while_away"), QStringLiteral("rules")}})), 0);
        const Visitor visitor = visit(f);
        QVERIFY(write(f, visitor, QStringLiteral("refund")));
        const qint64 conversation = f.newestConversation();
        QCOMPARE(waitForThread(f, conversation, 2),
                 (QStringList{QStringLiteral("customer:refund"), QStringLiteral("bot:Refunds take 5 days.")}));
        QCOMPARE(f.conversation(conversation).value(QStringLiteral("autopilot")).toString(), QStringLiteral("off"));
        {
            auto agent = f.stream(); // an agent is here now: the agents answer
            QVERIFY(agent);
            QVERIFY(write(f, visitor, QStringLiteral("refund?")));
            QVERIFY(commandAck(*agent, QStringLiteral("conversation.autopilot"),
                               {{QStringLiteral("conversation_id"), conversation},
                                {QStringLiteral("mode"), QStringLiteral("rules")}})
                        .value(QStringLiteral("ok"))
                        .toBool());
            QVERIFY(write(f, visitor, QStringLiteral("refund!")));
            QCOMPARE(waitForThread(f, conversation, 5).mid(2),
                     (QStringList{QStringLiteral("customer:refund?"), QStringLiteral("customer:refund!"),
                                  QStringLiteral("bot:Refunds take 5 days.")}));
        }
    }

    void theSwitchIsRefusedWithNothingToAnswerWith()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        auto agent = f.stream();
        QVERIFY(agent);
        QVERIFY(write(f, visit(f), QStringLiteral("hi")));
        const qint64 conversation = f.newestConversation();
        auto switchTo = [&](const QString &mode, qint64 id = 0) {
            return commandAck(*agent, QStringLiteral("conversation.autopilot"),
                              {{QStringLiteral("conversation_id"), id ? id : conversation},
                               {QStringLiteral("mode"), mode}});
        };
        auto message = [](const QJsonObject &ack) {
            return ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        };

        // A workspace with nothing set up: refused in words, saying who sets it up and where.
        const QJsonObject rules = switchTo(QStringLiteral("rules"));
        QCOMPARE(errorCode(rules), QStringLiteral("not_configured"));
        QVERIFY2(message(rules).contains(QStringLiteral("workspace admin"))
                     && message(rules).contains(QStringLiteral("--channel-settings")),
                 qPrintable(message(rules)));
        const QJsonObject aiMode = switchTo(QStringLiteral("ai"));
        QCOMPARE(errorCode(aiMode), QStringLiteral("ai_not_configured"));
        QVERIFY2(message(aiMode).contains(QStringLiteral("workspace admin")), qPrintable(message(aiMode)));
        QCOMPARE(f.conversation(conversation).value(QStringLiteral("autopilot")).toString(), QStringLiteral("off"));
        QVERIFY(switchTo(QStringLiteral("off")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(errorCode(switchTo(QStringLiteral("rules"), 999999)), QStringLiteral("not_found"));

        // Settings without any answer in them: still nothing to answer with.
        QCOMPARE(f.setSettings({{QStringLiteral("autopilot"),
                                 QJsonObject{{QStringLiteral("bot_name"), QStringLiteral("Shop bot")}}}}),
                 0);
        QCOMPARE(errorCode(switchTo(QStringLiteral("rules"))), QStringLiteral("not_configured"));
        // A fallback answer is enough for rules; the AI mode needs an AI.
        QCOMPARE(f.setSettings(
                     {{QStringLiteral("autopilot"),
                       QJsonObject{{QStringLiteral("fallback"), QStringLiteral("An agent will answer soon.")}}}}),
                 0);
        QVERIFY(switchTo(QStringLiteral("rules")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(errorCode(switchTo(QStringLiteral("ai"))), QStringLiteral("ai_not_configured"));
        QCOMPARE(f.conversation(conversation).value(QStringLiteral("autopilot")).toString(), QStringLiteral("rules"));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 1000, true)), 0);
        QVERIFY(switchTo(QStringLiteral("ai")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(f.conversation(conversation).value(QStringLiteral("autopilot")).toString(), QStringLiteral("ai"));
    }

    void aMissingSetupIsNotedOncePerConversation()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("rules"));
        QVERIFY(conversation);
        auto writeAll = [&](const QStringList &texts, int threadSize) {
            for (const QString &text : texts) {
                if (!write(f, visitor, text))
                    return false;
            }
            waitForThread(f, conversation, threadSize);
            QTest::qWait(300); // time for any further note
            return true;
        };

        // The settings go while the autopilot is on: one note, however many messages come.
        QCOMPARE(f.setSettings(QJsonObject{}), 0);
        QVERIFY(writeAll({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}, 5));
        QCOMPARE(setupNotes(f, conversation), 1);
        // Set up again, the autopilot answers; when the setup goes again, the agents hear of it again, once.
        QCOMPARE(f.setSettings(rulesSettings()), 0);
        QVERIFY(writeAll({QStringLiteral("four")}, 7));
        QCOMPARE(::thread(f, conversation).constLast(), QStringLiteral("bot:An agent will answer soon."));
        QCOMPARE(f.setSettings(QJsonObject{}), 0);
        QVERIFY(writeAll({QStringLiteral("five"), QStringLiteral("six")}, 10));
        QCOMPARE(setupNotes(f, conversation), 2);
    }

    void aMissingAiIsNotedOnceUntilTheSettingsChange()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 1000, false)), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const Visitor visitor = visit(f);
        const qint64 conversation = startConversation(f, *agent, visitor, QStringLiteral("ai"));
        QVERIFY(conversation);
        // The AI taken out of the settings (rules kept, no fallback) while the conversation is in ai mode.
        QJsonObject rulesOnly = rulesSettings();
        QJsonObject autopilot = rulesOnly.value(QStringLiteral("autopilot")).toObject();
        autopilot.remove(QStringLiteral("fallback"));
        rulesOnly.insert(QStringLiteral("autopilot"), autopilot);
        QCOMPARE(f.setSettings(rulesOnly), 0);
        for (const QString &text : {QStringLiteral("where is it?"), QStringLiteral("hello?")})
            QVERIFY(write(f, visitor, text));
        waitForThread(f, conversation, 4);
        QTest::qWait(300);
        QCOMPARE(setupNotes(f, conversation), 1);
        // A rule still answers what it matches, and says nothing of the AI.
        QVERIFY(write(f, visitor, QStringLiteral("refund please")));
        QCOMPARE(waitForThread(f, conversation, 6).constLast(), QStringLiteral("bot:Refunds take 5 days."));
        QVERIFY(write(f, visitor, QStringLiteral("and now?")));
        waitForThread(f, conversation, 8);
        QTest::qWait(300);
        QCOMPARE(setupNotes(f, conversation), 2); // the bot answered in between: the next lack is news
        // Saved again by the admin: a changed setup, worth one note more.
        QCOMPARE(f.setSettings(rulesOnly), 0);
        for (const QString &text : {QStringLiteral("anyone?"), QStringLiteral("hello!!")})
            QVERIFY(write(f, visitor, text));
        waitForThread(f, conversation, 11);
        QTest::qWait(300);
        QCOMPARE(setupNotes(f, conversation), 3);
        QCOMPARE(ai.requests.size(), 0);
    }

    void botRepliesGoOutThroughWhatsApp()
    {
        CaptureHttp graph;
        QVERIFY(graph.listen());
        graph.handler = [](const CapturedRequest &) {
            return CannedResponse{200, "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.BOT\"}]}"};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = ChannelFixture::baseSettings(graph.base());
        settings.insert(QStringLiteral("autopilot"),
                        rulesSettings({{QStringLiteral("while_away"), QStringLiteral("rules")}})
                            .value(QStringLiteral("autopilot")));
        QCOMPARE(f.setSettings(settings), 0);
        QCOMPARE(f.postWebhook(QStringLiteral("whatsapp"),
                               whatsAppWebhook({whatsAppText(QStringLiteral("4915112345678"), QStringLiteral("wamid.Q"),
                                                             QStringLiteral("refund?"))}))
                     .status,
                 200);
        QVERIFY(graph.waitForRequests(1));
        const QJsonObject body = QJsonDocument::fromJson(graph.requests.first().body).object();
        QCOMPARE(body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Refunds take 5 days."));
        const qint64 conversation = f.newestConversation();
        QTRY_COMPARE_WITH_TIMEOUT(
            f.messages(conversation).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("sent"), 15000);
    }
};

QTEST_MAIN(TestServerAutopilot)
#include "tst_server_autopilot.moc"
