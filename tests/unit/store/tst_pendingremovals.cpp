// PendingRemovalRepository (decisions.md C-02) and the scope_discovery setting (C-10, O-19),
// both added by schema migration 4.
#include "StoreTestSupport.h"

#include "store/PendingRemovalRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

#include <QTest>

using namespace leaselink;
using namespace leaselink::test;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

std::int64_t makeScope(Database &db)
{
    Server server;
    server.name = QStringLiteral("SRV-A");
    server.hostname = QStringLiteral("dhcp-a.example.com");
    Scope scope;
    scope.name = QStringLiteral("Building A");
    scope.netboxPrefixId = 7;
    scope.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
    scope.startIp = ip("10.0.1.10");
    scope.endIp = ip("10.0.1.254");
    scope.serverId = ServerRepository(db).create(server).value().id;
    return ScopeRepository(db).create(scope).value().id;
}

} // namespace

class TestPendingRemovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListRemove()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t scopeId = makeScope(*f.db);
        PendingRemovalRepository repo(*f.db);

        PendingRemoval range;
        range.scopeId = scopeId;
        range.startIp = ip("10.0.1.200");
        range.endIp = ip("10.0.1.210");
        const auto added = repo.add(range);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->kind, PendingRemoval::Kind::Exclusion);
        QCOMPARE(added->startIp, ip("10.0.1.200"));
        QCOMPARE(added->endIp, ip("10.0.1.210"));
        QVERIFY(added->createdAt.isValid());
        QCOMPARE(repo.add(range)->id, added->id); // the same removal is kept once

        PendingRemoval router;
        router.scopeId = scopeId;
        router.kind = PendingRemoval::Kind::Router;
        const auto routerAdded = repo.add(router);
        QVERIFY(routerAdded);
        QCOMPARE(routerAdded->kind, PendingRemoval::Kind::Router);

        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.listForScope(scopeId)->size(), 2);
        QCOMPARE(repo.listForScope(scopeId + 1)->size(), 0);

        QVERIFY(repo.remove(added->id));
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(repo.list()->constFirst().id, routerAdded->id);

        // Deleting the scope takes its pending removals with it.
        QVERIFY(ScopeRepository(*f.db).remove(scopeId));
        QCOMPARE(repo.list()->size(), 0);
    }

    void scopeDiscoverySetting()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        SettingsRepository settings(*f.db);
        QCOMPARE(settings.get()->scopeDiscovery, true); // O-19: on by default
        Settings changed = *settings.get();
        changed.scopeDiscovery = false;
        QVERIFY(settings.save(changed));
        QCOMPARE(settings.get()->scopeDiscovery, false);
    }
};

QTEST_GUILESS_MAIN(TestPendingRemovals)
#include "tst_pendingremovals.moc"
