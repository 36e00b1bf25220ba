#pragma once

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli jobs [list [--limit N]] | jobs show ID`: the job history in the cache.
class JobsCommand
{
public:
    static QString summary();
    static int run(CliContext &context, QStringList args);

private:
    static int list(CliContext &context, const QStringList &args);
    static int show(CliContext &context, const QStringList &args);
};

} // namespace leaselink::cli
