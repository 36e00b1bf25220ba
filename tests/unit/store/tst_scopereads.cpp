// ScopeReadRepository: load-all, save-many as upsert, all-or-nothing, removed with its scope.

#include "StoreTestSupport.h"

#include "store/ScopeReadRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

using namespace leaselink;
using namespace leaselink::test;

namespace {

std::int64_t addScope(Database &db, std::int64_t serverId, const QString &name,
                      const QString &network)
{
    Scope s;
    s.name = name;
    s.netboxPrefixId = 7;
    const QString cidr = network + QStringLiteral("/24");
    const QString head = network.section(QLatin1Char('.'), 0, 2);
    const QString start = head + QStringLiteral(".10");
    const QString end = head + QStringLiteral(".200");
    s.prefix = *Ipv4Prefix::parse(cidr);
    s.startIp = *Ipv4Address::parse(start);
    s.endIp = *Ipv4Address::parse(end);
    s.serverId = serverId;
    return ScopeRepository(db).create(s).value().id;
}

std::int64_t addServer(Database &db)
{
    Server a;
    a.name = QStringLiteral("a");
    a.hostname = QStringLiteral("a.example");
    return ServerRepository(db).create(a).value().id;
}

} // namespace

class TestScopeReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveThenLoadAndOverwrite()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t server = addServer(*f.db);
        const std::int64_t lan =
            addScope(*f.db, server, QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        const std::int64_t wifi =
            addScope(*f.db, server, QStringLiteral("wifi"), QStringLiteral("10.0.2.0"));
        ScopeReadRepository reads(*f.db);
        auto empty = reads.loadAll();
        STORE_VERIFY(empty);
        QVERIFY(empty->isEmpty());

        QHash<std::int64_t, ScopeReadRecord> first{{lan, {3, 1, false}}, {wifi, {0, 0, true}}};
        auto saved = reads.saveMany(first);
        STORE_VERIFY(saved);
        QCOMPARE(*saved, 2);
        auto loaded = reads.loadAll();
        STORE_VERIFY(loaded);
        QCOMPARE(*loaded, first);

        auto again = reads.saveMany({{wifi, {0, 0, false}}});
        STORE_VERIFY(again);
        loaded = reads.loadAll();
        STORE_VERIFY(loaded);
        QCOMPARE(loaded->value(wifi), (ScopeReadRecord{0, 0, false}));
        QCOMPARE(loaded->value(lan), (ScopeReadRecord{3, 1, false}));
    }

    void unknownScopeFailsTheWholeBatch()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t lan =
            addScope(*f.db, addServer(*f.db), QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        ScopeReadRepository reads(*f.db);
        QVERIFY(!reads.saveMany({{lan, {1, 0, false}}, {999, {1, 0, false}}}));
        auto loaded = reads.loadAll();
        STORE_VERIFY(loaded);
        QVERIFY(loaded->isEmpty());
    }

    void deletedScopeTakesItsRecord()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t lan =
            addScope(*f.db, addServer(*f.db), QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        ScopeReadRepository reads(*f.db);
        STORE_VERIFY(reads.saveMany({{lan, {1, 0, false}}}));
        STORE_VERIFY(ScopeRepository(*f.db).remove(lan));
        auto loaded = reads.loadAll();
        STORE_VERIFY(loaded);
        QVERIFY(loaded->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScopeReads)
#include "tst_scopereads.moc"
