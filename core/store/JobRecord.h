#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace leaselink {

enum class JobStatus
{
    Running,
    Succeeded,
    Partial, // finished, but some items failed
    Failed,
    Cancelled
};

// One entry of the job history (sync, import, health check, ...). Servers are kept by name so
// the history still reads well after a server is deleted.
struct JobRecord
{
    std::int64_t id = 0;
    QString kind; // "sync", "import", ... (<= 50)
    QStringList servers;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    JobStatus status = JobStatus::Running;
    QJsonObject counts; // e.g. {"created": 3, "updated": 10}
    QString log;

    bool operator==(const JobRecord &) const = default;
};

} // namespace leaselink
