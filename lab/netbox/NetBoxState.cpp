#include "NetBoxState.h"

#include <algorithm>

namespace leaselink::lab {

qint64 NetBoxState::now()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_lastTime = std::max(wall, m_lastTime + 1);
    return m_lastTime;
}

int NetBoxState::nextId(const QString &table)
{
    return ++m_lastIds[table];
}

namespace {

// Gives a record an id and timestamps unless the caller (a dataset) chose them, and keeps the
// id counter ahead of explicitly chosen ids.
template <typename T> int assignId(T &record, int &counter)
{
    if (record.id <= 0)
        record.id = ++counter;
    else
        counter = std::max(counter, record.id);
    return record.id;
}

template <typename T> void stamp(T &record, qint64 now)
{
    if (record.created == 0)
        record.created = now;
    if (record.lastUpdated == 0)
        record.lastUpdated = record.created;
}

} // namespace

int NetBoxState::addTenant(NbTenant tenant)
{
    const int id = assignId(tenant, m_lastIds[QStringLiteral("tenant")]);
    stamp(tenant, now());
    m_tenants[id] = std::move(tenant);
    return id;
}

int NetBoxState::addVrf(NbVrf vrf)
{
    const int id = assignId(vrf, m_lastIds[QStringLiteral("vrf")]);
    stamp(vrf, now());
    m_vrfs[id] = std::move(vrf);
    return id;
}

int NetBoxState::addTag(NbTag tag)
{
    const int id = assignId(tag, m_lastIds[QStringLiteral("tag")]);
    stamp(tag, now());
    m_tags[id] = std::move(tag);
    return id;
}

int NetBoxState::addCustomField(NbCustomField field)
{
    const int id = assignId(field, m_lastIds[QStringLiteral("customfield")]);
    stamp(field, now());
    m_customFields[id] = std::move(field);
    return id;
}

int NetBoxState::addUser(NbUser user)
{
    const int id = assignId(user, m_lastIds[QStringLiteral("user")]);
    if (user.dateJoined == 0)
        user.dateJoined = now();
    m_users[id] = std::move(user);
    return id;
}

int NetBoxState::addToken(NbToken token)
{
    const int id = assignId(token, m_lastIds[QStringLiteral("token")]);
    m_tokens[id] = std::move(token);
    return id;
}

int NetBoxState::addPrefix(NbPrefix prefix)
{
    const int id = assignId(prefix, m_lastIds[QStringLiteral("prefix")]);
    stamp(prefix, now());
    m_prefixes[id] = std::move(prefix);
    return id;
}

int NetBoxState::addIpAddress(NbIpAddress ip)
{
    ++m_ipVersion;
    const int id = assignId(ip, m_lastIds[QStringLiteral("ipaddress")]);
    stamp(ip, now());
    m_hostIndex.emplace(hostKey(ip), id);
    // Appending keeps the index sorted when datasets add addresses in ascending order.
    const IpIndexEntry entry{ip.address.family, ip.address.hi, ip.address.lo, id};
    if (!m_ipIndexDirty && !m_ipIndex.empty() && entry.key() < m_ipIndex.back().key())
        m_ipIndexDirty = true;
    m_ipIndex.push_back(entry);
    m_ips[id] = std::move(ip);
    return id;
}

void NetBoxState::unindexHost(const NbIpAddress &ip)
{
    auto [first, last] = m_hostIndex.equal_range(hostKey(ip));
    for (auto it = first; it != last; ++it) {
        if (it->second == ip.id) {
            m_hostIndex.erase(it);
            return;
        }
    }
}

void NetBoxState::updateIpAddress(const NbIpAddress &ip)
{
    ++m_ipVersion;
    auto it = m_ips.find(ip.id);
    if (it == m_ips.end())
        return;
    if (hostKey(it->second) != hostKey(ip)) {
        unindexHost(it->second);
        m_hostIndex.emplace(hostKey(ip), ip.id);
    }
    if (!it->second.address.sameHost(ip.address))
        m_ipIndexDirty = true; // entry keys are rebuilt on the next list request
    it->second = ip;
}

void NetBoxState::removeIpAddress(int id)
{
    ++m_ipVersion;
    auto it = m_ips.find(id);
    if (it == m_ips.end())
        return;
    unindexHost(it->second);
    m_ips.erase(it);
    m_ipIndexDirty = true;
}

const std::vector<NetBoxState::IpIndexEntry> &NetBoxState::ipIndex()
{
    if (m_ipIndexDirty) {
        m_ipIndex.clear();
        m_ipIndex.reserve(m_ips.size());
        for (const auto &[id, ip] : m_ips)
            m_ipIndex.push_back({ip.address.family, ip.address.hi, ip.address.lo, id});
        std::sort(m_ipIndex.begin(), m_ipIndex.end(),
                  [](const IpIndexEntry &a, const IpIndexEntry &b) { return a.key() < b.key(); });
        m_ipIndexDirty = false;
    }
    return m_ipIndex;
}

QList<int> NetBoxState::ipsWithHost(int vrfId, const NetBoxAddress &address) const
{
    QList<int> ids;
    auto [first, last] =
        m_hostIndex.equal_range(HostKey{vrfId, address.family, address.hi, address.lo});
    for (auto it = first; it != last; ++it)
        ids.append(it->second);
    return ids;
}

int NetBoxState::recordChange(NbObjectChange change)
{
    change.id = ++m_lastIds[QStringLiteral("objectchange")];
    if (change.time == 0)
        change.time = now();
    m_changes.push_back(std::move(change));
    return m_changes.back().id;
}

namespace {
template <typename T> const T *findIn(const std::map<int, T> &table, int id)
{
    const auto it = table.find(id);
    return it == table.end() ? nullptr : &it->second;
}
} // namespace

const NbIpAddress *NetBoxState::ipAddress(int id) const
{
    return findIn(m_ips, id);
}
const NbPrefix *NetBoxState::prefix(int id) const
{
    return findIn(m_prefixes, id);
}
const NbVrf *NetBoxState::vrf(int id) const
{
    return findIn(m_vrfs, id);
}
const NbTag *NetBoxState::tag(int id) const
{
    return findIn(m_tags, id);
}
const NbTenant *NetBoxState::tenant(int id) const
{
    return findIn(m_tenants, id);
}
const NbUser *NetBoxState::user(int id) const
{
    return findIn(m_users, id);
}

QList<const NbCustomField *> NetBoxState::customFieldsFor(const QString &objectType) const
{
    QList<const NbCustomField *> fields;
    for (const auto &[id, field] : m_customFields) {
        if (field.objectTypes.contains(objectType))
            fields.append(&field);
    }
    std::sort(fields.begin(), fields.end(), [](const NbCustomField *a, const NbCustomField *b) {
        return std::pair(a->weight, a->name) < std::pair(b->weight, b->name);
    });
    return fields;
}

} // namespace leaselink::lab
