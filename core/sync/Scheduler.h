#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace leaselink::sync {

// The desktop's recurring all-servers sync (SYN-39 as amended by DIS-13/14 and O-20): one
// schedule, every sync_interval minutes (5–1440), each run anchored to the previous run's
// scheduled start rather than its end. "Run now" starts a one-off run and leaves the schedule
// alone; an interval change moves the next run to now + the new interval without running. A
// tick that comes while a run is still going is skipped (one run at a time). The clock is
// injectable; tests drive the scheduler with poll() instead of waiting for the timer.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    enum class RunKind
    {
        Recurring, // the schedule came due
        OneOff,    // "Run now"
    };
    Q_ENUM(RunKind)

    // clock defaults to QDateTime::currentDateTimeUtc.
    explicit Scheduler(Clock clock = {}, QObject *parent = nullptr);

    // SYN-39.1/39.2: the accepted interval range, with a sentence naming the bad value.
    static Expected<void> validateInterval(int minutes);

    // Starts the schedule: the first run at `firstRun` (must be in the future, SYN-39.4), or
    // at now + interval when firstRun is invalid. Nothing changes on an error.
    Expected<void> start(int intervalMinutes, const QDateTime &firstRun = QDateTime());
    void stop();
    bool isActive() const { return m_nextRun.isValid(); }

    // Saving settings: an unchanged interval keeps the next run; a changed one reschedules to
    // now + the new interval and does not run (O-20).
    Expected<void> setInterval(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }

    // The next recurring run (UTC); invalid when stopped.
    QDateTime nextRun() const { return m_nextRun; }

    // "Run now": a one-off run (unless one is going); the schedule stays where it is (DIS-14).
    // Returns false when skipped because a run is still going.
    bool runNow();

    // The owner reports the run's end; until then due ticks are skipped.
    void setRunning(bool running) { m_running = running; }
    bool isRunning() const { return m_running; }

    // Checks the clock: when the next run is due, advances it by whole intervals from its
    // scheduled time past now and starts a run (or skips it while one is going). The internal
    // timer calls it; tests call it directly after moving their clock.
    void poll();

Q_SIGNALS:
    // Start a sync of all servers. The owner calls setRunning(true) when it starts.
    void runRequested(leaselink::sync::Scheduler::RunKind kind);
    // A due tick (or "run now") was skipped because a run was still going.
    void runSkipped(leaselink::sync::Scheduler::RunKind kind);
    void nextRunChanged(const QDateTime &nextRun);

private:
    QDateTime now() const;
    void setNextRun(const QDateTime &nextRun);
    void arm();

    Clock m_clock;
    QTimer m_timer;
    int m_intervalMinutes = 60;
    QDateTime m_nextRun;
    bool m_running = false;
};

} // namespace leaselink::sync
