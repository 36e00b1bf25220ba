#pragma once

#include "ScopePlan.h"
#include "SyncInputs.h"

#include "domain/ExclusionRange.h"
#include "domain/Failover.h"
#include "domain/PendingRemoval.h"
#include "domain/Scope.h"
#include "domain/Server.h"
#include "domain/Settings.h"
#include "net/netbox/NetBoxTypes.h"
#include "net/psu/PsuTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>

namespace leaselink::sync {

// One scope the server reported, with its exclusion read.
struct RemoteScopeRead
{
    PsuScope scope;
    DhcpRead<PsuExclusion> exclusions;
};

// Everything the scope planner reads for one server.
struct ScopePlanInputs
{
    Server server;         // the server being synced
    QList<Server> servers; // every local server (failover host matching, C-13)
    bool scopeListReadFailed = false;
    QList<RemoteScopeRead> remoteScopes;
    DhcpRead<PsuFailover> remoteFailovers; // GET failover, read before discovery (G-5)
    QList<Scope> localScopes;
    QHash<std::int64_t, QList<ExclusionRange>> localExclusions; // by local scope id
    QList<Failover> failovers;
    QList<std::int64_t> fallbackFailoverIds; // from ServerSelection
    QList<NetBoxPrefix> prefixes;            // NetBox snapshot (C-05)
    Settings settings;                       // effective (SYN-02)
    QString scriptVersion;                   // GET /health of this run; "" = unknown (O-4)
    bool writerConfirmed = false;            // POST /health answered 200 in this run (C-07)
    QList<PendingRemoval> pendingRemovals;
    // Networks whose lease or reservation read failed (from the IP part): O-3 holds their
    // last_sync_at back.
    QSet<Ipv4Address> otherReadFailures;
    QDateTime now;
};

// Pure scope decisions for one server: matching, discovery, scope info push or pull, exclusion
// reconciliation, scope cleanup and timestamps.
class ScopePlanner
{
public:
    static ScopePlan plan(const ScopePlanInputs &inputs);
};

} // namespace leaselink::sync
