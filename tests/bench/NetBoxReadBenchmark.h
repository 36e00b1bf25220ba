#pragma once

#include "BenchReport.h"

namespace leaselink::bench {

// lab-netbox-read-110k (issue 3): the lab's NetBox over HTTPS holds 110,000 IP addresses
// (dataset L's leases and reservations); NetBoxClient reads them all, paged at the server's
// MAX_PAGE_SIZE with several pages in flight. Lower bound: ceil(110,000 / 1,000) pages.
BenchReport runNetBoxRead110k();

} // namespace leaselink::bench
