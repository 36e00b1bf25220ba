#pragma once

#include "Error.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

namespace leaselink {

// One IPv4 address, held as a host-order 32-bit number so that comparison is numeric
// (10.0.0.9 < 10.0.0.10), as the data model requires.
class Ipv4Address
{
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t value)
        : m_value(value)
    {}

    // Strict dotted-quad: exactly four decimal octets 0..255, no surrounding junk, no mask.
    static Expected<Ipv4Address> parse(QStringView text);

    constexpr std::uint32_t toUInt() const { return m_value; }
    QString toString() const;

    constexpr auto operator<=>(const Ipv4Address &) const = default;

private:
    std::uint32_t m_value = 0;
};

inline size_t qHash(Ipv4Address address, size_t seed = 0) noexcept
{
    return ::qHash(address.toUInt(), seed);
}

} // namespace leaselink
