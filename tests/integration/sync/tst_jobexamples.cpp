// The job-level worked examples of sync-rules.md B.13 (SYN-36 timestamps and errors, SYN-37 job
// outcome, SYN-38 job timeout) and SYN-01.2, as amended by decisions.md (C-19, Q-02/03), run as
// whole sync jobs against the lab (dataset M over HTTPS). One test function per example, named
// by its id. SYN-38.2 (the settings form rejects 30 s) is a row of tst_domainentities; SYN-01.1
// is a row of tst_serverselection.
//
// Servers: psu-3 is the standalone server (SRV-A unless a test says otherwise), psu-1 the
// primary of the lab's failover (its scopes are discovered by the run), psu-2 its secondary,
// and "psu-gone" a standalone server on a loopback port nobody listens on (connection refused).

#include "SyncJobHome.h"

#include "secrets/SecretKey.h"
#include "store/JobRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "sync/SyncJob.h"

#include <QCoroTask>
#include <QTcpServer>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::sync;

namespace {

using leaselink::test::countOf;
using leaselink::test::errorsOf;
using leaselink::test::Standalone;
using leaselink::test::SyncHome;

const QString Primary = QStringLiteral("psu-1");
const QString Secondary = QStringLiteral("psu-2");
const QString Gone = QStringLiteral("psu-gone");

Server serverNamed(SyncHome &home, const QString &name)
{
    const auto found = ServerRepository(*home.db).findByName(name);
    if (!found || !found->has_value())
        qFatal("no server %s", qPrintable(name));
    return **found;
}

// A port that refuses connections: listened on once, then closed.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool addUnreachableServer(SyncHome &home)
{
    Server server;
    server.name = Gone;
    server.hostname = QStringLiteral("127.0.0.1");
    server.port = closedPort();
    server.useHttps = false;
    server.verifySsl = false;
    server.syncStandaloneScopes = true;
    const auto created = ServerRepository(*home.db).create(server);
    if (!created)
        return false;
    const auto written = QCoro::waitFor(home.secrets.write(
        SecretKey::psuAppToken(created->id, created->name), QStringLiteral("unused-token")));
    return bool(written);
}

// psu-1's failover scopes trimmed to `scopes` with `leases` each, so a job stays quick.
void trimPrimary(SyncHome &home, int scopes, int leases)
{
    auto &remote = home.model(Primary).scopes;
    while (qsizetype(remote.size()) > scopes)
        remote.erase(std::prev(remote.end()));
    for (auto &[id, scope] : remote) {
        if (scope.leases.size() > leases)
            scope.leases.resize(leases);
    }
}

LabFault statusFault(const char *method, const QString &pattern, int status, int onlyNth = 0)
{
    LabFault fault;
    fault.kind = LabFault::Kind::Status;
    fault.status = status;
    fault.method = method;
    fault.pathPattern = pattern;
    fault.onlyNth = onlyNth;
    return fault;
}

} // namespace

class TestJobExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QCoreApplication::setApplicationName(QStringLiteral("tst_sync_jobexamples")); }

    // SYN-36.1: a server whose routine completes gets last_sync_at = now and no error.
    void SYN_36_1()
    {
        SyncHome home;
        QVERIFY(home.start(2, 20));
        ServerRepository(*home.db).recordSyncError(serverNamed(home, Standalone).id,
                                                   QStringLiteral("an old error"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const SyncJobResult result = home.sync();
        QVERIFY2(result.status == JobStatus::Succeeded, qPrintable(errorsOf(result)));
        const Server server = serverNamed(home, Standalone);
        QVERIFY(server.lastSyncAt >= before);
        QVERIFY(server.lastSyncAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(server.lastSyncError, QString());
    }

    // SYN-36.2 (all-servers job): psu-3 fails mid-way (its lease read answers 500): its
    // last_sync_at stays, last_sync_error holds the message, and psu-1 is still processed.
    void SYN_36_2()
    {
        SyncHome home;
        QVERIFY(home.start(2, 20));
        trimPrimary(home, 2, 10);
        QVERIFY(home.sync().status == JobStatus::Succeeded);
        const QDateTime lastSync = serverNamed(home, Standalone).lastSyncAt;
        const QDateTime primaryBefore = serverNamed(home, Primary).lastSyncAt;
        QVERIFY(lastSync.isValid());
        QTest::qWait(1100); // timestamps have one-second resolution in the cache

        home.endpoint(Standalone)
            .http->faults()
            .add(statusFault("GET", QStringLiteral("*leases*"), 500));
        const SyncJobResult result = home.sync(false, {});
        QCOMPARE(result.status, JobStatus::Failed);
        const Server failed = serverNamed(home, Standalone);
        QCOMPARE(failed.lastSyncAt, lastSync);
        QVERIFY2(failed.lastSyncError.contains(QStringLiteral("leases")),
                 qPrintable(failed.lastSyncError));
        const Server other = serverNamed(home, Primary);
        QVERIFY2(other.lastSyncAt > primaryBefore, qPrintable(errorsOf(result)));
        QCOMPARE(other.lastSyncError, QString());
    }

    // SYN-36.3: psu-2 (standalone scopes off, only the secondary of a healthy primary) is
    // skipped at pre-flight: neither last_sync_at nor last_sync_error changes.
    void SYN_36_3()
    {
        SyncHome home;
        QVERIFY(home.start(2, 20));
        trimPrimary(home, 2, 10);
        Server secondary = serverNamed(home, Secondary);
        secondary.syncStandaloneScopes = false;
        QVERIFY(ServerRepository(*home.db).update(secondary));
        ServerRepository(*home.db).recordSyncError(secondary.id, QStringLiteral("kept as it is"));
        const Server before = serverNamed(home, Secondary);

        const SyncJobResult result = home.sync(false, {});
        QVERIFY2(result.status == JobStatus::Succeeded, qPrintable(errorsOf(result)));
        const auto skipped =
            std::find_if(result.servers.cbegin(), result.servers.cend(),
                         [](const PlannedServer &s) { return s.name == Secondary; });
        QVERIFY(skipped != result.servers.cend());
        QVERIFY(!skipped->synced);
        const Server after = serverNamed(home, Secondary);
        QCOMPARE(after.lastSyncAt, before.lastSyncAt);
        QCOMPARE(after.lastSyncError, QStringLiteral("kept as it is"));
    }

    // SYN-37.1: psu-3 ok, psu-gone unreachable, psu-1 fails: psu-3 is synced and the job fails
    // with both causes joined by "; " in the job history.
    void SYN_37_1()
    {
        SyncHome home;
        QVERIFY(home.start(2, 20));
        trimPrimary(home, 2, 10);
        QVERIFY(addUnreachableServer(home));
        home.endpoint(Primary).http->faults().add(
            statusFault("GET", QStringLiteral("*leases*"), 500));
        const SyncJobResult result = home.sync(false, {});
        QCOMPARE(result.status, JobStatus::Failed);
        QVERIFY(result.unreachable);
        const QString errors = result.runErrors.join(QStringLiteral("; "));
        QVERIFY2(errors.contains(Gone + QStringLiteral(" unreachable: ")), qPrintable(errors));
        QVERIFY2(errors.contains(Primary + QStringLiteral(" sync error: ")), qPrintable(errors));
        QVERIFY2(errors.indexOf(Gone) < errors.indexOf(Primary + QStringLiteral(" sync error")),
                 qPrintable(errors)); // the health phase's errors come first
        // A synced: its addresses are in NetBox, its timestamps say so.
        QCOMPARE(QSet<QString>(home.netboxIps().keyBegin(), home.netboxIps().keyEnd())
                     .contains(home.expectedAddresses()),
                 true);
        QCOMPARE(serverNamed(home, Standalone).lastSyncError, QString());
        QVERIFY(serverNamed(home, Standalone).lastSyncAt.isValid());
        QVERIFY(!serverNamed(home, Gone).lastSyncAt.isValid());
        const auto job = JobRepository(*home.db).get(result.jobId);
        QVERIFY(job.has_value());
        QCOMPARE(job->status, JobStatus::Failed);
        QVERIFY(job->log.contains(Gone + QStringLiteral(" unreachable")));
    }

    // SYN-37.2 as amended (C-19): psu-3's exclusion read fails and one IP write fails: the
    // failed read fails psu-3's part, so the job is failed (last_sync_error set, last_sync_at
    // unchanged). The write failure alone gives "completed with errors".
    void SYN_37_2()
    {
        SyncHome home;
        QVERIFY(home.start(2, 20));
        auto &faults = home.endpoint(Standalone).http->faults();
        faults.add(statusFault("GET", QStringLiteral("*exclusions*"), 500));
        home.lab.netboxEndpoint().http->faults().add(
            statusFault("POST", QStringLiteral("*/ipam/ip-addresses/*"), 500, 1));
        const SyncJobResult failed = home.sync();
        QCOMPARE(failed.status, JobStatus::Failed);
        const Server afterFailure = serverNamed(home, Standalone);
        QVERIFY(!afterFailure.lastSyncAt.isValid());
        QVERIFY2(afterFailure.lastSyncError.contains(QStringLiteral("exclusions")),
                 qPrintable(afterFailure.lastSyncError));

        // Only write failures (here every create of a one-lease scope is refused with a 400):
        // completed with errors; the server's part is done and recorded.
        SyncHome writes;
        QVERIFY(writes.start(1, 1));
        writes.lab.netboxEndpoint().http->faults().add(
            statusFault("POST", QStringLiteral("*/ipam/ip-addresses/*"), 400));
        const SyncJobResult partial = writes.sync();
        QVERIFY2(partial.status == JobStatus::Partial, qPrintable(errorsOf(partial)));
        QCOMPARE(partial.failures.size(), qsizetype(writes.expectedAddresses().size()));
        QVERIFY(partial.runErrors.isEmpty());
        QVERIFY(serverNamed(writes, Standalone).lastSyncAt.isValid());
        QCOMPARE(jobStatusText(partial.status), QStringLiteral("completed with errors"));
    }

    // SYN-38.1: the time limit expires while the second server (psu-3) is being written: the
    // first server's (psu-1's) changes persist, psu-3 is partly written and its last_sync_at
    // stays unset; the next run converges.
    void SYN_38_1()
    {
        SyncHome home;
        QVERIFY(home.start());
        trimPrimary(home, 1, 3); // psu-1: one POST batch of IP addresses
        // psu-1's batch, psu-3's first batch, then psu-3's second batch never answers.
        LabFault hang;
        hang.kind = LabFault::Kind::Hang;
        hang.method = "POST";
        hang.pathPattern = QStringLiteral("*/ipam/ip-addresses/*");
        hang.onlyNth = 3;
        home.lab.netboxEndpoint().http->faults().add(hang);

        SyncJobContext context;
        context.database = home.db.get();
        context.secrets = &home.secrets;
        context.jobTimeout = std::chrono::seconds(6);
        SyncRequest request;
        request.kind = SyncRequest::Kind::Servers;
        request.serverNames = QStringList{Primary, Standalone};
        request.trigger = QStringLiteral("test");
        SyncJob job(context, request);
        QStringList log;
        connect(&job, &SyncJob::logLineAdded, this,
                [&log](const JobLogLine &line) { log << line.server + u' ' + line.text; });
        const SyncJobResult result = QCoro::waitFor(job.run());

        QVERIFY(result.timedOut);
        QCOMPARE(result.status, JobStatus::Failed);
        QVERIFY2(result.runErrors.join(u'\n').contains(QStringLiteral("sync_job_timeout")),
                 qPrintable(errorsOf(result)));
        // Before each server: elapsed time and the budget left.
        QVERIFY2(log.filter(QStringLiteral("s of the 6 s limit left")).size() == 2,
                 qPrintable(log.join(u'\n')));
        // psu-1 done and recorded; psu-3 partly written, last_sync_at unset.
        const Server primary = serverNamed(home, Primary);
        QVERIFY2(primary.lastSyncAt.isValid(), qPrintable(errorsOf(result)));
        const auto ips = home.netboxIps();
        QSet<QString> primaryAddresses;
        for (const auto &[id, scope] : home.model(Primary).scopes) {
            for (const auto &lease : scope.leases)
                primaryAddresses.insert(lease.ipAddress.toString());
        }
        for (const QString &address : std::as_const(primaryAddresses))
            QVERIFY2(ips.contains(address), qPrintable(address));
        const QSet<QString> standalone = home.expectedAddresses();
        qsizetype written = 0;
        for (const QString &address : standalone)
            written += ips.contains(address) ? 1 : 0;
        QVERIFY2(written > 0 && written < standalone.size(),
                 qPrintable(QStringLiteral("%1 of %2").arg(written).arg(standalone.size())));
        QVERIFY(!serverNamed(home, Standalone).lastSyncAt.isValid());

        // The next run (no fault) finishes psu-3.
        home.lab.netboxEndpoint().http->faults().clear();
        const SyncJobResult next = home.sync(false, {Primary, Standalone});
        QVERIFY2(next.status == JobStatus::Succeeded, qPrintable(errorsOf(next)));
        const auto after = home.netboxIps();
        for (const QString &address : standalone)
            QVERIFY2(after.contains(address), qPrintable(address));
        QVERIFY(serverNamed(home, Standalone).lastSyncAt.isValid());
        QCOMPARE(countOf(next, "ip_created"), standalone.size() - written);
    }

    // SYN-01.2: with push_scope_info on, editing a scope's lease time saves it locally and
    // sends nothing; the next sync pushes it (SYN-29).
    void SYN_01_2()
    {
        SyncHome home;
        QVERIFY(home.start(2, 20));
        auto settings = SettingsRepository(*home.db).get();
        QVERIFY(settings.has_value());
        settings->pushScopeInfo = true;
        QVERIFY(SettingsRepository(*home.db).save(*settings));
        QVERIFY(home.sync().status == JobStatus::Succeeded);

        ScopeRepository scopes(*home.db);
        const auto local = scopes.listForServer(serverNamed(home, Standalone).id);
        QVERIFY(local && !local->isEmpty());
        Scope edited = local->first();
        edited.leaseLifetime = LeaseDuration(28800);
        const qsizetype requestsBefore =
            home.endpoint(Standalone).http->requestLog().entries().size();
        QVERIFY(scopes.update(edited, ValidationMode::Edit));
        QCOMPARE(home.endpoint(Standalone).http->requestLog().entries().size(), requestsBefore);
        const auto remote = home.model(Standalone).scopes.find(edited.prefix.network().toUInt());
        QVERIFY(remote != home.model(Standalone).scopes.end());
        QVERIFY(remote->second.leaseDurationSeconds != 28800);

        const SyncJobResult pushed = home.sync();
        QVERIFY2(pushed.status == JobStatus::Succeeded, qPrintable(errorsOf(pushed)));
        QCOMPARE(home.model(Standalone)
                     .scopes.find(edited.prefix.network().toUInt())
                     ->second.leaseDurationSeconds,
                 28800);
    }
};

QTEST_GUILESS_MAIN(TestJobExamples)
#include "tst_jobexamples.moc"
