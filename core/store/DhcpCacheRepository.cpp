#include "DhcpCacheRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QHash>

namespace leaselink {

using namespace sqlsupport;

namespace {

StoreExpected<void> deleteScopeRows(QSqlQuery &query, std::int64_t serverId,
                                    const Ipv4Address &scopeId, const QString &action)
{
    query.bindValue(0, qlonglong(serverId));
    query.bindValue(1, scopeId.toString());
    return exec(query, action);
}

StoreExpected<qint64> countRows(const Database &database, const QString &table)
{
    const QString action = QStringLiteral("counting %1").arg(table);
    auto q =
        prepare(database.connection(), QStringLiteral("SELECT count(*) FROM ") + table, action);
    if (!q)
        return std::unexpected(q.error());
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Ipv4Address addressFrom(const QVariant &value)
{
    return Ipv4Address(std::uint32_t(value.toLongLong()));
}

} // namespace

StoreExpected<int>
DhcpCacheRepository::replaceScopes(const QList<LeaseScopeRead> &leaseReads,
                                   const QList<ReservationScopeRead> &reservationReads,
                                   const QDateTime &seenAt)
{
    const QString action = QStringLiteral("saving the lease and reservation cache");
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QSqlDatabase db = m_database.connection();
    const QVariant seen = toDbTime(seenAt);
    int written = 0;

    if (!leaseReads.isEmpty()) {
        auto drop = prepare(
            db, QStringLiteral("DELETE FROM dhcp_leases WHERE server_id = ? AND scope_id = ?"),
            action);
        auto insert = prepare(db,
                              QStringLiteral("INSERT OR REPLACE INTO dhcp_leases (server_id, "
                                             "scope_id, address_int, client_id, hostname, "
                                             "expiry, state, seen_at) VALUES (?, ?, ?, ?, ?, ?, "
                                             "?, ?)"),
                              action);
        if (!drop)
            return std::unexpected(drop.error());
        if (!insert)
            return std::unexpected(insert.error());
        for (const LeaseScopeRead &read : leaseReads) {
            if (auto r = deleteScopeRows(*drop, read.serverId, read.scopeId, action); !r)
                return std::unexpected(r.error());
            const QString scope = read.scopeId.toString();
            for (const CachedLease &lease : read.leases) {
                insert->bindValue(0, qlonglong(read.serverId));
                insert->bindValue(1, scope);
                insert->bindValue(2, qlonglong(lease.address.toUInt()));
                insert->bindValue(3, lease.clientId);
                insert->bindValue(4, lease.hostname);
                insert->bindValue(5, toDbTime(lease.expiry));
                insert->bindValue(6, lease.state);
                insert->bindValue(7, seen);
                if (auto r = exec(*insert, action); !r)
                    return std::unexpected(r.error());
                ++written;
            }
        }
    }

    if (!reservationReads.isEmpty()) {
        auto drop = prepare(
            db,
            QStringLiteral("DELETE FROM dhcp_reservations WHERE server_id = ? AND scope_id = ?"),
            action);
        auto insert = prepare(
            db,
            QStringLiteral("INSERT OR REPLACE INTO dhcp_reservations (server_id, scope_id, "
                           "address_int, client_id, name, description, type, seen_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?)"),
            action);
        if (!drop)
            return std::unexpected(drop.error());
        if (!insert)
            return std::unexpected(insert.error());
        for (const ReservationScopeRead &read : reservationReads) {
            if (auto r = deleteScopeRows(*drop, read.serverId, read.scopeId, action); !r)
                return std::unexpected(r.error());
            const QString scope = read.scopeId.toString();
            for (const CachedReservation &reservation : read.reservations) {
                insert->bindValue(0, qlonglong(read.serverId));
                insert->bindValue(1, scope);
                insert->bindValue(2, qlonglong(reservation.address.toUInt()));
                insert->bindValue(3, reservation.clientId);
                insert->bindValue(4, reservation.name);
                insert->bindValue(5, reservation.description);
                insert->bindValue(6, reservation.type);
                insert->bindValue(7, seen);
                if (auto r = exec(*insert, action); !r)
                    return std::unexpected(r.error());
                ++written;
            }
        }
    }

    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return written;
}

StoreExpected<int> DhcpCacheRepository::removeScopes(std::int64_t serverId,
                                                     const QList<Ipv4Address> &scopeIds)
{
    const QString action = QStringLiteral("removing cached scopes of server %1").arg(serverId);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    int removed = 0;
    for (const QString &table :
         {QStringLiteral("dhcp_leases"), QStringLiteral("dhcp_reservations")}) {
        auto q = prepare(m_database.connection(),
                         QStringLiteral("DELETE FROM ") + table +
                             QStringLiteral(" WHERE server_id = ? AND scope_id = ?"),
                         action);
        if (!q)
            return std::unexpected(q.error());
        for (const Ipv4Address &scope : scopeIds) {
            if (auto r = deleteScopeRows(*q, serverId, scope, action); !r)
                return std::unexpected(r.error());
            removed += q->numRowsAffected();
        }
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return removed;
}

StoreExpected<void> DhcpCacheRepository::addReservation(const CachedReservation &reservation,
                                                        const QDateTime &seenAt)
{
    const QString action =
        QStringLiteral("saving reservation %1 in the cache").arg(reservation.address.toString());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QSqlDatabase db = m_database.connection();
    auto insert = prepare(db,
                          QStringLiteral("INSERT OR REPLACE INTO dhcp_reservations (server_id, "
                                         "scope_id, address_int, client_id, name, description, "
                                         "type, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          action);
    if (!insert)
        return std::unexpected(insert.error());
    insert->bindValue(0, qlonglong(reservation.serverId));
    insert->bindValue(1, reservation.scopeId.toString());
    insert->bindValue(2, qlonglong(reservation.address.toUInt()));
    insert->bindValue(3, reservation.clientId);
    insert->bindValue(4, reservation.name);
    insert->bindValue(5, reservation.description);
    insert->bindValue(6, reservation.type);
    insert->bindValue(7, toDbTime(seenAt));
    if (auto r = exec(*insert, action); !r)
        return std::unexpected(r.error());
    // Any server's row for that lease: a failover scope's leases may have been read through
    // the partner standing in for the primary.
    auto mark = prepare(db,
                        QStringLiteral("UPDATE dhcp_leases SET state = 'ActiveReservation' "
                                       "WHERE scope_id = ? AND address_int = ? AND "
                                       "lower(client_id) = lower(?)"),
                        action);
    if (!mark)
        return std::unexpected(mark.error());
    mark->bindValue(0, reservation.scopeId.toString());
    mark->bindValue(1, qlonglong(reservation.address.toUInt()));
    mark->bindValue(2, reservation.clientId);
    if (auto r = exec(*mark, action); !r)
        return std::unexpected(r.error());
    return transaction->commit();
}

StoreExpected<int> DhcpCacheRepository::removeReservation(const CachedReservation &reservation)
{
    const QString action = QStringLiteral("removing reservation %1 from the cache")
                               .arg(reservation.address.toString());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QSqlDatabase db = m_database.connection();
    auto drop = prepare(db,
                        QStringLiteral("DELETE FROM dhcp_reservations WHERE server_id = ? AND "
                                       "scope_id = ? AND address_int = ?"),
                        action);
    if (!drop)
        return std::unexpected(drop.error());
    drop->bindValue(0, qlonglong(reservation.serverId));
    drop->bindValue(1, reservation.scopeId.toString());
    drop->bindValue(2, qlonglong(reservation.address.toUInt()));
    if (auto r = exec(*drop, action); !r)
        return std::unexpected(r.error());
    const int removed = drop->numRowsAffected();
    auto unmark = prepare(db,
                          QStringLiteral("UPDATE dhcp_leases SET state = 'Active' WHERE "
                                         "scope_id = ? AND address_int = ? AND state = "
                                         "'ActiveReservation'"),
                          action);
    if (!unmark)
        return std::unexpected(unmark.error());
    unmark->bindValue(0, reservation.scopeId.toString());
    unmark->bindValue(1, qlonglong(reservation.address.toUInt()));
    if (auto r = exec(*unmark, action); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return removed;
}

namespace {

// One forward-only SELECT of a cache table, each row turned into a value by readRow.
template <typename Row, typename ReadRow>
StoreExpected<QList<Row>> readAll(Database &database, const QString &sql, const QString &action,
                                  ReadRow readRow)
{
    auto q = prepare(database.connection(), sql, action);
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<Row> rows;
    while (q->next())
        rows.append(readRow(*q));
    return rows;
}

Ipv4Address scopeFrom(const QVariant &value)
{
    return Ipv4Address::parse(value.toString()).value_or(Ipv4Address());
}

} // namespace

StoreExpected<QList<CachedLease>> DhcpCacheRepository::leases() const
{
    return readAll<CachedLease>(
        m_database,
        QStringLiteral("SELECT server_id, scope_id, address_int, client_id, hostname, expiry, "
                       "state FROM dhcp_leases ORDER BY address_int, server_id"),
        QStringLiteral("reading the lease cache"),
        [scopes = QHash<QString, Ipv4Address>()](const QSqlQuery &q) mutable {
            CachedLease lease;
            lease.serverId = q.value(0).toLongLong();
            // A few hundred scopes for 110k leases: each scope id is parsed once.
            const QString scope = q.value(1).toString();
            auto known = scopes.constFind(scope);
            if (known == scopes.cend())
                known = scopes.insert(scope, scopeFrom(scope));
            lease.scopeId = *known;
            lease.address = addressFrom(q.value(2));
            lease.clientId = q.value(3).toString();
            lease.hostname = q.value(4).toString();
            lease.expiry = fromDbTime(q.value(5));
            lease.state = q.value(6).toString();
            return lease;
        });
}

StoreExpected<QList<CachedReservation>> DhcpCacheRepository::reservations() const
{
    return readAll<CachedReservation>(
        m_database,
        QStringLiteral("SELECT server_id, scope_id, address_int, client_id, name, description, "
                       "type FROM dhcp_reservations ORDER BY address_int, server_id"),
        QStringLiteral("reading the reservation cache"), [](const QSqlQuery &q) {
            CachedReservation reservation;
            reservation.serverId = q.value(0).toLongLong();
            reservation.scopeId = scopeFrom(q.value(1));
            reservation.address = addressFrom(q.value(2));
            reservation.clientId = q.value(3).toString();
            reservation.name = q.value(4).toString();
            reservation.description = q.value(5).toString();
            reservation.type = q.value(6).toString();
            return reservation;
        });
}

StoreExpected<qint64> DhcpCacheRepository::leaseCount() const
{
    return countRows(m_database, QStringLiteral("dhcp_leases"));
}

StoreExpected<qint64> DhcpCacheRepository::reservationCount() const
{
    return countRows(m_database, QStringLiteral("dhcp_reservations"));
}

} // namespace leaselink
