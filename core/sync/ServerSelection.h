#pragma once

#include "domain/Failover.h"
#include "domain/Scope.h"
#include "domain/Server.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// Which servers a sync job covers (SYN-01, amended by DIS-15 and O-5).
enum class SyncJobKind
{
    AllServers,  // schedule or "Run now"
    SingleServer // "Sync Now", CLI `sync <server>`, one job per server of "Sync all servers"
};

// The outcome of this run's GET /health for one server. A server without an entry was not
// checked in this run.
struct HealthOutcome
{
    bool healthy = false;
    QString error; // the failure message when not healthy

    bool operator==(const HealthOutcome &) const = default;
};

// Who gets GET /health, and what is refused before any request.
struct HealthCheckPlan
{
    QList<std::int64_t> serverIds; // in name order
    // Single-server targets in maintenance: nothing is sent (DIS-15); the text asks the user to
    // disable maintenance first (SYN-01.1). "Sync Now" shows it as a refusal, other paths log it.
    QStringList refusals;
    QStringList log; // one line per server left out, with the reason

    bool operator==(const HealthCheckPlan &) const = default;
};

enum class ServerSkipReason
{
    None,
    Maintenance,     // DIS-12/15
    NothingEligible, // O-6: nothing to do, so no request at all
    Unreachable,     // SYN-07
    PreFlight        // SYN-08
};

struct ServerSelectionEntry
{
    std::int64_t serverId = 0;
    QString serverName;
    bool sync = false;
    ServerSkipReason skipReason = ServerSkipReason::None;
    // Failovers whose scopes this server handles in this run because their primary is down
    // (SYN-06); the scope planner marks those scopes viaFallback (no server pushes, C-12).
    QList<std::int64_t> fallbackFailoverIds;

    bool operator==(const ServerSelectionEntry &) const = default;
};

struct ServerSelection
{
    QList<ServerSelectionEntry> servers; // the job's servers in name order
    // Every fallback assignment of the run: failover id -> the secondary standing in.
    QHash<std::int64_t, std::int64_t> fallback;
    // "<server> unreachable: <message>" (SYN-37 as amended): the job fails with these joined
    // by "; ".
    QStringList runErrors;
    QStringList log;

    bool operator==(const ServerSelection &) const = default;
};

// Pure decisions of the health and server phases of a sync job (B.2, B.3).
class ServerSelectionRules
{
public:
    // Servers that get GET /health in this run. Never a server in maintenance (DIS-15) nor one
    // with nothing eligible (O-6). For single-server jobs the primaries of failovers a target is
    // secondary of are checked too, so fallback works as in all-servers jobs (O-5).
    // singleServerFallback = false reads SYN-04 literally (no fallback, no extra check) in
    // case O-5 is read the other way; true follows decisions.md O-5.
    static HealthCheckPlan
    serversToHealthCheck(SyncJobKind kind, const QList<std::int64_t> &targets,
                         const QList<Server> &servers, const QList<Failover> &failovers,
                         const QList<Scope> &scopes, bool singleServerFallback = true);

    // For every server of the job in name order: sync it or skip it (with the reason), the
    // fallback assignments and the run errors.
    static ServerSelection selectServers(SyncJobKind kind, const QList<std::int64_t> &targets,
                                         const QList<Server> &servers,
                                         const QList<Failover> &failovers,
                                         const QList<Scope> &scopes,
                                         const QHash<std::int64_t, HealthOutcome> &health,
                                         bool singleServerFallback = true);

    // A failover whose scopes can be synced at all (SYN-12 without the server part).
    static bool failoverSyncable(const Failover &failover);
    // Whether the server has anything it could sync, ignoring fallback (O-6, SYN-08).
    static bool hasOwnWork(const Server &server, const QList<Failover> &failovers);
    static QString skipReasonText(ServerSkipReason reason);
};

} // namespace leaselink::sync
