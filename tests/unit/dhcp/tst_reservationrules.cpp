// ReservationRules without I/O: which server gets the request (standalone scope → its server;
// failover scope → the failover's PRIMARY whichever partner reported the row, upstream-v2.md
// §1.12 and C-12; unknown scope → the reporting server), the writer gate (C-07: Reader and
// Unknown refused with their own reason), maintenance of the server, failover or scope listed
// for confirmation (C-20), Make Reservation's "already reserved" and "not a MAC" refusals, and
// the refusal of DELETE /reservations/{client_id} when the MAC is reserved in several scopes of
// the server (psu-api.md §3: the first one found is deleted), which the 2.x bulk delete (scope
// and address) does not need.

#include "dhcp/ReservationRules.h"

#include <QTest>

using namespace leaselink;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

Server server(std::int64_t id, const char *name, AccessLevel access = AccessLevel::Writer)
{
    Server s;
    s.id = id;
    s.name = QString::fromLatin1(name);
    s.hostname = s.name.toLower() + QStringLiteral(".example.com");
    s.accessLevel = access;
    return s;
}

Scope scope(std::int64_t id, const char *name, const char *cidr, std::optional<std::int64_t> srv,
            std::optional<std::int64_t> failover = std::nullopt)
{
    Scope s;
    s.id = id;
    s.name = QString::fromLatin1(name);
    s.prefix = *Ipv4Prefix::parse(QString::fromLatin1(cidr));
    s.serverId = srv;
    s.failoverId = failover;
    return s;
}

CachedLease lease(std::int64_t srv, const char *scopeId, const char *address,
                  const char *mac = "00-11-22-33-44-55", const char *state = "Active")
{
    CachedLease l;
    l.serverId = srv;
    l.scopeId = ip(scopeId);
    l.address = ip(address);
    l.clientId = QString::fromLatin1(mac);
    l.hostname = QStringLiteral("PC-50.corp.example.com");
    l.state = QString::fromLatin1(state);
    return l;
}

CachedReservation reservation(std::int64_t srv, const char *scopeId, const char *address,
                              const char *mac)
{
    CachedReservation r;
    r.serverId = srv;
    r.scopeId = ip(scopeId);
    r.address = ip(address);
    r.clientId = QString::fromLatin1(mac);
    r.name = QStringLiteral("printer");
    r.type = QStringLiteral("Dhcp");
    return r;
}

// SRV-A (1) and SRV-B (2) writers, SRV-C (3) standalone; FO1 = A primary, B secondary, owning
// "Annex" 10.0.3.0/24; "Building A" 10.0.1.0/24 standalone on A; "Lab" 10.0.2.0/24 on A.
ReservationInventory fixture()
{
    ReservationInventory inv;
    inv.servers = {server(1, "SRV-A"), server(2, "SRV-B"), server(3, "SRV-C")};
    Failover fo;
    fo.id = 10;
    fo.name = QStringLiteral("FO1");
    fo.primaryServerId = 1;
    fo.secondaryServerId = 2;
    inv.failovers = {fo};
    inv.scopes = {scope(100, "Building A", "10.0.1.0/24", 1), scope(101, "Lab", "10.0.2.0/24", 1),
                  scope(102, "Annex", "10.0.3.0/24", std::nullopt, 10),
                  scope(103, "C-Office", "10.0.9.0/24", 3)};
    return inv;
}

Server &serverNamed(ReservationInventory &inv, std::int64_t id)
{
    for (Server &s : inv.servers) {
        if (s.id == id)
            return s;
    }
    qFatal("no server %lld", qlonglong(id));
}

} // namespace

class TestReservationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Which server gets Make Reservation's POST.
    void createTarget_data()
    {
        QTest::addColumn<qint64>("reportedBy");
        QTest::addColumn<QString>("scopeId");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("failover");
        QTest::addColumn<QString>("partner");
        QTest::newRow("standalone scope → its server") << qint64(1) << "10.0.1.0"
                                                       << "SRV-A"
                                                       << ""
                                                       << "";
        QTest::newRow("failover scope read by the primary → primary") << qint64(1) << "10.0.3.0"
                                                                      << "SRV-A"
                                                                      << "FO1"
                                                                      << "SRV-B";
        QTest::newRow("failover scope read by the stand-in secondary → primary (C-12)")
            << qint64(2) << "10.0.3.0"
            << "SRV-A"
            << "FO1"
            << "SRV-B";
        QTest::newRow("scope unknown to LeaseLink → the reporting server")
            << qint64(3) << "10.0.77.0"
            << "SRV-C"
            << ""
            << "";
        QTest::newRow("same network on another server is not its scope") << qint64(3) << "10.0.1.0"
                                                                         << "SRV-C"
                                                                         << ""
                                                                         << "";
    }
    void createTarget()
    {
        QFETCH(qint64, reportedBy);
        QFETCH(QString, scopeId);
        QFETCH(QString, target);
        QFETCH(QString, failover);
        QFETCH(QString, partner);
        const ReservationInventory inv = fixture();
        CachedLease l = lease(reportedBy, "10.0.1.0", "10.0.1.50");
        l.scopeId = *Ipv4Address::parse(scopeId);
        const ReservationTarget t = ReservationRules::forCreate(inv, l);
        QVERIFY2(t.allowed(), qPrintable(t.reason));
        QVERIFY(t.server);
        QCOMPARE(t.server->name, target);
        QCOMPARE(t.failover ? t.failover->name : QString(), failover);
        QCOMPARE(t.partner ? t.partner->name : QString(), partner);
        QVERIFY(t.maintenance.isEmpty());
    }

    // C-07: only a stored Writer level passes; each refusal says why.
    void writerGate_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("writer") << int(AccessLevel::Writer) << int(ReservationRefusal::None) << "";
        QTest::newRow("reader") << int(AccessLevel::Reader)
                                << int(ReservationRefusal::ReadOnlyToken) << "read-only App Token";
        QTest::newRow("unknown") << int(AccessLevel::Unknown)
                                 << int(ReservationRefusal::AccessUnknown) << "Test Connection";
    }
    void writerGate()
    {
        QFETCH(int, access);
        QFETCH(int, refusal);
        QFETCH(QString, reasonPart);
        ReservationInventory inv = fixture();
        serverNamed(inv, 1).accessLevel = AccessLevel(access);
        const ReservationTarget create =
            ReservationRules::forCreate(inv, lease(1, "10.0.1.0", "10.0.1.50"));
        QCOMPARE(int(create.refusal), refusal);
        QVERIFY2(create.reason.contains(reasonPart), qPrintable(create.reason));
        const ReservationTarget remove = ReservationRules::forDelete(
            inv, reservation(1, "10.0.1.0", "10.0.1.100", "aa-bb-cc-dd-ee-01"), true);
        QCOMPARE(int(remove.refusal), refusal);
        QCOMPARE(ReservationRules::writerRefusal(serverNamed(inv, 1)).isEmpty(),
                 refusal == int(ReservationRefusal::None));
    }

    // The gate applies to the server that gets the request: a reader secondary does not matter
    // for a failover scope, a reader primary refuses even when the writer secondary read it.
    void writerGateFollowsTheTarget()
    {
        ReservationInventory inv = fixture();
        serverNamed(inv, 2).accessLevel = AccessLevel::Reader;
        QVERIFY(ReservationRules::forCreate(inv, lease(2, "10.0.3.0", "10.0.3.50")).allowed());
        serverNamed(inv, 2).accessLevel = AccessLevel::Writer;
        serverNamed(inv, 1).accessLevel = AccessLevel::Reader;
        const ReservationTarget t =
            ReservationRules::forCreate(inv, lease(2, "10.0.3.0", "10.0.3.50"));
        QCOMPARE(t.refusal, ReservationRefusal::ReadOnlyToken);
        QVERIFY(t.reason.contains(QStringLiteral("SRV-A")));
    }

    // C-20: each object in maintenance is named; the action is allowed but must be confirmed.
    void maintenance_data()
    {
        QTest::addColumn<bool>("serverOn");
        QTest::addColumn<bool>("failoverOn");
        QTest::addColumn<bool>("scopeOn");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << false << false << false << QStringList();
        QTest::newRow("primary server")
            << true << false << false << QStringList{QStringLiteral("server SRV-A")};
        QTest::newRow("failover") << false << true << false
                                  << QStringList{QStringLiteral("failover FO1")};
        QTest::newRow("scope") << false << false << true
                               << QStringList{QStringLiteral("scope Annex")};
        QTest::newRow("all three")
            << true << true << true
            << QStringList{QStringLiteral("server SRV-A"), QStringLiteral("failover FO1"),
                           QStringLiteral("scope Annex")};
    }
    void maintenance()
    {
        QFETCH(bool, serverOn);
        QFETCH(bool, failoverOn);
        QFETCH(bool, scopeOn);
        QFETCH(QStringList, expected);
        ReservationInventory inv = fixture();
        serverNamed(inv, 1).maintenance.enabled = serverOn;
        inv.failovers[0].maintenance.enabled = failoverOn;
        inv.scopes[2].maintenance.enabled = scopeOn;
        // The stand-in secondary in maintenance is not contacted, so it is never listed.
        serverNamed(inv, 2).maintenance.enabled = true;
        const ReservationTarget t =
            ReservationRules::forCreate(inv, lease(2, "10.0.3.0", "10.0.3.50"));
        QVERIFY(t.allowed());
        QCOMPARE(t.maintenance, expected);
        QCOMPARE(t.needsMaintenanceConfirmation(), !expected.isEmpty());
    }

    void createRefusals_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("refusal");
        QTest::newRow("free lease") << "10.0.1.50"
                                    << "00-11-22-33-44-55"
                                    << "Active" << int(ReservationRefusal::None);
        QTest::newRow("colon MAC is a MAC") << "10.0.1.50"
                                            << "00:11:22:33:44:55"
                                            << "Active" << int(ReservationRefusal::None);
        QTest::newRow("lease already an active reservation")
            << "10.0.1.50"
            << "00-11-22-33-44-55"
            << "ActiveReservation" << int(ReservationRefusal::AlreadyReserved);
        QTest::newRow("address reserved in the cache")
            << "10.0.1.100"
            << "00-11-22-33-44-55"
            << "Active" << int(ReservationRefusal::AlreadyReserved);
        QTest::newRow("MAC reserved elsewhere in the scope")
            << "10.0.1.60"
            << "AA:BB:CC:DD:EE:01"
            << "Active" << int(ReservationRefusal::AlreadyReserved);
        QTest::newRow("client id not a MAC") << "10.0.1.50"
                                             << "see ticket 42"
                                             << "Active" << int(ReservationRefusal::NotAMac);
    }
    void createRefusals()
    {
        QFETCH(QString, address);
        QFETCH(QString, mac);
        QFETCH(QString, state);
        QFETCH(int, refusal);
        ReservationInventory inv = fixture();
        inv.reservations = {reservation(1, "10.0.1.0", "10.0.1.100", "aa-bb-cc-dd-ee-01"),
                            // same MAC in another scope does not block (a MAC per scope)
                            reservation(1, "10.0.2.0", "10.0.2.100", "00-11-22-33-44-55")};
        CachedLease l = lease(1, "10.0.1.0", "10.0.1.50");
        l.address = *Ipv4Address::parse(address);
        l.clientId = mac;
        l.state = state;
        const ReservationTarget t = ReservationRules::forCreate(inv, l);
        QCOMPARE(int(t.refusal), refusal);
        QCOMPARE(t.reason.isEmpty(), refusal == int(ReservationRefusal::None));
    }

    // psu-api.md §3: DELETE by MAC takes the first scope's reservation.
    void deleteAmbiguity_data()
    {
        QTest::addColumn<bool>("single");
        QTest::addColumn<QList<CachedReservation>>("cache");
        QTest::addColumn<int>("refusal");
        const CachedReservation mine =
            reservation(1, "10.0.1.0", "10.0.1.100", "aa-bb-cc-dd-ee-01");
        QTest::newRow("reserved once")
            << true << QList<CachedReservation>{mine} << int(ReservationRefusal::None);
        QTest::newRow("two scopes on the same server, 1.x")
            << true
            << QList<CachedReservation>{mine, reservation(1, "10.0.2.0", "10.0.2.100",
                                                          "AA-BB-CC-DD-EE-01")}
            << int(ReservationRefusal::AmbiguousClientId);
        QTest::newRow("two scopes on the same server, 2.x bulk delete by scope and IP")
            << false
            << QList<CachedReservation>{mine, reservation(1, "10.0.2.0", "10.0.2.100",
                                                          "aa-bb-cc-dd-ee-01")}
            << int(ReservationRefusal::None);
        QTest::newRow("failover scope read through the partner counts")
            << true
            << QList<CachedReservation>{mine, reservation(2, "10.0.3.0", "10.0.3.100",
                                                          "aa-bb-cc-dd-ee-01")}
            << int(ReservationRefusal::AmbiguousClientId);
        QTest::newRow("another server's scope does not count")
            << true
            << QList<CachedReservation>{mine, reservation(3, "10.0.9.0", "10.0.9.100",
                                                          "aa-bb-cc-dd-ee-01")}
            << int(ReservationRefusal::None);
        QTest::newRow("other MAC in another scope")
            << true
            << QList<CachedReservation>{mine, reservation(1, "10.0.2.0", "10.0.2.100",
                                                          "aa-bb-cc-dd-ee-02")}
            << int(ReservationRefusal::None);
    }
    void deleteAmbiguity()
    {
        QFETCH(bool, single);
        QFETCH(QList<CachedReservation>, cache);
        QFETCH(int, refusal);
        ReservationInventory inv = fixture();
        inv.reservations = cache;
        const ReservationTarget t = ReservationRules::forDelete(inv, cache.first(), single);
        QCOMPARE(int(t.refusal), refusal);
        if (refusal == int(ReservationRefusal::AmbiguousClientId)) {
            QVERIFY2(t.reason.contains(QStringLiteral("aa-bb-cc-dd-ee-01")), qPrintable(t.reason));
            QVERIFY2(t.reason.contains(QStringLiteral("first")), qPrintable(t.reason));
        }
    }

    void deleteTargetsThePrimary()
    {
        ReservationInventory inv = fixture();
        const CachedReservation r = reservation(2, "10.0.3.0", "10.0.3.100", "aa-bb-cc-dd-ee-01");
        inv.reservations = {r};
        const ReservationTarget t = ReservationRules::forDelete(inv, r, true);
        QVERIFY2(t.allowed(), qPrintable(t.reason));
        QCOMPARE(t.server->name, QStringLiteral("SRV-A"));
        QCOMPARE(t.partner->name, QStringLiteral("SRV-B"));
    }

    void missingPrimaryRefused()
    {
        ReservationInventory inv = fixture();
        inv.servers.removeFirst(); // SRV-A gone
        const ReservationTarget t =
            ReservationRules::forCreate(inv, lease(2, "10.0.3.0", "10.0.3.50"));
        QCOMPARE(t.refusal, ReservationRefusal::NoServer);
        QVERIFY(t.reason.contains(QStringLiteral("FO1")));
    }

    void typesAndName()
    {
        QCOMPARE(ReservationRules::DefaultType, PsuReservationType::Dhcp);
        QCOMPARE(ReservationRules::typeFromText(QStringLiteral("bootp")),
                 std::optional(PsuReservationType::Bootp));
        QCOMPARE(ReservationRules::typeFromText(QStringLiteral("Both")),
                 std::optional(PsuReservationType::Both));
        QVERIFY(!ReservationRules::typeFromText(QStringLiteral("Any")));
        CachedLease l = lease(1, "10.0.1.0", "10.0.1.50");
        l.hostname = QStringLiteral("  PC-50.corp.example.com ");
        QCOMPARE(ReservationRules::proposedName(l), QStringLiteral("PC-50.corp.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestReservationRules)
#include "tst_reservationrules.moc"
