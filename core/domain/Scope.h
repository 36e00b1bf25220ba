#pragma once

#include "Ipv4Address.h"
#include "Ipv4Prefix.h"
#include "LeaseDuration.h"
#include "Maintenance.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

// A DHCP scope (data model section 7). Exactly one of serverId / failoverId is set ("scope
// source"); a scope with neither (its server or failover was deleted) is never synced.
struct Scope
{
    std::int64_t id = 0;
    QString name; // <= 200, not unique
    QString description;
    std::int64_t netboxPrefixId = 0;   // the NetBox prefix the scope belongs to
    Ipv4Prefix prefix;                 // cached CIDR of that prefix (sync key = network address)
    std::optional<std::int64_t> vrfId; // cached VRF of that prefix; nullopt = global table
    Ipv4Address startIp;
    Ipv4Address endIp;
    std::optional<Ipv4Address> router; // option 3
    LeaseDuration leaseLifetime;       // default 1 Day
    bool active = true;                // Windows state Active / InActive
    std::optional<std::int64_t> serverId;
    std::optional<std::int64_t> failoverId;
    QList<std::int64_t> optionValueIds;
    Maintenance maintenance;
    QDateTime lastSyncAt;

    QDateTime created;
    QDateTime lastUpdated;

    bool operator==(const Scope &) const = default;
};

} // namespace leaselink
