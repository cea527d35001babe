// Commands on the real relaydesk-server process, as a hostile or buggy client
// sends them: a refusal is a command's answer for good (a retry of its
// client_id never does it later), client ids belong to their agent, every id
// in a command is checked against the agent's workspace, text that no peer
// could decode is refused naming its field, and the frame rules of
// docs/protocol.md (hello first, args an object, presence never echoed,
// read up to a message, paging parameters, what web chat records carry).

#include "httpcall.h"
#include "serverdatabase.h"
#include "serverprocess.h"
#include "streamclient.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using relaydesk::test::addAgent;
using relaydesk::test::httpCall;
using relaydesk::test::onDatabase;
using relaydesk::test::ServerProcess;
using relaydesk::test::StreamClient;

namespace {

constexpr char kPassword[] = "agent password 1";

struct Account
{
    QString token;
    qint64 id = 0;
    QString widgetKey;
    QByteArray bearer() const { return "Bearer " + token.toLatin1(); }
};

QString errorCode(const QJsonObject &ack)
{
    return ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const QJsonObject &ack)
{
    return ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace

class TestServerCommands : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    Account m_ana, m_budi, m_other;

    Account signIn(const QString &email)
    {
        const auto reply = httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        return Account{
            reply.body.value(QStringLiteral("token")).toString(),
            qint64(reply.body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toDouble()),
            reply.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString()};
    }

    std::unique_ptr<StreamClient> live(const Account &account)
    {
        auto client = std::make_unique<StreamClient>();
        if (!client->connectTo(m_server.baseUrl()))
            return nullptr;
        client->hello(account.token, 0);
        const QJsonObject welcome = client->waitFor(QStringLiteral("welcome"));
        if (welcome.isEmpty())
            return nullptr;
        const qint64 head = qint64(welcome.value(QStringLiteral("head_seq")).toDouble());
        if (head > 0 && !client->waitForSeq(head))
            return nullptr;
        return client;
    }

    // A web chat customer writes; returns (conversation id, contact id).
    QPair<qint64, qint64> customerWrites(const QString &text)
    {
        const QString visitor = httpCall(m_server.baseUrl(), "POST",
                                         QStringLiteral("/v1/webchat/%1/visitors").arg(m_ana.widgetKey))
                                    .body.value(QStringLiteral("visitor_token"))
                                    .toString();
        const auto posted = httpCall(m_server.baseUrl(), "POST",
                                     QStringLiteral("/v1/webchat/%1/messages").arg(m_ana.widgetKey),
                                     QJsonObject{{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1());
        if (posted.status != 201)
            return {};
        const auto page = httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations?limit=1"), {},
                                   m_ana.bearer());
        const QJsonObject newest = page.body.value(QStringLiteral("conversations")).toArray().first().toObject();
        return {qint64(newest.value(QStringLiteral("id")).toDouble()),
                qint64(newest.value(QStringLiteral("contact_id")).toDouble())};
    }

    QStringList textsIn(qint64 conversation)
    {
        const auto page = httpCall(m_server.baseUrl(), "GET",
                                   QStringLiteral("/v1/conversations/%1/messages").arg(conversation), {},
                                   m_ana.bearer());
        QStringList texts;
        for (const QJsonValue &message : page.body.value(QStringLiteral("messages")).toArray())
            texts.append(message.toObject().value(QStringLiteral("text")).toString());
        return texts;
    }

    qint64 leadVersion(qint64 contact)
    {
        const auto reply = httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/contacts/%1").arg(contact), {},
                                    m_ana.bearer());
        return qint64(reply.body.value(QStringLiteral("lead")).toObject().value(QStringLiteral("version")).toDouble());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(
            addAgent(m_server.dataDirectory(), QStringLiteral("ana@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(
            addAgent(m_server.dataDirectory(), QStringLiteral("budi@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(addAgent(m_server.dataDirectory(), QStringLiteral("eve@other.example"), QStringLiteral("Other"),
                         kPassword));
        QVERIFY2(m_server.start({QStringLiteral("--webchat-visitors-per-minute"), QStringLiteral("0"),
                                 QStringLiteral("--webchat-messages-per-minute"), QStringLiteral("0"),
                                 QStringLiteral("--webchat-address-messages-per-minute"), QStringLiteral("0")}),
                 qPrintable(m_server.output()));
        m_ana = signIn(QStringLiteral("ana@shop.example"));
        m_budi = signIn(QStringLiteral("budi@shop.example"));
        m_other = signIn(QStringLiteral("eve@other.example"));
        QVERIFY(!m_ana.token.isEmpty() && !m_budi.token.isEmpty() && !m_other.token.isEmpty());
    }

    void aRefusalIsTheAnswerForGood()
    {
        const qint64 existing = customerWrites(QStringLiteral("hello")).first;
        QVERIFY(existing > 0);
        auto client = live(m_ana);
        QVERIFY(client);
        // The next conversation does not exist yet: refused.
        const QJsonObject args{{QStringLiteral("conversation_id"), existing + 1},
                               {QStringLiteral("text"), QStringLiteral("early reply")}};
        const QString id = client->command(QStringLiteral("message.send"), args);
        const QJsonObject first = client->waitFor(QStringLiteral("ack"), 10000, id);
        QCOMPARE(errorCode(first), QStringLiteral("not_found"));

        // Now it exists; the same client id still gets the first answer and does nothing.
        QCOMPARE(customerWrites(QStringLiteral("a new customer")).first, existing + 1);
        client->frames.clear();
        client->command(QStringLiteral("message.send"), args, id);
        const QJsonObject retry = client->waitFor(QStringLiteral("ack"), 10000, id);
        QCOMPARE(retry, first);
        QVERIFY(!textsIn(existing + 1).contains(QStringLiteral("early reply")));
        // A new attempt (a new client id) goes through.
        const QString fresh = client->command(QStringLiteral("message.send"), args);
        QVERIFY(client->waitFor(QStringLiteral("ack"), 10000, fresh).value(QStringLiteral("ok")).toBool());
        QCOMPARE(textsIn(existing + 1).count(QStringLiteral("early reply")), 1);
    }

    void aConflictIsRepeatedWithItsRecord()
    {
        const qint64 contact = customerWrites(QStringLiteral("a quote please")).second;
        QVERIFY(contact > 0);
        auto client = live(m_ana);
        QVERIFY(client);
        const QJsonObject stale{{QStringLiteral("contact_id"), contact},
                                {QStringLiteral("version"), leadVersion(contact) + 5},
                                {QStringLiteral("stage"), QStringLiteral("won")}};
        const QString id = client->command(QStringLiteral("lead.update"), stale);
        const QJsonObject first = client->waitFor(QStringLiteral("ack"), 10000, id);
        QCOMPARE(errorCode(first), QStringLiteral("conflict"));
        QVERIFY(!first.value(QStringLiteral("error")).toObject().value(QStringLiteral("current")).toObject().isEmpty());
        client->frames.clear();
        client->command(QStringLiteral("lead.update"), stale, id);
        QCOMPARE(client->waitFor(QStringLiteral("ack"), 10000, id), first);
    }

    void clientIdsBelongToTheirAgent()
    {
        const qint64 conversation = customerWrites(QStringLiteral("two agents")).first;
        auto ana = live(m_ana);
        auto budi = live(m_budi);
        QVERIFY(ana && budi);
        const QString shared = QStringLiteral("the-same-client-id-1");
        ana->command(QStringLiteral("message.send"),
                     {{QStringLiteral("conversation_id"), conversation},
                      {QStringLiteral("text"), QStringLiteral("Ana here")}},
                     shared);
        const QJsonObject anaAck = ana->waitFor(QStringLiteral("ack"), 10000, shared);
        QVERIFY(anaAck.value(QStringLiteral("ok")).toBool());
        // Budi's command with the same id is Budi's own: done, not answered with Ana's result.
        budi->command(QStringLiteral("message.send"),
                      {{QStringLiteral("conversation_id"), conversation},
                       {QStringLiteral("text"), QStringLiteral("Budi here")}},
                      shared);
        const QJsonObject budiAck = budi->waitFor(QStringLiteral("ack"), 10000, shared);
        QVERIFY(budiAck.value(QStringLiteral("ok")).toBool());
        QVERIFY(budiAck.value(QStringLiteral("result")) != anaAck.value(QStringLiteral("result")));
        const QStringList texts = textsIn(conversation);
        QVERIFY(texts.contains(QStringLiteral("Ana here")) && texts.contains(QStringLiteral("Budi here")));
    }

    void idsAreCheckedAgainstTheWorkspace_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("owner of another workspace") << "owner_id" << QJsonValue(-1) << "not_found";
        QTest::newRow("owner who is nobody") << "owner_id" << QJsonValue(987654) << "not_found";
        QTest::newRow("owner not a number") << "owner_id" << QJsonValue(QStringLiteral("ana")) << "bad_request";
        QTest::newRow("owner null") << "owner_id" << QJsonValue(QJsonValue::Null) << "";
        QTest::newRow("owner a colleague") << "owner_id" << QJsonValue(-2) << "";
        QTest::newRow("reply to another conversation") << "reply_to" << QJsonValue(-3) << "not_found";
        QTest::newRow("reply to nothing") << "reply_to" << QJsonValue(987654) << "not_found";
        QTest::newRow("reply to not a number") << "reply_to" << QJsonValue(QStringLiteral("x")) << "bad_request";
        QTest::newRow("reply in the conversation") << "reply_to" << QJsonValue(-4) << "";
        QTest::newRow("assignee of another workspace") << "agent_id" << QJsonValue(-1) << "not_found";
        QTest::newRow("assignee a colleague") << "agent_id" << QJsonValue(-2) << "";
    }
    void idsAreCheckedAgainstTheWorkspace()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const auto [conversation, contact] = customerWrites(QStringLiteral("ids"));
        const qint64 elsewhere = customerWrites(QStringLiteral("another conversation")).first;
        auto client = live(m_ana);
        QVERIFY(client);
        auto lastMessageOf = [&](qint64 id) {
            const auto page = httpCall(m_server.baseUrl(), "GET",
                                       QStringLiteral("/v1/conversations/%1/messages").arg(id), {}, m_ana.bearer());
            return page.body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("id"));
        };
        // Placeholders: -1 an agent of the other workspace, -2 a colleague, -3/-4 a message elsewhere/here.
        const qint64 placeholder = value.isDouble() ? qint64(value.toDouble()) : 0;
        if (placeholder == -1)
            value = m_other.id;
        else if (placeholder == -2)
            value = m_budi.id;
        else if (placeholder == -3)
            value = lastMessageOf(elsewhere);
        else if (placeholder == -4)
            value = lastMessageOf(conversation);
        QString id;
        if (field == QLatin1String("owner_id")) {
            id = client->command(QStringLiteral("lead.update"), {{QStringLiteral("contact_id"), contact},
                                                                 {QStringLiteral("version"), leadVersion(contact)},
                                                                 {field, value}});
        } else if (field == QLatin1String("reply_to")) {
            id = client->command(QStringLiteral("message.send"), {{QStringLiteral("conversation_id"), conversation},
                                                                  {QStringLiteral("text"), QStringLiteral("re")},
                                                                  {field, value}});
        } else {
            id = client->command(QStringLiteral("conversation.assign"),
                                 {{QStringLiteral("conversation_id"), conversation}, {field, value}});
        }
        const QJsonObject ack = client->waitFor(QStringLiteral("ack"), 10000, id);
        if (code.isEmpty()) {
            QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
            // The documented results: lead.update answers the lead itself.
            if (field == QLatin1String("owner_id")) {
                const QJsonObject lead = ack.value(QStringLiteral("result")).toObject();
                QCOMPARE(qint64(lead.value(QStringLiteral("contact_id")).toDouble()), contact);
                QCOMPARE(lead.value(QStringLiteral("owner_id")), value);
                QVERIFY(lead.value(QStringLiteral("version")).toInt() > 1);
            }
        } else {
            QCOMPARE(errorCode(ack), code);
            QVERIFY2(errorMessage(ack).startsWith(field), qPrintable(errorMessage(ack)));
        }
    }

    void textNoPeerCanDecodeIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("args"); // JSON written by hand: Qt would not write a lone surrogate
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("NUL in a message") << QByteArray(R"("text":"a\u0000b")") << "message.send"
                                          << "args.text";
        QTest::newRow("lone surrogate in a message") << QByteArray(R"("text":"a\ud800b")") << "message.send"
                                                     << "args.text";
        QTest::newRow("low surrogate first") << QByteArray(R"("text":"\udc00\ud800")") << "message.send"
                                             << "args.text";
        QTest::newRow("NUL in a lead tag") << QByteArray(R"("version":1,"tags":["ok","b\u0000d"])") << "lead.update"
                                           << "args.tags[1]";
        QTest::newRow("surrogate in a custom field name")
            << QByteArray(R"("version":1,"custom_fields":{"a\udfffb":"x"})") << "lead.update"
            << "args.custom_fields";
        QTest::newRow("NUL in a note") << QByteArray(R"("text":"\u0000")") << "lead.note"
                                       << "args.text";
    }
    void textNoPeerCanDecodeIsRefusedNamingTheField()
    {
        QFETCH(QByteArray, args);
        QFETCH(QString, name);
        QFETCH(QString, field);
        const auto [conversation, contact] = customerWrites(QStringLiteral("poison"));
        auto client = live(m_ana);
        QVERIFY(client);
        const QByteArray target = name == QLatin1String("message.send")
                                      ? "\"conversation_id\":" + QByteArray::number(conversation)
                                      : "\"contact_id\":" + QByteArray::number(contact);
        const QByteArray id = "poison-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        client->sendRaw("{\"type\":\"command\",\"client_id\":\"" + id + "\",\"name\":\"" + name.toLatin1()
                        + "\",\"args\":{" + target + "," + args + "}}");
        const QJsonObject ack = client->waitFor(QStringLiteral("ack"), 10000, QString::fromLatin1(id));
        QCOMPARE(errorCode(ack), QStringLiteral("bad_request"));
        QVERIFY2(errorMessage(ack).startsWith(field), qPrintable(errorMessage(ack)));
        // Nothing was stored, the stream stays open and every page still reads.
        QCOMPARE(client->closeCode(), -1);
        const auto page = httpCall(m_server.baseUrl(), "GET",
                                   QStringLiteral("/v1/conversations/%1/messages").arg(conversation), {},
                                   m_ana.bearer());
        QCOMPARE(page.status, 200);
        QVERIFY(!page.raw.contains("\\u0000") && !page.raw.contains("\\ud8"));
        QCOMPARE(page.body.value(QStringLiteral("messages")).toArray().size(), 1);
    }

    void argsThatAreNoObjectAreABadRequest()
    {
        auto client = live(m_ana);
        QVERIFY(client);
        client->sendRaw(R"({"type":"command","client_id":"args-1","name":"message.send","args":"x"})");
        QCOMPARE(errorCode(client->waitFor(QStringLiteral("ack"), 10000, QStringLiteral("args-1"))),
                 QStringLiteral("bad_request"));
        QCOMPARE(client->closeCode(), -1);
    }

    // Written by hand on a raw socket: QWebSocket only sends valid UTF-8.
    void aTextFrameThatIsNotUtf8ClosesWith1007()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray received;
        while (!received.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 101"), received.constData());
        // One masked text frame whose payload is not UTF-8.
        const QByteArray payload("\xff\xfe\xfd", 3);
        const char mask[4] = {1, 2, 3, 4};
        QByteArray frame;
        frame.append(char(0x81)).append(char(0x80 | payload.size())).append(mask, 4);
        for (int i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        socket.write(frame);
        QByteArray rest = received.mid(received.indexOf("\r\n\r\n") + 4);
        while (rest.size() < 4 && socket.waitForReadyRead(5000))
            rest += socket.readAll();
        QVERIFY(rest.size() >= 4);
        QCOMPARE(quint8(rest.at(0)), quint8(0x88)); // a close frame, no error frame before it
        QCOMPARE((quint8(rest.at(2)) << 8) | quint8(rest.at(3)), 1007);
    }

    void aCommandBeforeHelloClosesWith4000()
    {
        StreamClient client;
        QVERIFY(client.connectTo(m_server.baseUrl()));
        client.command(QStringLiteral("typing"), {{QStringLiteral("conversation_id"), 1}});
        QCOMPARE(client.waitFor(QStringLiteral("error")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("hello_required"));
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), 4000);
    }

    void readingStopsAtTheMessageTheAgentSaw()
    {
        const QString visitor = httpCall(m_server.baseUrl(), "POST",
                                         QStringLiteral("/v1/webchat/%1/visitors").arg(m_ana.widgetKey))
                                    .body.value(QStringLiteral("visitor_token"))
                                    .toString();
        auto write = [&](const QString &text) {
            return httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(m_ana.widgetKey),
                            QJsonObject{{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1());
        };
        const qint64 seen = qint64(write(QStringLiteral("first")).body.value(QStringLiteral("id")).toDouble());
        QVERIFY(seen > 0);
        QCOMPARE(write(QStringLiteral("second")).status, 201);
        QCOMPARE(write(QStringLiteral("third")).status, 201);
        const auto page = httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations?limit=1"), {},
                                   m_ana.bearer());
        const QJsonObject conversation = page.body.value(QStringLiteral("conversations")).toArray().first().toObject();
        QCOMPARE(conversation.value(QStringLiteral("unread_count")).toInt(), 3);
        // Web chat has no customer-service window; a customer's message carries their contact's id.
        QVERIFY(conversation.value(QStringLiteral("window_expires_at")).isNull());
        const qint64 id = qint64(conversation.value(QStringLiteral("id")).toDouble());
        const auto messages = httpCall(m_server.baseUrl(), "GET",
                                       QStringLiteral("/v1/conversations/%1/messages").arg(id), {}, m_ana.bearer());
        for (const QJsonValue &message : messages.body.value(QStringLiteral("messages")).toArray())
            QCOMPARE(message.toObject().value(QStringLiteral("author_id")),
                     conversation.value(QStringLiteral("contact_id")));

        auto client = live(m_ana);
        QVERIFY(client);
        const QString read = client->command(QStringLiteral("conversation.read"),
                                             {{QStringLiteral("conversation_id"), id},
                                              {QStringLiteral("up_to"), seen}});
        const QJsonObject ack = client->waitFor(QStringLiteral("ack"), 10000, read);
        QVERIFY(ack.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("unread_count")).toInt(), 2);
        const QString all = client->command(QStringLiteral("conversation.read"),
                                            {{QStringLiteral("conversation_id"), id}});
        QCOMPARE(client->waitFor(QStringLiteral("ack"), 10000, all)
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("unread_count"))
                     .toInt(),
                 0);
    }

    void pagingParametersAreCheckedNotGuessed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("limit 0") << "/v1/conversations?limit=0" << 400;
        QTest::newRow("limit 201") << "/v1/conversations?limit=201" << 400;
        QTest::newRow("limit words") << "/v1/conversations?limit=ten" << 400;
        QTest::newRow("cursor negative") << "/v1/conversations?before_id=-5" << 400;
        QTest::newRow("cursor words") << "/v1/conversations?before_activity=soon" << 400;
        QTest::newRow("limit 200") << "/v1/conversations?limit=200" << 200;
        QTest::newRow("no parameters") << "/v1/conversations" << 200;
        QTest::newRow("history limit 5001") << "/v1/history?limit=5001" << 400;
        QTest::newRow("history cursor words") << "/v1/history?before=last" << 400;
    }
    void pagingParametersAreCheckedNotGuessed()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto answer = httpCall(m_server.baseUrl(), "GET", path, {}, m_ana.bearer());
        QCOMPARE(answer.status, status);
        if (status == 400)
            QCOMPARE(answer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("bad_request"));
    }

    void anUnknownAddressAnswersTheUsualError()
    {
        for (const QString &path :
             {QStringLiteral("/v1/nothing-here"), QStringLiteral("/"), QStringLiteral("/v2/me")}) {
            const auto answer = httpCall(m_server.baseUrl(), "GET", path, {}, m_ana.bearer());
            QCOMPARE(answer.status, 404);
            QCOMPARE(answer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("not_found"));
        }
    }

    void aSignInWithUnreadableTextIsABadRequest()
    {
        const auto answer =
            httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("ana@shop.example") + QChar(0)},
                                 {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("email: contains U+0000"));
    }

    void aVisitorsAfterIsChecked()
    {
        const QString visitor = httpCall(m_server.baseUrl(), "POST",
                                         QStringLiteral("/v1/webchat/%1/visitors").arg(m_ana.widgetKey))
                                    .body.value(QStringLiteral("visitor_token"))
                                    .toString();
        const QByteArray auth = "Visitor " + visitor.toLatin1();
        const QString base = QStringLiteral("/v1/webchat/%1/messages").arg(m_ana.widgetKey);
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", base + QStringLiteral("?after=x"), {}, auth).status, 400);
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", base + QStringLiteral("?after=-1"), {}, auth).status, 400);
        QCOMPARE(httpCall(m_server.baseUrl(), "GET", base + QStringLiteral("?after=0"), {}, auth).status, 200);
        // A poison message is refused, naming the field.
        const auto refused = httpCall(m_server.baseUrl(), "POST", base,
                                      QJsonObject{{QStringLiteral("text"), QStringLiteral("a") + QChar(0)}}, auth);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("text: contains U+0000"));
    }

    void imageTypesAreTheDocumentedOnes_data()
    {
        QTest::addColumn<QByteArray>("format"); // QImage's writer, or "svg"
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("kind");
        QTest::newRow("webp") << QByteArray("WEBP") << "image/webp"
                              << "image";
        QTest::newRow("gif") << QByteArray("GIF") << "image/gif"
                             << "image";
        QTest::newRow("bmp") << QByteArray("BMP") << "image/bmp"
                             << "image";
        QTest::newRow("tiff") << QByteArray("TIFF") << "image/tiff"
                              << "image";
        QTest::newRow("svg") << QByteArray("svg") << "image/svg+xml"
                             << "document";
    }
    void imageTypesAreTheDocumentedOnes()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mimeType);
        QFETCH(QString, kind);
        QByteArray bytes;
        if (format == "GIF") { // Qt reads GIF but does not write it: the smallest GIF there is
            bytes = QByteArray::fromHex("474946383961010001008000000000"
                                        "00ffffff21f90401000000002c000000000100010000020244"
                                        "01003b");
        } else if (format == "svg") {
            bytes =
                R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>)";
        } else {
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY2(image.save(&buffer, format.constData()), "no image plugin: install qt6-image-formats-plugins");
        }
        static QNetworkAccessManager network;
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/media"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        request.setRawHeader("Authorization", m_ana.bearer());
        request.setRawHeader("X-File-Name", "picture." + format.toLower());
        QNetworkReply *reply = network.post(request, bytes);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject media = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(media.value(QStringLiteral("mime_type")).toString(), mimeType);
        QCOMPARE(media.value(QStringLiteral("kind")).toString(), kind);
        // Every picture gets its thumbnail (WebP and TIFF through Qt's image format plugins).
        const auto thumbnail =
            httpCall(m_server.baseUrl(), "GET",
                     QStringLiteral("/v1/media/%1/thumbnail").arg(media.value(QStringLiteral("media_id")).toString()),
                     {}, m_ana.bearer());
        QCOMPARE(thumbnail.status, kind == QLatin1String("image") ? 200 : 404);
    }

    // Schema step 9 on a database a version-8 server left: its remembered
    // results still answer retries, and what it stored is put right.
    void aVersion8DatabaseKeepsItsCommandResults()
    {
        ServerProcess old;
        QVERIFY(addAgent(old.dataDirectory(), QStringLiteral("old@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY2(old.start(), qPrintable(old.output()));
        auto signInOld = [&] {
            const auto reply = httpCall(old.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                        QJsonObject{{QStringLiteral("email"), QStringLiteral("old@shop.example")},
                                                    {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
            return Account{reply.body.value(QStringLiteral("token")).toString(), 0,
                           reply.body.value(QStringLiteral("workspace"))
                               .toObject()
                               .value(QStringLiteral("widget_key"))
                               .toString()};
        };
        Account agent = signInOld();
        const QString visitor = httpCall(old.baseUrl(), "POST",
                                         QStringLiteral("/v1/webchat/%1/visitors").arg(agent.widgetKey))
                                    .body.value(QStringLiteral("visitor_token"))
                                    .toString();
        QCOMPARE(httpCall(old.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(agent.widgetKey),
                          QJsonObject{{QStringLiteral("text"), QStringLiteral("hello from before")}},
                          "Visitor " + visitor.toLatin1())
                     .status,
                 201);
        const QJsonObject conversation = httpCall(old.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {},
                                                  agent.bearer())
                                             .body.value(QStringLiteral("conversations"))
                                             .toArray()
                                             .first()
                                             .toObject();
        const qint64 id = qint64(conversation.value(QStringLiteral("id")).toDouble());
        StreamClient client;
        QVERIFY(client.connectTo(old.baseUrl()));
        client.hello(agent.token, 0);
        QVERIFY(!client.waitFor(QStringLiteral("welcome")).isEmpty());
        const QJsonObject args{{QStringLiteral("conversation_id"), id},
                               {QStringLiteral("text"), QStringLiteral("once")}};
        const QString clientId = client.command(QStringLiteral("message.send"), args);
        const QJsonObject first = client.waitFor(QStringLiteral("ack"), 10000, clientId);
        QVERIFY(first.value(QStringLiteral("ok")).toBool());
        client.socket().close();
        old.stop();
        // As a version-8 server kept it: results in `commands` by workspace and client id only.
        QVERIFY(onDatabase(old.dataDirectory(),
                           {QStringLiteral(
                                "INSERT INTO commands (workspace_id, client_id, agent_id, result, created_at)"
                                " SELECT workspace_id, client_id, agent_id, result, created_at FROM command_results"),
                            QStringLiteral("DROP TABLE command_results"),
                            QStringLiteral("UPDATE conversations SET window_expires_at = 1 WHERE channel = 'webchat'"),
                            QStringLiteral("UPDATE messages SET author_id = NULL WHERE author = 'customer'"),
                            QStringLiteral("PRAGMA user_version = 8")}));

        QVERIFY2(old.restart(), qPrintable(old.output()));
        agent = signInOld();
        StreamClient again;
        QVERIFY(again.connectTo(old.baseUrl()));
        again.hello(agent.token, 0);
        QVERIFY(!again.waitFor(QStringLiteral("welcome")).isEmpty());
        again.command(QStringLiteral("message.send"), args, clientId);
        QCOMPARE(again.waitFor(QStringLiteral("ack"), 10000, clientId).value(QStringLiteral("result")),
                 first.value(QStringLiteral("result")));
        const auto page = httpCall(old.baseUrl(), "GET", QStringLiteral("/v1/conversations/%1/messages").arg(id), {},
                                   agent.bearer());
        int copies = 0;
        for (const QJsonValue &message : page.body.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject m = message.toObject();
            copies += m.value(QStringLiteral("text")).toString() == QLatin1String("once");
            if (m.value(QStringLiteral("author")).toString() == QLatin1String("customer"))
                QCOMPARE(m.value(QStringLiteral("author_id")), conversation.value(QStringLiteral("contact_id")));
        }
        QCOMPARE(copies, 1);
        const QJsonObject upgraded = httpCall(old.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {},
                                              agent.bearer())
                                         .body.value(QStringLiteral("conversations"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QVERIFY(upgraded.value(QStringLiteral("window_expires_at")).isNull());
    }

    void hostileFileNamesAreMadeSafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ending");
        QTest::newRow("path and bidi override") << QStringLiteral("../../etc/passwd\u202E.pdf") << ".pdf";
        QTest::newRow("extension spoofed") << QStringLiteral("invoice\u202Efdp.exe") << ".exe";
        QTest::newRow("C1 and isolates") << QStringLiteral("a\u0085\u2066b\u2069.txt") << ".txt";
    }
    void hostileFileNamesAreMadeSafe()
    {
        QFETCH(QString, name);
        QFETCH(QString, ending);
        static QNetworkAccessManager network;
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/media"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        request.setRawHeader("Authorization", m_ana.bearer());
        request.setRawHeader("X-File-Name", QUrl::toPercentEncoding(name));
        QNetworkReply *reply = network.post(request, QByteArray("plain words, nothing else"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QString stored =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("file_name")).toString();
        QVERIFY2(stored.endsWith(ending), qPrintable(stored));
        QVERIFY(!stored.contains(QLatin1Char('/')) && !stored.contains(QLatin1Char('\\')));
        for (const QChar c : stored) {
            const char16_t u = c.unicode();
            QVERIFY2(u >= 0x20 && !(u >= 0x7f && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e)
                         && !(u >= 0x2066 && u <= 0x2069) && u != 0x200e && u != 0x200f && u != 0x061c,
                     qPrintable(QString::number(u, 16)));
        }
    }

    void anAgentIsNeverSentTheirOwnPresence()
    {
        const qint64 conversation = customerWrites(QStringLiteral("presence")).first;
        auto laptop = live(m_ana);
        auto phone = live(m_ana);
        auto colleague = live(m_budi);
        QVERIFY(laptop && phone && colleague);
        phone->frames.clear();
        const QString id = laptop->command(QStringLiteral("conversation.viewing"),
                                           {{QStringLiteral("conversation_id"), conversation}});
        QVERIFY(laptop->waitFor(QStringLiteral("ack"), 10000, id).value(QStringLiteral("ok")).toBool());
        const QJsonObject seen = colleague->waitFor(QStringLiteral("presence"));
        QCOMPARE(qint64(seen.value(QStringLiteral("agent_id")).toDouble()), m_ana.id);
        // The colleague got it; by now the phone would have too.
        const QString ping = phone->command(QStringLiteral("typing"), {{QStringLiteral("conversation_id"), 0}});
        phone->waitFor(QStringLiteral("ack"), 10000, ping);
        for (const QJsonObject &frame : std::as_const(phone->frames))
            QVERIFY(frame.value(QStringLiteral("type")).toString() != QLatin1String("presence"));
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_server_commands.moc"
