// relaydesk-bench firstsync: a new agent's first sign-in on a new computer,
// to a workspace that already holds a big history (by default 1M messages in
// 10,000 conversations, written by `relaydesk-server bench-history`). The
// whole app (app::Desktop: window, session, sync, history) runs in this
// process over a fresh profile, as main() builds it, against the real server.
// Measured from the sign-in: the conversation list painted with rows, every
// message stored and searchable, the peak resident memory, how late the UI
// thread answers while the history pours in, and the server's CPU time.

#include "benchcommand.h"

#include "desktop.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "session.h"

#include "platform/notifier.h"
#include "platform/profile.h"
#include "store/reader.h"
#include "store/writer.h"

#include "base/postback.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace relaydesk::bench {

namespace {

// How late the UI thread answers: a precise timer asks every `kProbeMs`; a
// tick that comes G ms after the one before means input arriving meanwhile
// waited up to G - kProbeMs. Each missed slot counts as one sample (input is
// as likely at any moment), so a long stall weighs as much as it lasts.
class UiLatencyProbe : public QObject
{
public:
    static constexpr int kProbeMs = 4;

    UiLatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const QVector<double> &lateness() const { return m_lateness; }
    double worst() const { return m_worst; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_last = now;
        m_worst = std::max(m_worst, gapMs - kProbeMs);
        for (double late = gapMs - kProbeMs; late > -kProbeMs; late -= kProbeMs)
            m_lateness.append(std::max(0.0, late));
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QVector<double> m_lateness;
    double m_worst = 0;
};

// Notes the first paint of a list viewport with rows in it.
class ListPaintWatch : public QObject
{
public:
    explicit ListPaintWatch(QListView *list)
        : m_list(list)
    {
        list->viewport()->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && m_list && watched == m_list->viewport() && m_list->model()
            && m_list->model()->rowCount() > 0)
            m_painted = true;
        return false;
    }

private:
    QPointer<QListView> m_list;
    bool m_painted = false;
};

struct StoredCounts
{
    qint64 conversations = -1;
    qint64 incomplete = -1;
    qint64 messages = -1; // only when asked
};

// Counted on the writer thread, so the UI thread never waits for it.
void countStored(store::Store &history, bool messages, QObject *context, std::function<void(StoredCounts)> done)
{
    QPointer<QObject> guard(context);
    history.write([guard, messages, done](store::StoreWriter &writer, store::ChangeSet &) {
        StoredCounts counts;
        auto scalar = [&writer](const char *sql) {
            store::Statement statement = writer.connection().prepare(sql);
            return statement.next() ? statement.int64(0) : -1;
        };
        counts.conversations = scalar("SELECT count(*) FROM conversations");
        counts.incomplete = scalar("SELECT count(*) FROM conversations c WHERE NOT EXISTS"
                                   " (SELECT 1 FROM history_complete h WHERE h.conversation_id = c.id)");
        if (messages)
            counts.messages = scalar("SELECT count(*) FROM messages");
        base::postBack(guard, [done, counts](QObject *) { done(counts); });
    });
}

int runFirstSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A first sign-in to a workspace with a big history."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages on the server."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Conversations on the server."), QStringLiteral("n"),
                                                 QStringLiteral("10000"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QStringLiteral("Give up after this many s."),
                                           QStringLiteral("s"), QStringLiteral("900"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (always on)."));
    parser.addOptions({messagesOption, conversationsOption, timeoutOption, json});
    parser.process(QStringList{QStringLiteral("relaydesk-bench firstsync")} + arguments);
    const qint64 messages = std::max<qint64>(1, parser.value(messagesOption).toLongLong());
    const int conversations = std::max(1, parser.value(conversationsOption).toInt());
    const int timeoutMs = std::max(1, parser.value(timeoutOption).toInt()) * 1000;
    const auto fail = [](const QString &why) {
        std::fprintf(stderr, "relaydesk-bench firstsync: %s\n", qPrintable(why));
        return 1;
    };

    // The server: a workspace with the history, and the agent.
    QTemporaryDir data;
    QString error;
    if (!addBenchAgent(data.path(), &error))
        return fail(error);
    QElapsedTimer filling;
    filling.start();
    QProcess fill;
    fill.start(serverBinary(),
               {QStringLiteral("bench-history"), QStringLiteral("--data-dir"), data.path(),
                QStringLiteral("--workspace"), QStringLiteral("Bench"), QStringLiteral("--messages"),
                QString::number(messages), QStringLiteral("--conversations"), QString::number(conversations)});
    if (!fill.waitForFinished(timeoutMs) || fill.exitCode() != 0)
        return fail(
            QStringLiteral("could not fill the server: %1").arg(QString::fromUtf8(fill.readAllStandardError())));
    const double fillSeconds = double(filling.elapsed()) / 1000.0;
    QProcess server;
    const std::optional<QUrl> url = startBenchServer(server, data.path(), &error);
    if (!url)
        return fail(error);

    // The desktop: a new profile, as on a new computer.
    QTemporaryDir home;
    const std::optional<Profile> profile = Profile::open(home.filePath(QStringLiteral("profile")), &error);
    if (!profile)
        return fail(error);
    store::OpenError openError;
    std::unique_ptr<store::Store> history = store::Store::open({profile->databasePath(), profile->searchIndexPath()},
                                                               store::DatabaseKey::generateRaw(), &openError);
    if (!history)
        return fail(openError.message);
    auto desktop = std::make_unique<app::Desktop>(*profile, history, nullptr, *url, platform::Notifier::create());
    bool started = false;
    desktop->start(false, [&started](bool) { started = true; });
    if (!waitUntil([&started] { return started; }, 30000))
        return fail(QStringLiteral("the desktop did not start"));
    ui::MainWindow &window = desktop->window();
    window.resize(1280, 800);
    window.show();
    ListPaintWatch listPainted(window.conversationPane()->listView());
    waitUntil([] { return false; }, 300); // the empty window settles

    UiLatencyProbe probe;
    const double serverCpuBefore = cpuMs(server.processId());
    QElapsedTimer clock;
    clock.start();
    probe.start();
    bool signedIn = false, refused = false;
    desktop->session().signIn(*url, QString::fromLatin1(kBenchAgent), QString::fromLatin1(kBenchPassword),
                              [&](bool ok, const QString &) { (ok ? signedIn : refused) = true; });
    double listMs = -1;
    if (!waitUntil([&] { return listPainted.painted() || refused; }, timeoutMs) || refused)
        return fail(QStringLiteral("the conversation list was never painted"));
    listMs = double(clock.nsecsElapsed()) / 1e6;

    // Stored: every conversation's history complete; then searchable.
    StoredCounts last;
    bool asking = false;
    double storedMs = -1, searchableMs = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (storedMs < 0 && !asking) {
            asking = true;
            countStored(*history, false, &poll, [&](StoredCounts counts) {
                asking = false;
                last = counts;
                if (counts.conversations >= conversations && counts.incomplete == 0 && storedMs < 0)
                    storedMs = double(clock.nsecsElapsed()) / 1e6;
            });
        }
        if (storedMs >= 0 && searchableMs < 0 && history->waitForSearchIndex(0))
            searchableMs = double(clock.nsecsElapsed()) / 1e6;
    });
    poll.start(250);
    const bool complete = waitUntil([&] { return searchableMs >= 0; }, timeoutMs);
    probe.stop();
    poll.stop();
    const double serverCpuS = (cpuMs(server.processId()) - serverCpuBefore) / 1000.0;
    if (!complete)
        return fail(QStringLiteral("not complete after %1 s: %2 of %3 conversations stored, %4 still paging")
                        .arg(timeoutMs / 1000)
                        .arg(last.conversations)
                        .arg(conversations)
                        .arg(last.incomplete));

    // Checked: every message is there, and an old one is found by search.
    StoredCounts final;
    bool counted = false;
    countStored(*history, true, &poll, [&](StoredCounts counts) {
        final = counts;
        counted = true;
    });
    waitUntil([&counted] { return counted; }, 120000);
    const int hits = int(history->reader().searchMessages(QString::number(messages / 3), 5).size());
    const double peakRss = processMemoryMb(QCoreApplication::applicationPid(), "VmHWM");

    desktop.reset();
    history.reset();
    server.terminate();
    server.waitForFinished(10000);
    printJson({
        {QStringLiteral("first_sync_list_ms"), listMs},
        {QStringLiteral("first_sync_complete_s"), searchableMs / 1000.0},
        {QStringLiteral("first_sync_rss_peak_mb"), peakRss},
        {QStringLiteral("first_sync_ui_p99_ms"), percentile(probe.lateness(), 0.99)},
        {QStringLiteral("first_sync_server_cpu_s"), serverCpuS},
        {QStringLiteral("first_sync_stored_s"), storedMs / 1000.0},
        {QStringLiteral("first_sync_ui_p50_ms"), percentile(probe.lateness(), 0.5)},
        {QStringLiteral("first_sync_ui_worst_ms"), probe.worst()},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("conversations"), conversations},
        {QStringLiteral("messages_stored"), final.messages},
        {QStringLiteral("conversations_stored"), final.conversations},
        {QStringLiteral("search_hits_old_message"), hits},
        {QStringLiteral("server_fill_s"), fillSeconds},
    });
    return final.messages == messages && hits > 0 ? 0 : 1;
}

} // namespace

BenchCommand firstSyncCommand()
{
    return {QStringLiteral("firstsync"),
            QStringLiteral("A new agent's first sign-in to a workspace holding a big history."), runFirstSync};
}

} // namespace relaydesk::bench
