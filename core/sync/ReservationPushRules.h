#pragma once

#include "SyncPlan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace leaselink::sync {

// A NetBox IP with the reservation status in the scope prefix's VRF, as it is after this run's
// upserts (SYN-27 step 2). clientId is the raw NetBox text; empty = none.
struct PushCandidate
{
    Ipv4Address address;
    QString clientId;
    QString dnsName;
    QString description;
};

// How often each canonical client id is reserved on the server, over every reservation list of
// the server read this run. complete: every reservation read of the server succeeded, so "reserved
// exactly once" (C-08 on scripts below 2.0.0, LL-24/25) can be proven.
struct ServerClientIdCounts
{
    QHash<QString, int> byClientId;
    bool complete = true;
};

struct ScopePushPlan
{
    QList<ReservationPush> pushes;
    QList<SkippedItem> skipped; // reported with a reason (warnings)
    QStringList infos;          // debug-level lines (SYN-27 step 3: no client id)
};

// SYN-27 as amended by C-08, Q-09, C-18 and O-14 for one scope whose reservations were read:
// candidates in ascending address order; no client id → nothing (info); unparseable client id
// → reported (LL-57); a client id already used by an earlier candidate of the scope → reported
// (SYN-27.3, LL-58); no server reservation at the address → create (type Dhcp); a server
// reservation → NetBox wins: the differing, non-blank values are pushed (bulk PUT by scope and
// address with script >= 2.0.0; with older scripts only name and description, by client id,
// only when the client ids agree and it is reserved exactly once on the server). Never deletes.
ScopePushPlan planScopePushes(const PlanOrigin &origin, bool bulk,
                              const QList<PushCandidate> &candidates,
                              const QList<PsuReservation> &serverReservations,
                              const ServerClientIdCounts &counts);

} // namespace leaselink::sync
