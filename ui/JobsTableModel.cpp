#include "JobsTableModel.h"

#include <QJsonValue>
#include <QLocale>

namespace leaselink {

JobsTableModel::JobsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobsTableModel::setJobs(QList<JobRecord> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
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
    // Keys are stable identifiers written by the engine; shown as "key: n" in key order.
    QStringList parts;
    // An import's counts are per category ({"scopes": {"created": 20, "skipped": 0, …}}).
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            QStringList innerParts;
            for (auto i = inner.begin(); i != inner.end(); ++i)
                innerParts.append(QString::number(i.value().toInteger()) + QLatin1Char(' ') +
                                  i.key());
            parts.append(it.key() + QStringLiteral(": ") + innerParts.join(QStringLiteral(" / ")));
            continue;
        }
        parts.append(it.key() + QStringLiteral(": ") + QString::number(it.value().toInteger()));
    }
    return parts.join(QStringLiteral(", "));
}

QString JobsTableModel::detailHtml(int row) const
{
    if (row < 0 || row >= m_jobs.size())
        return {};
    const JobRecord &job = m_jobs.at(row);
    const QString heading = tr("%1 — %2").arg(job.kind, outcomeText(job.status));
    return QStringLiteral("<p><b>%1</b><br>%2</p><pre>%3</pre>")
        .arg(heading.toHtmlEscaped(), countsText(job.counts).toHtmlEscaped(),
             job.log.toHtmlEscaped());
}

int JobsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &job = m_jobs.at(index.row());
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
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
