#include "SyncFixture.h"

#include <QTest>

namespace leaselink::sync::test {

namespace {

Ipv4Address address(const QString &text)
{
    const auto parsed = Ipv4Address::parse(text);
    if (!parsed)
        qFatal("fixture: bad address %s", qPrintable(text));
    return *parsed;
}

Ipv4Prefix prefix(const QString &text)
{
    const auto parsed = Ipv4Prefix::parse(text);
    if (!parsed)
        qFatal("fixture: bad prefix %s", qPrintable(text));
    return *parsed;
}

} // namespace

SyncFixture::SyncFixture()
{
    inputs.now = runTime();
    inputs.settings.syncIpAddresses = true; // F: on (the real default is off)

    NetBoxPrefix netBoxPrefix;
    netBoxPrefix.id = 1;
    netBoxPrefix.prefix = prefix(QStringLiteral("10.0.1.0/24"));
    inputs.netBox.prefixes.append(netBoxPrefix);

    Scope scope;
    scope.id = BuildingA;
    scope.name = QStringLiteral("Building A");
    scope.netboxPrefixId = 1;
    scope.prefix = netBoxPrefix.prefix;
    scope.startIp = address(QStringLiteral("10.0.1.10"));
    scope.endIp = address(QStringLiteral("10.0.1.254"));
    scope.serverId = SrvA;
    inputs.localScopes.append(scope);

    DhcpScopeSnapshot reported;
    reported.scope.scopeId = address(QStringLiteral("10.0.1.0"));
    reported.scope.name = scope.name;
    reported.scope.startIp = scope.startIp;
    reported.scope.endIp = scope.endIp;
    reported.scope.subnetMask = address(QStringLiteral("255.255.255.0"));
    reported.localScopeId = BuildingA;
    DhcpServerSnapshot server;
    server.serverId = SrvA;
    server.serverName = QStringLiteral("SRV-A");
    server.scopes.append(reported);
    inputs.dhcp.servers.append(server);
}

DhcpScopeSnapshot &SyncFixture::scopeA()
{
    return inputs.dhcp.servers[0].scopes[0];
}

void SyncFixture::addLease(DhcpScopeSnapshot &scope, const QString &ip, const QString &clientId,
                           const QString &hostname, const QString &expiry)
{
    PsuLease lease;
    lease.ipAddress = address(ip);
    lease.scopeId = scope.scope.scopeId;
    lease.clientId = clientId;
    lease.hostname = hostname;
    const QDateTime parsed = QDateTime::fromString(expiry, Qt::ISODate);
    if (parsed.isValid())
        lease.leaseExpiry = parsed;
    scope.leases.items.append(lease);
}

SyncFixture &SyncFixture::lease(const QString &ip, const QString &clientId, const QString &hostname,
                                const QString &expiry)
{
    addLease(scopeA(), ip, clientId, hostname, expiry);
    return *this;
}

SyncFixture &SyncFixture::addServerB(bool reachable)
{
    Scope scope = inputs.localScopes.first();
    scope.id = 2;
    scope.name = QStringLiteral("Building A (B)");
    scope.serverId = SrvB;
    inputs.localScopes.append(scope);
    if (reachable) {
        DhcpServerSnapshot server = inputs.dhcp.servers.first();
        server.serverId = SrvB;
        server.serverName = QStringLiteral("SRV-B");
        server.scopes.first().localScopeId = scope.id;
        server.scopes.first().leases = {};
        server.scopes.first().reservations = {};
        inputs.dhcp.servers.append(server);
    }
    return *this;
}

SyncFixture &SyncFixture::leaseOnB(const QString &ip, const QString &clientId,
                                   const QString &hostname)
{
    addLease(inputs.dhcp.servers[1].scopes[0], ip, clientId, hostname, expiry2030());
    return *this;
}

SyncFixture &SyncFixture::scopeVrf(std::int64_t vrfId)
{
    inputs.localScopes.first().vrfId = vrfId;
    inputs.netBox.prefixes.first().vrfId = vrfId;
    return *this;
}

SyncFixture &SyncFixture::reservation(const QString &ip, const QString &clientId,
                                      const QString &name, const QString &description)
{
    PsuReservation reservation;
    reservation.ipAddress = address(ip);
    reservation.scopeId = scopeA().scope.scopeId;
    reservation.clientId = clientId;
    reservation.name = name;
    reservation.description = description;
    scopeA().reservations.items.append(reservation);
    return *this;
}

std::int64_t SyncFixture::ip(const QString &cidr, const QString &status, const QString &dns,
                             const QString &clientId, const QStringList &tags, std::int64_t vrfId)
{
    const qsizetype slash = cidr.indexOf(QLatin1Char('/'));
    NetBoxIpAddress ip;
    ip.id = m_nextIpId++;
    ip.host = address(cidr.left(slash));
    ip.prefixLength = cidr.mid(slash + 1).toInt();
    ip.address = cidr;
    if (vrfId != 0)
        ip.vrfId = vrfId;
    ip.status.value = status;
    ip.dnsName = dns;
    if (!clientId.isEmpty())
        ip.dhcpClientId = clientId;
    ip.hasClientIdField = true;
    ip.tagSlugs = tags;
    inputs.netBox.ipAddresses.append(ip);
    return ip.id;
}

SyncFixture &SyncFixture::sideInfo(std::int64_t ipId, const QString &host, bool active,
                                   const QDateTime &expiry, bool createdBySync, bool prestaged)
{
    LeaseSideInfo info;
    info.host = host;
    info.active = active;
    info.since = earlier();
    info.expiry = expiry;
    info.createdBySync = createdBySync;
    info.prestaged = prestaged;
    inputs.sideInfoByIpId.insert(ipId, info);
    return *this;
}

SyncFixture &SyncFixture::protectTag()
{
    inputs.settings.syncProtectTagSlug = QStringLiteral("dhcp-protect");
    return *this;
}

SyncFixture &SyncFixture::invalidHostnameTag()
{
    inputs.settings.invalidHostnameTagSlug = QStringLiteral("invalid-hostname");
    return *this;
}

SyncFixture &SyncFixture::statusChanged(const QString &lease, const QString &oldLease,
                                        const QString &reservation, const QString &oldReservation)
{
    inputs.settings.leaseStatus = lease;
    inputs.settings.pendingOldLeaseStatus = oldLease;
    inputs.settings.reservationStatus = reservation;
    inputs.settings.pendingOldReservationStatus = oldReservation;
    inputs.relabelPendingScopeIds.insert(BuildingA);
    return *this;
}

SyncFixture &SyncFixture::taggedPrefix(const QString &cidr, std::int64_t vrfId)
{
    NetBoxPrefix tagged;
    tagged.id = m_nextPrefixId++;
    tagged.prefix = prefix(cidr);
    if (vrfId != 0)
        tagged.vrfId = vrfId;
    tagged.tagSlugs = {QStringLiteral("dhcp-protect")};
    inputs.netBox.prefixes.append(tagged);
    return *this;
}

SyncFixture &SyncFixture::failLeases()
{
    scopeA().leases = {{}, true};
    return *this;
}

SyncFixture &SyncFixture::failReservations()
{
    scopeA().reservations = {{}, true};
    return *this;
}

SyncFixture &SyncFixture::failScopeList()
{
    inputs.dhcp.servers[0].scopeListReadFailed = true;
    inputs.dhcp.servers[0].scopes.clear();
    return *this;
}

SyncFixture &SyncFixture::scriptVersion(const QString &version)
{
    inputs.dhcp.servers.first().scriptVersion = version;
    return *this;
}

SyncFixture &SyncFixture::previousRead(int leaseCount, int reservationCount, bool emptyUnconfirmed)
{
    inputs.previousReads.insert(BuildingA, {leaseCount, reservationCount, emptyUnconfirmed});
    return *this;
}

SyncFixture &SyncFixture::pushReservations(const QString &version)
{
    inputs.settings.pushReservations = true;
    inputs.dhcp.servers.first().scriptVersion = version;
    inputs.dhcp.servers.first().writerConfirmed = true;
    return *this;
}

SyncFixture &SyncFixture::reservationInOtherScope(const QString &ip, const QString &clientId,
                                                  const QString &name)
{
    DhcpScopeSnapshot other;
    other.scope.scopeId = address(QStringLiteral("10.0.2.0"));
    other.scope.name = QStringLiteral("Lab");
    PsuReservation reservation;
    reservation.ipAddress = address(ip);
    reservation.scopeId = other.scope.scopeId;
    reservation.clientId = clientId;
    reservation.name = name;
    other.reservations.items.append(reservation);
    inputs.dhcp.servers.first().scopes.append(other);
    return *this;
}

SyncFixture &SyncFixture::lastIpDescription(const QString &description)
{
    inputs.netBox.ipAddresses.last().description = description;
    return *this;
}

QStringList SyncFixture::scopeReadLines() const
{
    QStringList lines;
    for (const ScopeReadResult &read : SyncPlanner::plan(inputs).scopeReads) {
        lines << QStringLiteral("read scope %1: leases=%2 reservations=%3%4")
                     .arg(read.localScopeId)
                     .arg(read.record.leaseCount)
                     .arg(read.record.reservationCount)
                     .arg(read.record.emptyUnconfirmed ? QStringLiteral(" unconfirmed")
                                                       : QString());
    }
    return lines;
}

QStringList SyncFixture::planLines() const
{
    return sync::planLines(SyncPlanner::plan(inputs), inputs.now);
}

} // namespace leaselink::sync::test
