#include "SyncBenchmarks.h"

#include "LabFault.h"
#include "LabHttpServer.h"
#include "LabRunner.h"
#include "LabSetup.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "net/netbox/NetBoxClient.h"
#include "secrets/InMemorySecretStore.h"
#include "store/Database.h"
#include "store/ServerRepository.h"
#include "sync/ImportJob.h"
#include "sync/SyncJob.h"

#include <QCoroTask>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

namespace leaselink::bench {

namespace {

constexpr int PageSize = 1000; // NetBoxClientOptions::pageSize
constexpr int BatchSize = 200; // NetBoxClientOptions::batchSize

// A lab and a data directory configured for it, with every server imported.
struct BenchLab
{
    lab::LabRunner lab;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    InMemorySecretStore secrets;
    QString error;

    bool start(const QString &dataset)
    {
        lab::LabRunnerOptions options;
        options.dataset = dataset;
        options.https = true;
        options.loopbackHostnames = true;
        options.psuScript = QStringLiteral("2.x");
        if (auto started = lab.start(options); !started) {
            error = started.error().message;
            return false;
        }
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        if (!opened) {
            error = opened.error().message;
            return false;
        }
        db = std::move(*opened);
        auto configured = QCoro::waitFor(lab::LabSetup::configure(lab, *db, secrets));
        if (!configured) {
            error = configured.error().message;
            return false;
        }
        return true;
    }

    lab::LabHttpServer &netbox() const { return *lab.netboxEndpoint().http; }

    // Imports every server (ImportJob, as `leaselink-cli import` does).
    bool importAll()
    {
        ConfigOverrides overrides;
        const auto servers = ServerRepository(*db).list();
        if (!servers) {
            error = servers.error().message;
            return false;
        }
        for (const Server &server : *servers) {
            sync::ImportJob job(*db, secrets, overrides);
            const sync::ImportJobOutcome outcome = QCoro::waitFor(job.run(server.name));
            if (outcome.status == JobStatus::Failed) {
                error = QStringLiteral("import of %1 failed: %2")
                            .arg(server.name, outcome.result.failure);
                return false;
            }
        }
        return true;
    }

    sync::SyncJobResult syncAll()
    {
        sync::SyncJobContext context;
        context.database = db.get();
        context.secrets = &secrets;
        sync::SyncRequest request;
        request.trigger = QStringLiteral("bench");
        sync::SyncJob job(context, request);
        return QCoro::waitFor(job.run());
    }

    qint64 netboxIpCount() const { return qint64(lab.netbox()->state().ipAddresses().size()); }
};

qint64 count(const sync::SyncJobResult &result, const char *key)
{
    return result.counts.value(QLatin1String(key)).toInteger();
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

// NetBox requests by kind, and the bytes both ways, from the lab's request log.
void addTraffic(BenchReport &report, const lab::LabHttpServer &netbox, qint64 lowerBound)
{
    QJsonObject byKind;
    qint64 bytesIn = 0;
    for (const lab::LabLogEntry &entry : netbox.requestLog().entries()) {
        const QString kind = QString::fromLatin1(entry.method) + QLatin1Char(' ') +
                             entry.path.section(QLatin1Char('?'), 0, 0);
        byKind.insert(kind, byKind.value(kind).toInteger() + 1);
        bytesIn += entry.bytes;
    }
    report.setRequests(netbox.requestLog().entries().size(), lowerBound);
    report.setBytes(bytesIn, -1);
    report.add(QStringLiteral("netbox_requests_by_kind"), byKind);
}

// The fewest NetBox requests a sync can make: the IP pages it must read, one status-choices
// and one custom-field request, the prefix reads (150 ids each) and the bulk writes.
qint64 syncLowerBound(qint64 ipsRead, qint64 scopes, qint64 creates, qint64 updates, qint64 deletes)
{
    return qMax<qint64>(1, ceilDiv(ipsRead, PageSize)) + 2 + ceilDiv(scopes, 150) +
           ceilDiv(creates, BatchSize) + ceilDiv(updates, BatchSize) + ceilDiv(deletes, BatchSize);
}

void addSyncFigures(BenchReport &report, const sync::SyncJobResult &result)
{
    for (const char *key : {"ip_created", "ip_updated", "ip_deleted", "ip_failed", "leases_read",
                            "reservations_read", "scopes_created"})
        report.add(QString::fromLatin1(key), count(result, key));
    // The IP planner runs off the GUI thread; its time is what a window would have frozen for.
    static const QRegularExpression planned(QStringLiteral("^IP plan made in (\\d+) ms$"));
    for (const sync::JobLogLine &line : result.log) {
        if (const auto match = planned.match(line.text); match.hasMatch())
            report.add(QStringLiteral("ip_plan_ms_off_gui_thread"), match.captured(1).toLongLong());
    }
    if (result.status != JobStatus::Succeeded)
        report.fail(QStringLiteral("sync %1: %2")
                        .arg(sync::jobStatusText(result.status),
                             result.runErrors.join(QStringLiteral("; "))));
}

// 5% of leases change client, 2% end, 1% new ones start (on every server of the dataset).
qint64 churn(BenchLab &bench)
{
    qint64 changes = 0;
    int serial = 0;
    QSet<const lab::PsuModel *> seen; // failover partners share one model
    for (const lab::LabEndpoint &endpoint : bench.lab.psuEndpoints()) {
        lab::PsuModel &model = endpoint.psu->model();
        if (seen.contains(&model))
            continue;
        seen.insert(&model);
        for (auto &[id, scope] : model.scopes) {
            const qsizetype n = scope.leases.size();
            QSet<quint32> used;
            for (const auto &lease : std::as_const(scope.leases))
                used.insert(lease.ipAddress.toUInt());
            for (const auto &reservation : std::as_const(scope.reservations))
                used.insert(reservation.ipAddress.toUInt());
            for (qsizetype i = 0; i < n; i += 20) { // 5%: a new client on the address
                scope.leases[i].clientId = QStringLiteral("00-15-5d-ee-%1-%2")
                                               .arg((serial >> 8) % 256, 2, 16, QLatin1Char('0'))
                                               .arg(serial % 256, 2, 16, QLatin1Char('0'));
                ++serial;
                ++changes;
            }
            const qsizetype expire = n / 50; // 2%
            for (qsizetype i = 0; i < expire && !scope.leases.isEmpty(); ++i) {
                scope.leases.removeLast();
                ++changes;
            }
            qsizetype fresh = qMax<qsizetype>(1, n / 100); // 1%
            for (quint32 a = scope.startIp.toUInt(); a <= scope.endIp.toUInt() && fresh > 0; ++a) {
                if (used.contains(a))
                    continue;
                lab::PsuLease lease;
                lease.ipAddress = Ipv4Address(a);
                lease.clientId = QStringLiteral("00-15-5d-ff-%1-%2")
                                     .arg((serial >> 8) % 256, 2, 16, QLatin1Char('0'))
                                     .arg(serial % 256, 2, 16, QLatin1Char('0'));
                lease.hostname = QStringLiteral("churn-%1").arg(serial);
                lease.expiry = QDateTime::currentDateTimeUtc().addDays(1);
                lease.addressState = QStringLiteral("Active");
                scope.leases.append(lease);
                ++serial;
                --fresh;
                ++changes;
            }
            std::sort(scope.leases.begin(), scope.leases.end(),
                      [](const auto &a, const auto &b) { return a.ipAddress < b.ipAddress; });
        }
    }
    return changes;
}

} // namespace

QList<BenchReport> runSyncL()
{
    BenchReport initial(QStringLiteral("sync-initial-L"), QStringLiteral("L"));
    BenchReport noop(QStringLiteral("sync-noop-L"), QStringLiteral("L"));
    BenchReport churned(QStringLiteral("sync-churn-L"), QStringLiteral("L"));
    BenchLab bench;
    if (!bench.start(QStringLiteral("L"))) {
        initial.fail(bench.error);
        return {initial};
    }

    // Import + full sync into an empty NetBox. The lab runs in this process: its resident set
    // before LeaseLink starts is reported, so the peak can be read as lab + LeaseLink.
    const double labRss = BenchReport::currentRssMiB();
    bench.netbox().requestLog().clear();
    initial.start();
    const bool imported = bench.importAll();
    const sync::SyncJobResult first = imported ? bench.syncAll() : sync::SyncJobResult();
    initial.stop();
    if (!imported) {
        initial.fail(bench.error);
        return {initial};
    }
    const qint64 scopes = bench.lab.dataset().scopeCount();
    // Import: a prefix lookup and a create per scope at best in bulk; counted as bulk writes.
    const qint64 initialBound = syncLowerBound(0, scopes, count(first, "ip_created"), 0, 0) +
                                ceilDiv(scopes, BatchSize) + ceilDiv(scopes, 150);
    addTraffic(initial, bench.netbox(), initialBound);
    addSyncFigures(initial, first);
    initial.add(QStringLiteral("target_wall_seconds"), 60.0);
    initial.add(QStringLiteral("lab_rss_before_mib"), labRss);

    // The same sync again, nothing changed.
    const qint64 ips = bench.netboxIpCount();
    bench.netbox().requestLog().clear();
    noop.start();
    const sync::SyncJobResult second = bench.syncAll();
    noop.stop();
    addTraffic(noop, bench.netbox(), syncLowerBound(ips, scopes, 0, 0, 0));
    addSyncFigures(noop, second);
    noop.add(QStringLiteral("netbox_writes"), count(second, "ip_created") +
                                                  count(second, "ip_updated") +
                                                  count(second, "ip_deleted"));
    noop.add(QStringLiteral("target_wall_seconds"), 10.0);

    // 5% changed, 2% expired, 1% new.
    const qint64 changes = churn(bench);
    bench.netbox().requestLog().clear();
    churned.start();
    const sync::SyncJobResult third = bench.syncAll();
    churned.stop();
    addTraffic(churned, bench.netbox(),
               syncLowerBound(bench.netboxIpCount(), scopes, count(third, "ip_created"),
                              count(third, "ip_updated"), count(third, "ip_deleted")));
    addSyncFigures(churned, third);
    churned.add(QStringLiteral("dhcp_changes_made"), changes);
    churned.add(QStringLiteral("target_wall_seconds"), 15.0);
    return {initial, noop, churned};
}

BenchReport runSyncLatencyM()
{
    BenchReport report(QStringLiteral("sync-latency-M"), QStringLiteral("M"));
    BenchLab bench;
    if (!bench.start(QStringLiteral("M")) || !bench.importAll()) {
        report.fail(bench.error);
        return report;
    }
    // 20 ms on every answer of every lab service.
    lab::LabFault latency;
    latency.kind = lab::LabFault::Kind::Latency;
    latency.latencyMs = 20;
    bench.netbox().faults().add(latency);
    for (const lab::LabEndpoint &endpoint : bench.lab.psuEndpoints())
        endpoint.http->faults().add(latency);
    bench.netbox().requestLog().clear();
    report.start();
    const sync::SyncJobResult result = bench.syncAll();
    report.stop();
    const qint64 scopes = bench.lab.dataset().scopeCount();
    const qint64 bound = syncLowerBound(0, scopes, count(result, "ip_created"), 0, 0);
    addTraffic(report, bench.netbox(), bound);
    addSyncFigures(report, result);
    // The target: 1.5 x (lower-bound requests x 20 ms / in-flight limit). The bound is almost
    // all bulk writes, which go NetBoxClientOptions::writesInFlight at a time (reads: 4 pages).
    const int inFlight = NetBoxClientOptions().writesInFlight;
    report.add(QStringLiteral("added_latency_ms"), 20);
    report.add(QStringLiteral("in_flight_limit"), inFlight);
    report.add(QStringLiteral("target_wall_seconds"), 1.5 * double(bound) * 0.020 / inFlight);
    return report;
}

} // namespace leaselink::bench
