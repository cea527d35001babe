#pragma once

#include "store/databasekey.h"
#include "store/store.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

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

// The store bench's history (conversation 1 holds `bigConversation` of the
// messages, the rest are spread over the others), through the real write path.
bool buildBenchHistory(const store::Store::Paths &paths, const store::DatabaseKey &key, qint64 messages,
                       int conversations, qint64 bigConversation, QString *error);

// Prints one JSON object on stdout, the form every subcommand reports in.
void printJson(const QJsonObject &object);

// The relaydesk-server built next to this program.
QString serverBinary();
// A figure of /proc/<pid>/status in MiB ("VmRSS", "VmHWM"); 0 when unknown.
double processMemoryMb(qint64 pid, const char *field);
// The value below which a share `p` (0–1) of `values` lies; 0 when empty.
double percentile(QVector<double> values, double p);

} // namespace relaydesk::bench
