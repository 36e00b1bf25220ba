// Worked examples of sync-rules.md B.1–B.3 and B.14 (SYN-01, SYN-03…SYN-08, SYN-40) as amended by
// decisions.md (DIS-15, O-5, O-6) and amended-examples.md, each a row named by its example id
// asserting which servers are health-checked, synced or skipped, the fallback map and the run
// errors. Fixture F′: SRV-A (dhcp-a.example.com) and SRV-B (dhcp-b.example.com), both with
// standalone scopes on; FO1 with primary SRV-A and secondary SRV-B.
//
// Not encoded here, with the reason:
// - SYN-01.2, SYN-02.1: scheduling and the settings snapshot belong to the job (SYN-01.2 is a
//   job-level test in tests/integration/sync/tst_jobexamples.cpp, with SYN-36…38).
// - SYN-03.1, 03.2, 03.5, 03.6 and SYN-05.x: what a health reply writes (fields, version badge,
//   certificate expiry, transport) is the job's and PsuClient's; this class only consumes the
//   outcome. SYN-03.3's run error is asserted.
// - SYN-40.1…40.4: toggling maintenance is the repositories' business.
// - SYN-08.3 / 08.4 follow O-6: a server with nothing eligible is not even health-checked.
// - O-5: a single-server run on a secondary also health-checks the failover's primary, so that
//   fallback works as in all-servers runs; the primary is never synced by that run.

#include "sync/ServerSelection.h"

#include <QTest>

using namespace leaselink;
using namespace leaselink::sync;

class TestServerSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_data();
    void select();
};

namespace {

constexpr std::int64_t A = 1;
constexpr std::int64_t B = 2;
constexpr std::int64_t Fo1 = 10;

struct World
{
    QList<Server> servers;
    QList<Failover> failovers;
    QSet<QString> down;
};

// state items: "SRV-A:maint", "SRV-A:down", "SRV-A:nostandalone", "FO1:off", "FO1:maint".
World world(const QStringList &state)
{
    World w;
    Server a;
    a.id = A;
    a.name = QStringLiteral("SRV-A");
    a.hostname = QStringLiteral("dhcp-a.example.com");
    Server b = a;
    b.id = B;
    b.name = QStringLiteral("SRV-B");
    b.hostname = QStringLiteral("dhcp-b.example.com");
    // Listed out of name order on purpose: selection sorts by name.
    w.servers = {b, a};
    Failover fo;
    fo.id = Fo1;
    fo.name = QStringLiteral("FO1");
    fo.primaryServerId = A;
    fo.secondaryServerId = B;
    w.failovers = {fo};
    for (const QString &item : state) {
        const QString name = item.section(QLatin1Char(':'), 0, 0);
        const QString what = item.section(QLatin1Char(':'), 1);
        for (Server &server : w.servers) {
            if (server.name != name)
                continue;
            if (what == QStringLiteral("maint"))
                server.maintenance.enabled = true;
            else if (what == QStringLiteral("nostandalone"))
                server.syncStandaloneScopes = false;
            else if (what == QStringLiteral("down"))
                w.down.insert(name);
        }
        for (Failover &failover : w.failovers) {
            if (failover.name != name)
                continue;
            if (what == QStringLiteral("maint"))
                failover.maintenance.enabled = true;
            else if (what == QStringLiteral("off"))
                failover.syncEnabled = false;
        }
    }
    return w;
}

std::int64_t idOf(const World &w, const QString &name)
{
    for (const Server &server : w.servers) {
        if (server.name == name)
            return server.id;
    }
    return 0;
}

QString nameOf(const World &w, std::int64_t id)
{
    for (const Server &server : w.servers) {
        if (server.id == id)
            return server.name;
    }
    return QStringLiteral("?");
}

QString reasonText(ServerSkipReason reason)
{
    switch (reason) {
    case ServerSkipReason::None:
        return QStringLiteral("sync");
    case ServerSkipReason::Maintenance:
        return QStringLiteral("maint");
    case ServerSkipReason::NothingEligible:
        return QStringLiteral("nothing");
    case ServerSkipReason::Unreachable:
        return QStringLiteral("unreachable");
    case ServerSkipReason::PreFlight:
        return QStringLiteral("preflight");
    }
    return {};
}

} // namespace

void TestServerSelection::select_data()
{
    // 0 all servers, 1 single server, 2 single server without fallback
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QStringList>("state");
    QTest::addColumn<QStringList>("checked");
    QTest::addColumn<int>("refusals");
    QTest::addColumn<QStringList>("outcome");  // "SRV-A:sync", "SRV-B:preflight", ...
    QTest::addColumn<QStringList>("fallback"); // "FO1->SRV-B"
    QTest::addColumn<QStringList>("runErrors");

    const QStringList none;
    const QStringList both{QStringLiteral("SRV-A"), QStringLiteral("SRV-B")};
    const QString aDown = QStringLiteral("SRV-A unreachable: connection refused");
    const QString bDown = QStringLiteral("SRV-B unreachable: connection refused");

    QTest::newRow("SYN-01.1") << 1 << QStringList{"SRV-A"} << QStringList{"SRV-A:maint"} << none
                              << 1 << QStringList{"SRV-A:maint"} << none << none;
    QTest::newRow("SYN-01.sync-all-action")
        << 1 << QStringList{"SRV-B"} << QStringList{"SRV-B:maint"} << none << 1
        << QStringList{"SRV-B:maint"} << none << none;
    QTest::newRow("SYN-03.1") << 0 << none << none << both << 0
                              << QStringList{"SRV-A:sync", "SRV-B:sync"} << none << none;
    QTest::newRow("SYN-03.3") << 0 << none << QStringList{"SRV-B:down"} << both << 0
                              << QStringList{"SRV-A:sync", "SRV-B:unreachable"} << none
                              << QStringList{bDown};
    QTest::newRow("SYN-03.4") << 0 << none << QStringList{"SRV-B:maint"} << QStringList{"SRV-A"}
                              << 0 << QStringList{"SRV-A:sync", "SRV-B:maint"} << none << none;
    QTest::newRow("SYN-04.1") << 1 << QStringList{"SRV-A"} << QStringList{"SRV-A:down"}
                              << QStringList{"SRV-A"} << 0 << QStringList{"SRV-A:unreachable"}
                              << none << QStringList{aDown};
    QTest::newRow("SYN-04.2") << 1 << QStringList{"SRV-B"} << none << both << 0
                              << QStringList{"SRV-B:sync"} << none << none;
    QTest::newRow("SYN-04.2-O-5") << 1 << QStringList{"SRV-B"} << QStringList{"SRV-A:down"} << both
                                  << 0 << QStringList{"SRV-B:sync"} << QStringList{"FO1->SRV-B"}
                                  << none;
    // SYN-04.2 read literally (singleServerFallback = false): no fallback, no extra check.
    QTest::newRow("SYN-04.2-literal")
        << 2 << QStringList{"SRV-B"} << QStringList{"SRV-A:down"} << QStringList{"SRV-B"} << 0
        << QStringList{"SRV-B:sync"} << none << none;
    QTest::newRow("SYN-06.1") << 0 << none << none << both << 0
                              << QStringList{"SRV-A:sync", "SRV-B:sync"} << none << none;
    QTest::newRow("SYN-06.2") << 0 << none << QStringList{"SRV-A:down"} << both << 0
                              << QStringList{"SRV-A:unreachable", "SRV-B:sync"}
                              << QStringList{"FO1->SRV-B"} << QStringList{aDown};
    QTest::newRow("SYN-06.3") << 0 << none << QStringList{"SRV-A:maint"} << QStringList{"SRV-B"}
                              << 0 << QStringList{"SRV-A:maint", "SRV-B:sync"}
                              << QStringList{"FO1->SRV-B"} << none;
    QTest::newRow("SYN-06.4") << 0 << none << QStringList{"SRV-A:down", "SRV-B:down"} << both << 0
                              << QStringList{"SRV-A:unreachable", "SRV-B:unreachable"} << none
                              << QStringList{aDown, bDown};
    QTest::newRow("SYN-06.5") << 0 << none << QStringList{"SRV-A:down", "SRV-B:maint"}
                              << QStringList{"SRV-A"} << 0
                              << QStringList{"SRV-A:unreachable", "SRV-B:maint"} << none
                              << QStringList{aDown};
    QTest::newRow("SYN-06.6") << 0 << none << QStringList{"SRV-B:maint"} << QStringList{"SRV-A"}
                              << 0 << QStringList{"SRV-A:sync", "SRV-B:maint"} << none << none;
    QTest::newRow("SYN-07.1") << 0 << none << QStringList{"SRV-B:down"} << both << 0
                              << QStringList{"SRV-A:sync", "SRV-B:unreachable"} << none
                              << QStringList{bDown};
    QTest::newRow("SYN-08.1") << 0 << none << QStringList{"SRV-B:nostandalone"} << both << 0
                              << QStringList{"SRV-A:sync", "SRV-B:preflight"} << none << none;
    QTest::newRow("SYN-08.2") << 0 << none << QStringList{"SRV-B:nostandalone", "SRV-A:down"}
                              << both << 0 << QStringList{"SRV-A:unreachable", "SRV-B:sync"}
                              << QStringList{"FO1->SRV-B"} << QStringList{aDown};
    QTest::newRow("SYN-08.3") << 0 << none << QStringList{"SRV-A:nostandalone", "FO1:off"}
                              << QStringList{"SRV-B"} << 0
                              << QStringList{"SRV-A:nothing", "SRV-B:sync"} << none << none;
    QTest::newRow("SYN-08.4") << 0 << none << QStringList{"SRV-A:nostandalone", "FO1:maint"}
                              << QStringList{"SRV-B"} << 0
                              << QStringList{"SRV-A:nothing", "SRV-B:sync"} << none << none;
    QTest::newRow("SYN-40.5") << 0 << none << QStringList{"FO1:maint"} << both << 0
                              << QStringList{"SRV-A:sync", "SRV-B:sync"} << none << none;
    QTest::newRow("SYN-40.server-maintenance")
        << 0 << none << QStringList{"SRV-A:maint", "SRV-B:nostandalone"} << QStringList{"SRV-B"}
        << 0 << QStringList{"SRV-A:maint", "SRV-B:sync"} << QStringList{"FO1->SRV-B"} << none;
    QTest::newRow("DIS-15") << 0 << none << QStringList{"SRV-A:maint", "SRV-B:maint"} << none << 0
                            << QStringList{"SRV-A:maint", "SRV-B:maint"} << none << none;
    QTest::newRow("O-6") << 0 << none
                         << QStringList{"SRV-A:nostandalone", "SRV-B:nostandalone", "FO1:maint"}
                         << none << 0 << QStringList{"SRV-A:nothing", "SRV-B:nothing"} << none
                         << none;
}

void TestServerSelection::select()
{
    QFETCH(int, kind);
    QFETCH(QStringList, targets);
    QFETCH(QStringList, state);
    QFETCH(QStringList, checked);
    QFETCH(int, refusals);
    QFETCH(QStringList, outcome);
    QFETCH(QStringList, fallback);
    QFETCH(QStringList, runErrors);

    const World w = world(state);
    const SyncJobKind jobKind = kind == 0 ? SyncJobKind::AllServers : SyncJobKind::SingleServer;
    QList<std::int64_t> targetIds;
    for (const QString &name : targets)
        targetIds.append(idOf(w, name));

    const bool singleServerFallback = kind != 2;
    const HealthCheckPlan health = ServerSelectionRules::serversToHealthCheck(
        jobKind, targetIds, w.servers, w.failovers, {}, singleServerFallback);
    QStringList checkedNames;
    QHash<std::int64_t, HealthOutcome> outcomes;
    for (std::int64_t id : health.serverIds) {
        checkedNames.append(nameOf(w, id));
        const bool isDown = w.down.contains(nameOf(w, id));
        outcomes.insert(
            id, HealthOutcome{!isDown, isDown ? QStringLiteral("connection refused") : QString()});
    }
    QCOMPARE(checkedNames, checked);
    QCOMPARE(health.refusals.size(), refusals);
    if (refusals > 0)
        QVERIFY(health.refusals.constFirst().contains(QStringLiteral("disable maintenance")));

    const ServerSelection selection = ServerSelectionRules::selectServers(
        jobKind, targetIds, w.servers, w.failovers, {}, outcomes, singleServerFallback);
    QStringList got;
    for (const ServerSelectionEntry &entry : selection.servers) {
        QCOMPARE(entry.sync, entry.skipReason == ServerSkipReason::None);
        got.append(entry.serverName + QLatin1Char(':') + reasonText(entry.skipReason));
    }
    QCOMPARE(got, outcome);
    QStringList gotFallback;
    for (auto it = selection.fallback.cbegin(); it != selection.fallback.cend(); ++it)
        gotFallback.append(QStringLiteral("FO1->") + nameOf(w, it.value()));
    QCOMPARE(gotFallback, fallback);
    QCOMPARE(selection.runErrors, runErrors);
    // The stand-in is told which failovers it handles.
    for (const ServerSelectionEntry &entry : selection.servers) {
        const bool standsIn = selection.fallback.value(Fo1, 0) == entry.serverId;
        const bool fo1Syncable = !state.contains(QStringLiteral("FO1:maint")) &&
                                 !state.contains(QStringLiteral("FO1:off"));
        QCOMPARE(entry.fallbackFailoverIds.contains(Fo1), standsIn && fo1Syncable);
    }
}

QTEST_GUILESS_MAIN(TestServerSelection)
#include "tst_serverselection.moc"
