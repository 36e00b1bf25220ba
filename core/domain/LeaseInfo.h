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
    QString leaseHostname;       // <= 1024 (O-12), original case
    bool active = false;
    QDateTime leaseExpiration; // invalid for reservations
    QDateTime activeSince;     // upstream 2.0.1: when the address was last seen becoming active
    QDateTime inactiveSince;   // when it was last seen becoming inactive
    bool createdBySync = false;
    bool hostCut = false;     // O-12: the raw host name was longer and has been cut
    QDateTime stateChangedAt; // C-15: when active last flipped or the client id changed
    bool prestaged = false;   // C-03: the sync filled a blank client id on a reserved IP

    bool operator==(const LeaseInfo &) const = default;
};

} // namespace leaselink
