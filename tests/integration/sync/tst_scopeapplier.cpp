// ScopePlanApplier against the lab's PSU server (PsuSim over LabHttpServer) and a fresh SQLite
// store: a scope PUT, a POST scope (SYN-34.2), exclusion POST and DELETE with the pending removal
// cleared (SYN-30.1 amended, LL-05), a PUT answered 404 recorded as a failed push and not
// retried nor turned into a POST (LL-48), and the local pulls, exclusion changes and
// last_sync_at written through ScopeRepository.
#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "net/psu/PsuClient.h"
#include "store/Database.h"
#include "store/PendingRemovalRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "sync/ScopePlanApplier.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::sync;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

} // namespace

class TestScopeApplier : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::PsuSim> m_sim;
    std::unique_ptr<lab::LabHttpServer> m_server;

    HttpSessionConfig config()
    {
        HttpSessionConfig c;
        c.service = RemoteService::Psu;
        c.serviceName = QStringLiteral("SRV-A");
        c.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/dhcp"));
        c.authorization = "Bearer " + m_sim->writerToken().toUtf8();
        c.timeout = std::chrono::milliseconds(3000);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return c;
    }

    int requests(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog().entries())
            n += (e.method == method && e.path.endsWith(path)) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<lab::PsuSim>();
        lab::PsuScope a;
        a.scopeId = ip("10.0.1.0");
        a.name = QStringLiteral("Building A");
        a.description = QStringLiteral("Lobby");
        a.startIp = ip("10.0.1.10");
        a.endIp = ip("10.0.1.254");
        a.subnetMask = ip("255.255.255.0");
        a.leaseDurationSeconds = 86400;
        a.setRouter(QStringLiteral("10.0.1.1"));
        a.exclusions << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.209")};
        m_sim->model().addScope(a);
        m_sim->setScriptVersion(QStringLiteral("2.0.1"));
        m_server = std::make_unique<lab::LabHttpServer>(m_sim.get());
        const auto started = m_server->start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
    }

    void appliesPlan()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Database &db = **opened;

        Server srv;
        srv.name = QStringLiteral("SRV-A");
        srv.hostname = QStringLiteral("dhcp-a.example.com");
        const std::int64_t serverId = ServerRepository(db).create(srv).value().id;

        ScopeRepository scopes(db);
        Scope building;
        building.name = QStringLiteral("Building A");
        building.netboxPrefixId = 7;
        building.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
        building.startIp = ip("10.0.1.10");
        building.endIp = ip("10.0.1.254");
        building.router = ip("10.0.1.1");
        building.leaseLifetime = LeaseDuration(28800);
        building.serverId = serverId;
        const std::int64_t buildingId = scopes.create(building).value().id;
        const std::int64_t localRange =
            scopes.addExclusion(ExclusionRange{0, buildingId, ip("10.0.1.220"), ip("10.0.1.230")})
                .value()
                .id;
        Scope oldLab = building;
        oldLab.name = QStringLiteral("Old Lab");
        oldLab.netboxPrefixId = 8;
        oldLab.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.8.0/24"));
        oldLab.startIp = ip("10.0.8.10");
        oldLab.endIp = ip("10.0.8.200");
        oldLab.router = ip("10.0.8.1");
        const std::int64_t oldLabId = scopes.create(oldLab).value().id;

        PendingRemovalRepository pending(db);
        PendingRemoval removal;
        removal.scopeId = buildingId;
        removal.startIp = ip("10.0.1.200");
        removal.endIp = ip("10.0.1.209");
        const std::int64_t removalId = pending.add(removal).value().id;
        QCOMPARE(pending.add(removal).value().id, removalId); // kept once

        ScopePlan plan;
        plan.serverId = serverId;
        plan.now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        // Local: a pulled description, a pulled exclusion, the sync time.
        plan.pulls.append(
            ScopeFieldPull{oldLabId, ScopeField::Description, QString(), QStringLiteral("pulled")});
        plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::LocalCreate, oldLabId,
                                                     ip("10.0.8.0"), ip("10.0.8.150"),
                                                     ip("10.0.8.160"), 0, std::nullopt});
        plan.scopesSynced.append(buildingId);
        // Server: the lease PUT (SYN-29.1), a PUT to a scope the server lacks (LL-48), the
        // missing local range POSTed, the pending removal DELETEd, Old Lab created.
        ScopeUpdatePush lease;
        lease.localScopeId = buildingId;
        lease.network = ip("10.0.1.0");
        lease.changes.insert(QStringLiteral("lease_duration_seconds"), 28800);
        lease.fields = {ScopeField::LeaseSeconds};
        plan.updates.append(lease);
        ScopeUpdatePush missing = lease;
        missing.localScopeId = oldLabId;
        missing.network = ip("10.0.5.0");
        plan.updates.append(missing);
        plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::PushCreate, buildingId,
                                                     ip("10.0.1.0"), ip("10.0.1.220"),
                                                     ip("10.0.1.230"), localRange, std::nullopt});
        plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::PushDelete, buildingId,
                                                     ip("10.0.1.0"), ip("10.0.1.200"),
                                                     ip("10.0.1.209"), 0, removalId});
        PsuScope create;
        create.scopeId = ip("10.0.8.0");
        create.name = QStringLiteral("Old Lab");
        create.startIp = ip("10.0.8.10");
        create.endIp = ip("10.0.8.200");
        create.subnetMask = ip("255.255.255.0");
        create.leaseDurationSeconds = 28800;
        create.hasRouter = true;
        create.router = ip("10.0.8.1");
        plan.creates.append(ScopeCreatePush{oldLabId, create});

        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        ScopePlanApplier applier(db, client);
        const ScopeApplyResult result = QCoro::waitFor(applier.apply(plan));

        QCOMPARE(result.fieldsPulled, 1);
        QCOMPARE(result.localExclusionsCreated, 1);
        QCOMPARE(result.scopesSynced, 1);
        QCOMPARE(result.scopesUpdatedOnServer, 1);
        QCOMPARE(result.exclusionsCreatedOnServer, 1);
        QCOMPARE(result.exclusionsDeletedOnServer, 1);
        QCOMPARE(result.scopesCreatedOnServer, 1);
        QCOMPARE(result.pendingRemovalsCleared, 1);
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures[0].localScopeId, oldLabId);
        QVERIFY2(result.failures[0].what.startsWith(QStringLiteral("PUT scopes/10.0.5.0")),
                 qPrintable(result.failures[0].what));
        QVERIFY2(result.failures[0].cause.contains(QStringLiteral("404")),
                 qPrintable(result.failures[0].cause));
        // Writes are never retried, and a 404 never becomes "create it" (LL-48).
        QCOMPARE(requests("PUT", QStringLiteral("/scopes/10.0.5.0")), 1);
        QCOMPARE(requests("POST", QStringLiteral("/scopes")), 1);

        // The server side.
        const lab::PsuScope *onServer = m_sim->model().scope(ip("10.0.1.0"));
        QVERIFY(onServer);
        QCOMPARE(onServer->leaseDurationSeconds, 28800);
        QCOMPARE(onServer->description, QStringLiteral("Lobby"));
        QCOMPARE(onServer->exclusions.size(), 1);
        QCOMPARE(onServer->exclusions[0].start, ip("10.0.1.220"));
        QCOMPARE(onServer->exclusions[0].end, ip("10.0.1.230"));
        const lab::PsuScope *created = m_sim->model().scope(ip("10.0.8.0"));
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("Old Lab"));
        QCOMPARE(created->router(), QStringLiteral("10.0.8.1"));

        // The local side.
        QCOMPARE(pending.list().value().size(), 0);
        QCOMPARE(scopes.get(buildingId).value().lastSyncAt, plan.now);
        QCOMPARE(scopes.get(oldLabId).value().description, QStringLiteral("pulled"));
        QVERIFY(!scopes.get(oldLabId).value().lastSyncAt.isValid());
        QCOMPARE(scopes.exclusions(oldLabId).value().size(), 1);
    }

    void failedWriteIsReportedAndOthersContinue()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        QVERIFY(opened);
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("*exclusions*");
        fault.status = 500;
        m_server->faults().add(fault);
        m_server->requestLog().clear();

        ScopePlan plan;
        plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::PushCreate, 1,
                                                     ip("10.0.1.0"), ip("10.0.1.240"),
                                                     ip("10.0.1.245"), 0, std::nullopt});
        ScopeUpdatePush name;
        name.localScopeId = 1;
        name.network = ip("10.0.1.0");
        name.changes.insert(QStringLiteral("name"), QStringLiteral("Building A2"));
        name.fields = {ScopeField::Name};
        plan.updates.append(name);

        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        ScopePlanApplier applier(**opened, client);
        const ScopeApplyResult result = QCoro::waitFor(applier.applyPushes(plan));
        m_server->faults().clear();

        QCOMPARE(result.scopesUpdatedOnServer, 1);
        QCOMPARE(result.exclusionsCreatedOnServer, 0);
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(result.failures[0].what.startsWith(QStringLiteral("POST exclusions")));
        QVERIFY2(result.failures[0].cause.contains(QStringLiteral("500")),
                 qPrintable(result.failures[0].cause));
        QCOMPARE(requests("POST", QStringLiteral("/exclusions")), 1);
        QCOMPARE(m_sim->model().scope(ip("10.0.1.0"))->name, QStringLiteral("Building A2"));
    }
};

QTEST_GUILESS_MAIN(TestScopeApplier)
#include "tst_scopeapplier.moc"
