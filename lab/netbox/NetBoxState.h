#pragma once

#include "NetBoxModels.h"

#include <map>
#include <tuple>
#include <vector>

namespace leaselink::lab {

// The simulated NetBox's database: tables keyed by id plus the indexes that keep list requests
// cheap on 100k+ addresses (a host-ordered index for IP addresses, rebuilt lazily after writes,
// and a (vrf, host) lookup for the duplicate rule). It knows nothing about HTTP.
class NetBoxState
{
public:
    struct IpIndexEntry
    {
        int family;
        quint64 hi;
        quint64 lo;
        int id;
        auto key() const { return std::tuple(family, hi, lo, id); }
    };

    // Strictly increasing microsecond timestamps, so last_updated (and 4.6 ETags) differ for
    // every save even within one millisecond.
    qint64 now();

    int addTenant(NbTenant tenant);
    int addVrf(NbVrf vrf);
    int addTag(NbTag tag);
    int addCustomField(NbCustomField field);
    int addUser(NbUser user);
    int addToken(NbToken token);
    int addPrefix(NbPrefix prefix);
    int addIpAddress(NbIpAddress ip); // id 0 = next id; timestamps 0 = now

    void updateIpAddress(const NbIpAddress &ip); // same id; keeps the indexes right
    void removeIpAddress(int id);
    int recordChange(NbObjectChange change);

    const std::map<int, NbIpAddress> &ipAddresses() const { return m_ips; }
    // Changes with every IP address added, updated or removed (list caches check it).
    quint64 ipVersion() const { return m_ipVersion; }
    const NbIpAddress *ipAddress(int id) const;
    std::map<int, NbPrefix> &prefixes() { return m_prefixes; }
    std::map<int, NbVrf> &vrfs() { return m_vrfs; }
    std::map<int, NbTag> &tags() { return m_tags; }
    std::map<int, NbTenant> &tenants() { return m_tenants; }
    std::map<int, NbCustomField> &customFields() { return m_customFields; }
    std::map<int, NbUser> &users() { return m_users; }
    std::map<int, NbToken> &tokens() { return m_tokens; }
    const std::vector<NbObjectChange> &changes() const { return m_changes; }
    const NbPrefix *prefix(int id) const;
    const NbVrf *vrf(int id) const;
    const NbTag *tag(int id) const;
    const NbTenant *tenant(int id) const;
    const NbUser *user(int id) const;

    // IP addresses in NetBox's default order (family, host value, id).
    const std::vector<IpIndexEntry> &ipIndex();
    // Ids of IP addresses with the same host address in the same VRF (0 = global table).
    QList<int> ipsWithHost(int vrfId, const NetBoxAddress &address) const;
    // Custom fields that apply to a model ("ipam.ipaddress"), in NetBox's order (weight, name).
    QList<const NbCustomField *> customFieldsFor(const QString &objectType) const;

    int nextId(const QString &table);

private:
    using HostKey = std::tuple<int, int, quint64, quint64>; // vrf, family, hi, lo
    static HostKey hostKey(const NbIpAddress &ip)
    {
        return {ip.vrfId, ip.address.family, ip.address.hi, ip.address.lo};
    }
    void unindexHost(const NbIpAddress &ip);

    qint64 m_lastTime = 0;
    std::map<QString, int> m_lastIds;
    std::map<int, NbIpAddress> m_ips;
    std::map<int, NbPrefix> m_prefixes;
    std::map<int, NbVrf> m_vrfs;
    std::map<int, NbTag> m_tags;
    std::map<int, NbTenant> m_tenants;
    std::map<int, NbCustomField> m_customFields;
    std::map<int, NbUser> m_users;
    std::map<int, NbToken> m_tokens;
    std::vector<NbObjectChange> m_changes; // ascending id
    std::vector<IpIndexEntry> m_ipIndex;
    bool m_ipIndexDirty = false;
    quint64 m_ipVersion = 0;
    std::multimap<HostKey, int> m_hostIndex;
};

} // namespace leaselink::lab
