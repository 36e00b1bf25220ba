#pragma once

#include "JobLog.h"
#include "SyncJobTypes.h"
#include "SyncRun.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>

#include <memory>

namespace leaselink {
class CancellationToken;
}

namespace leaselink::sync {

// One sync run with what a user interface needs around it: progress and live log signals,
// cancel, the SYN-38 wall-clock limit (sync_job_timeout) and the lock heartbeat. The work itself
// is SyncRun's. Never throws; every failure ends up in the result and the log.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    SyncJob(SyncJobContext context, SyncRequest request, QObject *parent = nullptr);
    ~SyncJob() override;

    QCoro::Task<SyncJobResult> run();
    // Sync Now's "Preview changes": reads and plans with the servers locked, writes nothing;
    // applyPreview() then applies exactly the previewed plan. Destroying the job after a preview
    // releases the locks and writes nothing.
    QCoro::Task<SyncJobResult> preview();
    QCoro::Task<SyncJobResult> applyPreview();
    // Stops at the next safe point (between servers, phases and NetBox batches): what was
    // written stays consistent (NetBox and the side-info agree), the rest is left for the next
    // run.
    void cancel();

    const JobLog &log() const { return m_log; }

Q_SIGNALS:
    void progressChanged(const leaselink::sync::SyncProgress &progress);
    void logLineAdded(const leaselink::sync::JobLogLine &line);

private:
    void timeout();
    bool startRun();
    void stopTimers();

    SyncJobContext m_context;
    SyncRequest m_request;
    JobLog m_log;
    std::unique_ptr<CancellationToken> m_cancel;
    std::unique_ptr<SyncRun> m_run;
    QTimer m_timeout;
    QTimer m_heartbeat;
};

} // namespace leaselink::sync
