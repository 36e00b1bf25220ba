#pragma once

#include "domain/Ipv4Address.h"
#include "domain/Settings.h"
#include "net/netbox/NetBoxTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace leaselink::sync {

// SYN-20 (with the adopted prefix inheritance): an IP is protected when a protect tag is
// configured and the IP carries it, or any NetBox prefix carrying it contains the address — any
// depth, any VRF (C-17, LL-52). Tagged prefixes are merged into sorted disjoint ranges once per
// job (SYN-02), so each lookup is a binary search.
class ProtectionRules
{
public:
    ProtectionRules(const Settings &settings, const QList<NetBoxPrefix> &prefixes);

    bool isConfigured() const { return !m_slug.isEmpty(); }
    bool isTaggedDirectly(const QStringList &tagSlugs) const;
    bool isInTaggedPrefix(Ipv4Address address) const;
    bool isProtected(const QStringList &tagSlugs, Ipv4Address address) const
    {
        return isTaggedDirectly(tagSlugs) || isInTaggedPrefix(address);
    }

private:
    QString m_slug;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_ranges; // [first, last], disjoint
};

} // namespace leaselink::sync
