#pragma once

#include "store/DhcpCacheRepository.h"

#include <QList>
#include <QString>

namespace leaselink {
class Database;
}

namespace leaselink::bench {

// A cache the size of dataset L: 4 servers, 500 scopes (/24), 100k leases and 10k reservations.
struct LCacheRows
{
    QList<DhcpCacheRepository::LeaseScopeRead> leases;
    QList<DhcpCacheRepository::ReservationScopeRead> reservations;
    int rows() const;
};

class LCache
{
public:
    static constexpr int Servers = 4;
    static constexpr int Scopes = 500;
    static constexpr int LeasesPerScope = 200;
    static constexpr int ReservationsPerScope = 20;

    // Servers and scopes in the store; returns an error text or "".
    static QString addServersAndScopes(Database &db, QList<std::int64_t> *serverIds);
    static LCacheRows rows(const QList<std::int64_t> &serverIds);
    // A whole L cache (servers, scopes, leases, reservations) in `db`; error text or "".
    static QString fill(Database &db);
};

} // namespace leaselink::bench
