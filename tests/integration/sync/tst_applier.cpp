// PlanApplier against NetBoxSim and a real store: creates/updates/deletes with side-info and the
// changelog message, one bad item isolated (LL-62, C-19), a failure mid-batch, an address
// created meanwhile, and a cancel between batches.
//
// Not encoded here: the job outcome of LL-62 ("completed with errors") belongs to the job runner;
// PlanApplyResult::hasErrors() is what it reads and is checked instead.
#include "SyncLabSupport.h"

#include "net/CancellationToken.h"
#include "net/netbox/NetBoxBatching.h"
#include "store/Database.h"
#include "store/LeaseInfoRepository.h"
#include "sync/NetBoxSnapshotReader.h"
#include "sync/PlanApplier.h"
#include "sync/SyncPlanner.h"
#include "sync/SyncPlanText.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::sync;
using namespace leaselink::test;

namespace {

const QDateTime T(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

IpKey keyOf(const QString &host, std::int64_t vrfId = 0)
{
    return IpKey{vrfId, *Ipv4Address::parse(host)};
}

IpChange create(const QString &host, const QString &dns, std::int64_t vrfId = 0,
                std::optional<std::int64_t> tenant = {})
{
    IpChange change;
    change.kind = IpChangeKind::Create;
    change.rule = QStringLiteral("SYN-17");
    change.key = keyOf(host, vrfId);
    change.prefixLength = 24;
    change.tenantId = tenant;
    change.fields.status = QStringLiteral("dhcp");
    change.fields.dnsName = dns;
    change.fields.dhcpClientId =
        QStringLiteral("00-11-22-33-44-%1").arg(host.section(u'.', 3), 2, QLatin1Char('0'));
    return change;
}

IpChange update(const QString &host, std::int64_t id, IpFields fields)
{
    IpChange change;
    change.kind = IpChangeKind::Update;
    change.rule = QStringLiteral("SYN-18");
    change.key = keyOf(host);
    change.ipId = id;
    change.fields = fields;
    return change;
}

IpChange remove(const QString &host, std::int64_t id)
{
    IpChange change;
    change.kind = IpChangeKind::Delete;
    change.rule = QStringLiteral("SYN-25 row 3");
    change.key = keyOf(host);
    change.ipId = id;
    return change;
}

SideInfoChange sideInfo(const QString &host, std::optional<std::int64_t> id,
                        const QString &hostName, std::int64_t vrfId = 0)
{
    SideInfoChange change;
    change.rule = QStringLiteral("SYN-24");
    change.key = keyOf(host, vrfId);
    change.ipId = id;
    change.value.host = hostName;
    change.value.active = true;
    change.value.since = T;
    change.value.expiry = T.addDays(1);
    change.value.createdBySync = !id.has_value();
    return change;
}

SideInfoChange sideInfoDelete(const QString &host, std::int64_t id)
{
    SideInfoChange change;
    change.kind = SideInfoChangeKind::Delete;
    change.rule = QStringLiteral("SYN-25 row 3");
    change.key = keyOf(host);
    change.ipId = id;
    return change;
}

// A plan of `count` lease creates .base … with their side-info.
SyncPlan creates(int base, int count)
{
    SyncPlan plan;
    for (int i = base; i < base + count; ++i) {
        const QString host = QStringLiteral("10.0.1.%1").arg(i);
        plan.ipChanges << create(host, QStringLiteral("pc-%1").arg(i));
        plan.sideInfoChanges << sideInfo(host, std::nullopt, QStringLiteral("PC-%1").arg(i));
    }
    return plan;
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Store()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        if (opened)
            db = std::move(*opened);
    }
    QHash<std::int64_t, LeaseSideInfo> sideInfo() const
    {
        LeaseInfoRepository repository(*db);
        return repository.loadSideInfo().value_or(QHash<std::int64_t, LeaseSideInfo>());
    }
};

PlanApplyOptions optionsFor(int batchSize = 0)
{
    PlanApplyOptions options;
    options.changelogMessage =
        NetBoxBatching::changelogMessage(QStringLiteral("sync job 42"), QStringLiteral("SRV-A"));
    options.batchSize = batchSize;
    return options;
}

QStringList failedHosts(const PlanApplyResult &result)
{
    QStringList hosts;
    for (const ApplyFailure &failure : result.failures)
        hosts << failure.key.host.toString();
    return hosts;
}

// The cancel tests' NetBox: the scope prefix and one DHCP-status IP the plan deletes (its id).
int seedForCancel(SyncLab &lab)
{
    lab.sim->addPrefix(QStringLiteral("10.0.1.0/24"));
    return lab.sim->addIpAddress(QStringLiteral("10.0.1.80/24"), 0, QStringLiteral("dhcp"));
}

} // namespace

class TestPlanApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipChangeJson()
    {
        IpChange created = create(QStringLiteral("10.0.1.50"), QStringLiteral("desktop-abc"), 7, 3);
        const QJsonObject json = IpChangeJson(created);
        QCOMPARE(json.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.1.50/24"));
        QCOMPARE(json.value(QStringLiteral("vrf")).toInteger(), 7);
        QCOMPARE(json.value(QStringLiteral("tenant")).toInteger(), 3);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("dhcp"));
        QCOMPARE(json.value(QStringLiteral("dns_name")).toString(), QStringLiteral("desktop-abc"));
        QCOMPARE(json.value(QStringLiteral("custom_fields"))
                     .toObject()
                     .value(QStringLiteral("dhcp_client_id"))
                     .toString(),
                 QStringLiteral("00-11-22-33-44-50"));
        QVERIFY(!json.contains(QStringLiteral("id")));
        created.key.vrfId = 0;
        created.tenantId.reset();
        QVERIFY(IpChangeJson(created).value(QStringLiteral("vrf")).isNull());
        QVERIFY(!IpChangeJson(created).contains(QStringLiteral("tenant")));

        IpFields onlyDns;
        onlyDns.dnsName = QStringLiteral("new-name");
        const QJsonObject patch = IpChangeJson(update(QStringLiteral("10.0.1.60"), 12, onlyDns));
        QCOMPARE(patch.keys(), (QStringList{QStringLiteral("dns_name"), QStringLiteral("id")}));
        QCOMPARE(patch.value(QStringLiteral("id")).toInteger(), 12);

        IpFields clearId;
        clearId.dhcpClientId = QString();
        const QJsonObject cleared = IpChangeJson(update(QStringLiteral("10.0.1.60"), 12, clearId));
        QVERIFY(cleared.value(QStringLiteral("custom_fields"))
                    .toObject()
                    .value(QStringLiteral("dhcp_client_id"))
                    .isNull());

        const QJsonObject gone = IpChangeJson(remove(QStringLiteral("10.0.1.80"), 80));
        QCOMPARE(gone.keys(), QStringList{QStringLiteral("id")});
    }

    void appliesChangesWithSideInfo()
    {
        SyncLab lab;
        auto &sim = *lab.sim;
        const int red = sim.addVrf(QStringLiteral("red"));
        const int tenant = sim.addTenant(QStringLiteral("Tenant A"), QStringLiteral("tenant-a"));
        sim.addPrefix(QStringLiteral("10.0.1.0/24"));
        sim.addPrefix(QStringLiteral("10.0.1.0/24"), red);
        const int kept = sim.addIpAddress(QStringLiteral("10.0.1.60/24"), 0, QStringLiteral("dhcp"),
                                          QStringLiteral("old-name"));
        const int doomed = sim.addIpAddress(QStringLiteral("10.0.1.80/24"), 0,
                                            QStringLiteral("dhcp"), QStringLiteral("gone"));
        QVERIFY(lab.start());
        Store store;
        QVERIFY(store.db);
        LeaseInfoRepository repository(*store.db);
        QVERIFY(repository.applySideInfo(
            {{kept, QStringLiteral("10.0.1.60"), {}}, {doomed, QStringLiteral("10.0.1.80"), {}}},
            {}));

        SyncPlan plan;
        plan.ipChanges << create(QStringLiteral("10.0.1.70"), QStringLiteral("pc-70"), 0, tenant)
                       << create(QStringLiteral("10.0.1.70"), QStringLiteral("pc-70-red"), red);
        IpFields rename;
        rename.dnsName = QStringLiteral("new-name");
        plan.ipChanges << update(QStringLiteral("10.0.1.60"), kept, rename)
                       << remove(QStringLiteral("10.0.1.80"), doomed);
        plan.sideInfoChanges << sideInfo(QStringLiteral("10.0.1.70"), std::nullopt,
                                         QStringLiteral("PC-70"))
                             << sideInfo(QStringLiteral("10.0.1.70"), std::nullopt,
                                         QString(1100, QLatin1Char('r')), red)
                             << sideInfo(QStringLiteral("10.0.1.60"), kept,
                                         QStringLiteral("New-Name"))
                             << sideInfoDelete(QStringLiteral("10.0.1.80"), doomed);

        auto client = lab.client();
        PlanApplier applier(*client, *store.db);
        const PlanApplyResult result = QCoro::waitFor(applier.apply(plan, optionsFor()));

        QVERIFY2(!result.hasErrors(), qPrintable(result.failures.value(0).cause));
        QCOMPARE(result.created, 2);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.deleted, 1);
        QCOMPARE(result.notAttempted, 0);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.createdIds.size(), 2);

        // NetBox: G-7 (VRF and tenant on create), only the changed field on update.
        const lab::NbIpAddress *global = lab.ip(QStringLiteral("10.0.1.70/24"));
        QVERIFY(global);
        QCOMPARE(global->tenantId, tenant);
        QCOMPARE(global->status, QStringLiteral("dhcp"));
        QCOMPARE(global->dnsName, QStringLiteral("pc-70"));
        QCOMPARE(global->customFields.value(QStringLiteral("dhcp_client_id")).toString(),
                 QStringLiteral("00-11-22-33-44-70"));
        const lab::NbIpAddress *inRed = lab.ip(QStringLiteral("10.0.1.70/24"), red);
        QVERIFY(inRed);
        QCOMPARE(inRed->tenantId, 0);
        QCOMPARE(result.createdIds.value(keyOf(QStringLiteral("10.0.1.70"))), global->id);
        QCOMPARE(result.createdIds.value(keyOf(QStringLiteral("10.0.1.70"), red)), inRed->id);
        const lab::NbIpAddress *renamed = lab.ip(QStringLiteral("10.0.1.60/24"));
        QVERIFY(renamed);
        QCOMPARE(renamed->dnsName, QStringLiteral("new-name"));
        QCOMPARE(renamed->status, QStringLiteral("dhcp"));
        QVERIFY(!lab.ip(QStringLiteral("10.0.1.80/24")));

        // Store: created IPs under their new ids, the update's row, the deleted IP's row gone.
        const auto stored = store.sideInfo();
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.value(global->id).host, QStringLiteral("PC-70"));
        QVERIFY(stored.value(global->id).createdBySync);
        // O-12 defensively: a name over 1,024 characters is cut, not a failed transaction.
        QCOMPARE(stored.value(inRed->id).host, QString(1024, QLatin1Char('r')));
        QVERIFY(stored.value(inRed->id).hostCut);
        QCOMPARE(stored.value(kept).host, QStringLiteral("New-Name"));
        QVERIFY(!stored.contains(doomed));
        QCOMPARE(result.sideInfoUpserted, 3);
        QCOMPARE(result.sideInfoDeleted, 1);
        const auto row = repository.findByNetboxIpId(global->id);
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->address, QStringLiteral("10.0.1.70"));

        // The change log names LeaseLink and the job on every record.
        int records = 0;
        for (const lab::NbObjectChange &change : sim.changes()) {
            if (change.objectType != QLatin1String("ipam.ipaddress"))
                continue;
            ++records;
            QCOMPARE(change.message,
                     QStringLiteral("LeaseLink: sync job 42 for DHCP server SRV-A"));
        }
        QCOMPARE(records, 4);
    }

    // LL-62: NetBox refuses .51 in the bulk create; .50 and .52 land, .51 is listed with NetBox's
    // message. A bad update is isolated by splitting (bulk update names no item).
    void oneBadItemIsIsolated_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("LL-62") << QStringLiteral("one refused item in a bulk create is isolated");
    }

    void oneBadItemIsIsolated()
    {
        SyncLab lab;
        lab.sim->addPrefix(QStringLiteral("10.0.1.0/24"));
        QList<int> existing;
        for (int i = 60; i < 64; ++i)
            existing << lab.sim->addIpAddress(QStringLiteral("10.0.1.%1/24").arg(i), 0,
                                              QStringLiteral("dhcp"));
        QVERIFY(lab.start());
        Store store;
        SyncPlan plan = creates(50, 3);
        plan.ipChanges[1].fields.dnsName = QStringLiteral("bad name!");
        for (int i = 0; i < 4; ++i) {
            IpFields fields;
            fields.dnsName = i == 2 ? QStringLiteral("also bad!") : QStringLiteral("ok-%1").arg(i);
            const QString host = QStringLiteral("10.0.1.%1").arg(60 + i);
            plan.ipChanges << update(host, existing[i], fields);
            plan.sideInfoChanges << sideInfo(host, existing[i], QStringLiteral("H%1").arg(i));
        }
        auto client = lab.client();
        PlanApplier applier(*client, *store.db);
        const PlanApplyResult result = QCoro::waitFor(applier.apply(plan, optionsFor()));

        QCOMPARE(result.created, 2);
        QCOMPARE(result.updated, 3);
        QCOMPARE(failedHosts(result),
                 (QStringList{QStringLiteral("10.0.1.51"), QStringLiteral("10.0.1.62")}));
        QCOMPARE(result.failures.at(0).kind, IpChangeKind::Create);
        QCOMPARE(result.failures.at(0).rule, QStringLiteral("SYN-17"));
        QVERIFY2(result.failures.at(0).cause.contains(QStringLiteral("alphanumeric")),
                 qPrintable(result.failures.at(0).cause));
        QCOMPARE(result.failures.at(1).kind, IpChangeKind::Update);
        QCOMPARE(result.failures.at(1).ipId, std::optional<std::int64_t>(existing[2]));
        QVERIFY(result.hasErrors());
        QVERIFY(lab.ip(QStringLiteral("10.0.1.50/24")));
        QVERIFY(!lab.ip(QStringLiteral("10.0.1.51/24")));
        QVERIFY(lab.ip(QStringLiteral("10.0.1.52/24")));
        QCOMPARE(lab.ip(QStringLiteral("10.0.1.63/24"))->dnsName, QStringLiteral("ok-3"));
        QCOMPARE(lab.ip(QStringLiteral("10.0.1.62/24"))->dnsName, QString());
        // Side-info only for what landed: 2 creates and 3 updates.
        const auto stored = store.sideInfo();
        QCOMPARE(stored.size(), 5);
        QVERIFY(!stored.contains(existing[2]));
    }

    // A proxy 502 on the second of three batches: that batch's items are reported (a gateway
    // failure hits every item alike, so it is not split) and never resent; the others land.
    // A JSON 500 is split instead, and its halves land.
    void serverErrorMidBatch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("created");
        QTest::newRow("502 from the proxy") << 502 << 4;
        QTest::newRow("JSON 500") << 500 << 6;
    }

    void serverErrorMidBatch()
    {
        QFETCH(int, status);
        QFETCH(int, created);
        SyncLab lab;
        lab.sim->addPrefix(QStringLiteral("10.0.1.0/24"));
        QVERIFY(lab.start());
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("/api/ipam/ip-addresses/");
        fault.status = status;
        fault.onlyNth = 2;
        lab.server->faults().add(fault);
        Store store;
        auto client = lab.client();
        PlanApplier applier(*client, *store.db);
        const PlanApplyResult result = QCoro::waitFor(applier.apply(creates(50, 6), optionsFor(2)));
        QCOMPARE(result.created, created);
        QCOMPARE(result.failures.size(), 6 - created);
        if (status == 502) {
            QCOMPARE(failedHosts(result),
                     (QStringList{QStringLiteral("10.0.1.52"), QStringLiteral("10.0.1.53")}));
            QVERIFY2(result.failures.at(0).cause.contains(QStringLiteral("502")),
                     qPrintable(result.failures.at(0).cause));
            QVERIFY(!lab.ip(QStringLiteral("10.0.1.52/24")));
        }
        QCOMPARE(int(lab.sim->state().ipAddresses().size()), created);
        QCOMPARE(store.sideInfo().size(), created);
    }

    // Someone created .90 in NetBox after the snapshot was read: its create fails with NetBox's
    // duplicate message, .91 lands, and no side-info is written for .90.
    void duplicateCreatedMeanwhile()
    {
        SyncLab lab;
        lab.sim->addPrefix(QStringLiteral("10.0.1.0/24"));
        QVERIFY(lab.start());
        bool added = false;
        lab.hooked->beforeRequest = [&](const lab::LabRequest &request) {
            if (request.method == "POST" && !added) {
                added = true;
                lab.sim->addIpAddress(QStringLiteral("10.0.1.90/24"), 0, QStringLiteral("active"),
                                      QStringLiteral("manual"));
            }
        };
        Store store;
        auto client = lab.client();
        PlanApplier applier(*client, *store.db);
        const PlanApplyResult result = QCoro::waitFor(applier.apply(creates(90, 2), optionsFor()));
        QCOMPARE(result.created, 1);
        QCOMPARE(failedHosts(result), QStringList{QStringLiteral("10.0.1.90")});
        QVERIFY2(result.failures.at(0).cause.contains(QStringLiteral("Duplicate IP address")),
                 qPrintable(result.failures.at(0).cause));
        QCOMPARE(lab.ip(QStringLiteral("10.0.1.90/24"))->dnsName, QStringLiteral("manual"));
        const auto stored = store.sideInfo();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constBegin().key(), lab.ip(QStringLiteral("10.0.1.91/24"))->id);
    }

    // Three batches in flight (the default): a cancel during the first lets all three land (their
    // answers are awaited and recorded), and the next kind (the cleanup delete) is not sent.
    void cancelLetsTheBatchesInFlightLand()
    {
        SyncLab lab;
        const int doomed = seedForCancel(lab);
        QVERIFY(lab.start());
        CancellationToken token;
        int posts = 0;
        lab.hooked->beforeRequest = [&](const lab::LabRequest &request) {
            if (request.method == "POST") {
                ++posts;
                token.cancel();
            }
        };
        Store store;
        SyncPlan plan = creates(50, 8);
        plan.ipChanges << remove(QStringLiteral("10.0.1.80"), doomed);
        auto client = lab.client();
        QCOMPARE(client->options().writesInFlight, 3);
        PlanApplier applier(*client, *store.db);
        const PlanApplyResult result = QCoro::waitFor(applier.apply(plan, optionsFor(2), &token));
        QVERIFY(result.cancelled);
        QCOMPARE(posts, 3);
        QCOMPARE(result.created, 6);
        QCOMPARE(result.deleted, 0);
        QCOMPARE(result.notAttempted, 3); // .56, .57 and the delete
        QVERIFY(result.failures.isEmpty());
        QCOMPARE(int(lab.sim->state().ipAddresses().size()), 7);
        QCOMPARE(store.sideInfo().size(), 6);
    }

    // Cancelled while the first batch is on the wire: that batch lands with its side-info, the
    // rest (creates and the cleanup delete) is not sent, and the store matches NetBox.
    void cancelBetweenBatches()
    {
        SyncLab lab;
        const int doomed = seedForCancel(lab);
        QVERIFY(lab.start());
        CancellationToken token;
        lab.hooked->beforeRequest = [&](const lab::LabRequest &request) {
            if (request.method == "POST")
                token.cancel();
        };
        Store store;
        LeaseInfoRepository repository(*store.db);
        QVERIFY(repository.applySideInfo({{doomed, QStringLiteral("10.0.1.80"), {}}}, {}));
        SyncPlan plan = creates(50, 6);
        plan.ipChanges << remove(QStringLiteral("10.0.1.80"), doomed);
        plan.sideInfoChanges << sideInfoDelete(QStringLiteral("10.0.1.80"), doomed);
        NetBoxClientOptions oneAtATime;
        oneAtATime.writesInFlight = 1;
        auto client = lab.client(oneAtATime);
        PlanApplier applier(*client, *store.db);
        const PlanApplyResult result = QCoro::waitFor(applier.apply(plan, optionsFor(2), &token));
        QVERIFY(result.cancelled);
        QCOMPARE(result.created, 2);
        QCOMPARE(result.deleted, 0);
        QCOMPARE(result.notAttempted, 5);
        QVERIFY(result.failures.isEmpty());
        QCOMPARE(int(lab.sim->state().ipAddresses().size()), 3);
        QVERIFY(lab.ip(QStringLiteral("10.0.1.80/24")));
        const auto stored = store.sideInfo();
        QCOMPARE(stored.size(), 3); // .50, .51 and the kept .80
        QVERIFY(stored.contains(doomed));
        QVERIFY(stored.contains(lab.ip(QStringLiteral("10.0.1.51/24"))->id));
    }

    // Read → plan → apply → read → plan: the second plan is empty, so what the applier wrote
    // (NetBox fields, new ids resolved into side-info) is exactly what the planner asked for.
    // The created IP takes its prefix's tenant (G-7, upstream §1.10).
    void readPlanApplyConverges()
    {
        SyncLab lab;
        auto &sim = *lab.sim;
        const int tenant = sim.addTenant(QStringLiteral("Tenant A"), QStringLiteral("tenant-a"));
        const int prefixId = sim.addPrefix(QStringLiteral("10.0.1.0/24"));
        sim.state().prefixes()[prefixId].tenantId = tenant;
        const int other = sim.addIpAddress(
            QStringLiteral("10.0.1.60/24"), 0, QStringLiteral("dhcp"), QStringLiteral("old-name"),
            {},
            QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("00-11-22-33-44-60")}});
        QVERIFY(lab.start());
        Store store;

        Scope scope;
        scope.id = 1;
        scope.name = QStringLiteral("Building A");
        scope.netboxPrefixId = prefixId;
        scope.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
        scope.startIp = *Ipv4Address::parse(QStringLiteral("10.0.1.10"));
        scope.endIp = *Ipv4Address::parse(QStringLiteral("10.0.1.254"));
        scope.serverId = 1;
        DhcpScopeSnapshot reported;
        reported.scope.scopeId = scope.prefix.network();
        reported.scope.name = scope.name;
        reported.scope.startIp = scope.startIp;
        reported.scope.endIp = scope.endIp;
        reported.scope.subnetMask = *Ipv4Address::parse(QStringLiteral("255.255.255.0"));
        reported.localScopeId = scope.id;
        for (const auto &[host, cid, name] :
             {std::tuple{QStringLiteral("10.0.1.50"), QStringLiteral("00-11-22-33-44-55"),
                         QStringLiteral("desktop-abc")},
              std::tuple{QStringLiteral("10.0.1.60"), QStringLiteral("00-11-22-33-44-60"),
                         QStringLiteral("pc-60")}}) {
            PsuLease lease;
            lease.ipAddress = *Ipv4Address::parse(host);
            lease.scopeId = reported.scope.scopeId;
            lease.clientId = cid;
            lease.hostname = name;
            lease.leaseExpiry = T.addDays(1);
            reported.leases.items.append(lease);
        }
        DhcpServerSnapshot server;
        server.serverId = 1;
        server.serverName = QStringLiteral("SRV-A");
        server.scopes.append(reported);

        auto client = lab.client();
        NetBoxSnapshotReader reader(*client);
        PlanApplier applier(*client, *store.db);
        LeaseInfoRepository repository(*store.db);
        const auto planOnce = [&]() {
            NetBoxSnapshotRequest request;
            request.scopes = {scope};
            request.requiredStatuses = {QStringLiteral("dhcp"), QStringLiteral("reserved")};
            const NetBoxSnapshotRead read = QCoro::waitFor(reader.read(request));
            if (!read.ok())
                qWarning("read failed: %s", qPrintable(read.failures.value(0).cause));
            SyncInputs inputs;
            inputs.dhcp.servers = {server};
            inputs.netBox = read.snapshot;
            inputs.localScopes = {scope};
            inputs.sideInfoByIpId =
                repository.loadSideInfo().value_or(QHash<std::int64_t, LeaseSideInfo>());
            inputs.settings.syncIpAddresses = true;
            inputs.now = T;
            return SyncPlanner::plan(inputs);
        };

        const SyncPlan first = planOnce();
        QCOMPARE(first.ipChanges.size(), 2); // create .50, update .60's dns_name
        const PlanApplyResult result = QCoro::waitFor(applier.apply(first, optionsFor()));
        QVERIFY2(!result.hasErrors(), qPrintable(result.failures.value(0).cause));
        QCOMPARE(result.created, 1);
        QCOMPARE(result.updated, 1);
        const lab::NbIpAddress *created = lab.ip(QStringLiteral("10.0.1.50/24"));
        QVERIFY(created);
        QCOMPARE(created->tenantId, tenant);
        QCOMPARE(created->status, QStringLiteral("dhcp"));
        QCOMPARE(created->dnsName, QStringLiteral("desktop-abc"));
        QCOMPARE(lab.ip(QStringLiteral("10.0.1.60/24"))->dnsName, QStringLiteral("pc-60"));
        const auto stored = store.sideInfo();
        QVERIFY(stored.value(created->id).createdBySync);
        QVERIFY(stored.value(created->id).active);
        QVERIFY(stored.contains(other));
        QVERIFY(!stored.value(other).createdBySync);

        const SyncPlan second = planOnce();
        QVERIFY2(second.ipChanges.isEmpty() && second.sideInfoChanges.isEmpty(),
                 qPrintable(planLines(second, T).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPlanApplier)
#include "tst_applier.moc"
