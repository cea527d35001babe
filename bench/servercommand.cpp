// relaydesk-bench server: a real relaydesk-server process, many agent
// sockets over many workspaces, and customers writing through the web chat
// channel at a fixed total rate; measures how fast and how surely every
// message reaches every agent of its workspace.

#include "benchcommand.h"

#include "protocol/version.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace relaydesk::bench {

namespace {

struct Workspace
{
    QString token;
    QString widgetKey;
    QStringList visitors;
};

QJsonObject post(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body,
                 const QByteArray &authorization = {}, int *status = nullptr)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

double peakRssMb(qint64 pid)
{
    return processMemoryMb(pid, "VmHWM");
}

int runServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Agent sockets."), QStringLiteral("n"),
                                    QStringLiteral("500"));
    const QCommandLineOption workspaces(QStringLiteral("workspaces"), QStringLiteral("Workspaces."),
                                        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Customer messages per second, in all."),
                                  QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long customers write."),
                                     QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (always on)."));
    parser.addOptions({agents, workspaces, rate, seconds, json});
    parser.process(QStringList{QStringLiteral("relaydesk-bench server")} + arguments);
    const int agentCount = qMax(1, parser.value(agents).toInt());
    const int workspaceCount = qBound(1, parser.value(workspaces).toInt(), agentCount);
    const int perSecond = qMax(1, parser.value(rate).toInt());
    const int duration = qMax(1, parser.value(seconds).toInt());

    // One agent account per workspace; several sockets share it, as one agent
    // on several devices would. Passwords are hashed with argon2id, which is
    // deliberately slow and not what this measures.
    QTemporaryDir data;
    for (int w = 0; w < workspaceCount; ++w) {
        QProcess add;
        add.start(serverBinary(), {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--add-agent"),
                                   QStringLiteral("agent%1@bench.local").arg(w), QStringLiteral("--workspace"),
                                   QStringLiteral("Bench %1").arg(w)});
        add.write("bench password\n");
        add.closeWriteChannel();
        if (!add.waitForFinished(60000) || add.exitCode() != 0) {
            std::fprintf(stderr, "relaydesk-bench server: could not add agents: %s\n",
                         add.readAllStandardError().constData());
            return 1;
        }
    }
    QProcess server;
    // All customers write from this one address, far past the web chat's
    // per-address and per-visitor limits, which are not what this measures.
    server.start(serverBinary(),
                 {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--webchat-visitors-per-minute"), QStringLiteral("0"),
                  QStringLiteral("--webchat-messages-per-minute"), QStringLiteral("0"),
                  QStringLiteral("--webchat-address-messages-per-minute"), QStringLiteral("0"),
                  // The bench measures throughput, not the per-token limits.
                  QStringLiteral("--token-requests-per-minute"), QStringLiteral("0"),
                  QStringLiteral("--token-commands-per-minute"), QStringLiteral("0")});
    QString output;
    static const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    QElapsedTimer started;
    started.start();
    while (!listening.match(output).hasMatch() && started.elapsed() < 20000) {
        server.waitForReadyRead(200);
        output += QString::fromUtf8(server.readAllStandardOutput());
    }
    const quint16 port = quint16(listening.match(output).captured(1).toUInt());
    if (!port) {
        std::fprintf(stderr, "relaydesk-bench server: the server did not start\n");
        return 1;
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));

    QNetworkAccessManager network;
    QVector<Workspace> spaces(workspaceCount);
    for (int w = 0; w < workspaceCount; ++w) {
        const QJsonObject signedIn = post(network, base.resolved(QUrl(QStringLiteral("/v1/auth/sign-in"))),
                                          {{QStringLiteral("email"), QStringLiteral("agent%1@bench.local").arg(w)},
                                           {QStringLiteral("password"), QStringLiteral("bench password")}});
        spaces[w].token = signedIn.value(QStringLiteral("token")).toString();
        spaces[w].widgetKey =
            signedIn.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString();
        for (int v = 0; v < 5; ++v) {
            spaces[w].visitors << post(network,
                                       base.resolved(
                                           QUrl(QStringLiteral("/v1/webchat/%1/visitors").arg(spaces[w].widgetKey))),
                                       {})
                                      .value(QStringLiteral("visitor_token"))
                                      .toString();
        }
    }

    // Agent sockets.
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> sentAt; // message number → ns since start
    QVector<double> latencies;    // the customer's request queued → an agent has it
    QVector<double> fanout;       // the server stored it (created_at) → an agent has it
    latencies.reserve(perSecond * duration * (agentCount / workspaceCount + 1));
    qint64 deliveries = 0;
    int errors = 0;
    int welcomed = 0;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    QUrl stream = base;
    stream.setScheme(QStringLiteral("ws"));
    stream.setPath(QStringLiteral("/v1/stream"));
    for (int a = 0; a < agentCount; ++a) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *s = socket.get();
        const QString token = spaces[a % workspaceCount].token;
        QObject::connect(s, &QWebSocket::connected, s, [s, token] {
            s->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                          {QStringLiteral("protocol"), relaydesk::protocol::kProtocolVersion},
                                          {QStringLiteral("token"), token},
                                          {QStringLiteral("last_seq"), 0}})
                    .toJson(QJsonDocument::Compact)));
        });
        QObject::connect(s, &QWebSocket::textMessageReceived, s, [&](const QString &text) {
            // Cheap checks first: most frames are the conversation updates.
            if (text.contains(QLatin1String("\"welcome\""))) {
                ++welcomed;
                return;
            }
            if (!text.contains(QLatin1String("message.created")))
                return;
            const qint64 at = clock.nsecsElapsed();
            static const QRegularExpression number(QStringLiteral("bench message (\\d+)"));
            const auto match = number.match(text);
            if (!match.hasMatch())
                return;
            const auto sent = sentAt.constFind(match.captured(1).toLongLong());
            if (sent == sentAt.cend())
                return;
            latencies.append(double(at - *sent) / 1e6);
            static const QRegularExpression createdAt(QStringLiteral("\"created_at\":(\\d+)"));
            const auto stored = createdAt.match(text);
            if (stored.hasMatch())
                fanout.append(double(QDateTime::currentMSecsSinceEpoch() - stored.captured(1).toLongLong()));
            ++deliveries;
        });
        QObject::connect(s, &QWebSocket::disconnected, s, [&errors] { ++errors; });
        s->open(stream);
        sockets.push_back(std::move(socket));
    }
    QElapsedTimer wait;
    wait.start();
    // Waiting sleeps between events: a busy loop would take a core from the
    // server being measured.
    QTimer tick;
    tick.start(5);
    while (welcomed < agentCount && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    // Customers write at the rate, spread over workspaces and visitors.
    qint64 sent = 0;
    qint64 answered = 0;
    const qint64 total = qint64(perSecond) * duration;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sending;
    sending.start();
    QObject::connect(&pacer, &QTimer::timeout, &pacer, [&] {
        const qint64 due = qMin(total, qint64(double(sending.nsecsElapsed()) / 1e9 * perSecond));
        while (sent < due) {
            const Workspace &space = spaces[int(sent % workspaceCount)];
            const QString visitor = space.visitors.at(int((sent / workspaceCount) % space.visitors.size()));
            QNetworkRequest request(
                base.resolved(QUrl(QStringLiteral("/v1/webchat/%1/messages").arg(space.widgetKey))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Visitor " + visitor.toLatin1());
            sentAt.insert(sent, clock.nsecsElapsed());
            QNetworkReply *reply =
                network.post(request,
                             QJsonDocument(QJsonObject{{QStringLiteral("text"),
                                                        QStringLiteral("bench message %1 from a customer").arg(sent)}})
                                 .toJson(QJsonDocument::Compact));
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &errors, &answered] {
                ++answered;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
                    ++errors;
                reply->deleteLater();
            });
            ++sent;
        }
        if (sent >= total)
            pacer.stop();
    });
    pacer.start(1);
    const qint64 expected = [&] {
        qint64 sum = 0;
        for (qint64 m = 0; m < total; ++m)
            sum += agentCount / workspaceCount + (int(m % workspaceCount) < agentCount % workspaceCount ? 1 : 0);
        return sum;
    }();
    QElapsedTimer drain;
    drain.start();
    while ((sent < total || answered < total || deliveries < expected) && drain.elapsed() < (duration + 30) * 1000LL)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double elapsed = double(sending.nsecsElapsed()) / 1e9;

    const double rss = peakRssMb(server.processId());
    server.terminate();
    server.waitForFinished(5000);
    printJson(QJsonObject{
        {QStringLiteral("agents"), agentCount},
        {QStringLiteral("workspaces"), workspaceCount},
        {QStringLiteral("agents_connected"), welcomed},
        {QStringLiteral("rate"), perSecond},
        {QStringLiteral("seconds"), duration},
        {QStringLiteral("customer_msgs_sent"), sent},
        {QStringLiteral("deliveries_expected"), expected},
        {QStringLiteral("deliveries"), deliveries},
        {QStringLiteral("delivered_msgs_per_s"), double(deliveries) / elapsed},
        // From the server storing a message (its created_at, whole ms) to an
        // agent's socket having it: the fan-out itself.
        {QStringLiteral("fanout_p50_ms"), percentile(fanout, 0.50)},
        {QStringLiteral("fanout_p99_ms"), percentile(fanout, 0.99)},
        {QStringLiteral("fanout_max_ms"), percentile(fanout, 1.0)},
        // From the customer's request being queued in this process to an
        // agent having it: adds the HTTP client's own queueing.
        {QStringLiteral("customer_to_agent_p50_ms"), percentile(latencies, 0.50)},
        {QStringLiteral("customer_to_agent_p99_ms"), percentile(latencies, 0.99)},
        {QStringLiteral("server_peak_rss_mb"), rss},
        {QStringLiteral("errors"), errors + int(expected - deliveries)},
    });
    return 0;
}

} // namespace

BenchCommand serverCommand()
{
    return {QStringLiteral("server"), QStringLiteral("Agents on a real server while customers write; fan-out latency."),
            runServer};
}

} // namespace relaydesk::bench
