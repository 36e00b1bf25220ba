#pragma once

#include "Ipv4Address.h"

#include <cstdint>

namespace leaselink {

// An exclusion range inside a scope (data model section 8). Windows has no id for a range:
// (scope, start, end) identifies it on both sides.
struct ExclusionRange
{
    std::int64_t id = 0;
    std::int64_t scopeId = 0;
    Ipv4Address startIp;
    Ipv4Address endIp;

    bool operator==(const ExclusionRange &) const = default;
};

} // namespace leaselink
