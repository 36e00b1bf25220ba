#pragma once

#include "Error.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>

namespace leaselink {

// A 48-bit client MAC. Accepts 00:11:22:33:44:55, 00-11-22-33-44-55, 0011.2233.4455 and
// 001122334455 in any case; the canonical text is the Windows form "00-11-22-aa-bb-cc"
// (hyphens, lower-case hex), which is what dhcp_client_id holds in NetBox.
class MacAddress
{
public:
    MacAddress() = default;

    static Expected<MacAddress> parse(QStringView text);

    // The canonical text of a DHCP client id of any length (decision C-18): lower-case hex
    // pairs joined by '-' ("01-00-11-22-aa-bb-cc"). Accepts the same four input forms as
    // parse(); a different length is a different id, so no length is imposed.
    static Expected<QString> canonicalClientId(QStringView text);

    std::array<std::uint8_t, 6> bytes() const { return m_bytes; }
    QString toString() const; // canonical Windows form

    auto operator<=>(const MacAddress &) const = default;

private:
    std::array<std::uint8_t, 6> m_bytes{};
};

inline size_t qHash(const MacAddress &mac, size_t seed = 0) noexcept
{
    const auto b = mac.bytes();
    return qHashBits(b.data(), b.size(), seed);
}

} // namespace leaselink
