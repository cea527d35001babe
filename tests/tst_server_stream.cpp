// The event stream on the real relaydesk-server process: welcome and live
// events, exact resume after random disconnects, idempotent commands,
// workspace isolation, lead conflicts, hostile frames, and a client too slow
// to read.

#include "serverprocess.h"
#include "stallingclient.h"
#include "streamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using relaydesk::test::ServerProcess;
using relaydesk::test::StallingClient;
using relaydesk::test::StreamClient;

namespace {

struct Http
{
    int status = 0;
    QJsonObject body;
};

Http call(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {},
          const QByteArray &authorization = {})
{
    static QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, method,
                                                     body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    Http result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return result;
}

struct Account
{
    QString token;
    qint64 agentId = 0;
    QString widgetKey;
};

} // namespace

class TestServerStream : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    Account m_a1, m_a2, m_b1;

    // The stream tests write more than the web chat's default limits allow.
    const QStringList kNoWebchatLimits{QStringLiteral("--webchat-messages-per-minute"),         QStringLiteral("0"),
                                       QStringLiteral("--webchat-address-messages-per-minute"), QStringLiteral("0"),
                                       QStringLiteral("--token-commands-per-minute"),           QStringLiteral("0")};

    Account signUp(const QString &email, const QString &workspace) { return signUp(m_server, email, workspace); }
    Account signUp(ServerProcess &server, const QString &email, const QString &workspace)
    {
        QProcess add;
        add.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), server.dataDirectory(), QStringLiteral("--add-agent"), email,
                   QStringLiteral("--workspace"), workspace});
        add.write("agent password 1\n");
        add.closeWriteChannel();
        add.waitForFinished(30000);
        return {};
    }

    Account signIn(const QString &email) { return signIn(m_server, email); }
    Account signIn(ServerProcess &server, const QString &email)
    {
        const Http reply = call(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                QJsonObject{{QStringLiteral("email"), email},
                                            {QStringLiteral("password"), QStringLiteral("agent password 1")}});
        return Account{
            reply.body.value(QStringLiteral("token")).toString(),
            qint64(reply.body.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toDouble()),
            reply.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString()};
    }

    QByteArray bearer(const Account &account) const { return "Bearer " + account.token.toLatin1(); }

    QString newVisitor(const QString &widgetKey)
    {
        return call(m_server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/visitors").arg(widgetKey))
            .body.value(QStringLiteral("visitor_token"))
            .toString();
    }

    int visitorWrites(const QString &widgetKey, const QString &visitor, const QString &text)
    {
        return call(m_server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(widgetKey),
                    QJsonObject{{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1())
            .status;
    }

    std::unique_ptr<StreamClient> live(const Account &account, qint64 lastSeq = 0)
    {
        return live(m_server, account, lastSeq);
    }
    std::unique_ptr<StreamClient> live(ServerProcess &server, const Account &account, qint64 lastSeq = 0)
    {
        auto client = std::make_unique<StreamClient>();
        if (!client->connectTo(server.baseUrl()))
            return nullptr;
        client->hello(account.token, lastSeq);
        if (client->waitFor(QStringLiteral("welcome")).isEmpty())
            return nullptr;
        return client;
    }

private slots:
    void initTestCase()
    {
        signUp(QStringLiteral("a1@shop.example"), QStringLiteral("Shop"));
        signUp(QStringLiteral("a2@shop.example"), QStringLiteral("Shop"));
        signUp(QStringLiteral("b1@other.example"), QStringLiteral("Other"));
        QVERIFY2(m_server.start(kNoWebchatLimits), qPrintable(m_server.output()));
        m_a1 = signIn(QStringLiteral("a1@shop.example"));
        m_a2 = signIn(QStringLiteral("a2@shop.example"));
        m_b1 = signIn(QStringLiteral("b1@other.example"));
        QVERIFY(!m_a1.token.isEmpty() && !m_a2.token.isEmpty() && !m_b1.token.isEmpty());
        QVERIFY(!m_a1.widgetKey.isEmpty() && m_a1.widgetKey == m_a2.widgetKey && m_a1.widgetKey != m_b1.widgetKey);
    }

    void liveEventsReachTheirWorkspaceOnly()
    {
        auto a1 = live(m_a1);
        auto b1 = live(m_b1);
        QVERIFY(a1 && b1);
        const qint64 head = qint64(a1->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        const QString visitor = newVisitor(m_a1.widgetKey);
        QCOMPARE(visitorWrites(m_a1.widgetKey, visitor, QStringLiteral("Halo, pesanan saya belum sampai")), 201);
        QVERIFY(a1->waitForSeq(head + 4));
        const auto events = a1->events();
        QStringList kinds;
        for (const QJsonObject &event : events)
            kinds << event.value(QStringLiteral("kind")).toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("contact.upserted"), QStringLiteral("lead.updated"),
                                     QStringLiteral("conversation.upserted"), QStringLiteral("message.created")}));
        QCOMPARE(events.last().value(QStringLiteral("data")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Halo, pesanan saya belum sampai"));

        // The other workspace's agent sees only its own visitor's events.
        const QString otherVisitor = newVisitor(m_b1.widgetKey);
        QCOMPARE(visitorWrites(m_b1.widgetKey, otherVisitor, QStringLiteral("hola")), 201);
        QVERIFY(b1->waitForSeq(4));
        for (const QJsonObject &event : b1->events())
            QVERIFY(!QJsonDocument(event).toJson().contains("pesanan"));
        QCOMPARE(b1->events().size(), 4);
    }

    void resumeIsExactAfterRandomDisconnects()
    {
        const QString visitor = newVisitor(m_a1.widgetKey);
        QRandomGenerator random(42);
        qint64 applied = 0;
        int written = 0;
        for (int round = 0; round < 12; ++round) {
            auto client = live(m_a1, applied);
            QVERIFY(client);
            const int burst = int(random.bounded(1, 6));
            for (int i = 0; i < burst; ++i)
                QCOMPARE(visitorWrites(m_a1.widgetKey, visitor, QStringLiteral("burst %1 %2").arg(round).arg(i)), 201);
            written += burst;
            // Take some of what arrives, then drop the connection abruptly.
            QTest::qWait(int(random.bounded(0, 40)));
            for (const QJsonObject &event : client->events()) {
                const qint64 seq = qint64(event.value(QStringLiteral("seq")).toDouble());
                QCOMPARE(seq, applied + 1); // in order, no gap, no repeat
                applied = seq;
            }
            client->socket().abort();
        }
        auto last = live(m_a1, applied);
        QVERIFY(last);
        const qint64 head = qint64(
            last->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        if (applied < head)
            QVERIFY(last->waitForSeq(head));
        for (const QJsonObject &event : last->events()) {
            const qint64 seq = qint64(event.value(QStringLiteral("seq")).toDouble());
            QCOMPARE(seq, applied + 1);
            applied = seq;
        }
        QCOMPARE(applied, head);
        QVERIFY(written > 12);
    }

    void aRetriedCommandMakesOneMessage()
    {
        const QString visitor = newVisitor(m_a1.widgetKey);
        QCOMPARE(visitorWrites(m_a1.widgetKey, visitor, QStringLiteral("can I pay by card?")), 201);
        auto client = live(m_a1);
        QVERIFY(client);
        const qint64 head = qint64(
            client->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        QVERIFY(client->waitForSeq(head));
        const qint64 conversation = qint64(client->events()
                                               .last()
                                               .value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("conversation_id"))
                                               .toDouble());
        const QJsonObject args{{QStringLiteral("conversation_id"), conversation},
                               {QStringLiteral("text"), QStringLiteral("Yes, cards are fine")}};
        const QString id = client->command(QStringLiteral("message.send"), args);
        const QJsonObject first = client->waitFor(QStringLiteral("ack"), 10000, id);
        QVERIFY2(first.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(first).toJson()));
        client->socket().abort(); // the ack was "lost"

        auto again = live(m_a1, head);
        QVERIFY(again);
        again->command(QStringLiteral("message.send"), args, id);
        const QJsonObject second = again->waitFor(QStringLiteral("ack"), 10000, id);
        QCOMPARE(second.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")),
                 first.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")));
        const Http page = call(m_server.baseUrl(), "GET",
                               QStringLiteral("/v1/conversations/%1/messages").arg(conversation), {}, bearer(m_a1));
        int copies = 0;
        for (const QJsonValue &message : page.body.value(QStringLiteral("messages")).toArray())
            copies += message.toObject().value(QStringLiteral("text")).toString()
                      == QLatin1String("Yes, cards are fine");
        QCOMPARE(copies, 1);
        // The visitor sees the reply.
        const Http replies = call(m_server.baseUrl(), "GET",
                                  QStringLiteral("/v1/webchat/%1/messages").arg(m_a1.widgetKey), {},
                                  "Visitor " + visitor.toLatin1());
        QVERIFY(QJsonDocument(replies.body).toJson().contains("Yes, cards are fine"));
    }

    void concurrentLeadEditsConflict()
    {
        const QString visitor = newVisitor(m_a1.widgetKey);
        QCOMPARE(visitorWrites(m_a1.widgetKey, visitor, QStringLiteral("I want a quote")), 201);
        auto one = live(m_a1);
        auto two = live(m_a2);
        QVERIFY(one && two);
        const qint64 head = qint64(
            one->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        QVERIFY(one->waitForSeq(head));
        qint64 contact = 0;
        for (const QJsonObject &event : one->events()) {
            if (event.value(QStringLiteral("kind")).toString() == QLatin1String("lead.updated"))
                contact = qint64(
                    event.value(QStringLiteral("data")).toObject().value(QStringLiteral("contact_id")).toDouble());
        }
        QVERIFY(contact > 0);
        const QString first = one->command(QStringLiteral("lead.update"),
                                           {{QStringLiteral("contact_id"), contact},
                                            {QStringLiteral("version"), 1},
                                            {QStringLiteral("stage"), QStringLiteral("qualified")}});
        QVERIFY(one->waitFor(QStringLiteral("ack"), 10000, first).value(QStringLiteral("ok")).toBool());
        const QString second = two->command(QStringLiteral("lead.update"),
                                            {{QStringLiteral("contact_id"), contact},
                                             {QStringLiteral("version"), 1},
                                             {QStringLiteral("stage"), QStringLiteral("lost")}});
        const QJsonObject conflict = two->waitFor(QStringLiteral("ack"), 10000, second);
        QVERIFY(!conflict.value(QStringLiteral("ok")).toBool());
        QCOMPARE(conflict.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("conflict"));
        const QJsonObject current =
            conflict.value(QStringLiteral("error")).toObject().value(QStringLiteral("current")).toObject();
        QCOMPARE(current.value(QStringLiteral("stage")).toString(), QStringLiteral("qualified"));
        QCOMPARE(current.value(QStringLiteral("version")).toInt(), 2);
    }

    void anotherWorkspaceSeesNothing()
    {
        const Http page = call(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, bearer(m_a1));
        const QJsonArray conversations = page.body.value(QStringLiteral("conversations")).toArray();
        QVERIFY(!conversations.isEmpty());
        const qint64 shopConversation = qint64(conversations.first().toObject().value(QStringLiteral("id")).toDouble());
        const qint64 shopContact = qint64(
            conversations.first().toObject().value(QStringLiteral("contact_id")).toDouble());
        QCOMPARE(call(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations/%1/messages").arg(shopConversation),
                      {}, bearer(m_b1))
                     .status,
                 404);
        QCOMPARE(call(m_server.baseUrl(), "GET", QStringLiteral("/v1/contacts/%1").arg(shopContact), {}, bearer(m_b1))
                     .status,
                 404);
        const Http otherPage = call(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, bearer(m_b1));
        for (const QJsonValue &c : otherPage.body.value(QStringLiteral("conversations")).toArray())
            QVERIFY(qint64(c.toObject().value(QStringLiteral("id")).toDouble()) != shopConversation);
        auto b1 = live(m_b1);
        QVERIFY(b1);
        const QString id = b1->command(QStringLiteral("conversation.read"),
                                       {{QStringLiteral("conversation_id"), shopConversation}});
        const QJsonObject ack = b1->waitFor(QStringLiteral("ack"), 10000, id);
        QVERIFY(!ack.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ack.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(call(m_server.baseUrl(), "GET", QStringLiteral("/v1/conversations"), {}, "Bearer nope").status, 401);

        // Colleagues are listed per workspace.
        QStringList shopEmails, otherEmails;
        for (const QJsonValue &a : call(m_server.baseUrl(), "GET", QStringLiteral("/v1/agents"), {}, bearer(m_a1))
                                       .body.value(QStringLiteral("agents"))
                                       .toArray())
            shopEmails << a.toObject().value(QStringLiteral("email")).toString();
        for (const QJsonValue &a : call(m_server.baseUrl(), "GET", QStringLiteral("/v1/agents"), {}, bearer(m_b1))
                                       .body.value(QStringLiteral("agents"))
                                       .toArray())
            otherEmails << a.toObject().value(QStringLiteral("email")).toString();
        shopEmails.sort();
        QCOMPARE(shopEmails, (QStringList{QStringLiteral("a1@shop.example"), QStringLiteral("a2@shop.example")}));
        QCOMPARE(otherEmails, QStringList{QStringLiteral("b1@other.example")});
    }

    void refusalsCloseWithDocumentedCodes_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("protocol mismatch") << 99 << "A1"
                                           << "protocol_mismatch" << 4002;
        // Protocol 1 predates workspace.updated: such a client is told to update, not sent what it cannot read.
        QTest::newRow("a protocol 1 client") << 1 << "A1"
                                             << "protocol_mismatch" << 4002;
        QTest::newRow("bad token") << 2 << "rdt_wrong"
                                   << "unauthorized" << 4001;
    }
    void refusalsCloseWithDocumentedCodes()
    {
        QFETCH(int, protocol);
        QFETCH(QString, token);
        QFETCH(QString, error);
        QFETCH(int, closeCode);
        StreamClient client;
        QVERIFY(client.connectTo(m_server.baseUrl()));
        client.hello(token == QLatin1String("A1") ? m_a1.token : token, 0, protocol);
        const QJsonObject frame = client.waitFor(QStringLiteral("error"));
        QCOMPARE(frame.value(QStringLiteral("code")).toString(), error);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), closeCode);
    }

    void hostileFramesDoNotHurtOthers_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<int>("closeCode"); // 0: stays open with an error frame
        QTest::newRow("not json") << QByteArray("hello there") << false << 4000;
        QTest::newRow("json array") << QByteArray("[1,2,3]") << false << 4000;
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13\x37", 4) << true << 4000;
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"bogus\"}") << false << 0;
        QTest::newRow("oversized") << QByteArray("{\"type\":\"ping\",\"pad\":\"" + QByteArray(300 * 1024, 'x') + "\"}")
                                   << false << 4004;
    }
    void hostileFramesDoNotHurtOthers()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, binary);
        QFETCH(int, closeCode);
        auto bystander = live(m_a2);
        auto attacker = live(m_a1);
        QVERIFY(bystander && attacker);
        if (binary)
            attacker->socket().sendBinaryMessage(frame);
        else
            attacker->sendRaw(frame);
        if (closeCode) {
            QVERIFY(attacker->waitForClose());
            QCOMPARE(attacker->closeCode(), closeCode);
        } else {
            QVERIFY(!attacker->waitFor(QStringLiteral("error")).isEmpty());
            const QString id = attacker->command(QStringLiteral("typing"),
                                                 {{QStringLiteral("conversation_id"), 999999}});
            QVERIFY(!attacker->waitFor(QStringLiteral("ack"), 10000, id).isEmpty()); // still served
        }
        // The server and the other agent carry on.
        const qint64 before = bystander->lastSeq();
        const qint64 head = qint64(
            bystander->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        QCOMPARE(visitorWrites(m_a1.widgetKey, newVisitor(m_a1.widgetKey), QStringLiteral("still there?")), 201);
        QVERIFY(bystander->waitForSeq(qMax(before, head) + 1));
    }

    void aSlowClientIsClosedAndResumesExactly()
    {
        // A server of its own: this test writes megabytes of events.
        ServerProcess server;
        signUp(server, QStringLiteral("fast@slow.example"), QStringLiteral("Slow"));
        signUp(server, QStringLiteral("stuck@slow.example"), QStringLiteral("Slow"));
        QVERIFY2(server.start(kNoWebchatLimits), qPrintable(server.output()));
        const Account fastAgent = signIn(server, QStringLiteral("fast@slow.example"));
        const Account stuckAgent = signIn(server, QStringLiteral("stuck@slow.example"));
        const QString visitor = call(server.baseUrl(), "POST",
                                     QStringLiteral("/v1/webchat/%1/visitors").arg(fastAgent.widgetKey))
                                    .body.value(QStringLiteral("visitor_token"))
                                    .toString();
        QCOMPARE(call(server.baseUrl(), "POST", QStringLiteral("/v1/webchat/%1/messages").arg(fastAgent.widgetKey),
                      QJsonObject{{QStringLiteral("text"), QStringLiteral("a long question follows")}},
                      "Visitor " + visitor.toLatin1())
                     .status,
                 201);

        auto fast = live(server, fastAgent);
        QVERIFY(fast);
        const qint64 start = qint64(
            fast->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        QVERIFY(fast->waitForSeq(start));
        const qint64 conversation = qint64(fast->events()
                                               .last()
                                               .value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("conversation_id"))
                                               .toDouble());
        StallingClient stuck;
        QVERIFY(stuck.connectAndStall(server.baseUrl(), stuckAgent.token, start));

        // Long replies (16 KiB of UTF-8 each), two events each: far more than
        // the kernel's buffers and the server's 1024-frame queue hold for a
        // client that does not read. In batches, as agents write: the reader
        // keeps up with every batch while the other client is stuck.
        const int batches = 20, perBatch = 50;
        QString text;
        for (int i = 0; i < 4096; ++i)
            text += QStringLiteral("📦");
        for (int batch = 0; batch < batches; ++batch) {
            QString last;
            for (int i = 0; i < perBatch; ++i)
                last = fast->command(QStringLiteral("message.send"), {{QStringLiteral("conversation_id"), conversation},
                                                                      {QStringLiteral("text"), text}});
            const QJsonObject ack = fast->waitFor(QStringLiteral("ack"), 30000, last);
            QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
            QVERIFY(fast->waitForSeq(start + 2 * perBatch * (batch + 1), 30000));
        }
        const qint64 head = start + 2 * batches * perBatch;
        qint64 expected = start;
        for (const QJsonObject &event : fast->events()) {
            const qint64 seq = qint64(event.value(QStringLiteral("seq")).toDouble());
            if (seq <= start)
                continue;
            QCOMPARE(seq, expected + 1);
            expected = seq;
        }
        QCOMPARE(expected, head);

        // The stuck client reads again: what was queued for it, then 4003.
        QVERIFY(stuck.resumeUntilClosed(60000));
        QCOMPARE(stuck.closeCode(), 4003);
        qint64 applied = start;
        for (const QJsonObject &frame : stuck.frames) {
            if (frame.value(QStringLiteral("type")).toString() != QLatin1String("event"))
                continue;
            const qint64 seq = qint64(frame.value(QStringLiteral("seq")).toDouble());
            QCOMPARE(seq, applied + 1); // in order, nothing twice
            applied = seq;
        }
        QVERIFY2(applied < head, "the stuck client cannot have had everything before it was closed");

        // It resumes from its last applied seq and gets the rest exactly once.
        auto resumed = live(server, stuckAgent, applied);
        QVERIFY(resumed);
        QVERIFY(resumed->waitForSeq(head, 60000));
        for (const QJsonObject &event : resumed->events()) {
            const qint64 seq = qint64(event.value(QStringLiteral("seq")).toDouble());
            QCOMPARE(seq, applied + 1);
            applied = seq;
        }
        QCOMPARE(applied, head);
    }

    // The server dies after a command's change is committed and before it is
    // acknowledged (a fault-injection switch ends the process there). The
    // retry of the same client id gets the first result, and the customer
    // gets one reply, not two: the result is stored in the change's own
    // transaction. Last in the suite: it restarts the shared server.
    void aCrashBetweenCommitAndAckStillMakesOneMessage()
    {
        // The suite has made its address's share of new visitors by now.
        const QStringList arguments =
            kNoWebchatLimits + QStringList{QStringLiteral("--webchat-visitors-per-minute"), QStringLiteral("0")};
        m_server.stop();
        qputenv("RELAYDESK_TEST_FAULT", "exit-after-commit");
        const bool faulty = m_server.restart(arguments);
        qunsetenv("RELAYDESK_TEST_FAULT");
        QVERIFY2(faulty, qPrintable(m_server.output()));
        const QString visitor = newVisitor(m_a1.widgetKey);
        QCOMPARE(visitorWrites(m_a1.widgetKey, visitor, QStringLiteral("is the blue one in stock?")), 201);

        auto client = live(m_a1);
        QVERIFY(client);
        const qint64 head = qint64(
            client->waitFor(QStringLiteral("welcome")).value(QStringLiteral("head_seq")).toDouble());
        QVERIFY(client->waitForSeq(head));
        const qint64 conversation = qint64(client->events()
                                               .last()
                                               .value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("conversation_id"))
                                               .toDouble());
        const QJsonObject args{{QStringLiteral("conversation_id"), conversation},
                               {QStringLiteral("text"), QStringLiteral("Yes, in every size")}};
        const QString id = client->command(QStringLiteral("message.send"), args);
        QVERIFY(client->waitForClose(10000)); // the server is gone, with no ack
        QVERIFY(!client->frames.isEmpty());
        for (const QJsonObject &frame : std::as_const(client->frames))
            QVERIFY(frame.value(QStringLiteral("type")).toString() != QLatin1String("ack"));

        QVERIFY2(m_server.restart(arguments), qPrintable(m_server.output()));
        auto again = live(m_a1, head);
        QVERIFY(again);
        again->command(QStringLiteral("message.send"), args, id);
        const QJsonObject ack = again->waitFor(QStringLiteral("ack"), 10000, id);
        QVERIFY2(ack.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
        const qint64 acknowledged = qint64(
            ack.value(QStringLiteral("result")).toObject().value(QStringLiteral("message_id")).toDouble());
        QVERIFY(acknowledged > 0);

        const Http page = call(m_server.baseUrl(), "GET",
                               QStringLiteral("/v1/conversations/%1/messages").arg(conversation), {}, bearer(m_a1));
        QList<qint64> copies;
        for (const QJsonValue &message : page.body.value(QStringLiteral("messages")).toArray()) {
            if (message.toObject().value(QStringLiteral("text")).toString() == QLatin1String("Yes, in every size"))
                copies.append(qint64(message.toObject().value(QStringLiteral("id")).toDouble()));
        }
        QCOMPARE(copies, QList<qint64>{acknowledged});
    }
};

QTEST_GUILESS_MAIN(TestServerStream)
#include "tst_server_stream.moc"
