// relaydesk-bench startup: the real relaydesk binary, timed from exec to its
// first frame on screen and to the conversation list painted, as an agent
// sees it. Three cases, each the median of --runs:
//   - a fresh profile (a first start: the history key made and put in the
//     keychain, the database created; a new HOME each run, so no cache of
//     fonts, plug-ins or media frameworks helps);
//   - an existing profile with an empty history, signed in (a second start);
//   - an existing profile holding the store bench's 1M messages, signed in.
// The app prints its moments on the monotonic clock (RELAYDESK_STARTUP_TRACE,
// see app/startuptrace.h); the app's process notes the same clock just
// before its exec (ExecClock). Needs a Secret Service on the session bus (tests/support/
// with-keyring.sh gives one); its start is not measured, as on a desktop where
// the keyring already runs. The server address is a closed loopback port:
// the link's retries come after the moments measured.

#include "benchcommand.h"

#include "base/monotonic.h"
#include "platform/historysecret.h"
#include "platform/keychain.h"
#include "platform/profile.h"
#include "store/writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace relaydesk::bench {

namespace {

constexpr qint64 kRssAtNs = 5'000'000'000;
constexpr int kQuitAfterMs = 6000;

struct Moments
{
    double firstFrameMs = -1;
    double listPaintedMs = -1;
    double historyReadyMs = -1;
    double rssMb = 0;
};

struct Setup
{
    QString app;
    QString platform;
    QString server;
    bool printMoments = false; // every moment of every start, on stderr
};

QString closedLoopbackServer()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort(); // closed again when the probe goes
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

QProcessEnvironment childEnvironment(const Setup &setup, const QString &home, bool noDialogs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), setup.platform);
    env.insert(QStringLiteral("RELAYDESK_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("RELAYDESK_QUIT_AFTER_MS"), QString::number(kQuitAfterMs));
    env.insert(QStringLiteral("RELAYDESK_EXIT_WITH_PARENT"), QStringLiteral("1"));
    env.remove(QStringLiteral("RELAYDESK_SIGN_IN_EMAIL"));
    env.remove(QStringLiteral("RELAYDESK_SIGN_IN_PASSWORD"));
    if (noDialogs)
        env.insert(QStringLiteral("RELAYDESK_NO_DIALOGS"), QStringLiteral("1"));
    else
        env.remove(QStringLiteral("RELAYDESK_NO_DIALOGS"));
    return env;
}

// The moment of exec itself, noted by the child just before it: QProcess
// forks this process first, which takes longer the more memory the bench
// holds (a 1M-message history was just built in it) and is no part of the
// app's start. Elsewhere, the moment before the process is started.
class ExecClock
{
public:
    explicit ExecClock(QProcess &process)
    {
#ifdef Q_OS_UNIX
        if (::pipe2(m_fds, O_CLOEXEC) != 0) {
            m_fds[0] = m_fds[1] = -1;
            return;
        }
        process.setChildProcessModifier([fd = m_fds[1]] {
            const qint64 now = base::monotonicNs(); // clock_gettime: safe between fork and exec
            [[maybe_unused]] const ssize_t written = ::write(fd, &now, sizeof now);
        });
#else
        Q_UNUSED(process);
#endif
    }
    ~ExecClock()
    {
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    ExecClock(const ExecClock &) = delete;
    ExecClock &operator=(const ExecClock &) = delete;

    // Once the process has started: its child wrote before exec, and exec
    // closed the child's copy of the pipe, so this never waits.
    std::optional<qint64> atExec()
    {
        if (m_fds[0] < 0)
            return std::nullopt;
        ::close(m_fds[1]);
        m_fds[1] = -1;
        qint64 at = 0;
        if (::read(m_fds[0], &at, sizeof at) != sizeof at)
            return std::nullopt;
        return at;
    }

private:
    int m_fds[2] = {-1, -1};
};

// One start of the app; false with a sentence when it failed or the moments
// `needList` asks for did not come.
bool startOnce(const Setup &setup, const QString &home, const QString &profileDir, bool noDialogs, bool needList,
               Moments *moments, QString *error)
{
    QProcess app;
    app.setProcessEnvironment(childEnvironment(setup, home, noDialogs));
    app.setProcessChannelMode(QProcess::SeparateChannels);
    ExecClock execClock(app);
    qint64 t0 = base::monotonicNs();
    app.start(setup.app, {QStringLiteral("--profile"), profileDir, QStringLiteral("--server"), setup.server});
    if (!app.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(setup.app, app.errorString());
        return false;
    }
    t0 = execClock.atExec().value_or(t0);
    const auto sinceStartMs = [t0](qint64 ns) { return double(ns - t0) / 1e6; };
    QByteArray pending;
    bool rssRead = false;
    while (app.state() == QProcess::Running) {
        app.waitForReadyRead(10);
        pending += app.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> fields = pending.left(end).split(' ');
            pending.remove(0, end + 1);
            if (fields.size() < 3 || fields.at(0) != "relaydesk-startup")
                continue;
            const double ms = sinceStartMs(fields.at(2).toLongLong());
            if (setup.printMoments)
                std::fprintf(stderr, "moment %s %s %.1f\n", qPrintable(profileDir), fields.at(1).constData(), ms);
            if (fields.at(1) == "first_frame" && moments->firstFrameMs < 0)
                moments->firstFrameMs = ms;
            else if (fields.at(1) == "list_painted" && moments->listPaintedMs < 0)
                moments->listPaintedMs = ms;
            else if (fields.at(1) == "history_ready" && moments->historyReadyMs < 0)
                moments->historyReadyMs = ms;
        }
        if (!rssRead && base::monotonicNs() - t0 >= kRssAtNs) {
            moments->rssMb = processMemoryMb(app.processId(), "VmRSS");
            rssRead = true;
        }
        if (base::monotonicNs() - t0 > qint64(kQuitAfterMs + 10000) * 1000000) {
            app.kill();
            app.waitForFinished(5000);
            *error = QStringLiteral("the app did not quit by itself");
            return false;
        }
    }
    const QByteArray errors = app.readAllStandardError();
    if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
        *error = QStringLiteral("the app ended with %1: %2").arg(app.exitCode()).arg(QString::fromUtf8(errors));
        return false;
    }
    if (moments->firstFrameMs < 0) {
        *error = QStringLiteral("no first frame was reported: %1").arg(QString::fromUtf8(errors));
        return false;
    }
    if (needList && moments->listPaintedMs < 0) {
        *error = QStringLiteral("the conversation list was never painted with rows");
        return false;
    }
    return true;
}

// A profile as a second start finds it: the key in the keychain, the history
// (empty, or the store bench's), the account, and a saved session. A kept
// profile (--keep) is of made-up data; its key waits beside it in a file for
// the next run's keyring, which is a new one each time.
bool prepareProfile(const QString &directory, const QString &server, qint64 messages, int conversations, qint64 big,
                    QString *error)
{
    const std::optional<Profile> profile = Profile::open(directory, error);
    if (!profile)
        return false;
    QFile keptKey(directory + QStringLiteral("/../bench-history.key"));
    if (QFile::exists(profile->databasePath()) && keptKey.open(QIODevice::ReadOnly)) {
        const platform::Keychain::Result put =
            platform::Keychain::writeNow(Profile::keychainService(),
                                         profile->keychainKey(platform::HistorySecretSource::keychainPurpose()),
                                         QByteArray::fromHex(keptKey.readAll()));
        if (put.status != platform::Keychain::Status::Ok) {
            *error = put.error;
            return false;
        }
        keptKey.close();
    }
    platform::HistorySecretSource secrets(*profile, {});
    const std::optional<platform::HistorySecret> secret = secrets.obtain(QFile::exists(profile->databasePath()), error);
    if (!secret || secret->kind != platform::HistorySecret::Kind::RawKey) {
        if (error->isEmpty())
            *error = QStringLiteral("the keychain gave no key");
        return false;
    }
    const store::DatabaseKey key = *store::DatabaseKey::fromHex(secret->bytes.toHex());
    const store::Store::Paths paths{profile->databasePath(), profile->searchIndexPath()};
    if (messages > 0 && secret->isNew && !buildBenchHistory(paths, key, messages, conversations, big, error))
        return false;
    if (secret->isNew && keptKey.open(QIODevice::WriteOnly))
        keptKey.write(secret->bytes.toHex());
    store::OpenError openError;
    std::unique_ptr<store::Store> history = store::Store::open(paths, key, &openError);
    if (!history) {
        *error = openError.message;
        return false;
    }
    bool stored = false;
    history->writeAndWait([&](store::StoreWriter &writer, store::ChangeSet &) {
        stored = writer.setAccount(1, QStringLiteral("Bench Agent"), QStringLiteral("bench@relaydesk.local"),
                                   QStringLiteral("admin"), 1, QStringLiteral("Bench"), server, error);
    });
    if (!stored)
        return false;
    const auto settings = profile->settings();
    settings->setValue(QStringLiteral("session/workspace-name"), QStringLiteral("Bench"));
    settings->setValue(QStringLiteral("session/email"), QStringLiteral("bench@relaydesk.local"));
    settings->setValue(QStringLiteral("server/url"), server);
    settings->sync();
    const platform::Keychain::Result token = platform::Keychain::writeNow(Profile::keychainService(),
                                                                          profile->keychainKey(u"session-token"),
                                                                          QByteArrayLiteral("bench-session-token"));
    if (token.status != platform::Keychain::Status::Ok) {
        *error = QStringLiteral("the keychain refused the session: %1").arg(token.error);
        return false;
    }
    return true;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QJsonArray toJson(const QVector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(qRound(v * 10) / 10.0);
    return array;
}

struct CaseFigures
{
    QVector<double> firstFrame, listPainted, historyReady, rss;
};

// `runs` starts of one profile (a warm-up first, not counted, unless fresh).
bool measure(const Setup &setup, int runs, bool fresh, const QString &existingHome, const QString &existingProfile,
             bool needList, CaseFigures *figures, QString *error)
{
    for (int i = fresh ? 0 : -1; i < runs; ++i) {
        QTemporaryDir freshHome;
        const QString home = fresh ? freshHome.path() : existingHome;
        const QString profile = fresh ? home + QStringLiteral("/profile") : existingProfile;
        Moments moments;
        if (!startOnce(setup, home, profile, !fresh, needList, &moments, error))
            return false;
        if (i < 0)
            continue;
        figures->firstFrame.append(moments.firstFrameMs);
        figures->listPainted.append(moments.listPaintedMs);
        figures->historyReady.append(moments.historyReadyMs);
        figures->rss.append(moments.rssMb);
    }
    return true;
}

bool secretServiceAnswers(QString *error)
{
    const platform::Keychain::Result probe = platform::Keychain::writeNow(Profile::keychainService(),
                                                                          QStringLiteral("relaydesk-bench-probe"),
                                                                          QByteArrayLiteral("probe"));
    if (probe.status == platform::Keychain::Status::Ok) {
        platform::Keychain::removeNow(Profile::keychainService(), QStringLiteral("relaydesk-bench-probe"));
        return true;
    }
    *error = QStringLiteral("no keychain answers (%1); run it under tests/support/with-keyring.sh").arg(probe.error);
    return false;
}

int runStartup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the relaydesk binary from exec to its first frame."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Measured starts per case (median)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages in the big profile."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Conversations in the big profile."), QStringLiteral("n"),
                                           QStringLiteral("10000"));
    const QCommandLineOption big(QStringLiteral("big"), QStringLiteral("Messages in its one large conversation."),
                                 QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QStringLiteral("Qt platform for the app (default: xcb with a DISPLAY)."),
                                      QStringLiteral("name"));
    const QCommandLineOption app(QStringLiteral("app"), QStringLiteral("The relaydesk binary."), QStringLiteral("path"),
                                 QCoreApplication::applicationDirPath() + QStringLiteral("/../app/relaydesk"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the big profile in this folder and reuse it next time."),
                                  QStringLiteral("folder"));
    const QCommandLineOption moments(QStringLiteral("moments"),
                                     QStringLiteral("Print every moment the app reports, per start, on stderr."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON (always on; accepted for clarity)."));
    parser.addOptions({runs, messages, conversations, big, platform, app, keep, moments, json});
    parser.process(QStringList{QStringLiteral("relaydesk-bench startup")} + arguments);

    const auto fail = [](const QString &why) {
        std::fprintf(stderr, "relaydesk-bench startup: %s\n", qPrintable(why));
        return 1;
    };
    Setup setup;
    setup.app = parser.value(app);
    setup.platform = parser.isSet(platform)                   ? parser.value(platform)
                     : qEnvironmentVariableIsEmpty("DISPLAY") ? QStringLiteral("offscreen")
                                                              : QStringLiteral("xcb");
    setup.server = closedLoopbackServer();
    setup.printMoments = parser.isSet(moments);
    const int count = std::max(1, parser.value(runs).toInt());
    if (!QFile::exists(setup.app))
        return fail(QStringLiteral("no app at %1; build the relaydesk target or give --app").arg(setup.app));
    QString error;
    if (!secretServiceAnswers(&error))
        return fail(error);

    CaseFigures fresh, existing, large;
    if (!measure(setup, count, true, {}, {}, false, &fresh, &error))
        return fail(QStringLiteral("fresh profile: ") + error);

    QTemporaryDir emptyHome;
    const QString emptyProfile = emptyHome.path() + QStringLiteral("/profile");
    if (!prepareProfile(emptyProfile, setup.server, 0, 0, 0, &error)
        || !measure(setup, count, false, emptyHome.path(), emptyProfile, false, &existing, &error))
        return fail(QStringLiteral("existing empty profile: ") + error);

    QTemporaryDir largeTemporary;
    const QString largeHome = parser.isSet(keep) ? parser.value(keep) : largeTemporary.path();
    QDir().mkpath(largeHome);
    const QString largeProfile = largeHome + QStringLiteral("/profile");
    if (!prepareProfile(largeProfile, setup.server, parser.value(messages).toLongLong(),
                        parser.value(conversations).toInt(), parser.value(big).toLongLong(), &error)
        || !measure(setup, count, false, largeHome, largeProfile, true, &large, &error))
        return fail(QStringLiteral("profile with %1 messages: ").arg(parser.value(messages)) + error);

    const double rssFresh = median(fresh.rss), rssExisting = median(existing.rss), rssLarge = median(large.rss);
    printJson({
        {QStringLiteral("first_frame_fresh_ms"), median(fresh.firstFrame)},
        {QStringLiteral("first_frame_existing_ms"), median(existing.firstFrame)},
        {QStringLiteral("list_painted_1m_ms"), median(large.listPainted)},
        {QStringLiteral("rss_5s_mb"), std::max({rssFresh, rssExisting, rssLarge})},
        {QStringLiteral("first_frame_1m_ms"), median(large.firstFrame)},
        {QStringLiteral("history_ready_fresh_ms"), median(fresh.historyReady)},
        {QStringLiteral("history_ready_existing_ms"), median(existing.historyReady)},
        {QStringLiteral("history_ready_1m_ms"), median(large.historyReady)},
        {QStringLiteral("rss_5s_fresh_mb"), rssFresh},
        {QStringLiteral("rss_5s_existing_mb"), rssExisting},
        {QStringLiteral("rss_5s_1m_mb"), rssLarge},
        {QStringLiteral("first_frame_fresh_runs_ms"), toJson(fresh.firstFrame)},
        {QStringLiteral("first_frame_existing_runs_ms"), toJson(existing.firstFrame)},
        {QStringLiteral("list_painted_1m_runs_ms"), toJson(large.listPainted)},
        {QStringLiteral("runs"), count},
        {QStringLiteral("messages"), parser.value(messages).toLongLong()},
        {QStringLiteral("conversations"), parser.value(conversations).toInt()},
        {QStringLiteral("platform"), setup.platform},
    });
    return 0;
}

} // namespace

BenchCommand startupCommand()
{
    return {QStringLiteral("startup"),
            QStringLiteral("Start the relaydesk binary and time its first frame and painted list."), runStartup};
}

} // namespace relaydesk::bench
