#pragma once

#include "sync/Scheduler.h"
#include "sync/SyncJob.h"

#include <QObject>

#include <memory>

namespace leaselink {

// The recurring all-servers sync while LeaseLink runs (issue 5, SYN-39): the core Scheduler
// decides when; this runs the job in the background (no dialog; a certificate or any other
// problem ends up in the job history and the status text, never in a modal window) and says
// what it is doing in one line for the status bar.
class ScheduledSync : public QObject
{
    Q_OBJECT

public:
    explicit ScheduledSync(sync::SyncJobContext context, QObject *parent = nullptr);
    ~ScheduledSync() override;

    // (Re)starts the schedule with the stored interval; stops it when there are no servers.
    void configure(int intervalMinutes, bool anyServer);
    QString statusText() const { return m_status; }
    bool isRunning() const { return bool(m_job); }
    sync::Scheduler &scheduler() { return m_scheduler; }

Q_SIGNALS:
    void statusChanged(const QString &text);
    void runFinished(const leaselink::sync::SyncJobResult &result);
    // A scheduled run started (true) or ended (false).
    void runningChanged(bool running);

private:
    void run();
    void setStatus(const QString &text);
    QString nextRunText() const;

    sync::SyncJobContext m_context;
    sync::Scheduler m_scheduler;
    std::unique_ptr<sync::SyncJob> m_job;
    quint64 m_runningId = 0; // the run's live row in the Jobs view (RunningJobs)
    QString m_status;
    QString m_lastOutcome;
};

} // namespace leaselink
