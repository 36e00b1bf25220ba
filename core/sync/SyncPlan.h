#pragma once

#include "SyncInputs.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// Where a planned item belongs, so a dry run can group by server and scope.
struct PlanOrigin
{
    std::int64_t serverId = 0;
    std::int64_t localScopeId = 0;
    Ipv4Address scopeNetwork;

    bool operator==(const PlanOrigin &) const = default;
};

// The NetBox fields a create sets or an update changes; unset = not written.
struct IpFields
{
    std::optional<QString> status;
    std::optional<QString> dnsName;
    std::optional<QString> dhcpClientId;
    // C-11: the complete new tag slug list when the invalid-hostname tag is added or removed.
    std::optional<QStringList> tagSlugs;

    bool isEmpty() const { return !status && !dnsName && !dhcpClientId && !tagSlugs; }
    bool operator==(const IpFields &) const = default;
};

enum class IpChangeKind
{
    Create,
    Update,
    Delete
};

// One NetBox IP address write. Creates carry mask, VRF and tenant (G-7); updates and deletes
// carry the NetBox id. `rule` names the rule that caused it, e.g. "SYN-17" or "SYN-25 row 3".
struct IpChange
{
    IpChangeKind kind = IpChangeKind::Create;
    QString rule;
    PlanOrigin origin;
    IpKey key;
    std::optional<std::int64_t> ipId; // nullopt for creates
    int prefixLength = 32;
    std::optional<std::int64_t> tenantId;
    IpFields fields;

    bool operator==(const IpChange &) const = default;
};

enum class SideInfoChangeKind
{
    Upsert,
    Delete
};

// A local lease side-info write. For an IP created in the same plan ipId is nullopt: the applier
// resolves it from the created IP's key.
struct SideInfoChange
{
    SideInfoChangeKind kind = SideInfoChangeKind::Upsert;
    QString rule;
    PlanOrigin origin;
    IpKey key;
    std::optional<std::int64_t> ipId;
    LeaseSideInfo value;

    bool operator==(const SideInfoChange &) const = default;
};

// Something the planner deliberately left alone, with the reason (reported, never silent).
struct SkippedItem
{
    QString rule;
    PlanOrigin origin;
    std::optional<Ipv4Address> address;
    QString reason;

    bool operator==(const SkippedItem &) const = default;
};

enum class PlanLogLevel
{
    Info,
    Warning,
    Error
};

struct PlanLogLine
{
    PlanLogLevel level = PlanLogLevel::Info;
    PlanOrigin origin;
    QString text;
};

// C-01: the read record of a scope read successfully this run, for the job to store.
struct ScopeReadResult
{
    std::int64_t localScopeId = 0;
    ScopeReadRecord record;

    bool operator==(const ScopeReadResult &) const = default;
};

// C-11: a lease hostname or reservation name NetBox would refuse as a DNS name, listed once per
// address and run in the invalid-hostname report. ipId is nullopt for an IP this plan creates.
struct InvalidHostnameReport
{
    PlanOrigin origin;
    Ipv4Address address;
    std::optional<std::int64_t> ipId;
    QString name; // the raw name as the server reported it

    bool operator==(const InvalidHostnameReport &) const = default;
};

enum class ReservationPushKind
{
    Create,
    Update
};

// One server reservation write of B.10 (SYN-27 as amended by C-08, Q-09, C-18). `bulk`: the
// script is >= 2.0.0, so the push goes through the bulk POST/PUT /reservations (items matched by
// scope and address). Otherwise creates are single POSTs and updates the 1.x PUT
// reservations/{byClientId}, which can change only name and description (LL-24).
struct ReservationPush
{
    ReservationPushKind kind = ReservationPushKind::Create;
    QString rule; // "SYN-27" for creates, "C-08" for updates
    PlanOrigin origin;
    Ipv4Address address;
    bool bulk = false;
    // Create: the new reservation's canonical client id. Bulk update: set only when NetBox's
    // differs from the server's. Unset for 1.x updates.
    std::optional<QString> clientId;
    // Create: dns_name and description, "" when blank. Update: set only when NetBox's value is
    // not blank and differs (a blank never blanks the server, C-08).
    std::optional<QString> name;
    std::optional<QString> description;
    QString byClientId; // 1.x update: the client id the server finds the reservation by
    QString type = QStringLiteral("Dhcp"); // creates only (C-08)

    bool operator==(const ReservationPush &) const = default;
};

// The planner's output: every list in the order the rules produced it (per scope: reservations,
// leases, then cleanup — SYN-14), each item tagged with its origin and rule so an applier can
// batch the IP writes by kind and a dry run can group by server and scope.
struct SyncPlan
{
    QList<IpChange> ipChanges;
    QList<SideInfoChange> sideInfoChanges;
    QList<SkippedItem> skipped;
    QList<PlanLogLine> log;
    QList<ScopeReadResult> scopeReads;
    // B.10: server reservation writes (SYN-14 step 2), per scope in ascending address order.
    // Only for scopes read this run on a server whose writer access was confirmed (C-07), never
    // through a stand-in secondary (C-12). Run by ReservationPushApplier after the NetBox apply.
    QList<ReservationPush> reservationPushes;
    // C-11: the invalid-hostname report, in the order the records were planned.
    QList<InvalidHostnameReport> invalidHostnames;
    // C-14: the pending scopes that relabelled this run (read successfully), for
    // RelabelRepository::markRelabelled once the NetBox writes are applied.
    QList<std::int64_t> relabelledScopeIds;
};

} // namespace leaselink::sync
