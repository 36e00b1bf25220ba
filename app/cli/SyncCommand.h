#pragma once

#include <QCoroTask>
#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli sync [SERVER…|--all] [--dry-run] [--json]`: one sync run (what the schedule and
// Sync Now run). --dry-run plans without writing anything anywhere and prints the plan grouped
// by server and scope with every delete listed. Log lines go to stderr as they happen (info
// lines only on a terminal or with --verbose); the summary or the JSON result to stdout.
class SyncCommand
{
public:
    static QString summary();
    static QCoro::Task<int> run(CliContext &context, QStringList args, bool verbose);
};

} // namespace leaselink::cli
