// Worked examples of sync-rules.md SYN-39 (B.1, scheduling) as the desktop applies them
// (DIS-13/14: LeaseLink's own scheduler; O-20: an interval change reschedules to now + the new
// interval without an immediate run), one test per example id. The clock is a variable the test
// moves; poll() stands in for the timer firing.

#include "sync/Scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace leaselink::sync;

namespace {

QDateTime at(const char *hhmm)
{
    return QDateTime::fromString(
        QStringLiteral("2026-11-28T") + QLatin1String(hhmm) + QStringLiteral(":00Z"), Qt::ISODate);
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syn39_1_intervalOutOfRangeRejected_data();
    void syn39_1_intervalOutOfRangeRejected();
    void syn39_2_boundsAccepted_data();
    void syn39_2_boundsAccepted();
    void syn39_3_anchoredToScheduledStart();
    void syn39_4_pastFirstRunRejected();
    void syn39_5_runNowLeavesScheduleAlone();
    void o20_intervalChangeReschedulesWithoutRun();
    void unchangedIntervalKeepsNextRun();
    void tickWhileRunningIsSkipped();
    void missedTicksCollapseIntoOneRun();
    void timerFires();
};

void TestScheduler::syn39_1_intervalOutOfRangeRejected_data()
{
    QTest::addColumn<int>("minutes");
    QTest::newRow("SYN-39.1 4") << 4;
    QTest::newRow("SYN-39.1 1441") << 1441;
}

void TestScheduler::syn39_1_intervalOutOfRangeRejected()
{
    QFETCH(int, minutes);
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    const auto started = scheduler.start(minutes);
    QVERIFY(!started);
    QVERIFY(started.error().message.contains(QString::number(minutes)));
    QVERIFY(!scheduler.isActive());
    QVERIFY(!Scheduler::validateInterval(minutes));
    QVERIFY(scheduler.start(60));
    QVERIFY(!scheduler.setInterval(minutes));
    QCOMPARE(scheduler.intervalMinutes(), 60);
    QCOMPARE(scheduler.nextRun(), at("10:00"));
}

void TestScheduler::syn39_2_boundsAccepted_data()
{
    QTest::addColumn<int>("minutes");
    QTest::newRow("SYN-39.2 5") << 5;
    QTest::newRow("SYN-39.2 1440") << 1440;
}

void TestScheduler::syn39_2_boundsAccepted()
{
    QFETCH(int, minutes);
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    QVERIFY(scheduler.start(minutes));
    QCOMPARE(scheduler.nextRun(), now.addSecs(minutes * 60));
}

void TestScheduler::syn39_3_anchoredToScheduledStart()
{
    QDateTime now = at("09:30");
    Scheduler scheduler([&] { return now; });
    QSignalSpy runs(&scheduler, &Scheduler::runRequested);
    QVERIFY(scheduler.start(60, at("10:00")));
    now = at("10:00");
    scheduler.poll();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0][0].value<Scheduler::RunKind>(), Scheduler::RunKind::Recurring);
    scheduler.setRunning(true);
    now = at("10:07"); // the run lasts 7 minutes
    scheduler.setRunning(false);
    scheduler.poll();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(scheduler.nextRun(), at("11:00"));
}

void TestScheduler::syn39_4_pastFirstRunRejected()
{
    QDateTime now = at("10:00");
    Scheduler scheduler([&] { return now; });
    const auto started = scheduler.start(60, at("09:00"));
    QVERIFY(!started);
    QVERIFY(started.error().message.contains(QStringLiteral("must be in the future")));
    QVERIFY(!scheduler.isActive());
}

void TestScheduler::syn39_5_runNowLeavesScheduleAlone()
{
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    QSignalSpy runs(&scheduler, &Scheduler::runRequested);
    QVERIFY(scheduler.start(60, at("11:00")));
    now = at("10:20");
    QVERIFY(scheduler.runNow());
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0][0].value<Scheduler::RunKind>(), Scheduler::RunKind::OneOff);
    QCOMPARE(scheduler.nextRun(), at("11:00"));
    scheduler.poll();
    QCOMPARE(runs.size(), 1);
}

void TestScheduler::o20_intervalChangeReschedulesWithoutRun()
{
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    QSignalSpy runs(&scheduler, &Scheduler::runRequested);
    QVERIFY(scheduler.start(60)); // next 10:00
    now = at("09:40");
    QVERIFY(scheduler.setInterval(30));
    QCOMPARE(scheduler.nextRun(), at("10:10"));
    scheduler.poll();
    QCOMPARE(runs.size(), 0);
    QCOMPARE(scheduler.intervalMinutes(), 30);
}

void TestScheduler::unchangedIntervalKeepsNextRun()
{
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    QVERIFY(scheduler.start(60));
    now = at("09:40");
    QVERIFY(scheduler.setInterval(60));
    QCOMPARE(scheduler.nextRun(), at("10:00"));
}

void TestScheduler::tickWhileRunningIsSkipped()
{
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    QSignalSpy runs(&scheduler, &Scheduler::runRequested);
    QSignalSpy skipped(&scheduler, &Scheduler::runSkipped);
    QVERIFY(scheduler.start(5));
    scheduler.setRunning(true);
    now = at("09:05");
    scheduler.poll();
    QCOMPARE(runs.size(), 0);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(scheduler.nextRun(), at("09:10"));
    QVERIFY(!scheduler.runNow());
    QCOMPARE(skipped.size(), 2);
    scheduler.setRunning(false);
    now = at("09:10");
    scheduler.poll();
    QCOMPARE(runs.size(), 1);
}

void TestScheduler::missedTicksCollapseIntoOneRun()
{
    QDateTime now = at("09:00");
    Scheduler scheduler([&] { return now; });
    QSignalSpy runs(&scheduler, &Scheduler::runRequested);
    QVERIFY(scheduler.start(60)); // next 10:00
    now = at("12:30");            // the machine slept
    scheduler.poll();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(scheduler.nextRun(), at("13:00"));
}

void TestScheduler::timerFires()
{
    // Real clock: a first run 200 ms ahead must come from the internal timer.
    Scheduler scheduler;
    QSignalSpy runs(&scheduler, &Scheduler::runRequested);
    QVERIFY(scheduler.start(5, QDateTime::currentDateTimeUtc().addMSecs(200)));
    QVERIFY(runs.wait(3000));
    QCOMPARE(runs.size(), 1);
    QVERIFY(scheduler.nextRun() > QDateTime::currentDateTimeUtc());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
