// Worked examples of sync-rules.md B.4, B.5, B.11 and B.12 (SYN-09…SYN-13, SYN-29…SYN-34,
// SYN-40.5) as amended by decisions.md / amended-examples.md, and the new examples LL-05…07,
// LL-14…16, LL-19, LL-27, LL-35…39, LL-45…47, LL-49, each a row named by its example id
// asserting the exact ScopePlan (rendered one line per decision by describe()).
// Fixture F′ (amended-examples.md §1.1): SRV-A (id 1), SRV-B (id 2), FO1 (id 10, primary SRV-A,
// secondary SRV-B), "Building A" (id 100, standalone on SRV-A, NetBox prefix 7 = 10.0.1.0/24),
// SRV-A reporting F's scope, script 1.0.2, writer access confirmed, push off, discovery on.
//
// Not encoded here, with the reason:
// - SYN-09.1 / SYN-35.x: only the planner half (nothing planned after a failed scope list).
//   Retries and the job outcome are the job's and PsuClient's.
// - SYN-11.1's IP creation and SYN-14.1: the IP part belongs to the IP planner; the row asserts
//   the auto-creation the job hands to the Importer.
// - SYN-13.2 and SYN-13.4 under N-2: the reported network has no candidate owned by the synced
//   server (Building A belongs to SRV-A, or to nobody), so it is unmatched and, with discovery on
//   and push off, auto-created for the reporting server; Building A itself is never touched.
// - SYN-29.4: options are no input of the planner; nothing can be planned for them.
// - SYN-33.1 follows O-3: a failed read of the scope holds its last_sync_at back.
// - LL-17, LL-18, LL-20, LL-21 are about reads and the access check of the job; LL-48 (a PUT
//   answered 404) is asserted by the ScopePlanApplier integration test.

#include "sync/ScopePlanner.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace leaselink;
using namespace leaselink::sync;

using Setup = std::function<void(ScopePlanInputs &)>;
Q_DECLARE_METATYPE(Setup)

class TestScopePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
};

namespace {

constexpr std::int64_t A = 1;
constexpr std::int64_t B = 2;
constexpr std::int64_t Fo1 = 10;
constexpr std::int64_t BuildingA = 100;
constexpr std::int64_t OldLab = 101;

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

Ipv4Prefix cidr(const char *text)
{
    return *Ipv4Prefix::parse(QString::fromLatin1(text));
}

NetBoxPrefix prefix(qint64 id, const char *text)
{
    NetBoxPrefix p;
    p.id = id;
    p.prefix = cidr(text);
    return p;
}

Server server(std::int64_t id, const char *name, const char *host)
{
    Server s;
    s.id = id;
    s.name = QString::fromLatin1(name);
    s.hostname = QString::fromLatin1(host);
    return s;
}

PsuScope remoteScope(const char *network, const char *name, const char *start, const char *end)
{
    PsuScope s;
    s.scopeId = ip(network);
    s.name = QString::fromLatin1(name);
    s.startIp = ip(start);
    s.endIp = ip(end);
    s.subnetMask = ip("255.255.255.0");
    s.hasRouter = true;
    s.hasFailoverName = true;
    return s;
}

Scope localScope(std::int64_t id, const char *name, const char *prefixText, qint64 prefixId)
{
    Scope s;
    s.id = id;
    s.name = QString::fromLatin1(name);
    s.prefix = cidr(prefixText);
    s.netboxPrefixId = prefixId;
    s.startIp = Ipv4Address(s.prefix.network().toUInt() + 10);
    s.endIp = Ipv4Address(s.prefix.broadcast().toUInt() - 1);
    s.leaseLifetime = LeaseDuration(86400);
    s.serverId = A;
    return s;
}

ScopePlanInputs fixture()
{
    ScopePlanInputs in;
    in.servers = {server(A, "SRV-A", "dhcp-a.example.com"),
                  server(B, "SRV-B", "dhcp-b.example.com")};
    in.server = in.servers.constFirst();
    Failover fo;
    fo.id = Fo1;
    fo.name = QStringLiteral("FO1");
    fo.primaryServerId = A;
    fo.secondaryServerId = B;
    in.failovers = {fo};
    Scope building = localScope(BuildingA, "Building A", "10.0.1.0/24", 7);
    building.router = ip("10.0.1.1");
    in.localScopes = {building};
    RemoteScopeRead remote;
    remote.scope = remoteScope("10.0.1.0", "Building A", "10.0.1.10", "10.0.1.254");
    remote.scope.router = ip("10.0.1.1");
    in.remoteScopes = {remote};
    in.prefixes = {prefix(7, "10.0.1.0/24")};
    in.settings.syncIpAddresses = true;
    in.settings.pushScopeInfo = false;
    in.settings.scopeDiscovery = true;
    in.settings.createMissingPrefixes = true;
    in.scriptVersion = QStringLiteral("1.0.2");
    in.writerConfirmed = true;
    in.now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    return in;
}

Scope &scope(ScopePlanInputs &in, std::int64_t id)
{
    for (Scope &s : in.localScopes) {
        if (s.id == id)
            return s;
    }
    qFatal("no scope %lld", static_cast<long long>(id));
}

RemoteScopeRead &remote(ScopePlanInputs &in, int index = 0)
{
    return in.remoteScopes[index];
}

void addExclusion(ScopePlanInputs &in, std::int64_t scopeId, std::int64_t id, const char *start,
                  const char *end)
{
    in.localExclusions[scopeId].append(ExclusionRange{id, scopeId, ip(start), ip(end)});
}

void addRemoteExclusion(ScopePlanInputs &in, const char *start, const char *end, int index = 0)
{
    in.remoteScopes[index].exclusions.items.append(
        PsuExclusion{in.remoteScopes[index].scope.scopeId, ip(start), ip(end)});
}

void addOldLab(ScopePlanInputs &in)
{
    Scope old = localScope(OldLab, "Old Lab", "10.0.8.0/24", 8);
    in.localScopes.append(old);
    in.prefixes.append(prefix(8, "10.0.8.0/24"));
}

void pushOn(ScopePlanInputs &in)
{
    in.settings.pushScopeInfo = true;
}

void script2(ScopePlanInputs &in)
{
    in.scriptVersion = QStringLiteral("2.0.1");
}

// FO1 owns "Annex" (id 102) on 10.0.3.0/24; the server being synced reports it with fo=FO1.
void annexOnFo1(ScopePlanInputs &in, std::int64_t syncedServer)
{
    Scope annex = localScope(102, "Annex", "10.0.3.0/24", 3);
    annex.serverId.reset();
    annex.failoverId = Fo1;
    in.localScopes = {annex};
    in.prefixes = {prefix(3, "10.0.3.0/24")};
    RemoteScopeRead r;
    r.scope = remoteScope("10.0.3.0", "Annex", "10.0.3.10", "10.0.3.254");
    r.scope.failoverName = QStringLiteral("FO1");
    in.remoteScopes = {r};
    in.server = in.servers.at(syncedServer == A ? 0 : 1);
}

PendingRemoval pendingExclusion(std::int64_t id, const char *start, const char *end)
{
    PendingRemoval p;
    p.id = id;
    p.scopeId = BuildingA;
    p.kind = PendingRemoval::Kind::Exclusion;
    p.startIp = ip(start);
    p.endIp = ip(end);
    return p;
}

QString skipText(ScopeSkipReason reason)
{
    switch (reason) {
    case ScopeSkipReason::None:
        return QStringLiteral("eligible");
    case ScopeSkipReason::ScopeMaintenance:
        return QStringLiteral("scope-maintenance");
    case ScopeSkipReason::FailoverMaintenance:
        return QStringLiteral("failover-maintenance");
    case ScopeSkipReason::FailoverSyncOff:
        return QStringLiteral("failover-sync-off");
    case ScopeSkipReason::NotPrimary:
        return QStringLiteral("not-primary");
    case ScopeSkipReason::StandaloneOff:
        return QStringLiteral("standalone-off");
    case ScopeSkipReason::NoOwner:
        return QStringLiteral("no-owner");
    case ScopeSkipReason::OtherServer:
        return QStringLiteral("other-server");
    case ScopeSkipReason::PrefixMissing:
        return QStringLiteral("prefix-missing");
    case ScopeSkipReason::SeveralCandidates:
        return QStringLiteral("several-candidates");
    case ScopeSkipReason::OwnerMismatch:
        return QStringLiteral("owner-mismatch");
    case ScopeSkipReason::Unmatched:
        return QStringLiteral("unmatched");
    }
    return {};
}

QString reportText(ScopeReportKind kind)
{
    switch (kind) {
    case ScopeReportKind::ServerOnlyExclusion:
        return QStringLiteral("server-only-exclusion");
    case ScopeReportKind::RouterOnlyOnServer:
        return QStringLiteral("router-only-on-server");
    case ScopeReportKind::MaskDifference:
        return QStringLiteral("mask-difference");
    case ScopeReportKind::OwnerMismatch:
        return QStringLiteral("owner-mismatch");
    case ScopeReportKind::SeveralCandidates:
        return QStringLiteral("several-candidates");
    case ScopeReportKind::PrefixMissing:
        return QStringLiteral("prefix-missing");
    case ScopeReportKind::RemovalRefused:
        return QStringLiteral("removal-refused");
    case ScopeReportKind::AutoCreateFailed:
        return QStringLiteral("auto-create-failed");
    }
    return {};
}

QString exclusionKindText(ExclusionChangeKind kind)
{
    switch (kind) {
    case ExclusionChangeKind::PushCreate:
        return QStringLiteral("POST");
    case ExclusionChangeKind::PushDelete:
        return QStringLiteral("DELETE");
    case ExclusionChangeKind::LocalCreate:
        return QStringLiteral("local-add");
    case ExclusionChangeKind::LocalDelete:
        return QStringLiteral("local-delete");
    }
    return {};
}

// One line per decision, in a fixed order, so a row states the whole plan.
QStringList describe(const ScopePlan &plan)
{
    QStringList lines;
    for (const ScopeMatch &m : plan.matches)
        lines << QStringLiteral("match %1 -> %2 %3%4")
                     .arg(m.network.toString())
                     .arg(m.localScopeId)
                     .arg(skipText(m.skipReason),
                          m.viaFallback ? QStringLiteral(" fallback") : QString());
    for (const FailoverToCreate &f : plan.failoversToCreate)
        lines << QStringLiteral("create-failover %1 %2/%3")
                     .arg(f.remote.name)
                     .arg(f.primaryServerId)
                     .arg(f.secondaryServerId);
    for (const ScopeToCreate &c : plan.toCreate) {
        QString owner = QStringLiteral("server=%1").arg(c.serverId.value_or(0));
        if (c.failoverId)
            owner = QStringLiteral("failover=%1").arg(*c.failoverId);
        if (!c.failoverToCreate.isEmpty())
            owner = QStringLiteral("new-failover=%1").arg(c.failoverToCreate);
        lines << QStringLiteral("auto-create %1 %2 %3 prefix=%4%5")
                     .arg(c.remote.scopeId.toString(), c.remote.name, owner,
                          c.prefixId ? QString::number(*c.prefixId) : QStringLiteral("new"),
                          c.remote.active ? QString() : QStringLiteral(" inactive"));
    }
    for (const ScopeFieldPull &p : plan.pulls)
        lines << QStringLiteral("pull %1 %2 '%3' -> '%4'")
                     .arg(p.localScopeId)
                     .arg(scopeFieldName(p.field), p.oldValue, p.newValue);
    for (const ScopeUpdatePush &u : plan.updates)
        lines << QStringLiteral("PUT scopes/%1 %2%3")
                     .arg(
                         u.network.toString(),
                         QString::fromUtf8(QJsonDocument(u.changes).toJson(QJsonDocument::Compact)),
                         u.pendingRemovalId ? QStringLiteral(" clears %1").arg(*u.pendingRemovalId)
                                            : QString());
    for (const ScopeCreatePush &c : plan.creates)
        lines << QStringLiteral("POST scopes %1 '%2' %3-%4 %5 router=%6 lease=%7")
                     .arg(c.scope.scopeId.toString(), c.scope.name, c.scope.startIp.toString(),
                          c.scope.endIp.toString(), c.scope.subnetMask.toString(),
                          c.scope.router ? c.scope.router->toString() : QString())
                     .arg(c.scope.leaseDurationSeconds);
    for (const ExclusionChange &e : plan.exclusionChanges)
        lines << QStringLiteral("exclusion %1 %2 %3-%4%5")
                     .arg(exclusionKindText(e.kind))
                     .arg(e.localScopeId)
                     .arg(e.startIp.toString(), e.endIp.toString(),
                          e.pendingRemovalId ? QStringLiteral(" clears %1").arg(*e.pendingRemovalId)
                                             : QString());
    for (std::int64_t id : plan.scopesToDelete)
        lines << QStringLiteral("delete-scope %1").arg(id);
    for (std::int64_t id : plan.pendingRemovalsToClear)
        lines << QStringLiteral("clear-pending %1").arg(id);
    for (const ScopeReport &r : plan.reports)
        lines << QStringLiteral("report %1 %2 %3")
                     .arg(reportText(r.kind))
                     .arg(r.localScopeId)
                     .arg(r.network.toString());
    for (std::int64_t id : plan.scopesSynced)
        lines << QStringLiteral("synced %1").arg(id);
    return lines;
}

} // namespace

void TestScopePlanner::plan_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("logContains"); // "" = not checked

    const QString matchedA = QStringLiteral("match 10.0.1.0 -> 100 eligible");
    const QString synced = QStringLiteral("synced 100");

    QTest::newRow("baseline") << Setup([](ScopePlanInputs &) {}) << QStringList{matchedA, synced}
                              << QString();

    // B.4 discovery and matching
    QTest::newRow("SYN-09.1") << Setup([](ScopePlanInputs &in) {
        addOldLab(in);
        in.scopeListReadFailed = true;
        in.remoteScopes.clear();
    }) << QStringList{} << QStringLiteral("scope list read failed");
    QTest::newRow("SYN-09.2")
        << Setup([](ScopePlanInputs &in) {
               RemoteScopeRead r;
               r.scope = remoteScope("10.0.6.0", "Lab", "10.0.6.10", "10.0.6.200");
               r.scope.active = false;
               in.remoteScopes.append(r);
           })
        << QStringList{matchedA, "match 10.0.6.0 -> 0 unmatched",
                       "auto-create 10.0.6.0 Lab server=1 prefix=new inactive", synced}
        << QStringLiteral("Auto-create scope from SRV-A: Lab (10.0.6.0/24)");
    QTest::newRow("SYN-10.1") << Setup([](ScopePlanInputs &in) {
        scope(in, BuildingA).name = QStringLiteral("Bldg A");
    }) << QStringList{matchedA, "pull 100 name 'Bldg A' -> 'Building A'", synced}
                              << QStringLiteral("name Bldg A → Building A");
    QTest::newRow("SYN-10.2") << Setup([](ScopePlanInputs &in) {
        scope(in, BuildingA).prefix = cidr("10.0.1.0/25");
        in.prefixes = {prefix(7, "10.0.1.0/25")};
        scope(in, BuildingA).endIp = ip("10.0.1.254");
    }) << QStringList{matchedA, synced}
                              << QString();
    QTest::newRow("SYN-10.3") << Setup([](ScopePlanInputs &in) {
        remote(in).scope.name = QStringLiteral("Alpha");
        Scope alpha = localScope(200, "Alpha", "10.0.1.0/24", 7);
        Scope beta = localScope(201, "Beta", "10.0.1.0/24", 7);
        in.localScopes = {alpha, beta};
    })
                              << QStringList{"match 10.0.1.0 -> 0 several-candidates",
                                             "report several-candidates 0 10.0.1.0"}
                              << QStringLiteral("several local scopes");
    QTest::newRow("SYN-10.3-other-server") << Setup([](ScopePlanInputs &in) {
        remote(in).scope.name = QStringLiteral("Alpha");
        Scope alpha = localScope(200, "Alpha", "10.0.1.0/24", 7);
        Scope beta = localScope(201, "Beta", "10.0.1.0/24", 7);
        alpha.router = ip("10.0.1.1");
        beta.serverId = B;
        in.localScopes = {alpha, beta};
    }) << QStringList{"match 10.0.1.0 -> 200 eligible", "synced 200"}
                                           << QString();
    QTest::newRow("SYN-11.1") << Setup([](ScopePlanInputs &in) {
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.9.0", "Lab", "10.0.9.10", "10.0.9.200");
        in.remoteScopes.append(r);
    })
                              << QStringList{matchedA, "match 10.0.9.0 -> 0 unmatched",
                                             "auto-create 10.0.9.0 Lab server=1 prefix=new", synced}
                              << QStringLiteral("Auto-create scope from SRV-A: Lab (10.0.9.0/24)");
    QTest::newRow("SYN-11.2") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.9.0", "Lab", "10.0.9.10", "10.0.9.200");
        in.remoteScopes.append(r);
    }) << QStringList{matchedA, "match 10.0.9.0 -> 0 unmatched", synced}
                              << QStringLiteral("ignored (Push Scope Info is on)");
    QTest::newRow("SYN-11.3") << Setup([](ScopePlanInputs &in) {
        in.settings.createMissingPrefixes = false;
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.9.0", "Lab", "10.0.9.10", "10.0.9.200");
        in.remoteScopes.append(r);
    })
                              << QStringList{matchedA, "match 10.0.9.0 -> 0 unmatched",
                                             "report auto-create-failed 0 10.0.9.0", synced}
                              << QStringLiteral("creating missing prefixes is off");
    QTest::newRow("SYN-11.4") << Setup([](ScopePlanInputs &in) {
        in.server = in.servers.at(1);
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.3.0", "Annex", "10.0.3.10", "10.0.3.254");
        r.scope.failoverName = QStringLiteral("FO1");
        in.remoteScopes = {r};
    })
                              << QStringList{"match 10.0.3.0 -> 0 unmatched",
                                             "auto-create 10.0.3.0 Annex failover=10 prefix=new"}
                              << QString();

    // B.5 eligibility
    QTest::newRow("SYN-12.1") << Setup([](ScopePlanInputs &in) { annexOnFo1(in, A); })
                              << QStringList{"match 10.0.3.0 -> 102 eligible", "synced 102"}
                              << QString();
    QTest::newRow("SYN-12.2") << Setup([](ScopePlanInputs &in) { annexOnFo1(in, B); })
                              << QStringList{"match 10.0.3.0 -> 102 not-primary"} << QString();
    QTest::newRow("SYN-12.3") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, B);
        in.fallbackFailoverIds = {Fo1};
    }) << QStringList{"match 10.0.3.0 -> 102 eligible fallback", "synced 102"}
                              << QString();
    QTest::newRow("SYN-12.4") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, A);
        in.failovers[0].maintenance.enabled = true;
    }) << QStringList{"match 10.0.3.0 -> 102 failover-maintenance"}
                              << QStringLiteral("failover is in maintenance");
    QTest::newRow("SYN-12.5") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, B);
        in.fallbackFailoverIds = {Fo1};
        in.failovers[0].syncEnabled = false;
    }) << QStringList{"match 10.0.3.0 -> 102 failover-sync-off"}
                              << QString();
    QTest::newRow("SYN-12.6") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, A);
        scope(in, 102).maintenance.enabled = true;
        remote(in).scope.name = QStringLiteral("Annex renamed");
    }) << QStringList{"match 10.0.3.0 -> 102 scope-maintenance"}
                              << QStringLiteral("in maintenance");
    QTest::newRow("SYN-13.1") << Setup([](ScopePlanInputs &) {}) << QStringList{matchedA, synced}
                              << QString();
    QTest::newRow("SYN-13.2") << Setup([](ScopePlanInputs &in) { in.server = in.servers.at(1); })
                              << QStringList{"match 10.0.1.0 -> 0 unmatched",
                                             "auto-create 10.0.1.0 Building A server=2 prefix=7"}
                              << QString();
    QTest::newRow("SYN-13.3") << Setup([](ScopePlanInputs &in) {
        in.server.syncStandaloneScopes = false;
    }) << QStringList{"match 10.0.1.0 -> 100 standalone-off"}
                              << QString();
    QTest::newRow("SYN-13.4") << Setup([](ScopePlanInputs &in) {
        scope(in, BuildingA).serverId.reset();
        in.settings.scopeDiscovery = false;
    }) << QStringList{"match 10.0.1.0 -> 0 unmatched"}
                              << QStringLiteral("scope discovery is off");

    // B.11 push
    QTest::newRow("SYN-29.1") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        scope(in, BuildingA).leaseLifetime = LeaseDuration(28800);
    }) << QStringList{matchedA, "PUT scopes/10.0.1.0 {\"lease_duration_seconds\":28800}", synced}
                              << QStringLiteral("push lease_duration_seconds");
    QTest::newRow("SYN-29.2") << Setup([](ScopePlanInputs &in) { pushOn(in); })
                              << QStringList{matchedA, synced} << QString();
    QTest::newRow("SYN-29.3a") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        scope(in, BuildingA).router.reset();
    }) << QStringList{matchedA, "report router-only-on-server 100 10.0.1.0", synced}
                               << QStringLiteral("not removed");
    QTest::newRow("SYN-29.3b") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        script2(in);
        scope(in, BuildingA).router.reset();
        PendingRemoval p;
        p.id = 6;
        p.scopeId = BuildingA;
        p.kind = PendingRemoval::Kind::Router;
        in.pendingRemovals = {p};
    }) << QStringList{matchedA, "PUT scopes/10.0.1.0 {\"router\":\"\"} clears 6", synced}
                               << QString();
    QTest::newRow("SYN-29.3b-1.0.2") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        scope(in, BuildingA).router.reset();
        PendingRemoval p;
        p.id = 6;
        p.scopeId = BuildingA;
        p.kind = PendingRemoval::Kind::Router;
        in.pendingRemovals = {p};
    }) << QStringList{matchedA, "report removal-refused 100 10.0.1.0", synced}
                                     << QStringLiteral("below 2.0.0");
    QTest::newRow("SYN-29.4") << Setup([](ScopePlanInputs &in) { pushOn(in); })
                              << QStringList{matchedA, synced} << QString();
    QTest::newRow("SYN-30.1") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        addExclusion(in, BuildingA, 1, "10.0.1.200", "10.0.1.210");
        addExclusion(in, BuildingA, 2, "10.0.1.220", "10.0.1.230");
        addRemoteExclusion(in, "10.0.1.200", "10.0.1.210");
        addRemoteExclusion(in, "10.0.1.240", "10.0.1.245");
    })
                              << QStringList{matchedA, "exclusion POST 100 10.0.1.220-10.0.1.230",
                                             "report server-only-exclusion 100 10.0.1.0", synced}
                              << QStringLiteral("exists only on SRV-A");

    // B.11 pull
    QTest::newRow("SYN-31.1") << Setup([](ScopePlanInputs &in) {
        remote(in).scope.name = QStringLiteral("Building A - Floor 2");
        remote(in).scope.router.reset();
        remote(in).scope.leaseDurationSeconds = 28800;
    })
                              << QStringList{matchedA,
                                             "pull 100 name 'Building A' -> 'Building A - Floor 2'",
                                             "pull 100 router '10.0.1.1' -> ''",
                                             "pull 100 lease_duration_seconds '86400' -> '28800'",
                                             synced}
                              << QString();
    QTest::newRow("SYN-31.2") << Setup([](ScopePlanInputs &in) {
        remote(in).scope.name.clear();
        remote(in).scope.startIp = ip("10.0.1.20");
    }) << QStringList{matchedA, "pull 100 start_ip '10.0.1.10' -> '10.0.1.20'", synced}
                              << QString();
    QTest::newRow("SYN-32.1") << Setup([](ScopePlanInputs &in) {
        addExclusion(in, BuildingA, 1, "10.0.1.200", "10.0.1.210");
        addExclusion(in, BuildingA, 2, "10.0.1.220", "10.0.1.230");
        addRemoteExclusion(in, "10.0.1.200", "10.0.1.210");
        addRemoteExclusion(in, "10.0.1.240", "10.0.1.245");
    })
                              << QStringList{matchedA,
                                             "exclusion local-add 100 10.0.1.240-10.0.1.245",
                                             "exclusion local-delete 100 10.0.1.220-10.0.1.230",
                                             synced}
                              << QString();
    QTest::newRow("SYN-32.2") << Setup([](ScopePlanInputs &in) {
        addExclusion(in, BuildingA, 2, "10.0.1.220", "10.0.1.230");
        remote(in).exclusions.readFailed = true;
    }) << QStringList{matchedA}
                              << QStringLiteral("could not be read");
    QTest::newRow("SYN-32.3")
        << Setup([](ScopePlanInputs &in) {
               pushOn(in);
               scope(in, BuildingA).leaseLifetime = LeaseDuration(28800);
               addExclusion(in, BuildingA, 2, "10.0.1.220", "10.0.1.230");
               addRemoteExclusion(in, "10.0.1.240", "10.0.1.245");
           })
        << QStringList{matchedA, "PUT scopes/10.0.1.0 {\"lease_duration_seconds\":28800}",
                       "exclusion POST 100 10.0.1.220-10.0.1.230",
                       "report server-only-exclusion 100 10.0.1.0", synced}
        << QString();
    QTest::newRow("SYN-32.4") << Setup([](ScopePlanInputs &in) {
        scope(in, BuildingA).leaseLifetime = LeaseDuration(28800);
        addExclusion(in, BuildingA, 2, "10.0.1.220", "10.0.1.230");
        addRemoteExclusion(in, "10.0.1.240", "10.0.1.245");
    })
                              << QStringList{matchedA,
                                             "pull 100 lease_duration_seconds '28800' -> '86400'",
                                             "exclusion local-add 100 10.0.1.240-10.0.1.245",
                                             "exclusion local-delete 100 10.0.1.220-10.0.1.230",
                                             synced}
                              << QString();
    QTest::newRow("SYN-33.1") << Setup([](ScopePlanInputs &in) {
        in.otherReadFailures.insert(ip("10.0.1.0"));
    }) << QStringList{matchedA}
                              << QString();
    QTest::newRow("SYN-33.2") << Setup([](ScopePlanInputs &in) {
        scope(in, BuildingA).maintenance.enabled = true;
    }) << QStringList{"match 10.0.1.0 -> 100 scope-maintenance"}
                              << QString();

    // B.12 cleanup
    QTest::newRow("SYN-34.1") << Setup([](ScopePlanInputs &in) {
        addOldLab(in);
        addExclusion(in, OldLab, 5, "10.0.8.200", "10.0.8.210");
    }) << QStringList{matchedA, "delete-scope 101", synced}
                              << QStringLiteral("Old Lab (10.0.8.0/24) deleted locally");
    QTest::newRow("SYN-34.2")
        << Setup([](ScopePlanInputs &in) {
               pushOn(in);
               addOldLab(in);
               scope(in, OldLab).router = ip("10.0.8.1");
           })
        << QStringList{matchedA,
                       "POST scopes 10.0.8.0 'Old Lab' 10.0.8.10-10.0.8.254 255.255.255.0 "
                       "router=10.0.8.1 lease=86400",
                       synced}
        << QString();
    QTest::newRow("SYN-34.3") << Setup([](ScopePlanInputs &in) {
        Scope other = localScope(103, "SRV-B Lab", "10.0.7.0/24", 9);
        other.serverId = B;
        in.localScopes.append(other);
        in.prefixes.append(prefix(9, "10.0.7.0/24"));
    }) << QStringList{matchedA, synced}
                              << QString();
    QTest::newRow("SYN-34.4") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, B);
        in.remoteScopes.clear();
    }) << QStringList{} << QString();
    QTest::newRow("SYN-34.4-fallback") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, B);
        in.fallbackFailoverIds = {Fo1};
        in.remoteScopes.clear();
    }) << QStringList{"delete-scope 102"}
                                       << QString();
    QTest::newRow("SYN-34.5") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, B);
        in.fallbackFailoverIds = {Fo1};
        in.failovers[0].syncEnabled = false;
        in.remoteScopes.clear();
    }) << QStringList{} << QString();
    QTest::newRow("SYN-34.6") << Setup([](ScopePlanInputs &in) {
        addOldLab(in);
        scope(in, OldLab).maintenance.enabled = true;
    }) << QStringList{matchedA, synced}
                              << QString();
    QTest::newRow("SYN-34.7") << Setup([](ScopePlanInputs &in) {
        Scope lab = localScope(104, "Lab", "10.0.6.0/24", 6);
        in.localScopes.append(lab);
        in.prefixes.append(prefix(6, "10.0.6.0/24"));
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.6.0", "Lab", "10.0.6.10", "10.0.6.254");
        r.scope.active = false;
        r.scope.router.reset();
        in.remoteScopes.append(r);
    })
                              << QStringList{matchedA, "match 10.0.6.0 -> 104 eligible",
                                             "pull 104 state 'Active' -> 'InActive'", synced,
                                             "synced 104"}
                              << QString();
    QTest::newRow("SYN-40.5") << Setup([](ScopePlanInputs &in) {
        Scope annex = localScope(102, "Annex", "10.0.3.0/24", 3);
        annex.serverId.reset();
        annex.failoverId = Fo1;
        in.localScopes.append(annex);
        in.prefixes.append(prefix(3, "10.0.3.0/24"));
        in.failovers[0].maintenance.enabled = true;
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.3.0", "Annex", "10.0.3.10", "10.0.3.254");
        r.scope.failoverName = QStringLiteral("FO1");
        in.remoteScopes.append(r);
    }) << QStringList{matchedA, "match 10.0.3.0 -> 102 failover-maintenance", synced}
                              << QString();

    // New examples
    QTest::newRow("LL-05") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        script2(in);
        addRemoteExclusion(in, "10.0.1.200", "10.0.1.210");
        in.pendingRemovals = {pendingExclusion(5, "10.0.1.200", "10.0.1.210")};
    }) << QStringList{matchedA, "exclusion DELETE 100 10.0.1.200-10.0.1.210 clears 5", synced}
                           << QString();
    QTest::newRow("LL-06") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        addRemoteExclusion(in, "10.0.1.200", "10.0.1.210");
        in.pendingRemovals = {pendingExclusion(5, "10.0.1.200", "10.0.1.210")};
    }) << QStringList{matchedA, "report removal-refused 100 10.0.1.0", synced}
                           << QStringLiteral("refused: its PSU script is below 2.0.0");
    QTest::newRow("LL-07") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        script2(in);
        addRemoteExclusion(in, "10.0.1.240", "10.0.1.245");
    }) << QStringList{matchedA, "report server-only-exclusion 100 10.0.1.0", synced}
                           << QString();
    QTest::newRow("LL-05-already-gone") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        script2(in);
        in.pendingRemovals = {pendingExclusion(5, "10.0.1.200", "10.0.1.210")};
    }) << QStringList{matchedA, "clear-pending 5", synced}
                                        << QString();
    QTest::newRow("LL-14") << Setup([](ScopePlanInputs &in) {
        in.prefixes.clear();
        addOldLab(in);
        in.prefixes.clear();
    }) << QStringList{"match 10.0.1.0 -> 100 prefix-missing", "report prefix-missing 100 10.0.1.0"}
                           << QStringLiteral("relinked");
    QTest::newRow("LL-15") << Setup([](ScopePlanInputs &in) {
        in.prefixes = {prefix(7, "10.0.0.0/23")};
    }) << QStringList{"match 10.0.1.0 -> 100 prefix-missing", "report prefix-missing 100 10.0.1.0"}
                           << QString();
    QTest::newRow("LL-16") << Setup([](ScopePlanInputs &in) {
        in.prefixes = {prefix(9, "10.0.1.0/24")};
    }) << QStringList{"match 10.0.1.0 -> 100 prefix-missing", "report prefix-missing 100 10.0.1.0"}
                           << QString();
    QTest::newRow("LL-19") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        in.writerConfirmed = false;
        scope(in, BuildingA).leaseLifetime = LeaseDuration(28800);
        addExclusion(in, BuildingA, 2, "10.0.1.220", "10.0.1.230");
        addRemoteExclusion(in, "10.0.1.240", "10.0.1.245");
        addOldLab(in);
    }) << QStringList{matchedA, synced}
                           << QStringLiteral("write access to SRV-A was not confirmed");
    QTest::newRow("LL-27") << Setup([](ScopePlanInputs &in) {
        in.settings.scopeDiscovery = false;
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.9.0", "Lab", "10.0.9.10", "10.0.9.200");
        in.remoteScopes.append(r);
    }) << QStringList{matchedA, "match 10.0.9.0 -> 0 unmatched", synced}
                           << QStringLiteral("Lab (10.0.9.0/24), which has no local scope");
    QTest::newRow("LL-35") << Setup([](ScopePlanInputs &in) {
        annexOnFo1(in, B);
        pushOn(in);
        in.fallbackFailoverIds = {Fo1};
        scope(in, 102).leaseLifetime = LeaseDuration(28800);
    }) << QStringList{"match 10.0.3.0 -> 102 eligible fallback", "synced 102"}
                           << QStringLiteral("pushes for failover FO1 wait for its primary");
    QTest::newRow("LL-36") << Setup([](ScopePlanInputs &in) {
        in.prefixes.append(prefix(4, "10.0.4.0/24"));
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.4.0", "Lab2", "10.0.4.10", "10.0.4.200");
        r.scope.failoverName = QStringLiteral("FO2");
        in.remoteScopes.append(r);
        PsuFailover fo2;
        fo2.name = QStringLiteral("FO2");
        fo2.primaryServer = QStringLiteral("dhcp-a.example.com");
        fo2.secondaryServer = QStringLiteral("dhcp-b.example.com");
        in.remoteFailovers.items = {fo2};
    })
                           << QStringList{matchedA, "match 10.0.4.0 -> 0 unmatched",
                                          "create-failover FO2 1/2",
                                          "auto-create 10.0.4.0 Lab2 new-failover=FO2 prefix=4",
                                          synced}
                           << QString();
    QTest::newRow("LL-37") << Setup([](ScopePlanInputs &in) {
        in.servers = {server(A, "SRV-A", "dhcp-a.example.com"),
                      server(3, "SRV-B1", "dhcp-b.site1.example.com"),
                      server(4, "SRV-B2", "dhcp-b.site2.example.com")};
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.4.0", "Lab2", "10.0.4.10", "10.0.4.200");
        r.scope.failoverName = QStringLiteral("FO2");
        in.remoteScopes.append(r);
        PsuFailover fo2;
        fo2.name = QStringLiteral("FO2");
        fo2.primaryServer = QStringLiteral("dhcp-a.example.com");
        fo2.secondaryServer = QStringLiteral("dhcp-b.example.com");
        in.remoteFailovers.items = {fo2};
    })
                           << QStringList{matchedA, "match 10.0.4.0 -> 0 unmatched",
                                          "report auto-create-failed 0 10.0.4.0", synced}
                           << QStringLiteral("no single server matches dhcp-b.example.com");
    QTest::newRow("LL-38") << Setup([](ScopePlanInputs &in) {
        in.servers[1].hostname = QStringLiteral("DHCP-B.Example.com");
        RemoteScopeRead r;
        r.scope = remoteScope("10.0.4.0", "Lab2", "10.0.4.10", "10.0.4.200");
        r.scope.failoverName = QStringLiteral("FO2");
        in.remoteScopes.append(r);
        PsuFailover fo2;
        fo2.name = QStringLiteral("FO2");
        fo2.primaryServer = QStringLiteral("dhcp-a.example.com");
        fo2.secondaryServer = QStringLiteral("dhcp-b.example.com");
        in.remoteFailovers.items = {fo2};
    })
                           << QStringList{matchedA, "match 10.0.4.0 -> 0 unmatched",
                                          "create-failover FO2 1/2",
                                          "auto-create 10.0.4.0 Lab2 new-failover=FO2 prefix=new",
                                          synced}
                           << QString();
    QTest::newRow("LL-39") << Setup([](ScopePlanInputs &in) {
        remote(in).scope.failoverName = QStringLiteral("FO1");
    }) << QStringList{"match 10.0.1.0 -> 100 owner-mismatch", "report owner-mismatch 100 10.0.1.0"}
                           << QStringLiteral("reports it as failover FO1 but LeaseLink has it as "
                                             "standalone on SRV-A");
    QTest::newRow("LL-45") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        script2(in);
        remote(in).scope.active = false;
    }) << QStringList{matchedA, "PUT scopes/10.0.1.0 {\"state\":\"Active\"}", synced}
                           << QString();
    QTest::newRow("LL-46") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        remote(in).scope.active = false;
    }) << QStringList{matchedA, synced}
                           << QString();
    QTest::newRow("LL-47") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        remote(in).scope.subnetMask = ip("255.255.254.0");
    }) << QStringList{matchedA, "report mask-difference 100 10.0.1.0", synced}
                           << QStringLiteral("not pushed");
    QTest::newRow("LL-49") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        scope(in, BuildingA).description = QStringLiteral("Lobby A");
        remote(in).scope.description = QStringLiteral("Lobby");
    }) << QStringList{matchedA, "PUT scopes/10.0.1.0 {\"description\":\"Lobby A\"}", synced}
                           << QString();
    QTest::newRow("Q-10") << Setup([](ScopePlanInputs &in) {
        pushOn(in);
        remote(in).scope.description = QStringLiteral("Lobby");
    }) << QStringList{matchedA, synced}
                          << QString();
}

void TestScopePlanner::plan()
{
    QFETCH(Setup, setup);
    QFETCH(QStringList, expected);
    QFETCH(QString, logContains);

    ScopePlanInputs in = fixture();
    setup(in);
    const ScopePlan plan = ScopePlanner::plan(in);
    const QStringList got = describe(plan);
    if (got != expected)
        qWarning().noquote() << "got:\n  " + got.join(QStringLiteral("\n  "));
    QCOMPARE(got, expected);
    QCOMPARE(plan.now, in.now);
    if (!logContains.isEmpty()) {
        QStringList texts;
        for (const PlanLogLine &line : plan.log)
            texts.append(line.text);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(logContains), qPrintable(all));
    }
}

QTEST_GUILESS_MAIN(TestScopePlanner)
#include "tst_scopeplanner.moc"
