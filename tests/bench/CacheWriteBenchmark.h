#pragma once

#include "BenchReport.h"

namespace leaselink::bench {

// cache-write-L: 100k leases and 10k reservations (dataset L's size) written into the SQLite
// lease cache in one replaceScopes() call, as a sync of all four servers does. Target: <= 2 s.
BenchReport runCacheWriteL();

} // namespace leaselink::bench
