// Lab datasets: deterministic per seed, the documented sizes, JSON round trip, NetBox seeding.
#include "LabDatasetGenerator.h"
#include "PsuSim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;

Q_DECLARE_METATYPE(leaselink::lab::LabDatasetGenerator::Size)

namespace {

int distinctModels(const LabDataset &dataset)
{
    QList<const PsuModel *> models;
    for (const LabDatasetServer &server : dataset.servers) {
        if (!models.contains(server.model.get()))
            models.append(server.model.get());
    }
    return int(models.size());
}

} // namespace

class TestLabDatasets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<LabDatasetGenerator::Size>("size");
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("failovers");
        QTest::addColumn<int>("scopes");
        QTest::addColumn<int>("leases");
        QTest::addColumn<int>("reservations");
        using S = LabDatasetGenerator::Size;
        QTest::newRow("S") << S::S << 1 << 1 << 0 << 5 << 500 << 25;
        QTest::newRow("M") << S::M << 3 << 2 << 2 << 60 << 10000 << 600;
        QTest::newRow("L") << S::L << 4 << 2 << 4 << 500 << 100000 << 10000;
    }

    void sizes()
    {
        QFETCH(LabDatasetGenerator::Size, size);
        QFETCH(int, servers);
        QFETCH(int, models);
        QFETCH(int, failovers);
        QFETCH(int, scopes);
        QFETCH(int, leases);
        QFETCH(int, reservations);
        const LabDataset dataset = LabDatasetGenerator::generate(size, 1);
        QCOMPARE(dataset.servers.size(), servers);
        QCOMPARE(distinctModels(dataset), models);
        QCOMPARE(dataset.scopeCount(), scopes);
        QCOMPARE(dataset.leaseCount(), leases);
        QCOMPARE(dataset.reservationCount(), reservations);
        QCOMPARE(dataset.scopeNetworks().size(), scopes);
        int failoverCount = 0;
        int inactive = 0, withExclusions = 0, withoutRouter = 0, invalidNames = 0, colonless = 0;
        QList<const PsuModel *> seen;
        static const QRegularExpression dnsLabel(QStringLiteral("^[A-Za-z0-9-]{1,63}$"));
        for (const LabDatasetServer &server : dataset.servers) {
            if (seen.contains(server.model.get()))
                continue;
            seen.append(server.model.get());
            failoverCount += server.model->failovers.size();
            QVERIFY(!server.model->serverOptions.isEmpty());
            for (const auto &[key, scope] : server.model->scopes) {
                inactive += scope.state == u"InActive";
                withExclusions += !scope.exclusions.isEmpty();
                withoutRouter += scope.router().isNull();
                for (const PsuExclusion &exclusion : scope.exclusions) {
                    QVERIFY(scope.containsInRange(exclusion.start));
                    QVERIFY(scope.containsInRange(exclusion.end));
                }
                for (const PsuLease &lease : scope.leases) {
                    QVERIFY(scope.containsInRange(lease.ipAddress));
                    // Leases come from Windows: hyphenated lower-case.
                    QCOMPARE(lease.clientId, lease.clientId.toLower());
                    QVERIFY(!lease.clientId.contains(u':'));
                    const QStringList labels = lease.hostname.split(u'.');
                    for (const QString &label : labels) {
                        if (!lease.hostname.isEmpty() && !dnsLabel.match(label).hasMatch()) {
                            ++invalidNames;
                            break;
                        }
                    }
                }
                for (const PsuReservation &reservation : scope.reservations) {
                    QVERIFY(scope.containsInRange(reservation.ipAddress));
                    colonless += !reservation.clientId.contains(u':');
                }
            }
            for (const PsuFailover &failover : server.model->failovers) {
                QVERIFY(failover.involves(server.hostname));
                QVERIFY(!failover.scopeIds.isEmpty());
            }
        }
        QCOMPARE(failoverCount, failovers);
        QCOMPARE(colonless, reservations); // normalised like POST /reservations does
        QVERIFY(withExclusions > 0);
        QVERIFY(invalidNames > 0);
        if (scopes >= 17)
            QVERIFY(inactive > 0);
        if (scopes >= 11)
            QVERIFY(withoutRouter > 0);
    }

    void sameSeedSameData_data()
    {
        QTest::addColumn<LabDatasetGenerator::Size>("size");
        QTest::newRow("S") << LabDatasetGenerator::Size::S;
        QTest::newRow("M") << LabDatasetGenerator::Size::M;
    }

    void sameSeedSameData()
    {
        QFETCH(LabDatasetGenerator::Size, size);
        const QByteArray first = LabDatasetGenerator::generate(size, 42).sha256();
        QCOMPARE(LabDatasetGenerator::generate(size, 42).sha256(), first);
        QVERIFY(LabDatasetGenerator::generate(size, 43).sha256() != first);
        QCOMPARE(first.size(), 64);
    }

    void largeIsDeterministicToo()
    {
        QCOMPARE(LabDatasetGenerator::generate(LabDatasetGenerator::Size::L, 3).sha256(),
                 LabDatasetGenerator::generate(LabDatasetGenerator::Size::L, 3).sha256());
    }

    void jsonFileRoundTrip()
    {
        const LabDataset generated = LabDatasetGenerator::generate(LabDatasetGenerator::Size::M, 5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(generated.toJson());
        file.close();
        const auto loaded = LabDataset::loadFile(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->sha256(), generated.sha256());
        // Failover partners share one model after loading, as generated.
        QCOMPARE(loaded->servers[0].model.get(), loaded->servers[1].model.get());
        QVERIFY(loaded->servers[0].model.get() != loaded->servers[2].model.get());
    }

    void handWrittenFileNormalisesMacForms()
    {
        const QByteArray json =
            R"({"name":"tiny","servers":[{"name":"psu-1","hostname":"dhcp09.example.com"}],
            "models":{"psu-1":{"scopes":[{"scope_id":"10.5.0.0","name":"Tiny","start_ip":"10.5.0.10",
            "end_ip":"10.5.0.20","subnet_mask":"255.255.255.0","reservations":[
              {"ip_address":"10.5.0.11","client_id":"00:11:22:AA:BB:CC"},
              {"ip_address":"10.5.0.12","client_id":"0011.22aa.bbcd","type":"dhcp"}],
            "leases":[{"ip_address":"10.5.0.15","client_id":"00-11-22-33-44-55","hostname":"pc",
              "lease_expiry":"2030-01-01T00:00:00Z","address_state":"Active"}]}]}}})";
        const auto dataset = LabDataset::fromJson(json);
        QVERIFY2(dataset.has_value(), qPrintable(dataset ? QString() : dataset.error().message));
        PsuSimOptions options;
        options.hostname = dataset->servers.first().hostname;
        options.model = dataset->servers.first().model;
        PsuSim sim(options);
        LabRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/dhcp/reservations");
        request.headers.insert("authorization", "Bearer " + sim.readerToken().toLatin1());
        QCOMPARE(
            sim.handle(request).body,
            QByteArray(
                R"([{"ip_address":"10.5.0.11","client_id":"00-11-22-aa-bb-cc","name":"","description":"","type":"Both","scope_id":"10.5.0.0"},)"
                R"({"ip_address":"10.5.0.12","client_id":"00-11-22-aa-bb-cd","name":"","description":"","type":"Dhcp","scope_id":"10.5.0.0"}])"));
    }

    void badFilesNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
        QTest::newRow("no servers") << QByteArray(R"({"models":{}})") << "no servers";
        QTest::newRow("unknown model")
            << QByteArray(R"({"servers":[{"name":"a","hostname":"h","model":"x"}],"models":{}})")
            << "model 'x'";
        QTest::newRow("bad address")
            << QByteArray(
                   R"({"servers":[{"name":"a","hostname":"h"}],"models":{"a":{"scopes":[{"scope_id":"10.0.0.300"}]}}})")
            << "10.0.0.300";
    }

    void badFilesNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto dataset = LabDataset::fromJson(json);
        QVERIFY(!dataset.has_value());
        QVERIFY2(dataset.error().message.contains(message), qPrintable(dataset.error().message));
    }

    void scopeNetworksForNetBox()
    {
        const LabDataset dataset = LabDatasetGenerator::generate(LabDatasetGenerator::Size::M, 1);
        const QList<LabScopeNetwork> networks = dataset.scopeNetworks();
        QSet<QString> ids;
        int inFailover = 0;
        for (const LabScopeNetwork &network : networks) {
            ids.insert(network.scopeId);
            QCOMPARE(network.prefixLength, 24);
            QVERIFY(!network.scopeName.isEmpty());
            inFailover += !network.failoverName.isEmpty();
        }
        QCOMPARE(ids.size(), 60); // no network twice
        QCOMPARE(inFailover, 40);
        QCOMPARE(LabDatasetGenerator::sizeFromName(QStringLiteral("m")).value(),
                 LabDatasetGenerator::Size::M);
        QVERIFY(!LabDatasetGenerator::sizeFromName(QStringLiteral("XL")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLabDatasets)
#include "tst_lab_datasets.moc"
