#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestBenchCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommands()
    {
        QProcess process;
        process.start(QStringLiteral(RELAYDESK_BENCH_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Commands:")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("env")));
    }

    void envPrintsOneJsonObject()
    {
        QProcess process;
        process.start(QStringLiteral(RELAYDESK_BENCH_BINARY), {QStringLiteral("env")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!object.value(QStringLiteral("sqlcipher")).toString().isEmpty());
        QVERIFY(object.value(QStringLiteral("cpu_cores")).toInt() >= 1);
    }

    void unknownCommandIsAnError()
    {
        QProcess process;
        process.start(QStringLiteral(RELAYDESK_BENCH_BINARY), {QStringLiteral("nope")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestBenchCli)
#include "tst_bench_cli.moc"
