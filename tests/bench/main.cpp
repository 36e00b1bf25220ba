// leaselink-bench: runs benchmarks against the lab and prints one JSON line per benchmark.
// Exits non-zero only when a benchmark fails (an error or a wrong result), never for slowness.
#include "CacheWriteBenchmark.h"
#include "GuiStartBenchmark.h"
#include "NetBoxReadBenchmark.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMap>

#include <cstdio>
#include <functional>

using namespace leaselink::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-request log lines would cost time and bury the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("leaselink.*.debug=false\n"
                                                    "leaselink.*.info=false"));
    const QMap<QString, std::function<BenchReport()>> benchmarks{
        {QStringLiteral("lab-netbox-read-110k"), runNetBoxRead110k},
        {QStringLiteral("cache-write-L"), runCacheWriteL},
        {QStringLiteral("gui-start-L"), runGuiStartL},
    };
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("--list")) {
        std::fputs("Usage: leaselink-bench --all | NAME...\nBenchmarks:\n", stdout);
        for (const QString &name : benchmarks.keys())
            std::printf("  %s\n", qPrintable(name));
        return args.isEmpty() ? 2 : 0;
    }
    QStringList selected = args.first() == QLatin1String("--all") ? benchmarks.keys() : args;
    int failures = 0;
    for (const QString &name : selected) {
        if (!benchmarks.contains(name)) {
            std::fprintf(stderr, "leaselink-bench: unknown benchmark '%s' (see --list)\n",
                         qPrintable(name));
            return 2;
        }
        const BenchReport report = benchmarks.value(name)();
        report.print();
        if (report.failed())
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
