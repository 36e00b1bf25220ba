#pragma once

#include "JobLog.h"
#include "ScopePlan.h"
#include "SyncPlan.h"

#include "store/JobRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace leaselink::sync {

// What to sync. AllServers is the schedule's and `sync --all`'s run; Servers is Sync Now /
// `sync NAME…`: the named servers only. Fallback to a failover's secondary works the same in
// both (decisions.md O-5), so a named secondary stands in for its unreachable primary.
struct SyncRequest
{
    enum class Kind
    {
        AllServers,
        Servers
    };
    Kind kind = Kind::AllServers;
    QStringList serverNames; // for Kind::Servers, as the user typed them
    bool dryRun = false;     // plan only: nothing is written anywhere, not even health fields
    QString trigger;         // "cli", "gui", "schedule": shown in the job history and lock
};

// Where a running job is, for progress bars and the CLI's stderr line.
struct SyncProgress
{
    QString phase;  // "health check", "reading", "planning", "writing to NetBox", …
    QString server; // "" for job-wide phases
    qint64 done = 0;
    qint64 total = 0;
};

// One write that failed, with its cause (G-3: listed, never fatal for the rest).
struct ItemFailure
{
    QString server;
    QString what; // "create 10.0.1.51/24", "PUT scopes/10.0.1.0", …
    QString cause;
};

// One server's part of the run as planned: what the scope planner decided and whether its
// reads failed (G-2). Kept in the result so a dry run or a preview can show the plan grouped
// by server and scope.
struct PlannedServer
{
    std::int64_t serverId = 0;
    QString name;
    bool synced = false;    // selected and read (false: skipped, with skipReason)
    QString skipReason;     // maintenance, unreachable, nothing eligible, …
    QStringList readErrors; // failed reads: the server's part fails (G-2)
    ScopePlan scopePlan;
};

struct SyncJobResult
{
    std::int64_t jobId = 0; // 0 for dry runs (not recorded)
    JobStatus status = JobStatus::Succeeded;
    bool dryRun = false;
    bool timedOut = false;
    bool usageError = false;  // an unknown server name: nothing was done
    bool busy = false;        // a server was refused because another run holds it (C-21)
    bool unreachable = false; // a server (or NetBox) could not be reached
    QStringList runErrors;    // "SRV-B unreachable: …" (SYN-37 as amended)
    QJsonObject counts;       // {"ip_created": 3, "ip_updated": 10, …}
    QList<ItemFailure> failures;
    QList<JobLogLine> log;
    double seconds = 0;

    // The plan of the run (applied, or only planned in a dry run).
    SyncPlan ipPlan;
    QList<PlannedServer> servers;
    QHash<std::int64_t, QString> scopeNames; // local scope id -> name, for grouping

    // True when nothing was (or, in a dry run, would be) written anywhere.
    bool changedNothing() const;
};

QString jobStatusText(JobStatus status); // "completed", "completed with errors", "failed", …

} // namespace leaselink::sync
