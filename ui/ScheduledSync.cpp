#include "ScheduledSync.h"

#include "RunningJobs.h"

#include <QCoroTask>
#include <QLocale>

namespace leaselink {

ScheduledSync::ScheduledSync(sync::SyncJobContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    connect(&m_scheduler, &sync::Scheduler::runRequested, this, [this] { run(); });
    connect(&m_scheduler, &sync::Scheduler::nextRunChanged, this,
            [this] { setStatus(nextRunText()); });
    connect(&m_scheduler, &sync::Scheduler::runSkipped, this,
            [this] { setStatus(tr("Scheduled sync skipped: the previous run is still going")); });
}

ScheduledSync::~ScheduledSync() = default;

void ScheduledSync::configure(int intervalMinutes, bool anyServer)
{
    if (!anyServer) {
        m_scheduler.stop();
        setStatus(tr("Scheduled sync: no DHCP servers yet"));
        return;
    }
    if (m_scheduler.isActive()) {
        (void)m_scheduler.setInterval(intervalMinutes);
    } else if (auto started = m_scheduler.start(intervalMinutes); !started) {
        setStatus(tr("Scheduled sync off: %1").arg(started.error().message));
        return;
    }
    if (!m_job)
        setStatus(nextRunText());
}

QString ScheduledSync::nextRunText() const
{
    if (!m_scheduler.isActive())
        return tr("Scheduled sync off");
    const QString when =
        QLocale().toString(m_scheduler.nextRun().toLocalTime().time(), QLocale::ShortFormat);
    QString text =
        tr("Next sync %1 (every %n min)", nullptr, m_scheduler.intervalMinutes()).arg(when);
    if (!m_lastOutcome.isEmpty())
        text += QStringLiteral(" · ") + m_lastOutcome;
    return text;
}

void ScheduledSync::setStatus(const QString &text)
{
    if (text == m_status)
        return;
    m_status = text;
    Q_EMIT statusChanged(text);
}

void ScheduledSync::run()
{
    if (m_job || !m_context.database || !m_context.secrets)
        return;
    sync::SyncRequest request;
    request.kind = sync::SyncRequest::Kind::AllServers;
    request.trigger = QStringLiteral("schedule");
    m_job = std::make_unique<sync::SyncJob>(m_context, request);
    m_runningId = RunningJobs::instance().addSync(m_job.get(), request);
    m_scheduler.setRunning(true);
    setStatus(tr("Scheduled sync running…"));
    Q_EMIT runningChanged(true);
    connect(m_job.get(), &sync::SyncJob::progressChanged, this,
            [this](const sync::SyncProgress &progress) {
                setStatus(tr("Scheduled sync: %1").arg(progress.phase));
            });
    QCoro::connect(m_job->run(), this, [this](const sync::SyncJobResult &result) {
        RunningJobs::instance().finish(m_runningId);
        m_job.reset();
        m_scheduler.setRunning(false);
        m_lastOutcome = tr("last scheduled sync %1").arg(sync::jobStatusText(result.status));
        setStatus(nextRunText());
        Q_EMIT runningChanged(false);
        Q_EMIT runFinished(result);
    });
}

} // namespace leaselink
