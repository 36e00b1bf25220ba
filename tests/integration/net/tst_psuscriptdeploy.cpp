// "Update PSU Scripts" against the lab's PSU management API over HTTPS (issue 9; psu-api.md §5,
// decisions.md C-10 and C-20): create into an empty server, update an existing one (LL-29: an
// extra /api/dhcp/ endpoint is left alone), the restart, the health check afterwards, the
// maintenance refusal without any request (LL-66), a reader token, and answers that are not
// a list of endpoints.
#include "LogCapture.h"
#include "PsuDeployLab.h"

#include "net/psu/PsuEndpointScript.h"
#include "net/psu/PsuManagementClient.h"
#include "net/psu/PsuScriptDeployer.h"
#include "net/psu/PsuScriptVersion.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace leaselink;
using leaselink::test::PsuDeployLab;

Q_DECLARE_METATYPE(leaselink::lab::LabFault::Kind)

namespace {

const QString shipped = QString::fromLatin1(PsuScriptVersion::Shipped);

const QJsonObject *findRecord(lab::PsuSim &sim, const QString &url, const QString &method)
{
    for (const QJsonObject &r : sim.endpoints().records()) {
        if (r.value(u"url").toString() != url)
            continue;
        const QJsonValue m = r.value(u"method");
        if (m.toString() == method || m.toArray().contains(method))
            return &r;
    }
    return nullptr;
}

} // namespace

class TestPsuScriptDeploy : public QObject
{
    Q_OBJECT

    std::unique_ptr<PsuScriptDeployer> deployer(const PsuDeployLab &lab, const QString &token)
    {
        auto d = std::make_unique<PsuScriptDeployer>(lab.serverRecord(), token);
        d->setHealthDelay(std::chrono::milliseconds(0));
        return d;
    }

private Q_SLOTS:
    void initTestCase() { leaselink::test::LogCapture::install(); }

    void createIntoEmptyServer()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        lab.removeDhcpRecords();
        const QJsonObject inventory = lab.sim->endpoints().records().first();
        auto d = deployer(lab, lab.sim->writerToken());
        QCOMPARE(d->expectedVersion(), shipped);

        const auto plan = QCoro::waitFor(d->preview());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const int defined = int(PsuEndpointScript::shipped().size());
        QVERIFY(defined >= 18);
        QCOMPARE(plan->creates.size(), defined);
        QCOMPARE(plan->updates.size(), 0);
        QCOMPARE(plan->leftAlone.size(), 0);
        QCOMPARE(plan->otherRecords, 1);

        QSignalSpy progress(d.get(), &PsuScriptDeployer::progress);
        const PsuScriptDeployReport report = QCoro::waitFor(d->apply(*plan));
        QVERIFY2(report.succeeded(),
                 qPrintable(report.fatalError + report.failures.join(u'\n') + report.healthError));
        QCOMPARE(report.created, defined);
        QCOMPARE(report.updated, 0);
        QCOMPARE(lab.count("POST", QStringLiteral("/api/v1/endpoint/restart")), 1);
        QCOMPARE(lab.count("POST", QStringLiteral("/api/v1/endpoint")), defined + 1);
        QCOMPARE(report.reportedVersion, shipped);
        QVERIFY(report.versionMatches());
        QCOMPARE(lab.sim->scriptVersion(), shipped);
        QCOMPARE(lab.sim->endpoints().records().size(), defined + 1);
        QCOMPARE(lab.sim->endpoints().records().first(), inventory);
        // Every step is reported, the last one complete.
        QCOMPARE(progress.size(), defined + 3);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        // The created records carry the script's roles.
        const QJsonObject *post =
            findRecord(*lab.sim, QStringLiteral("/api/dhcp/reservations"), QStringLiteral("POST"));
        QVERIFY(post);
        QCOMPARE(post->value(u"role").toArray(), QJsonArray{QStringLiteral("DHCPWriter")});
        QCOMPARE(post->value(u"authentication").toBool(), true);
    }

    // LL-29: the lab holds the 1.0.2 script's 18 records. The ones LeaseLink defines are PUT
    // (whole record, scriptBlock replaced), the 2.x additions POSTed, the 1.x-only
    // /reservations/:client_id pair left alone; then the restart, and health reports 2.x.
    void LL29_updateExistingLeavesExtrasAlone()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        const QList<QJsonObject> before = lab.sim->endpoints().records();
        QCOMPARE(before.size(), 19);
        const QJsonObject *oldHealth =
            findRecord(*lab.sim, QStringLiteral("/api/dhcp/health"), QStringLiteral("GET"));
        QVERIFY(oldHealth);
        const QJsonObject healthBefore = *oldHealth;
        QCOMPARE(lab.sim->scriptVersion(), QStringLiteral("1.0.2"));

        auto d = deployer(lab, lab.sim->writerToken());
        const auto plan = QCoro::waitFor(d->preview());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const int defined = int(PsuEndpointScript::shipped().size());
        QCOMPARE(plan->updates.size(), 16);
        QCOMPARE(plan->creates.size(), defined - 16);
        QCOMPARE(plan->leftAlone.size(), 2);
        for (const auto &extra : plan->leftAlone) {
            QCOMPARE(extra.url, QStringLiteral("/api/dhcp/reservations/:client_id"));
            QCOMPARE(extra.reason, PsuEndpointPlan::Reason::NotDefined);
        }

        const PsuScriptDeployReport report = QCoro::waitFor(d->apply(*plan));
        QVERIFY2(report.succeeded(), qPrintable(report.fatalError + report.failures.join(u'\n')));
        QCOMPARE(report.updated, 16);
        QCOMPARE(report.created, defined - 16);
        QCOMPARE(report.leftAlone, 2);
        QCOMPARE(report.countsText(), QStringLiteral("16 updated, %1 created").arg(defined - 16));
        QCOMPARE(lab.count("DELETE", QStringLiteral("/api/v1/")), 0);
        QCOMPARE(lab.count("PUT", QStringLiteral("/api/v1/endpoint/")), 16);
        QCOMPARE(lab.count("POST", QStringLiteral("/api/v1/endpoint/restart")), 1);
        QCOMPARE(lab.count("GET", QStringLiteral("/api/dhcp/health")), 1);
        QCOMPARE(report.reportedVersion, shipped);
        QCOMPARE(lab.sim->scriptVersion(), shipped);

        // Nothing deleted: the extras and the foreign record keep their ids and contents.
        QCOMPARE(lab.sim->endpoints().records().size(), 19 + defined - 16);
        for (const QJsonObject &old : before) {
            const QJsonObject *now = lab.sim->endpoints().record(old.value(u"id").toInt());
            QVERIFY(now);
            const bool extra =
                old.value(u"url").toString().startsWith(
                    QStringLiteral("/api/dhcp/reservations/")) ||
                !old.value(u"url").toString().startsWith(QStringLiteral("/api/dhcp/"));
            if (extra)
                QCOMPARE(*now, old);
        }
        // An updated record is the old record with only scriptBlock replaced.
        const QJsonObject *health =
            findRecord(*lab.sim, QStringLiteral("/api/dhcp/health"), QStringLiteral("GET"));
        QVERIFY(health);
        QJsonObject expected = healthBefore;
        expected.insert(QStringLiteral("scriptBlock"), health->value(u"scriptBlock"));
        QCOMPARE(*health, expected);
        QCOMPARE(PsuEndpointScript::versionIn(health->value(u"scriptBlock").toString()), shipped);

        // A second run finds everything current: only PUTs, nothing created.
        lab.server->requestLog().clear();
        const auto again = QCoro::waitFor(d->preview());
        QVERIFY(again);
        QCOMPARE(again->creates.size(), 0);
        QCOMPARE(again->updates.size(), defined);
        QCOMPARE(again->changingUpdates(), 0);
    }

    // LL-66: refused for a server in maintenance, with no request at all.
    void LL66_maintenanceSendsNoRequest()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        Server server = lab.serverRecord();
        server.maintenance.enabled = true;
        PsuScriptDeployer d(server, lab.sim->writerToken());
        d.setHealthDelay(std::chrono::milliseconds(0));
        const auto plan = QCoro::waitFor(d.preview());
        QVERIFY(!plan);
        QVERIFY2(plan.error().adminMessage.contains(QStringLiteral("maintenance")),
                 qPrintable(plan.error().toString()));
        // Even a plan made earlier is not applied.
        PsuEndpointPlan stale;
        stale.creates << PsuEndpointPlan::Create{QStringLiteral("/api/dhcp/health"),
                                                 QStringLiteral("GET"), QJsonObject()};
        const PsuScriptDeployReport report = QCoro::waitFor(d.apply(stale));
        QVERIFY(!report.succeeded());
        QVERIFY(report.fatalError.contains(QStringLiteral("maintenance")));
        QCOMPARE(lab.server->requestLog().entries().size(), 0);
    }

    void readerTokenGetsAClearSentence()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        auto d = deployer(lab, lab.sim->readerToken());
        const auto plan = QCoro::waitFor(d->preview());
        QVERIFY(!plan);
        QCOMPARE(plan.error().httpStatus, 403);
        QVERIFY2(plan.error().adminMessage.contains(QStringLiteral("\"apis/*\"")),
                 qPrintable(plan.error().adminMessage));
        QVERIFY(plan.error().adminMessage.contains(QStringLiteral("DHCPReader")));

        auto nobody = deployer(lab, lab.sim->revokedToken());
        const auto rejected = QCoro::waitFor(nobody->preview());
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().httpStatus, 401);
        QVERIFY(rejected.error().adminMessage.contains(QStringLiteral("management API")));
        QVERIFY(!rejected.error().toString().contains(lab.sim->revokedToken()));
        QCOMPARE(lab.count("PUT", QStringLiteral("/api/v1/")), 0);
        QCOMPARE(lab.count("POST", QStringLiteral("/api/v1/")), 0);
    }

    void answerThatIsNotAListFails_data()
    {
        QTest::addColumn<lab::LabFault::Kind>("kind");
        QTest::newRow("lone object") << lab::LabFault::Kind::LoneObject;
        QTest::newRow("empty 200") << lab::LabFault::Kind::Empty200;
        QTest::newRow("not JSON") << lab::LabFault::Kind::MalformedJson;
    }

    void answerThatIsNotAListFails()
    {
        QFETCH(lab::LabFault::Kind, kind);
        PsuDeployLab lab;
        QVERIFY(lab.start());
        lab::LabFault fault;
        fault.kind = kind;
        fault.method = "GET";
        fault.pathPattern = QStringLiteral("/api/v1/endpoint");
        lab.server->faults().add(fault);
        auto d = deployer(lab, lab.sim->writerToken());
        const auto plan = QCoro::waitFor(d->preview());
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind, NetError::Kind::Decode);
        QCOMPARE(lab.count("POST", QStringLiteral("/api/v1/")), 0);
    }

    // A failed PUT is reported and the run goes on (§5); the job still counts as failed.
    void failedUpdateIsReportedAndTheRunGoesOn()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        auto d = deployer(lab, lab.sim->writerToken());
        const auto plan = QCoro::waitFor(d->preview());
        QVERIFY(plan);
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.status = 500;
        fault.method = "PUT";
        fault.pathPattern = QStringLiteral("/api/v1/endpoint/*");
        fault.onlyNth = 2;
        lab.server->faults().add(fault);
        const PsuScriptDeployReport report = QCoro::waitFor(d->apply(*plan));
        QCOMPARE(report.failures.size(), 1);
        QVERIFY2(report.failures.first().startsWith(QStringLiteral("update ")),
                 qPrintable(report.failures.first()));
        QCOMPARE(report.updated, 15);
        QVERIFY(report.restarted);
        QVERIFY(report.healthChecked);
        QVERIFY(!report.succeeded());
        QCOMPARE(lab.count("PUT", QStringLiteral("/api/v1/endpoint/")), 16); // never retried
    }

    // A failed restart stops the run: no health check.
    void failedRestartStops()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        auto d = deployer(lab, lab.sim->writerToken());
        const auto plan = QCoro::waitFor(d->preview());
        QVERIFY(plan);
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.status = 500;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("/api/v1/endpoint/restart");
        lab.server->faults().add(fault);
        const PsuScriptDeployReport report = QCoro::waitFor(d->apply(*plan));
        QVERIFY(!report.restarted);
        QVERIFY(!report.fatalError.isEmpty());
        QVERIFY(!report.healthChecked);
        QVERIFY(!report.succeeded());
        QCOMPARE(lab.count("GET", QStringLiteral("/api/dhcp/health")), 0);
    }

    void managementBaseIsSameOriginV1()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        const Server server = lab.serverRecord();
        const HttpSessionConfig c =
            PsuManagementClient::sessionConfig(server, QStringLiteral(" t "));
        QCOMPARE(c.baseUrl.toString(),
                 QStringLiteral("https://127.0.0.1:%1/api/v1").arg(lab.server->port()));
        QCOMPARE(c.authorization, QByteArray("Bearer t"));
        QCOMPARE(c.trustedCertificate, server.certificate);
        QCOMPARE(c.service, RemoteService::Psu);
    }
};

QTEST_GUILESS_MAIN(TestPsuScriptDeploy)
#include "tst_psuscriptdeploy.moc"
