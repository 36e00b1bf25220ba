#pragma once

#include "Maintenance.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

enum class FailoverMode
{
    LoadBalance,
    HotStandby
};

// A Windows DHCP failover relationship (data model section 4). Created by import only.
// The shared secret is write-only and lives in the keychain, never here.
struct Failover
{
    std::int64_t id = 0;
    QString name; // unique, <= 100
    std::int64_t primaryServerId = 0;
    std::int64_t secondaryServerId = 0; // must differ from primary
    FailoverMode mode = FailoverMode::LoadBalance;
    int maxClientLeadTime = 3600;               // seconds >= 0
    int maxResponseDelay = 30;                  // seconds >= 0
    std::optional<int> stateSwitchoverInterval; // nullopt = automatic switchover disabled
    bool syncEnabled = true;
    bool enableAuth = false;
    QString description; // C-13; "" when imported or discovered
    Maintenance maintenance;

    QDateTime created;
    QDateTime lastUpdated;

    bool operator==(const Failover &) const = default;
};

} // namespace leaselink
