// The Importer (sync-rules.md A, as amended) against the lab's PsuSim and NetBoxSim over loopback
// HTTP and a fresh SQLite store: one data row per worked example, named by its id, asserting the
// local store, the NetBox prefixes and the log lines and counts.
//
// Fixture F′: SRV-A (dhcp-a.example.com) and SRV-B (dhcp-b.example.com); NetBox holds prefix
// 10.0.1.0/24 (global); the server reports "Building A" (10.0.1.0/24, 10.0.1.10–10.0.1.254,
// router 10.0.1.1, lease 86400). Imports run from SRV-A unless a row says otherwise.
//
// Examples encoded differently, and why:
// - IMP-03.1, IMP-08.2, IMP-13.1: the import reads lists record by record (PsuRecords): a record
//   that breaks the contract is one error naming it and the others are imported, as stated.
//   (Sync reads the same lists strictly: there a bad record fails the read, so no cleanup runs.)
// - IMP-06.1: the record carries mode LoadBalance (a record without a mode is a decode error, as
//   above); every other field is as stated.
// - IMP-11.2: follows ruling O-8 (skipped with an error), not the original "standalone".
// - IMP-07.1 asserts the C-19 retries (three GET scopes) with a short client timeout.
// - LL-36 (sync discovery) is covered through importFailover + importScope in its own function.
#include "LabHttpServer.h"
#include "psu/PsuSim.h"
#include "SyncLabSupport.h"

#include "net/psu/PsuClient.h"
#include "store/Database.h"
#include "store/FailoverRepository.h"
#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "sync/Importer.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace leaselink;
using namespace leaselink::sync;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// PsuSim with canned answers for some GET paths (records the simulator cannot produce).
class ScriptedPsu : public lab::LabService
{
public:
    lab::PsuSim *sim = nullptr;
    QHash<QString, lab::LabResponse> canned; // path suffix → answer

    lab::LabResponse handle(const lab::LabRequest &request) override
    {
        for (auto it = canned.cbegin(); it != canned.cend(); ++it)
            if (request.method == "GET" && request.path.endsWith(it.key()))
                return it.value();
        return sim->handle(request);
    }
    QList<QByteArray> secrets() const override { return sim->secrets(); }
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::shared_ptr<lab::PsuModel> model = std::make_shared<lab::PsuModel>();
    QString simHost = QStringLiteral("dhcp-a.example.com");
    std::unique_ptr<lab::PsuSim> sim;
    ScriptedPsu scripted;
    std::unique_ptr<lab::LabHttpServer> psuServer;
    test::SyncLab netbox;
    Settings settings;
    std::int64_t srvA = 0;
    std::int64_t srvB = 0;
    QString importFrom = QStringLiteral("SRV-A");
    int clientTimeoutMs = 3000;
    QList<lab::LabFault> faults;
    bool netboxPrefix = true;

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        if (!opened)
            return false;
        db = std::move(*opened);
        srvA = addServer(QStringLiteral("SRV-A"), QStringLiteral("dhcp-a.example.com"));
        srvB = addServer(QStringLiteral("SRV-B"), QStringLiteral("dhcp-b.example.com"));
        lab::PsuScope a;
        a.scopeId = ip("10.0.1.0");
        a.name = QStringLiteral("Building A");
        a.startIp = ip("10.0.1.10");
        a.endIp = ip("10.0.1.254");
        a.subnetMask = ip("255.255.255.0");
        a.leaseDurationSeconds = 86400;
        a.setRouter(QStringLiteral("10.0.1.1"));
        model->addScope(a);
        return true;
    }

    std::int64_t addServer(const QString &name, const QString &hostname)
    {
        Server server;
        server.name = name;
        server.hostname = hostname;
        return ServerRepository(*db).create(server).value().id;
    }

    lab::PsuScope &scope(const char *id) { return *model->scope(ip(id)); }

    Server server(const QString &name) const
    {
        return ServerRepository(*db).findByName(name).value().value();
    }

    std::int64_t localScope(const QString &name, const QString &cidr, std::int64_t prefixId,
                            std::optional<std::int64_t> serverId,
                            std::optional<std::int64_t> failoverId = {}, int lease = 86400)
    {
        Scope sc;
        sc.name = name;
        sc.netboxPrefixId = prefixId;
        sc.prefix = *Ipv4Prefix::parse(cidr);
        sc.startIp = ip("10.0.1.10");
        sc.endIp = ip("10.0.1.254");
        sc.leaseLifetime = LeaseDuration(lease);
        sc.serverId = serverId;
        sc.failoverId = failoverId;
        return ScopeRepository(*db).create(sc, ValidationMode::Import).value().id;
    }

    std::int64_t localFailover(const QString &name, FailoverMode mode = FailoverMode::LoadBalance,
                               int mclt = 3600)
    {
        Failover f;
        f.name = name;
        f.primaryServerId = srvA;
        f.secondaryServerId = srvB;
        f.mode = mode;
        f.maxClientLeadTime = mclt;
        return FailoverRepository(*db).create(f).value().id;
    }

    bool start()
    {
        if (!netbox.start())
            return false;
        lab::PsuSimOptions options;
        options.hostname = simHost;
        options.model = model;
        sim = std::make_unique<lab::PsuSim>(options);
        scripted.sim = sim.get();
        psuServer = std::make_unique<lab::LabHttpServer>(&scripted);
        for (const lab::LabFault &fault : std::as_const(faults))
            psuServer->faults().add(fault);
        return psuServer->start().has_value();
    }

    std::unique_ptr<PsuClient> psu()
    {
        HttpSessionConfig c;
        c.service = RemoteService::Psu;
        c.serviceName = importFrom;
        c.baseUrl = QUrl(psuServer->baseUrl().toString() + QStringLiteral("/api/dhcp"));
        c.authorization = "Bearer " + sim->writerToken().toUtf8();
        c.timeout = std::chrono::milliseconds(clientTimeoutMs);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return std::make_unique<PsuClient>(c);
    }

    ImportResult run()
    {
        auto client = psu();
        auto nb = netbox.client();
        Importer importer(*db, *client, nb.get(), settings);
        return QCoro::waitFor(importer.importServer(server(importFrom)));
    }

    int requests(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const auto &e : psuServer->requestLog().entries())
            n += (e.method == method && e.path.endsWith(path)) ? 1 : 0;
        return n;
    }

    // Local scopes, by name.
    QList<Scope> scopes() const { return ScopeRepository(*db).list().value(); }
    std::optional<Scope> scopeNamed(const QString &name) const
    {
        for (const Scope &sc : scopes())
            if (sc.name == name)
                return sc;
        return std::nullopt;
    }
    std::optional<Failover> failover(const QString &name) const
    {
        return FailoverRepository(*db).findByName(name).value();
    }
    QList<const lab::NbPrefix *> nbPrefixes(const QString &cidr) const
    {
        QList<const lab::NbPrefix *> out;
        for (const auto &[id, p] : netbox.sim->state().prefixes())
            if (p.prefix.text() == cidr)
                out << &p;
        return out;
    }
    QStringList optionValueTexts(std::int64_t scopeId) const
    {
        QStringList out;
        const QList<OptionValue> linked = OptionValueRepository(*db).listForScope(scopeId).value();
        for (const OptionValue &v : linked) {
            const auto def = OptionCodeRepository(*db).get(v.optionDefinitionId).value();
            out << QStringLiteral("%1/%2: %3").arg(def.code).arg(def.vendorClass, v.value);
        }
        out.sort();
        return out;
    }
    QStringList exclusionTexts(std::int64_t scopeId) const
    {
        QStringList out;
        const QList<ExclusionRange> ranges = ScopeRepository(*db).exclusions(scopeId).value();
        for (const ExclusionRange &r : ranges)
            out << r.startIp.toString() + QLatin1Char('-') + r.endIp.toString();
        return out;
    }
};

QString counts(const ImportCount &c)
{
    return QStringLiteral("%1/%2/%3").arg(c.created).arg(c.skipped).arg(c.errors);
}

bool hasLine(const ImportResult &r, JobLogLevel level, const QStringList &parts)
{
    for (const ImportLogLine &line : r.log) {
        if (line.level != level)
            continue;
        bool all = true;
        for (const QString &p : parts)
            all = all && line.text.contains(p);
        if (all)
            return true;
    }
    return false;
}

lab::PsuFailover simFailover(const QString &name, const QString &partner,
                             const QString &mode = QStringLiteral("LoadBalance"))
{
    lab::PsuFailover f;
    f.name = name;
    f.serverA = QStringLiteral("dhcp-a.example.com");
    f.serverB = partner;
    f.mode = mode;
    return f;
}

lab::PsuOption option(int code, const QStringList &value, const QString &vendor = {},
                      const QString &name = {})
{
    lab::PsuOption o = lab::PsuModel::optionTemplate(code);
    o.code = code;
    o.value = value;
    o.vendorClass = vendor;
    if (!name.isEmpty())
        o.name = name;
    if (o.type.isEmpty())
        o.type = QStringLiteral("String");
    return o;
}

lab::LabResponse jsonBody(const char *json)
{
    return lab::LabResponse::raw(200, QByteArray(json), "application/json");
}

struct Row
{
    std::function<void(Fixture &)> setup;
    std::function<void(Fixture &, const ImportResult &)> check;
};

} // namespace

using RowMap = QMap<QString, Row>;

class TestImporter : public QObject
{
    Q_OBJECT

    RowMap m_rows;

    void add(const QString &id, Row row) { m_rows.insert(id, std::move(row)); }
    void defineRows();

private Q_SLOTS:
    void initTestCase() { defineRows(); }
    void examples_data();
    void examples();
    void secondImportChangesNothing(); // IMP-14.1
    void syncDiscoveryApi();           // LL-36 through importFailover / importScope
    void prefixesAreLookedUpAndCreatedInBulk();
};

void TestImporter::examples_data()
{
    QTest::addColumn<QString>("id");
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestImporter::examples()
{
    QFETCH(QString, id);
    const Row &row = m_rows[id];
    Fixture f;
    QVERIFY(f.open());
    if (row.setup)
        row.setup(f);
    if (f.netboxPrefix)
        f.netbox.sim->addPrefix(QStringLiteral("10.0.1.0/24"));
    QVERIFY(f.start());
    const ImportResult result = f.run();
    QVERIFY2(!result.failed, qPrintable(result.failure));
    row.check(f, result);
}

void TestImporter::defineRows()
{
    // --- IMP-01 ---
    add(s("IMP-01.1"),
        {[](Fixture &f) {
             // SRV-A in maintenance: the Importer itself does not care (the caller asks, C-20).
             ServerRepository(*f.db).setMaintenance(f.srvA, true, QStringLiteral("admin"), {});
             lab::PsuScope lab;
             lab.scopeId = ip("10.0.5.0");
             lab.name = QStringLiteral("Lab");
             lab.startIp = ip("10.0.5.10");
             lab.endIp = ip("10.0.5.200");
             lab.subnetMask = ip("255.255.255.0");
             lab.leaseDurationSeconds = 3600;
             lab.state = QStringLiteral("InActive");
             for (int i = 1; i <= 3; ++i)
                 lab.leases << lab::PsuLease{
                     *Ipv4Address::parse(QStringLiteral("10.0.5.%1").arg(20 + i)),
                     s("00-11-22-33-44-0") + QString::number(i), s("pc"), QDateTime(), s("Active")};
             f.model->addScope(lab);
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(f.nbPrefixes(s("10.0.5.0/24")).size(), 1);
             const lab::NbPrefix *p = f.nbPrefixes(s("10.0.5.0/24")).first();
             QCOMPARE(p->status, s("active"));
             QCOMPARE(p->vrfId, 0);
             const auto lab = f.scopeNamed(s("Lab"));
             QVERIFY(lab);
             QCOMPARE(lab->serverId, std::optional<std::int64_t>(f.srvA));
             QCOMPARE(lab->failoverId, std::nullopt);
             QCOMPARE(lab->leaseLifetime.seconds(), 3600);
             QCOMPARE(lab->router, std::nullopt);
             QCOMPARE(lab->active, false);
             QCOMPARE(lab->description, QString());
             QCOMPARE(lab->prefix.toString(), s("10.0.5.0/24"));
             QCOMPARE(lab->prefix.mask(), ip("255.255.255.0"));
             QCOMPARE(lab->netboxPrefixId, std::int64_t(p->id));
             QCOMPARE(lab->vrfId, std::nullopt);
             QCOMPARE(f.netbox.sim->state().ipAddresses().size(), size_t(0)); // no IPs
             QCOMPARE(counts(r.prefixes), s("1/1/0"));
             QCOMPARE(r.errorCount(), 0);
         }});

    // --- IMP-02…IMP-06: failovers ---
    add(s("IMP-02.1"),
        {[](Fixture &f) {
             lab::LabFault fault;
             fault.kind = lab::LabFault::Kind::Status;
             fault.status = 500;
             fault.method = "GET";
             fault.pathPattern = s("*/failover");
             f.faults << fault;
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(counts(r.failovers), s("0/0/1"));
             QVERIFY(hasLine(r, JobLogLevel::Error, {s("could not fetch failover list")}));
             QVERIFY(f.scopeNamed(s("Building A")));
             QCOMPARE(counts(r.scopes), s("1/0/0"));
             QVERIFY(r.listReadFailed); // O-25: the job is failed
         }});
    add(s("IMP-03.1"),
        {[](Fixture &f) {
             f.scripted.canned.insert(
                 s("/failover"),
                 jsonBody(
                     R"([{"primary_server":"dhcp-a.example.com","secondary_server":"dhcp-b.example.com","mode":"LoadBalance","scope_ids":[],"max_client_lead_time":3600,"max_response_delay":30,"state_switchover_interval":null,"enable_auth":false}])"));
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(FailoverRepository(*f.db).list().value().size(), 0);
             QCOMPARE(counts(r.failovers), s("0/0/1"));
             QVERIFY(hasLine(r, JobLogLevel::Error,
                             {s("failover dhcp-a.example.com skipped"), s("[0].name")}));
         }});
    add(s("IMP-04.1"), {[](Fixture &f) {
                            f.localFailover(s("FO1"), FailoverMode::LoadBalance, 3600);
                            lab::PsuFailover fo =
                                simFailover(s("FO1"), s("dhcp-b.example.com"), s("HotStandby"));
                            fo.maxClientLeadTime = 7200;
                            f.model->failovers << fo;
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto fo = f.failover(s("FO1"));
                            QVERIFY(fo);
                            QCOMPARE(fo->mode, FailoverMode::LoadBalance);
                            QCOMPARE(fo->maxClientLeadTime, 3600);
                            QCOMPARE(counts(r.failovers), s("0/1/0"));
                        }});
    add(s("IMP-05.1"), {[](Fixture &f) {
                            f.model->failovers
                                << simFailover(s("FO1"), s("dhcp-b.example.com"), s("HotStandby"));
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto fo = f.failover(s("FO1"));
                            QVERIFY(fo);
                            QCOMPARE(fo->primaryServerId, f.srvA);
                            QCOMPARE(fo->secondaryServerId, f.srvB);
                            QCOMPARE(fo->mode, FailoverMode::HotStandby);
                            QCOMPARE(counts(r.failovers), s("1/0/0"));
                        }});
    add(s("IMP-05.2"),
        {[](Fixture &f) { f.model->failovers << simFailover(s("FO2"), s("dhcp-c.example.com")); },
         [](Fixture &f, const ImportResult &r) {
             QVERIFY(!f.failover(s("FO2")));
             QCOMPARE(counts(r.failovers), s("0/0/1"));
             QVERIFY(hasLine(r, JobLogLevel::Error, {s("FO2"), s("dhcp-c.example.com")}));
         }});
    add(s("IMP-05.3"), // amended (Q-04, C-13): first-label match
        {[](Fixture &f) {
             Server a = f.server(s("SRV-A"));
             a.hostname = s("dhcp-a");
             ServerRepository(*f.db).update(a);
             f.model->failovers << simFailover(s("FO1"), s("dhcp-b.example.com"));
         },
         [](Fixture &f, const ImportResult &r) {
             const auto fo = f.failover(s("FO1"));
             QVERIFY(fo);
             QCOMPARE(fo->primaryServerId, f.srvA);
             QCOMPARE(fo->secondaryServerId, f.srvB);
             QVERIFY(r.log.contains(ImportLogLine{
                 JobLogLevel::Info, s("Failovers: 1 created, 0 skipped, 0 error(s)")}));
         }});
    add(s("IMP-05.4"), {[](Fixture &f) {
                            f.localFailover(s("FO1"));
                            f.simHost = s("dhcp-b.example.com");
                            f.importFrom = s("SRV-B");
                            f.model->failovers << simFailover(s("FO1"), s("dhcp-b.example.com"));
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto fo = f.failover(s("FO1"));
                            QCOMPARE(fo->primaryServerId, f.srvA);
                            QCOMPARE(counts(r.failovers), s("0/1/0"));
                        }});
    add(s("IMP-06.1"), // amended: description "" and a WARNING
        {[](Fixture &f) {
             lab::PsuFailover fo = simFailover(s("FO3"), s("dhcp-b.example.com"));
             fo.maxClientLeadTime = 0;
             fo.maxResponseDelay = 60;
             fo.stateSwitchoverInterval = 0;
             fo.enableAuth = true;
             f.model->failovers << fo;
         },
         [](Fixture &f, const ImportResult &r) {
             const auto fo = f.failover(s("FO3"));
             QVERIFY(fo);
             QCOMPARE(fo->mode, FailoverMode::LoadBalance);
             QCOMPARE(fo->maxClientLeadTime, 3600);
             QCOMPARE(fo->maxResponseDelay, 60);
             QCOMPARE(fo->stateSwitchoverInterval, std::nullopt);
             QCOMPARE(fo->enableAuth, true);
             QCOMPARE(fo->syncEnabled, true);
             QCOMPARE(fo->maintenance.enabled, false);
             QCOMPARE(fo->description, QString());
             QVERIFY(hasLine(r, JobLogLevel::Warning, {s("FO3"), s("shared secret")}));
             QVERIFY(r.log.contains(ImportLogLine{
                 JobLogLevel::Info, s("Failovers: 1 created, 0 skipped, 0 error(s)")}));
         }});
    add(s("LL-37"),
        {[](Fixture &f) {
             Server b = f.server(s("SRV-B"));
             b.hostname = s("dhcp-b.site1.example.com");
             ServerRepository(*f.db).update(b);
             f.addServer(s("SRV-B2"), s("dhcp-b.site2.example.com"));
             f.model->failovers << simFailover(s("FO2"), s("dhcp-b.example.com"));
         },
         [](Fixture &f, const ImportResult &r) {
             QVERIFY(!f.failover(s("FO2")));
             QCOMPARE(counts(r.failovers), s("0/0/1"));
             QVERIFY(hasLine(r, JobLogLevel::Error, {s("FO2"), s("dhcp-b.example.com")}));
         }});
    add(s("LL-38"), {[](Fixture &f) {
                         Server b = f.server(s("SRV-B"));
                         b.hostname = s("DHCP-B.Example.com");
                         ServerRepository(*f.db).update(b);
                         f.model->failovers << simFailover(s("FO2"), s("dhcp-b.example.com"));
                     },
                     [](Fixture &f, const ImportResult &r) {
                         const auto fo = f.failover(s("FO2"));
                         QVERIFY(fo);
                         QCOMPARE(fo->primaryServerId, f.srvA);
                         QCOMPARE(fo->secondaryServerId, f.srvB);
                         QCOMPARE(counts(r.failovers), s("1/0/0"));
                     }});

    // --- IMP-07…IMP-11: scopes ---
    add(s("IMP-07.1"), // amended (C-19): three tries
        {[](Fixture &f) {
             f.model->failovers << simFailover(s("FO1"), s("dhcp-b.example.com"));
             lab::LabFault fault;
             fault.kind = lab::LabFault::Kind::Hang;
             fault.method = "GET";
             fault.pathPattern = s("*/scopes");
             f.faults << fault;
             f.clientTimeoutMs = 300;
         },
         [](Fixture &f, const ImportResult &r) {
             QVERIFY(f.failover(s("FO1")));
             QCOMPARE(f.requests("GET", s("/scopes")), 3);
             QVERIFY(r.log.contains(
                 ImportLogLine{JobLogLevel::Info, s("Scopes: 0 created, 0 skipped, 1 error(s)")}));
             QVERIFY(hasLine(r, JobLogLevel::Error, {s("could not fetch scope list")}));
             QCOMPARE(f.scopes().size(), 0);
             QVERIFY(r.listReadFailed);
         }});
    add(s("IMP-08.1"), {[](Fixture &f) {
                            lab::PsuScope sc;
                            sc.scopeId = ip("10.0.2.0");
                            sc.name = QString();
                            sc.startIp = ip("10.0.2.20");
                            sc.endIp = ip("10.0.3.200");
                            sc.subnetMask = ip("255.255.254.0");
                            sc.leaseDurationSeconds = 0;
                            f.model->addScope(sc);
                        },
                        [](Fixture &f, const ImportResult &r) {
                            QCOMPARE(f.nbPrefixes(s("10.0.2.0/23")).size(), 1);
                            const auto sc = f.scopeNamed(s("10.0.2.0"));
                            QVERIFY(sc);
                            QCOMPARE(sc->router, std::nullopt);
                            QCOMPARE(sc->leaseLifetime.seconds(), 86400);
                            QCOMPARE(sc->prefix.toString(), s("10.0.2.0/23"));
                            QCOMPARE(counts(r.scopes), s("2/0/0"));
                        }});
    add(s("IMP-08.2"),
        {[](Fixture &f) {
             f.scripted.canned.insert(
                 s("/scopes"),
                 jsonBody(
                     R"([{"scope_id":"10.0.4.0","name":"X","start_ip":"10.0.4.10","end_ip":"10.0.4.200","subnet_mask":"","description":"","state":"Active","lease_duration_seconds":3600,"router":null,"failover_name":null}])"));
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(f.scopes().size(), 0);
             QCOMPARE(counts(r.scopes), s("0/0/1"));
             QVERIFY(
                 hasLine(r, JobLogLevel::Error, {s("scope 10.0.4.0 skipped"), s("subnet_mask")}));
         }});
    add(s("IMP-09.1"), {[](Fixture &f) { f.netboxPrefix = false; },
                        [](Fixture &f, const ImportResult &r) {
                            QCOMPARE(f.nbPrefixes(s("10.0.1.0/24")).size(), 1);
                            const lab::NbPrefix *p = f.nbPrefixes(s("10.0.1.0/24")).first();
                            QCOMPARE(p->status, s("active"));
                            QCOMPARE(p->vrfId, 0);
                            const auto sc = f.scopeNamed(s("Building A"));
                            QVERIFY(sc);
                            QCOMPARE(sc->netboxPrefixId, std::int64_t(p->id));
                            QCOMPARE(counts(r.prefixes), s("1/0/0"));
                        }});
    add(s("IMP-09.2"),
        {[](Fixture &f) {
             f.netboxPrefix = false;
             f.settings.createMissingPrefixes = false;
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(f.nbPrefixes(s("10.0.1.0/24")).size(), 0);
             QCOMPARE(f.scopes().size(), 0);
             QCOMPARE(counts(r.scopes), s("0/0/1"));
             QVERIFY(hasLine(r, JobLogLevel::Error,
                             {s("prefix does not exist and Create Missing Prefixes on Import is "
                                "disabled")}));
             QCOMPARE(f.requests("GET", s("/options/scope/10.0.1.0")), 0);
             QCOMPARE(f.requests("GET", s("/exclusions")), 0);
         }});
    add(s("IMP-09.3"), {[](Fixture &f) {
                            f.netboxPrefix = false;
                            f.settings.createMissingPrefixes = false;
                            const int blue = f.netbox.sim->addVrf(s("blue"));
                            f.netbox.sim->addPrefix(s("10.0.1.0/24"), blue);
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto sc = f.scopeNamed(s("Building A"));
                            QVERIFY(sc);
                            const lab::NbPrefix *p = f.nbPrefixes(s("10.0.1.0/24")).first();
                            QCOMPARE(sc->netboxPrefixId, std::int64_t(p->id));
                            QCOMPARE(sc->vrfId, std::optional<std::int64_t>(p->vrfId));
                            QCOMPARE(counts(r.scopes), s("1/0/0"));
                        }});
    add(s("IMP-09.4"),
        {[](Fixture &f) {
             f.netboxPrefix = false;
             f.netbox.sim->addPrefix(s("10.0.1.0/24"), f.netbox.sim->addVrf(s("blue")));
             f.netbox.sim->addPrefix(s("10.0.1.0/24"), f.netbox.sim->addVrf(s("red")));
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(f.scopes().size(), 0);
             QCOMPARE(f.nbPrefixes(s("10.0.1.0/24")).size(), 2);
             QCOMPARE(counts(r.scopes), s("0/0/1"));
         }});
    add(s("IMP-10.1"), {[](Fixture &f) {
                            f.localScope(s("Building A"), s("10.0.1.0/24"), 1, f.srvA, {}, 3600);
                            f.scope("10.0.1.0").exclusions
                                << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.210")};
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto sc = f.scopeNamed(s("Building A"));
                            QCOMPARE(sc->leaseLifetime.seconds(), 3600);
                            QCOMPARE(f.exclusionTexts(sc->id),
                                     QStringList{s("10.0.1.200-10.0.1.210")});
                            QCOMPARE(counts(r.scopes), s("0/1/0"));
                            QCOMPARE(counts(r.exclusions), s("1/0/0"));
                            QCOMPARE(f.requests("GET", s("/options/scope/10.0.1.0")), 0);
                        }});
    add(s("IMP-10.2"), // amended (Q-05, C-13): same identity, never renamed
        {[](Fixture &f) {
             f.localScope(s("Building A"), s("10.0.1.0/24"), 1, f.srvA);
             f.scope("10.0.1.0").name = s("Bldg A");
             f.scope("10.0.1.0").exclusions
                 << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.210")};
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(f.scopes().size(), 1);
             const auto sc = f.scopeNamed(s("Building A"));
             QVERIFY(sc);
             QCOMPARE(f.exclusionTexts(sc->id), QStringList{s("10.0.1.200-10.0.1.210")});
             QCOMPARE(f.optionValueTexts(sc->id), QStringList());
             QCOMPARE(counts(r.scopes), s("0/1/0"));
         }});
    add(s("IMP-11.1"), {[](Fixture &f) {
                            f.localFailover(s("FO1"));
                            lab::PsuFailover fo = simFailover(s("FO1"), s("dhcp-b.example.com"));
                            fo.scopeIds << s("10.0.3.0");
                            f.model->failovers << fo;
                            lab::PsuScope sc = f.scope("10.0.1.0");
                            sc.scopeId = ip("10.0.3.0");
                            sc.name = s("Building C");
                            sc.startIp = ip("10.0.3.10");
                            sc.endIp = ip("10.0.3.200");
                            f.model->addScope(sc);
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto sc = f.scopeNamed(s("Building C"));
                            QVERIFY(sc);
                            QCOMPARE(sc->failoverId,
                                     std::optional<std::int64_t>(f.failover(s("FO1"))->id));
                            QCOMPARE(sc->serverId, std::nullopt);
                            QCOMPARE(counts(r.scopes), s("2/0/0"));
                        }});
    add(s("IMP-11.2"), // O-8: skipped with an error
        {[](Fixture &f) {
             lab::PsuFailover fo = simFailover(s("FO9"), s("dhcp-c.example.com"));
             fo.scopeIds << s("10.0.3.0");
             f.model->failovers << fo;
             lab::PsuScope sc = f.scope("10.0.1.0");
             sc.scopeId = ip("10.0.3.0");
             sc.name = s("Building C");
             f.model->addScope(sc);
         },
         [](Fixture &f, const ImportResult &r) {
             QVERIFY(!f.scopeNamed(s("Building C")));
             QVERIFY(f.scopeNamed(s("Building A")));
             QCOMPARE(counts(r.failovers), s("0/0/1"));
             QCOMPARE(counts(r.scopes), s("1/0/1"));
             QVERIFY(hasLine(r, JobLogLevel::Error, {s("Building C"), s("FO9")}));
         }});

    // --- IMP-12, LL-70, LL-71: option values ---
    add(s("IMP-12.1"),
        {[](Fixture &f) {
             f.scope("10.0.1.0").setOption(option(6, {s("10.0.0.53"), s("10.0.0.54")}));
         },
         [](Fixture &f, const ImportResult &r) {
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.optionValueTexts(sc->id), QStringList{s("6/: 10.0.0.53, 10.0.0.54")});
             QCOMPARE(OptionValueRepository(*f.db).list().value().size(), 1);
             QCOMPARE(sc->router, std::optional<Ipv4Address>(ip("10.0.1.1")));
             QCOMPARE(sc->leaseLifetime.seconds(), 86400);
             QCOMPARE(counts(r.optionValues), s("1/0/0"));
         }});
    add(s("IMP-12.2"),
        {[](Fixture &f) {
             f.scope("10.0.1.0").setOption(option(224, {s("HQ")}, {}, s("Site Code")));
         },
         [](Fixture &f, const ImportResult &r) {
             const auto def = OptionCodeRepository(*f.db).findByCodeAndVendorClass(224, {}).value();
             QVERIFY(def);
             QCOMPARE(def->name, s("Site Code"));
             QCOMPARE(def->dataType, OptionDataType::String);
             QCOMPARE(def->isBuiltin, false);
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.optionValueTexts(sc->id), QStringList{s("224/: HQ")});
             QCOMPARE(counts(r.optionCodes), s("1/0/0"));
         }});
    add(s("IMP-12.3"),
        {[](Fixture &f) {
             const OptionCodeDefinition def =
                 OptionCodeRepository(*f.db).findByCodeAndVendorClass(6, {}).value().value();
             OptionValue v;
             v.optionDefinitionId = def.id;
             v.value = s("10.0.0.53, 10.0.0.54");
             OptionValueRepository(*f.db).create(v);
             f.scope("10.0.1.0").setOption(option(6, {s("10.0.0.53"), s("10.0.0.54")}));
         },
         [](Fixture &f, const ImportResult &r) {
             QCOMPARE(OptionValueRepository(*f.db).list().value().size(), 1);
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.optionValueTexts(sc->id), QStringList{s("6/: 10.0.0.53, 10.0.0.54")});
             QCOMPARE(counts(r.optionValues), s("0/1/0"));
         }});
    add(s("IMP-12.4"), // amended (C-22)
        {[](Fixture &f) {
             f.scope("10.0.1.0")
                 .setOption(
                     option(60, {s("PXEClient")}, s("MSFT 5.0"), s("Vendor Class Identifier")));
         },
         [](Fixture &f, const ImportResult &r) {
             OptionCodeRepository codes(*f.db);
             const auto builtin = codes.findByCodeAndVendorClass(60, {}).value();
             QVERIFY(builtin);
             QCOMPARE(builtin->isBuiltin, true);
             const auto added = codes.findByCodeAndVendorClass(60, s("MSFT 5.0")).value();
             QVERIFY(added);
             QCOMPARE(added->name, s("Vendor Class Identifier"));
             QCOMPARE(added->dataType, OptionDataType::String);
             QCOMPARE(added->isBuiltin, false);
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.optionValueTexts(sc->id), QStringList{s("60/MSFT 5.0: PXEClient")});
             QCOMPARE(counts(r.optionValues), s("1/0/0"));
         }});
    add(s("IMP-12.5"), {[](Fixture &f) {
                            lab::LabFault fault;
                            fault.kind = lab::LabFault::Kind::Status;
                            fault.status = 404;
                            fault.method = "GET";
                            fault.pathPattern = s("*/options/scope/*");
                            f.faults << fault;
                        },
                        [](Fixture &f, const ImportResult &r) {
                            const auto sc = f.scopeNamed(s("Building A"));
                            QVERIFY(sc);
                            QCOMPARE(f.optionValueTexts(sc->id), QStringList());
                            QCOMPARE(counts(r.optionValues), s("0/0/1"));
                            QVERIFY(hasLine(r, JobLogLevel::Error, {s("could not fetch options")}));
                        }});
    add(s("LL-70"),
        {[](Fixture &f) {
             f.scope("10.0.1.0").setOption(option(2, {s("-18000")}, {}, s("Time Offset")));
             lab::PsuOption ms = option(2, {s("1")}, s("Microsoft Windows 2000 Options"),
                                        s("Microsoft Release DHCP Lease On Shutdown"));
             ms.type = s("DWord");
             f.scope("10.0.1.0").options << ms; // setOption would replace code 2
         },
         [](Fixture &f, const ImportResult &r) {
             const auto added =
                 OptionCodeRepository(*f.db)
                     .findByCodeAndVendorClass(2, s("Microsoft Windows 2000 Options"))
                     .value();
             QVERIFY(added);
             QCOMPARE(added->dataType, OptionDataType::String);
             QCOMPARE(added->isBuiltin, false);
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.optionValueTexts(sc->id),
                      (QStringList{s("2/: -18000"), s("2/Microsoft Windows 2000 Options: 1")}));
             QCOMPARE(counts(r.optionValues), s("2/0/0"));
         }});
    add(s("LL-71"),
        {[](Fixture &f) {
             f.scope("10.0.1.0").setOption(option(6, {s("10.0.0.53")}));
             f.scope("10.0.1.0").options << option(6, {s("10.0.0.54")});
         },
         [](Fixture &f, const ImportResult &r) {
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.optionValueTexts(sc->id), QStringList{s("6/: 10.0.0.53")});
             QVERIFY(hasLine(r, JobLogLevel::Warning, {s("Building A"), s("option 6")}));
         }});

    // --- IMP-13: exclusion ranges ---
    add(s("IMP-13.1"),
        {[](Fixture &f) {
             f.scripted.canned.insert(
                 s("/exclusions"),
                 jsonBody(
                     R"([{"scope_id":"10.0.1.0","start_ip":"10.0.1.200","end_ip":"10.0.1.210"},{"scope_id":"10.0.1.0","start_ip":"10.0.1.220"}])"));
         },
         [](Fixture &f, const ImportResult &r) {
             const auto sc = f.scopeNamed(s("Building A"));
             QVERIFY(sc);
             QCOMPARE(f.exclusionTexts(sc->id), QStringList{s("10.0.1.200-10.0.1.210")});
             QCOMPARE(counts(r.exclusions), s("1/0/1"));
             QVERIFY(
                 hasLine(r, JobLogLevel::Error,
                         {s("Building A"), s("exclusion range 10.0.1.220 skipped"), s("end_ip")}));
         }});
    add(s("IMP-13.2"),
        {[](Fixture &f) {
             const auto id = f.localScope(s("Building A"), s("10.0.1.0/24"), 1, f.srvA);
             ScopeRepository(*f.db).addExclusion(
                 ExclusionRange{0, id, ip("10.0.1.200"), ip("10.0.1.210")});
             f.scope("10.0.1.0").exclusions
                 << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.210")};
         },
         [](Fixture &f, const ImportResult &r) {
             const auto sc = f.scopeNamed(s("Building A"));
             QCOMPARE(f.exclusionTexts(sc->id), QStringList{s("10.0.1.200-10.0.1.210")});
             QCOMPARE(counts(r.exclusions), s("0/1/0"));
         }});

    // --- IMP-15: the log ---
    add(s("IMP-15.1"),
        {[](Fixture &f) {
             f.model->failovers << simFailover(s("FO1"), s("dhcp-b.example.com"), s("HotStandby"));
             f.scope("10.0.1.0").setOption(option(6, {s("10.0.0.53"), s("10.0.0.54")}));
             f.scope("10.0.1.0").exclusions
                 << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.210")};
         },
         [](Fixture &, const ImportResult &r) {
             const QList<ImportLogLine> expected{
                 {JobLogLevel::Info, s("Import from server SRV-A (dhcp-a.example.com) started")},
                 {JobLogLevel::Info, s("Failovers: 1 created, 0 skipped, 0 error(s)")},
                 {JobLogLevel::Info, s("created: FO1")},
                 {JobLogLevel::Info, s("Scopes: 1 created, 0 skipped, 0 error(s)")},
                 {JobLogLevel::Info, s("created: Building A (10.0.1.0/24)")},
                 {JobLogLevel::Info, s("Option Values: 1 created, 0 skipped, 0 error(s)")},
                 {JobLogLevel::Info,
                  s("created: Option 6 (DNS Servers): 10.0.0.53, 10.0.0.54 — scope: Building A")},
                 {JobLogLevel::Info, s("Exclusion Ranges: 1 created, 0 skipped, 0 error(s)")},
                 {JobLogLevel::Info, s("created: 10.0.1.200 – 10.0.1.210 (scope: Building A)")},
                 {JobLogLevel::Info, s("import complete for SRV-A")}};
             for (qsizetype i = 0; i < qMin(expected.size(), r.log.size()); ++i)
                 QCOMPARE(r.log[i].text, expected[i].text);
             QCOMPARE(r.log, expected);
         }});
    add(s("IMP-15.2"),
        {[](Fixture &f) { f.model->failovers << simFailover(s("FO2"), s("dhcp-c.example.com")); },
         [](Fixture &, const ImportResult &r) {
             const qsizetype at = r.log.indexOf(ImportLogLine{
                 JobLogLevel::Info, s("Failovers: 0 created, 0 skipped, 1 error(s)")});
             QCOMPARE(at, 1);
             QCOMPARE(r.log[at + 1].level, JobLogLevel::Error);
             QVERIFY(r.log[at + 1].text.contains(s("FO2")));
             QVERIFY(r.log[at + 1].text.contains(s("dhcp-c.example.com")));
         }});
}

// 251 new scopes, 100 of whose prefixes NetBox already has: three lookups (100 prefixes each)
// and one bulk create of the 151 missing ones, not two requests per scope (issue 7).
void TestImporter::prefixesAreLookedUpAndCreatedInBulk()
{
    Fixture f;
    QVERIFY(f.open());
    f.netboxPrefix = false;
    for (int i = 0; i < 250; ++i) {
        lab::PsuScope scope = f.scope("10.0.1.0");
        const QString net = QStringLiteral("10.50.%1.").arg(i);
        scope.scopeId = ip(qPrintable(net + s("0")));
        scope.startIp = ip(qPrintable(net + s("10")));
        scope.endIp = ip(qPrintable(net + s("200")));
        scope.name = s("Bulk %1").arg(i);
        scope.setRouter(QString(net + s("1")));
        f.model->addScope(scope);
        if (i % 5 < 2) { // 100 of them exist in NetBox already
            lab::NbPrefix prefix;
            prefix.prefix = *lab::NetBoxAddress::parse(QString(net + s("0/24")));
            f.netbox.sim->state().addPrefix(prefix);
        }
    }
    QVERIFY(f.start());
    const ImportResult result = f.run();
    QCOMPARE(counts(result.scopes), s("251/0/0"));
    QCOMPARE(counts(result.prefixes), s("151/100/0"));
    int lookups = 0;
    int creates = 0;
    for (const lab::LabLogEntry &entry : f.netbox.server->requestLog().entries()) {
        if (!entry.path.endsWith(s("/ipam/prefixes/")))
            continue;
        lookups += entry.method == "GET" ? 1 : 0;
        creates += entry.method == "POST" ? 1 : 0;
    }
    QCOMPARE(lookups, 3);
    QCOMPARE(creates, 1); // the 151 missing prefixes fit one batch of 200
    QCOMPARE(qsizetype(f.netbox.sim->state().prefixes().size()), qsizetype(251));
    // Every scope is linked to its own prefix.
    QSet<std::int64_t> linked;
    for (const Scope &scope : f.scopes())
        linked.insert(scope.netboxPrefixId);
    QCOMPARE(linked.size(), qsizetype(251));
}

void TestImporter::secondImportChangesNothing() // IMP-14.1
{
    Fixture f;
    QVERIFY(f.open());
    f.model->failovers << simFailover(s("FO1"), s("dhcp-b.example.com"));
    lab::PsuScope lab = f.scope("10.0.1.0");
    lab.scopeId = ip("10.0.5.0");
    lab.name = s("Lab");
    f.model->addScope(lab);
    f.scope("10.0.1.0").setOption(option(6, {s("10.0.0.53")}));
    f.scope("10.0.1.0").exclusions << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.210")};
    QVERIFY(f.start());
    const ImportResult first = f.run();
    QCOMPARE(counts(first.failovers), s("1/0/0"));
    QCOMPARE(counts(first.scopes), s("2/0/0"));
    QCOMPARE(counts(first.exclusions), s("1/0/0"));
    const auto scopesBefore = f.scopes();
    const auto failoversBefore = FailoverRepository(*f.db).list().value();
    const auto valuesBefore = OptionValueRepository(*f.db).list().value();
    const auto codesBefore = OptionCodeRepository(*f.db).list().value();
    const auto prefixesBefore = f.netbox.sim->state().prefixes().size();

    const ImportResult second = f.run();
    QCOMPARE(second.errorCount(), 0);
    QCOMPARE(counts(second.failovers), s("0/1/0"));
    QCOMPARE(counts(second.scopes), s("0/2/0"));
    QCOMPARE(counts(second.exclusions), s("0/1/0"));
    QCOMPARE(second.optionValues.created, 0);
    QCOMPARE(second.prefixes.created, 0);
    QCOMPARE(f.scopes(), scopesBefore);
    QCOMPARE(FailoverRepository(*f.db).list().value(), failoversBefore);
    QCOMPARE(OptionValueRepository(*f.db).list().value(), valuesBefore);
    QCOMPARE(OptionCodeRepository(*f.db).list().value(), codesBefore);
    QCOMPARE(f.netbox.sim->state().prefixes().size(), prefixesBefore);
}

void TestImporter::syncDiscoveryApi() // LL-36 through the per-scope API
{
    Fixture f;
    QVERIFY(f.open());
    f.netbox.sim->addPrefix(s("10.0.1.0/24"));
    const int existing = f.netbox.sim->addPrefix(s("10.0.4.0/24"));
    QVERIFY(f.start());
    auto client = f.psu();
    auto nb = f.netbox.client();
    Importer importer(*f.db, *client, nb.get(), f.settings);

    FailoverToCreate fo;
    fo.remote.name = s("FO2");
    fo.remote.primaryServer = s("dhcp-a.example.com");
    fo.remote.secondaryServer = s("dhcp-b.example.com");
    fo.primaryServerId = f.srvA;
    fo.secondaryServerId = f.srvB;
    const FailoverImportOutcome created = QCoro::waitFor(importer.importFailover(fo));
    QVERIFY2(created.failoverId > 0, qPrintable(created.error));
    QVERIFY(created.created);
    const auto stored = f.failover(s("FO2"));
    QCOMPARE(stored->mode, FailoverMode::LoadBalance);
    QCOMPARE(stored->syncEnabled, true);
    QCOMPARE(stored->description, QString()); // LL-36: description ""
    Failover edited = *stored;                // C-13: the description is the user's (O-24)
    edited.description = s("Core pair");
    QCOMPARE(FailoverRepository(*f.db).update(edited).value().description, s("Core pair"));
    const FailoverImportOutcome again = QCoro::waitFor(importer.importFailover(fo));
    QCOMPARE(again.failoverId, created.failoverId);
    QVERIFY(!again.created);

    ScopeToCreate sc;
    sc.remote.scopeId = ip("10.0.4.0");
    sc.remote.name = s("Lab2");
    sc.remote.startIp = ip("10.0.4.10");
    sc.remote.endIp = ip("10.0.4.200");
    sc.remote.subnetMask = ip("255.255.255.0");
    sc.remote.leaseDurationSeconds = 3600;
    sc.failoverToCreate = s("FO2");
    sc.exclusions << PsuExclusion{ip("10.0.4.0"), ip("10.0.4.150"), ip("10.0.4.160")};
    sc.prefixId = existing;
    const ScopeImportOutcome scope = QCoro::waitFor(importer.importScope(sc));
    QVERIFY2(scope.scopeId > 0, qPrintable(scope.error));
    const Scope lab2 = ScopeRepository(*f.db).get(scope.scopeId).value();
    QCOMPARE(lab2.name, s("Lab2"));
    QCOMPARE(lab2.failoverId, std::optional<std::int64_t>(created.failoverId));
    QCOMPARE(lab2.serverId, std::nullopt);
    QCOMPARE(lab2.netboxPrefixId, std::int64_t(existing));
    QCOMPARE(f.exclusionTexts(lab2.id), QStringList{s("10.0.4.150-10.0.4.160")});
    QCOMPARE(f.requests("GET", s("/exclusions")), 0); // the given exclusions, no GET
    // (owner, network) is unique: a second call creates nothing.
    const ScopeImportOutcome twice = QCoro::waitFor(importer.importScope(sc));
    QCOMPARE(twice.scopeId, 0);
    QVERIFY(!twice.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
