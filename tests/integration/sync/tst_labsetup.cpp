// LabSetup points a fresh data directory at a running lab (dataset M, HTTPS, each PSU server on
// its own loopback address), and the health phase of a run then records every server healthy
// with its script version and, when asked, its access level (SYN-03 as amended, C-07).

#include "LabRunner.h"
#include "LabSetup.h"

#include "secrets/InMemorySecretStore.h"
#include "store/Database.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ServerRepository.h"
#include "sync/HealthPhase.h"
#include "sync/SyncConnections.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::sync;

class TestLabSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configuresServersAndHealthPhaseRecordsThem();
    void readerTokensAreRecordedAsReadOnly();
    void untrustedSetupLeavesTheCertificatesToTheAdmin();
};

namespace {

struct LabHome
{
    LabRunner lab;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    InMemorySecretStore secrets;

    bool start(const QString &psuScript, LabSetupOptions setup = {})
    {
        LabRunnerOptions options;
        options.dataset = QStringLiteral("M");
        options.https = true;
        options.loopbackHostnames = true;
        options.psuScript = psuScript;
        if (auto started = lab.start(options); !started) {
            qWarning("%s", qPrintable(started.error().message));
            return false;
        }
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        if (!opened)
            return false;
        db = std::move(*opened);
        auto configured = QCoro::waitFor(LabSetup::configure(lab, *db, secrets, setup));
        if (!configured)
            qWarning("%s", qPrintable(configured.error().message));
        return configured.has_value();
    }
};

} // namespace

void TestLabSetup::configuresServersAndHealthPhaseRecordsThem()
{
    LabHome home;
    QVERIFY(home.start(QStringLiteral("2.x")));
    auto servers = ServerRepository(*home.db).list();
    QVERIFY(servers.has_value());
    QCOMPARE(servers->size(), 3);
    // Each PSU server has its own loopback address as host name (failover partners match).
    QCOMPARE(servers->at(0).hostname, QStringLiteral("127.0.0.2"));
    QCOMPARE(servers->at(1).hostname, QStringLiteral("127.0.0.3"));
    QVERIFY(!servers->at(0).certificate.isEmpty());

    ConfigOverrides overrides;
    SyncConnections connections(*home.db, home.secrets, overrides);
    JobLog log;
    HealthPhase phase(*home.db, connections, log);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto health = QCoro::waitFor(phase.run(*servers, true, true, now));
    QCOMPARE(health.size(), 3);
    for (const Server &server : *servers) {
        const ServerHealth h = health.value(server.id);
        QVERIFY2(h.healthy, qPrintable(h.error));
        QCOMPARE(h.access, std::optional<AccessLevel>(AccessLevel::Writer));
        QVERIFY(h.client);
        const auto stored = ServerRepository(*home.db).get(server.id);
        QCOMPARE(stored->healthStatus, HealthStatus::Healthy);
        QCOMPARE(stored->psuScriptVersion, QStringLiteral("2.0.1"));
        QCOMPARE(stored->accessLevel, AccessLevel::Writer);
        QCOMPARE(stored->lastHealthCheck, now);
    }
    QCOMPARE(log.count(JobLogLevel::Warning), 0); // 2.0.1 is the shipped version: no advisory
}

void TestLabSetup::readerTokensAreRecordedAsReadOnly() // LL-19's access half
{
    LabHome home;
    LabSetupOptions setup;
    setup.writerTokens = false;
    QVERIFY(home.start(QStringLiteral("1.0.2"), setup));
    auto servers = ServerRepository(*home.db).list();
    QVERIFY(servers.has_value());
    ConfigOverrides overrides;
    SyncConnections connections(*home.db, home.secrets, overrides);
    JobLog log;
    HealthPhase phase(*home.db, connections, log);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto health = QCoro::waitFor(phase.run(*servers, true, true, now));
    const Server first = servers->at(0);
    QCOMPARE(health.value(first.id).access, std::optional<AccessLevel>(AccessLevel::Reader));
    QCOMPARE(ServerRepository(*home.db).get(first.id)->accessLevel, AccessLevel::Reader);
    // 1.0.2 differs from the shipped script: an advisory warning per server, plus the
    // read-only warning per server.
    QCOMPARE(log.count(JobLogLevel::Warning), 6);

    // Dry runs record nothing.
    const QDateTime later = now.addSecs(60);
    QCoro::waitFor(phase.run(*servers, false, false, later));
    QCOMPARE(ServerRepository(*home.db).get(first.id)->lastHealthCheck, now);
}

// The desktop demo (trustCertificates = false): no certificate is stored, so nothing connects
// until the admin trusts it; a run's health check reports the certificate as the reason.
void TestLabSetup::untrustedSetupLeavesTheCertificatesToTheAdmin()
{
    LabHome home;
    LabSetupOptions setup;
    setup.trustCertificates = false;
    QVERIFY(home.start(QStringLiteral("2.x"), setup));
    auto servers = ServerRepository(*home.db).list();
    QVERIFY(servers.has_value());
    QCOMPARE(servers->size(), 3);
    for (const Server &server : *servers) {
        QVERIFY(server.useHttps && server.verifySsl);
        QVERIFY(server.certificate.isEmpty());
    }
    const auto netBox = NetBoxConnectionRepository(*home.db).get();
    QVERIFY(netBox.has_value() && netBox->has_value());
    QVERIFY((*netBox)->certificate.isEmpty());

    ConfigOverrides overrides;
    SyncConnections connections(*home.db, home.secrets, overrides);
    JobLog log;
    HealthPhase phase(*home.db, connections, log);
    const auto health =
        QCoro::waitFor(phase.run(*servers, false, false, QDateTime::currentDateTimeUtc()));
    for (const Server &server : *servers) {
        const ServerHealth h = health.value(server.id);
        QVERIFY(!h.healthy);
        QVERIFY2(h.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(h.error));
    }
}

QTEST_GUILESS_MAIN(TestLabSetup)
#include "tst_labsetup.moc"
