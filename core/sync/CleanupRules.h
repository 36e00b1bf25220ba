#pragma once

#include <QString>

namespace leaselink::sync {

// The facts one row of the SYN-25 cleanup table looks at, for an IP of the scope prefix's VRF
// as it is after this run's upserts.
struct CleanupFacts
{
    bool hasLeaseStatus = false;       // status S
    bool hasReservationStatus = false; // status R
    bool isProtected = false;          // SYN-20
    bool pushReservations = false;
    bool clientIdSet = false;
    bool createdBySync = false; // amended "DHCP-managed" column: side-info `cbs` (DIS-05, C-03)
    bool inReservations = false;
    bool inLeases = false;
};

enum class CleanupAction
{
    Keep,
    Delete,
    Downgrade // status R -> S, nothing else (row 7)
};

struct CleanupDecision
{
    CleanupAction action = CleanupAction::Keep;
    QString rule; // "SYN-25 row N"; empty when the IP is not a candidate (status neither S nor R)
};

CleanupDecision decideCleanup(const CleanupFacts &facts);

} // namespace leaselink::sync
