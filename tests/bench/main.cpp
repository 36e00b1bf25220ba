// leaselink-bench: runs benchmarks against the lab and prints one JSON line per benchmark.
// Exits non-zero only when a benchmark fails (an error or a wrong result), never for slowness.
#include "CacheWriteBenchmark.h"
#include "GuiLeasesBenchmark.h"
#include "GuiStartBenchmark.h"
#include "NetBoxReadBenchmark.h"
#include "SyncBenchmarks.h"

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
    // Each benchmark belongs to a group that runs once and may report several benchmarks (the
    // sync-*-L ones share one lab: each starts where the previous ended).
    using Group = std::function<QList<BenchReport>()>;
    auto single = [](BenchReport (*run)()) -> Group { return [run] { return QList{run()}; }; };
    const QMap<QString, Group> groups{
        {QStringLiteral("netbox-read"), single(runNetBoxRead110k)},
        {QStringLiteral("cache-write"), single(runCacheWriteL)},
        {QStringLiteral("gui-start"), single(runGuiStartL)},
        {QStringLiteral("gui-leases"), single(runGuiLeasesL)},
        {QStringLiteral("sync-L"), runSyncL},
        {QStringLiteral("sync-latency"), single(runSyncLatencyM)},
    };
    const QMap<QString, QString> benchmarks{
        {QStringLiteral("lab-netbox-read-110k"), QStringLiteral("netbox-read")},
        {QStringLiteral("cache-write-L"), QStringLiteral("cache-write")},
        {QStringLiteral("gui-start-L"), QStringLiteral("gui-start")},
        {QStringLiteral("gui-leases-L"), QStringLiteral("gui-leases")},
        {QStringLiteral("sync-initial-L"), QStringLiteral("sync-L")},
        {QStringLiteral("sync-noop-L"), QStringLiteral("sync-L")},
        {QStringLiteral("sync-churn-L"), QStringLiteral("sync-L")},
        {QStringLiteral("sync-latency-M"), QStringLiteral("sync-latency")},
    };
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("--list")) {
        std::fputs("Usage: leaselink-bench --all | NAME...\nBenchmarks:\n", stdout);
        for (const QString &name : benchmarks.keys())
            std::printf("  %s\n", qPrintable(name));
        return args.isEmpty() ? 2 : 0;
    }
    const QStringList selected = args.first() == QLatin1String("--all") ? benchmarks.keys() : args;
    for (const QString &name : selected) {
        if (!benchmarks.contains(name)) {
            std::fprintf(stderr, "leaselink-bench: unknown benchmark '%s' (see --list)\n",
                         qPrintable(name));
            return 2;
        }
    }
    int failures = 0;
    QStringList ran;
    for (const QString &name : selected) {
        const QString group = benchmarks.value(name);
        if (ran.contains(group))
            continue;
        ran << group;
        for (const BenchReport &report : groups.value(group)()) {
            if (!selected.contains(report.name()) && !report.failed())
                continue;
            report.print();
            if (report.failed())
                ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
