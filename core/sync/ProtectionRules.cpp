#include "ProtectionRules.h"

#include <algorithm>

namespace leaselink::sync {

ProtectionRules::ProtectionRules(const Settings &settings, const QList<NetBoxPrefix> &prefixes)
    : m_slug(settings.syncProtectTagSlug)
{
    if (m_slug.isEmpty())
        return; // SYN-20.4: without a configured tag nothing is protected
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    for (const NetBoxPrefix &prefix : prefixes) {
        if (prefix.tagSlugs.contains(m_slug))
            ranges.emplace_back(prefix.prefix.first().toUInt(), prefix.prefix.last().toUInt());
    }
    std::sort(ranges.begin(), ranges.end());
    for (const auto &range : ranges) {
        if (!m_ranges.empty() && range.first <= m_ranges.back().second)
            m_ranges.back().second = std::max(m_ranges.back().second, range.second);
        else
            m_ranges.push_back(range);
    }
}

bool ProtectionRules::isTaggedDirectly(const QStringList &tagSlugs) const
{
    return isConfigured() && tagSlugs.contains(m_slug);
}

bool ProtectionRules::isInTaggedPrefix(Ipv4Address address) const
{
    const std::uint32_t value = address.toUInt();
    // The last range starting at or before the address is the only one that can contain it.
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), value,
                               [](std::uint32_t v, const auto &range) { return v < range.first; });
    if (it == m_ranges.begin())
        return false;
    --it;
    return value <= it->second;
}

} // namespace leaselink::sync
