#pragma once

#include <QCoro/QCoroTask>

#include <QStringList>

namespace leaselink::cli {

// leaselink-cli: global options, then one command. Returns the process exit code (ExitCode.h).
class CliApp
{
public:
    static QCoro::Task<int> run(QStringList arguments);
    static QString helpText();
};

} // namespace leaselink::cli
