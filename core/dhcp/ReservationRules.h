#pragma once

#include "domain/Failover.h"
#include "domain/Scope.h"
#include "domain/Server.h"
#include "net/psu/PsuTypes.h"
#include "store/DhcpCache.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink {

class Database;

// What the reservation decisions look at, read once from the store.
struct ReservationInventory
{
    QList<Server> servers;
    QList<Failover> failovers;
    QList<Scope> scopes;
    QList<CachedReservation> reservations; // the reservation cache

    static StoreExpected<ReservationInventory> read(Database &database);
};

// Why an action must not be sent at all (nothing is contacted).
enum class ReservationRefusal
{
    None,
    NoServer,          // the server (or the failover's primary) is not configured
    ReadOnlyToken,     // the target's App Token is a DHCPReader (C-07)
    AccessUnknown,     // never checked or the check failed (C-07): run Test Connection
    NotAMac,           // the lease's client id is not a MAC: a reservation needs one
    AlreadyReserved,   // the address (or the MAC in that scope) is already reserved
    AmbiguousClientId, // DELETE by MAC could reach another scope's reservation (psu-api.md §3)
};

// Which server a reservation action goes to and what stands in its way.
struct ReservationTarget
{
    std::optional<Server> server;     // the server that gets the request
    std::optional<Scope> scope;       // LeaseLink's scope; nullopt when it is not known locally
    std::optional<Failover> failover; // the scope's failover, if any
    std::optional<Server> partner;    // the failover's other server (replication target)
    QStringList maintenance;          // "server SRV-A", …: ask before contacting (C-20)
    ReservationRefusal refusal = ReservationRefusal::None;
    QString reason; // the refusal, or "" (translated: shown as is)

    bool allowed() const { return refusal == ReservationRefusal::None; }
    bool needsMaintenanceConfirmation() const { return !maintenance.isEmpty(); }
};

// The decisions behind Make Reservation and Delete Reservation, without any I/O:
// - the request goes to the scope's owner: a standalone scope's server, a failover scope's
//   PRIMARY (upstream-v2.md §1.12 "pushes go to the primary only"; C-12: a secondary standing in
//   never pushes), whichever server reported the row; a scope LeaseLink does not know goes to the
//   server that reported it;
// - only a Writer token is used (C-07; DIS-10: a read-only token never attempts a push);
// - a server, failover or scope in maintenance is contacted only when the admin confirms (C-20);
// - DELETE /reservations/{client_id} (scripts below 2.0.0) deletes the first reservation with
//   that MAC scanning scopes in order (psu-api.md §3), so it is refused when the cache shows the
//   MAC reserved in more than one scope of that server.
class ReservationRules
{
    // User-visible texts (reasons, outcomes) under this context, as lupdate sees them.
    Q_DECLARE_TR_FUNCTIONS(ReservationRules)

public:
    static ReservationTarget forCreate(const ReservationInventory &inventory,
                                       const CachedLease &lease);
    // singleDelete: the request would be DELETE /reservations/{client_id} (script < 2.0.0);
    // the bulk DELETE of 2.x scripts names scope and address, so no MAC ambiguity exists.
    static ReservationTarget forDelete(const ReservationInventory &inventory,
                                       const CachedReservation &reservation, bool singleDelete);
    // forDelete with the request the target server's stored script version sends (single
    // DELETE by MAC below 2.0.0, the bulk DELETE from 2.0.0).
    static ReservationTarget forDeleteOnStoredVersion(const ReservationInventory &inventory,
                                                      const CachedReservation &reservation);

    // "" when the server's stored access level is Writer; else why the action is disabled.
    static QString writerRefusal(const Server &server);
    static ReservationRefusal writerRefusalKind(const Server &server);
    // The scopes (network addresses) of the server's cache in which the client id is reserved,
    // counting failover scopes read through the partner. Sorted, distinct.
    static QList<Ipv4Address> scopesReserving(const ReservationInventory &inventory,
                                              const Server &server, const QString &clientId);

    // New reservations use type Dhcp, as the plugin and the sync do (psu-api.md §3, C-08).
    static constexpr PsuReservationType DefaultType = PsuReservationType::Dhcp;
    static std::optional<PsuReservationType> typeFromText(const QString &text);
    // The reservation name proposed for a lease: its host name as the server reported it,
    // trimmed; "" when the lease has none.
    static QString proposedName(const CachedLease &lease);

private:
    static ReservationTarget locate(const ReservationInventory &inventory,
                                    std::int64_t reportingServerId, Ipv4Address scopeId);
};

} // namespace leaselink
