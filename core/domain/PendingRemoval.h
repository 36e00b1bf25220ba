#pragma once

#include "Ipv4Address.h"

#include <QDateTime>

#include <cstdint>

namespace leaselink {

// A removal the user made in LeaseLink while Push Scope Info was on, not yet pushed to the DHCP
// server (decisions.md C-02): an exclusion range deleted, or the router cleared. The next sync of
// the owning server pushes it (script >= 2.0.0) and then forgets it.
struct PendingRemoval
{
    enum class Kind
    {
        Exclusion,
        Router
    };

    std::int64_t id = 0;
    std::int64_t scopeId = 0;
    Kind kind = Kind::Exclusion;
    Ipv4Address startIp; // Exclusion only
    Ipv4Address endIp;   // Exclusion only
    QDateTime createdAt;

    bool operator==(const PendingRemoval &) const = default;
};

} // namespace leaselink
