#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace leaselink {

enum class SyncQueue
{
    High,
    Default,
    Low
};

// Plugin-wide settings (data model section 2), a singleton row. Bounds are enforced by
// Settings::validate(), used by every writer (CLI, GUI, store).
struct Settings
{
    static constexpr int MinSyncIntervalMinutes = 5;
    static constexpr int MaxSyncIntervalMinutes = 1440;
    static constexpr int MinSyncJobTimeoutSeconds = 60;

    bool syncIpAddresses = false;
    QString leaseStatus = QStringLiteral("dhcp");
    QString reservationStatus = QStringLiteral("reserved");
    bool pushReservations = false;
    bool pushScopeInfo = false;
    bool syncActiveScopesOnly = false;
    int syncIntervalMinutes = 60;
    SyncQueue syncQueue = SyncQueue::Default;
    int syncJobTimeoutSeconds = 300;
    std::optional<std::int64_t> syncProtectTagId;
    QString syncProtectTagSlug;
    bool syncProtectUpdateClientId = false;
    bool createMissingPrefixes = true;
    bool apiEnabled = true;
    // Scope discovery during sync (SYN-11, decisions.md C-10; on by default, O-19).
    bool scopeDiscovery = true;
    // C-11: slug of the optional NetBox tag put on IPs whose hostname NetBox refuses as a DNS
    // name (removed once a valid name arrives); empty = none.
    QString invalidHostnameTagSlug;
    // C-14 / DIS-09: the lease (reservation) status before the user changed it, kept until
    // every scope has relabelled its created_by_sync IPs (O-21); empty = nothing pending.
    QString pendingOldLeaseStatus;
    QString pendingOldReservationStatus;

    Expected<void> validate() const;

    bool operator==(const Settings &) const = default;
};

} // namespace leaselink
