#pragma once

#include "BenchReport.h"

namespace leaselink::bench {

// gui-leases-L: runs leaselink-bench-gui (the Leases view over 110k cached rows, first paint and
// 10 search keystrokes) and reports its figures. Targets: first paint <= 300 ms, each
// keystroke <= 100 ms.
BenchReport runGuiLeasesL();

} // namespace leaselink::bench
