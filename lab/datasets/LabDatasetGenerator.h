#pragma once

#include "LabDataset.h"

namespace leaselink::lab {

// Deterministic generator for the lab's standard datasets (issue 3):
//  S: 1 server, 5 scopes, 500 leases;
//  M: a failover pair + 1 standalone server, 60 scopes, ~10,000 leases;
//  L: 4 servers in 2 failover pairs, 500 scopes, 100,000 leases, 10,000 reservations.
// Names are realistic; some hostnames are not valid DNS names (spaces, underscores, labels over
// 63 characters); some scopes are inactive; scopes have exclusions and options.
class LabDatasetGenerator
{
public:
    enum class Size
    {
        S,
        M,
        L
    };

    static LabDataset generate(Size size, quint32 seed = 1);
    // "S", "M" or "L" (any case).
    static Expected<Size> sizeFromName(const QString &name);
};

} // namespace leaselink::lab
