#include "CleanupRules.h"

namespace leaselink::sync {

namespace {

CleanupDecision row(int number, CleanupAction action)
{
    return {action, QStringLiteral("SYN-25 row %1").arg(number)};
}

} // namespace

CleanupDecision decideCleanup(const CleanupFacts &facts)
{
    if (!facts.hasLeaseStatus && !facts.hasReservationStatus)
        return {}; // IPs with any other status are never considered
    if (facts.isProtected)
        return row(1, CleanupAction::Keep);
    if (facts.hasLeaseStatus) {
        // Row 3 ignores origin (C-03 keeps the seed's row, N-6): lease gone -> delete.
        return facts.inLeases ? row(2, CleanupAction::Keep) : row(3, CleanupAction::Delete);
    }
    if (facts.pushReservations)
        return row(9, CleanupAction::Keep); // NetBox is the source of truth for reservations
    if (!facts.clientIdSet)
        return row(4, CleanupAction::Keep);
    if (!facts.createdBySync)
        return row(5, CleanupAction::Keep); // pre-staged or hand-made IPs are never removed
    if (facts.inReservations)
        return row(6, CleanupAction::Keep);
    return facts.inLeases ? row(7, CleanupAction::Downgrade) : row(8, CleanupAction::Delete);
}

} // namespace leaselink::sync
