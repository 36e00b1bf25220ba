// The sync job end to end against the lab (dataset M over HTTPS, each PSU server on its own
// loopback address): the standalone server psu-3's scopes are known locally with their NetBox
// prefixes, and SyncJob runs health, reads, planning and the writes. What it proves: a first
// sync creates exactly the leases and reservations, a repeated sync writes nothing, a dry run
// writes nothing anywhere and plans what the real run then does, a failed read deletes nothing
// (G-2) and the next clean run converges, a busy server is refused (C-21), cancel stops and the
// next run converges, and every NetBox change carries LeaseLink's changelog message.

#include "SyncJobHome.h"

#include "secrets/SecretKey.h"
#include "store/FailoverRepository.h"
#include "store/SettingsRepository.h"

#include "store/DhcpCacheRepository.h"
#include "store/JobRepository.h"
#include "store/LeaseInfoRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "store/SyncLockRepository.h"
#include "sync/SyncJob.h"

#include <QCoroTask>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::sync;

namespace {

using leaselink::test::countOf;
using leaselink::test::errorsOf;
using leaselink::test::Standalone;
using leaselink::test::SyncHome;

} // namespace

class TestSyncJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncCreatesLeasesAndReservations();
    void repeatedSyncWritesNothing();
    void dryRunChangesNothingAndPlansWhatTheRunDoes();
    void failedLeaseReadDeletesNothingAndNextRunConverges();
    void busyServerIsRefused();
    void unknownServerIsAUsageError();
    void cancelStopsAndNextRunConverges();
    void previewHoldsTheServerAndApplyWritesExactlyThatPlan();
    void syncAllDiscoversEverythingThenWritesNothing();
    void pushReservationsCreatesTheReservationOnTheServer();
    void applyingAPreviewCreatesTheDiscoveredScopes();
    void readOnlyNetBoxTokenWritesNothing();
    void readOnlyAppTokenNeverTriggersAWrite();
};

void TestSyncJob::firstSyncCreatesLeasesAndReservations()
{
    SyncHome home;
    QVERIFY(home.start());
    const SyncJobResult result = home.sync();
    QVERIFY2(result.status == JobStatus::Succeeded, qPrintable(errorsOf(result)));

    QSet<QString> reserved;
    const QSet<QString> expected = home.expectedAddresses(&reserved);
    QVERIFY(expected.size() > 100);
    const auto ips = home.netboxIps();
    QCOMPARE(QSet<QString>(ips.keyBegin(), ips.keyEnd()), expected);
    QCOMPARE(countOf(result, "ip_created"), qint64(expected.size()));
    for (auto it = ips.cbegin(); it != ips.cend(); ++it) {
        const QString want =
            reserved.contains(it.key()) ? QStringLiteral("reserved") : QStringLiteral("dhcp");
        QCOMPARE(it->status, want);
        QCOMPARE(it->address.length, 24); // the scope prefix's mask (G-7)
    }
    // Every change names LeaseLink and the server (changelog message).
    for (const NbObjectChange &change : home.lab.netbox()->state().changes()) {
        if (change.objectType != QLatin1String("ipam.ipaddress"))
            continue;
        QVERIFY2(change.message.contains(QStringLiteral("LeaseLink")) &&
                     change.message.contains(Standalone),
                 qPrintable(change.message));
    }
    // Side-info for every IP created; the lease cache holds the server's leases.
    QCOMPARE(*LeaseInfoRepository(*home.db).count(), qint64(expected.size()));
    qint64 leases = 0;
    for (const auto &[id, scope] : home.model(Standalone).scopes)
        leases += scope.leases.size();
    QCOMPARE(*DhcpCacheRepository(*home.db).leaseCount(), leases);
    // Timestamps and the job history.
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    QVERIFY((*server)->lastSyncAt.isValid());
    QCOMPARE((*server)->lastSyncError, QString());
    const auto job = JobRepository(*home.db).get(result.jobId);
    QVERIFY(job.has_value());
    QCOMPARE(job->status, JobStatus::Succeeded);
    QCOMPARE(job->counts.value(QStringLiteral("ip_created")).toInteger(), qint64(expected.size()));
    QVERIFY(!job->log.isEmpty());
}

void TestSyncJob::repeatedSyncWritesNothing()
{
    SyncHome home;
    QVERIFY(home.start());
    const SyncJobResult first = home.sync();
    QVERIFY2(first.status == JobStatus::Succeeded, qPrintable(errorsOf(first)));
    const qsizetype changes = home.netboxChanges();
    const auto view = home.netboxView();

    const SyncJobResult second = home.sync();
    QVERIFY2(second.status == JobStatus::Succeeded, qPrintable(errorsOf(second)));
    QCOMPARE(countOf(second, "ip_created"), 0);
    QCOMPARE(countOf(second, "ip_updated"), 0);
    QCOMPARE(countOf(second, "ip_deleted"), 0);
    QVERIFY2(second.changedNothing(), QJsonDocument(second.counts).toJson().constData());
    QCOMPARE(home.netboxChanges(), changes);
    QCOMPARE(home.netboxView(), view);
}

void TestSyncJob::dryRunChangesNothingAndPlansWhatTheRunDoes()
{
    SyncHome home;
    QVERIFY(home.start());
    const auto before = ServerRepository(*home.db).findByName(Standalone);
    const SyncJobResult planned = home.sync(true);
    QVERIFY2(planned.status == JobStatus::Succeeded, qPrintable(errorsOf(planned)));
    QVERIFY(planned.dryRun);
    QCOMPARE(planned.jobId, 0);
    // Nothing anywhere: NetBox, side-info, cache, job history, server health fields.
    QCOMPARE(home.netboxChanges(), 0);
    QCOMPARE(home.netboxIps().size(), 0);
    QCOMPARE(*LeaseInfoRepository(*home.db).count(), 0);
    QCOMPARE(*DhcpCacheRepository(*home.db).leaseCount(), 0);
    QCOMPARE(JobRepository(*home.db).listRecent()->size(), 0);
    const auto after = ServerRepository(*home.db).findByName(Standalone);
    QCOMPARE(**after, **before);
    QVERIFY(countOf(planned, "ip_created") > 100);

    const SyncJobResult applied = home.sync();
    QVERIFY2(applied.status == JobStatus::Succeeded, qPrintable(errorsOf(applied)));
    for (const char *key : {"ip_created", "ip_updated", "ip_deleted"})
        QCOMPARE(countOf(applied, key), countOf(planned, key));
    QCOMPARE(applied.ipPlan.ipChanges, planned.ipPlan.ipChanges);
}

void TestSyncJob::failedLeaseReadDeletesNothingAndNextRunConverges()
{
    SyncHome home;
    QVERIFY(home.start());
    QVERIFY(home.sync().status == JobStatus::Succeeded);

    // A lease disappears on the server, but the lease read fails: nothing may be deleted.
    lab::PsuScope &scope = home.model(Standalone).scopes.begin()->second;
    QVERIFY(!scope.leases.isEmpty());
    const QString gone = scope.leases.takeLast().ipAddress.toString();
    QVERIFY(home.netboxIps().contains(gone));
    const qsizetype changes = home.netboxChanges();
    const auto lastSync = (*ServerRepository(*home.db).findByName(Standalone))->lastSyncAt;

    LabFault fault;
    fault.kind = LabFault::Kind::Status;
    fault.status = 500;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("*leases*");
    home.endpoint(Standalone).http->faults().add(fault);
    const SyncJobResult failed = home.sync();
    QCOMPARE(failed.status, JobStatus::Failed);
    QVERIFY2(failed.runErrors.join(QString()).contains(QStringLiteral("leases")),
             qPrintable(failed.runErrors.join(QLatin1Char('\n'))));
    QCOMPARE(countOf(failed, "ip_deleted"), 0);
    QCOMPARE(home.netboxChanges(), changes);
    QVERIFY(home.netboxIps().contains(gone));
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    QCOMPARE((*server)->lastSyncAt, lastSync); // G-2: last_sync_at unchanged
    QVERIFY((*server)->lastSyncError.contains(QStringLiteral("leases")));

    // The fault is gone: the next run converges (the vanished lease's IP is cleaned up).
    home.endpoint(Standalone).http->faults().clear();
    const SyncJobResult clean = home.sync();
    QVERIFY2(clean.status == JobStatus::Succeeded, qPrintable(errorsOf(clean)));
    QCOMPARE(countOf(clean, "ip_deleted"), 1);
    QVERIFY(!home.netboxIps().contains(gone));
    QCOMPARE((*ServerRepository(*home.db).findByName(Standalone))->lastSyncError, QString());
}

void TestSyncJob::busyServerIsRefused()
{
    SyncHome home;
    QVERIFY(home.start());
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    const SyncLockOwner other = SyncLockOwner::forThisProcess(QStringLiteral("the GUI's sync"));
    QVERIFY(SyncLockRepository(*home.db)
                .acquire((*server)->id, other, QDateTime::currentDateTimeUtc())
                ->acquired);
    const SyncJobResult refused = home.sync();
    QCOMPARE(refused.status, JobStatus::Failed);
    QVERIFY(refused.busy);
    QVERIFY2(refused.runErrors.join(QString()).contains(QStringLiteral("the GUI's sync")),
             qPrintable(refused.runErrors.join(QLatin1Char('\n'))));
    QCOMPARE(home.netboxChanges(), 0);
    // The other run's lock is untouched.
    QCOMPARE(SyncLockRepository(*home.db).holder((*server)->id)->value().owner.runId, other.runId);
}

void TestSyncJob::unknownServerIsAUsageError()
{
    SyncHome home;
    QVERIFY(home.start());
    const SyncJobResult result = home.sync(false, {QStringLiteral("no-such-server")});
    QCOMPARE(result.status, JobStatus::Failed);
    QVERIFY(result.usageError);
    QVERIFY(result.runErrors.join(QString()).contains(QStringLiteral("no-such-server")));
    QCOMPARE(home.netboxChanges(), 0);
}

void TestSyncJob::cancelStopsAndNextRunConverges()
{
    SyncHome home;
    QVERIFY(home.start());
    // Cancel as soon as the writing starts: the first NetBox batch may land, the rest not.
    const SyncJobResult cancelled = home.sync(false, {Standalone}, [](SyncJob &job) {
        QObject::connect(&job, &SyncJob::progressChanged, &job,
                         [&job](const SyncProgress &progress) {
                             if (progress.phase == QLatin1String("writing"))
                                 job.cancel();
                         });
    });
    QCOMPARE(cancelled.status, JobStatus::Cancelled);
    QVERIFY(home.netboxIps().size() < home.expectedAddresses().size());
    // The server's lock is released.
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    QVERIFY(!SyncLockRepository(*home.db).holder((*server)->id)->has_value());

    const SyncJobResult resumed = home.sync();
    QVERIFY2(resumed.status == JobStatus::Succeeded, qPrintable(errorsOf(resumed)));
    const auto ips = home.netboxIps();
    QCOMPARE(QSet<QString>(ips.keyBegin(), ips.keyEnd()), home.expectedAddresses());
    QCOMPARE(*LeaseInfoRepository(*home.db).count(), qint64(ips.size()));
    const SyncJobResult again = home.sync();
    QVERIFY2(again.changedNothing(), QJsonDocument(again.counts).toJson().constData());
}

void TestSyncJob::previewHoldsTheServerAndApplyWritesExactlyThatPlan()
{
    SyncHome home;
    QVERIFY(home.start());
    SyncJobContext context;
    context.database = home.db.get();
    context.secrets = &home.secrets;
    SyncRequest request;
    request.kind = SyncRequest::Kind::Servers;
    request.serverNames = {Standalone};
    request.trigger = QStringLiteral("gui");
    SyncJob job(context, request);
    const SyncJobResult preview = QCoro::waitFor(job.preview());
    QVERIFY2(preview.status == JobStatus::Succeeded, qPrintable(errorsOf(preview)));
    QVERIFY(preview.dryRun);
    QVERIFY(countOf(preview, "ip_created") > 100);
    QCOMPARE(home.netboxChanges(), 0);
    QCOMPARE(JobRepository(*home.db).listRecent()->size(), 0);
    const Server beforeApply = **ServerRepository(*home.db).findByName(Standalone);
    QVERIFY(!beforeApply.lastHealthCheck.isValid()); // a preview records nothing

    // While the preview is open the server is held: another run is refused.
    const SyncJobResult other = home.sync();
    QVERIFY(other.busy);

    const SyncJobResult applied = QCoro::waitFor(job.applyPreview());
    QVERIFY2(applied.status == JobStatus::Succeeded, qPrintable(errorsOf(applied)));
    QVERIFY(!applied.dryRun);
    QCOMPARE(countOf(applied, "ip_created"), countOf(preview, "ip_created"));
    QCOMPARE(qint64(home.netboxIps().size()), countOf(preview, "ip_created"));
    QVERIFY(applied.jobId != 0);
    // Applying records what the preview's health check found (SYN-03).
    const Server afterApply = **ServerRepository(*home.db).findByName(Standalone);
    QCOMPARE(afterApply.healthStatus, HealthStatus::Healthy);
    QVERIFY(afterApply.lastHealthCheck.isValid());
    QVERIFY(!afterApply.psuScriptVersion.isEmpty());
    QVERIFY(afterApply.lastSyncAt.isValid());
    // Released afterwards: the next run goes ahead and finds nothing to do.
    const SyncJobResult next = home.sync();
    QVERIFY2(next.status == JobStatus::Succeeded, qPrintable(errorsOf(next)));
    QVERIFY(next.changedNothing());
}

// SYN-11 / G-5 / C-13 on dataset M with nothing local but the servers: one all-servers run
// creates the failovers, every scope with its prefix, and every lease and reservation of all
// three servers; the next run writes nothing.
void TestSyncJob::syncAllDiscoversEverythingThenWritesNothing()
{
    SyncHome home;
    QVERIFY(home.start(0, 0, false));
    const SyncJobResult first = home.sync(false, {});
    QVERIFY2(first.status == JobStatus::Succeeded, qPrintable(errorsOf(first)));
    QCOMPARE(countOf(first, "failovers_created"), 2);
    QCOMPARE(countOf(first, "scopes_created"), 60);
    QCOMPARE(FailoverRepository(*home.db).list()->size(), 2);
    QCOMPARE(ScopeRepository(*home.db).list()->size(), 60);
    QSet<QString> expected;
    for (const QString &server : {QStringLiteral("psu-1"), QStringLiteral("psu-3")}) {
        for (const auto &[id, scope] : home.model(server).scopes) {
            for (const auto &lease : scope.leases)
                expected.insert(lease.ipAddress.toString());
            for (const auto &reservation : scope.reservations)
                expected.insert(reservation.ipAddress.toString());
        }
    }
    const auto ips = home.netboxIps();
    QCOMPARE(QSet<QString>(ips.keyBegin(), ips.keyEnd()), expected);
    QCOMPARE(countOf(first, "ip_created"), qint64(expected.size()));

    const qsizetype changes = home.netboxChanges();
    const SyncJobResult second = home.sync(false, {});
    QVERIFY2(second.status == JobStatus::Succeeded, qPrintable(errorsOf(second)));
    QVERIFY2(second.changedNothing(), QJsonDocument(second.counts).toJson().constData());
    QCOMPARE(home.netboxChanges(), changes);
}

// B.10 through the job: with Push Reservations on and a writer token (POST /health 200), a
// NetBox IP with the reservation status and a client id inside a scope becomes a reservation on
// the server; the next run pushes nothing.
void TestSyncJob::pushReservationsCreatesTheReservationOnTheServer()
{
    SyncHome home;
    QVERIFY(home.start(2, 20));
    QCOMPARE(home.sync().status, JobStatus::Succeeded);
    SettingsRepository settings(*home.db);
    Settings changed = *settings.get();
    changed.pushReservations = true;
    QVERIFY(settings.save(changed).has_value());

    lab::PsuScope &scope = home.model(Standalone).scopes.begin()->second;
    QSet<quint32> used;
    for (const auto &lease : std::as_const(scope.leases))
        used.insert(lease.ipAddress.toUInt());
    for (const auto &reservation : std::as_const(scope.reservations))
        used.insert(reservation.ipAddress.toUInt());
    quint32 free = scope.endIp.toUInt();
    while (used.contains(free))
        --free;
    const Ipv4Address address(free);
    lab::NbIpAddress ip;
    ip.address = *lab::NetBoxAddress::parse(address.toString() + QStringLiteral("/24"));
    ip.status = QStringLiteral("reserved");
    ip.dnsName = QStringLiteral("printer-7");
    ip.customFields.insert(QStringLiteral("dhcp_client_id"), QStringLiteral("00-15-5d-99-00-07"));
    home.lab.netbox()->state().addIpAddress(ip);

    const SyncJobResult pushed = home.sync();
    QVERIFY2(pushed.status == JobStatus::Succeeded, qPrintable(errorsOf(pushed)));
    QCOMPARE(countOf(pushed, "reservations_pushed"), 1);
    const auto found = std::find_if(scope.reservations.cbegin(), scope.reservations.cend(),
                                    [&](const auto &r) { return r.ipAddress == address; });
    QVERIFY(found != scope.reservations.cend());
    QCOMPARE(found->clientId.toLower(), QStringLiteral("00-15-5d-99-00-07"));
    QCOMPARE(found->name, QStringLiteral("printer-7"));

    const SyncJobResult again = home.sync();
    QVERIFY2(again.status == JobStatus::Succeeded, qPrintable(errorsOf(again)));
    QCOMPARE(countOf(again, "reservations_pushed"), 0);
}

// A preview lists the scopes discovery would create; applying it creates them (their addresses
// follow on the next run, which the preview did not plan).
void TestSyncJob::applyingAPreviewCreatesTheDiscoveredScopes()
{
    SyncHome home;
    QVERIFY(home.start(0, 0, false));
    SyncJobContext context;
    context.database = home.db.get();
    context.secrets = &home.secrets;
    SyncRequest request;
    request.kind = SyncRequest::Kind::Servers;
    request.serverNames = {Standalone};
    SyncJob job(context, request);
    const SyncJobResult preview = QCoro::waitFor(job.preview());
    QVERIFY2(preview.status == JobStatus::Succeeded, qPrintable(errorsOf(preview)));
    QCOMPARE(ScopeRepository(*home.db).list()->size(), 0);
    const SyncJobResult applied = QCoro::waitFor(job.applyPreview());
    QVERIFY2(applied.status == JobStatus::Succeeded, qPrintable(errorsOf(applied)));
    QCOMPARE(countOf(applied, "scopes_created"), 20);
    QCOMPARE(ScopeRepository(*home.db).list()->size(), 20);
    const SyncJobResult next = home.sync();
    QVERIFY2(next.status == JobStatus::Succeeded, qPrintable(errorsOf(next)));
    QCOMPARE(countOf(next, "ip_created"), qint64(home.expectedAddresses().size()));
}

// Issue 8: a read-only NetBox token is found out before anything is written (NetBox lists the
// IP status choices only to callers who may create IPs): the run fails with that sentence and
// NetBox is untouched.
void TestSyncJob::readOnlyNetBoxTokenWritesNothing()
{
    SyncHome home;
    QVERIFY(home.start(2, 10));
    QVERIFY(QCoro::waitFor(home.secrets.write(SecretKey::netBoxApiToken(),
                                              home.lab.netboxEndpoint().readerToken))
                .has_value());
    const SyncJobResult result = home.sync();
    QCOMPARE(result.status, JobStatus::Failed);
    QVERIFY2(result.runErrors.join(QString()).contains(QStringLiteral("may not create")),
             qPrintable(result.runErrors.join(QLatin1Char('\n'))));
    QCOMPARE(home.netboxChanges(), 0);
    QCOMPARE(home.netboxIps().size(), 0);
}

// Issue 8: with a reader App Token (POST /health answers 403) nothing but that probe is sent to
// the server with a write method, although Push Reservations is on and there is a reservation
// to push.
void TestSyncJob::readOnlyAppTokenNeverTriggersAWrite()
{
    SyncHome home;
    home.setup.writerTokens = false;
    QVERIFY(home.start(2, 10));
    SettingsRepository settings(*home.db);
    Settings changed = *settings.get();
    changed.pushReservations = true;
    changed.pushScopeInfo = true;
    QVERIFY(settings.save(changed).has_value());
    lab::NbIpAddress ip;
    lab::PsuScope &scope = home.model(Standalone).scopes.begin()->second;
    ip.address = *lab::NetBoxAddress::parse(Ipv4Address(scope.endIp.toUInt() - 1).toString() +
                                            QStringLiteral("/24"));
    ip.status = QStringLiteral("reserved");
    ip.customFields.insert(QStringLiteral("dhcp_client_id"), QStringLiteral("00-15-5d-99-00-08"));
    home.lab.netbox()->state().addIpAddress(ip);

    const SyncJobResult result = home.sync();
    QVERIFY2(result.status == JobStatus::Succeeded, qPrintable(errorsOf(result)));
    QCOMPARE(countOf(result, "reservations_pushed"), 0);
    int probes = 0;
    for (const lab::LabLogEntry &entry : home.endpoint(Standalone).http->requestLog().entries()) {
        if (entry.method == "GET")
            continue;
        QVERIFY2(entry.method == "POST" && entry.path.endsWith(QStringLiteral("/health")),
                 qPrintable(QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.path));
        ++probes;
    }
    QCOMPARE(probes, 1);
}

QTEST_GUILESS_MAIN(TestSyncJob)
#include "tst_syncjob.moc"
