#include "CacheWriteBenchmark.h"

#include "LCache.h"

#include "store/Database.h"
#include "store/DhcpCacheRepository.h"

#include <QTemporaryDir>

namespace leaselink::bench {

BenchReport runCacheWriteL()
{
    BenchReport report(QStringLiteral("cache-write-L"), QStringLiteral("L"));
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite3")));
    if (!opened) {
        report.fail(opened.error().message);
        return report;
    }
    Database &db = **opened;
    QList<std::int64_t> serverIds;
    if (const QString error = LCache::addServersAndScopes(db, &serverIds); !error.isEmpty()) {
        report.fail(error);
        return report;
    }
    const LCacheRows data = LCache::rows(serverIds);

    report.start();
    const auto written = DhcpCacheRepository(db).replaceScopes(data.leases, data.reservations,
                                                               QDateTime::currentDateTimeUtc());
    report.stop();
    if (!written) {
        report.fail(written.error().message);
        return report;
    }
    if (*written != data.rows())
        report.fail(QStringLiteral("wrote %1 rows, expected %2").arg(*written).arg(data.rows()));
    report.add(QStringLiteral("rows"), *written);
    report.add(QStringLiteral("target_wall_seconds"), 2.0);
    return report;
}

} // namespace leaselink::bench
