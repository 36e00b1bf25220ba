#pragma once

#include "JobRecord.h"
#include "StoreError.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// Job history: a row is created when a job starts and completed when it ends.
class JobRepository
{
public:
    static constexpr int MaxKindLength = 50;

    explicit JobRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<JobRecord> start(const QString &kind, const QStringList &servers,
                                   const QDateTime &startedAt);
    StoreExpected<JobRecord> appendLog(std::int64_t id, const QString &text);
    // status must not be Running; the log text replaces the stored one when not null.
    StoreExpected<JobRecord> finish(std::int64_t id, JobStatus status, const QJsonObject &counts,
                                    const QDateTime &finishedAt, const QString &log = QString());
    // A whole job in one transaction (start and finish): written once the job is over, so a
    // process killed mid-run leaves no row at all rather than one "running" forever.
    StoreExpected<JobRecord> recordFinished(const QString &kind, const QStringList &servers,
                                            const QDateTime &startedAt, JobStatus status,
                                            const QJsonObject &counts, const QDateTime &finishedAt,
                                            const QString &log);
    StoreExpected<JobRecord> get(std::int64_t id) const;
    StoreExpected<QList<JobRecord>> listRecent(int limit = 100) const; // newest first
    // Drops finished jobs that started before `cutoff`; returns how many.
    StoreExpected<int> pruneBefore(const QDateTime &cutoff);

    static QString statusStoredValue(JobStatus status);
    static std::optional<JobStatus> statusFromStoredValue(const QString &stored);

private:
    StoreExpected<QList<JobRecord>> query(const QString &tail, const QVariantList &values,
                                          const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
