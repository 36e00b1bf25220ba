#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>
#include <tuple>

namespace leaselink::lab {

// An IPv4 or IPv6 address with a mask length, as NetBox stores IP addresses and prefixes (an
// inet/cidr value). The value is kept as a 128-bit number (IPv4 uses the low 32 bits) so ordering,
// containment and range lookups are plain integer comparisons.
struct NetBoxAddress
{
    int family = 4;
    quint64 hi = 0;
    quint64 lo = 0;
    int length = 32;
    bool hadMask = false; // the text carried "/len" (the address filter distinguishes the two)

    // "10.0.0.1", "10.0.0.1/24", "2001:DB8::1/64". A bare address gets /32 or /128. Returns
    // nothing for anything NetBox's netaddr would reject.
    static std::optional<NetBoxAddress> parse(const QString &text);

    int maxLength() const { return family == 4 ? 32 : 128; }
    QString hostText() const;
    QString text() const { return hostText() + u'/' + QString::number(length); }
    NetBoxAddress network() const;   // host bits cleared, same length
    NetBoxAddress broadcast() const; // host bits set, same length
    bool hostBitsSet() const { return network().lo != lo || network().hi != hi; }
    // Whether `other`'s host address lies inside this network (mask of `other` ignored).
    bool containsHost(const NetBoxAddress &other) const;
    // Whether the network `other` lies inside (or equals) this network.
    bool containsNetwork(const NetBoxAddress &other) const;

    auto hostKey() const { return std::tuple(family, hi, lo); }
    auto networkKey() const { return std::tuple(family, hi, lo, length); }
    bool sameHost(const NetBoxAddress &other) const { return hostKey() == other.hostKey(); }
    bool operator==(const NetBoxAddress &other) const { return networkKey() == other.networkKey(); }
};

} // namespace leaselink::lab
