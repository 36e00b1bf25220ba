#pragma once

#include "Ipv4Address.h"

namespace leaselink {

// An IPv4 network: network address + prefix length 0..32.
class Ipv4Prefix
{
public:
    enum class HostBits
    {
        Reject,   // "10.0.1.5/24" is an error naming the host bits
        Normalise // "10.0.1.5/24" becomes 10.0.1.0/24 (NetBox's own behaviour for prefixes)
    };

    Ipv4Prefix() = default;

    // Accepts "10.0.1.0/24" and "10.0.1.0/255.255.255.0". A mask must be contiguous.
    static Expected<Ipv4Prefix> parse(QStringView text, HostBits hostBits = HostBits::Reject);
    // From a scope's network address and subnet mask as the PSU API reports them.
    static Expected<Ipv4Prefix> fromAddressAndMask(Ipv4Address address, Ipv4Address mask,
                                                   HostBits hostBits = HostBits::Reject);
    static Expected<int> maskToLength(Ipv4Address mask);

    Ipv4Address network() const { return m_network; }
    int length() const { return m_length; }
    Ipv4Address mask() const;
    Ipv4Address broadcast() const;
    Ipv4Address first() const { return m_network; }
    Ipv4Address last() const { return broadcast(); }
    bool contains(Ipv4Address address) const;
    bool contains(const Ipv4Prefix &other) const;
    QString toString() const; // "10.0.1.0/24"

    auto operator<=>(const Ipv4Prefix &) const = default;

private:
    Ipv4Prefix(Ipv4Address network, int length)
        : m_network(network)
        , m_length(length)
    {}

    Ipv4Address m_network;
    int m_length = 32;
};

inline size_t qHash(const Ipv4Prefix &prefix, size_t seed = 0) noexcept
{
    return qHashMulti(seed, prefix.network().toUInt(), prefix.length());
}

} // namespace leaselink
