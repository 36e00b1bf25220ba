#pragma once

#include "BenchReport.h"

namespace leaselink::bench {

// gui-start-L: `leaselink` over an L cache (500 scopes, 110k cached leases and reservations),
// offscreen, from process start to the main window shown. Target: <= 1.0 s.
BenchReport runGuiStartL();

} // namespace leaselink::bench
