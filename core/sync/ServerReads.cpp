#include "ServerReads.h"

namespace leaselink::sync {

namespace {

template <typename T>
void takePerScope(const PerScope<T> &perScope, QHash<Ipv4Address, DhcpRead<T>> &into,
                  const QString &what, QStringList &errors)
{
    for (auto it = perScope.begin(); it != perScope.end(); ++it) {
        DhcpRead<T> read;
        if (it.value()) {
            read.items = *it.value();
        } else {
            read.readFailed = true;
            errors << QStringLiteral("GET %1 of scope %2: %3")
                          .arg(what, it.key().toString(), it.value().error().toString());
        }
        into.insert(it.key(), std::move(read));
    }
}

template <typename T> DhcpRead<T> failedRead()
{
    DhcpRead<T> read;
    read.readFailed = true;
    return read;
}

} // namespace

QCoro::Task<ScopeListRead> ServerReads::readScopeList(PsuClient &client, bool activeOnly,
                                                      bool withFailovers)
{
    ScopeListRead out;
    // Started together: QCoro tasks run eagerly up to their first suspension.
    auto scopesTask = client.scopes(activeOnly);
    std::optional<QCoro::Task<NetResult<QList<PsuFailover>>>> failoverTask;
    if (withFailovers)
        failoverTask.emplace(client.failovers());

    auto scopes = co_await std::move(scopesTask);
    if (withFailovers) {
        auto failovers = co_await std::move(*failoverTask);
        if (failovers) {
            out.failovers.items = *failovers;
        } else {
            out.failovers.readFailed = true;
            out.errors << QStringLiteral("GET failover: ") + failovers.error().toString();
        }
    }
    if (!scopes) {
        out.scopeListFailed = true;
        out.errors << QStringLiteral("GET scopes: ") + scopes.error().toString();
        co_return out;
    }

    QList<Ipv4Address> ids;
    ids.reserve(scopes->size());
    for (const PsuScope &scope : *scopes)
        ids << scope.scopeId;
    QHash<Ipv4Address, DhcpRead<PsuExclusion>> exclusions;
    if (!ids.isEmpty()) {
        const PerScope<PsuExclusion> perScope = co_await client.exclusionsByScope(ids);
        takePerScope(perScope, exclusions, QStringLiteral("exclusions"), out.errors);
    }
    for (const PsuScope &scope : *scopes) {
        RemoteScopeRead read;
        read.scope = scope;
        const auto found = exclusions.constFind(scope.scopeId);
        if (found != exclusions.constEnd()) {
            read.exclusions = *found;
        } else {
            read.exclusions.readFailed = true;
            out.errors << QStringLiteral("GET exclusions of scope %1: no answer")
                              .arg(scope.scopeId.toString());
        }
        out.scopes << std::move(read);
    }
    co_return out;
}

QCoro::Task<IpDataRead> ServerReads::readIpData(PsuClient &client, QList<Ipv4Address> scopeIds,
                                                QList<Ipv4Address> reservationsOnly)
{
    IpDataRead out;
    if (scopeIds.isEmpty() && reservationsOnly.isEmpty())
        co_return out;
    QList<Ipv4Address> reservationScopes = scopeIds;
    reservationScopes << reservationsOnly;
    auto leasesTask = client.leasesByScope(scopeIds);
    auto reservationsTask = client.reservationsByScope(reservationScopes);
    const PerScope<PsuLease> leases = co_await std::move(leasesTask);
    const PerScope<PsuReservation> reservations = co_await std::move(reservationsTask);
    takePerScope(leases, out.leases, QStringLiteral("leases"), out.errors);
    takePerScope(reservations, out.reservations, QStringLiteral("reservations"), out.errors);
    // A scope the answers do not mention is a failed read, never an empty one (C-01).
    for (const Ipv4Address &id : reservationsOnly) {
        if (!out.reservations.contains(id)) {
            out.reservations.insert(id, failedRead<PsuReservation>());
            out.errors
                << QStringLiteral("GET reservations of scope %1: no answer").arg(id.toString());
        }
    }
    for (const Ipv4Address &id : scopeIds) {
        if (!out.leases.contains(id)) {
            out.leases.insert(id, failedRead<PsuLease>());
            out.errors << QStringLiteral("GET leases of scope %1: no answer").arg(id.toString());
        }
        if (!out.reservations.contains(id)) {
            out.reservations.insert(id, failedRead<PsuReservation>());
            out.errors
                << QStringLiteral("GET reservations of scope %1: no answer").arg(id.toString());
        }
    }
    co_return out;
}

} // namespace leaselink::sync
