// ScopeRepository: scope source rule, ranges, option value links, exclusion ranges.

#include "StoreTestSupport.h"

#include "store/FailoverRepository.h"
#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

using namespace leaselink;
using namespace leaselink::test;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

struct Fixture
{
    FreshDatabase f;
    std::int64_t serverId = 0;
    std::int64_t failoverId = 0;

    Fixture()
    {
        ServerRepository servers(*f.db);
        Server a;
        a.name = QStringLiteral("a");
        a.hostname = QStringLiteral("a.example");
        Server b = a;
        b.name = QStringLiteral("b");
        serverId = servers.create(a).value().id;
        const std::int64_t second = servers.create(b).value().id;
        Failover fo;
        fo.name = QStringLiteral("fo");
        fo.primaryServerId = serverId;
        fo.secondaryServerId = second;
        failoverId = FailoverRepository(*f.db).create(fo).value().id;
    }

    Scope scope(const QString &name = QStringLiteral("lan")) const
    {
        Scope s;
        s.name = name;
        s.netboxPrefixId = 7;
        s.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
        s.vrfId = 3;
        s.startIp = ip("10.0.1.10");
        s.endIp = ip("10.0.1.200");
        s.router = ip("10.0.1.1");
        s.serverId = serverId;
        return s;
    }
};

} // namespace

class TestScopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopeRoundTrip()
    {
        Fixture x;
        ScopeRepository scopes(*x.f.db);
        Scope s = x.scope();
        s.description = QStringLiteral("office LAN");
        s.leaseLifetime = LeaseDuration(262800);
        s.active = false;
        s.lastSyncAt = QDateTime(QDate(2026, 10, 1), QTime(1, 2, 3, 4), Qt::UTC);
        auto created = scopes.create(s);
        STORE_VERIFY(created);
        QVERIFY(created->id > 0);
        QCOMPARE(created->prefix.toString(), QStringLiteral("10.0.1.0/24"));
        QCOMPARE(created->vrfId, std::optional<std::int64_t>(3));
        QCOMPARE(created->startIp, s.startIp);
        QCOMPARE(created->endIp, s.endIp);
        QCOMPARE(created->router, s.router);
        QCOMPARE(created->leaseLifetime.seconds(), 262800);
        QVERIFY(!created->active);
        QCOMPARE(created->lastSyncAt, s.lastSyncAt);
        QCOMPARE(created->serverId, std::optional<std::int64_t>(x.serverId));
        // Text and sortable integer columns are both stored.
        QCOMPARE(scalar(*x.f.db, QStringLiteral(
                                     "SELECT COUNT(*) FROM scopes WHERE start_ip = '10.0.1.10' "
                                     "AND start_ip_int = 167772426 AND end_ip = '10.0.1.200' "
                                     "AND router = '10.0.1.1' AND prefix_network_int = 167772416")),
                 1);

        auto fetched = scopes.get(created->id);
        STORE_VERIFY(fetched);
        QCOMPARE(*fetched, *created);

        Scope edited = *created;
        edited.serverId.reset();
        edited.failoverId = x.failoverId;
        edited.router.reset();
        edited.vrfId.reset();
        auto updated = scopes.update(edited);
        STORE_VERIFY(updated);
        QVERIFY(!updated->serverId);
        QCOMPARE(updated->failoverId, std::optional<std::int64_t>(x.failoverId));
        QVERIFY(!updated->router);
        QVERIFY(!updated->vrfId);

        auto forFailover = scopes.listForFailover(x.failoverId);
        STORE_VERIFY(forFailover);
        QCOMPARE(forFailover->size(), 1);
        auto forServer = scopes.listForServer(x.serverId);
        STORE_VERIFY(forServer);
        QVERIFY(forServer->isEmpty());

        auto synced =
            scopes.recordSync(created->id, QDateTime(QDate(2026, 11, 2), QTime(3, 4), Qt::UTC));
        STORE_VERIFY(synced);
        QCOMPARE(synced->lastSyncAt, QDateTime(QDate(2026, 11, 2), QTime(3, 4), Qt::UTC));
        STORE_VERIFY_ERROR(scopes.get(5555), StoreError::Kind::NotFound, QStringLiteral("5555"));
    }

    void scopeRules_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("router");
        QTest::addColumn<int>("lease");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("import");
        QTest::addColumn<int>("kind"); // -1 = accepted
        QTest::addColumn<QString>("fragment");
        const auto constraint = int(StoreError::Kind::Constraint);
        const QString s = QStringLiteral("10.0.1.10"), e = QStringLiteral("10.0.1.200");
        const QString r = QStringLiteral("10.0.1.1");
        QTest::newRow("valid standalone")
            << s << e << r << 86400 << "server" << false << -1 << QString();
        QTest::newRow("valid failover")
            << s << e << r << 86400 << "failover" << false << -1 << QString();
        QTest::newRow("whole prefix")
            << "10.0.1.0"
            << "10.0.1.255" << QString() << 1 << "server" << false << -1 << QString();
        QTest::newRow("single address")
            << s << s << r << 60 << "server" << false << -1 << QString();
        QTest::newRow("no source") << s << e << r << 86400 << "none" << false << constraint
                                   << QStringLiteral("must belong to a DHCP server or a failover");
        QTest::newRow("both sources") << s << e << r << 86400 << "both" << false << constraint
                                      << QStringLiteral("at the same time");
        QTest::newRow("both sources on import") << s << e << r << 86400 << "both" << true
                                                << constraint << QStringLiteral("at the same time");
        QTest::newRow("start after end")
            << e << s << r << 86400 << "server" << false << constraint
            << QStringLiteral("start address 10.0.1.200 is after the end "
                              "address 10.0.1.10");
        QTest::newRow("start outside prefix")
            << "10.0.0.250" << e << r << 86400 << "server" << false << constraint
            << QStringLiteral("start address 10.0.0.250 is outside the "
                              "prefix 10.0.1.0/24");
        QTest::newRow("end outside prefix")
            << s << "10.0.2.1" << r << 86400 << "server" << false << constraint
            << QStringLiteral("end address 10.0.2.1 is outside");
        QTest::newRow("router outside prefix")
            << s << e << "10.0.2.1" << 86400 << "server" << false << constraint
            << QStringLiteral("router 10.0.2.1 is outside");
        QTest::newRow("lease zero") << s << e << r << 0 << "server" << false << constraint
                                    << QStringLiteral("greater than zero (got 0 seconds)");
        QTest::newRow("lease negative on import") << s << e << r << -5 << "server" << true
                                                  << constraint << QStringLiteral("got -5 seconds");
        // Import and sync store what the server reports (data model: edit validation only).
        QTest::newRow("import: no source")
            << s << e << r << 86400 << "none" << true << -1 << QString();
        QTest::newRow("import: start after end")
            << e << s << r << 86400 << "server" << true << -1 << QString();
        QTest::newRow("import: outside prefix")
            << "10.9.9.9"
            << "10.9.9.10"
            << "10.9.9.1" << 86400 << "server" << true << -1 << QString();
        QTest::newRow("import: lease zero")
            << s << e << r << 0 << "failover" << true << -1 << QString();
    }

    void scopeRules()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, router);
        QFETCH(int, lease);
        QFETCH(QString, source);
        QFETCH(bool, import);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        Fixture x;
        ScopeRepository scopes(*x.f.db);
        Scope s = x.scope();
        s.startIp = *Ipv4Address::parse(start);
        s.endIp = *Ipv4Address::parse(end);
        s.router = router.isEmpty() ? std::nullopt : std::optional(*Ipv4Address::parse(router));
        s.leaseLifetime = LeaseDuration(lease);
        s.serverId = (source == QLatin1String("server") || source == QLatin1String("both"))
                         ? std::optional(x.serverId)
                         : std::nullopt;
        s.failoverId = (source == QLatin1String("failover") || source == QLatin1String("both"))
                           ? std::optional(x.failoverId)
                           : std::nullopt;
        const ValidationMode mode = import ? ValidationMode::Import : ValidationMode::Edit;
        if (kind < 0) {
            auto created = scopes.create(s, mode);
            STORE_VERIFY(created);
            QCOMPARE(created->startIp, s.startIp);
            QCOMPARE(rowCount(*x.f.db, QStringLiteral("scopes")), 1);
            return;
        }
        STORE_VERIFY_ERROR(scopes.create(s, mode), StoreError::Kind(kind), fragment);
        QCOMPARE(rowCount(*x.f.db, QStringLiteral("scopes")), 0);

        // Editing a valid scope into the same state is refused and leaves it unchanged.
        auto valid = scopes.create(x.scope());
        STORE_VERIFY(valid);
        s.id = valid->id;
        STORE_VERIFY_ERROR(scopes.update(s, mode), StoreError::Kind(kind), fragment);
        auto after = scopes.get(valid->id);
        STORE_VERIFY(after);
        QCOMPARE(*after, *valid);
    }

    void referencesMustExist()
    {
        Fixture x;
        ScopeRepository scopes(*x.f.db);
        Scope s = x.scope();
        s.serverId = 999;
        STORE_VERIFY_ERROR(scopes.create(s), StoreError::Kind::NotFound,
                           QStringLiteral("DHCP server id 999, which does not exist"));
        s.serverId.reset();
        s.failoverId = 998;
        STORE_VERIFY_ERROR(scopes.create(s, ValidationMode::Import), StoreError::Kind::NotFound,
                           QStringLiteral("failover id 998"));
        s = x.scope();
        s.optionValueIds = {12345};
        STORE_VERIFY_ERROR(scopes.create(s), StoreError::Kind::NotFound,
                           QStringLiteral("option value id 12345"));
        s = x.scope();
        s.name.clear();
        STORE_VERIFY_ERROR(scopes.create(s), StoreError::Kind::Constraint,
                           QStringLiteral("needs a name"));
        s = x.scope(QString(201, QLatin1Char('s')));
        STORE_VERIFY_ERROR(scopes.create(s), StoreError::Kind::Constraint,
                           QStringLiteral("limit is 200"));
        s = x.scope();
        s.netboxPrefixId = 0;
        STORE_VERIFY_ERROR(scopes.create(s), StoreError::Kind::Constraint,
                           QStringLiteral("NetBox prefix"));
        QCOMPARE(rowCount(*x.f.db, QStringLiteral("scopes")), 0);
    }

    void oneValuePerOptionCode()
    {
        Fixture x;
        OptionCodeRepository codes(*x.f.db);
        OptionValueRepository values(*x.f.db);
        ScopeRepository scopes(*x.f.db);
        const std::int64_t dnsId = codes.findByCode(6).value()->id;
        const std::int64_t domainId = codes.findByCode(15).value()->id;
        const auto makeValue = [&](std::int64_t definition, const QString &text) {
            OptionValue v;
            v.optionDefinitionId = definition;
            v.value = text;
            return values.create(v).value().id;
        };
        const std::int64_t dns1 = makeValue(dnsId, QStringLiteral("10.0.0.53"));
        const std::int64_t dns2 = makeValue(dnsId, QStringLiteral("10.0.0.54"));
        const std::int64_t domain = makeValue(domainId, QStringLiteral("corp.example"));

        Scope s = x.scope();
        s.optionValueIds = {domain, dns1};
        auto created = scopes.create(s);
        STORE_VERIFY(created);
        QCOMPARE(created->optionValueIds, (QList<std::int64_t>{dns1, domain}));

        STORE_VERIFY_ERROR(scopes.setOptionValues(created->id, {dns1, dns2}),
                           StoreError::Kind::Constraint,
                           QStringLiteral("only one value for option 6: DNS Servers"));
        auto unchanged = scopes.get(created->id);
        STORE_VERIFY(unchanged);
        QCOMPARE(unchanged->optionValueIds, (QList<std::int64_t>{dns1, domain}));
        Scope edited = *created;
        edited.optionValueIds = {dns1, dns2};
        STORE_VERIFY_ERROR(scopes.update(edited), StoreError::Kind::Constraint,
                           QStringLiteral("only one value for option 6"));

        auto replaced = scopes.setOptionValues(created->id, {dns2});
        STORE_VERIFY(replaced);
        QCOMPARE(replaced->optionValueIds, QList<std::int64_t>{dns2});
        QCOMPARE(rowCount(*x.f.db, QStringLiteral("scope_option_values")), 1);
        // Import keeps what the server has.
        auto imported = scopes.setOptionValues(created->id, {dns1, dns2}, ValidationMode::Import);
        STORE_VERIFY(imported);
        QCOMPARE(imported->optionValueIds.size(), 2);

        auto all = scopes.list();
        STORE_VERIFY(all);
        QCOMPARE(all->constFirst().optionValueIds, (QList<std::int64_t>{dns1, dns2}));
    }

    void maintenance()
    {
        Fixture x;
        ScopeRepository scopes(*x.f.db);
        auto created = scopes.create(x.scope());
        STORE_VERIFY(created);
        auto on = scopes.setMaintenance(created->id, true, QStringLiteral("dave"),
                                        QStringLiteral("renumbering"));
        STORE_VERIFY(on);
        QVERIFY(on->maintenance.enabled);
        QVERIFY(on->maintenance.enabledAt.isValid());
        QCOMPARE(on->maintenance.enabledBy, QStringLiteral("dave"));
        QCOMPARE(on->maintenance.notes, QStringLiteral("renumbering"));
        // A form save keeps maintenance as it is.
        Scope edited = *on;
        edited.maintenance = Maintenance{};
        edited.name = QStringLiteral("lan2");
        auto updated = scopes.update(edited);
        STORE_VERIFY(updated);
        QCOMPARE(updated->maintenance, on->maintenance);
        auto off = scopes.setMaintenance(created->id, false);
        STORE_VERIFY(off);
        QCOMPARE(off->maintenance, Maintenance{});
    }

    void exclusionRules_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("import");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        const auto constraint = int(StoreError::Kind::Constraint);
        QTest::newRow("inside") << "10.0.1.50"
                                << "10.0.1.59" << false << -1 << QString();
        QTest::newRow("whole range") << "10.0.1.10"
                                     << "10.0.1.200" << false << -1 << QString();
        QTest::newRow("single") << "10.0.1.77"
                                << "10.0.1.77" << false << -1 << QString();
        QTest::newRow("reversed") << "10.0.1.59"
                                  << "10.0.1.50" << false << constraint
                                  << QStringLiteral("start address is after the end address");
        QTest::newRow("below range")
            << "10.0.1.5"
            << "10.0.1.20" << false << constraint
            << QStringLiteral("outside the range 10.0.1.10 – 10.0.1.200 of scope 'lan'");
        QTest::newRow("above range") << "10.0.1.150"
                                     << "10.0.1.250" << false << constraint
                                     << QStringLiteral("10.0.1.150 – 10.0.1.250 is outside");
        QTest::newRow("duplicate")
            << "10.0.1.100"
            << "10.0.1.110" << false << int(StoreError::Kind::Conflict)
            << QStringLiteral("already has the exclusion range 10.0.1.100 – 10.0.1.110");
        QTest::newRow("duplicate on import")
            << "10.0.1.100"
            << "10.0.1.110" << true << int(StoreError::Kind::Conflict)
            << QStringLiteral("already has");
        QTest::newRow("import: outside") << "10.0.1.5"
                                         << "10.0.1.20" << true << -1 << QString();
        QTest::newRow("import: reversed") << "10.0.1.59"
                                          << "10.0.1.50" << true << -1 << QString();
    }

    void exclusionRules()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, import);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        Fixture x;
        ScopeRepository scopes(*x.f.db);
        auto scope = scopes.create(x.scope());
        STORE_VERIFY(scope);
        ExclusionRange existing;
        existing.scopeId = scope->id;
        existing.startIp = ip("10.0.1.100");
        existing.endIp = ip("10.0.1.110");
        STORE_VERIFY(scopes.addExclusion(existing));

        ExclusionRange range;
        range.scopeId = scope->id;
        range.startIp = *Ipv4Address::parse(start);
        range.endIp = *Ipv4Address::parse(end);
        const ValidationMode mode = import ? ValidationMode::Import : ValidationMode::Edit;
        if (kind < 0) {
            auto added = scopes.addExclusion(range, mode);
            STORE_VERIFY(added);
            QVERIFY(added->id > 0);
            QCOMPARE(rowCount(*x.f.db, QStringLiteral("exclusion_ranges")), 2);
            return;
        }
        STORE_VERIFY_ERROR(scopes.addExclusion(range, mode), StoreError::Kind(kind), fragment);
        QCOMPARE(rowCount(*x.f.db, QStringLiteral("exclusion_ranges")), 1);
    }

    void exclusionsOrderedAndCascade()
    {
        Fixture x;
        ScopeRepository scopes(*x.f.db);
        auto scope = scopes.create(x.scope());
        auto other = scopes.create(x.scope(QStringLiteral("other")));
        STORE_VERIFY(scope);
        STORE_VERIFY(other);
        for (const char *start : {"10.0.1.100", "10.0.1.20", "10.0.1.9"}) {
            ExclusionRange range;
            range.scopeId = scope->id;
            range.startIp = ip(start);
            range.endIp = range.startIp;
            STORE_VERIFY(scopes.addExclusion(range, ValidationMode::Import));
        }
        ExclusionRange keep;
        keep.scopeId = other->id;
        keep.startIp = keep.endIp = ip("10.0.1.20");
        STORE_VERIFY(scopes.addExclusion(keep)); // same triple on another scope is fine

        auto list = scopes.exclusions(scope->id);
        STORE_VERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).startIp, ip("10.0.1.9")); // numeric, not text order
        QCOMPARE(list->at(1).startIp, ip("10.0.1.20"));
        QCOMPARE(list->at(2).startIp, ip("10.0.1.100"));

        STORE_VERIFY(scopes.removeExclusion(list->at(0).id));
        STORE_VERIFY_ERROR(scopes.removeExclusion(list->at(0).id), StoreError::Kind::NotFound,
                           QStringLiteral("No exclusion range"));
        STORE_VERIFY(scopes.remove(scope->id));
        QCOMPARE(rowCount(*x.f.db, QStringLiteral("exclusion_ranges")),
                 1); // only the other scope's
        STORE_VERIFY_ERROR(scopes.remove(scope->id), StoreError::Kind::NotFound,
                           QStringLiteral("No DHCP scope"));
        ExclusionRange orphan = keep;
        orphan.scopeId = scope->id;
        STORE_VERIFY_ERROR(scopes.addExclusion(orphan), StoreError::Kind::NotFound,
                           QStringLiteral("No DHCP scope"));
    }
};

QTEST_GUILESS_MAIN(TestScopes)
#include "tst_scopes.moc"
