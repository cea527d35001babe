#pragma once

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

// Prints one JSON object on stdout, the form every subcommand reports in.
void printJson(const QJsonObject &object);

// The relaydesk-server built next to this program.
QString serverBinary();
// The value below which a share `p` (0–1) of `values` lies; 0 when empty.
double percentile(QVector<double> values, double p);

} // namespace relaydesk::bench
