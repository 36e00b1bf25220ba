#include "ReservationRules.h"

#include "domain/MacAddress.h"
#include "net/psu/PsuClient.h"
#include "net/psu/PsuScriptVersion.h"
#include "store/DhcpCacheRepository.h"
#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace leaselink {

namespace {

std::optional<Server> serverById(const ReservationInventory &inventory, std::int64_t id)
{
    for (const Server &server : inventory.servers) {
        if (server.id == id)
            return server;
    }
    return std::nullopt;
}

std::optional<Failover> failoverById(const ReservationInventory &inventory, std::int64_t id)
{
    for (const Failover &failover : inventory.failovers) {
        if (failover.id == id)
            return failover;
    }
    return std::nullopt;
}

bool involves(const Failover &failover, std::int64_t serverId)
{
    return failover.primaryServerId == serverId || failover.secondaryServerId == serverId;
}

// The canonical form of a client id, or the trimmed lower-cased text when it is not one.
QString canonical(const QString &clientId)
{
    const auto parsed = MacAddress::canonicalClientId(clientId);
    return parsed ? *parsed : clientId.trimmed().toLower();
}

void refuse(ReservationTarget &target, ReservationRefusal kind, const QString &reason)
{
    if (target.refusal != ReservationRefusal::None)
        return; // the first reason stands
    target.refusal = kind;
    target.reason = reason;
}

} // namespace

StoreExpected<ReservationInventory> ReservationInventory::read(Database &database)
{
    ReservationInventory inventory;
    auto servers = ServerRepository(database).list();
    if (!servers)
        return std::unexpected(servers.error());
    auto failovers = FailoverRepository(database).list();
    if (!failovers)
        return std::unexpected(failovers.error());
    auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return std::unexpected(scopes.error());
    auto reservations = DhcpCacheRepository(database).reservations();
    if (!reservations)
        return std::unexpected(reservations.error());
    inventory.servers = std::move(*servers);
    inventory.failovers = std::move(*failovers);
    inventory.scopes = std::move(*scopes);
    inventory.reservations = std::move(*reservations);
    return inventory;
}

ReservationRefusal ReservationRules::writerRefusalKind(const Server &server)
{
    switch (server.accessLevel) {
    case AccessLevel::Writer:
        return ReservationRefusal::None;
    case AccessLevel::Reader:
        return ReservationRefusal::ReadOnlyToken;
    case AccessLevel::Unknown:
        break;
    }
    return ReservationRefusal::AccessUnknown;
}

QString ReservationRules::writerRefusal(const Server &server)
{
    switch (writerRefusalKind(server)) {
    case ReservationRefusal::None:
        return {};
    case ReservationRefusal::ReadOnlyToken:
        return ReservationRules::tr(
                   "%1 has a read-only App Token (DHCPReader): reservations cannot be changed "
                   "through it. Give the server a DHCPWriter token.")
            .arg(server.name);
    default:
        break;
    }
    return ReservationRules::tr(
               "The access level of %1's App Token is unknown: run Test Connection on the "
               "server first.")
        .arg(server.name);
}

ReservationTarget ReservationRules::locate(const ReservationInventory &inventory,
                                           std::int64_t reportingServerId, Ipv4Address scopeId)
{
    ReservationTarget target;
    // LeaseLink's scope for the row: (owner, network) where the owner is the reporting server or
    // a failover it belongs to (C-13, Q-07: several servers may hold the same network).
    for (const Scope &scope : inventory.scopes) {
        if (scope.prefix.network() != scopeId)
            continue;
        if (scope.serverId && *scope.serverId == reportingServerId) {
            target.scope = scope;
            break;
        }
        if (scope.failoverId) {
            const auto failover = failoverById(inventory, *scope.failoverId);
            if (failover && involves(*failover, reportingServerId)) {
                target.scope = scope;
                target.failover = failover;
                break;
            }
        }
    }

    std::int64_t targetId = reportingServerId;
    if (target.failover) {
        // Pushes go to the primary only (upstream-v2.md §1.12, C-12).
        targetId = target.failover->primaryServerId;
        const std::int64_t partnerId = target.failover->secondaryServerId;
        target.partner = serverById(inventory, partnerId);
    } else if (target.scope && target.scope->serverId) {
        targetId = *target.scope->serverId;
    }
    target.server = serverById(inventory, targetId);
    if (!target.server) {
        refuse(target, ReservationRefusal::NoServer,
               target.failover
                   ? ReservationRules::tr(
                         "The primary server of failover %1 is not configured in LeaseLink.")
                         .arg(target.failover->name)
                   : ReservationRules::tr(
                         "The DHCP server of this row is no longer configured in LeaseLink."));
        return target;
    }

    if (target.server->maintenance.enabled)
        target.maintenance << ReservationRules::tr("server %1").arg(target.server->name);
    if (target.failover && target.failover->maintenance.enabled)
        target.maintenance << ReservationRules::tr("failover %1").arg(target.failover->name);
    if (target.scope && target.scope->maintenance.enabled)
        target.maintenance << ReservationRules::tr("scope %1").arg(target.scope->name);

    if (const QString why = writerRefusal(*target.server); !why.isEmpty())
        refuse(target, writerRefusalKind(*target.server), why);
    return target;
}

ReservationTarget ReservationRules::forCreate(const ReservationInventory &inventory,
                                              const CachedLease &lease)
{
    ReservationTarget target = locate(inventory, lease.serverId, lease.scopeId);
    if (!MacAddress::parse(lease.clientId)) {
        refuse(target, ReservationRefusal::NotAMac,
               ReservationRules::tr(
                   "The lease's client id \"%1\" is not a MAC address: a reservation needs one.")
                   .arg(lease.clientId));
    }
    if (lease.state.compare(QStringLiteral("ActiveReservation"), Qt::CaseInsensitive) == 0) {
        refuse(
            target, ReservationRefusal::AlreadyReserved,
            ReservationRules::tr("%1 is already reserved (the server lists the lease as an active "
                                 "reservation).")
                .arg(lease.address.toString()));
    }
    const QString mac = canonical(lease.clientId);
    for (const CachedReservation &reservation : inventory.reservations) {
        if (reservation.scopeId != lease.scopeId)
            continue;
        if (reservation.address == lease.address) {
            refuse(
                target, ReservationRefusal::AlreadyReserved,
                ReservationRules::tr("%1 is already reserved in scope %2 (for %3).")
                    .arg(lease.address.toString(), lease.scopeId.toString(), reservation.clientId));
        } else if (canonical(reservation.clientId) == mac) {
            // Windows refuses a second reservation of one MAC in a scope (psu-api.md §3, 500).
            refuse(
                target, ReservationRefusal::AlreadyReserved,
                ReservationRules::tr(
                    "%1 is already reserved in scope %2 for %3: a MAC can be reserved only "
                    "once per scope.")
                    .arg(lease.clientId, lease.scopeId.toString(), reservation.address.toString()));
        }
    }
    return target;
}

QList<Ipv4Address> ReservationRules::scopesReserving(const ReservationInventory &inventory,
                                                     const Server &server, const QString &clientId)
{
    // The networks of the failover scopes the server holds: their rows may carry the partner's
    // id when the partner read them standing in for the primary.
    QSet<quint32> failoverNetworks;
    for (const Scope &scope : inventory.scopes) {
        if (!scope.failoverId)
            continue;
        const auto failover = failoverById(inventory, *scope.failoverId);
        if (failover && involves(*failover, server.id))
            failoverNetworks.insert(scope.prefix.network().toUInt());
    }
    const QString mac = canonical(clientId);
    QList<Ipv4Address> scopes;
    for (const CachedReservation &reservation : inventory.reservations) {
        const bool onServer = reservation.serverId == server.id ||
                              failoverNetworks.contains(reservation.scopeId.toUInt());
        if (onServer && canonical(reservation.clientId) == mac &&
            !scopes.contains(reservation.scopeId))
            scopes.append(reservation.scopeId);
    }
    std::sort(scopes.begin(), scopes.end());
    return scopes;
}

ReservationTarget ReservationRules::forDeleteOnStoredVersion(const ReservationInventory &inventory,
                                                             const CachedReservation &reservation)
{
    const ReservationTarget located = forDelete(inventory, reservation, false);
    if (!located.server)
        return located;
    return forDelete(inventory, reservation,
                     !PsuScriptVersion::supportsBulk(located.server->psuScriptVersion));
}

ReservationTarget ReservationRules::forDelete(const ReservationInventory &inventory,
                                              const CachedReservation &reservation,
                                              bool singleDelete)
{
    ReservationTarget target = locate(inventory, reservation.serverId, reservation.scopeId);
    if (!target.server || !singleDelete)
        return target;
    const QList<Ipv4Address> scopes =
        scopesReserving(inventory, *target.server, reservation.clientId);
    if (scopes.size() > 1) {
        QStringList names;
        for (const Ipv4Address &scope : scopes)
            names << scope.toString();
        refuse(target, ReservationRefusal::AmbiguousClientId,
               ReservationRules::tr(
                   "%1 is reserved in %2 scopes on %3 (%4). Its PSU script deletes a reservation "
                   "by MAC and removes the first one it finds, which may not be this one. Delete "
                   "it on the DHCP server itself, or update the server's PSU script to 2.0 or "
                   "later (it deletes by scope and address).")
                   .arg(reservation.clientId)
                   .arg(scopes.size())
                   .arg(target.server->name, names.join(QStringLiteral(", "))));
    }
    return target;
}

std::optional<PsuReservationType> ReservationRules::typeFromText(const QString &text)
{
    for (const PsuReservationType type :
         {PsuReservationType::Dhcp, PsuReservationType::Bootp, PsuReservationType::Both}) {
        if (text.compare(PsuClient::typeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString ReservationRules::proposedName(const CachedLease &lease)
{
    return lease.hostname.trimmed();
}

} // namespace leaselink
