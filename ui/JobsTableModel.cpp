#include "JobsTableModel.h"

#include "Icons.h"
#include "JobCountsText.h"
#include "RunningJobs.h"

#include <QJsonValue>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace leaselink {

namespace {

QList<std::int64_t> idsOf(const QList<JobRecord> &jobs)
{
    QList<std::int64_t> ids;
    ids.reserve(jobs.size());
    for (const JobRecord &job : jobs)
        ids.append(job.id);
    return ids;
}

} // namespace

JobsTableModel::JobsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(LiveUpdateMs);
    connect(m_flush, &QTimer::timeout, this, &JobsTableModel::flushChanges);
}

void JobsTableModel::setRunningJobs(RunningJobs *running, HistoryLoader history)
{
    beginResetModel();
    if (m_runningJobs)
        disconnect(m_runningJobs, nullptr, this, nullptr);
    m_runningJobs = running;
    m_history = std::move(history);
    m_running.clear();
    m_dirty.clear();
    if (m_runningJobs) {
        for (const RunningJob &job : m_runningJobs->jobs())
            m_running.prepend(job.id);
        connect(m_runningJobs, &RunningJobs::jobStarted, this, &JobsTableModel::jobStarted);
        connect(m_runningJobs, &RunningJobs::jobChanged, this, &JobsTableModel::jobChanged);
        connect(m_runningJobs, &RunningJobs::jobFinished, this, &JobsTableModel::jobFinished);
    }
    endResetModel();
}

void JobsTableModel::setJobs(QList<JobRecord> jobs)
{
    // A refresh that finds the same jobs updates them in place: the selection and the detail
    // pane stay where the admin left them.
    if (!m_jobs.isEmpty() && idsOf(jobs) == idsOf(m_jobs)) {
        m_jobs = std::move(jobs);
        Q_EMIT dataChanged(index(int(m_running.size()), 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    const int first = int(m_running.size());
    if (!m_jobs.isEmpty()) {
        beginRemoveRows({}, first, first + int(m_jobs.size()) - 1);
        m_jobs.clear();
        endRemoveRows();
    }
    if (!jobs.isEmpty()) {
        beginInsertRows({}, first, first + int(jobs.size()) - 1);
        m_jobs = std::move(jobs);
        endInsertRows();
    }
}

const RunningJob *JobsTableModel::runningJob(int row) const
{
    if (!m_runningJobs || !isRunningRow(row))
        return nullptr;
    return m_runningJobs->find(m_running.at(row));
}

void JobsTableModel::jobStarted(quint64 id)
{
    beginInsertRows({}, 0, 0);
    m_running.prepend(id);
    endInsertRows();
}

void JobsTableModel::jobChanged(quint64 id)
{
    m_dirty.insert(id);
    if (!m_flush->isActive())
        m_flush->start();
}

void JobsTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsTableModel::flushChanges()
{
    const QSet<quint64> dirty = std::exchange(m_dirty, {});
    for (quint64 id : dirty) {
        const int row = int(m_running.indexOf(id));
        if (row >= 0)
            emitRowChanged(row);
    }
}

void JobsTableModel::jobFinished(quint64 id)
{
    // Still listed in RunningJobs while this runs; gone right after.
    int row = int(m_running.indexOf(id));
    if (row < 0)
        return;
    m_dirty.remove(id);
    const RunningJob *finished = m_runningJobs ? m_runningJobs->find(id) : nullptr;
    const QString kind = finished ? finished->kind : QString();
    const bool preview = finished && finished->preview;
    std::optional<QList<JobRecord>> history;
    if (m_history)
        history = m_history();

    // The usual case: the history gained exactly this job's row on top. The running row becomes
    // that row where it is (moved below the other running rows first), so a selection on it
    // stays and the detail pane turns into the stored log.
    const bool replacesInPlace =
        history && !preview && !history->isEmpty() && history->first().kind == kind &&
        !idsOf(m_jobs).contains(history->first().id) &&
        idsOf(history->mid(1)) == idsOf(m_jobs.mid(0, history->size() - 1));
    if (replacesInPlace) {
        const int lastRunning = int(m_running.size()) - 1;
        if (row != lastRunning) {
            beginMoveRows({}, row, row, {}, lastRunning + 1);
            m_running.move(row, lastRunning);
            endMoveRows();
            row = lastRunning;
        }
        QList<JobRecord> jobs = std::move(*history);
        const int kept = int(jobs.size());
        // The running row and the history's new first row are the same model row.
        m_running.removeLast();
        m_jobs.prepend(jobs.first());
        emitRowChanged(row);
        // The history keeps its limit: rows that fell off its end go.
        const int first = int(m_running.size());
        if (m_jobs.size() > kept) {
            beginRemoveRows({}, first + kept, first + int(m_jobs.size()) - 1);
            m_jobs.resize(kept);
            endRemoveRows();
        }
        m_jobs = std::move(jobs);
        Q_EMIT dataChanged(index(first, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }

    beginRemoveRows({}, row, row);
    m_running.removeAt(row);
    endRemoveRows();
    if (history)
        setJobs(std::move(*history));
}

QString JobsTableModel::outcomeText(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Succeeded:
        return tr("Succeeded");
    case JobStatus::Partial:
        return tr("Partly failed");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobsTableModel::countsText(const QJsonObject &counts)
{
    return jobCountsText(counts);
}

QString JobsTableModel::progressText(const RunningJob &job)
{
    // "Running: writing — SRV-A (2/5)"; the phase names are the engine's, as Sync Now shows them.
    QString where = job.progress.phase;
    if (!job.progress.server.isEmpty())
        where += QStringLiteral(" — ") + job.progress.server;
    if (job.progress.total > 0)
        where += QStringLiteral(" (%1/%2)").arg(job.progress.done).arg(job.progress.total);
    const QString state = job.preview ? tr("Previewing") : tr("Running");
    if (where.isEmpty())
        return state;
    return tr("%1: %2").arg(state, where);
}

QString JobsTableModel::detailHtml(int row) const
{
    if (const RunningJob *running = runningJob(row))
        return runningDetailHtml(*running);
    if (row < m_running.size() || row >= rowCount())
        return {};
    const JobRecord &job = this->job(row);
    const QString heading = tr("%1 — %2").arg(job.kind, outcomeText(job.status));
    return QStringLiteral("<p><b>%1</b><br>%2</p><pre>%3</pre>")
        .arg(heading.toHtmlEscaped(), countsText(job.counts).toHtmlEscaped(),
             job.log.toHtmlEscaped());
}

QString JobsTableModel::runningDetailHtml(const RunningJob &job) const
{
    const QString heading = tr("%1 — %2").arg(job.kind, progressText(job));
    QString counts = data(index(int(m_running.indexOf(job.id)), Counts)).toString();
    if (!job.trigger.isEmpty())
        counts += QStringLiteral(" · ") + tr("started by: %1").arg(job.trigger);
    const qsizetype shown = qMin<qsizetype>(job.log.size(), LiveDetailLines);
    const qint64 hidden = job.droppedLines + (job.log.size() - shown);
    QString log = job.log.mid(job.log.size() - shown).join(QLatin1Char('\n'));
    if (hidden > 0)
        log.prepend(tr("… %n earlier line(s): the job history keeps the full log when the job "
                       "has finished",
                       nullptr, int(hidden)) +
                    QLatin1Char('\n'));
    return QStringLiteral("<p><b>%1</b><br>%2</p><pre>%3</pre>")
        .arg(heading.toHtmlEscaped(), counts.toHtmlEscaped(), log.toHtmlEscaped());
}

int JobsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_running.size() + m_jobs.size());
}

int JobsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isRunningRow(index.row())) {
        const RunningJob *running = runningJob(index.row());
        return running ? runningData(*running, index.column(), role) : QVariant();
    }
    return historyData(job(index.row()), index.column(), role);
}

QVariant JobsTableModel::runningData(const RunningJob &job, int column, int role) const
{
    if (role == Qt::DecorationRole && column == Outcome)
        return icon(IconName::Sync);
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (column) {
    case Started:
        if (raw)
            return job.startedAt;
        return QLocale().toString(job.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        if (job.preview)
            return tr("%1 (preview)").arg(job.kind);
        return job.kind;
    case Servers:
        if (job.servers.isEmpty())
            return tr("all servers");
        return job.servers.join(QStringLiteral(", "));
    case Outcome:
        if (raw)
            return int(JobStatus::Running);
        return progressText(job);
    case Counts:
        return tr("so far: %1 warning(s), %2 error(s)").arg(job.warnings).arg(job.errors);
    case Finished:
        if (raw)
            return QDateTime();
        return QString();
    default:
        return {};
    }
}

QVariant JobsTableModel::historyData(const JobRecord &job, int column, int role) const
{
    if (role == Qt::DecorationRole && column == Outcome &&
        (job.status == JobStatus::Failed || job.status == JobStatus::Partial))
        return icon(IconName::Warning);
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (column) {
    case Started:
        if (raw)
            return job.startedAt;
        return QLocale().toString(job.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return job.kind;
    case Servers:
        return job.servers.join(QStringLiteral(", "));
    case Outcome:
        if (raw)
            return int(job.status);
        return outcomeText(job.status);
    case Counts:
        return countsText(job.counts);
    case Finished:
        if (raw)
            return job.finishedAt;
        if (!job.finishedAt.isValid())
            return QString();
        return QLocale().toString(job.finishedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant JobsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Kind:
        return tr("Kind");
    case Servers:
        return tr("Servers");
    case Outcome:
        return tr("Outcome");
    case Counts:
        return tr("Counts");
    case Finished:
        return tr("Finished");
    default:
        return {};
    }
}

} // namespace leaselink
