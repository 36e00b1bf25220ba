// RelabelRepository (decisions.md C-14, DIS-09, O-21; LL-40, LL-41, SET-02.1) and the
// invalid_hostname_tag setting's storage (C-11).

#include "StoreTestSupport.h"

#include "store/RelabelRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

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

class TestRelabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // LL-40 / SET-02.1: saving S = dhcp-lease keeps dhcp pending for every current scope; the
    // pending status is dropped once the last scope relabelled (O-21).
    void changeMarksEveryScopePending()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t server = addServer(*f.db);
        const std::int64_t lan =
            addScope(*f.db, server, QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        const std::int64_t wifi =
            addScope(*f.db, server, QStringLiteral("wifi"), QStringLiteral("10.0.2.0"));
        RelabelRepository relabel(*f.db);

        auto saved =
            relabel.changeStatuses(QStringLiteral("dhcp-lease"), QStringLiteral("reserved"));
        STORE_VERIFY(saved);
        QCOMPARE(saved->leaseStatus, QStringLiteral("dhcp-lease"));
        QCOMPARE(saved->pendingOldLeaseStatus, QStringLiteral("dhcp"));
        QCOMPARE(saved->pendingOldReservationStatus, QString());
        QCOMPARE(SettingsRepository(*f.db).get()->pendingOldLeaseStatus, QStringLiteral("dhcp"));
        QCOMPARE(relabel.pendingScopeIds().value(), (QSet<std::int64_t>{lan, wifi}));

        STORE_VERIFY(relabel.markRelabelled({lan}));
        QCOMPARE(relabel.pendingCount().value(), 1);
        QCOMPARE(SettingsRepository(*f.db).get()->pendingOldLeaseStatus, QStringLiteral("dhcp"));
        STORE_VERIFY(relabel.markRelabelled({wifi}));
        QCOMPARE(relabel.pendingCount().value(), 0);
        QCOMPARE(SettingsRepository(*f.db).get()->pendingOldLeaseStatus, QString());
    }

    // SET-02.1 through the settings editors (CLI `settings set`, the Settings view): a status
    // change records the relabel; other fields changed with it are saved as given, and a save
    // that changes no status records nothing.
    void savingEditedSettingsRecordsTheRelabel()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t server = addServer(*f.db);
        const std::int64_t lan =
            addScope(*f.db, server, QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        RelabelRepository relabel(*f.db);
        Settings edited = SettingsRepository(*f.db).get().value();
        edited.syncIntervalMinutes = 30;
        auto plain = relabel.saveSettings(edited);
        STORE_VERIFY(plain);
        QCOMPARE(plain->syncIntervalMinutes, 30);
        QCOMPARE(relabel.pendingCount().value(), 0);

        edited = *plain;
        edited.leaseStatus = QStringLiteral("dhcp-lease");
        edited.syncIntervalMinutes = 45;
        auto saved = relabel.saveSettings(edited);
        STORE_VERIFY(saved);
        QCOMPARE(saved->leaseStatus, QStringLiteral("dhcp-lease"));
        QCOMPARE(saved->pendingOldLeaseStatus, QStringLiteral("dhcp"));
        QCOMPARE(saved->syncIntervalMinutes, 45);
        QCOMPARE(relabel.pendingScopeIds().value(), (QSet<std::int64_t>{lan}));
    }

    // LL-41: S = R is refused and nothing changes.
    void equalStatusesRefused()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        addScope(*f.db, addServer(*f.db), QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        RelabelRepository relabel(*f.db);
        const Settings before = SettingsRepository(*f.db).get().value();
        auto refused =
            relabel.changeStatuses(QStringLiteral("reserved"), QStringLiteral("reserved"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("must differ")),
                 qPrintable(refused.error().message));
        QCOMPARE(SettingsRepository(*f.db).get().value(), before);
        QCOMPARE(relabel.pendingCount().value(), 0);
    }

    // A second change while a relabel is pending keeps the older status the IPs still carry;
    // changing back to it drops the pending relabel.
    void secondChangeKeepsOldestAndRevertClears()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        addScope(*f.db, addServer(*f.db), QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        RelabelRepository relabel(*f.db);
        STORE_VERIFY(relabel.changeStatuses(QStringLiteral("a"), QStringLiteral("reserved")));
        auto second = relabel.changeStatuses(QStringLiteral("b"), QStringLiteral("dhcp-reserved"));
        STORE_VERIFY(second);
        QCOMPARE(second->pendingOldLeaseStatus, QStringLiteral("dhcp"));
        QCOMPARE(second->pendingOldReservationStatus, QStringLiteral("reserved"));
        auto back = relabel.changeStatuses(QStringLiteral("dhcp"), QStringLiteral("reserved"));
        STORE_VERIFY(back);
        QCOMPARE(back->pendingOldLeaseStatus, QString());
        QCOMPARE(back->pendingOldReservationStatus, QString());
        QCOMPARE(relabel.pendingCount().value(), 0);
    }

    // O-21: the user may clear a pending relabel; a deleted scope is no longer pending.
    void clearAndScopeRemoval()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const std::int64_t server = addServer(*f.db);
        const std::int64_t lan =
            addScope(*f.db, server, QStringLiteral("lan"), QStringLiteral("10.0.1.0"));
        addScope(*f.db, server, QStringLiteral("wifi"), QStringLiteral("10.0.2.0"));
        RelabelRepository relabel(*f.db);
        STORE_VERIFY(
            relabel.changeStatuses(QStringLiteral("dhcp-lease"), QStringLiteral("reserved")));
        STORE_VERIFY(ScopeRepository(*f.db).remove(lan));
        QCOMPARE(relabel.pendingCount().value(), 1);
        STORE_VERIFY(relabel.clear());
        QCOMPARE(relabel.pendingCount().value(), 0);
        QCOMPARE(SettingsRepository(*f.db).get()->pendingOldLeaseStatus, QString());
        QCOMPARE(SettingsRepository(*f.db).get()->leaseStatus, QStringLiteral("dhcp-lease"));
    }

    // C-11: the invalid-hostname tag slug round-trips through the settings row.
    void invalidHostnameTagStored()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        SettingsRepository repo(*f.db);
        Settings s = repo.get().value();
        QCOMPARE(s.invalidHostnameTagSlug, QString());
        s.invalidHostnameTagSlug = QStringLiteral("invalid-hostname");
        STORE_VERIFY(repo.save(s));
        QCOMPARE(repo.get()->invalidHostnameTagSlug, QStringLiteral("invalid-hostname"));
        s.invalidHostnameTagSlug = QStringLiteral("not a slug");
        QVERIFY(!repo.save(s));
        QCOMPARE(repo.get()->invalidHostnameTagSlug, QStringLiteral("invalid-hostname"));
    }
};

QTEST_GUILESS_MAIN(TestRelabel)
#include "tst_relabel.moc"
