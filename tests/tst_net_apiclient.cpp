// ApiClient's calls for the workspace's shared things, against the real
// relaydesk-server: the quick replies (GET /v1/canned-responses), the
// signed-in agent with the workspace's settings (autopilot while away,
// suggestions available: GET /v1/me), and suggested
// replies (POST /v1/conversations/{id}/suggestion) from a fake AI endpoint.

#include "capturehttp.h"
#include "channelfixture.h"
#include "httpcall.h"
#include "serverprocess.h"

#include "net/apiclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace relaydesk::test;
using relaydesk::net::ApiClient;
using relaydesk::net::ApiError;
using relaydesk::net::CannedResponseInfo;
using relaydesk::net::MeInfo;

namespace {

const QByteArray kPassword = "agent password 1";

QString tokenOf(const QUrl &server, const QString &email)
{
    return httpCall(server, "POST", QStringLiteral("/v1/auth/sign-in"),
                    QJsonObject{{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
        .body.value(QStringLiteral("token"))
        .toString();
}

bool setCannedResponses(const QString &dataDir, const QString &workspace, const QJsonArray &list)
{
    const QString path = dataDir + QStringLiteral("/quick-replies.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("canned_responses"), list}}).toJson());
    file.close();
    QProcess process;
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--workspace"), workspace,
                   QStringLiteral("--canned-responses"), path});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Runs one ApiClient call and waits for its answer.
template<typename T, typename Call>
std::pair<std::optional<T>, ApiError> await(Call call)
{
    bool answered = false;
    std::pair<std::optional<T>, ApiError> outcome;
    call([&](std::optional<T> result, const ApiError &error) {
        answered = true;
        outcome = {std::move(result), error};
    });
    QDeadlineTimer deadline(20000);
    while (!answered && !deadline.hasExpired())
        QTest::qWait(10);
    return outcome;
}

} // namespace

class TestNetApiClient : public QObject
{
    Q_OBJECT

private slots:
    void cannedResponses()
    {
        ServerProcess server;
        QVERIFY(addAgent(server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(setCannedResponses(server.dataDirectory(), QStringLiteral("Shop"),
                                   {QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("hours")},
                                                {QStringLiteral("title"), QStringLiteral("Opening hours")},
                                                {QStringLiteral("text"), QStringLiteral("We are open 9:00–18:00.")}},
                                    QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("thanks")},
                                                {QStringLiteral("title"), QStringLiteral("Thanks")},
                                                {QStringLiteral("text"),
                                                 QStringLiteral("Thank you!\nHave a nice day 😊")}}}));
        QVERIFY2(server.start(), qPrintable(server.output()));

        ApiClient client(server.baseUrl());
        client.setToken(tokenOf(server.baseUrl(), QStringLiteral("a1@shop.example")));
        const auto [replies, error] = await<QVector<CannedResponseInfo>>(
            [&](auto done) { client.cannedResponses(std::move(done)); });
        QVERIFY2(replies, qPrintable(error.message));
        QCOMPARE(replies->size(), 2);
        QCOMPARE(replies->at(0).shortcut, QStringLiteral("hours"));
        QCOMPARE(replies->at(0).title, QStringLiteral("Opening hours"));
        QCOMPARE(replies->at(0).text, QStringLiteral("We are open 9:00–18:00."));
        QCOMPARE(replies->at(1).text, QStringLiteral("Thank you!\nHave a nice day 😊"));

        // A token the server does not know: an auth problem, said so.
        client.setToken(QStringLiteral("rdt_not_a_token"));
        const auto [none, refused] = await<QVector<CannedResponseInfo>>(
            [&](auto done) { client.cannedResponses(std::move(done)); });
        QVERIFY(!none);
        QVERIFY(refused.isAuthProblem());
        QCOMPARE(refused.code, QStringLiteral("unauthorized"));
    }

    void meAndSuggestedReplies()
    {
        CaptureHttp ai;
        QVERIFY(ai.listen());
        ai.handler = [](const CapturedRequest &) {
            return CannedResponse{200, chatCompletion(QStringLiteral(" Sure, it ships today. "))};
        };
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        ApiClient client(f.server.baseUrl());
        client.setToken(f.token);

        auto [me, error] = await<MeInfo>([&](auto done) { client.me(std::move(done)); });
        QVERIFY2(me, qPrintable(error.message));
        QCOMPARE(me->agentId, f.agentId);
        QCOMPARE(me->email, QStringLiteral("agent@shop.example"));
        QCOMPARE(me->role, QStringLiteral("agent"));
        QCOMPARE(me->workspaceName, QStringLiteral("Shop"));
        QVERIFY(!me->settings.aiSuggestions);
        QVERIFY(me->settings.autopilotAway == relaydesk::protocol::Autopilot::Off);
        QCOMPARE(me->settings.updatedAt, 0);

        const QByteArray visitor = f.newVisitor();
        QVERIFY(f.visitorWrites(visitor, QStringLiteral("Does it ship today?")));
        const qint64 conversation = f.newestConversation();
        auto [none, refused] = await<QString>([&](auto done) { client.suggestReply(conversation, std::move(done)); });
        QVERIFY(!none);
        QCOMPARE(refused.httpStatus, 409);
        QCOMPARE(refused.code, QStringLiteral("ai_not_configured"));

        QJsonObject settings{{QStringLiteral("autopilot"),
                              QJsonObject{{QStringLiteral("while_away"), QStringLiteral("ai")},
                                          {QStringLiteral("ai"),
                                           QJsonObject{{QStringLiteral("base_url"), ai.base().toString()},
                                                       {QStringLiteral("model"), QStringLiteral("tiny-model")}}}}}};
        QCOMPARE(f.setSettings(settings), 0);
        std::tie(me, error) = await<MeInfo>([&](auto done) { client.me(std::move(done)); });
        QVERIFY2(me, qPrintable(error.message));
        QVERIFY(me->settings.aiSuggestions);
        QVERIFY(me->settings.autopilotAway == relaydesk::protocol::Autopilot::Ai);
        QVERIFY(me->settings.updatedAt > 0);

        auto [draft, failure] = await<QString>([&](auto done) { client.suggestReply(conversation, std::move(done)); });
        QVERIFY2(draft, qPrintable(failure.message));
        QCOMPARE(*draft, QStringLiteral("Sure, it ships today."));
        QCOMPARE(ai.requests.size(), 1);

        auto [missing, notFound] = await<QString>([&](auto done) { client.suggestReply(987654321, std::move(done)); });
        QVERIFY(!missing);
        QCOMPARE(notFound.code, QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestNetApiClient)
#include "tst_net_apiclient.moc"
