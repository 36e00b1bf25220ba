#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace leaselink {

// Local side-info for one NetBox IP address the sync wrote or saw (data model section 10). Its
// existence is what makes an IP "DHCP-managed" for cleanup.
struct LeaseInfo
{
    std::int64_t id = 0;
    std::int64_t netboxIpId = 0; // unique
    QString address;             // cached "10.0.1.20" for search
    QString leaseHostname;       // <= 255, original case
    bool active = false;
    QDateTime leaseExpiration; // invalid for reservations
    QDateTime activeSince;     // upstream 2.0.1: when the address was last seen becoming active
    QDateTime inactiveSince;   // when it was last seen becoming inactive
    bool createdBySync = false;

    bool operator==(const LeaseInfo &) const = default;
};

} // namespace leaselink
