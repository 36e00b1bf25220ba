#pragma once

#include "SyncPlan.h"

#include <QDateTime>
#include <QStringList>

namespace leaselink::sync {

// One line per planned item, in plan order: IP writes, then side-info writes, then reservation
// pushes, then relabelled scopes, then skipped items. Used by the dry run and by the planner tests,
// which assert the exact plan through it. A time equal to `now` prints as "T", so outputs read like
// the worked examples.
QStringList planLines(const SyncPlan &plan, const QDateTime &now);
// One IP change as planLines() prints it: "delete #12 10.0.1.77 (SYN-25 row 3)".
QString ipChangeText(const IpChange &change);

} // namespace leaselink::sync
