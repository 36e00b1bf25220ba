// The per-server sync lock (decisions.md C-21, O-23; LL-68, LL-69) and the access level column
// (C-07). Two Database instances on one file stand in for two LeaseLink processes.

#include "StoreTestSupport.h"

#include "store/ServerRepository.h"
#include "store/SyncLockRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace leaselink;
using namespace leaselink::test;

class TestSyncLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondOwnerIsRefusedWhileHeartbeatIsFresh();
    void staleLockIsTakenOver();
    void releaseFreesTheServerOnlyForItsOwner();
    void heartbeatKeepsTheLockFresh();
    void accessLevelRoundTrips();
    void lockOfAProcessThatDiedIsTakenOverAtOnce();

private:
    static std::int64_t addServer(Database &db, const QString &name)
    {
        Server s;
        s.name = name;
        s.hostname = name.toLower() + QStringLiteral(".example.com");
        auto created = ServerRepository(db).create(s);
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created ? created->id : 0;
    }
};

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

SyncLockOwner owner(const QString &runId, qint64 pid, const QString &what)
{
    SyncLockOwner o;
    o.runId = runId;
    o.pid = pid;
    o.host = QStringLiteral("desk-1");
    o.description = what;
    return o;
}
} // namespace

void TestSyncLock::secondOwnerIsRefusedWhileHeartbeatIsFresh() // LL-68
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto srvA = addServer(*f.db, QStringLiteral("SRV-A"));
    auto other = Database::open(f.db->filePath());
    QVERIFY(other.has_value());

    SyncLockRepository gui(*f.db);
    SyncLockRepository cli(**other);
    // The holder is alive (this test process), so only the heartbeat decides.
    const qint64 alive = QCoreApplication::applicationPid();
    const auto guiRun = owner(QStringLiteral("gui"), alive, QStringLiteral("GUI scheduled sync"));
    const auto cliRun = owner(QStringLiteral("cli"), 777, QStringLiteral("leaselink-cli sync"));

    auto first = gui.acquire(srvA, guiRun, T0);
    QVERIFY(first && first->acquired);
    auto second = cli.acquire(srvA, cliRun, T0.addSecs(60));
    QVERIFY(second.has_value());
    QVERIFY(!second->acquired);
    QVERIFY(second->holder.has_value());
    QCOMPARE(second->holder->owner.pid, alive);
    QCOMPARE(second->holder->owner.description, QStringLiteral("GUI scheduled sync"));
    // The holder may take it again (re-entrant for the same run).
    auto again = gui.acquire(srvA, guiRun, T0.addSecs(61));
    QVERIFY(again && again->acquired);
}

void TestSyncLock::staleLockIsTakenOver() // LL-69
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto srvA = addServer(*f.db, QStringLiteral("SRV-A"));
    SyncLockRepository locks(*f.db);
    const qint64 alive = QCoreApplication::applicationPid();
    QVERIFY(locks.acquire(srvA, owner(QStringLiteral("old"), alive, QStringLiteral("x")), T0)
                ->acquired);
    const QDateTime justFresh = T0.addSecs(SyncLockRepository::StaleAfter.count() - 1);
    QVERIFY(!locks.acquire(srvA, owner(QStringLiteral("new"), 1, QStringLiteral("y")), justFresh)
                 ->acquired);
    const QDateTime stale = T0.addSecs(SyncLockRepository::StaleAfter.count() + 1);
    auto taken = locks.acquire(srvA, owner(QStringLiteral("new"), 1, QStringLiteral("y")), stale);
    QVERIFY(taken && taken->acquired);
    QCOMPARE((*locks.holder(srvA))->owner.runId, QStringLiteral("new"));
}

void TestSyncLock::releaseFreesTheServerOnlyForItsOwner()
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto srvA = addServer(*f.db, QStringLiteral("SRV-A"));
    const auto srvB = addServer(*f.db, QStringLiteral("SRV-B"));
    SyncLockRepository locks(*f.db);
    const auto a = owner(QStringLiteral("a"), 1, QStringLiteral("a"));
    const auto b = owner(QStringLiteral("b"), 2, QStringLiteral("b"));
    QVERIFY(locks.acquire(srvA, a, T0)->acquired);
    QVERIFY(locks.acquire(srvB, a, T0)->acquired);
    QVERIFY(locks.release(srvA, b).has_value()); // not b's lock: nothing happens
    QVERIFY((*locks.holder(srvA)).has_value());
    QCOMPARE(*locks.releaseAll(a), 2);
    QVERIFY(!(*locks.holder(srvA)).has_value());
    QVERIFY(locks.acquire(srvA, b, T0)->acquired);
}

void TestSyncLock::heartbeatKeepsTheLockFresh()
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto srvA = addServer(*f.db, QStringLiteral("SRV-A"));
    SyncLockRepository locks(*f.db);
    const auto a = owner(QStringLiteral("a"), 1, QStringLiteral("a"));
    QVERIFY(locks.acquire(srvA, a, T0)->acquired);
    const QDateTime later = T0.addSecs(SyncLockRepository::StaleAfter.count() - 10);
    QCOMPARE(*locks.heartbeat(a, later), 1);
    const QDateTime afterFirstTimeout = T0.addSecs(SyncLockRepository::StaleAfter.count() + 5);
    QVERIFY(
        !locks.acquire(srvA, owner(QStringLiteral("b"), 2, QStringLiteral("b")), afterFirstTimeout)
             ->acquired);
}

void TestSyncLock::accessLevelRoundTrips() // C-07
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto srvA = addServer(*f.db, QStringLiteral("SRV-A"));
    ServerRepository servers(*f.db);
    QCOMPARE(servers.get(srvA)->accessLevel, AccessLevel::Unknown);
    QVERIFY(!servers.get(srvA)->accessCheckedAt.isValid());
    auto saved = servers.recordAccessLevel(srvA, AccessLevel::Reader, T0);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->accessLevel, AccessLevel::Reader);
    QCOMPARE(saved->accessCheckedAt, T0);
    auto failed = servers.recordSync(srvA, T0, QString());
    QVERIFY(failed.has_value());
    auto errored = servers.recordSyncError(srvA, QStringLiteral("leases read failed"));
    QVERIFY(errored.has_value());
    QCOMPARE(errored->lastSyncAt, T0);
    QCOMPARE(errored->lastSyncError, QStringLiteral("leases read failed"));
}

void TestSyncLock::lockOfAProcessThatDiedIsTakenOverAtOnce()
{
    FreshDatabase f;
    QVERIFY(f.db);
    const auto srvA = addServer(*f.db, QStringLiteral("SRV-A"));
    SyncLockRepository locks(*f.db);
    // A process that has certainly ended: its id is free (or reused much later).
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QVERIFY(locks.acquire(srvA, owner(QStringLiteral("killed"), deadPid, QStringLiteral("x")), T0)
                ->acquired);
    // On another machine the process cannot be checked: only the heartbeat timeout frees it.
    SyncLockOwner elsewhere = owner(QStringLiteral("remote"), 99, QStringLiteral("y"));
    elsewhere.host = QStringLiteral("desk-2");
    QVERIFY(!locks.acquire(srvA, elsewhere, T0.addSecs(5))->acquired);
    // On the same machine it is taken over at once, not after ten minutes.
    auto taken = locks.acquire(srvA, owner(QStringLiteral("next"), 12345678, QStringLiteral("z")),
                               T0.addSecs(5));
    QVERIFY(taken && taken->acquired);
    QCOMPARE((*locks.holder(srvA))->owner.runId, QStringLiteral("next"));
}

QTEST_GUILESS_MAIN(TestSyncLock)
#include "tst_synclock.moc"
