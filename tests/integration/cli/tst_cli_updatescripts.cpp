// leaselink-cli servers update-scripts (issue 9; psu-api.md §5, C-10, C-20) as a process against
// the lab's PSU management API over HTTPS: --dry-run only reads, no --yes without a terminal
// changes nothing, --yes updates and creates (LL-29: extras left alone) and stores the version
// health reports, maintenance is refused without a request (LL-66), a reader token fails with
// the missing permission named.
#include "CliRunner.h"
#include "PsuDeployLab.h"

#include "net/psu/PsuEndpointScript.h"
#include "net/psu/PsuScriptVersion.h"
#include "store/Database.h"
#include "store/ServerRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using leaselink::test::CliRun;
using leaselink::test::CliRunner;
using leaselink::test::PsuDeployLab;

namespace {

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

} // namespace

class TestCliUpdateScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PsuDeployLab m_lab;
    QString m_dataDir;
    int m_runs = 0;

    std::unique_ptr<Database> open() const
    {
        auto opened = Database::openInDataDir(m_dataDir);
        return opened ? std::move(*opened) : nullptr;
    }

    CliRunner cli(const QString &token) const
    {
        CliRunner runner(m_dataDir);
        runner.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_SRV_A"), token);
        return runner;
    }

    Server stored() const
    {
        auto db = open();
        const auto found = ServerRepository(*db).findByName(QStringLiteral("SRV-A"));
        return found && found->has_value() ? **found : Server();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_lab.server.reset(); // before the simulator it serves
        m_lab = PsuDeployLab();
        QVERIFY(m_lab.start());
        m_dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(++m_runs)); // one per test
        auto db = open();
        QVERIFY(db);
        const auto created = ServerRepository(*db).create(m_lab.serverRecord());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }

    void dryRunOnlyReads()
    {
        const CliRun run = cli(m_lab.sim->writerToken())
                               .run({QStringLiteral("servers"), QStringLiteral("update-scripts"),
                                     QStringLiteral("SRV-A"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const int defined = int(PsuEndpointScript::shipped().size());
        QVERIFY2(run.out.contains(QStringLiteral("SRV-A: create %1, update 16 (0 already "
                                                 "current), leave alone 2; nothing is removed")
                                      .arg(defined - 16)),
                 qPrintable(describe(run)));
        QVERIFY(
            run.out.contains(QStringLiteral("keep    DELETE /api/dhcp/reservations/:client_id")));
        QCOMPARE(m_lab.server->requestLog().entries().size(), 1);
        QVERIFY(!run.all().contains(m_lab.sim->writerToken()));
    }

    void withoutYesNothingChanges()
    {
        const CliRun run = cli(m_lab.sim->writerToken())
                               .run({QStringLiteral("servers"), QStringLiteral("update-scripts"),
                                     QStringLiteral("SRV-A")});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("--yes")));
        QCOMPARE(m_lab.count("PUT", QStringLiteral("/api/v1/")), 0);
        QCOMPARE(m_lab.count("POST", QStringLiteral("/api/v1/")), 0);
    }

    // LL-29 from the command line.
    void yesUpdatesAndStoresTheVersion()
    {
        const QString shipped = QString::fromLatin1(PsuScriptVersion::Shipped);
        const int defined = int(PsuEndpointScript::shipped().size());
        const CliRun run = cli(m_lab.sim->writerToken())
                               .run({QStringLiteral("servers"), QStringLiteral("update-scripts"),
                                     QStringLiteral("SRV-A"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("16 updated, %1 created").arg(defined - 16)),
                 qPrintable(describe(run)));
        QVERIFY(run.out.contains(
            QStringLiteral("health: script version %1 (LeaseLink ships %1)").arg(shipped)));
        QCOMPARE(m_lab.count("DELETE", QStringLiteral("/api/v1/")), 0);
        QCOMPARE(m_lab.count("POST", QStringLiteral("/api/v1/endpoint/restart")), 1);
        QCOMPARE(m_lab.sim->scriptVersion(), shipped);
        QCOMPARE(stored().psuScriptVersion, shipped);
    }

    // LL-66: refused, no request, exit code 2.
    void maintenanceRefused()
    {
        {
            auto db = open();
            QVERIFY(
                ServerRepository(*db).setMaintenance(stored().id, true, QStringLiteral("alice")));
        }
        const CliRun run = cli(m_lab.sim->writerToken())
                               .run({QStringLiteral("servers"), QStringLiteral("update-scripts"),
                                     QStringLiteral("SRV-A"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("maintenance")));
        QCOMPARE(m_lab.server->requestLog().entries().size(), 0);
    }

    void readerTokenNamesThePermission()
    {
        const CliRun run = cli(m_lab.sim->readerToken())
                               .run({QStringLiteral("servers"), QStringLiteral("update-scripts"),
                                     QStringLiteral("SRV-A"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("\"apis/*\"")), qPrintable(describe(run)));
        QVERIFY(!run.all().contains(m_lab.sim->readerToken()));
        QCOMPARE(m_lab.count("PUT", QStringLiteral("/api/v1/")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliUpdateScripts)
#include "tst_cli_updatescripts.moc"
