// PsuClient against the lab's simulated PSU server (lab/psu/PsuSim over LabHttpServer):
// every endpoint of psu-api.md §3, the 2.x bulk contract, access levels and the lab's faults.
#include "LogCapture.h"

#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "net/CertificateProbe.h"
#include "net/psu/PsuClient.h"
#include "net/psu/PsuScriptVersion.h"

#include <QCoroTask>
#include <QTest>

using namespace leaselink;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

void seed(lab::PsuModel &model)
{
    lab::PsuScope a;
    a.scopeId = ip("10.0.1.0");
    a.name = QStringLiteral("Building A");
    a.startIp = ip("10.0.1.10");
    a.endIp = ip("10.0.1.254");
    a.subnetMask = ip("255.255.255.0");
    a.leaseDurationSeconds = 86400;
    a.setRouter(QStringLiteral("10.0.1.1"));
    a.leases << lab::PsuLease{
        ip("10.0.1.50"), QStringLiteral("00-11-22-33-44-55"), QStringLiteral("desktop-abc"),
        QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), QStringLiteral("Active")};
    a.reservations << lab::PsuReservation{ip("10.0.1.100"), QStringLiteral("aa-bb-cc-dd-ee-ff"),
                                          QStringLiteral("printer-01"), QString(),
                                          QStringLiteral("Dhcp")};
    a.exclusions << lab::PsuExclusion{ip("10.0.1.200"), ip("10.0.1.209")};
    model.addScope(a);
    lab::PsuScope b;
    b.scopeId = ip("10.0.2.0");
    b.name = QStringLiteral("Lab");
    b.startIp = ip("10.0.2.50");
    b.endIp = ip("10.0.2.99");
    b.subnetMask = ip("255.255.255.0");
    b.state = QStringLiteral("InActive");
    model.addScope(b);
}

} // namespace

class TestPsuClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::PsuSim> m_sim;
    std::unique_ptr<lab::LabHttpServer> m_server;

    HttpSessionConfig config(const QString &token)
    {
        HttpSessionConfig c;
        c.service = RemoteService::Psu;
        c.serviceName = QStringLiteral("dhcp01");
        c.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/dhcp"));
        c.authorization = "Bearer " + token.toUtf8();
        c.timeout = std::chrono::milliseconds(1500);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return c;
    }

    std::unique_ptr<PsuClient> writer()
    {
        return std::make_unique<PsuClient>(config(m_sim->writerToken()));
    }

    // Requests logged under pathPrefix; with `fault`, only those that fault answered (the lab
    // logs a reset connection when it closes, which may be after the next test row started).
    int logCount(const QString &pathPrefix, const QString &fault = QString()) const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog().entries())
            n += e.path.startsWith(pathPrefix) && (fault.isNull() || e.fault == fault) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::LogCapture::install();
        m_sim = std::make_unique<lab::PsuSim>();
        seed(m_sim->model());
        m_server = std::make_unique<lab::LabHttpServer>(m_sim.get());
        const auto started = m_server->start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
    }

    void init()
    {
        m_server->faults().clear();
        m_server->requestLog().clear();
        m_sim->setScriptVersion(QStringLiteral("1.0.2"));
    }

    void healthAndAccess()
    {
        auto client = writer();
        const auto health = QCoro::waitFor(client->health());
        QVERIFY2(health, qPrintable(health ? QString() : health.error().toString()));
        QCOMPARE(health->version, QStringLiteral("1.0.2"));
        QCOMPARE(client->scriptVersion(), QStringLiteral("1.0.2"));
        QVERIFY(!client->usesBulkContract());
        // LeaseLink ships script 2.0.1 (C-06): an older 1.0.2 server is advisory only.
        QCOMPARE(PsuScriptVersion::compareWithShipped(health->version),
                 PsuScriptVersion::Match::Different);
        QCOMPARE(QCoro::waitFor(client->accessLevel()),
                 NetResult<PsuAccessLevel>(PsuAccessLevel::Writer));

        PsuClient reader(config(m_sim->readerToken()));
        QVERIFY(QCoro::waitFor(reader.health()));
        QCOMPARE(QCoro::waitFor(reader.accessLevel()),
                 NetResult<PsuAccessLevel>(PsuAccessLevel::Reader));

        for (const QString &token : {m_sim->noRoleToken(), m_sim->revokedToken(),
                                     QStringLiteral("garbage-token-value-123456")}) {
            PsuClient bad(config(token));
            const auto r = QCoro::waitFor(bad.health());
            QVERIFY(!r);
            QCOMPARE(r.error().httpStatus, 401);
            QVERIFY(r.error().adminMessage.contains(QStringLiteral("rejected the App Token")));
        }
    }

    void scopes()
    {
        auto client = writer();
        const auto all = QCoro::waitFor(client->scopes());
        QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).router, std::optional<Ipv4Address>(ip("10.0.1.1")));
        QVERIFY(!all->at(1).active);
        const auto active = QCoro::waitFor(client->scopes(true));
        QVERIFY(active);
        QCOMPARE(active->size(), 1);
        QCOMPARE(m_server->requestLog().entries().last().query, QStringLiteral("active_only=true"));

        const auto one = QCoro::waitFor(client->scope(ip("10.0.1.0")));
        QVERIFY(one);
        QVERIFY(!one->hasRouter); // detail endpoint: first eight fields only
        const auto missing = QCoro::waitFor(client->scope(ip("10.9.9.0")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().serverText, QStringLiteral("Scope not found."));

        PsuScope created;
        created.scopeId = ip("10.0.5.0");
        created.name = QStringLiteral("New");
        created.startIp = ip("10.0.5.10");
        created.endIp = ip("10.0.5.20");
        created.subnetMask = ip("255.255.255.0");
        created.router = ip("10.0.5.1");
        created.leaseDurationSeconds = 3600;
        const auto made = QCoro::waitFor(client->createScope(created));
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QCOMPARE(made->name, QStringLiteral("New"));
        QVERIFY(!m_server->requestLog().entries().last().requestBody.contains("state")); // 1.x
        const auto updated = QCoro::waitFor(client->updateScope(
            ip("10.0.5.0"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QVERIFY(updated);
        QCOMPARE(updated->name, QStringLiteral("Renamed"));
        const auto bad = QCoro::waitFor(client->createScope(created)); // duplicate
        QVERIFY(!bad);
        QVERIFY(bad.error().httpStatus == 500 || bad.error().httpStatus == 400);
    }

    void leasesAndReservations()
    {
        auto client = writer();
        const auto leases = QCoro::waitFor(client->leases(ip("10.0.1.0")));
        QVERIFY2(leases, qPrintable(leases ? QString() : leases.error().toString()));
        QCOMPARE(leases->size(), 1);
        QCOMPARE(leases->first().clientId, QStringLiteral("00-11-22-33-44-55"));
        const auto allLeases = QCoro::waitFor(client->leases());
        QVERIFY(allLeases);

        PsuReservation r;
        r.scopeId = ip("10.0.1.0");
        r.ipAddress = ip("10.0.1.101");
        r.clientId = QStringLiteral("AA:BB:CC:00:11:22");
        r.name = QStringLiteral("cam-1");
        const auto created = QCoro::waitFor(client->createReservation(r));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created->clientId, QStringLiteral("aa-bb-cc-00-11-22"));
        const auto updated = QCoro::waitFor(client->updateReservation(
            QStringLiteral("aa-bb-cc-00-11-22"),
            QJsonObject{{QStringLiteral("description"), QStringLiteral("door")}}));
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
        QCOMPARE(updated->description, QStringLiteral("door"));
        const auto res = QCoro::waitFor(client->reservations(ip("10.0.1.0")));
        QVERIFY(res);
        QCOMPARE(res->size(), 2);
        const auto deleted =
            QCoro::waitFor(client->deleteReservation(QStringLiteral("aa-bb-cc-00-11-22")));
        QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().toString()));
        const auto again =
            QCoro::waitFor(client->deleteReservation(QStringLiteral("aa-bb-cc-00-11-22")));
        QVERIFY(!again);
        QCOMPARE(again.error().httpStatus, 404);

        PsuClient reader(config(m_sim->readerToken()));
        const auto refused = QCoro::waitFor(reader.createReservation(r));
        QVERIFY(!refused);
        QCOMPARE(refused.error().adminMessage,
                 QStringLiteral(
                     "The token has no DHCPWriter role: ask the PSU admin for a writer token"));
    }

    void failoverOptionsExclusions()
    {
        auto client = writer();
        const auto fo = QCoro::waitFor(client->failovers());
        QVERIFY2(fo, qPrintable(fo ? QString() : fo.error().toString()));
        QVERIFY(fo->isEmpty());
        PsuFailover f;
        f.name = QStringLiteral("FO-A");
        f.secondaryServer = QStringLiteral("dhcp02.example.com");
        f.scopeIds = {ip("10.0.1.0")};
        const auto created = QCoro::waitFor(client->createFailover(f));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created->name, QStringLiteral("FO-A"));
        QCOMPARE(created->scopeIds, QList<Ipv4Address>{ip("10.0.1.0")});

        QVERIFY(QCoro::waitFor(client->serverOptions()));
        const auto opts = QCoro::waitFor(client->scopeOptions(ip("10.0.1.0")));
        QVERIFY2(opts, qPrintable(opts ? QString() : opts.error().toString()));
        QVERIFY(std::any_of(opts->begin(), opts->end(),
                            [](const PsuOption &o) { return o.code == 3; }));

        const auto ex = QCoro::waitFor(client->exclusions(ip("10.0.1.0")));
        QVERIFY(ex);
        QCOMPARE(ex->size(), 1);
        const PsuExclusion range{ip("10.0.1.0"), ip("10.0.1.230"), ip("10.0.1.239")};
        QVERIFY(QCoro::waitFor(client->createExclusion(range)));
        const auto removed = QCoro::waitFor(client->deleteExclusion(range));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        const auto &last = m_server->requestLog().entries().last();
        QCOMPARE(last.method, QByteArray("DELETE"));
        QVERIFY(last.requestBody.contains("10.0.1.230")); // DELETE carries a JSON body
        QCOMPARE(QCoro::waitFor(client->exclusions(ip("10.0.1.0")))->size(), 1);
    }

    void perScopeReadsOnOldScripts()
    {
        auto client = writer();
        QVERIFY(QCoro::waitFor(client->health()));
        const auto leases = QCoro::waitFor(client->leasesByScope({ip("10.0.1.0"), ip("10.0.2.0")}));
        QCOMPARE(leases.size(), 2);
        QVERIFY(leases.value(ip("10.0.1.0")));
        QCOMPARE(leases.value(ip("10.0.1.0"))->size(), 1);
        QCOMPARE(logCount(QStringLiteral("/api/dhcp/leases")), 2);
    }

    void bulkContract()
    {
        m_sim->setScriptVersion(QStringLiteral("2.0.1"));
        auto client = writer();
        const auto health = QCoro::waitFor(client->health());
        QVERIFY(health);
        QVERIFY(client->usesBulkContract());
        QCOMPARE(PsuScriptVersion::compareWithShipped(health->version),
                 PsuScriptVersion::Match::Equal);

        const QList<Ipv4Address> scopes{ip("10.0.1.0"), ip("10.0.2.0")};
        const auto leases = QCoro::waitFor(client->leasesByScope(scopes));
        QVERIFY2(leases.value(ip("10.0.1.0")),
                 qPrintable(leases.value(ip("10.0.1.0"))
                                ? QString()
                                : leases.value(ip("10.0.1.0")).error().toString()));
        QVERIFY(leases.value(ip("10.0.2.0")));
        QCOMPARE(logCount(QStringLiteral("/api/dhcp/leases")), 1);
        QCOMPARE(m_server->requestLog().entries().last().query, QStringLiteral("format=grouped"));
        const auto reservations = QCoro::waitFor(client->reservationsByScope(scopes));
        QVERIFY(reservations.value(ip("10.0.1.0")));
        const auto exclusions = QCoro::waitFor(client->exclusionsByScope(scopes));
        QVERIFY2(exclusions.value(ip("10.0.1.0")),
                 qPrintable(exclusions.value(ip("10.0.1.0"))
                                ? QString()
                                : exclusions.value(ip("10.0.1.0")).error().toString()));
        QCOMPARE(exclusions.value(ip("10.0.1.0"))->size(), 1);
        QVERIFY(exclusions.value(ip("10.0.2.0"))->isEmpty());
        const auto options = QCoro::waitFor(client->scopeOptionsByScope(scopes));
        QVERIFY2(options.value(ip("10.0.1.0")),
                 qPrintable(options.value(ip("10.0.1.0"))
                                ? QString()
                                : options.value(ip("10.0.1.0")).error().toString()));
        const auto unknown = QCoro::waitFor(client->leasesByScope({ip("10.0.9.0")}));
        QVERIFY(!unknown.value(ip("10.0.9.0"))); // absent from the answer: an error, never []

        const auto metrics = QCoro::waitFor(client->metrics());
        QVERIFY2(metrics, qPrintable(metrics ? QString() : metrics.error().toString()));

        QList<QJsonObject> items;
        items << QJsonObject{{QStringLiteral("scope_id"), QStringLiteral("10.0.1.0")},
                             {QStringLiteral("ip_address"), QStringLiteral("10.0.1.120")},
                             {QStringLiteral("client_id"), QStringLiteral("aa-bb-cc-dd-ee-20")},
                             {QStringLiteral("name"), QStringLiteral("bulk-1")},
                             {QStringLiteral("type"), QStringLiteral("Both")}};
        items << QJsonObject{{QStringLiteral("scope_id"), QStringLiteral("10.0.1.0")},
                             {QStringLiteral("ip_address"), QStringLiteral("10.0.1.121")}};
        const auto results = QCoro::waitFor(client->bulkReservations("POST", items));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].status, PsuBulkStatus::Ok);
        QVERIFY(results[0].reservation);
        QCOMPARE(results[1].status, PsuBulkStatus::Error); // no client id
        QVERIFY(!results[1].error.isEmpty());
        const auto del = QCoro::waitFor(client->bulkReservations(
            "DELETE", {QJsonObject{{QStringLiteral("scope_id"), QStringLiteral("10.0.1.0")},
                                   {QStringLiteral("ip_address"), QStringLiteral("10.0.1.120")}}}));
        QCOMPARE(del.size(), 1);
        QCOMPARE(del[0].status, PsuBulkStatus::Ok);

        // A failing bulk call marks every item as failed, never as done.
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.method = "PUT";
        fault.status = 500;
        m_server->faults().add(fault);
        const auto failed = QCoro::waitFor(client->bulkReservations("PUT", items));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0].status, PsuBulkStatus::Error);
        QCOMPARE(failed[1].status, PsuBulkStatus::Error);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<QString>("needle");
        using K = lab::LabFault::Kind;
        QTest::newRow("malformed")
            << int(K::MalformedJson) << 0 << int(NetError::Kind::Decode) << "not JSON";
        QTest::newRow("empty 200")
            << int(K::Empty200) << 0 << int(NetError::Kind::Decode) << "body is empty";
        QTest::newRow("lone object")
            << int(K::LoneObject) << 0 << int(NetError::Kind::Decode) << "single object";
        QTest::newRow("truncated")
            << int(K::Truncated) << 0 << int(NetError::Kind::Reset) << "closed the connection";
        QTest::newRow("reset") << int(K::Reset) << 0 << int(NetError::Kind::Reset)
                               << "closed the connection";
        QTest::newRow("hang") << int(K::Hang) << 0 << int(NetError::Kind::Timeout)
                              << "did not answer in time";
        QTest::newRow("500") << int(K::Status) << 500 << int(NetError::Kind::HttpStatus)
                             << "reported an error";
        QTest::newRow("502 html") << int(K::Status) << 502 << int(NetError::Kind::HttpStatus)
                                  << "(HTTP 502)";
        QTest::newRow("401") << int(K::Status) << 401 << int(NetError::Kind::HttpStatus)
                             << "App Token";
        QTest::newRow("403") << int(K::Status) << 403 << int(NetError::Kind::HttpStatus)
                             << "DHCPReader";
        QTest::newRow("404") << int(K::Status) << 404 << int(NetError::Kind::HttpStatus) << "404";
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, expectedKind);
        QFETCH(QString, needle);
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind(kind);
        fault.pathPattern = QStringLiteral("/api/dhcp/leases*");
        fault.status = status;
        m_server->faults().add(fault);
        auto c = config(m_sim->writerToken());
        c.timeout = std::chrono::milliseconds(400);
        PsuClient client(c);
        const auto r = QCoro::waitFor(client.leases(ip("10.0.1.0")));
        QVERIFY(!r);
        QVERIFY2(int(r.error().kind) == expectedKind, qPrintable(r.error().toString()));
        QVERIFY2(r.error().toString().contains(needle), qPrintable(r.error().toString()));
        if (status == 502 || kind == int(lab::LabFault::Kind::Hang))
            QCOMPARE(
                logCount(QStringLiteral("/api/dhcp/leases"), lab::LabFault::kindName(fault.kind)),
                3); // retried twice
    }

    // The lab's own HTTPS faults: trust on first use via the probe, then certificate rotation
    // (changed), an expired certificate, and a certificate for another name (pinned: tolerated).
    void labTlsFaults()
    {
        lab::PsuSim sim;
        lab::LabHttpServer server(&sim);
        server.enableTls(lab::LabCertificate::localhost());
        QVERIFY(server.start().has_value());
        auto c = config(sim.writerToken());
        c.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/api/dhcp"));
        QCOMPARE(c.baseUrl.scheme(), QStringLiteral("https"));

        const auto untrusted = QCoro::waitFor(PsuClient(c).health());
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error().kind, NetError::Kind::Tls);

        CertificateProbe probe;
        const auto probed =
            QCoro::waitFor(probe.probe(c.baseUrl.host(), quint16(c.baseUrl.port())));
        QVERIFY2(probed, qPrintable(probed ? QString() : probed.error().toString()));
        QCOMPARE(probed->leaf().sha256Fingerprint, server.fingerprintSha256());
        c.trustedCertificate = probed->toStored();
        QVERIFY(QCoro::waitFor(PsuClient(c).health()));

        server.rotateCertificate();
        const auto changed = QCoro::waitFor(PsuClient(c).health());
        QVERIFY(!changed);
        QCOMPARE(changed.error().kind, NetError::Kind::CertificateChanged);
        QCOMPARE(changed.error().oldFingerprint, probed->leaf().sha256Fingerprint);
        QCOMPARE(changed.error().newFingerprint, server.fingerprintSha256());

        lab::LabHttpServer expiredServer(&sim);
        expiredServer.enableTls(lab::LabCertificate::expired());
        QVERIFY(expiredServer.start().has_value());
        auto e = c;
        e.baseUrl = QUrl(expiredServer.baseUrl().toString() + QStringLiteral("/api/dhcp"));
        e.trustedCertificate = {};
        const auto expired = QCoro::waitFor(PsuClient(e).health());
        QVERIFY(!expired);
        QCOMPARE(expired.error().kind, NetError::Kind::Tls);
        StoredCertificate stale;
        stale.pem = lab::LabCertificate::expired().certificate.toPem();
        stale.notAfter = lab::LabCertificate::expired().certificate.expiryDate();
        e.trustedCertificate = stale;
        const auto refused = QCoro::waitFor(PsuClient(e).health());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, NetError::Kind::CertificateExpired);

        lab::LabHttpServer wrongName(&sim);
        wrongName.enableTls(lab::LabCertificate::wrongName());
        QVERIFY(wrongName.start().has_value());
        auto w = c;
        w.baseUrl = QUrl(wrongName.baseUrl().toString() + QStringLiteral("/api/dhcp"));
        w.trustedCertificate = {};
        const auto mismatch =
            QCoro::waitFor(probe.probe(w.baseUrl.host(), quint16(w.baseUrl.port())));
        QVERIFY(mismatch);
        QVERIFY(!mismatch->hostnameMatches);
        w.trustedCertificate = mismatch->toStored();
        const auto pinned = QCoro::waitFor(PsuClient(w).health());
        QVERIFY2(pinned, qPrintable(pinned ? QString() : pinned.error().toString()));
    }

    void cleanupTestCase()
    {
        for (const QString &token :
             {m_sim->writerToken(), m_sim->readerToken(), m_sim->noRoleToken()})
            QVERIFY2(!test::LogCapture::contains(token), "a token reached the log");
        m_server.reset();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestPsuClient)
#include "tst_psuclient.moc"
