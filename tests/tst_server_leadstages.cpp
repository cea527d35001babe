// The workspace's lead pipeline: the admin command sets it (checked: no empty,
// doubled or overlong stage, at most 30), GET /v1/lead-stages gives it to the
// workspace's agents only, and a workspace that set none has the default.
// The workspace's deal currency travels with it (--lead-currency).

#include "httpcall.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace relaydesk::test;

namespace {

const QByteArray kPassword = "agent password 1";

QPair<int, QString> setStages(const QString &dataDir, const QString &workspace, const QString &stages)
{
    QProcess process;
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--workspace"), workspace,
                   QStringLiteral("--lead-stages"), stages});
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

QPair<int, QString> setCurrency(const QString &dataDir, const QString &workspace, const QString &code)
{
    QProcess process;
    process.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--workspace"), workspace,
                   QStringLiteral("--lead-currency"), code});
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

QString tokenOf(const QUrl &server, const QString &email)
{
    return httpCall(server, "POST", QStringLiteral("/v1/auth/sign-in"),
                    QJsonObject{{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QString::fromUtf8(kPassword)}})
        .body.value(QStringLiteral("token"))
        .toString();
}

QStringList stagesFor(const QUrl &server, const QString &token, int *status)
{
    const HttpAnswer answer = httpCall(server, "GET", QStringLiteral("/v1/lead-stages"), {},
                                       "Bearer " + token.toLatin1());
    *status = answer.status;
    QStringList stages;
    for (const QJsonValue &stage : answer.body.value(QStringLiteral("stages")).toArray())
        stages.append(stage.toString());
    return stages;
}

} // namespace

class TestServerLeadStages : public QObject
{
    Q_OBJECT

private slots:
    void pipelinePerWorkspace()
    {
        ServerProcess server;
        QVERIFY(addAgent(server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(
            addAgent(server.dataDirectory(), QStringLiteral("b1@other.example"), QStringLiteral("Other"), kPassword));

        // Refused, each with its reason, and nothing saved.
        auto refused = setStages(server.dataDirectory(), QStringLiteral("Shop"), QStringLiteral("new,won,New"));
        QCOMPARE(refused.first, 2);
        QVERIFY2(refused.second.contains(QStringLiteral("named twice")), qPrintable(refused.second));
        refused = setStages(server.dataDirectory(), QStringLiteral("Shop"),
                            QStringLiteral("new,") + QString(65, QLatin1Char('x')));
        QCOMPARE(refused.first, 2);
        QVERIFY2(refused.second.contains(QStringLiteral("at most 64")), qPrintable(refused.second));
        QStringList many;
        for (int i = 0; i < 31; ++i)
            many.append(QStringLiteral("s%1").arg(i));
        refused = setStages(server.dataDirectory(), QStringLiteral("Shop"), many.join(QLatin1Char(',')));
        QCOMPARE(refused.first, 2);
        refused = setStages(server.dataDirectory(), QStringLiteral("Nowhere"), QStringLiteral("new"));
        QCOMPARE(refused.first, 2);
        QVERIFY2(refused.second.contains(QStringLiteral("no workspace")), qPrintable(refused.second));

        const auto set = setStages(server.dataDirectory(), QStringLiteral("Shop"),
                                   QStringLiteral(" new, contacted ,demo booked,won,lost,,"));
        QVERIFY2(set.first == 0, qPrintable(set.second));
        QVERIFY2(set.second.contains(QStringLiteral("new, contacted, demo booked, won, lost")), qPrintable(set.second));

        QVERIFY2(server.start(), qPrintable(server.output()));
        int status = 0;
        QCOMPARE(stagesFor(server.baseUrl(), tokenOf(server.baseUrl(), QStringLiteral("a1@shop.example")), &status),
                 (QStringList{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("demo booked"),
                              QStringLiteral("won"), QStringLiteral("lost")}));
        QCOMPARE(status, 200);
        // Another workspace keeps the default pipeline.
        QCOMPARE(stagesFor(server.baseUrl(), tokenOf(server.baseUrl(), QStringLiteral("b1@other.example")), &status),
                 (QStringList{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                              QStringLiteral("proposal"), QStringLiteral("won"), QStringLiteral("lost")}));
        QCOMPARE(status, 200);
        // Signed out: no pipeline.
        stagesFor(server.baseUrl(), QStringLiteral("rdt_not_a_token"), &status);
        QCOMPARE(status, 401);

        // "" brings back the default (the command works beside a running server).
        const auto reset = setStages(server.dataDirectory(), QStringLiteral("Shop"), QString());
        QVERIFY2(reset.first == 0, qPrintable(reset.second));
        QCOMPARE(
            stagesFor(server.baseUrl(), tokenOf(server.baseUrl(), QStringLiteral("a1@shop.example")), &status).size(),
            6);
    }

    void theWorkspacesDealCurrency()
    {
        ServerProcess server;
        QVERIFY(addAgent(server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"), kPassword));
        QVERIFY(
            addAgent(server.dataDirectory(), QStringLiteral("b1@other.example"), QStringLiteral("Other"), kPassword));
        // Refused with the reason: not a code, no workspace, an unknown workspace.
        for (const QString &bad :
             {QStringLiteral("RP"), QStringLiteral("RUPIAH"), QStringLiteral("1DR"), QStringLiteral("ID€")}) {
            const auto refused = setCurrency(server.dataDirectory(), QStringLiteral("Shop"), bad);
            QVERIFY2(refused.first != 0, qPrintable(bad));
            QVERIFY2(refused.second.contains(QStringLiteral("ISO 4217")), qPrintable(refused.second));
        }
        QVERIFY(setCurrency(server.dataDirectory(), QStringLiteral("Nowhere"), QStringLiteral("IDR")).first != 0);
        const auto set = setCurrency(server.dataDirectory(), QStringLiteral("Shop"), QStringLiteral(" idr "));
        QVERIFY2(set.first == 0, qPrintable(set.second));
        QVERIFY2(set.second.contains(QStringLiteral("IDR")), qPrintable(set.second));

        QVERIFY2(server.start(), qPrintable(server.output()));
        auto currencyOf = [&](const QString &email) {
            return httpCall(server.baseUrl(), "GET", QStringLiteral("/v1/lead-stages"), {},
                            "Bearer " + tokenOf(server.baseUrl(), email).toLatin1())
                .body.value(QStringLiteral("currency"));
        };
        QCOMPARE(currencyOf(QStringLiteral("a1@shop.example")).toString(), QStringLiteral("IDR"));
        // Another workspace set none: an empty string, each agent's locale decides.
        QCOMPARE(currencyOf(QStringLiteral("b1@other.example")), QJsonValue(QString()));
        QVERIFY(setCurrency(server.dataDirectory(), QStringLiteral("Shop"), QString()).first == 0);
        QCOMPARE(currencyOf(QStringLiteral("a1@shop.example")).toString(), QString());
        QVERIFY(setCurrency(server.dataDirectory(), QStringLiteral("Shop"), QStringLiteral("EUR")).first == 0);
        server.stop();

        // A database set back to 11 by hand keeps the column and its value: step 12 runs again over it.
        {
            const QString connection = QStringLiteral("setback");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(server.dataDirectory() + QStringLiteral("/relaydesk-server.db"));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 11")));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY2(server.start(), qPrintable(server.output()));
        QCOMPARE(currencyOf(QStringLiteral("a1@shop.example")).toString(), QStringLiteral("EUR"));
    }

    void aVersion5DatabaseGainsTheDefaultPipeline()
    {
        ServerProcess server;
        QVERIFY(addAgent(server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"), kPassword));
        // Back to schema 5, as the previous relaydesk-server left it.
        {
            const QString connection = QStringLiteral("downgrade");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(server.dataDirectory() + QStringLiteral("/relaydesk-server.db"));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("DROP TABLE lead_stages")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY2(server.start(), qPrintable(server.output()));
        int status = 0;
        const QString token = tokenOf(server.baseUrl(), QStringLiteral("a1@shop.example"));
        QVERIFY(!token.isEmpty()); // the agent was kept
        QCOMPARE(stagesFor(server.baseUrl(), token, &status).size(), 6);
        QCOMPARE(status, 200);
    }
};

QTEST_MAIN(TestServerLeadStages)
#include "tst_server_leadstages.moc"
