// A workspace's quick replies (canned responses): the admin command sets them
// from a JSON file, checked all or nothing (each kind of mistake refused with
// its reason and nothing stored), GET /v1/canned-responses gives them to the
// workspace's agents only, and schema step 8 brings a database that holds
// data up to date without losing any. (ApiClient::cannedResponses():
// tst_net_apiclient.)

#include "httpcall.h"
#include "serverdatabase.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace relaydesk::test;

namespace {

const QByteArray kPassword = "agent password 1";

struct AdminRun
{
    int exitCode = -1;
    QString output;
};

AdminRun admin(const QString &dataDir, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

// Writes `bytes` to a file in the data folder and sets them as the workspace's quick replies.
AdminRun setFromBytes(const QString &dataDir, const QString &workspace, const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = dataDir + QStringLiteral("/quick-replies-%1.json").arg(++counter);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    file.close();
    return admin(dataDir, {QStringLiteral("--workspace"), workspace, QStringLiteral("--canned-responses"), path});
}

QJsonObject reply(const QString &shortcut, const QString &title, const QString &text)
{
    return QJsonObject{{QStringLiteral("shortcut"), shortcut},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("text"), text}};
}

QByteArray document(const QJsonArray &list)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("canned_responses"), list}}).toJson();
}

const QJsonArray kShopReplies{
    reply(QStringLiteral("hours"), QStringLiteral("Opening hours"),
          QStringLiteral("We are open 9:00–18:00, Monday to Friday.")),
    reply(QStringLiteral("ship-time"), QStringLiteral("Shipping time"), QStringLiteral("Parcels arrive in 2–3 days 📦")),
    reply(QStringLiteral("thanks_2"), QStringLiteral("Thanks"), QStringLiteral("Thank you!\nHave a nice day.")),
};

// The workspace's quick replies as the admin command prints them.
QJsonArray shown(const QString &dataDir, const QString &workspace)
{
    const AdminRun run = admin(dataDir,
                               {QStringLiteral("--workspace"), workspace, QStringLiteral("--show-canned-responses")});
    return QJsonDocument::fromJson(run.output.toUtf8()).object().value(QStringLiteral("canned_responses")).toArray();
}

QString tokenOf(const QUrl &server, const QString &email)
{
    return httpCall(server, "POST", QStringLiteral("/v1/auth/sign-in"),
                    QJsonObject{{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
        .body.value(QStringLiteral("token"))
        .toString();
}

HttpAnswer listFor(const QUrl &server, const QString &token)
{
    return httpCall(server, "GET", QStringLiteral("/v1/canned-responses"), {}, "Bearer " + token.toLatin1());
}

// The first column of the first row of `sql` (-1 when there is none).
int queryInt(const QString &dataDir, const QString &sql)
{
    const QString connection = QStringLiteral("query");
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dataDir + QStringLiteral("/relaydesk-server.db"));
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

int schemaVersion(const QString &dataDir)
{
    return queryInt(dataDir, QStringLiteral("PRAGMA user_version"));
}

} // namespace

class TestServerCannedResponses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One data folder for the refusals: each starts from the same good list.
        QVERIFY(
            addAgent(m_refusals.dataDirectory(), QStringLiteral("a@shop.example"), QStringLiteral("Shop"), kPassword));
    }

    void theAdminSetsThemAndTheWorkspacesAgentsReadThem()
    {
        ServerProcess server;
        QVERIFY(addAgent(server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(
            addAgent(server.dataDirectory(), QStringLiteral("b1@other.example"), QStringLiteral("Other"), kPassword));
        const AdminRun set = setFromBytes(server.dataDirectory(), QStringLiteral("Shop"), document(kShopReplies));
        QVERIFY2(set.exitCode == 0, qPrintable(set.output));
        QVERIFY2(set.output.contains(QStringLiteral("3 quick replies saved for Shop: hours, ship-time, thanks_2")),
                 qPrintable(set.output));

        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString shopToken = tokenOf(server.baseUrl(), QStringLiteral("a1@shop.example"));
        HttpAnswer answer = listFor(server.baseUrl(), shopToken);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("canned_responses")).toArray(), kShopReplies); // in the admin's order
        // Another workspace has none of them.
        answer = listFor(server.baseUrl(), tokenOf(server.baseUrl(), QStringLiteral("b1@other.example")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, (QJsonObject{{QStringLiteral("canned_responses"), QJsonArray()}}));
        // Signed out: nothing.
        answer = listFor(server.baseUrl(), QStringLiteral("rdt_not_a_token"));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));

        // What --show-canned-responses prints can be set again as it is.
        const AdminRun show = admin(server.dataDirectory(), {QStringLiteral("--workspace"), QStringLiteral("Shop"),
                                                             QStringLiteral("--show-canned-responses")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(setFromBytes(server.dataDirectory(), QStringLiteral("Other"), show.output.toUtf8()).exitCode == 0,
                 qPrintable(show.output));
        QCOMPARE(listFor(server.baseUrl(), tokenOf(server.baseUrl(), QStringLiteral("b1@other.example")))
                     .body.value(QStringLiteral("canned_responses"))
                     .toArray(),
                 kShopReplies);

        // A change applies to the running server at once; "" removes them all.
        const QJsonArray one{reply(QStringLiteral("hi"), QStringLiteral("Hello"), QStringLiteral("Hello there"))};
        QCOMPARE(setFromBytes(server.dataDirectory(), QStringLiteral("Shop"), document(one)).exitCode, 0);
        QCOMPARE(listFor(server.baseUrl(), shopToken).body.value(QStringLiteral("canned_responses")).toArray(), one);
        const AdminRun removed = admin(server.dataDirectory(), {QStringLiteral("--workspace"), QStringLiteral("Shop"),
                                                                QStringLiteral("--canned-responses"), QString()});
        QVERIFY2(removed.exitCode == 0 && removed.output.contains(QStringLiteral("Shop has no quick replies now")),
                 qPrintable(removed.output));
        QCOMPARE(listFor(server.baseUrl(), shopToken).body.value(QStringLiteral("canned_responses")).toArray(),
                 QJsonArray());
    }

    void aMistakeIsRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");

        const QString longText(4097, QLatin1Char('x'));
        QJsonArray many;
        for (int i = 0; i < 201; ++i)
            many.append(reply(QStringLiteral("r%1").arg(i), QStringLiteral("Reply %1").arg(i), QStringLiteral("text")));

        QTest::newRow("shortcut used twice")
            << document({reply(QStringLiteral("hours"), QStringLiteral("A"), QStringLiteral("a")),
                         reply(QStringLiteral("hours"), QStringLiteral("B"), QStringLiteral("b"))})
            << QStringLiteral("canned_responses[1].shortcut \"hours\" is used twice (also by canned_responses[0])");
        QTest::newRow("shortcut in capitals")
            << document({reply(QStringLiteral("Hours"), QStringLiteral("A"), QStringLiteral("a"))})
            << QStringLiteral("canned_responses[0].shortcut \"Hours\" must be 1-32 of a-z, 0-9, - and _");
        QTest::newRow("shortcut with a space")
            << document({reply(QStringLiteral("open hours"), QStringLiteral("A"), QStringLiteral("a"))})
            << QStringLiteral("canned_responses[0].shortcut \"open hours\" must be 1-32");
        QTest::newRow("shortcut too long")
            << document({reply(QString(33, QLatin1Char('h')), QStringLiteral("A"), QStringLiteral("a"))})
            << QStringLiteral("must be 1-32 of a-z");
        QTest::newRow("shortcut empty") << document({reply(QString(), QStringLiteral("A"), QStringLiteral("a"))})
                                        << QStringLiteral("canned_responses[0].shortcut \"\" must be 1-32");
        QTest::newRow("text empty") << document(
            {reply(QStringLiteral("ok"), QStringLiteral("A"), QStringLiteral("a")),
             reply(QStringLiteral("blank"), QStringLiteral("Blank"), QStringLiteral("  \n "))})
                                    << QStringLiteral("canned_responses[1].text must not be empty");
        QTest::newRow("text too long") << document({reply(QStringLiteral("long"), QStringLiteral("Long"), longText)})
                                       << QStringLiteral("canned_responses[0].text must be at most 4096 characters");
        // Written by hand: Qt's JSON writer would not write a lone surrogate.
        QTest::newRow("text with a lone surrogate")
            << QByteArray(R"({"canned_responses":[{"shortcut":"x","title":"X","text":"a\ud800b"}]})")
            << QStringLiteral("canned_responses[0].text must be at most 4096 characters");
        QTest::newRow("text with U+0000")
            << QByteArray(R"({"canned_responses":[{"shortcut":"x","title":"X","text":"a\u0000b"}]})")
            << QStringLiteral("canned_responses[0].text must be at most 4096 characters");
        QTest::newRow("title missing") << document({QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("x")},
                                                                {QStringLiteral("text"), QStringLiteral("x")}}})
                                       << QStringLiteral("canned_responses[0].title is required and must be a string");
        QTest::newRow("title on two lines")
            << document({reply(QStringLiteral("x"), QStringLiteral("Two\nlines"), QStringLiteral("x"))})
            << QStringLiteral("canned_responses[0].title must be one line of 1-128 characters");
        QTest::newRow("text a number") << document({QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("x")},
                                                                {QStringLiteral("title"), QStringLiteral("X")},
                                                                {QStringLiteral("text"), 42}}})
                                       << QStringLiteral("canned_responses[0].text is required and must be a string");
        QTest::newRow("a field with a typo") << document({QJsonObject{{QStringLiteral("shortcut"), QStringLiteral("x")},
                                                                      {QStringLiteral("title"), QStringLiteral("X")},
                                                                      {QStringLiteral("text"), QStringLiteral("x")},
                                                                      {QStringLiteral("txet"), QStringLiteral("x")}}})
                                             << QStringLiteral("canned_responses[0]: unknown field \"txet\"");
        QTest::newRow("too many") << document(many)
                                  << QStringLiteral("201 canned responses; a workspace has at most 200");
        QTest::newRow("an entry that is not an object")
            << document({QStringLiteral("hours")}) << QStringLiteral("canned_responses[0] must be an object");
        QTest::newRow("no list")
            << QJsonDocument(QJsonObject{{QStringLiteral("canned_responses"), QStringLiteral("hours")}}).toJson()
            << QStringLiteral("canned_responses must be a list");
        QTest::newRow("another key") << QJsonDocument(QJsonObject{{QStringLiteral("canned_responses"), QJsonArray()},
                                                                  {QStringLiteral("replies"), QJsonArray()}})
                                            .toJson()
                                     << QStringLiteral("unknown setting \"replies\"");
        QTest::newRow("a bare list") << QByteArray("[]") << QStringLiteral("is not a JSON object");
        QTest::newRow("not JSON") << QByteArray("{\"canned_responses\": [{\"shortcut\": \"hours\",}")
                                  << QStringLiteral("is not a JSON object");
    }

    void aMistakeIsRefusedAndNothingIsStored()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        const QString dataDir = m_refusals.dataDirectory();
        QCOMPARE(setFromBytes(dataDir, QStringLiteral("Shop"), document(kShopReplies)).exitCode, 0);

        const AdminRun refused = setFromBytes(dataDir, QStringLiteral("Shop"), file);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.output.contains(reason), qPrintable(refused.output));
        QCOMPARE(shown(dataDir, QStringLiteral("Shop")), kShopReplies); // the list before, whole
    }

    void anUnknownWorkspaceOrAnUnreadableFileIsRefused()
    {
        const QString dataDir = m_refusals.dataDirectory();
        QCOMPARE(setFromBytes(dataDir, QStringLiteral("Shop"), document(kShopReplies)).exitCode, 0);
        AdminRun refused = setFromBytes(dataDir, QStringLiteral("Nowhere"), document(kShopReplies));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.output.contains(QStringLiteral("there is no workspace named \"Nowhere\"")),
                 qPrintable(refused.output));
        refused = admin(dataDir, {QStringLiteral("--workspace"), QStringLiteral("Shop"),
                                  QStringLiteral("--canned-responses"), dataDir + QStringLiteral("/missing.json")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.output.contains(QStringLiteral("cannot read")), qPrintable(refused.output));
        refused = admin(dataDir, {QStringLiteral("--canned-responses"), dataDir + QStringLiteral("/missing.json")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.output.contains(QStringLiteral("need --workspace")), qPrintable(refused.output));
        QCOMPARE(shown(dataDir, QStringLiteral("Shop")), kShopReplies);
    }

    void aVersion7DatabaseKeepsItsDataAndGainsQuickReplies()
    {
        ServerProcess server;
        QVERIFY(addAgent(server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"), kPassword));
        QCOMPARE(admin(server.dataDirectory(), {QStringLiteral("--workspace"), QStringLiteral("Shop"),
                                                QStringLiteral("--lead-stages"), QStringLiteral("new,won,lost")})
                     .exitCode,
                 0);
        // Back to schema 7, as the previous relaydesk-server left it, with a note on a lead.
        QVERIFY(
            onDatabase(server.dataDirectory(),
                       {QStringLiteral("DROP TABLE canned_responses"),
                        QStringLiteral("INSERT INTO contacts (workspace_id, name, updated_at) VALUES (1, 'Aisha', 1)"),
                        QStringLiteral("INSERT INTO lead_notes (contact_id, author_name, text, created_at)"
                                       " VALUES (last_insert_rowid(), 'Priya', 'kept across the upgrade', 2)"),
                        QStringLiteral("PRAGMA user_version = 7")}));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QCOMPARE(schemaVersion(server.dataDirectory()), 14);
        const QString token = tokenOf(server.baseUrl(), QStringLiteral("a1@shop.example"));
        QVERIFY(!token.isEmpty()); // the agent was kept
        const HttpAnswer stages = httpCall(server.baseUrl(), "GET", QStringLiteral("/v1/lead-stages"), {},
                                           "Bearer " + token.toLatin1());
        QCOMPARE(stages.body.value(QStringLiteral("stages")).toArray(),
                 (QJsonArray{QStringLiteral("new"), QStringLiteral("won"), QStringLiteral("lost")}));
        const HttpAnswer contact = httpCall(server.baseUrl(), "GET", QStringLiteral("/v1/contacts/1"), {},
                                            "Bearer " + token.toLatin1());
        QCOMPARE(contact.status, 200);
        QCOMPARE(listFor(server.baseUrl(), token).body.value(QStringLiteral("canned_responses")).toArray(),
                 QJsonArray());
        QCOMPARE(setFromBytes(server.dataDirectory(), QStringLiteral("Shop"), document(kShopReplies)).exitCode, 0);
        QCOMPARE(listFor(server.baseUrl(), token).body.value(QStringLiteral("canned_responses")).toArray(),
                 kShopReplies);

        // A database set back to 7 by hand keeps its table and its rows: step 8 runs again over them.
        server.stop();
        QVERIFY(onDatabase(server.dataDirectory(), {QStringLiteral("PRAGMA user_version = 7")}));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QCOMPARE(schemaVersion(server.dataDirectory()), 14);
        QCOMPARE(listFor(server.baseUrl(), token).body.value(QStringLiteral("canned_responses")).toArray(),
                 kShopReplies);
        QCOMPARE(queryInt(server.dataDirectory(),
                          QStringLiteral("SELECT count(*) FROM lead_notes WHERE text = 'kept across the upgrade'")),
                 1);
    }

private:
    ServerProcess m_refusals; // never started: its data folder only
};

QTEST_GUILESS_MAIN(TestServerCannedResponses)
#include "tst_server_cannedresponses.moc"
