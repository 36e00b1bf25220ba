#pragma once

#include "SyncInputs.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace leaselink::sync {

// What one run learnt about an address, for SYN-24 as amended (G-1, C-03, C-15, O-12).
struct SideInfoObservation
{
    QString host;              // the last record's raw name (reservations first, then leases)
    QDateTime expiry;          // the last record's lease expiry; invalid for a reservation
    bool active = false;       // the address is in this run's successful lease list
    bool createdNow = false;   // this plan creates the NetBox IP
    bool prestagedNow = false; // this plan fills a blank client id on an IP it did not create
    bool clientIdChanged = false;
};

// The side-info after an upsert: `since` moves only when the record is new, `active` flips or the
// client id changed (not on a renewal); `cbs` is never added later; `pre` is never removed.
LeaseSideInfo upsertedSideInfo(const std::optional<LeaseSideInfo> &before,
                               const SideInfoObservation &seen, const QDateTime &now);

// G-1 / DIS-11: an address missing from a successful lease list becomes inactive with
// since = now; its last known expiry is kept (O-11).
LeaseSideInfo inactiveSideInfo(const LeaseSideInfo &before, const QDateTime &now);

} // namespace leaselink::sync
