#include "NetBoxPreStates.h"

#include "NetBoxSim.h"

#include <QRandomGenerator>

namespace leaselink::lab {

namespace {

QString randomText(QRandomGenerator &random, const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(random.bounded(alphabet.size())));
    return text;
}

const QString kAlnum =
    QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

} // namespace

QStringList NetBoxPreStates::kindNames()
{
    return {QStringLiteral("empty"), QStringLiteral("partly-populated"),
            QStringLiteral("protected-tags"), QStringLiteral("custom-statuses"),
            QStringLiteral("in-vrf")};
}

std::optional<NetBoxPreStates::Kind> NetBoxPreStates::kindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Kind>(index);
}

NetBoxPreStateTokens NetBoxPreStates::apply(NetBoxSim &sim, Kind kind,
                                            const QList<NetBoxScopeSpec> &scopes, quint32 seed)
{
    QRandomGenerator random(seed);
    NetBoxPreStateTokens tokens;
    const int admin = sim.addUser(QStringLiteral("admin"));
    tokens.admin =
        sim.addTokenV2(admin, true, randomText(random, kAlnum, 12), randomText(random, kAlnum, 40));
    const int sync = sim.addUser(QStringLiteral("dhcp-sync"));
    tokens.sync =
        sim.addTokenV2(sync, true, randomText(random, kAlnum, 12), randomText(random, kAlnum, 40));
    const int reader = sim.addUser(QStringLiteral("reader"));
    tokens.readOnly =
        sim.addTokenV1(reader, false, randomText(random, QStringLiteral("0123456789abcdef"), 40));
    if (kind == Kind::Empty)
        return tokens;

    const int protectedTag = kind == Kind::ProtectedTags
                                 ? sim.addTag(QStringLiteral("protected"),
                                              QStringLiteral("protected"), QStringLiteral("f44336"))
                                 : 0;
    const int manualTag =
        sim.addTag(QStringLiteral("manual"), QStringLiteral("manual"), QStringLiteral("2196f3"));
    if (kind == Kind::CustomStatuses)
        sim.setIpStatusChoices({{QStringLiteral("dhcp-reserved"), QStringLiteral("DHCP Reserved")},
                                {QStringLiteral("quarantine"), QStringLiteral("Quarantine")}},
                               false);

    QHash<QString, int> vrfIds;
    for (const NetBoxScopeSpec &scope : scopes) {
        const auto network = NetBoxAddress::parse(scope.cidr);
        if (!network || network->family != 4 || network->length < 8 || network->length > 30)
            continue; // not a DHCP scope network the lab knows how to fill
        int vrfId = 0;
        QString vrfName = scope.vrf;
        if (kind == Kind::InVrf && vrfName.isEmpty())
            vrfName = QStringLiteral("Customers");
        if (!vrfName.isEmpty()) {
            if (!vrfIds.contains(vrfName)) {
                const QString rd = scope.rd.isEmpty() && kind == Kind::InVrf
                                       ? QStringLiteral("65000:%1").arg(100 + vrfIds.size())
                                       : scope.rd;
                vrfIds.insert(vrfName, sim.addVrf(vrfName, rd));
            }
            vrfId = vrfIds.value(vrfName);
        }
        const bool protectPrefix = protectedTag && random.bounded(3) == 0;
        sim.addPrefix(network->network().text(), vrfId, QStringLiteral("active"),
                      protectPrefix ? QList<int>{protectedTag} : QList<int>{},
                      QStringLiteral("DHCP scope %1").arg(network->network().text()));

        // About one address in ten is already documented by hand; never more than 500 a scope.
        const quint64 first = network->network().lo + 1;
        const quint64 hosts = (quint64(1) << (32 - network->length)) - 2;
        const quint64 wanted = std::min<quint64>(500, std::max<quint64>(1, hosts / 10));
        const quint64 step = std::max<quint64>(1, hosts / wanted);
        for (quint64 i = 0; i < wanted; ++i) {
            const quint64 offset = i * step + quint64(random.bounded(int(step)));
            if (offset >= hosts)
                break;
            NetBoxAddress host = *network;
            host.lo = first + offset;
            host.length = random.bounded(4) == 0 ? 32 : network->length;
            QList<int> tags{manualTag};
            if (protectedTag && random.bounded(4) == 0)
                tags.append(protectedTag);
            QString status = QStringLiteral("active");
            if (kind == Kind::CustomStatuses) {
                const int pick = random.bounded(4);
                status = pick == 0   ? QStringLiteral("dhcp-reserved")
                         : pick == 1 ? QStringLiteral("quarantine")
                                     : status;
            } else if (random.bounded(5) == 0) {
                status = QStringLiteral("reserved");
            }
            const QString dns =
                random.bounded(3) == 0
                    ? QString()
                    : QStringLiteral("host-%1.manual.example.net").arg(host.lo & 0xffff);
            sim.addIpAddress(host.text(), vrfId, status, dns, tags);
        }
    }
    return tokens;
}

} // namespace leaselink::lab
