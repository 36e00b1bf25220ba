#include "CacheWriteBenchmark.h"

#include "store/Database.h"
#include "store/DhcpCacheRepository.h"
#include "store/ServerRepository.h"

#include <QTemporaryDir>

namespace leaselink::bench {

namespace {

constexpr int Servers = 4;
constexpr int Scopes = 500; // 125 per server, /24 each
constexpr int LeasesPerScope = 200;
constexpr int ReservationsPerScope = 20;

} // namespace

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
    for (int i = 0; i < Servers; ++i) {
        Server server;
        server.name = QStringLiteral("dhcp-%1").arg(i + 1);
        server.hostname = QStringLiteral("dhcp-%1.example.net").arg(i + 1);
        auto created = ServerRepository(db).create(server);
        if (!created) {
            report.fail(created.error().message);
            return report;
        }
        serverIds << created->id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<DhcpCacheRepository::LeaseScopeRead> leases;
    QList<DhcpCacheRepository::ReservationScopeRead> reservations;
    for (int s = 0; s < Scopes; ++s) {
        const std::int64_t serverId = serverIds.at(s % Servers);
        const quint32 network = (10u << 24) | (quint32(s) << 8);
        DhcpCacheRepository::LeaseScopeRead leaseRead;
        leaseRead.serverId = serverId;
        leaseRead.scopeId = Ipv4Address(network);
        DhcpCacheRepository::ReservationScopeRead reservationRead;
        reservationRead.serverId = serverId;
        reservationRead.scopeId = Ipv4Address(network);
        for (int h = 0; h < LeasesPerScope; ++h) {
            CachedLease lease;
            lease.serverId = serverId;
            lease.scopeId = leaseRead.scopeId;
            lease.address = Ipv4Address(network + 20 + quint32(h));
            lease.clientId = QStringLiteral("00-15-5d-%1-%2-%3")
                                 .arg(s % 256, 2, 16, QLatin1Char('0'))
                                 .arg(h / 256, 2, 16, QLatin1Char('0'))
                                 .arg(h % 256, 2, 16, QLatin1Char('0'));
            lease.hostname = QStringLiteral("host-%1-%2.corp.example.net").arg(s).arg(h);
            lease.expiry = now.addDays(8);
            lease.state = QStringLiteral("Active");
            leaseRead.leases << lease;
        }
        for (int r = 0; r < ReservationsPerScope; ++r) {
            CachedReservation reservation;
            reservation.serverId = serverId;
            reservation.scopeId = reservationRead.scopeId;
            reservation.address = Ipv4Address(network + 230 + quint32(r));
            reservation.clientId = QStringLiteral("00-15-5e-%1-00-%2")
                                       .arg(s % 256, 2, 16, QLatin1Char('0'))
                                       .arg(r, 2, 16, QLatin1Char('0'));
            reservation.name = QStringLiteral("printer-%1-%2").arg(s).arg(r);
            reservation.type = QStringLiteral("Dhcp");
            reservationRead.reservations << reservation;
        }
        leases << leaseRead;
        reservations << reservationRead;
    }

    report.start();
    const auto written = DhcpCacheRepository(db).replaceScopes(leases, reservations, now);
    report.stop();
    if (!written) {
        report.fail(written.error().message);
        return report;
    }
    const int expected = Scopes * (LeasesPerScope + ReservationsPerScope);
    if (*written != expected)
        report.fail(QStringLiteral("wrote %1 rows, expected %2").arg(*written).arg(expected));
    report.add(QStringLiteral("rows"), *written);
    report.add(QStringLiteral("target_wall_seconds"), 2.0);
    return report;
}

} // namespace leaselink::bench
