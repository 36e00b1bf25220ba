#pragma once

#include <QCoro/QCoroTask>

#include <QCoreApplication>
#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli import SERVER [--ignore-maintenance] [--json]`: the one-time Import from Server
// (sync-rules.md A). Log lines go to stderr while it runs, the summary (or --json's result
// object) to stdout. A server or one of its failovers in maintenance needs a confirmation on a
// terminal or --ignore-maintenance (C-20, LL-65).
class ImportCommand
{
    // tr() with this class's context, also for the free helpers in ImportCommand.cpp.
    Q_DECLARE_TR_FUNCTIONS(leaselink::cli::ImportCommand)

public:
    static QString summary();
    static QCoro::Task<int> run(CliContext &context, QStringList args);
};

} // namespace leaselink::cli
