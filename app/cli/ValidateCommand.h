#pragma once

#include <QCoro/QCoroTask>

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli validate [--json]`: reads NetBox's IP addresses with the lease status and lists
// those outside every local scope prefix of their VRF or inside an exclusion range (VAL-02/03
// as amended by DIS-16 and C-17). Changes nothing. Exit 0 clean, 1 problems found.
class ValidateCommand
{
public:
    static QString summary();
    static QCoro::Task<int> run(CliContext &context, QStringList args);
};

} // namespace leaselink::cli
