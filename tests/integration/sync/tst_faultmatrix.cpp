// Issue 8's fault matrix: for every PSU read and every NetBox call a sync makes, each fault the
// lab can inject (timeout, reset mid-body, truncated body, malformed JSON, wrong types, 401, 403,
// 404, 429, 500, an HTML 502, 503) and a changed certificate. For each: the job finishes with
// the cause in its result, a failed read deletes and downgrades nothing in NetBox (G-2, C-19),
// and the next sync without the fault converges to the state a clean run reaches. The matrix
// (fault × call → outcome) is printed at the end for the README's Reliability section.
//
// One lab serves every row: between rows the DHCP data changes so each run has a create, an
// update and a delete to make (a new lease, a renamed host, a vanished lease).

#include "SyncJobHome.h"

#include "LabFault.h"

#include "store/PendingRemovalRepository.h"
#include "store/ScopeRepository.h"
#include "store/SettingsRepository.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>

#include <map>

using namespace leaselink;
using namespace leaselink::test;

namespace {

struct CallUnderTest
{
    QString name;         // as printed in the matrix
    QByteArray method;    // the lab fault's method
    QString pathPattern;  // the lab fault's path pattern
    bool netbox = false;  // NetBox (else psu-3)
    bool read = true;     // a failed read fails the server's part (G-2)
    bool feedsIps = true; // IP writes and cleanup are built from it: it must delete nothing
};

QList<CallUnderTest> calls()
{
    return {
        {QStringLiteral("PSU GET health"), "GET", QStringLiteral("*/health"), false, true},
        {QStringLiteral("PSU GET scopes"), "GET", QStringLiteral("*/scopes*"), false, true},
        // Failovers and exclusions feed scope discovery and exclusion pulls, not the IP plan:
        // the IP part of the run goes on (N-3) while the server's part still fails (G-2).
        {QStringLiteral("PSU GET failover"), "GET", QStringLiteral("*/failover*"), false, true,
         false},
        {QStringLiteral("PSU GET exclusions"), "GET", QStringLiteral("*/exclusions*"), false, true,
         false},
        {QStringLiteral("PSU GET leases"), "GET", QStringLiteral("*/leases*"), false, true},
        {QStringLiteral("PSU GET reservations"), "GET", QStringLiteral("*/reservations*"), false,
         true},
        // Push Reservations is on: a reserved NetBox IP waits to become a server reservation.
        {QStringLiteral("PSU POST reservations"), "POST", QStringLiteral("*/reservations*"), false,
         false},
        // Push Scope Info is on: a local scope description change and a new local exclusion
        // range wait to be pushed.
        {QStringLiteral("PSU PUT scopes"), "PUT", QStringLiteral("*/scopes/*"), false, false},
        {QStringLiteral("PSU POST exclusions"), "POST", QStringLiteral("*/exclusions*"), false,
         false},
        // The user removed an exclusion range locally (a pending removal, C-02): it is deleted
        // on the server.
        {QStringLiteral("PSU DELETE exclusions"), "DELETE", QStringLiteral("*/exclusions*"), false,
         false},
        // A NetBox name differs from its server reservation's: the reservation is updated.
        {QStringLiteral("PSU PUT reservations"), "PUT", QStringLiteral("*/reservations*"), false,
         false},
        // The writer probe of a run that may push (C-07): refused or unreadable means the run
        // stays pull-only; it must never turn into a failed read or a write.
        {QStringLiteral("PSU POST health"), "POST", QStringLiteral("*/health"), false, false},
        // Scope discovery (SYN-11): a new scope appears on the server every round; the run
        // creates its prefix and the scope (reading its options) and syncs its leases.
        {QStringLiteral("PSU GET scope options"), "GET", QStringLiteral("*/options/scope/*"), false,
         true, false},
        {QStringLiteral("NetBox POST prefixes"), "POST", QStringLiteral("*/ipam/prefixes/*"), true,
         false},
        // The dhcp_client_id custom field is missing (someone deleted it): the run creates it
        // before anything else; failing that, nothing is written.
        {QStringLiteral("NetBox POST custom-fields"), "POST",
         QStringLiteral("*/extras/custom-fields/*"), true, false},
        // The optional invalid-hostname tag is configured: the run looks it up first; failing
        // that, the run goes on without tagging (a warning), never with a tag NetBox lacks.
        {QStringLiteral("NetBox GET tags"), "GET", QStringLiteral("*/extras/tags/*"), true, false},
        {QStringLiteral("NetBox GET custom-fields"), "GET",
         QStringLiteral("*/extras/custom-fields/*"), true, true},
        {QStringLiteral("NetBox GET prefixes"), "GET", QStringLiteral("*/ipam/prefixes/*"), true,
         true},
        {QStringLiteral("NetBox GET ip-addresses"), "GET", QStringLiteral("*/ipam/ip-addresses/*"),
         true, true},
        {QStringLiteral("NetBox OPTIONS ip-addresses"), "OPTIONS",
         QStringLiteral("*/ipam/ip-addresses/*"), true, true},
        {QStringLiteral("NetBox POST ip-addresses"), "POST",
         QStringLiteral("*/ipam/ip-addresses/*"), true, false},
        {QStringLiteral("NetBox PATCH ip-addresses"), "PATCH",
         QStringLiteral("*/ipam/ip-addresses/*"), true, false},
        {QStringLiteral("NetBox DELETE ip-addresses"), "DELETE",
         QStringLiteral("*/ipam/ip-addresses/*"), true, false},
    };
}

struct FaultUnderTest
{
    QString name;
    LabFault::Kind kind;
    int status = 0;
};

QList<FaultUnderTest> faults()
{
    return {
        {QStringLiteral("timeout"), LabFault::Kind::Hang},
        {QStringLiteral("reset"), LabFault::Kind::Reset},
        {QStringLiteral("truncated"), LabFault::Kind::Truncated},
        {QStringLiteral("malformed JSON"), LabFault::Kind::MalformedJson},
        {QStringLiteral("wrong types"), LabFault::Kind::Status, 200},
        {QStringLiteral("401"), LabFault::Kind::Status, 401},
        {QStringLiteral("403"), LabFault::Kind::Status, 403},
        {QStringLiteral("404"), LabFault::Kind::Status, 404},
        {QStringLiteral("429"), LabFault::Kind::Status, 429},
        {QStringLiteral("500"), LabFault::Kind::Status, 500},
        {QStringLiteral("502 HTML"), LabFault::Kind::Status, 502},
        {QStringLiteral("503"), LabFault::Kind::Status, 503},
    };
}

// NetBox's IPs of psu-3's scopes: address -> "status|dns name|client id".
using NetBoxView = QMap<QString, QString>;

struct Shared
{
    std::unique_ptr<SyncHome> home;
    int round = 0;
    // matrix[call][fault] = outcome text
    std::map<QString, std::map<QString, QString>> matrix;
};

Shared &shared()
{
    static Shared instance;
    return instance;
}

// A create, an update and a delete for the next run.
void changeDhcpData(SyncHome &home, int round)
{
    auto &scopes = home.model(Standalone).scopes;
    auto it = scopes.begin();
    std::advance(it, round % qsizetype(scopes.size()));
    lab::PsuScope &scope = it->second;
    // The lowest lease goes (so the address freed is never the one added below).
    const quint32 removed = scope.leases.isEmpty() ? 0 : scope.leases.first().ipAddress.toUInt();
    if (!scope.leases.isEmpty())
        scope.leases.removeFirst(); // delete
    if (!scope.leases.isEmpty()) {
        // update: a new host name and a new client (the dhcp_client_id changes)
        scope.leases.first().hostname = QStringLiteral("renamed-%1").arg(round);
        scope.leases.first().clientId =
            QStringLiteral("00-15-5d-bb-%1-02").arg(round % 256, 2, 16, QLatin1Char('0'));
    }
    // A free address near the top of the range (no lease, no reservation).
    QSet<quint32> used{removed};
    for (const auto &lease : std::as_const(scope.leases))
        used.insert(lease.ipAddress.toUInt());
    for (const auto &reservation : std::as_const(scope.reservations))
        used.insert(reservation.ipAddress.toUInt());
    quint32 free = scope.endIp.toUInt();
    while (used.contains(free) && free > scope.startIp.toUInt())
        --free;
    if (used.contains(free))
        return;
    lab::PsuLease added;
    added.ipAddress = Ipv4Address(free);
    added.clientId = QStringLiteral("00-15-5d-aa-%1-01").arg(round % 256, 2, 16, QLatin1Char('0'));
    added.hostname = QStringLiteral("new-%1").arg(round);
    added.expiry = QDateTime::currentDateTimeUtc().addDays(1);
    added.addressState = QStringLiteral("Active");
    scope.leases.append(added); // create
    std::sort(scope.leases.begin(), scope.leases.end(),
              [](const auto &a, const auto &b) { return a.ipAddress < b.ipAddress; });
}

// Addresses of a scope that are not free for new test data: leases, reservations, exclusion
// ranges and every address NetBox has.
QSet<quint32> takenAddresses(const SyncHome &home, const lab::PsuScope &scope)
{
    QSet<quint32> used;
    for (const auto &lease : scope.leases)
        used.insert(lease.ipAddress.toUInt());
    for (const auto &reservation : scope.reservations)
        used.insert(reservation.ipAddress.toUInt());
    for (const auto &exclusion : scope.exclusions) {
        for (quint32 a = exclusion.start.toUInt(); a <= exclusion.end.toUInt(); ++a)
            used.insert(a);
    }
    for (const QString &address : home.netboxIps().keys())
        used.insert(Ipv4Address::parse(address)->toUInt());
    return used;
}

// A NetBox IP with the reservation status and a client id at a free address of a scope: Push
// Reservations turns it into a reservation on the server (SYN-27).
void addPushableReservation(SyncHome &home, int round)
{
    auto &scopes = home.model(Standalone).scopes;
    auto it = scopes.begin();
    std::advance(it, (round + 1) % qsizetype(scopes.size()));
    const lab::PsuScope &scope = it->second;
    const QSet<quint32> used = takenAddresses(home, scope);
    for (quint32 a = scope.startIp.toUInt() + 1; a < scope.endIp.toUInt(); ++a) {
        if (used.contains(a))
            continue;
        lab::NbIpAddress ip;
        ip.address = *lab::NetBoxAddress::parse(Ipv4Address(a).toString() + QStringLiteral("/24"));
        ip.status = QStringLiteral("reserved");
        ip.dnsName = QStringLiteral("pushed-%1").arg(round);
        ip.customFields.insert(QStringLiteral("dhcp_client_id"),
                               QStringLiteral("00-15-5d-cc-%1-%2")
                                   .arg((round >> 8) % 256, 2, 16, QLatin1Char('0'))
                                   .arg(round % 256, 2, 16, QLatin1Char('0')));
        home.lab.netbox()->state().addIpAddress(ip);
        return;
    }
}

// Push Scope Info: a local scope's description changes, so the run PUTs it to the server.
void changeLocalScope(SyncHome &home, int round)
{
    auto scopes = ScopeRepository(*home.db).list();
    if (!scopes || scopes->isEmpty())
        return;
    Scope scope = scopes->at(round % scopes->size());
    scope.description = QStringLiteral("edited in round %1").arg(round);
    (void)ScopeRepository(*home.db).update(scope);
}

// Push Scope Info: a new local exclusion range of two free addresses in the middle of a scope.
void addLocalExclusion(SyncHome &home, int round)
{
    auto scopes = ScopeRepository(*home.db).list();
    if (!scopes || scopes->isEmpty())
        return;
    const Scope scope = scopes->at(round % scopes->size());
    lab::PsuScope *remote = home.model(Standalone).scope(scope.prefix.network());
    if (!remote)
        return;
    const QSet<quint32> used = takenAddresses(home, *remote);
    const quint32 middle = (scope.startIp.toUInt() + scope.endIp.toUInt()) / 2;
    for (quint32 a = middle; a + 1 < scope.endIp.toUInt(); ++a) {
        if (used.contains(a) || used.contains(a + 1))
            continue;
        ExclusionRange range;
        range.scopeId = scope.id;
        range.startIp = Ipv4Address(a);
        range.endIp = Ipv4Address(a + 1);
        (void)ScopeRepository(*home.db).addExclusion(range);
        return;
    }
}

// C-02: an exclusion range on the server that the user removed locally, waiting to be deleted
// there (two free addresses near the start of a scope).
void addPendingExclusionRemoval(SyncHome &home, int round)
{
    auto scopes = ScopeRepository(*home.db).list();
    if (!scopes || scopes->isEmpty())
        return;
    const Scope scope = scopes->at(round % scopes->size());
    lab::PsuScope *remote = home.model(Standalone).scope(scope.prefix.network());
    if (!remote)
        return;
    const QSet<quint32> used = takenAddresses(home, *remote);
    for (quint32 a = scope.startIp.toUInt() + 2; a + 1 < scope.endIp.toUInt(); ++a) {
        if (used.contains(a) || used.contains(a + 1))
            continue;
        remote->exclusions.append(lab::PsuExclusion{Ipv4Address(a), Ipv4Address(a + 1)});
        PendingRemoval removal;
        removal.scopeId = scope.id;
        removal.kind = PendingRemoval::Kind::Exclusion;
        removal.startIp = Ipv4Address(a);
        removal.endIp = Ipv4Address(a + 1);
        removal.createdAt = QDateTime::currentDateTimeUtc();
        (void)PendingRemovalRepository(*home.db).add(removal);
        return;
    }
}

// A reserved NetBox IP whose server reservation exists gets another name in NetBox.
void renameReservedIp(SyncHome &home, int round)
{
    QSet<QString> reservedOnServer;
    for (const auto &[id, scope] : home.model(Standalone).scopes) {
        for (const auto &reservation : scope.reservations)
            reservedOnServer.insert(reservation.ipAddress.toString());
    }
    lab::NetBoxState &state = home.lab.netbox()->state();
    for (const auto &[id, ip] : state.ipAddresses()) {
        if (!reservedOnServer.contains(ip.address.hostText()))
            continue;
        lab::NbIpAddress renamed = ip;
        renamed.dnsName = QStringLiteral("renamed-in-netbox-%1").arg(round);
        state.updateIpAddress(renamed);
        return;
    }
}

// Scope discovery: a scope the server starts to report (a /24 of 10.99.0.0/16 per round) with
// a few leases.
void addServerScope(SyncHome &home, int round)
{
    lab::PsuScope scope;
    const quint32 network = (10u << 24) | (99u << 16) | (quint32(round % 256) << 8);
    scope.scopeId = Ipv4Address(network);
    scope.name = QStringLiteral("Discovered %1").arg(round);
    scope.startIp = Ipv4Address(network + 10);
    scope.endIp = Ipv4Address(network + 200);
    scope.subnetMask = Ipv4Address(0xFFFFFF00u);
    for (int i = 0; i < 3; ++i) {
        lab::PsuLease lease;
        lease.ipAddress = Ipv4Address(network + 20 + quint32(i));
        lease.clientId = QStringLiteral("00-15-5d-dd-%1-%2")
                             .arg(round % 256, 2, 16, QLatin1Char('0'))
                             .arg(i, 2, 16, QLatin1Char('0'));
        lease.hostname = QStringLiteral("found-%1-%2").arg(round).arg(i);
        lease.expiry = QDateTime::currentDateTimeUtc().addDays(1);
        lease.addressState = QStringLiteral("Active");
        scope.leases << lease;
    }
    home.model(Standalone).addScope(scope);
}

int deletesSince(const SyncHome &home, qsizetype from)
{
    int deletes = 0;
    const auto &changes = home.lab.netbox()->state().changes();
    for (size_t i = size_t(from); i < changes.size(); ++i) {
        if (changes[i].action == QLatin1String("delete") &&
            changes[i].objectType == QLatin1String("ipam.ipaddress"))
            ++deletes;
    }
    return deletes;
}

// Status changes of existing IPs (a "downgrade": reserved -> dhcp and the like).
int statusChanges(const NetBoxView &before, const NetBoxView &after)
{
    int changed = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto now = after.constFind(it.key());
        if (now != after.cend() &&
            now->section(QLatin1Char('|'), 0, 0) != it->section(QLatin1Char('|'), 0, 0))
            ++changed;
    }
    return changed;
}

QString outcomeText(const SyncJobResult &result)
{
    QString text = jobStatusText(result.status);
    if (qEnvironmentVariableIsSet("FAULT_DEBUG"))
        text += QString::fromUtf8(QJsonDocument(result.counts).toJson(QJsonDocument::Compact)) +
                QString::number(result.failures.size());
    if (!result.runErrors.isEmpty())
        text += QStringLiteral(": ") + result.runErrors.first().left(70);
    else if (!result.failures.isEmpty())
        text += QStringLiteral(": ") + result.failures.first().cause.left(70);
    return text;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultyCall_data();
    void faultyCall();
    void changedCertificate_data();
    void changedCertificate();
    void cleanupTestCase();

private:
    void converge(const QString &label);
};

void TestFaultMatrix::initTestCase()
{
    auto home = std::make_unique<SyncHome>();
    // Three scopes of 40 leases: every run still creates, updates and deletes, quickly.
    QVERIFY(home->start(3, 40));
    lab::NbTag tag;
    tag.name = QStringLiteral("Bad hostname");
    tag.slug = QStringLiteral("bad-hostname");
    home->lab.netbox()->state().addTag(tag);
    // Short timeouts and retry delays keep 160 runs quick; the behaviour is the same.
    home->tuneSession = [](HttpSessionConfig &config) {
        config.timeout = std::chrono::milliseconds(400);
        config.retryBaseDelay = std::chrono::milliseconds(5);
    };
    SettingsRepository settings(*home->db);
    Settings pushing = *settings.get();
    pushing.pushReservations = true;
    QVERIFY(settings.save(pushing).has_value());
    const SyncJobResult first = home->sync();
    QCOMPARE(first.status, JobStatus::Succeeded);
    shared().home = std::move(home);
}

// The next clean run reaches the state a run without faults reaches: every address the server
// hands out is in NetBox with its status and host name, and a further run changes nothing.
void TestFaultMatrix::converge(const QString &label)
{
    SyncHome &home = *shared().home;
    // The clean runs are not under test for timeouts: on a slow machine (the sanitizer build on
    // two shared cores) the 400 ms of the faulty runs would fail them for the wrong reason.
    const auto faultyTuning = home.tuneSession;
    home.tuneSession = [](HttpSessionConfig &config) {
        config.timeout = std::chrono::seconds(15);
        config.retryBaseDelay = std::chrono::milliseconds(5);
    };
    const auto restore = qScopeGuard([&home, faultyTuning] { home.tuneSession = faultyTuning; });
    const SyncJobResult clean = home.sync();
    QVERIFY2(clean.status == JobStatus::Succeeded,
             qPrintable(label + QStringLiteral(": ") + clean.runErrors.join(QLatin1Char(';'))));
    QSet<QString> reserved;
    const QSet<QString> expected = home.expectedAddresses(&reserved);
    const auto ips = home.netboxIps();
    QCOMPARE(QSet<QString>(ips.keyBegin(), ips.keyEnd()), expected);
    for (const auto &[id, scope] : home.model(Standalone).scopes) {
        for (const auto &lease : scope.leases) {
            const NbIpAddress ip = ips.value(lease.ipAddress.toString());
            if (!reserved.contains(lease.ipAddress.toString()))
                QCOMPARE(ip.status, QStringLiteral("dhcp"));
        }
    }
    // A reservation pushed in that run is reported by the server from the next run on, which
    // records its side-info; the run after that is quiet.
    SyncJobResult again = home.sync();
    if (!again.changedNothing() &&
        again.counts.value(QStringLiteral("ip_created")).toInteger() +
                again.counts.value(QStringLiteral("ip_updated")).toInteger() +
                again.counts.value(QStringLiteral("ip_deleted")).toInteger() ==
            0)
        again = home.sync();
    QVERIFY2(again.changedNothing(),
             qPrintable(label + QStringLiteral(": ") + QJsonDocument(again.counts).toJson()));
}

void TestFaultMatrix::faultyCall_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("fault");
    const auto callList = calls();
    const auto faultList = faults();
    for (int c = 0; c < callList.size(); ++c) {
        for (int f = 0; f < faultList.size(); ++f) {
            // Creating the custom field has its own 5-minute limit (NetBox rewrites every IP
            // when the field appears), so a hang there is not tried here.
            if (callList[c].name == QLatin1String("NetBox POST custom-fields") &&
                faultList[f].kind == LabFault::Kind::Hang)
                continue;
            QTest::newRow(qPrintable(callList[c].name + QStringLiteral(" / ") + faultList[f].name))
                << c << f;
        }
    }
}

void TestFaultMatrix::faultyCall()
{
    QFETCH(int, call);
    QFETCH(int, fault);
    const CallUnderTest target = calls().at(call);
    const FaultUnderTest injected = faults().at(fault);
    SyncHome &home = *shared().home;
    changeDhcpData(home, ++shared().round);
    addPushableReservation(home, shared().round);
    // Push Scope Info only for its own row: with it on, a run reads no failover list (scope
    // discovery is a pull-mode feature), so the other rows keep it off.
    const bool scopePush = target.name == QLatin1String("PSU PUT scopes") ||
                           target.name == QLatin1String("PSU POST exclusions") ||
                           target.name == QLatin1String("PSU DELETE exclusions");
    {
        SettingsRepository settings(*home.db);
        Settings current = *settings.get();
        current.pushScopeInfo = scopePush;
        QVERIFY(settings.save(current).has_value());
    }
    if (target.name == QLatin1String("PSU GET scope options") ||
        target.name == QLatin1String("NetBox POST prefixes"))
        addServerScope(home, shared().round);
    if (target.name == QLatin1String("PSU PUT scopes"))
        changeLocalScope(home, shared().round);
    if (target.name == QLatin1String("PSU POST exclusions"))
        addLocalExclusion(home, shared().round);
    {
        SettingsRepository settings(*home.db);
        Settings current = *settings.get();
        current.invalidHostnameTagSlug = target.name == QLatin1String("NetBox GET tags")
                                             ? QStringLiteral("bad-hostname")
                                             : QString();
        QVERIFY(settings.save(current).has_value());
    }
    if (target.name == QLatin1String("NetBox POST custom-fields")) {
        auto &fields = home.lab.netbox()->state().customFields();
        for (auto it = fields.begin(); it != fields.end();) {
            if (it->second.name == QLatin1String("dhcp_client_id"))
                it = fields.erase(it);
            else
                ++it;
        }
    }
    if (target.name == QLatin1String("PSU DELETE exclusions"))
        addPendingExclusionRemoval(home, shared().round);
    if (target.name == QLatin1String("PSU PUT reservations"))
        renameReservedIp(home, shared().round);

    LabFault labFault;
    labFault.kind = injected.kind;
    labFault.status = injected.status;
    if (injected.status == 200) {
        // A 200 whose JSON has the wrong shape and types for every endpoint: an array where an
        // object is expected, and elements of the wrong types where a list is.
        labFault.body = QByteArrayLiteral(R"([1, "two", null, {"id": "x", "ScopeId": 5}])");
        labFault.contentType = QByteArrayLiteral("application/json");
    }
    labFault.method = target.method;
    labFault.pathPattern = target.pathPattern;
    lab::LabHttpServer *server =
        target.netbox ? home.lab.netboxEndpoint().http : home.endpoint(Standalone).http;
    server->faults().add(labFault);

    const NetBoxView before = home.netboxView();
    const qsizetype changesBefore = home.netboxChanges();
    const SyncJobResult result = home.sync();
    server->faults().clear();
    shared().matrix[target.name][injected.name] = outcomeText(result);

    // The job ended and says why.
    QVERIFY2(result.status != JobStatus::Running, "the job did not finish");
    if (target.read) {
        QVERIFY2(result.status == JobStatus::Failed, qPrintable(outcomeText(result)));
        QVERIFY(!result.runErrors.isEmpty());
        // Nothing deleted or downgraded because of a failed read.
        if (target.feedsIps)
            QCOMPARE(deletesSince(home, changesBefore), 0);
        QCOMPARE(statusChanges(before, home.netboxView()), 0);
        // G-2: the server's part failed, its last sync time kept, the reason recorded.
        const auto stored = ServerRepository(*home.db).findByName(Standalone);
        QVERIFY(!(*stored)->lastSyncError.isEmpty());
    } else if (target.name == QLatin1String("NetBox POST custom-fields")) {
        // Without the field no IP can carry its client id: the run stops before any IP write
        // (the field itself may have been created when only the answer was lost).
        QCOMPARE(result.status, JobStatus::Failed);
        const auto &changes = home.lab.netbox()->state().changes();
        for (size_t i = size_t(changesBefore); i < changes.size(); ++i)
            QVERIFY(changes[i].objectType != QLatin1String("ipam.ipaddress"));
    } else if (target.name == QLatin1String("NetBox GET tags")) {
        QVERIFY2(result.status != JobStatus::Failed, qPrintable(outcomeText(result)));
        QCOMPARE(statusChanges(before, home.netboxView()), 0);
    } else if (target.name == QLatin1String("PSU POST health")) {
        // C-07: only an answer of 200 confirms the writer (a 200 whose body is not JSON still
        // is one: the role check is the status); anything else keeps the run pull-only.
        const bool answered200 =
            injected.status == 200 || injected.kind == LabFault::Kind::MalformedJson;
        if (!answered200)
            QCOMPARE(result.counts.value(QStringLiteral("reservations_pushed")).toInteger(), 0);
        QVERIFY2(result.status != JobStatus::Failed, qPrintable(outcomeText(result)));
        QCOMPARE(statusChanges(before, home.netboxView()), 0);
    } else if (target.method == "DELETE" &&
               (injected.kind == LabFault::Kind::MalformedJson || injected.status == 200)) {
        // A bulk DELETE answers 204 without a body; a 200 with a broken body still reports
        // success, so the client takes it as done. What matters is that the next run converges.
        QCOMPARE(statusChanges(before, home.netboxView()), 0);
    } else {
        QVERIFY2(result.status == JobStatus::Partial || result.status == JobStatus::Failed,
                 qPrintable(outcomeText(result)));
        QVERIFY2(!result.failures.isEmpty() || !result.runErrors.isEmpty(),
                 qPrintable(outcomeText(result)));
        QCOMPARE(statusChanges(before, home.netboxView()), 0);
    }
    converge(QString::fromLatin1(QTest::currentDataTag()));
}

void TestFaultMatrix::changedCertificate_data()
{
    QTest::addColumn<bool>("netbox");
    QTest::newRow("PSU certificate changed") << false;
    QTest::newRow("NetBox certificate changed") << true;
}

void TestFaultMatrix::changedCertificate()
{
    QFETCH(bool, netbox);
    SyncHome &home = *shared().home;
    changeDhcpData(home, ++shared().round);
    lab::LabHttpServer *server =
        netbox ? home.lab.netboxEndpoint().http : home.endpoint(Standalone).http;
    server->rotateCertificate();
    const NetBoxView before = home.netboxView();
    const qsizetype changesBefore = home.netboxChanges();
    const SyncJobResult result = home.sync();
    server->rotateCertificate(); // back to the trusted one
    const QString callName =
        netbox ? QStringLiteral("NetBox (any call)") : QStringLiteral("PSU (any call)");
    shared().matrix[callName][QStringLiteral("certificate changed")] = outcomeText(result);
    QCOMPARE(result.status, JobStatus::Failed);
    QVERIFY2(result.runErrors.join(QString()).contains(QStringLiteral("certificate"),
                                                       Qt::CaseInsensitive),
             qPrintable(result.runErrors.join(QLatin1Char('\n'))));
    // Nothing at all crossed the wire to a server whose certificate changed: no writes.
    QCOMPARE(home.netboxChanges(), changesBefore);
    QCOMPARE(home.netboxView(), before);
    converge(QString::fromLatin1(QTest::currentDataTag()));
}

void TestFaultMatrix::cleanupTestCase()
{
    // The matrix as a Markdown table (README, Reliability).
    QString table = QStringLiteral("\n| call | fault | outcome |\n| --- | --- | --- |\n");
    int rows = 0;
    for (const auto &[call, byFault] : shared().matrix) {
        for (const auto &[fault, outcome] : byFault) {
            table += QStringLiteral("| %1 | %2 | %3 |\n").arg(call, fault, outcome);
            ++rows;
        }
    }
    table += QStringLiteral("\n%1 faults tried; every run finished, no failed read deleted or "
                            "downgraded anything, and every next clean run converged.\n")
                 .arg(rows);
    std::fputs(qPrintable(table), stdout);
    shared().home.reset();
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
