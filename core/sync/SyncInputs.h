#pragma once

#include "domain/Ipv4Address.h"
#include "domain/Scope.h"
#include "domain/ScopeReadRecord.h"
#include "domain/Settings.h"
#include "net/netbox/NetBoxTypes.h"
#include "net/psu/PsuTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// Where an IP address lives in NetBox: its VRF and host address. Decision C-17 / Q-08: matching,
// creating and cleanup use only the scope prefix's VRF, so this pair is the identity of an IP.
struct IpKey
{
    std::int64_t vrfId = 0; // 0: the global table (NetBox ids start at 1)
    Ipv4Address host;

    bool operator==(const IpKey &) const = default;
    auto operator<=>(const IpKey &) const = default;
};

inline size_t qHash(const IpKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.vrfId, key.host.toUInt());
}

inline std::int64_t vrfKey(const std::optional<std::int64_t> &vrfId)
{
    return vrfId.value_or(0);
}

// One list read from a DHCP server. readFailed: the request or its decoding failed (C-01, C-19),
// so nothing may be concluded from the (empty) items.
template <typename Item> struct DhcpRead
{
    QList<Item> items;
    bool readFailed = false;
};

// One scope a server reported, with the local scope it was matched to (B.4 matching is done
// before planning) and its lease and reservation reads.
struct DhcpScopeSnapshot
{
    PsuScope scope;
    std::int64_t localScopeId = 0; // 0: not matched to a local scope
    DhcpRead<PsuLease> leases;
    DhcpRead<PsuReservation> reservations;
    // C-12: read through a secondary standing in for its unreachable or maintenance primary:
    // NetBox and the cache are written, server-side pushes wait for the primary (logged).
    bool viaFallback = false;
};

struct DhcpServerSnapshot
{
    std::int64_t serverId = 0;
    QString serverName;
    bool scopeListReadFailed = false; // SYN-35: no IP work and no cleanup at all for this server
    QList<DhcpScopeSnapshot> scopes;
    QString scriptVersion; // GET /health's script version; empty = unknown = old (O-4, C-01)
    // C-07 / DIS-10: POST /health answered 200 in this run. Without it nothing is pushed to the
    // server (LL-19, LL-20); the job sends POST /health only when a push setting is on (LL-21).
    bool writerConfirmed = false;
};

struct DhcpSnapshot
{
    QList<DhcpServerSnapshot> servers;
};

// NetBox as read at the start of the job (SYN-02): the IP addresses of the relevant prefixes
// (in every VRF) and the prefixes, including every prefix carrying the protect tag.
struct NetBoxSnapshot
{
    QList<NetBoxIpAddress> ipAddresses;
    QList<NetBoxPrefix> prefixes;
};

// Lease side-info as the rules see it (SYN-24 as amended by G-1, C-03, C-15, O-11, O-12).
// `since` is state_changed_at; prestaged is decision C-03's flag.
struct LeaseSideInfo
{
    QString host;         // raw name, original case, at most MaxHostLength characters
    bool hostCut = false; // O-12: the raw name was longer and has been cut
    bool active = false;  // in this run's successful lease list (C-15)
    QDateTime since;      // when active last flipped or the client id changed
    QDateTime expiry;     // invalid: none (reservations, unparseable expiry)
    bool createdBySync = false;
    bool prestaged = false;

    static constexpr qsizetype MaxHostLength = 1024;

    bool operator==(const LeaseSideInfo &) const = default;
};

// Everything the planner reads. Settings are the job's effective snapshot (SYN-02, SET-03).
struct SyncInputs
{
    DhcpSnapshot dhcp;
    NetBoxSnapshot netBox;
    QList<Scope> localScopes;                          // every local scope (for C-04 siblings)
    QHash<std::int64_t, LeaseSideInfo> sideInfoByIpId; // keyed by NetBox IP address id
    Settings settings;
    QDateTime now; // the run time T; the planner never reads a clock
    // C-01: the previous run's read of each local scope (keyed by local scope id).
    QHash<std::int64_t, ScopeReadRecord> previousReads;
    // C-14: local scopes that still have to relabel their created_by_sync IPs from
    // settings.pendingOldLeaseStatus / pendingOldReservationStatus (RelabelRepository).
    QSet<std::int64_t> relabelPendingScopeIds;
};

} // namespace leaselink::sync
