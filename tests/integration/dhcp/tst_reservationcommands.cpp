// ReservationCommands end to end against PsuSim (lab/psu) over LabHttpServer, with a real
// store: Make Reservation lands in PsuSim's state and in the cache (lease shown reserved); a
// stored reader or unknown access level is refused with no request at all; maintenance is
// refused until confirmed (C-20) and then goes through; a real PSU 500 (address outside the
// range), an injected 500, a 403 (the token lost its writer role), a hang past the timeout and a
// TLS failure each give a specific message and leave the cache as it was; Delete Reservation on
// script 1.0.2 (DELETE /reservations/{client_id}) and 2.0.1 (bulk DELETE by scope and address)
// removes it from PsuSim and the cache; a 404 says "already gone" and forget() drops the row; a
// MAC reserved in two scopes of a 1.0.2 server is refused without a request; a failover scope
// reported by the secondary is written to the PRIMARY, then replicated (upstream-v2.md §1.12).

#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "dhcp/ReservationCommands.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SecretKey.h"
#include "store/Database.h"
#include "store/DhcpCacheRepository.h"
#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

const QString MacA = QStringLiteral("00-11-22-33-44-50");
const QString MacPrinter = QStringLiteral("aa-bb-cc-dd-ee-01");

// One PSU server of the lab: its simulator and its loopback HTTP(S) listener.
struct LabPsu
{
    std::unique_ptr<lab::PsuSim> sim;
    std::unique_ptr<lab::LabHttpServer> http;

    int requests(const QByteArray &method = "*", const QString &pathEnd = {}) const
    {
        int n = 0;
        for (const auto &e : http->requestLog().entries()) {
            const bool methodOk = method == "*" || e.method == method;
            n += (methodOk && e.path.endsWith(pathEnd)) ? 1 : 0;
        }
        return n;
    }
};

lab::PsuScope labScope(const char *id, const char *name, const char *start, const char *end)
{
    lab::PsuScope s;
    s.scopeId = ip(id);
    s.name = QString::fromLatin1(name);
    s.startIp = ip(start);
    s.endIp = ip(end);
    s.subnetMask = ip("255.255.255.0");
    return s;
}

} // namespace

class TestReservationCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InMemorySecretStore m_secrets;
    LabPsu m_a;
    LabPsu m_b;
    std::int64_t m_serverA = 0;
    std::int64_t m_serverB = 0;

    // A lab PSU server; partnerOf shares the model of another (a failover pair).
    LabPsu startPsu(const QString &hostname, const QString &version, bool tls = false,
                    const LabPsu *partnerOf = nullptr)
    {
        LabPsu psu;
        lab::PsuSimOptions options;
        options.hostname = hostname;
        options.scriptVersion = version;
        if (partnerOf)
            options.model = partnerOf->sim->sharedModel();
        psu.sim = std::make_unique<lab::PsuSim>(options);
        psu.http = std::make_unique<lab::LabHttpServer>(psu.sim.get());
        if (tls)
            psu.http->enableTls(lab::LabCertificate::localhost());
        const auto started = psu.http->start();
        if (!started)
            qWarning("%s", qPrintable(started.error().message));
        return psu;
    }

    std::int64_t addServer(const QString &name, const LabPsu &psu, const QString &token,
                           AccessLevel access, const QString &version)
    {
        Server s;
        s.name = name;
        s.hostname = QStringLiteral("127.0.0.1");
        s.port = psu.http->port();
        s.useHttps = psu.http->isHttps();
        s.verifySsl = true; // HTTPS: no stored certificate, so the system store must say yes
        s.timeoutSeconds = 5;
        const auto created = ServerRepository(*m_db).create(s);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return 0;
        }
        (void)ServerRepository(*m_db).recordAccessLevel(created->id, access,
                                                        QDateTime::currentDateTimeUtc());
        (void)ServerRepository(*m_db).setScriptVersion(created->id, version);
        const SecretKey key = SecretKey::psuAppToken(created->id, name);
        (void)QCoro::waitFor(m_secrets.write(key, token));
        return created->id;
    }

    void addLocalScope(const char *cidr, const char *name, std::optional<std::int64_t> server,
                       std::optional<std::int64_t> failover = std::nullopt)
    {
        Scope s;
        s.name = QString::fromLatin1(name);
        s.netboxPrefixId = 1;
        s.prefix = *Ipv4Prefix::parse(QString::fromLatin1(cidr));
        s.startIp = Ipv4Address(s.prefix.network().toUInt() + 10);
        s.endIp = Ipv4Address(s.prefix.network().toUInt() + 254);
        s.serverId = server;
        s.failoverId = failover;
        const auto created = ScopeRepository(*m_db).create(s, ValidationMode::Import);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    }

    CachedLease cacheLease(std::int64_t server, const char *scope, const char *address,
                           const QString &mac, const char *host)
    {
        CachedLease l;
        l.serverId = server;
        l.scopeId = ip(scope);
        l.address = ip(address);
        l.clientId = mac;
        l.hostname = QString::fromLatin1(host);
        l.state = QStringLiteral("Active");
        const DhcpCacheRepository::LeaseScopeRead read{server, l.scopeId, {l}};
        (void)DhcpCacheRepository(*m_db).replaceScopes({read}, {}, QDateTime::currentDateTimeUtc());
        return l;
    }

    CachedReservation cacheReservation(std::int64_t server, const char *scope, const char *address,
                                       const QString &mac)
    {
        CachedReservation r;
        r.serverId = server;
        r.scopeId = ip(scope);
        r.address = ip(address);
        r.clientId = mac;
        r.name = QStringLiteral("printer");
        r.type = QStringLiteral("Dhcp");
        const auto added =
            DhcpCacheRepository(*m_db).addReservation(r, QDateTime::currentDateTimeUtc());
        if (!added)
            qWarning("%s", qPrintable(added.error().message));
        return r;
    }

    // Standalone SRV-A: scope 10.0.1.0 (.10–.254) with the lease of PC50 and the reservation of
    // the printer; scope 10.0.2.0 empty. Both known locally, cache filled as a sync would.
    void standalone(const QString &version, AccessLevel access = AccessLevel::Writer)
    {
        m_a = startPsu(QStringLiteral("srv-a.example.com"), version);
        lab::PsuScope one = labScope("10.0.1.0", "Building A", "10.0.1.10", "10.0.1.254");
        one.leases << lab::PsuLease{ip("10.0.1.50"), MacA, QStringLiteral("PC50"),
                                    QDateTime::currentDateTimeUtc().addDays(1),
                                    QStringLiteral("Active")};
        one.reservations << lab::PsuReservation{ip("10.0.1.100"), MacPrinter,
                                                QStringLiteral("printer"), QString(),
                                                QStringLiteral("Dhcp")};
        m_a.sim->model().addScope(one);
        m_a.sim->model().addScope(labScope("10.0.2.0", "Lab", "10.0.2.10", "10.0.2.254"));
        m_serverA =
            addServer(QStringLiteral("SRV-A"), m_a, m_a.sim->writerToken(), access, version);
        addLocalScope("10.0.1.0/24", "Building A", m_serverA);
        addLocalScope("10.0.2.0/24", "Lab", m_serverA);
    }

    ReservationCommands commands(int timeoutMs = 5000)
    {
        return ReservationCommands(*m_db, m_secrets, ConfigOverrides(),
                                   [timeoutMs](HttpSessionConfig &config) {
                                       config.timeout = std::chrono::milliseconds(timeoutMs);
                                       config.retryBaseDelay = std::chrono::milliseconds(10);
                                   });
    }

    MakeReservationRequest makeRequest(const CachedLease &lease, bool confirmed = false)
    {
        MakeReservationRequest request;
        request.lease = lease;
        request.name = QStringLiteral("PC50");
        request.description = QStringLiteral("desk 4");
        request.maintenanceConfirmed = confirmed;
        return request;
    }

    QList<CachedReservation> cachedReservations()
    {
        return DhcpCacheRepository(*m_db).reservations().value_or(QList<CachedReservation>());
    }
    QString leaseState(const char *address)
    {
        for (const CachedLease &l :
             DhcpCacheRepository(*m_db).leases().value_or(QList<CachedLease>())) {
            if (l.address == ip(address))
                return l.state;
        }
        return QStringLiteral("<none>");
    }

    void statusFault(const QByteArray &method, const QString &path, int status,
                     const QByteArray &body = {})
    {
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.method = method;
        fault.pathPattern = path;
        fault.status = status;
        fault.body = body;
        if (!body.isEmpty())
            fault.contentType = "application/json";
        m_a.http->faults().add(fault);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("leaselink.sqlite3")));
        auto opened = Database::open(m_dir.filePath(QStringLiteral("leaselink.sqlite3")));
        QVERIFY(opened.has_value());
        m_db = std::move(*opened);
    }
    void cleanup()
    {
        m_a = LabPsu();
        m_b = LabPsu();
    }

    void makeReservationOnStandaloneServer()
    {
        standalone(QStringLiteral("1.0.2"));
        const CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        const ReservationOutcome out =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease)));
        QCOMPARE(int(out.result), int(ReservationResult::Done));
        QVERIFY2(out.warning.isEmpty(), qPrintable(out.warning));
        QVERIFY2(out.message.contains(QStringLiteral("NetBox follows at the next sync")),
                 qPrintable(out.message));
        const lab::PsuReservation *made =
            m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.50"));
        QVERIFY(made);
        QCOMPARE(made->clientId, MacA);
        QCOMPARE(made->name, QStringLiteral("PC50"));
        QCOMPARE(made->description, QStringLiteral("desk 4"));
        QCOMPARE(made->type, QStringLiteral("Dhcp")); // default type (psu-api.md §3, C-08)
        QCOMPARE(m_a.requests("POST", QStringLiteral("/reservations")), 1);
        QCOMPARE(m_a.requests("POST", QStringLiteral("/failover/replicate")), 0);

        const QList<CachedReservation> cached = cachedReservations();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached[0].serverId, m_serverA);
        QCOMPARE(cached[0].address, ip("10.0.1.50"));
        QCOMPARE(cached[0].clientId, MacA);
        QCOMPARE(cached[0].name, QStringLiteral("PC50"));
        QCOMPARE(cached[0].type, QStringLiteral("Dhcp"));
        QCOMPARE(leaseState("10.0.1.50"), QStringLiteral("ActiveReservation"));
    }

    void chosenTypeIsSent()
    {
        standalone(QStringLiteral("2.0.1"));
        const CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        MakeReservationRequest request = makeRequest(lease);
        request.type = PsuReservationType::Both;
        const ReservationOutcome out = QCoro::waitFor(commands().makeReservation(request));
        QCOMPARE(int(out.result), int(ReservationResult::Done));
        QCOMPARE(m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.50"))->type,
                 QStringLiteral("Both"));
        QCOMPARE(cachedReservations().at(0).type, QStringLiteral("Both"));
    }

    void readerOrUnknownTokenSendsNothing_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("reason");
        QTest::newRow("reader") << int(AccessLevel::Reader) << "read-only App Token";
        QTest::newRow("unknown") << int(AccessLevel::Unknown) << "Test Connection";
    }
    void readerOrUnknownTokenSendsNothing()
    {
        QFETCH(int, access);
        QFETCH(QString, reason);
        standalone(QStringLiteral("1.0.2"), AccessLevel(access));
        const CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        const CachedReservation printer =
            cacheReservation(m_serverA, "10.0.1.0", "10.0.1.100", MacPrinter);
        const ReservationOutcome made =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease)));
        QCOMPARE(int(made.result), int(ReservationResult::Refused));
        QVERIFY2(made.message.contains(reason), qPrintable(made.message));
        DeleteReservationRequest remove;
        remove.reservation = printer;
        const ReservationOutcome deleted = QCoro::waitFor(commands().deleteReservation(remove));
        QCOMPARE(int(deleted.result), int(ReservationResult::Refused));
        QCOMPARE(m_a.requests(), 0);
        QCOMPARE(cachedReservations().size(), 1);
        QVERIFY(m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.100")));
    }

    // The stored level said Writer, but the token lost its role: 403, nothing cached, and the
    // stored level becomes Reader so the actions are disabled from now on.
    void forbiddenWriteRecordsReader()
    {
        standalone(QStringLiteral("1.0.2"));
        const SecretKey key = SecretKey::psuAppToken(m_serverA, QStringLiteral("SRV-A"));
        QVERIFY(QCoro::waitFor(m_secrets.write(key, m_a.sim->readerToken())).has_value());
        const CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        const ReservationOutcome out =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease)));
        QCOMPARE(int(out.result), int(ReservationResult::Failed));
        QVERIFY2(out.message.contains(QStringLiteral("403")), qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("Nothing was changed in LeaseLink")),
                 qPrintable(out.message));
        QVERIFY(cachedReservations().isEmpty());
        QCOMPARE(ServerRepository(*m_db).get(m_serverA)->accessLevel, AccessLevel::Reader);
    }

    void maintenanceDeclinedSendsNothing_data()
    {
        QTest::addColumn<QString>("object");
        QTest::newRow("server") << "server SRV-A";
        QTest::newRow("scope") << "scope Building A";
    }
    void maintenanceDeclinedSendsNothing()
    {
        QFETCH(QString, object);
        standalone(QStringLiteral("1.0.2"));
        if (object.startsWith(QStringLiteral("server"))) {
            QVERIFY(ServerRepository(*m_db).setMaintenance(m_serverA, true).has_value());
        } else {
            const auto scopes = ScopeRepository(*m_db).listForServer(m_serverA);
            for (const Scope &s : *scopes) {
                if (s.name == QStringLiteral("Building A"))
                    QVERIFY(ScopeRepository(*m_db).setMaintenance(s.id, true).has_value());
            }
        }
        const CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        const ReservationOutcome asked =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease)));
        QCOMPARE(int(asked.result), int(ReservationResult::NeedsConfirmation));
        QVERIFY2(asked.message.contains(object), qPrintable(asked.message));
        QCOMPARE(m_a.requests(), 0);
        QVERIFY(cachedReservations().isEmpty());

        // The admin said yes.
        const ReservationOutcome done =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease, true)));
        QCOMPARE(int(done.result), int(ReservationResult::Done));
        QVERIFY(m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.50")));
    }

    // Errors: a specific message and no local change.
    void serverErrorsChangeNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("PSU 500: outside the scope's range")
            << ""
            << "10.0.1.5"
            << QStringList{QStringLiteral("did not create"), QStringLiteral("The server said"),
                           QStringLiteral("Failed to add reservation"), QStringLiteral("HTTP 500")};
        QTest::newRow("injected 500 with PSU's error body")
            << "500"
            << "10.0.1.50"
            << QStringList{QStringLiteral("The server said: boom from Windows"),
                           QStringLiteral("HTTP 500")};
        QTest::newRow("timeout") << "hang"
                                 << "10.0.1.50" << QStringList{QStringLiteral("did not create")};
    }
    void serverErrorsChangeNothing()
    {
        QFETCH(QString, fault);
        QFETCH(QString, address);
        QFETCH(QStringList, expected);
        standalone(QStringLiteral("1.0.2"));
        if (fault == QStringLiteral("500"))
            statusFault("POST", QStringLiteral("*reservations*"), 500,
                        R"({"error":"boom from Windows"})");
        if (fault == QStringLiteral("hang")) {
            lab::LabFault hang;
            hang.kind = lab::LabFault::Kind::Hang;
            hang.method = "POST";
            hang.pathPattern = QStringLiteral("*reservations*");
            m_a.http->faults().add(hang);
        }
        CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        lease.address = *Ipv4Address::parse(address);
        const ReservationOutcome out =
            QCoro::waitFor(commands(400).makeReservation(makeRequest(lease)));
        QCOMPARE(int(out.result), int(ReservationResult::Failed));
        for (const QString &part : expected)
            QVERIFY2(out.message.contains(part), qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("Nothing was changed in LeaseLink")),
                 qPrintable(out.message));
        QCOMPARE(m_a.requests("POST", QStringLiteral("/reservations")), 1); // never retried
        QVERIFY(cachedReservations().isEmpty());
        QCOMPARE(leaseState("10.0.1.50"), QStringLiteral("Active"));
        if (fault == QStringLiteral("hang"))
            QVERIFY2(out.message.contains(QStringLiteral("time"), Qt::CaseInsensitive),
                     qPrintable(out.message));
    }

    // HTTPS with verification on and a certificate no store trusts: the health check fails on
    // TLS, nothing is written.
    void tlsFailureSendsNoWrite()
    {
        m_a = startPsu(QStringLiteral("srv-a.example.com"), QStringLiteral("1.0.2"), true);
        m_a.sim->model().addScope(labScope("10.0.1.0", "Building A", "10.0.1.10", "10.0.1.254"));
        m_serverA = addServer(QStringLiteral("SRV-A"), m_a, m_a.sim->writerToken(),
                              AccessLevel::Writer, QStringLiteral("1.0.2"));
        addLocalScope("10.0.1.0/24", "Building A", m_serverA);
        const CachedLease lease = cacheLease(m_serverA, "10.0.1.0", "10.0.1.50", MacA, "PC50");
        const ReservationOutcome out =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease)));
        QCOMPARE(int(out.result), int(ReservationResult::Failed));
        QVERIFY2(out.message.contains(QStringLiteral("health check")), qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
                     out.message.contains(QStringLiteral("TLS"), Qt::CaseInsensitive),
                 qPrintable(out.message));
        QVERIFY(m_a.sim->model().scope(ip("10.0.1.0"))->reservations.isEmpty());
        QVERIFY(cachedReservations().isEmpty());
    }

    void deleteReservation_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("1.0.2: DELETE by client id")
            << "1.0.2" << QByteArray("DELETE") << "/reservations/aa-bb-cc-dd-ee-01";
        QTest::newRow("2.0.1: bulk DELETE by scope and address")
            << "2.0.1" << QByteArray("DELETE") << "/reservations";
    }
    void deleteReservation()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        standalone(version);
        const CachedReservation printer =
            cacheReservation(m_serverA, "10.0.1.0", "10.0.1.100", MacPrinter);
        DeleteReservationRequest request;
        request.reservation = printer;
        const ReservationOutcome out = QCoro::waitFor(commands().deleteReservation(request));
        QCOMPARE(int(out.result), int(ReservationResult::Done));
        QVERIFY2(out.message.contains(QStringLiteral("deleted on the DHCP server")),
                 qPrintable(out.message));
        QVERIFY(!m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.100")));
        QCOMPARE(m_a.requests(method, path), 1);
        QVERIFY(cachedReservations().isEmpty());
    }

    void deleteAlreadyGoneOffersForget_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("1.0.2 404") << "1.0.2";
        QTest::newRow("2.0.1 not_found") << "2.0.1";
    }
    void deleteAlreadyGoneOffersForget()
    {
        QFETCH(QString, version);
        standalone(version);
        const CachedReservation ghost = cacheReservation(m_serverA, "10.0.1.0", "10.0.1.120",
                                                         QStringLiteral("0a-00-00-00-00-20"));
        DeleteReservationRequest request;
        request.reservation = ghost;
        const ReservationOutcome out = QCoro::waitFor(commands().deleteReservation(request));
        QCOMPARE(int(out.result), int(ReservationResult::NotFound));
        QVERIFY2(out.message.contains(QStringLiteral("already gone")), qPrintable(out.message));
        QCOMPARE(cachedReservations().size(), 1); // only when the admin says so
        QVERIFY(m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.100")));
        QCOMPARE(*commands().forget(ghost), 1);
        QVERIFY(cachedReservations().isEmpty());
    }

    void deleteServerErrorChangesNothing()
    {
        standalone(QStringLiteral("1.0.2"));
        statusFault("DELETE", QStringLiteral("*reservations*"), 500,
                    R"({"error":"The DHCP service is not running."})");
        const CachedReservation printer =
            cacheReservation(m_serverA, "10.0.1.0", "10.0.1.100", MacPrinter);
        DeleteReservationRequest request;
        request.reservation = printer;
        const ReservationOutcome out = QCoro::waitFor(commands().deleteReservation(request));
        QCOMPARE(int(out.result), int(ReservationResult::Failed));
        QVERIFY2(out.message.contains(QStringLiteral("The DHCP service is not running.")),
                 qPrintable(out.message));
        QCOMPARE(cachedReservations().size(), 1);
    }

    // psu-api.md §3: the 1.x DELETE by MAC would take the first scope's reservation.
    void multiScopeMacRefusedOnOldScripts()
    {
        standalone(QStringLiteral("1.0.2"));
        m_a.sim->model().scope(ip("10.0.2.0"))->reservations
            << lab::PsuReservation{ip("10.0.2.100"), MacPrinter, QStringLiteral("printer-lab"),
                                   QString(), QStringLiteral("Dhcp")};
        cacheReservation(m_serverA, "10.0.1.0", "10.0.1.100", MacPrinter);
        const CachedReservation second =
            cacheReservation(m_serverA, "10.0.2.0", "10.0.2.100", MacPrinter);
        DeleteReservationRequest request;
        request.reservation = second;
        const ReservationOutcome out = QCoro::waitFor(commands().deleteReservation(request));
        QCOMPARE(int(out.result), int(ReservationResult::Refused));
        QVERIFY2(out.message.contains(QStringLiteral("first")), qPrintable(out.message));
        QCOMPARE(m_a.requests(), 0);
        QVERIFY(m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.100")));
        QVERIFY(m_a.sim->model().scope(ip("10.0.2.0"))->reservationAt(ip("10.0.2.100")));
        QCOMPARE(cachedReservations().size(), 2);

        // A 2.x script deletes by scope and address: the same request is exact there.
        m_a.sim->setScriptVersion(QStringLiteral("2.0.1"));
        (void)ServerRepository(*m_db).setScriptVersion(m_serverA, QStringLiteral("2.0.1"));
        const ReservationOutcome done = QCoro::waitFor(commands().deleteReservation(request));
        QCOMPARE(int(done.result), int(ReservationResult::Done));
        QVERIFY(m_a.sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.100")));
        QVERIFY(!m_a.sim->model().scope(ip("10.0.2.0"))->reservationAt(ip("10.0.2.100")));
    }

    // FO1: SRV-A primary, SRV-B secondary (one shared DHCP model). The lease row was read
    // through SRV-B standing in; the POST still goes to SRV-A, then SRV-A replicates.
    void failoverScopeGoesToThePrimary()
    {
        m_a = startPsu(QStringLiteral("srv-a.example.com"), QStringLiteral("2.0.1"));
        m_b = startPsu(QStringLiteral("srv-b.example.com"), QStringLiteral("2.0.1"), false, &m_a);
        lab::PsuScope annex = labScope("10.0.3.0", "Annex", "10.0.3.10", "10.0.3.254");
        m_a.sim->model().addScope(annex);
        lab::PsuFailover fo;
        fo.name = QStringLiteral("FO1");
        fo.serverA = QStringLiteral("srv-a.example.com");
        fo.serverB = QStringLiteral("srv-b.example.com");
        fo.scopeIds = {QStringLiteral("10.0.3.0")};
        m_a.sim->model().failovers << fo;
        m_serverA = addServer(QStringLiteral("SRV-A"), m_a, m_a.sim->writerToken(),
                              AccessLevel::Writer, QStringLiteral("2.0.1"));
        m_serverB = addServer(QStringLiteral("SRV-B"), m_b, m_b.sim->writerToken(),
                              AccessLevel::Writer, QStringLiteral("2.0.1"));
        Failover failover;
        failover.name = QStringLiteral("FO1");
        failover.primaryServerId = m_serverA;
        failover.secondaryServerId = m_serverB;
        const auto created = FailoverRepository(*m_db).create(failover);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
        addLocalScope("10.0.3.0/24", "Annex", std::nullopt, created->id);

        const CachedLease lease = cacheLease(m_serverB, "10.0.3.0", "10.0.3.50", MacA, "PC350");
        const ReservationOutcome out =
            QCoro::waitFor(commands().makeReservation(makeRequest(lease)));
        QCOMPARE(int(out.result), int(ReservationResult::Done));
        QVERIFY2(out.warning.isEmpty(), qPrintable(out.warning));
        QCOMPARE(out.target.server->name, QStringLiteral("SRV-A"));
        QCOMPARE(m_a.requests("POST", QStringLiteral("/reservations")), 1);
        QCOMPARE(m_a.requests("POST", QStringLiteral("/failover/replicate")), 1);
        QCOMPARE(m_b.requests(), 0);
        QVERIFY2(out.message.contains(QStringLiteral("replicated to SRV-B")),
                 qPrintable(out.message));
        QVERIFY(m_a.sim->model().scope(ip("10.0.3.0"))->reservationAt(ip("10.0.3.50")));
        const QList<CachedReservation> cached = cachedReservations();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached[0].serverId, m_serverA);
        QCOMPARE(leaseState("10.0.3.50"), QStringLiteral("ActiveReservation"));

        // The primary in maintenance: asked first, even though SRV-B read the row.
        QVERIFY(ServerRepository(*m_db).setMaintenance(m_serverA, true).has_value());
        const CachedReservation made = cached[0];
        DeleteReservationRequest remove;
        remove.reservation = made;
        const ReservationOutcome asked = QCoro::waitFor(commands().deleteReservation(remove));
        QCOMPARE(int(asked.result), int(ReservationResult::NeedsConfirmation));
        QVERIFY2(asked.message.contains(QStringLiteral("server SRV-A")), qPrintable(asked.message));
    }
};

QTEST_GUILESS_MAIN(TestReservationCommands)
#include "tst_reservationcommands.moc"
