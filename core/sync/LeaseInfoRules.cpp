#include "LeaseInfoRules.h"

namespace leaselink::sync {

LeaseSideInfo upsertedSideInfo(const std::optional<LeaseSideInfo> &before,
                               const SideInfoObservation &seen, const QDateTime &now)
{
    LeaseSideInfo after;
    after.hostCut = seen.host.size() > LeaseSideInfo::MaxHostLength; // O-12
    after.host = seen.host.left(LeaseSideInfo::MaxHostLength);
    after.active = seen.active;
    after.expiry = seen.expiry;
    after.createdBySync = seen.createdNow || (before && before->createdBySync);
    after.prestaged = seen.prestagedNow || (before && before->prestaged);
    const bool stateChanged = !before || before->active != seen.active || seen.clientIdChanged;
    after.since = stateChanged ? now : before->since;
    return after;
}

LeaseSideInfo inactiveSideInfo(const LeaseSideInfo &before, const QDateTime &now)
{
    LeaseSideInfo after = before;
    if (after.active) {
        after.active = false;
        after.since = now;
    }
    return after;
}

} // namespace leaselink::sync
