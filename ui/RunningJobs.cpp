#include "RunningJobs.h"

#include "sync/Importer.h"
#include "sync/SyncJob.h"

#include <QCoreApplication>
#include <QPointer>

namespace leaselink {

RunningJobs &RunningJobs::instance()
{
    // Owned by the application object, so it goes before Qt does; recreated if a test makes a
    // second application.
    static QPointer<RunningJobs> shared;
    if (!shared)
        shared = new RunningJobs(QCoreApplication::instance());
    return *shared;
}

RunningJobs::RunningJobs(QObject *parent)
    : QObject(parent)
{}

RunningJobs::~RunningJobs()
{
    for (const auto &connections : std::as_const(m_connections)) {
        for (const QMetaObject::Connection &connection : connections)
            disconnect(connection);
    }
}

quint64 RunningJobs::start(const QString &kind, const QStringList &servers, const QString &trigger)
{
    RunningJob job;
    job.id = m_nextId++;
    job.kind = kind;
    job.servers = servers;
    job.trigger = trigger;
    job.startedAt = QDateTime::currentDateTimeUtc();
    m_jobs.append(job);
    Q_EMIT jobStarted(job.id);
    return job.id;
}

quint64 RunningJobs::addSync(sync::SyncJob *job, const sync::SyncRequest &request, bool preview)
{
    const QStringList servers =
        request.kind == sync::SyncRequest::Kind::AllServers ? QStringList() : request.serverNames;
    const quint64 id = start(QStringLiteral("sync"), servers, request.trigger);
    findMutable(id)->preview = preview;
    QList<QMetaObject::Connection> &connections = m_connections[id];
    connections << connect(
        job, &sync::SyncJob::progressChanged, this,
        [this, id](const sync::SyncProgress &progress) { setProgress(id, progress); });
    connections << connect(job, &sync::SyncJob::logLineAdded, this,
                           [this, id](const sync::JobLogLine &line) { addLogLine(id, line); });
    connections << connect(job, &QObject::destroyed, this, [this, id] { finish(id); });
    return id;
}

quint64 RunningJobs::addImport(const QString &serverName)
{
    return start(QStringLiteral("import"), {serverName}, QStringLiteral("gui"));
}

RunningJob *RunningJobs::findMutable(quint64 id)
{
    for (RunningJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

const RunningJob *RunningJobs::find(quint64 id) const
{
    for (const RunningJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

void RunningJobs::setProgress(quint64 id, const sync::SyncProgress &progress)
{
    RunningJob *job = findMutable(id);
    if (!job)
        return;
    job->progress = progress;
    Q_EMIT jobChanged(id);
}

void RunningJobs::append(RunningJob &job, const QString &line, sync::JobLogLevel level)
{
    if (level == sync::JobLogLevel::Warning)
        ++job.warnings;
    else if (level == sync::JobLogLevel::Error)
        ++job.errors;
    job.log.append(line);
    if (job.log.size() > MaxLogLines) {
        job.log.removeFirst();
        ++job.droppedLines;
    }
    Q_EMIT jobChanged(job.id);
}

void RunningJobs::addLogLine(quint64 id, const sync::JobLogLine &line)
{
    // As the Sync Now dialog: debug lines are for the stored log, not the live view.
    if (line.level == sync::JobLogLevel::Debug)
        return;
    if (RunningJob *job = findMutable(id))
        append(*job, line.formatted(), line.level);
}

void RunningJobs::addImportLine(quint64 id, const sync::ImportLogLine &line)
{
    if (line.level == sync::JobLogLevel::Debug)
        return;
    if (RunningJob *job = findMutable(id))
        append(*job, sync::jobLogLevelName(line.level) + QLatin1Char(' ') + line.text, line.level);
}

void RunningJobs::finish(quint64 id)
{
    if (!find(id))
        return;
    for (const QMetaObject::Connection &connection : m_connections.take(id))
        disconnect(connection);
    Q_EMIT jobFinished(id);
    m_jobs.removeIf([id](const RunningJob &job) { return job.id == id; });
}

} // namespace leaselink
