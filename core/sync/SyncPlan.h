#pragma once

#include "SyncInputs.h"

#include <QList>
#include <QString>

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

    bool isEmpty() const { return !status && !dnsName && !dhcpClientId; }
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
};

} // namespace leaselink::sync
