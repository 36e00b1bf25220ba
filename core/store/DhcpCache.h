#pragma once

#include "domain/Ipv4Address.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace leaselink {

// A lease as a DHCP server last reported it, kept so the Leases view can list and search every
// server's leases without asking the servers again.
struct CachedLease
{
    std::int64_t serverId = 0;
    Ipv4Address scopeId; // the scope's network address
    Ipv4Address address;
    QString clientId; // canonical MAC form when parseable, else as reported
    QString hostname;
    QDateTime expiry; // invalid: none
    QString state;    // "Active", "ActiveReservation", …

    bool operator==(const CachedLease &) const = default;
};

// A reservation as a DHCP server last reported it (Reservations view).
struct CachedReservation
{
    std::int64_t serverId = 0;
    Ipv4Address scopeId;
    Ipv4Address address;
    QString clientId;
    QString name;
    QString description;
    QString type; // "Dhcp", "Bootp", "Both"

    bool operator==(const CachedReservation &) const = default;
};

} // namespace leaselink
