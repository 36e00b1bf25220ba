#include "PsuModel.h"

#include <algorithm>

namespace leaselink::lab {

QString PsuScope::router() const
{
    for (const PsuOption &option : options) {
        if (option.code == 3 && option.vendorClass.isEmpty() && !option.value.isEmpty())
            return option.value.first();
    }
    return {};
}

void PsuScope::setRouter(const QString &router)
{
    if (router.isEmpty()) {
        removeOption(3);
        return;
    }
    PsuOption option = PsuModel::optionTemplate(3);
    option.value = {router};
    setOption(option);
}

void PsuScope::setOption(const PsuOption &option)
{
    auto it = std::find_if(options.begin(), options.end(), [&](const PsuOption &o) {
        return o.code == option.code && o.vendorClass == option.vendorClass;
    });
    if (it != options.end()) {
        *it = option;
        return;
    }
    auto pos = std::lower_bound(options.begin(), options.end(), option.code,
                                [](const PsuOption &o, int code) { return o.code < code; });
    options.insert(pos, option);
}

bool PsuScope::removeOption(int code)
{
    return options.removeIf([code](const PsuOption &o) { return o.code == code; }) > 0;
}

QList<PsuOption> PsuScope::listedOptions() const
{
    QList<PsuOption> listed = options;
    PsuOption lease = PsuModel::optionTemplate(51);
    lease.value = {QString::number(leaseDurationSeconds)};
    auto pos = std::lower_bound(listed.begin(), listed.end(), 51,
                                [](const PsuOption &o, int code) { return o.code < code; });
    listed.insert(pos, lease);
    return listed;
}

PsuReservation *PsuScope::reservationAt(Ipv4Address address)
{
    auto it =
        std::lower_bound(reservations.begin(), reservations.end(), address,
                         [](const PsuReservation &r, Ipv4Address a) { return r.ipAddress < a; });
    return it != reservations.end() && it->ipAddress == address ? &*it : nullptr;
}

PsuLease *PsuScope::leaseAt(Ipv4Address address)
{
    auto it = std::lower_bound(leases.begin(), leases.end(), address,
                               [](const PsuLease &l, Ipv4Address a) { return l.ipAddress < a; });
    return it != leases.end() && it->ipAddress == address ? &*it : nullptr;
}

bool PsuFailover::involves(const QString &hostname) const
{
    return serverA.compare(hostname, Qt::CaseInsensitive) == 0 ||
           serverB.compare(hostname, Qt::CaseInsensitive) == 0;
}

QString PsuFailover::partnerOf(const QString &hostname) const
{
    return serverA.compare(hostname, Qt::CaseInsensitive) == 0 ? serverB : serverA;
}

PsuScope *PsuModel::scope(Ipv4Address scopeId)
{
    auto it = scopes.find(scopeId.toUInt());
    return it == scopes.end() ? nullptr : &it->second;
}

const PsuScope *PsuModel::scope(Ipv4Address scopeId) const
{
    auto it = scopes.find(scopeId.toUInt());
    return it == scopes.end() ? nullptr : &it->second;
}

PsuScope &PsuModel::addScope(PsuScope scope)
{
    const quint32 key = scope.scopeId.toUInt();
    return scopes.insert_or_assign(key, std::move(scope)).first->second;
}

const PsuFailover *PsuModel::failoverOf(Ipv4Address scopeId) const
{
    const QString id = scopeId.toString();
    for (const PsuFailover &failover : failovers) {
        if (failover.scopeIds.contains(id))
            return &failover;
    }
    return nullptr;
}

PsuFailover *PsuModel::failover(const QString &name)
{
    for (PsuFailover &failover : failovers) {
        if (failover.name.compare(name, Qt::CaseInsensitive) == 0)
            return &failover;
    }
    return nullptr;
}

qsizetype PsuModel::leaseCount() const
{
    qsizetype count = 0;
    for (const auto &[key, scope] : scopes)
        count += scope.leases.size();
    return count;
}

qsizetype PsuModel::reservationCount() const
{
    qsizetype count = 0;
    for (const auto &[key, scope] : scopes)
        count += scope.reservations.size();
    return count;
}

PsuOption PsuModel::optionTemplate(int code)
{
    struct Known
    {
        int code;
        const char *name;
        const char *type;
    };
    static constexpr Known known[] = {
        {3, "Router", "IPv4Address"},
        {6, "DNS Servers", "IPv4Address"},
        {15, "DNS Domain Name", "String"},
        {42, "NTP Servers", "IPv4Address"},
        {44, "WINS/NBNS Servers", "IPv4Address"},
        {46, "WINS/NBT Node Type", "Byte"},
        {51, "Lease", "DWord"},
        {60, "PXEClient", "String"},
        {66, "Boot Server Host Name", "String"},
        {67, "Bootfile Name", "String"},
        {81, "Client FQDN", "BinaryData"},
        {119, "Domain Search List", "BinaryData"},
        {150, "TFTP Server Address", "IPv4Address"},
        {252, "WPAD", "String"},
    };
    for (const Known &k : known) {
        if (k.code == code)
            return PsuOption{
                code, QString::fromLatin1(k.name), {}, QString::fromLatin1(k.type), {}};
    }
    return PsuOption{code, QStringLiteral("Option %1").arg(code), {}, QStringLiteral("String"), {}};
}

} // namespace leaselink::lab
