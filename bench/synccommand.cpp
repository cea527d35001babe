// relaydesk-bench sync: the client's link against a real server. A signed-in
// client goes offline while customers write N messages (N events), comes
// back, and the time until every event is committed in its encrypted store is
// measured; then live messages, one at a time, from the socket frame to the
// store commit.

#include "benchcommand.h"

#include "net/apiclient.h"
#include "net/streamlink.h"
#include "store/databasekey.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <QFile>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

namespace relaydesk::bench {

namespace {

using State = net::StreamLink::State;

double ownPeakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Customers writing through the web chat: `count` messages over `visitors`
// visitors, `parallel` requests at a time. Returns how many were accepted.
int customersWrite(QNetworkAccessManager &network, const QUrl &base, const QString &widgetKey,
                   const QStringList &visitors, int count, int parallel, const QString &prefix)
{
    int started = 0, finished = 0, accepted = 0;
    std::function<void()> next = [&] {
        while (started < count && started - finished < parallel) {
            const QString visitor = visitors.at(started % visitors.size());
            QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/v1/webchat/%1/messages").arg(widgetKey))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Visitor " + visitor.toLatin1());
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("text"), QStringLiteral("%1 %2").arg(prefix).arg(started)}})
                    .toJson(QJsonDocument::Compact);
            QNetworkReply *reply = network.post(request, body);
            ++started;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                accepted += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2 ? 1 : 0;
                ++finished;
                reply->deleteLater();
                next();
            });
        }
    };
    next();
    waitUntil([&] { return finished >= count; }, 600000);
    return accepted;
}

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events made while the client is away."), QStringLiteral("n"),
                                          QStringLiteral("100000"));
    const QCommandLineOption liveOption(QStringLiteral("live"), QStringLiteral("Live messages timed one by one."),
                                        QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (always on)."));
    parser.addOptions({eventsOption, liveOption, json});
    parser.process(QStringList{QStringLiteral("relaydesk-bench sync")} + arguments);
    const int events = std::max(1, parser.value(eventsOption).toInt());
    const int live = std::max(1, parser.value(liveOption).toInt());

    QTemporaryDir data;
    QProcess server;
    QString error;
    const std::optional<QUrl> started = addBenchAgent(data.path(), &error)
                                            ? startBenchServer(server, data.path(), &error)
                                            : std::nullopt;
    if (!started) {
        std::fprintf(stderr, "relaydesk-bench sync: %s\n", qPrintable(error));
        return 1;
    }
    const QUrl base = *started;

    // The client: an encrypted profile, signed in, synced once, then away.
    QTemporaryDir profile;
    store::OpenError openError;
    auto history = store::Store::open({profile.filePath(QStringLiteral("history.db")),
                                       profile.filePath(QStringLiteral("search.db"))},
                                      store::DatabaseKey::generateRaw(), &openError);
    if (!history) {
        std::fprintf(stderr, "relaydesk-bench sync: %s\n", qPrintable(openError.message));
        return 1;
    }
    net::ApiClient api(base);
    std::unique_ptr<sync::SyncEngine> engine;
    net::StreamLink link(base, [&engine] { return engine ? engine->queuedSeq() : 0; });
    engine = std::make_unique<sync::SyncEngine>(*history, api, link);
    QString widgetKey;
    bool signedIn = false;
    api.signIn(QString::fromLatin1(kBenchAgent), QString::fromLatin1(kBenchPassword),
               [&](std::optional<net::SignedIn> result, const net::ApiError &) { signedIn = result.has_value(); });
    waitUntil([&] { return signedIn || !api.token().isEmpty(); }, 30000);
    QNetworkAccessManager network;
    {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/v1/auth/sign-in"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            network.post(request,
                         QJsonDocument(QJsonObject{{QStringLiteral("email"), QString::fromLatin1(kBenchAgent)},
                                                   {QStringLiteral("password"), QString::fromLatin1(kBenchPassword)}})
                             .toJson());
        waitUntil([reply] { return reply->isFinished(); }, 30000);
        widgetKey = QJsonDocument::fromJson(reply->readAll())
                        .object()
                        .value(QStringLiteral("workspace"))
                        .toObject()
                        .value(QStringLiteral("widget_key"))
                        .toString();
        reply->deleteLater();
    }
    if (!signedIn || widgetKey.isEmpty()) {
        std::fprintf(stderr, "relaydesk-bench sync: could not sign in\n");
        return 1;
    }
    QStringList visitors;
    for (int i = 0; i < 200; ++i) {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/v1/webchat/%1/visitors").arg(widgetKey))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QByteArray("{}"));
        waitUntil([reply] { return reply->isFinished(); }, 30000);
        visitors
            << QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("visitor_token")).toString();
        reply->deleteLater();
    }
    engine->start();
    if (!waitUntil([&] { return link.state() == State::Online; }, 60000)) {
        std::fprintf(stderr, "relaydesk-bench sync: the client did not come online\n");
        return 1;
    }

    // Every visitor's first message makes their contact and conversation.
    customersWrite(network, base, widgetKey, visitors, int(visitors.size()), 16, QStringLiteral("hello"));
    // How many events one more customer message makes (the message, its
    // conversation's new activity, …), so that N events are made below.
    waitUntil([] { return false; }, 500);
    const qint64 seqBefore = engine->appliedSeq();
    const int probes = 20;
    customersWrite(network, base, widgetKey, visitors, probes, 1, QStringLiteral("probe"));
    waitUntil([&] { return engine->appliedSeq() >= seqBefore + probes; }, 30000);
    waitUntil([] { return false; }, 300); // let the last events of the probe land
    const double eventsPerMessage = std::max(1.0, double(engine->appliedSeq() - seqBefore) / probes);
    const int messages = std::max(1, int(std::ceil(events / eventsPerMessage)));

    // Away: the events pile up on the server.
    const qint64 seqAway = engine->appliedSeq();
    link.honourReachabilityForLoopback(true); // the benchmark plays "away" against a loopback server
    link.setNetworkReachable(false);
    link.dropForTest();
    QElapsedTimer producing;
    producing.start();
    const int accepted = customersWrite(network, base, widgetKey, visitors, messages, 16, QStringLiteral("away"));
    const qint64 produceMs = producing.elapsed();

    // Back: from the reconnect until every event is committed.
    // A client further behind than the server replays is sent to pages; the
    // figure then says so ("caught_up_by": "pages").
    qint64 head = 0;
    int pageSyncs = 0;
    QObject::connect(&link, &net::StreamLink::welcomed,
                     [&head](const protocol::Welcome &welcome) { head = std::max(head, welcome.headSeq); });
    QObject::connect(engine.get(), &sync::SyncEngine::pagesStored, [&pageSyncs] { ++pageSyncs; });
    int batches = 0;
    const int transactionsBefore = engine->applyTransactions();
    auto counting = QObject::connect(&link, &net::StreamLink::eventsReceived, [&batches] { ++batches; });
    const double serverCpuBefore = cpuMs(server.processId());
    const double clientCpuBefore = cpuMs(QCoreApplication::applicationPid());
    QElapsedTimer catchup;
    catchup.start();
    link.setNetworkReachable(true);
    const bool caughtUp = waitUntil([&] { return head > 0 && engine->appliedSeq() >= head; }, 600000);
    const qint64 catchupMs = catchup.elapsed();
    const int transactionsAfter = engine->applyTransactions();
    const double serverCpu = cpuMs(server.processId()) - serverCpuBefore;
    const double clientCpu = cpuMs(QCoreApplication::applicationPid()) - clientCpuBefore;
    QObject::disconnect(counting);

    // Live: one message at a time, frame in to commit.
    QVector<double> frameToStore;
    QElapsedTimer clock;
    clock.start();
    qint64 frameAt = 0;
    qint64 waitingFor = 0;
    QObject::connect(&link, &net::StreamLink::eventsReceived, [&](const QVector<protocol::Event> &batch) {
        if (!batch.isEmpty() && waitingFor == 0) {
            frameAt = clock.nsecsElapsed();
            waitingFor = batch.constLast().seq;
        }
    });
    QObject::connect(engine.get(), &sync::SyncEngine::eventsApplied, [&](qint64 seq) {
        if (waitingFor != 0 && seq >= waitingFor) {
            frameToStore.append(double(clock.nsecsElapsed() - frameAt) / 1e6);
            waitingFor = 0;
        }
    });
    int liveErrors = 0;
    for (int i = 0; i < live; ++i) {
        const std::size_t before = std::size_t(frameToStore.size());
        if (customersWrite(network, base, widgetKey, visitors, 1, 1, QStringLiteral("live")) != 1)
            ++liveErrors;
        if (!waitUntil([&] { return std::size_t(frameToStore.size()) > before; }, 10000))
            ++liveErrors;
    }

    QJsonObject result{
        {QStringLiteral("events"), events},
        {QStringLiteral("messages_written"), messages},
        {QStringLiteral("messages_accepted"), accepted},
        {QStringLiteral("events_per_message"), eventsPerMessage},
        {QStringLiteral("produce_ms"), produceMs},
        {QStringLiteral("caught_up"), caughtUp},
        {QStringLiteral("caught_up_by"), pageSyncs > 0 ? QStringLiteral("pages") : QStringLiteral("replay")},
        {QStringLiteral("head_seq"), head},
        {QStringLiteral("applied_seq"), engine->appliedSeq()},
        {QStringLiteral("catchup_ms"), catchupMs},
        {QStringLiteral("catchup_events"), head - seqAway},
        {QStringLiteral("catchup_frames_batches"), batches},
        {QStringLiteral("catchup_store_transactions"), transactionsAfter - transactionsBefore},
        {QStringLiteral("catchup_server_cpu_ms"), qRound(serverCpu)},
        {QStringLiteral("catchup_client_cpu_ms"), qRound(clientCpu)},
        {QStringLiteral("catchup_events_per_s"),
         catchupMs > 0 ? qRound64(double(head - seqAway) * 1000.0 / double(catchupMs)) : 0},
        {QStringLiteral("live_messages"), live},
        {QStringLiteral("live_errors"), liveErrors},
        {QStringLiteral("frame_to_store_p50_ms"), percentile(frameToStore, 0.5)},
        {QStringLiteral("frame_to_store_p99_ms"), percentile(frameToStore, 0.99)},
        {QStringLiteral("client_peak_rss_mb"), ownPeakRssMb()},
    };
    engine.reset();
    history.reset();
    server.terminate();
    server.waitForFinished(10000);
    printJson(result);
    return caughtUp && liveErrors == 0 ? 0 : 1;
}

} // namespace

BenchCommand syncCommand()
{
    return {QStringLiteral("sync"),
            QStringLiteral("A client away while N events happen: catch-up speed, live frame-to-store latency."),
            runSync};
}

} // namespace relaydesk::bench
