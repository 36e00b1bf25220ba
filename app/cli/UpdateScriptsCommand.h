#pragma once

#include <QCoro/QCoroTask>

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli servers update-scripts NAME [--dry-run] [--yes]`: "Update PSU Scripts" (issue 9;
// psu-api.md §5, decisions.md C-10, C-20) from the command line: the plan, a confirmation, the
// PUT/POST calls, the restart and the health check.
class UpdateScriptsCommand
{
public:
    static QString summary();
    static bool handles(const QString &action);
    static QCoro::Task<int> run(CliContext &context, QStringList args);
};

} // namespace leaselink::cli
