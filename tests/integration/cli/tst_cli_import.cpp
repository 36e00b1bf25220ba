// leaselink-cli import (sync-rules.md A, C-20, LL-65) as a process against an in-process lab
// (dataset M, HTTPS, each PSU server on its own loopback address so failover partners match by
// host name): the first import of psu-1 creates its failover pair, scopes and prefixes; a second
// import creates nothing (IMP-14.1); a server in maintenance is refused without
// --ignore-maintenance and no request reaches it. Also `--demo import psu-1`.
#include "CliRunner.h"

#include "LabHttpServer.h"
#include "LabRunner.h"
#include "LabSetup.h"

#include "secrets/InMemorySecretStore.h"
#include "secrets/SecretKey.h"
#include "store/Database.h"
#include "store/FailoverRepository.h"
#include "store/JobRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "store/SyncLockRepository.h"

#include <QCoroTask>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using leaselink::test::CliRun;
using leaselink::test::CliRunner;

namespace {

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

QJsonObject counts(const CliRun &run, const char *category)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QLatin1String(category))
        .toObject();
}

QString envName(const QString &serverName)
{
    QString out;
    for (const QChar c : serverName.toUpper())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return QStringLiteral("LEASELINK_PSU_TOKEN_") + out;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    lab::LabRunner m_lab;
    QString m_dataDir;

    CliRunner cli() const
    {
        CliRunner runner(m_dataDir);
        for (const lab::LabEndpoint &e : m_lab.psuEndpoints())
            runner.setEnv(envName(e.name), e.writerToken);
        runner.setEnv(QStringLiteral("LEASELINK_NETBOX_TOKEN"), m_lab.netboxEndpoint().writerToken);
        return runner;
    }

    std::unique_ptr<Database> open() const
    {
        auto opened = Database::openInDataDir(m_dataDir);
        if (!opened)
            return nullptr;
        return std::move(*opened);
    }

    int requestsTo(const QString &endpoint) const
    {
        for (const lab::LabEndpoint &e : m_lab.psuEndpoints())
            if (e.name == endpoint)
                return int(e.http->requestLog().entries().size());
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        lab::LabRunnerOptions options;
        options.dataset = QStringLiteral("M");
        options.https = true;
        options.loopbackHostnames = true;
        options.psuScript = QStringLiteral("2.x");
        const auto started = m_lab.start(options);
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        auto db = open();
        QVERIFY(db);
        InMemorySecretStore secrets;
        const auto configured = QCoro::waitFor(lab::LabSetup::configure(m_lab, *db, secrets));
        QVERIFY2(configured.has_value(),
                 qPrintable(configured ? QString() : configured.error().message));
    }

    void ll65_maintenanceRefusedWithoutFlag()
    {
        {
            auto db = open();
            const auto server = ServerRepository(*db).findByName(QStringLiteral("psu-1"));
            QVERIFY(server && server->has_value());
            QVERIFY(
                ServerRepository(*db).setMaintenance((*server)->id, true, QStringLiteral("alice")));
        }
        const int before = requestsTo(QStringLiteral("psu-1"));
        const CliRun refused = cli().run({QStringLiteral("import"), QStringLiteral("psu-1")});
        QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
        QVERIFY(refused.err.contains(QStringLiteral("maintenance")));
        QVERIFY(refused.err.contains(QStringLiteral("--ignore-maintenance")));
        QCOMPARE(requestsTo(QStringLiteral("psu-1")), before);
        {
            auto db = open();
            QCOMPARE(FailoverRepository(*db).list().value().size(), 0);
        }
    }

    void firstImportCreatesTheFailoverPair()
    {
        const CliRun first =
            cli().run({QStringLiteral("import"), QStringLiteral("psu-1"),
                       QStringLiteral("--ignore-maintenance"), QStringLiteral("--json")},
                      120000);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QVERIFY(!first.all().contains(QStringLiteral("Bearer ")));
        QVERIFY(counts(first, "failovers").value(QStringLiteral("created")).toInt() >= 1);
        QVERIFY(counts(first, "scopes").value(QStringLiteral("created")).toInt() > 0);
        QCOMPARE(counts(first, "scopes").value(QStringLiteral("errors")).toInt(), 0);
        // The log went to stderr while it ran.
        QVERIFY2(first.err.contains(QStringLiteral("import complete for psu-1")),
                 qPrintable(first.err));

        auto db = open();
        const auto failovers = FailoverRepository(*db).list().value();
        QVERIFY(!failovers.isEmpty());
        const auto servers = ServerRepository(*db).list().value();
        for (const Failover &fo : failovers) {
            QCOMPARE(fo.primaryServerId, servers.at(0).id);   // psu-1: the importing server
            QCOMPARE(fo.secondaryServerId, servers.at(1).id); // psu-2: matched by host name
        }
        const auto jobs = JobRepository(*db).listRecent(1).value();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().kind, QStringLiteral("import"));
        QCOMPARE(jobs.first().status, JobStatus::Succeeded);
        QVERIFY(jobs.first().log.contains(QStringLiteral("Failovers: ")));
    }

    void secondImportCreatesNothing() // IMP-14.1
    {
        std::size_t scopesBefore = 0;
        {
            auto db = open();
            scopesBefore = std::size_t(ScopeRepository(*db).list().value().size());
        }
        const CliRun second = cli().run({QStringLiteral("import"), QStringLiteral("psu-1"),
                                         QStringLiteral("--ignore-maintenance")},
                                        120000);
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QVERIFY2(second.out.contains(QStringLiteral("Failovers: 0 created")),
                 qPrintable(second.out));
        QVERIFY(second.out.contains(QStringLiteral("Scopes: 0 created")));
        QVERIFY(second.out.contains(QStringLiteral("Exclusion Ranges: 0 created")));
        QVERIFY(second.out.contains(QStringLiteral("Option Values: 0 created")));
        auto db = open();
        QCOMPARE(std::size_t(ScopeRepository(*db).list().value().size()), scopesBefore);
    }

    void busyServerIsRefused() // C-21: a sync holds the server's lock
    {
        auto db = open();
        const auto server = ServerRepository(*db).findByName(QStringLiteral("psu-1")).value();
        QVERIFY(server);
        SyncLockRepository locks(*db);
        const SyncLockOwner other =
            SyncLockOwner::forThisProcess(QStringLiteral("GUI scheduled sync"));
        QVERIFY(locks.acquire(server->id, other, QDateTime::currentDateTimeUtc())->acquired);
        const int before = requestsTo(QStringLiteral("psu-1"));
        const CliRun run = cli().run({QStringLiteral("import"), QStringLiteral("psu-1"),
                                      QStringLiteral("--ignore-maintenance")});
        QVERIFY2(run.exitCode == 5, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("psu-1 is being synced by GUI scheduled sync")));
        QCOMPARE(requestsTo(QStringLiteral("psu-1")), before);
        QVERIFY(locks.release(server->id, other));
        const auto jobs = JobRepository(*db).listRecent(1).value();
        QCOMPARE(jobs.first().status, JobStatus::Failed);
    }

    void unknownServerIsAUsageError()
    {
        const CliRun run = cli().run({QStringLiteral("import"), QStringLiteral("nope")});
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("nope")));
    }

    void demoImport()
    {
        CliRunner runner(m_dir.filePath(QStringLiteral("demo-unused")));
        const CliRun run = runner.run({QStringLiteral("--demo"), QStringLiteral("--json"),
                                       QStringLiteral("import"), QStringLiteral("psu-1")},
                                      120000);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(counts(run, "failovers").value(QStringLiteral("created")).toInt() >= 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("demo-unused"))));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
