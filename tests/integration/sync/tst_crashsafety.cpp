// Issue 8's crash safety: `leaselink-cli sync` is killed with SIGKILL at random points (50 runs,
// seeded) while it syncs psu-3 of the in-process lab; afterwards the cache passes SQLite's
// integrity check, no job is left "running", no lock blocks the next run, and one more sync
// reaches the same NetBox and cache state as an uninterrupted run on an identical lab. Two
// processes on one data directory: the second is refused with exit code 5 while the first
// holds the server, and nothing is corrupted.

#include "SyncJobHome.h"

#include "LabFault.h"

#include "store/DhcpCacheRepository.h"
#include "store/JobRepository.h"
#include "store/LeaseInfoRepository.h"
#include "store/SyncLockRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace leaselink;
using namespace leaselink::test;

namespace {

constexpr int Kills = 50;
constexpr quint32 Seed = 20261129;

// The environment a headless run gets its tokens from (never the command line).
QProcessEnvironment cliEnvironment(SyncHome &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEASELINK_PSU_TOKEN_PSU_3"), home.endpoint(Standalone).writerToken);
    env.insert(QStringLiteral("LEASELINK_NETBOX_TOKEN"), home.lab.netboxEndpoint().writerToken);
    env.remove(QStringLiteral("LEASELINK_DATA_DIR"));
    return env;
}

QStringList syncArguments(SyncHome &home)
{
    return {QStringLiteral("--data-dir"), home.dir.path(), QStringLiteral("sync"), Standalone};
}

// Runs the CLI while this process keeps serving the lab; kills it after killAfterMs (< 0: let
// it finish). Returns the exit code, or -1 when it was killed.
int runCli(SyncHome &home, int killAfterMs, QString *stderrText = nullptr)
{
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(home));
    cli.start(QStringLiteral(LEASELINK_CLI_PATH), syncArguments(home));
    if (!cli.waitForStarted(10000))
        return -2;
    QEventLoop loop;
    QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &cli, [&cli] {
        if (cli.state() == QProcess::Running)
            ::kill(pid_t(cli.processId()), SIGKILL);
    });
    if (killAfterMs >= 0)
        killer.start(killAfterMs);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(120000);
    if (cli.state() == QProcess::Running)
        loop.exec();
    if (stderrText)
        *stderrText = QString::fromUtf8(cli.readAllStandardError());
    if (cli.exitStatus() == QProcess::CrashExit)
        return -1;
    return cli.exitCode();
}

QString integrityCheck(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("integrity_check did not run");
    return query.value(0).toString();
}

struct CacheView
{
    qint64 leases = 0;
    qint64 reservations = 0;
    qint64 sideInfo = 0;
    bool operator==(const CacheView &) const = default;
};

CacheView cacheView(Database &db)
{
    CacheView view;
    view.leases = *DhcpCacheRepository(db).leaseCount();
    view.reservations = *DhcpCacheRepository(db).reservationCount();
    view.sideInfo = *LeaseInfoRepository(db).count();
    return view;
}

char *toString(const CacheView &view)
{
    return qstrdup(QStringLiteral("leases %1, reservations %2, side-info %3")
                       .arg(view.leases)
                       .arg(view.reservations)
                       .arg(view.sideInfo)
                       .toUtf8()
                       .constData());
}

// Work for a run: in one scope, 40 leases end, 40 change client, 40 new ones start. The same
// round applied to two identical labs leaves them identical.
void churn(SyncHome &home, int round)
{
    auto &scopes = home.model(Standalone).scopes;
    auto it = scopes.begin();
    std::advance(it, round % qsizetype(scopes.size()));
    lab::PsuScope &scope = it->second;
    QSet<quint32> used;
    for (int i = 0; i < 40 && !scope.leases.isEmpty(); ++i)
        used.insert(scope.leases.takeFirst().ipAddress.toUInt());
    for (int i = 0; i < 40 && i < scope.leases.size(); ++i) {
        scope.leases[i].clientId = QStringLiteral("00-15-5d-c0-%1-%2")
                                       .arg(round % 256, 2, 16, QLatin1Char('0'))
                                       .arg(i, 2, 16, QLatin1Char('0'));
        scope.leases[i].hostname = QStringLiteral("moved-%1-%2").arg(round).arg(i);
    }
    for (const auto &lease : std::as_const(scope.leases))
        used.insert(lease.ipAddress.toUInt());
    for (const auto &reservation : std::as_const(scope.reservations))
        used.insert(reservation.ipAddress.toUInt());
    int added = 0;
    for (quint32 a = scope.endIp.toUInt(); a >= scope.startIp.toUInt() && added < 40; --a) {
        if (used.contains(a))
            continue;
        lab::PsuLease lease;
        lease.ipAddress = Ipv4Address(a);
        lease.clientId = QStringLiteral("00-15-5d-d0-%1-%2")
                             .arg(round % 256, 2, 16, QLatin1Char('0'))
                             .arg(added, 2, 16, QLatin1Char('0'));
        lease.hostname = QStringLiteral("new-%1-%2").arg(round).arg(added);
        lease.expiry = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        lease.addressState = QStringLiteral("Active");
        scope.leases.append(lease);
        ++added;
    }
    std::sort(scope.leases.begin(), scope.leases.end(),
              [](const auto &a, const auto &b) { return a.ipAddress < b.ipAddress; });
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncsLeaveAConsistentStoreAndTheNextRunConverges();
    void secondProcessIsRefusedWhileTheFirstHoldsTheServer();
};

void TestCrashSafety::killedSyncsLeaveAConsistentStoreAndTheNextRunConverges()
{
    // The reference: the same lab data synced once, without interruption.
    SyncHome reference;
    QVERIFY(reference.start());
    QCOMPARE(reference.sync().status, JobStatus::Succeeded);

    SyncHome home;
    QVERIFY(home.start());
    // How long uninterrupted CLI runs take here (the first, creating everything, and one with
    // a round of churn), so the kills spread over every phase of both kinds of run.
    int firstMs = 0;
    int churnMs = 0;
    {
        SyncHome probe;
        QVERIFY(probe.start());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(probe, -1), 0);
        firstMs = int(qMax<qint64>(timer.elapsed(), 100));
        churn(probe, 0);
        timer.restart();
        QCOMPARE(runCli(probe, -1), 0);
        churnMs = int(qMax<qint64>(timer.elapsed(), 100));
    }

    constexpr int FirstRuns = 10; // killed while the first full sync creates everything
    QRandomGenerator random(Seed);
    int killed = 0;
    int finished = 0;
    for (int run = 0; run < Kills; ++run) {
        if (run >= FirstRuns)
            churn(home, run);
        const int window = (run < FirstRuns ? firstMs : churnMs) * 11 / 10;
        const int delay = int(random.bounded(qMax(1, window)));
        const int code = runCli(home, delay);
        if (code == -1)
            ++killed;
        else if (code == 0)
            ++finished;
        else
            QFAIL(qPrintable(QStringLiteral("run %1 ended with exit code %2").arg(run).arg(code)));
        // After every kill: the file is sound, nothing is stuck running, nothing blocks.
        QCOMPARE(integrityCheck(*home.db), QStringLiteral("ok"));
        const auto jobs = JobRepository(*home.db).listRecent();
        QVERIFY(jobs.has_value());
        for (const JobRecord &job : *jobs)
            QVERIFY(job.status != JobStatus::Running);
    }
    std::printf("crash safety: %d runs, %d killed with SIGKILL, %d finished first (seed %u; a "
                "full first sync takes %d ms, a churn sync %d ms here)\n",
                Kills, killed, finished, Seed, firstMs, churnMs);
    QVERIFY2(killed >= Kills / 2, "most runs must really be killed mid-way");

    // One more run converges to the uninterrupted state (the reference lab gets the same
    // DHCP changes and one sync).
    for (int run = FirstRuns; run < Kills; ++run)
        churn(reference, run);
    QCOMPARE(reference.sync().status, JobStatus::Succeeded);
    QCOMPARE(runCli(home, -1), 0);
    QCOMPARE(home.netboxView(), reference.netboxView());
    QCOMPARE(cacheView(*home.db), cacheView(*reference.db));
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    QVERIFY(!SyncLockRepository(*home.db).holder((*server)->id)->has_value());
    QCOMPARE(integrityCheck(*home.db), QStringLiteral("ok"));
}

void TestCrashSafety::secondProcessIsRefusedWhileTheFirstHoldsTheServer()
{
    SyncHome home;
    QVERIFY(home.start());
    // Slow the first run's lease read so the second starts while the first holds the server.
    LabFault slow;
    slow.kind = LabFault::Kind::Latency;
    slow.latencyMs = 1500;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("*leases*");
    home.endpoint(Standalone).http->faults().add(slow);

    QProcess first;
    first.setProcessEnvironment(cliEnvironment(home));
    first.start(QStringLiteral(LEASELINK_CLI_PATH), syncArguments(home));
    QVERIFY(first.waitForStarted());
    // Wait (serving the lab) until the first run holds the lock.
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    QTRY_VERIFY_WITH_TIMEOUT(SyncLockRepository(*home.db).holder((*server)->id)->has_value(),
                             10000);
    QString refusal;
    const int second = runCli(home, -1, &refusal);
    QCOMPARE(second, 5); // ExitCode::Busy
    QVERIFY2(refusal.contains(QStringLiteral("is busy")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("process")), qPrintable(refusal));

    QEventLoop loop;
    QObject::connect(&first, &QProcess::finished, &loop, &QEventLoop::quit);
    if (first.state() == QProcess::Running)
        loop.exec();
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(integrityCheck(*home.db), QStringLiteral("ok"));
    QVERIFY(!SyncLockRepository(*home.db).holder((*server)->id)->has_value());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
