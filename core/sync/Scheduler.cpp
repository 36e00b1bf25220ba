#include "Scheduler.h"

#include "domain/Settings.h"

#include <algorithm>

namespace leaselink::sync {

namespace {

// QTimer takes an int of milliseconds; long waits are re-armed when they end.
constexpr qint64 MaxTimerMs = 60LL * 60 * 1000;

} // namespace

Scheduler::Scheduler(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    // Precise: a minute-scale schedule should not drift by the coarse timer's 5 %.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::poll);
}

Expected<void> Scheduler::validateInterval(int minutes)
{
    if (minutes < Settings::MinSyncIntervalMinutes || minutes > Settings::MaxSyncIntervalMinutes)
        return fail(QStringLiteral("the sync interval must be between %1 and %2 minutes, not %3")
                        .arg(QString::number(Settings::MinSyncIntervalMinutes),
                             QString::number(Settings::MaxSyncIntervalMinutes),
                             QString::number(minutes)));
    return {};
}

Expected<void> Scheduler::start(int intervalMinutes, const QDateTime &firstRun)
{
    if (auto valid = validateInterval(intervalMinutes); !valid)
        return valid;
    const QDateTime current = now();
    if (firstRun.isValid() && firstRun <= current)
        return fail(QStringLiteral("the first run must be in the future"));
    m_intervalMinutes = intervalMinutes;
    if (firstRun.isValid())
        setNextRun(firstRun.toUTC());
    else
        setNextRun(current.addSecs(qint64(intervalMinutes) * 60));
    return {};
}

void Scheduler::stop()
{
    m_timer.stop();
    setNextRun(QDateTime());
}

Expected<void> Scheduler::setInterval(int minutes)
{
    if (auto valid = validateInterval(minutes); !valid)
        return valid;
    if (minutes == m_intervalMinutes)
        return {};
    m_intervalMinutes = minutes;
    if (isActive())
        setNextRun(now().addSecs(qint64(minutes) * 60));
    return {};
}

bool Scheduler::runNow()
{
    if (m_running) {
        Q_EMIT runSkipped(RunKind::OneOff);
        return false;
    }
    Q_EMIT runRequested(RunKind::OneOff);
    return true;
}

void Scheduler::poll()
{
    if (!isActive())
        return;
    const QDateTime current = now();
    if (current < m_nextRun) {
        arm();
        return;
    }
    // Anchored to the scheduled start: the next run is a whole number of intervals after the
    // one that came due, the first one still in the future (missed ones, e.g. during sleep,
    // collapse into this single run).
    const qint64 intervalSecs = qint64(m_intervalMinutes) * 60;
    const qint64 late = m_nextRun.secsTo(current);
    const qint64 steps = late / intervalSecs + 1;
    setNextRun(m_nextRun.addSecs(steps * intervalSecs));
    if (m_running) {
        Q_EMIT runSkipped(RunKind::Recurring);
        return;
    }
    Q_EMIT runRequested(RunKind::Recurring);
}

QDateTime Scheduler::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void Scheduler::setNextRun(const QDateTime &nextRun)
{
    if (nextRun == m_nextRun && m_timer.isActive())
        return;
    m_nextRun = nextRun;
    arm();
    Q_EMIT nextRunChanged(m_nextRun);
}

void Scheduler::arm()
{
    if (!m_nextRun.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(now().msecsTo(m_nextRun), 0, MaxTimerMs);
    m_timer.start(int(wait));
}

} // namespace leaselink::sync
