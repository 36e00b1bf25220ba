#pragma once

#include "HealthPhase.h"
#include "JobLog.h"
#include "ServerReads.h"
#include "ServerSelection.h"
#include "SyncConnections.h"
#include "SyncJobTypes.h"

#include "config/ConfigOverrides.h"
#include "domain/Failover.h"
#include "domain/Scope.h"
#include "domain/Server.h"
#include "domain/Settings.h"
#include "net/netbox/NetBoxClient.h"
#include "store/SyncLockRepository.h"

#include <QCoroTask>
#include <QDateTime>
#include <QElapsedTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace leaselink {
class CancellationToken;
class Database;
class SecretStore;
} // namespace leaselink

namespace leaselink::sync {

struct NetBoxSnapshotRead;

// What a job needs from its surroundings. The database must belong to the thread the job runs
// on (a GUI runs jobs on a worker thread with its own connection).
struct SyncJobContext
{
    Database *database = nullptr;
    SecretStore *secrets = nullptr;
    ConfigOverrides overrides;
    std::function<QDateTime()> clock; // default: the system clock (UTC)
    NetBoxClientOptions netBoxOptions;
    std::function<void(HttpSessionConfig &)> tuneSession; // tests: shorter timeouts and delays
    // Tests of SYN-38: a limit in milliseconds instead of sync_job_timeout (minimum 60 s).
    std::optional<std::chrono::milliseconds> jobTimeout;
};

// One server's part of a run while it is being processed.
struct ServerRunState
{
    Server server;
    ServerSelectionEntry entry;
    std::shared_ptr<PsuClient> client;
    QString scriptVersion;
    bool writerConfirmed = false;
    ScopeListRead scopeList;
    ScopePlan scopePlan;
    IpDataRead ipData;
    QStringList readErrors; // G-2: any failed read fails this server's part
    bool recorded = false;  // last_sync_at / last_sync_error written for this run
};

// The steps of one sync run (ARCHITECTURE "How a sync flows"): load the local state and the
// effective settings, take the per-server locks, health phase, server selection, PSU reads,
// NetBox snapshot, the pure planners, then (unless dry run) the appliers, the lease cache, the
// read records, the server timestamps and the job history row. SyncJob wraps it with signals,
// cancel and the SYN-38 timeout.
class SyncRun
{
public:
    using ProgressSink = std::function<void(const SyncProgress &)>;

    SyncRun(SyncJobContext context, SyncRequest request, JobLog &log, CancellationToken &cancel,
            ProgressSink progress);
    ~SyncRun();

    // The whole run (a dry run when the request says so).
    QCoro::Task<SyncJobResult> run();
    // "Preview changes": everything up to the plan, nothing recorded, the locks kept; then
    // applyPreview() writes exactly that plan (or the object is destroyed and nothing is).
    QCoro::Task<SyncJobResult> preview();
    QCoro::Task<SyncJobResult> applyPreview();

    // Refreshes this run's locks (called by the job's heartbeat timer).
    void heartbeat();
    // Aborts the PSU reads in flight (cancel and timeout); writes finish their current batch.
    void abortReads();
    // SYN-38: the time is up: every request in flight, NetBox writes included, is abandoned.
    // What NetBox already applied stays; the next run reads it back and converges.
    void abortEverything();
    void markTimedOut() { m_timedOut = true; }

private:
    bool loadLocalState();
    bool resolveTargets();
    QList<std::int64_t> takeLocks(const QList<std::int64_t> &serverIds);
    void releaseLocks();
    QCoro::Task<bool> healthAndSelection();
    QCoro::Task<bool> connectNetBox();
    QCoro::Task<void> readScopeLists();
    QList<Scope> scopesOfRun() const;
    QCoro::Task<bool> readNetBox();
    QCoro::Task<QList<NetBoxPrefix>> discoveryPrefixes();
    void planScopes(const QList<NetBoxPrefix> &extraPrefixes);
    QCoro::Task<bool> createDiscovered();
    bool reloadLocalScopes();
    QCoro::Task<void> readIpData();
    QCoro::Task<void> planIps();
    QCoro::Task<void> apply();
    void removeOrphanSideInfo();
    QCoro::Task<void> applyServer(ServerRunState &state);
    void writeCache(ServerRunState &state);
    QCoro::Task<void> prepare();
    void countPlanned();
    // SYN-38: the run's wall-clock limit (sync_job_timeout, or the test override).
    std::chrono::milliseconds timeLimit() const;
    SyncJobResult conclude(bool final);

    void progress(const QString &phase, const QString &server = {}, qint64 done = 0,
                  qint64 total = 0);
    void fail(const QString &runError);
    void addCount(const QString &key, qint64 by);
    bool cancelled() const;
    ServerRunState *stateOf(std::int64_t serverId);

    SyncJobContext m_context;
    SyncRequest m_request;
    JobLog &m_log;
    CancellationToken &m_cancel;
    ProgressSink m_progress;
    SyncConnections m_connections;
    QDateTime m_now;
    QElapsedTimer m_elapsed;
    bool m_timedOut = false;
    bool m_recordNothing = false; // dry run, or a preview not applied yet
    // What a preview's health phase found, saved when the preview is applied: health, script
    // version and access (SYN-03), and the unreachable servers' last_sync_error (G-2).
    QList<Server> m_healthChecked;
    QHash<std::int64_t, ServerHealth> m_health;
    bool m_healthCheckedAccess = false;
    QHash<std::int64_t, QString> m_unreachableErrors;
    bool m_planned = false;

    Settings m_settings;
    QList<Server> m_servers;
    QList<Failover> m_failovers;
    QList<Scope> m_scopes;
    QList<std::int64_t> m_targets;
    SyncJobKind m_kind = SyncJobKind::AllServers;

    SyncLockOwner m_lockOwner;
    QList<std::int64_t> m_locked;

    QList<ServerRunState> m_states; // the servers synced in this run, in name order
    std::unique_ptr<NetBoxClient> m_netBox;
    std::unique_ptr<NetBoxSnapshotRead> m_netBoxRead;
    QSet<std::int64_t> m_unusableScopes; // NetBox part unusable (failed read, missing prefix)

    SyncJobResult m_result;
};

} // namespace leaselink::sync
