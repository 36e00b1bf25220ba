#pragma once

#include "BenchReport.h"

#include <QList>

namespace leaselink::bench {

// sync-initial-L (empty NetBox, dataset L: import every server + full sync), then on the same
// lab sync-noop-L (the same sync again) and sync-churn-L (5% of leases changed, 2% expired, 1%
// new). They share one lab because each starts where the previous one ended.
QList<BenchReport> runSyncL();

// sync-latency-M: dataset M imported, then a full sync with 20 ms added to every lab answer.
BenchReport runSyncLatencyM();

} // namespace leaselink::bench
