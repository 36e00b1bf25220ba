#include "SyncJob.h"

#include "config/EffectiveSettings.h"
#include "net/CancellationToken.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/SyncLockRepository.h"

#include <chrono>

namespace leaselink::sync {

SyncJob::SyncJob(SyncJobContext context, SyncRequest request, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_request(std::move(request))
    , m_log(m_context.clock)
    , m_cancel(std::make_unique<CancellationToken>())
{
    m_log.setSink([this](const JobLogLine &line) { Q_EMIT logLineAdded(line); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SyncJob::timeout);
    m_heartbeat.setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(
        SyncLockRepository::HeartbeatInterval));
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_run)
            m_run->heartbeat();
    });
}

SyncJob::~SyncJob() = default;

void SyncJob::cancel()
{
    m_log.warning(QString(), QStringLiteral("Cancel requested: stopping at the next safe point"));
    m_cancel->cancel();
    if (m_run)
        m_run->abortReads();
}

// SYN-38: the job stops where it stands; what was written stays.
void SyncJob::timeout()
{
    if (!m_run)
        return;
    m_run->markTimedOut();
    m_cancel->cancel();
    m_run->abortEverything();
}

bool SyncJob::startRun()
{
    if (!m_context.database || !m_context.secrets)
        return false;
    // The limit is read here (the run reads its own effective snapshot again, SYN-02); a
    // configuration-file override of sync_job_timeout counts.
    int limitSeconds = 300;
    if (auto settings = SettingsRepository(*m_context.database).get())
        limitSeconds =
            EffectiveSettings(*settings, m_context.overrides).effective().syncJobTimeoutSeconds;
    std::chrono::milliseconds limit = std::chrono::seconds(qMax(1, limitSeconds));
    if (m_context.jobTimeout)
        limit = *m_context.jobTimeout;
    m_timeout.start(limit);
    m_heartbeat.start();
    if (!m_run) {
        auto progress = [this](const SyncProgress &p) { Q_EMIT progressChanged(p); };
        m_run = std::make_unique<SyncRun>(m_context, m_request, m_log, *m_cancel, progress);
    }
    return true;
}

void SyncJob::stopTimers()
{
    m_timeout.stop();
}

namespace {

SyncJobResult notRunnable()
{
    SyncJobResult result;
    result.status = JobStatus::Failed;
    result.runErrors << QStringLiteral("The sync has no data directory or secret store");
    return result;
}

} // namespace

QCoro::Task<SyncJobResult> SyncJob::run()
{
    if (!startRun())
        co_return notRunnable();
    SyncJobResult result = co_await m_run->run();
    stopTimers();
    m_heartbeat.stop();
    m_run.reset();
    co_return result;
}

QCoro::Task<SyncJobResult> SyncJob::preview()
{
    if (!startRun())
        co_return notRunnable();
    SyncJobResult result = co_await m_run->preview();
    // While the user looks at the preview the clock of SYN-38 stops; the locks stay fresh.
    stopTimers();
    co_return result;
}

QCoro::Task<SyncJobResult> SyncJob::applyPreview()
{
    if (!m_run) {
        SyncJobResult result = notRunnable();
        result.runErrors = QStringList{QStringLiteral("There is no preview to apply")};
        co_return result;
    }
    startRun();
    SyncJobResult result = co_await m_run->applyPreview();
    stopTimers();
    m_heartbeat.stop();
    m_run.reset();
    co_return result;
}

} // namespace leaselink::sync
