// C-11 end to end on the NetBox side: the planner's invalid-hostname tag (LL-30, LL-32) and its
// removal once a valid name arrives (LL-31), written by PlanApplier to NetBoxSim as tags named
// by slug (netbox-api.md §5.4), other tags kept.
#include "SyncLabSupport.h"

#include "store/Database.h"
#include "sync/PlanApplier.h"
#include "sync/SyncPlanner.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::sync;
using namespace leaselink::test;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

SyncInputs baseInputs(int prefixId)
{
    SyncInputs in;
    in.now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    in.settings.syncIpAddresses = true;
    in.settings.invalidHostnameTagSlug = QStringLiteral("invalid-hostname");
    Scope scope;
    scope.id = 1;
    scope.name = QStringLiteral("Building A");
    scope.netboxPrefixId = prefixId;
    scope.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
    scope.startIp = ip("10.0.1.10");
    scope.endIp = ip("10.0.1.254");
    scope.serverId = 1;
    in.localScopes << scope;
    NetBoxPrefix prefix;
    prefix.id = prefixId;
    prefix.prefix = scope.prefix;
    in.netBox.prefixes << prefix;
    DhcpScopeSnapshot reported;
    reported.scope.scopeId = ip("10.0.1.0");
    reported.localScopeId = 1;
    DhcpServerSnapshot server;
    server.serverId = 1;
    server.serverName = QStringLiteral("SRV-A");
    server.scriptVersion = QStringLiteral("2.0.1");
    server.scopes << reported;
    in.dhcp.servers << server;
    return in;
}

void addLease(SyncInputs &in, const char *address, const QString &clientId, const QString &hostname)
{
    PsuLease lease;
    lease.ipAddress = ip(address);
    lease.scopeId = ip("10.0.1.0");
    lease.clientId = clientId;
    lease.hostname = hostname;
    in.dhcp.servers[0].scopes[0].leases.items << lease;
}

NetBoxIpAddress netBoxIp(int id, const char *address, const QString &dns, const QString &clientId,
                         const QStringList &tags)
{
    NetBoxIpAddress nb;
    nb.id = id;
    nb.host = ip(address);
    nb.prefixLength = 24;
    nb.status.value = QStringLiteral("dhcp");
    nb.dnsName = dns;
    nb.dhcpClientId = clientId;
    nb.hasClientIdField = true;
    nb.tagSlugs = tags;
    return nb;
}

} // namespace

class TestInvalidHostnameTag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagAddedThenRemoved()
    {
        SyncLab lab;
        auto &sim = *lab.sim;
        const int invalidTag =
            sim.addTag(QStringLiteral("Invalid hostname"), QStringLiteral("invalid-hostname"));
        const int buildingTag =
            sim.addTag(QStringLiteral("Building A"), QStringLiteral("building-a"));
        const int prefixId = sim.addPrefix(QStringLiteral("10.0.1.0/24"));
        const int kiosk = sim.addIpAddress(
            QStringLiteral("10.0.1.60/24"), 0, QStringLiteral("dhcp"), QStringLiteral("kiosk"),
            {buildingTag},
            QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("00-00-00-00-00-60")}});
        QVERIFY(lab.start());
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        QVERIFY(opened);
        auto client = lab.client();
        PlanApplier applier(*client, **opened);
        PlanApplyOptions options;
        options.changelogMessage = QStringLiteral("LeaseLink: test");

        // Run 1: LL-30 (new IP, invalid name) and LL-32 (existing valid name kept, tag added).
        SyncInputs first = baseInputs(prefixId);
        addLease(first, "10.0.1.50", QStringLiteral("00-11-22-33-44-50"),
                 QStringLiteral("Bob's iPhone"));
        addLease(first, "10.0.1.60", QStringLiteral("00-00-00-00-00-60"),
                 QStringLiteral("KIOSK 2"));
        first.netBox.ipAddresses << netBoxIp(kiosk, "10.0.1.60", QStringLiteral("kiosk"),
                                             QStringLiteral("00-00-00-00-00-60"),
                                             {QStringLiteral("building-a")});
        const SyncPlan plan1 = SyncPlanner::plan(first);
        QCOMPARE(plan1.invalidHostnames.size(), 2);
        const PlanApplyResult applied1 = QCoro::waitFor(applier.apply(plan1, options));
        QVERIFY2(!applied1.hasErrors(), qPrintable(applied1.failures.value(0).cause));

        const lab::NbIpAddress *bob = lab.ip(QStringLiteral("10.0.1.50/24"));
        QVERIFY(bob);
        QCOMPARE(bob->dnsName, QString());
        QCOMPARE(bob->tagIds, QList<int>{invalidTag});
        const lab::NbIpAddress *kioskAfter = lab.ip(QStringLiteral("10.0.1.60/24"));
        QCOMPARE(kioskAfter->dnsName, QStringLiteral("kiosk"));
        QList<int> kioskTags = kioskAfter->tagIds;
        std::sort(kioskTags.begin(), kioskTags.end());
        QCOMPARE(kioskTags, (QList<int>{invalidTag, buildingTag}));

        // Run 2: LL-31, a valid name arrives: dns written, the tag removed.
        SyncInputs second = baseInputs(prefixId);
        addLease(second, "10.0.1.50", QStringLiteral("00-11-22-33-44-50"),
                 QStringLiteral("bobs-iphone"));
        second.netBox.ipAddresses << netBoxIp(bob->id, "10.0.1.50", QString(),
                                              QStringLiteral("00-11-22-33-44-50"),
                                              {QStringLiteral("invalid-hostname")});
        const int bobId = bob->id;
        const SyncPlan plan2 = SyncPlanner::plan(second);
        QVERIFY(plan2.invalidHostnames.isEmpty());
        const PlanApplyResult applied2 = QCoro::waitFor(applier.apply(plan2, options));
        QVERIFY2(!applied2.hasErrors(), qPrintable(applied2.failures.value(0).cause));
        const lab::NbIpAddress *renamed = lab.ip(QStringLiteral("10.0.1.50/24"));
        QVERIFY(renamed);
        QCOMPARE(renamed->id, bobId);
        QCOMPARE(renamed->dnsName, QStringLiteral("bobs-iphone"));
        QVERIFY(renamed->tagIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvalidHostnameTag)
#include "tst_invalidhostnametag.moc"
