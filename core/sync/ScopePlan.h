#pragma once

#include "SyncPlan.h"

#include "domain/ExclusionRange.h"
#include "domain/Failover.h"
#include "domain/Ipv4Address.h"
#include "net/psu/PsuTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// Why a reported scope is not synced in this run. Silent skips (SYN-12.2, SYN-13.2) are still
// recorded so a dry run can show them.
enum class ScopeSkipReason
{
    None,
    ScopeMaintenance,    // SYN-12.1 step 1
    FailoverMaintenance, // SYN-12 step 2
    FailoverSyncOff,     // SYN-12 step 2
    NotPrimary,          // SYN-12.2: silent
    StandaloneOff,       // SYN-13.3
    NoOwner,             // SYN-13.4
    OtherServer,         // SYN-13.2: silent
    PrefixMissing,       // C-05, O-22
    SeveralCandidates,   // C-13, SYN-10.3 amended
    OwnerMismatch,       // C-13, LL-39
    Unmatched            // no local scope; see ScopePlan::toCreate and the log
};

struct ScopeMatch
{
    Ipv4Address network;           // the remote scope_id
    std::int64_t localScopeId = 0; // 0 when unmatched
    bool eligible = false;
    ScopeSkipReason skipReason = ScopeSkipReason::None;
    bool viaFallback = false; // a secondary stands in for its primary (SYN-06, C-12)

    bool operator==(const ScopeMatch &) const = default;
};

// A failover to create before a discovered scope is created (C-13, G-5).
struct FailoverToCreate
{
    PsuFailover remote;
    std::int64_t primaryServerId = 0;
    std::int64_t secondaryServerId = 0;
};

// A remote scope to auto-create locally (SYN-11 amended: push off and discovery on). The job
// runs it through the Importer and plans again.
struct ScopeToCreate
{
    PsuScope remote;
    QList<PsuExclusion> exclusions;         // empty when the read failed
    std::optional<std::int64_t> serverId;   // standalone on this server
    std::optional<std::int64_t> failoverId; // an existing local failover
    QString failoverToCreate;               // the name of an entry of ScopePlan::failoversToCreate
    std::optional<std::int64_t> prefixId;   // an existing NetBox prefix; nullopt = create one
};

enum class ScopeField
{
    Name,
    Description,
    StartIp,
    EndIp,
    Router,
    LeaseSeconds,
    State
};

// One local attribute pulled from the server (SYN-31 amended). Values as text for the log.
struct ScopeFieldPull
{
    std::int64_t localScopeId = 0;
    ScopeField field = ScopeField::Name;
    QString oldValue;
    QString newValue;

    bool operator==(const ScopeFieldPull &) const = default;
};

// PUT scopes/{network} with only the differing keys (O-27).
struct ScopeUpdatePush
{
    std::int64_t localScopeId = 0;
    Ipv4Address network;
    QJsonObject changes;
    QList<ScopeField> fields;
    // A router removal from a pending removal: cleared once the PUT succeeded.
    std::optional<std::int64_t> pendingRemovalId;

    bool operator==(const ScopeUpdatePush &) const = default;
};

// POST scopes: a local scope the server does not report (SYN-34 push on).
struct ScopeCreatePush
{
    std::int64_t localScopeId = 0;
    PsuScope scope;
};

enum class ExclusionChangeKind
{
    PushCreate,  // POST exclusions (push on)
    PushDelete,  // DELETE exclusions, only for a pending user removal on script >= 2.0.0
    LocalCreate, // pull (push off)
    LocalDelete  // pull (push off)
};

struct ExclusionChange
{
    ExclusionChangeKind kind = ExclusionChangeKind::PushCreate;
    std::int64_t localScopeId = 0;
    Ipv4Address network;
    Ipv4Address startIp;
    Ipv4Address endIp;
    std::int64_t localExclusionId = 0;            // LocalDelete
    std::optional<std::int64_t> pendingRemovalId; // PushDelete

    bool operator==(const ExclusionChange &) const = default;
};

enum class ScopeReportKind
{
    ServerOnlyExclusion, // C-02, LL-07
    RouterOnlyOnServer,  // C-02, SYN-29.3 (a)
    MaskDifference,      // LL-47
    OwnerMismatch,       // LL-39
    SeveralCandidates,   // SYN-10.3 amended
    PrefixMissing,       // C-05, LL-14…16
    RemovalRefused,      // LL-06, SYN-29.3 (b) on scripts below 2.0.0
    AutoCreateFailed     // SYN-11.3, C-13 host matching
};

struct ScopeReport
{
    ScopeReportKind kind = ScopeReportKind::ServerOnlyExclusion;
    std::int64_t localScopeId = 0;
    Ipv4Address network;
    QString text;

    bool operator==(const ScopeReport &) const = default;
};

// Everything the scope part of one server's sync decided (B.4, B.5, B.11, B.12).
struct ScopePlan
{
    std::int64_t serverId = 0;
    QList<ScopeMatch> matches;
    QList<FailoverToCreate> failoversToCreate;
    QList<ScopeToCreate> toCreate;
    QList<ScopeFieldPull> pulls;
    QList<ScopeUpdatePush> updates;
    QList<ScopeCreatePush> creates;
    QList<ExclusionChange> exclusionChanges;
    QList<std::int64_t> scopesToDelete;         // SYN-34 push off
    QList<std::int64_t> pendingRemovalsToClear; // already gone on the server
    QList<std::int64_t> scopesSynced;           // last_sync_at = now (O-3)
    QDateTime now;
    QList<ScopeReport> reports;
    QList<PlanLogLine> log;

    // The eligible local scope ids, for the IP planner.
    QList<std::int64_t> eligibleScopeIds() const;
};

QString scopeFieldName(ScopeField field);

} // namespace leaselink::sync
