#include "JobRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leaselink {

using namespace sqlsupport;

namespace {

QString serversJson(const QStringList &servers)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(servers)).toJson(QJsonDocument::Compact));
}

QStringList serversFromJson(const QString &text)
{
    QStringList servers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        servers.append(value.toString());
    return servers;
}

} // namespace

QString JobRepository::statusStoredValue(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Succeeded:
        return QStringLiteral("succeeded");
    case JobStatus::Partial:
        return QStringLiteral("partial");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

std::optional<JobStatus> JobRepository::statusFromStoredValue(const QString &stored)
{
    for (const JobStatus status : {JobStatus::Running, JobStatus::Succeeded, JobStatus::Partial,
                                   JobStatus::Failed, JobStatus::Cancelled}) {
        if (statusStoredValue(status) == stored)
            return status;
    }
    return std::nullopt;
}

StoreExpected<QList<JobRecord>>
JobRepository::query(const QString &tail, const QVariantList &values, const QString &action) const
{
    auto q =
        prepare(m_database.connection(),
                QStringLiteral("SELECT id, kind, servers, started_at, finished_at, status, counts, "
                               "log FROM jobs ") +
                    tail,
                action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<JobRecord> jobs;
    while (q->next()) {
        JobRecord job;
        job.id = q->value(0).toLongLong();
        job.kind = q->value(1).toString();
        job.servers = serversFromJson(q->value(2).toString());
        job.startedAt = fromDbTime(q->value(3));
        job.finishedAt = fromDbTime(q->value(4));
        job.status = statusFromStoredValue(q->value(5).toString()).value_or(JobStatus::Failed);
        job.counts = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        job.log = q->value(7).toString();
        jobs.append(job);
    }
    return jobs;
}

StoreExpected<JobRecord> JobRepository::get(std::int64_t id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                       QStringLiteral("reading job %1").arg(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No job with id %1 exists.").arg(id));
    return found->constFirst();
}

StoreExpected<QList<JobRecord>> JobRepository::listRecent(int limit) const
{
    return query(QStringLiteral("ORDER BY started_at DESC, id DESC LIMIT ?"), {qMax(0, limit)},
                 QStringLiteral("listing jobs"));
}

StoreExpected<JobRecord> JobRepository::start(const QString &kind, const QStringList &servers,
                                              const QDateTime &startedAt)
{
    if (kind.trimmed().isEmpty() || kind.size() > MaxKindLength)
        return storeFail(StoreError::Kind::Constraint,
                         QStringLiteral("Job kind %1 must be 1 to %2 characters.")
                             .arg(quoted(kind))
                             .arg(MaxKindLength));
    if (!startedAt.isValid())
        return storeFail(StoreError::Kind::Constraint,
                         QStringLiteral("Job %1 needs a start time.").arg(quoted(kind)));
    const QString action = QStringLiteral("recording the start of job %1").arg(quoted(kind));
    auto q = prepare(
        m_database.connection(),
        QStringLiteral("INSERT INTO jobs (kind, servers, started_at, status) VALUES (?, ?, ?, ?)"),
        action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : QVariantList{kind, serversJson(servers), toDbTime(startedAt),
                                              statusStoredValue(JobStatus::Running)})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(q->lastInsertId().toLongLong());
}

StoreExpected<JobRecord> JobRepository::recordFinished(
    const QString &kind, const QStringList &servers, const QDateTime &startedAt, JobStatus status,
    const QJsonObject &counts, const QDateTime &finishedAt, const QString &log)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto started = start(kind, servers, startedAt);
    if (!started)
        return started;
    auto finished = finish(started->id, status, counts, finishedAt, log);
    if (!finished)
        return finished; // the transaction rolls back: no half-written row
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return finished;
}

StoreExpected<JobRecord> JobRepository::appendLog(std::int64_t id, const QString &text)
{
    const QString action = QStringLiteral("writing the log of job %1").arg(id);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE jobs SET log = log || ? WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(text);
    q->addBindValue(qlonglong(id));
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<JobRecord> JobRepository::finish(std::int64_t id, JobStatus status,
                                               const QJsonObject &counts,
                                               const QDateTime &finishedAt, const QString &log)
{
    if (status == JobStatus::Running)
        return storeFail(StoreError::Kind::Constraint,
                         QStringLiteral("Job %1 cannot finish with status 'running'.").arg(id));
    auto job = get(id);
    if (!job)
        return job;
    if (!finishedAt.isValid() || finishedAt < job->startedAt)
        return storeFail(
            StoreError::Kind::Constraint,
            QStringLiteral("Job %1 needs a finish time not before its start.").arg(id));
    const QString action = QStringLiteral("recording the end of job %1").arg(id);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE jobs SET status = ?, counts = ?, finished_at = ?, "
                                    "log = COALESCE(?, log) WHERE id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value :
         QVariantList{statusStoredValue(status),
                      QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
                      toDbTime(finishedAt),
                      log.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(log),
                      qlonglong(id)})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<int> JobRepository::pruneBefore(const QDateTime &cutoff)
{
    const QString action = QStringLiteral("pruning the job history");
    auto q = prepare(
        m_database.connection(),
        QStringLiteral("DELETE FROM jobs WHERE started_at < ? AND status <> 'running'"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(toDbTime(cutoff));
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return q->numRowsAffected();
}

} // namespace leaselink
