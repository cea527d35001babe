#pragma once

#include "store/databasekey.h"
#include "store/store.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>
#include <optional>
#include <vector>

class QProcess;

namespace relaydesk::bench {

// One subcommand of relaydesk-bench: a name, a line of help, and a run
// function taking its own arguments and returning a process exit code.
struct BenchCommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

std::vector<BenchCommand> allCommands();

// Each subcommand's factory, in its own file.
BenchCommand envCommand();
BenchCommand storeCommand();
BenchCommand serverCommand();
BenchCommand syncCommand();
BenchCommand uiCommand();
BenchCommand startupCommand();
BenchCommand firstSyncCommand();

// The store bench's history (conversation 1 holds `bigConversation` of the
// messages, the rest are spread over the others), through the real write path.
bool buildBenchHistory(const store::Store::Paths &paths, const store::DatabaseKey &key, qint64 messages,
                       int conversations, qint64 bigConversation, QString *error);

// Prints one JSON object on stdout, the form every subcommand reports in.
void printJson(const QJsonObject &object);

// The relaydesk-server built next to this program.
QString serverBinary();

// The agent the server benches sign in as (bench/benchserver.cpp).
inline constexpr char kBenchAgent[] = "agent@bench.local";
inline constexpr char kBenchPassword[] = "bench password";
// Adds kBenchAgent to the workspace "Bench" of the server data in `dataDir`.
bool addBenchAgent(const QString &dataDir, QString *error);
// Starts relaydesk-server on a free loopback port with its rate limits off;
// its address, or nothing with a sentence.
std::optional<QUrl> startBenchServer(QProcess &server, const QString &dataDir, QString *error);
// Runs the event loop until `done` or the deadline; false on the deadline.
// It sleeps between events (a busy loop would take a core from the client's
// writer and indexer threads, which is what is being measured).
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
// CPU time (user + system) a process has used, in milliseconds.
double cpuMs(qint64 pid);
// A figure of /proc/<pid>/status in MiB ("VmRSS", "VmHWM"); 0 when unknown.
double processMemoryMb(qint64 pid, const char *field);
// The value below which a share `p` (0–1) of `values` lies; 0 when empty.
double percentile(QVector<double> values, double p);

} // namespace relaydesk::bench
