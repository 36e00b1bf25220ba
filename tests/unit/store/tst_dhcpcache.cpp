// The lease and reservation cache: per-scope replacement after a successful read, numeric
// address order, and that a scope not listed in a write keeps its rows.

#include "StoreTestSupport.h"

#include "store/DhcpCacheRepository.h"
#include "store/ServerRepository.h"

#include <QTest>

using namespace leaselink;
using namespace leaselink::test;

class TestDhcpCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesOnlyTheListedScopes();
    void removesScopesAndFollowsServerDeletion();
    void addsAndRemovesOneReservation();
};

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

std::int64_t addServer(Database &db, const QString &name)
{
    Server s;
    s.name = name;
    s.hostname = name.toLower() + QStringLiteral(".example.com");
    auto created = ServerRepository(db).create(s);
    return created ? created->id : 0;
}

CachedLease lease(std::int64_t server, const char *scope, const char *address, const char *host)
{
    CachedLease l;
    l.serverId = server;
    l.scopeId = ip(scope);
    l.address = ip(address);
    l.clientId = QStringLiteral("00-11-22-33-44-55");
    l.hostname = QString::fromLatin1(host);
    l.expiry = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    l.state = QStringLiteral("Active");
    return l;
}

} // namespace

void TestDhcpCache::replacesOnlyTheListedScopes()
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto a = addServer(*f.db, QStringLiteral("SRV-A"));
    DhcpCacheRepository cache(*f.db);
    const QDateTime t = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

    DhcpCacheRepository::LeaseScopeRead one{
        a,
        ip("10.0.1.0"),
        {lease(a, "10.0.1.0", "10.0.1.10", "pc10"), lease(a, "10.0.1.0", "10.0.1.9", "pc9")}};
    DhcpCacheRepository::LeaseScopeRead two{
        a, ip("10.0.2.0"), {lease(a, "10.0.2.0", "10.0.2.5", "pc5")}};
    CachedReservation rv;
    rv.serverId = a;
    rv.scopeId = ip("10.0.1.0");
    rv.address = ip("10.0.1.100");
    rv.clientId = QStringLiteral("aa-bb-cc-dd-ee-ff");
    rv.name = QStringLiteral("Printer-01");
    rv.type = QStringLiteral("Dhcp");
    DhcpCacheRepository::ReservationScopeRead reservations{a, ip("10.0.1.0"), {rv}};
    auto written = cache.replaceScopes({one, two}, {reservations}, t);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 4);

    auto leases = cache.leases();
    QVERIFY(leases.has_value());
    QCOMPARE(leases->size(), 3);
    QCOMPARE(leases->at(0).address, ip("10.0.1.9")); // numeric, not text order
    QCOMPARE(leases->at(1).address, ip("10.0.1.10"));
    QCOMPARE(leases->at(1).hostname, QStringLiteral("pc10"));
    QCOMPARE(leases->at(1).expiry, lease(a, "10.0.1.0", "10.0.1.10", "").expiry);

    // A new read of 10.0.1.0 only: its rows are replaced, 10.0.2.0 keeps its row.
    DhcpCacheRepository::LeaseScopeRead again{
        a, ip("10.0.1.0"), {lease(a, "10.0.1.0", "10.0.1.11", "pc11")}};
    QVERIFY(cache.replaceScopes({again}, {}, t).has_value());
    leases = cache.leases();
    QCOMPARE(leases->size(), 2);
    QCOMPARE(leases->at(0).address, ip("10.0.1.11"));
    QCOMPARE(leases->at(1).address, ip("10.0.2.5"));
    QCOMPARE(*cache.reservationCount(), 1); // reservations were not part of that write
    QCOMPARE(cache.reservations()->at(0), rv);
}

void TestDhcpCache::removesScopesAndFollowsServerDeletion()
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto a = addServer(*f.db, QStringLiteral("SRV-A"));
    const auto b = addServer(*f.db, QStringLiteral("SRV-B"));
    DhcpCacheRepository cache(*f.db);
    const QDateTime t = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    QVERIFY(cache
                .replaceScopes({{a, ip("10.0.1.0"), {lease(a, "10.0.1.0", "10.0.1.10", "x")}},
                                {b, ip("10.0.1.0"), {lease(b, "10.0.1.0", "10.0.1.10", "y")}}},
                               {}, t)
                .has_value());
    QCOMPARE(*cache.leaseCount(), 2); // the same address on two servers is two rows
    QCOMPARE(*cache.removeScopes(a, {ip("10.0.1.0")}), 1);
    QCOMPARE(*cache.leaseCount(), 1);
    QVERIFY(ServerRepository(*f.db).remove(b).has_value());
    QCOMPARE(*cache.leaseCount(), 0);
}

// Make Reservation / Delete Reservation (issue 6): one row in, the client's own lease on any
// server becomes "ActiveReservation"; out again, the lease is back to "Active".
void TestDhcpCache::addsAndRemovesOneReservation()
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto a = addServer(*f.db, QStringLiteral("SRV-A"));
    const auto b = addServer(*f.db, QStringLiteral("SRV-B"));
    DhcpCacheRepository cache(*f.db);
    const QDateTime t = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    CachedLease other = lease(b, "10.0.1.0", "10.0.1.11", "other");
    other.clientId = QStringLiteral("00-11-22-33-44-66");
    QVERIFY(cache
                .replaceScopes(
                    {{b, ip("10.0.1.0"), {lease(b, "10.0.1.0", "10.0.1.10", "x"), other}}}, {}, t)
                .has_value());
    CachedReservation rv;
    rv.serverId = a; // the failover's primary, while the partner read the leases
    rv.scopeId = ip("10.0.1.0");
    rv.address = ip("10.0.1.10");
    rv.clientId = QStringLiteral("00-11-22-33-44-55");
    rv.name = QStringLiteral("pc10");
    rv.type = QStringLiteral("Dhcp");
    STORE_VERIFY(cache.addReservation(rv, t));
    QCOMPARE(*cache.reservations(), QList<CachedReservation>{rv});
    auto leases = cache.leases();
    QCOMPARE(leases->at(0).state, QStringLiteral("ActiveReservation"));
    QCOMPARE(leases->at(1).state, QStringLiteral("Active")); // another address stays

    QCOMPARE(*cache.removeReservation(rv), 1);
    QCOMPARE(*cache.reservationCount(), 0);
    QCOMPARE(cache.leases()->at(0).state, QStringLiteral("Active"));
    QCOMPARE(*cache.removeReservation(rv), 0); // already gone: nothing to do
}

QTEST_GUILESS_MAIN(TestDhcpCache)
#include "tst_dhcpcache.moc"
