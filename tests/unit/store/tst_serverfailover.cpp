// ServerRepository and FailoverRepository: constraints, delete rules, maintenance, health.

#include "StoreTestSupport.h"

#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

using namespace leaselink;
using namespace leaselink::test;

namespace {

Server makeServer(const QString &name,
                  const QString &hostname = QStringLiteral("dhcp.example.test"))
{
    Server s;
    s.name = name;
    s.hostname = hostname;
    return s;
}

Scope makeScope(const QString &name, std::optional<std::int64_t> serverId,
                std::optional<std::int64_t> failoverId)
{
    Scope s;
    s.name = name;
    s.netboxPrefixId = 10;
    s.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
    s.startIp = *Ipv4Address::parse(QStringLiteral("10.0.1.10"));
    s.endIp = *Ipv4Address::parse(QStringLiteral("10.0.1.200"));
    s.serverId = serverId;
    s.failoverId = failoverId;
    return s;
}

} // namespace

class TestServerFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverRoundTrip()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        Server s = makeServer(QStringLiteral("dhcp01"), QStringLiteral("10.0.0.5"));
        s.port = 8443;
        s.useHttps = false;
        s.verifySsl = false;
        s.syncStandaloneScopes = false;
        s.description = QStringLiteral("Branch office");
        s.timeoutSeconds = 45;
        s.certificate.pem =
            QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        s.certificate.notAfter = QDateTime(QDate(2027, 5, 1), QTime(12, 0), Qt::UTC);
        s.certificate.sha256 = QStringLiteral("AB:CD");
        auto created = servers.create(s);
        STORE_VERIFY(created);
        QVERIFY(created->id > 0);
        QVERIFY(created->created.isValid());
        QCOMPARE(created->created.timeSpec(), Qt::UTC);
        QCOMPARE(created->port, 8443);
        QCOMPARE(created->certificate, s.certificate);
        QCOMPARE(created->description, s.description);
        QCOMPARE(created->timeoutSeconds, 45);
        QVERIFY(!created->useHttps);
        QVERIFY(!created->syncStandaloneScopes);

        auto fetched = servers.get(created->id);
        STORE_VERIFY(fetched);
        QCOMPARE(*fetched, *created);
        auto byName = servers.findByName(QStringLiteral("dhcp01"));
        STORE_VERIFY(byName);
        QVERIFY(byName->has_value());
        QCOMPARE((*byName)->id, created->id);
        auto byHost = servers.findByHostname(QStringLiteral("10.0.0.5"));
        STORE_VERIFY(byHost);
        QCOMPARE(byHost->size(), 1);
        auto byHostOtherCase = servers.findByHostname(QStringLiteral("10.0.0.6"));
        QVERIFY(byHostOtherCase && byHostOtherCase->isEmpty());

        Server edited = *created;
        edited.name = QStringLiteral("dhcp01-renamed");
        edited.port = 443;
        edited.healthStatus = HealthStatus::Healthy; // not written by update()
        auto updated = servers.update(edited);
        STORE_VERIFY(updated);
        QCOMPARE(updated->name, QStringLiteral("dhcp01-renamed"));
        QCOMPARE(updated->port, 443);
        QCOMPARE(updated->healthStatus, HealthStatus::Unknown);
        QVERIFY(updated->lastUpdated >= created->lastUpdated);

        STORE_VERIFY_ERROR(servers.get(9999), StoreError::Kind::NotFound, QStringLiteral("9999"));
        Server missing = edited;
        missing.id = 9999;
        STORE_VERIFY_ERROR(servers.update(missing), StoreError::Kind::NotFound,
                           QStringLiteral("9999"));
    }

    void serverConstraints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        const QString host = QStringLiteral("dhcp.example.test");
        const auto constraint = int(StoreError::Kind::Constraint);
        QTest::newRow("name missing")
            << QString() << host << 443 << 30 << constraint << QStringLiteral("needs a name");
        QTest::newRow("name blank") << QStringLiteral("   ") << host << 443 << 30 << constraint
                                    << QStringLiteral("needs a name");
        QTest::newRow("name 101 chars") << QString(101, QLatin1Char('n')) << host << 443 << 30
                                        << constraint << QStringLiteral("the limit is 100");
        QTest::newRow("hostname missing") << QStringLiteral("a") << QString() << 443 << 30
                                          << constraint << QStringLiteral("needs a host name");
        QTest::newRow("hostname 256 chars")
            << QStringLiteral("a") << QString(256, QLatin1Char('h')) << 443 << 30 << constraint
            << QStringLiteral("longer than 255");
        QTest::newRow("port negative")
            << QStringLiteral("a") << host << -1 << 30 << constraint << QStringLiteral("Port -1");
        QTest::newRow("port 65536") << QStringLiteral("a") << host << 65536 << 30 << constraint
                                    << QStringLiteral("Port 65536 of server 'a' is out of range");
        QTest::newRow("timeout 0") << QStringLiteral("a") << host << 443 << 0 << constraint
                                   << QStringLiteral("Timeout 0 s");
        QTest::newRow("duplicate name")
            << QStringLiteral("existing") << host << 443 << 30 << int(StoreError::Kind::Conflict)
            << QStringLiteral("named 'existing' already exists");
    }

    void serverConstraints()
    {
        QFETCH(QString, name);
        QFETCH(QString, hostname);
        QFETCH(int, port);
        QFETCH(int, timeout);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        auto existing = servers.create(makeServer(QStringLiteral("existing")));
        STORE_VERIFY(existing);

        Server s = makeServer(name, hostname);
        s.port = port;
        s.timeoutSeconds = timeout;
        STORE_VERIFY_ERROR(servers.create(s), StoreError::Kind(kind), fragment);
        QCOMPARE(rowCount(*f.db, QStringLiteral("servers")), 1);

        // The same rule applies on edit, and the stored row stays as it was.
        Server edited = *existing;
        edited.name = name == QLatin1String("existing") ? QStringLiteral("existing") : name;
        edited.hostname = hostname;
        edited.port = port;
        edited.timeoutSeconds = timeout;
        if (name != QLatin1String("existing")) {
            STORE_VERIFY_ERROR(servers.update(edited), StoreError::Kind(kind), fragment);
            auto after = servers.get(existing->id);
            STORE_VERIFY(after);
            QCOMPARE(*after, *existing);
        }
    }

    void portBoundsAreAccepted_data()
    {
        QTest::addColumn<int>("port");
        QTest::newRow("0") << 0;
        QTest::newRow("65535") << 65535;
    }

    void portBoundsAreAccepted()
    {
        QFETCH(int, port);
        FreshDatabase f;
        QVERIFY(f.db);
        Server s = makeServer(QStringLiteral("edge"));
        s.port = port;
        auto created = ServerRepository(*f.db).create(s);
        STORE_VERIFY(created);
        QCOMPARE(created->port, port);
    }

    void renamingToAnotherServersNameIsRefused()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        STORE_VERIFY(servers.create(makeServer(QStringLiteral("a"))));
        auto b = servers.create(makeServer(QStringLiteral("b")));
        STORE_VERIFY(b);
        Server renamed = *b;
        renamed.name = QStringLiteral("a");
        STORE_VERIFY_ERROR(servers.update(renamed), StoreError::Kind::Conflict,
                           QStringLiteral("named 'a' already exists"));
        // Saving a server under its own name is fine.
        STORE_VERIFY(servers.update(*b));
    }

    void maintenanceSetsAndClearsFields()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        auto s = servers.create(makeServer(QStringLiteral("dhcp01")));
        STORE_VERIFY(s);
        QVERIFY(!s->maintenance.enabled);
        QVERIFY(!s->maintenance.enabledAt.isValid());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto on = servers.setMaintenance(s->id, true, QStringLiteral("alice"),
                                         QStringLiteral("patching"));
        STORE_VERIFY(on);
        QVERIFY(on->maintenance.enabled);
        QVERIFY(on->maintenance.enabledAt >= before);
        QCOMPARE(on->maintenance.enabledBy, QStringLiteral("alice"));
        QCOMPARE(on->maintenance.notes, QStringLiteral("patching"));

        auto off =
            servers.setMaintenance(s->id, false, QStringLiteral("bob"), QStringLiteral("ignored"));
        STORE_VERIFY(off);
        QCOMPARE(off->maintenance, Maintenance{});
        QCOMPARE(scalar(*f.db,
                        QStringLiteral("SELECT COUNT(*) FROM servers WHERE maintenance_enabled_at "
                                       "IS NULL AND maintenance_enabled_by = '' AND "
                                       "maintenance_notes = ''")),
                 1);
        STORE_VERIFY_ERROR(servers.setMaintenance(777, true), StoreError::Kind::NotFound,
                           QStringLiteral("777"));
    }

    void healthSyncCertificateAndScriptVersion()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        auto s = servers.create(makeServer(QStringLiteral("dhcp01")));
        STORE_VERIFY(s);
        const QDateTime checked(QDate(2026, 11, 1), QTime(8, 30, 15, 250), Qt::UTC);
        auto healthy = servers.recordHealth(s->id, HealthStatus::Unreachable,
                                            QStringLiteral("connection refused"), checked);
        STORE_VERIFY(healthy);
        QCOMPARE(healthy->healthStatus, HealthStatus::Unreachable);
        QCOMPARE(healthy->healthError, QStringLiteral("connection refused"));
        QCOMPARE(healthy->lastHealthCheck, checked);

        auto synced =
            servers.recordSync(s->id, checked.addSecs(60), QStringLiteral("2 scopes failed"));
        STORE_VERIFY(synced);
        QCOMPARE(synced->lastSyncAt, checked.addSecs(60));
        QCOMPARE(synced->lastSyncError, QStringLiteral("2 scopes failed"));

        auto versioned = servers.setScriptVersion(s->id, QStringLiteral("1.0.2"));
        STORE_VERIFY(versioned);
        QCOMPARE(versioned->psuScriptVersion, QStringLiteral("1.0.2"));
        STORE_VERIFY_ERROR(servers.setScriptVersion(s->id, QString(51, QLatin1Char('9'))),
                           StoreError::Kind::Constraint, QStringLiteral("longer than 50"));

        StoredCertificate cert;
        cert.pem = QByteArrayLiteral("PEM");
        cert.notAfter = checked.addDays(30);
        cert.sha256 = QStringLiteral("01:02");
        auto withCert = servers.setCertificate(s->id, cert);
        STORE_VERIFY(withCert);
        QCOMPARE(withCert->certificate, cert);
        auto cleared = servers.setCertificate(s->id, StoredCertificate{});
        STORE_VERIFY(cleared);
        QVERIFY(cleared->certificate.isEmpty());
        QVERIFY(!cleared->certificate.notAfter.isValid());
    }

    void failoverRoundTripAndConstraints()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        FailoverRepository failovers(*f.db);
        auto a = servers.create(makeServer(QStringLiteral("a")));
        auto b = servers.create(makeServer(QStringLiteral("b")));
        STORE_VERIFY(a);
        STORE_VERIFY(b);

        Failover fo;
        fo.name = QStringLiteral("fo-ab");
        fo.primaryServerId = a->id;
        fo.secondaryServerId = b->id;
        fo.mode = FailoverMode::HotStandby;
        fo.maxClientLeadTime = 1800;
        fo.stateSwitchoverInterval = 600;
        fo.enableAuth = true;
        auto created = failovers.create(fo);
        STORE_VERIFY(created);
        QCOMPARE(created->mode, FailoverMode::HotStandby);
        QCOMPARE(created->stateSwitchoverInterval, std::optional<int>(600));
        QCOMPARE(created->maxClientLeadTime, 1800);
        QCOMPARE(created->maxResponseDelay, 30);
        QVERIFY(created->enableAuth);
        auto fetched = failovers.get(created->id);
        STORE_VERIFY(fetched);
        QCOMPARE(*fetched, *created);

        Failover edited = *created;
        edited.stateSwitchoverInterval.reset();
        edited.syncEnabled = false;
        auto updated = failovers.update(edited);
        STORE_VERIFY(updated);
        QVERIFY(!updated->stateSwitchoverInterval);
        QVERIFY(!updated->syncEnabled);

        auto forA = failovers.listForServer(a->id);
        STORE_VERIFY(forA);
        QCOMPARE(forA->size(), 1);

        Failover same = fo;
        same.name = QStringLiteral("fo-aa");
        same.secondaryServerId = a->id;
        STORE_VERIFY_ERROR(failovers.create(same), StoreError::Kind::Constraint,
                           QStringLiteral("must be different servers"));
        Failover duplicate = fo;
        STORE_VERIFY_ERROR(failovers.create(duplicate), StoreError::Kind::Conflict,
                           QStringLiteral("named 'fo-ab' already exists"));
        Failover dangling = fo;
        dangling.name = QStringLiteral("fo-x");
        dangling.secondaryServerId = 999;
        STORE_VERIFY_ERROR(failovers.create(dangling), StoreError::Kind::NotFound,
                           QStringLiteral("secondary server (id 999) does not exist"));
        Failover unnamed = fo;
        unnamed.name.clear();
        STORE_VERIFY_ERROR(failovers.create(unnamed), StoreError::Kind::Constraint,
                           QStringLiteral("needs a name"));
        Failover negative = fo;
        negative.name = QStringLiteral("fo-neg");
        negative.maxResponseDelay = -1;
        STORE_VERIFY_ERROR(failovers.create(negative), StoreError::Kind::Constraint,
                           QStringLiteral("cannot be negative"));
        QCOMPARE(rowCount(*f.db, QStringLiteral("failovers")), 1);

        auto on = failovers.setMaintenance(created->id, true, QStringLiteral("carol"),
                                           QStringLiteral("n"));
        STORE_VERIFY(on);
        QVERIFY(on->maintenance.enabled && on->maintenance.enabledAt.isValid());
        QCOMPARE(on->maintenance.enabledBy, QStringLiteral("carol"));
        auto off = failovers.setMaintenance(created->id, false);
        STORE_VERIFY(off);
        QCOMPARE(off->maintenance, Maintenance{});
    }

    void serverInFailoverCannotBeDeleted()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        FailoverRepository failovers(*f.db);
        auto a = servers.create(makeServer(QStringLiteral("a")));
        auto b = servers.create(makeServer(QStringLiteral("b")));
        auto c = servers.create(makeServer(QStringLiteral("c")));
        STORE_VERIFY(a);
        STORE_VERIFY(b);
        STORE_VERIFY(c);
        for (const auto &[name, secondary] :
             {std::pair{QStringLiteral("fo-1"), b->id}, std::pair{QStringLiteral("fo-2"), c->id}}) {
            Failover fo;
            fo.name = name;
            fo.primaryServerId = a->id;
            fo.secondaryServerId = secondary;
            STORE_VERIFY(failovers.create(fo));
        }
        STORE_VERIFY_ERROR(servers.remove(a->id), StoreError::Kind::Conflict,
                           QStringLiteral("'fo-1' and 'fo-2'"));
        STORE_VERIFY_ERROR(servers.remove(b->id), StoreError::Kind::Conflict,
                           QStringLiteral("failover relationship 'fo-1'"));
        QCOMPARE(rowCount(*f.db, QStringLiteral("servers")), 3);

        // Backstop: the database refuses it too, if code ever bypasses the check.
        QSqlQuery raw(f.db->connection());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM servers WHERE id = %1").arg(a->id)));
        QCOMPARE(rowCount(*f.db, QStringLiteral("servers")), 3);

        STORE_VERIFY_ERROR(servers.remove(4242), StoreError::Kind::NotFound,
                           QStringLiteral("4242"));
    }

    void deletingServerClearsStandaloneScopes()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        ScopeRepository scopes(*f.db);
        auto a = servers.create(makeServer(QStringLiteral("a")));
        STORE_VERIFY(a);
        auto scope = scopes.create(makeScope(QStringLiteral("lan"), a->id, std::nullopt));
        STORE_VERIFY(scope);
        STORE_VERIFY(servers.remove(a->id));
        QCOMPARE(rowCount(*f.db, QStringLiteral("servers")), 0);
        auto after = scopes.get(scope->id);
        STORE_VERIFY(after);
        QVERIFY(!after->serverId);
        QVERIFY(!after->failoverId);
    }

    void deletingFailoverClearsItsScopes()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        ServerRepository servers(*f.db);
        FailoverRepository failovers(*f.db);
        ScopeRepository scopes(*f.db);
        auto a = servers.create(makeServer(QStringLiteral("a")));
        auto b = servers.create(makeServer(QStringLiteral("b")));
        STORE_VERIFY(a);
        STORE_VERIFY(b);
        Failover fo;
        fo.name = QStringLiteral("fo");
        fo.primaryServerId = a->id;
        fo.secondaryServerId = b->id;
        auto created = failovers.create(fo);
        STORE_VERIFY(created);
        auto scope = scopes.create(makeScope(QStringLiteral("lan"), std::nullopt, created->id));
        STORE_VERIFY(scope);
        QCOMPARE(scope->failoverId, std::optional<std::int64_t>(created->id));

        STORE_VERIFY(failovers.remove(created->id));
        auto after = scopes.get(scope->id);
        STORE_VERIFY(after);
        QVERIFY(!after->failoverId);
        // With the failover gone, its servers can be deleted.
        STORE_VERIFY(servers.remove(a->id));
        STORE_VERIFY_ERROR(failovers.remove(created->id), StoreError::Kind::NotFound,
                           QStringLiteral("No failover"));
    }
};

QTEST_GUILESS_MAIN(TestServerFailover)
#include "tst_serverfailover.moc"
