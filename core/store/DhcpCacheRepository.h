#pragma once

#include "DhcpCache.h"
#include "StoreError.h"

#include <QDateTime>
#include <QList>

#include <cstdint>

namespace leaselink {

class Database;

// The local copy of the leases and reservations each server reported at its last successful
// read. A scope's rows are replaced as a whole, and only after a successful read of that list,
// so a failed read never empties the cache. The write path is one transaction with one prepared
// statement per table: 110k rows must land in well under two seconds (issue 7, cache-write-L).
class DhcpCacheRepository
{
public:
    explicit DhcpCacheRepository(Database &database)
        : m_database(database)
    {}

    // One scope's successful lease read.
    struct LeaseScopeRead
    {
        std::int64_t serverId = 0;
        Ipv4Address scopeId;
        QList<CachedLease> leases;
    };
    struct ReservationScopeRead
    {
        std::int64_t serverId = 0;
        Ipv4Address scopeId;
        QList<CachedReservation> reservations;
    };

    // Replaces the rows of every listed (server, scope) in one transaction; returns rows written.
    StoreExpected<int> replaceScopes(const QList<LeaseScopeRead> &leaseReads,
                                     const QList<ReservationScopeRead> &reservationReads,
                                     const QDateTime &seenAt);
    // Drops the rows of scopes a server no longer reports.
    StoreExpected<int> removeScopes(std::int64_t serverId, const QList<Ipv4Address> &scopeIds);

    // One reservation an explicit action just created on the server (Make Reservation), so the
    // views show it before the next read. The lease rows of that scope and address held by the
    // same client become "ActiveReservation", as the server lists them once reserved. One
    // transaction; the next successful read of the scope replaces all of it anyway.
    StoreExpected<void> addReservation(const CachedReservation &reservation,
                                       const QDateTime &seenAt);
    // Drops one cached reservation (server, scope, address) after the server deleted it, and
    // turns an "ActiveReservation" lease of that scope and address back to "Active". Returns
    // the reservation rows removed (0 or 1).
    StoreExpected<int> removeReservation(const CachedReservation &reservation);

    StoreExpected<QList<CachedLease>> leases() const;             // by address, then server
    StoreExpected<QList<CachedReservation>> reservations() const; // by address, then server
    StoreExpected<qint64> leaseCount() const;
    StoreExpected<qint64> reservationCount() const;

private:
    Database &m_database;
};

} // namespace leaselink
