#pragma once

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli status [--json]`: servers with health and last sync, the last sync job, and
// everything in maintenance. Reads the cache only; contacts nothing.
class StatusCommand
{
public:
    static QString summary();
    static int run(CliContext &context, const QStringList &args);
};

} // namespace leaselink::cli
