// Suggested replies from the real relaydesk-server: POST
// /v1/conversations/{id}/suggestion drafts a reply with the workspace's
// OpenAI-compatible endpoint (a small HTTP server in the test) from the same
// prompt the autopilot sends, stores and sends nothing; an unknown or foreign
// conversation is 404, a workspace without an AI 409, a failing endpoint 502,
// a silent one 504, a third draft at once 429; GET /v1/me says whether
// suggestions are available.

#include "capturehttp.h"
#include "channelfixture.h"
#include "httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

using namespace relaydesk::test;

namespace {

QJsonObject aiSettings(const QUrl &base, int timeoutMs)
{
    return QJsonObject{{QStringLiteral("autopilot"),
                        QJsonObject{{QStringLiteral("ai"),
                                     QJsonObject{{QStringLiteral("base_url"), base.toString() + QStringLiteral("/v1")},
                                                 {QStringLiteral("model"), QStringLiteral("tiny-model")},
                                                 {QStringLiteral("key"), QStringLiteral("sk-test-key")},
                                                 {QStringLiteral("timeout_ms"), timeoutMs},
                                                 {QStringLiteral("system_prompt"), QStringLiteral("Be brief.")}}}}}};
}

RawReply suggest(ChannelFixture &f, qint64 conversation)
{
    return f.rest("POST", QStringLiteral("/v1/conversations/%1/suggestion").arg(conversation));
}

// A conversation with the visitor's "hi" in it.
qint64 startConversation(ChannelFixture &f)
{
    const QByteArray visitor = f.newVisitor();
    return f.visitorWrites(visitor, QStringLiteral("hi")) ? f.newestConversation() : 0;
}

// The workspace's newest event seq, as a page says.
qint64 headSeq(ChannelFixture &f)
{
    return qint64(
        f.rest("GET", QStringLiteral("/v1/conversations?limit=1")).json.value(QStringLiteral("resume_seq")).toDouble());
}

QJsonObject settingsOfMe(ChannelFixture &f)
{
    return f.rest("GET", QStringLiteral("/v1/me")).json.value(QStringLiteral("settings")).toObject();
}

} // namespace

class TestServerSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void aDraftComesFromTheAutopilotsPromptAndNothingIsStoredOrSent()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ai.handler = [](const CapturedRequest &) {
            return CannedResponse{200, chatCompletion(QStringLiteral("  Your parcel ships today. "))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 5000)), 0);
        auto agent = f.stream();
        QVERIFY(agent);
        const QByteArray visitor = f.newVisitor();
        QVERIFY(f.visitorWrites(visitor, QStringLiteral("hi")));
        const qint64 conversation = f.newestConversation();
        // The autopilot answers once, so its request can be compared with the suggestion's.
        QVERIFY(commandAck(*agent, QStringLiteral("conversation.autopilot"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("mode"), QStringLiteral("ai")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(f.visitorWrites(visitor, QStringLiteral("Where is my parcel?")));
        QVERIFY(!waitForEvent(*agent, QStringLiteral("message.created"), [](const QJsonObject &m) {
                     return m.value(QStringLiteral("author")).toString() == QLatin1String("bot");
                 }).isEmpty());
        QVERIFY(commandAck(*agent, QStringLiteral("message.send"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("kind"), QStringLiteral("note")},
                            {QStringLiteral("text"), QStringLiteral("secret internal note")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(ai.requests.size(), 1);

        const qint64 head = headSeq(f);
        const QJsonArray messagesBefore = f.messages(conversation);
        const qsizetype framesBefore = agent->events().size();
        const RawReply draft = suggest(f, conversation);
        QCOMPARE(draft.status, 200);
        QCOMPARE(draft.json, (QJsonObject{{QStringLiteral("text"), QStringLiteral("Your parcel ships today.")}}));

        // The autopilot's prompt, with the bot's answer since as the assistant's; never the note.
        QCOMPARE(ai.requests.size(), 2);
        const CapturedRequest &request = ai.requests.at(1);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-key"));
        QVERIFY(!request.body.contains("secret internal note"));
        const QJsonObject autopilotBody = QJsonDocument::fromJson(ai.requests.at(0).body).object();
        QJsonObject expected = autopilotBody;
        QJsonArray messages = autopilotBody.value(QStringLiteral("messages")).toArray();
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QStringLiteral("Your parcel ships today.")}});
        expected.insert(QStringLiteral("messages"), messages);
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), expected);
        QCOMPARE(messages.first().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Be brief."));

        // Nothing stored, nothing sent, no event.
        QTest::qWait(200);
        QCOMPARE(headSeq(f), head);
        QCOMPARE(f.messages(conversation), messagesBefore);
        QCOMPARE(agent->events().size(), framesBefore);

        // The conversation's autopilot mode does not matter: off, a draft still comes.
        QVERIFY(commandAck(*agent, QStringLiteral("conversation.autopilot"),
                           {{QStringLiteral("conversation_id"), conversation},
                            {QStringLiteral("mode"), QStringLiteral("off")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(suggest(f, conversation).status, 200);
        // Never the key in the log.
        f.server.stop();
        QVERIFY(!f.server.output().contains(QStringLiteral("sk-test-key")));
    }

    void anUnknownOrForeignConversationIs404AndNoTokenIs401()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ai.handler = [](const CapturedRequest &) {
            return CannedResponse{200, chatCompletion(QStringLiteral("Hello"))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 5000)), 0);
        const qint64 conversation = startConversation(f);
        QVERIFY(conversation);

        RawReply answer = suggest(f, 987654321);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), QStringLiteral("not_found"));
        // Another workspace's agent: as if it did not exist.
        QVERIFY(addAgent(f.server.dataDirectory(), QStringLiteral("b1@other.example"), QStringLiteral("Other"),
                         "agent password 1"));
        const QString otherToken = httpCall(f.server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                            {{QStringLiteral("email"), QStringLiteral("b1@other.example")},
                                             {QStringLiteral("password"), QStringLiteral("agent password 1")}})
                                       .body.value(QStringLiteral("token"))
                                       .toString();
        QVERIFY(!otherToken.isEmpty());
        QUrl url = f.server.baseUrl();
        url.setPath(QStringLiteral("/v1/conversations/%1/suggestion").arg(conversation));
        answer = rawCall(url, "POST", {}, {{"Authorization", "Bearer " + otherToken.toLatin1()}});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), QStringLiteral("not_found"));
        answer = rawCall(url, "POST", {});
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("unauthorized"));
        url.setPath(QStringLiteral("/v1/conversations/nine/suggestion"));
        QCOMPARE(rawCall(url, "POST", {}, {{"Authorization", "Bearer " + f.token.toLatin1()}}).status, 404);
        QCOMPARE(ai.requests.size(), 0); // nothing left the server
    }

    void aWorkspaceWithoutAnAiAnswers409()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        const qint64 conversation = startConversation(f);
        QVERIFY(conversation);
        // No settings at all, then rules but no AI.
        for (int round = 0; round < 2; ++round) {
            const RawReply answer = suggest(f, conversation);
            QCOMPARE(answer.status, 409);
            QCOMPARE(answer.errorCode(), QStringLiteral("ai_not_configured"));
            QVERIFY(answer.json.value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("no AI set up")));
            QCOMPARE(f.setSettings(QJsonObject{
                         {QStringLiteral("autopilot"),
                          QJsonObject{{QStringLiteral("fallback"), QStringLiteral("An agent will answer soon.")}}}}),
                     0);
        }
        QCOMPARE(f.messages(conversation).size(), 1);
    }

    void aFailingAiIs502AndASilentOne504_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("an error") << QStringLiteral("error") << 502 << QStringLiteral("ai_failed")
                                  << QStringLiteral("The AI service refused it: The model is overloaded");
        QTest::newRow("not JSON") << QStringLiteral("garbage") << 502 << QStringLiteral("ai_failed")
                                  << QStringLiteral("The AI service gave an empty answer.");
        QTest::newRow("an empty answer") << QStringLiteral("empty") << 502 << QStringLiteral("ai_failed")
                                         << QStringLiteral("The AI service gave an empty answer.");
        QTest::newRow("unreachable") << QStringLiteral("unreachable") << 502 << QStringLiteral("ai_failed")
                                     << QStringLiteral("The AI service could not be reached");
        QTest::newRow("no answer in time") << QStringLiteral("hang") << 504 << QStringLiteral("ai_timeout")
                                           << QStringLiteral("The AI service did not answer in time.");
    }

    void aFailingAiIs502AndASilentOne504()
    {
        QFETCH(QString, behaviour);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ai.handler = [behaviour](const CapturedRequest &) {
            if (behaviour == QLatin1String("hang"))
                return CannedResponse{200, {}, "application/json", true};
            if (behaviour == QLatin1String("error"))
                return CannedResponse{
                    500, "{\"error\":{\"message\":\"The model is overloaded\",\"type\":\"server_error\"}}"};
            if (behaviour == QLatin1String("empty"))
                return CannedResponse{200, chatCompletion(QStringLiteral("   "))};
            return CannedResponse{200, "this is not JSON", "text/plain"};
        };
        QUrl base = ai.base();
        if (behaviour == QLatin1String("unreachable")) {
            QTcpServer closed; // a port nobody listens on once this is gone
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            base.setPort(closed.serverPort());
        }
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(base, 800)), 0);
        const qint64 conversation = startConversation(f);
        QVERIFY(conversation);
        const qint64 head = headSeq(f);

        QElapsedTimer took;
        took.start();
        const RawReply answer = suggest(f, conversation);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
        const QString message =
            answer.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("write the reply yourself")), qPrintable(message));
        QVERIFY(took.elapsed() < 10000);
        // Nothing stored: no note, no event (unlike the autopilot, a draft concerns only the one who asked).
        QCOMPARE(headSeq(f), head);
        QCOMPARE(f.messages(conversation).size(), 1);
    }

    void twoDraftsAtATimePerAgent()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ai.handler = [](const CapturedRequest &) { return CannedResponse{200, {}, "application/json", true}; };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 1500)), 0);
        const qint64 conversation = startConversation(f);
        QVERIFY(conversation);

        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        QUrl url = f.server.baseUrl();
        url.setPath(QStringLiteral("/v1/conversations/%1/suggestion").arg(conversation));
        for (int i = 0; i < 2; ++i) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + f.token.toLatin1());
            replies.append(network.post(request, QByteArray()));
        }
        QVERIFY(ai.waitForRequests(2)); // both are with the AI now
        const RawReply third = suggest(f, conversation);
        QCOMPARE(third.status, 429);
        QCOMPARE(third.errorCode(), QStringLiteral("rate_limited"));
        for (QNetworkReply *reply : std::as_const(replies)) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 504);
            reply->deleteLater();
        }
        // Once they are answered, the agent may ask again.
        ai.handler = [](const CapturedRequest &) {
            return CannedResponse{200, chatCompletion(QStringLiteral("Hello!"))};
        };
        QCOMPARE(suggest(f, conversation).status, 200);
    }

    void meSaysWhetherSuggestionsAreAvailable()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QJsonObject settings = settingsOfMe(f);
        QCOMPARE(settings.value(QStringLiteral("ai_suggestions")), QJsonValue(false));
        QVERIFY(settings.value(QStringLiteral("updated_at")).isNull()); // never set

        QCOMPARE(f.setSettings(QJsonObject{{QStringLiteral("autopilot"),
                                            QJsonObject{{QStringLiteral("fallback"), QStringLiteral("Soon.")}}}}),
                 0);
        settings = settingsOfMe(f);
        QCOMPARE(settings.value(QStringLiteral("ai_suggestions")), QJsonValue(false));
        const qint64 firstChange = qint64(settings.value(QStringLiteral("updated_at")).toDouble());
        QVERIFY(firstChange > 0);

        QTest::qWait(5);
        QCOMPARE(f.setSettings(aiSettings(ai.base(), 5000)), 0);
        settings = settingsOfMe(f);
        QCOMPARE(settings.value(QStringLiteral("ai_suggestions")), QJsonValue(true));
        QVERIFY(qint64(settings.value(QStringLiteral("updated_at")).toDouble()) > firstChange);
    }
};

QTEST_GUILESS_MAIN(TestServerSuggestions)
#include "tst_server_suggestions.moc"
