#pragma once

#include "Ipv4Address.h"

#include <cstdint>

namespace leaselink {

// An inclusive address range (scope range, exclusion range). start <= end always holds.
class Ipv4Range
{
public:
    Ipv4Range() = default;

    static Expected<Ipv4Range> create(Ipv4Address start, Ipv4Address end);
    // "10.0.1.50-10.0.1.59" (spaces around '-' allowed; also the en dash of the display form).
    static Expected<Ipv4Range> parse(QStringView text);

    Ipv4Address start() const { return m_start; }
    Ipv4Address end() const { return m_end; }
    std::uint64_t size() const { return std::uint64_t(m_end.toUInt()) - m_start.toUInt() + 1; }
    bool contains(Ipv4Address address) const;
    bool contains(const Ipv4Range &other) const;
    bool overlaps(const Ipv4Range &other) const;
    QString toString() const; // display form "<start> – <end>"

    auto operator<=>(const Ipv4Range &) const = default;

private:
    Ipv4Range(Ipv4Address start, Ipv4Address end)
        : m_start(start)
        , m_end(end)
    {}

    Ipv4Address m_start;
    Ipv4Address m_end;
};

} // namespace leaselink
