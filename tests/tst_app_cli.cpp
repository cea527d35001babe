#include "imagecheck.h"

#include "relaydesk/buildinfo.h"

#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments, int timeoutMs = 30000, bool withDisplay = true,
           const QList<std::pair<QString, QString>> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withDisplay) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("RELAYDESK_NO_DIALOGS"), QStringLiteral("1"));
    for (const auto &[name, value] : extraEnvironment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELAYDESK_APP_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The moments a traced start printed (app/startuptrace.h), by name.
QHash<QString, qint64> startMoments(const QStringList &arguments, QString *problem)
{
    const Run run = runApp(arguments, 30000, true,
                           {{QStringLiteral("RELAYDESK_STARTUP_TRACE"), QStringLiteral("1")},
                            {QStringLiteral("RELAYDESK_QUIT_AFTER_MS"), QStringLiteral("4000")}});
    QHash<QString, qint64> moments;
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() >= 3 && fields.at(0) == QLatin1String("relaydesk-startup"))
            moments.insert(fields.at(1), fields.at(2).toLongLong());
    }
    if (run.exitCode != 0)
        *problem = QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
    return moments;
}

} // namespace

class TestAppCli : public QObject
{
    Q_OBJECT

private slots:
    void printsItsVersion()
    {
        const Run run = runApp({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(RELAYDESK_VERSION)), qPrintable(run.out));
    }

    // Over SSH or in a package's checks there is no display: --version and
    // --help still answer.
    void answersVersionAndHelpWithoutADisplay()
    {
        Run run = runApp({QStringLiteral("--version")}, 30000, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(RELAYDESK_VERSION)), qPrintable(run.out + run.err));
        run = runApp({QStringLiteral("--help")}, 30000, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--profile")), qPrintable(run.out + run.err));
    }

    void helpNamesEveryOption()
    {
        const Run run = runApp({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--profile", "--server", "--version", "--help", "--screenshot"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void refusesPlainHttpToAnotherMachine()
    {
        QTemporaryDir profile;
        const Run run = runApp({QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                                QStringLiteral("http://relay.example.com")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("https://relay.example.com")), qPrintable(run.err));
    }

    void refusesAProfileThatIsAFile()
    {
        QTemporaryDir root;
        const QString file = root.filePath(QStringLiteral("profile-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run run = runApp({QStringLiteral("--profile"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("profile-file")), qPrintable(run.err));
    }

    void refusesStrayArguments()
    {
        QTemporaryDir profile;
        const Run run = runApp({QStringLiteral("--profile"), profile.path(), QStringLiteral("oops")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("oops")));
    }

    void startsOffscreenAndShowsTheWindow()
    {
        QTemporaryDir profile;
        const QString picture = relaydesk::test::outputPath(QStringLiteral("app-offscreen.png"));
        QFile::remove(picture);
        const Run run = runApp({QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                                QStringLiteral("http://127.0.0.1:8480"), QStringLiteral("--screenshot"), picture});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(picture);
        const QString reason = relaydesk::test::blankReason(image);
        QVERIFY2(reason.isEmpty(), qPrintable(reason));

        // The server given on the command line is remembered by this profile only.
        QSettings settings(profile.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("server/url")).toString(), QStringLiteral("http://127.0.0.1:8480"));
    }

    // A computer that holds a history shows the window before it opens the
    // history (keychain, key, schema: app/earlywindow.h). A first start opens
    // the history first: the sign-in, not the window, comes first there.
    void anExistingHistoryIsOpenedAfterTheFirstFrame()
    {
        QTemporaryDir profile;
        const QStringList arguments{QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                                    QStringLiteral("http://127.0.0.1:9")};
        QString problem;
        const QHash<QString, qint64> first = startMoments(arguments, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(first.contains(QStringLiteral("history_ready")) && first.contains(QStringLiteral("first_frame")));
        QVERIFY(first.value(QStringLiteral("history_ready")) < first.value(QStringLiteral("first_frame")));

        const QHash<QString, qint64> again = startMoments(arguments, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(again.contains(QStringLiteral("history_ready")) && again.contains(QStringLiteral("first_frame")));
        QVERIFY(again.value(QStringLiteral("first_frame")) < again.value(QStringLiteral("history_ready")));
        QVERIFY(again.contains(QStringLiteral("session_resumed")));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
