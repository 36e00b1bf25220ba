#include "LCache.h"

#include "store/Database.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QDateTime>

namespace leaselink::bench {

int LCacheRows::rows() const
{
    int total = 0;
    for (const auto &read : leases)
        total += int(read.leases.size());
    for (const auto &read : reservations)
        total += int(read.reservations.size());
    return total;
}

QString LCache::addServersAndScopes(Database &db, QList<std::int64_t> *serverIds)
{
    for (int i = 0; i < Servers; ++i) {
        Server server;
        server.name = QStringLiteral("dhcp-%1").arg(i + 1);
        server.hostname = QStringLiteral("dhcp-%1.example.net").arg(i + 1);
        auto created = ServerRepository(db).create(server);
        if (!created)
            return created.error().message;
        serverIds->append(created->id);
    }
    for (int s = 0; s < Scopes; ++s) {
        const quint32 network = (10u << 24) | (quint32(s) << 8);
        Scope scope;
        scope.name = QStringLiteral("Site %1 scope %2").arg(s / 25).arg(s % 25);
        scope.netboxPrefixId = s + 1;
        scope.prefix =
            *Ipv4Prefix::fromAddressAndMask(Ipv4Address(network), Ipv4Address(0xFFFFFF00u));
        scope.startIp = Ipv4Address(network + 10);
        scope.endIp = Ipv4Address(network + 250);
        scope.serverId = serverIds->at(s % Servers);
        auto created = ScopeRepository(db).create(scope, ValidationMode::Import);
        if (!created)
            return created.error().message;
    }
    return QString();
}

LCacheRows LCache::rows(const QList<std::int64_t> &serverIds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LCacheRows out;
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
        out.leases << leaseRead;
        out.reservations << reservationRead;
    }
    return out;
}

QString LCache::fill(Database &db)
{
    QList<std::int64_t> serverIds;
    if (const QString error = addServersAndScopes(db, &serverIds); !error.isEmpty())
        return error;
    const LCacheRows data = rows(serverIds);
    const auto written = DhcpCacheRepository(db).replaceScopes(data.leases, data.reservations,
                                                               QDateTime::currentDateTimeUtc());
    if (!written)
        return written.error().message;
    return QString();
}

} // namespace leaselink::bench
