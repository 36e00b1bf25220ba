// LeaseInfoRepository: single and bulk upsert, removal, search, constraints; the sync's side-info
// round trip (loadSideInfo / applySideInfo) and the schema 4 migration of lease_info.

#include "StoreTestSupport.h"

#include "store/LeaseInfoRepository.h"
#include "store/Schema.h"

#include <QElapsedTimer>

using namespace leaselink;
using namespace leaselink::test;

namespace {

LeaseInfo makeInfo(std::int64_t netboxIpId, const QString &address, const QString &hostname = {})
{
    LeaseInfo info;
    info.netboxIpId = netboxIpId;
    info.address = address;
    info.leaseHostname = hostname;
    return info;
}

QString addressFor(int i)
{
    return QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 0xff).arg((i >> 8) & 0xff).arg(i & 0xff);
}

} // namespace

class TestLeaseInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsertInsertsThenUpdates()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        LeaseInfo info = makeInfo(501, QStringLiteral("10.0.1.20"), QStringLiteral("Laptop-42"));
        info.active = true;
        info.leaseExpiration = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        info.activeSince = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        info.createdBySync = true;
        auto stored = infos.upsert(info);
        STORE_VERIFY(stored);
        QVERIFY(stored->id > 0);
        LeaseInfo expected = info;
        expected.id = stored->id;
        QCOMPARE(*stored, expected);

        LeaseInfo changed = info;
        changed.leaseHostname = QStringLiteral("laptop-42.corp");
        changed.leaseExpiration = QDateTime(); // now a reservation
        changed.inactiveSince = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        auto updated = infos.upsert(changed);
        STORE_VERIFY(updated);
        QCOMPARE(updated->id, stored->id); // same row
        QCOMPARE(updated->leaseHostname, QStringLiteral("laptop-42.corp"));
        QVERIFY(!updated->leaseExpiration.isValid());
        QCOMPARE(updated->inactiveSince, changed.inactiveSince);
        QCOMPARE(*infos.count(), 1);
    }

    void constraints_data()
    {
        QTest::addColumn<qlonglong>("netboxIpId");
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no NetBox id")
            << 0LL << QString() << QStringLiteral("needs the NetBox IP address id (got 0)");
        QTest::newRow("negative NetBox id") << -3LL << QString() << QStringLiteral("(got -3)");
        QTest::newRow("hostname 1025 (O-12)")
            << 7LL << QString(1025, QLatin1Char('h')) << QStringLiteral("longer than 1024");
    }

    void constraints()
    {
        QFETCH(qlonglong, netboxIpId);
        QFETCH(QString, hostname);
        QFETCH(QString, fragment);
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        const LeaseInfo bad = makeInfo(netboxIpId, QStringLiteral("10.0.0.1"), hostname);
        STORE_VERIFY_ERROR(infos.upsert(bad), StoreError::Kind::Constraint, fragment);
        // In a batch, one bad row refuses the whole batch.
        QList<LeaseInfo> batch{makeInfo(1, QStringLiteral("10.0.0.2")), bad,
                               makeInfo(2, QStringLiteral("10.0.0.3"))};
        STORE_VERIFY_ERROR(infos.upsertMany(batch), StoreError::Kind::Constraint, fragment);
        QCOMPARE(*infos.count(), 0);
    }

    void bulkUpsertOf110kRows()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        constexpr int Rows = 110000;
        QList<LeaseInfo> batch;
        batch.reserve(Rows);
        for (int i = 0; i < Rows; ++i) {
            LeaseInfo info = makeInfo(i + 1, addressFor(i), QStringLiteral("host-%1").arg(i));
            info.active = (i % 2) == 0;
            info.createdBySync = true;
            batch.append(info);
        }
        QElapsedTimer timer;
        timer.start();
        auto inserted = infos.upsertMany(batch);
        STORE_VERIFY(inserted);
        qInfo("upsertMany: %d new rows in %lld ms", *inserted, qlonglong(timer.elapsed()));
        QCOMPARE(*inserted, Rows);
        QCOMPARE(*infos.count(), Rows);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM lease_info WHERE active = 1")),
                 Rows / 2);

        // Second pass: half of the rows change, 10k new ones arrive; no duplicates appear.
        QList<LeaseInfo> second;
        for (int i = 0; i < Rows; i += 2) {
            LeaseInfo info = batch.at(i);
            info.leaseHostname = QStringLiteral("renamed-%1").arg(i);
            second.append(info);
        }
        for (int i = Rows; i < Rows + 10000; ++i)
            second.append(makeInfo(i + 1, addressFor(i)));
        timer.restart();
        auto upserted = infos.upsertMany(second);
        STORE_VERIFY(upserted);
        qInfo("upsertMany: %d mixed rows in %lld ms", *upserted, qlonglong(timer.elapsed()));
        QCOMPARE(*infos.count(), Rows + 10000);
        QCOMPARE(
            scalar(*f.db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM lease_info WHERE lease_hostname LIKE 'renamed-%'")),
            Rows / 2);

        QList<std::int64_t> toRemove;
        for (int i = 1; i <= 50000; ++i)
            toRemove.append(i);
        toRemove.append(99999999); // unknown ids are ignored
        auto removed = infos.removeMany(toRemove);
        STORE_VERIFY(removed);
        QCOMPARE(*removed, 50000);
        QCOMPARE(*infos.count(), Rows + 10000 - 50000);
        STORE_VERIFY(f.db->integrityCheck());
    }

    void listOrdersNumericallyAndSearches()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        STORE_VERIFY(infos.upsertMany(
            {makeInfo(1, QStringLiteral("10.0.0.10"), QStringLiteral("Printer")),
             makeInfo(2, QStringLiteral("10.0.0.9"), QStringLiteral("laptop")),
             makeInfo(3, QStringLiteral("10.0.0.100/24"), QStringLiteral("PRINTER-2")),
             makeInfo(4, QStringLiteral("2001:db8::1"), QStringLiteral("v6"))}));
        auto list = infos.list();
        STORE_VERIFY(list);
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).address, QStringLiteral("10.0.0.9"));
        QCOMPARE(list->at(1).address, QStringLiteral("10.0.0.10"));
        QCOMPARE(list->at(2).address, QStringLiteral("10.0.0.100/24"));
        QCOMPARE(list->at(3).address, QStringLiteral("2001:db8::1"));

        auto printers = infos.search(QStringLiteral("printer"));
        STORE_VERIFY(printers);
        QCOMPARE(printers->size(), 2);
        auto literal = infos.search(QStringLiteral("%"));
        STORE_VERIFY(literal);
        QVERIFY(literal->isEmpty()); // wildcards are matched literally

        auto found = infos.findByNetboxIpId(2);
        STORE_VERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->leaseHostname, QStringLiteral("laptop"));
        STORE_VERIFY(infos.removeByNetboxIpId(2));
        STORE_VERIFY_ERROR(infos.removeByNetboxIpId(2), StoreError::Kind::NotFound,
                           QStringLiteral("NetBox IP address id 2"));
        auto gone = infos.findByNetboxIpId(2);
        STORE_VERIFY(gone);
        QVERIFY(!gone->has_value());
    }

    void netboxIpIdIsUniqueInTheSchema()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        QSqlQuery raw(f.db->connection());
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO lease_info (netbox_ip_id, address) VALUES (5, '10.0.0.5')")));
        QVERIFY(!raw.exec(QStringLiteral(
            "INSERT INTO lease_info (netbox_ip_id, address) VALUES (5, '10.0.0.6')")));
        QCOMPARE(rowCount(*f.db, QStringLiteral("lease_info")), 1);
    }

    void sideInfoRoundTrip()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        const QDateTime t1(QDate(2026, 11, 28), QTime(10, 0, 0, 123), Qt::UTC);
        sync::LeaseSideInfo lease;
        lease.host = QString(1024, QLatin1Char('x'));
        lease.hostCut = true;
        lease.active = true;
        lease.since = t1;
        lease.expiry = t1.addDays(8);
        lease.createdBySync = true;
        sync::LeaseSideInfo reservation;
        reservation.host = QStringLiteral("Printer-2F");
        reservation.since = t1.addSecs(-3600);
        reservation.prestaged = true;
        const QList<SideInfoUpsert> upserts{{11, QStringLiteral("10.0.1.50"), lease},
                                            {12, QStringLiteral("10.0.1.150"), reservation}};
        auto applied = infos.applySideInfo(upserts, {});
        STORE_VERIFY(applied);
        QCOMPARE(applied->upserted, 2);
        auto loaded = infos.loadSideInfo();
        STORE_VERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->value(11), lease);
        QCOMPARE(loaded->value(12), reservation);

        // The UI's columns stay meaningful: active_since for the active row, inactive for the
        // other.
        auto row = infos.findByNetboxIpId(11);
        STORE_VERIFY(row);
        QCOMPARE((*row)->activeSince, t1);
        QVERIFY(!(*row)->inactiveSince.isValid());
        QCOMPARE((*row)->stateChangedAt, t1);
        QVERIFY((*row)->hostCut);
        QCOMPARE((*row)->address, QStringLiteral("10.0.1.50"));

        // O-11: the lease disappears -> inactive, expiry kept; inactive_since moves, active_since
        // stays. Then a delete and an upsert in one call.
        sync::LeaseSideInfo gone = lease;
        gone.active = false;
        gone.since = t1.addDays(1);
        applied = infos.applySideInfo({{11, QStringLiteral("10.0.1.50"), gone}}, {12, 999});
        STORE_VERIFY(applied);
        QCOMPARE(applied->upserted, 1);
        QCOMPARE(applied->deleted, 1);
        row = infos.findByNetboxIpId(11);
        STORE_VERIFY(row);
        QCOMPARE((*row)->activeSince, t1);
        QCOMPARE((*row)->inactiveSince, t1.addDays(1));
        loaded = infos.loadSideInfo();
        STORE_VERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->value(11), gone);

        // Active again: active_since moves to the new state change.
        sync::LeaseSideInfo back = gone;
        back.active = true;
        back.since = t1.addDays(2);
        STORE_VERIFY(infos.applySideInfo({{11, QStringLiteral("10.0.1.50"), back}}, {}));
        row = infos.findByNetboxIpId(11);
        STORE_VERIFY(row);
        QCOMPARE((*row)->activeSince, t1.addDays(2));
        QCOMPARE((*row)->inactiveSince, t1.addDays(1));
    }

    void sideInfoBatchIsAllOrNothing()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        sync::LeaseSideInfo ok;
        ok.host = QStringLiteral("pc");
        sync::LeaseSideInfo tooLong;
        tooLong.host = QString(1025, QLatin1Char('y'));
        STORE_VERIFY(infos.applySideInfo({{1, QStringLiteral("10.0.0.1"), ok}}, {}));
        STORE_VERIFY_ERROR(infos.applySideInfo({{2, QStringLiteral("10.0.0.2"), ok},
                                                {3, QStringLiteral("10.0.0.3"), tooLong}},
                                               {1}),
                           StoreError::Kind::Constraint, QStringLiteral("longer than 1024"));
        QCOMPARE(*infos.count(), 1);
        STORE_VERIFY_ERROR(infos.applySideInfo({{0, QStringLiteral("10.0.0.4"), ok}}, {}),
                           StoreError::Kind::Constraint, QStringLiteral("NetBox IP address id"));
    }

    void sideInfoOf100kRowsIsFast()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        LeaseInfoRepository infos(*f.db);
        constexpr int Rows = 100000;
        const QDateTime t(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QList<SideInfoUpsert> upserts;
        upserts.reserve(Rows);
        for (int i = 0; i < Rows; ++i) {
            SideInfoUpsert row{i + 1, addressFor(i), {}};
            row.info.host = QStringLiteral("host-%1").arg(i);
            row.info.active = (i % 3) != 0;
            row.info.since = t;
            row.info.createdBySync = true;
            upserts.append(row);
        }
        QElapsedTimer timer;
        timer.start();
        auto applied = infos.applySideInfo(upserts, {});
        STORE_VERIFY(applied);
        const qint64 writeMs = timer.elapsed();
        timer.restart();
        auto loaded = infos.loadSideInfo();
        STORE_VERIFY(loaded);
        qInfo("applySideInfo: %d rows in %lld ms; loadSideInfo in %lld ms", applied->upserted,
              qlonglong(writeMs), qlonglong(timer.elapsed()));
        QCOMPARE(loaded->size(), Rows);
        QCOMPARE(loaded->value(4).host, QStringLiteral("host-3"));
        QVERIFY(!loaded->value(4).active);
    }

    void migrationFromSchema3KeepsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaselink.sqlite3"));
        const QDateTime activeSince(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QDateTime inactiveSince(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
        {
            auto v3 = Database::open(path, Schema::migrations().first(3));
            STORE_VERIFY(v3);
            QSqlQuery raw((*v3)->connection());
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO lease_info (netbox_ip_id, address, address_int, "
                               "lease_hostname, active, active_since, created_by_sync) VALUES "
                               "(5, '10.0.0.5', 167772165, 'Desk-5', 1, '%1', 1)")
                    .arg(activeSince.toString(Qt::ISODateWithMs))));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO lease_info (netbox_ip_id, address, lease_hostname, "
                               "active, inactive_since) VALUES (6, '10.0.0.6', 'old', 0, '%1')")
                    .arg(inactiveSince.toString(Qt::ISODateWithMs))));
        }
        auto db = Database::open(path);
        STORE_VERIFY(db);
        QCOMPARE(*(*db)->schemaVersion(), Schema::currentVersion());
        LeaseInfoRepository infos(**db);
        auto loaded = infos.loadSideInfo();
        STORE_VERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->value(5).host, QStringLiteral("Desk-5"));
        QVERIFY(loaded->value(5).active);
        QVERIFY(loaded->value(5).createdBySync);
        QVERIFY(!loaded->value(5).prestaged);
        QCOMPARE(loaded->value(5).since, activeSince);
        QCOMPARE(loaded->value(6).since, inactiveSince);
        // The widened CHECK: 1,024 characters fit now, 1,025 do not.
        QSqlQuery raw((*db)->connection());
        QVERIFY(raw.exec(QStringLiteral("UPDATE lease_info SET lease_hostname = '%1' WHERE "
                                        "netbox_ip_id = 5")
                             .arg(QString(1024, QLatin1Char('a')))));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE lease_info SET lease_hostname = '%1' WHERE "
                                         "netbox_ip_id = 5")
                              .arg(QString(1025, QLatin1Char('a')))));
        QSqlQuery index((*db)->connection());
        QVERIFY(index.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                          "AND name = 'lease_info_address'")));
        QVERIFY(index.next());
        QCOMPARE(index.value(0).toInt(), 1);
        STORE_VERIFY((*db)->integrityCheck());
    }
};

QTEST_GUILESS_MAIN(TestLeaseInfo)
#include "tst_leaseinfo.moc"
