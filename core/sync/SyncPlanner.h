#pragma once

#include "SyncInputs.h"
#include "SyncPlan.h"

namespace leaselink::sync {

// The sync's decision maker for NetBox IP addresses and lease side-info: a pure function of the
// snapshots, the local state, the effective settings and the run time (issue 5, ARCHITECTURE).
// It implements B.6 (SYN-15…19), B.9 (SYN-25/26 with the SYN-35 safety rules), B.7
// (SYN-20…22), B.8 (SYN-24) and B.10 (SYN-27/28, pushes listed for ReservationPushApplier) as
// amended by decisions.md, with C-01 (two-run confirmation), C-11 (invalid hostnames and their
// optional tag) and C-14 (relabel of pending old statuses before the upserts). Scope matching and
// eligibility (B.4, B.5) are resolved by the caller: a DhcpScopeSnapshot names the local scope it
// feeds. Cost: O(n log n) in the number of IPs and records (hash maps keyed by (VRF, address), one
// sorted index per VRF for the prefix ranges of cleanup).
class SyncPlanner
{
public:
    static SyncPlan plan(const SyncInputs &inputs);
};

} // namespace leaselink::sync
