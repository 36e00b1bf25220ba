#include "ServerSelection.h"

#include <QSet>

#include <algorithm>

namespace leaselink::sync {

namespace {

QList<const Server *> byName(const QList<Server> &servers)
{
    QList<const Server *> sorted;
    sorted.reserve(servers.size());
    for (const Server &server : servers)
        sorted.append(&server);
    std::sort(sorted.begin(), sorted.end(),
              [](const Server *a, const Server *b) { return a->name < b->name; });
    return sorted;
}

const Server *findServer(const QList<Server> &servers, std::int64_t id)
{
    for (const Server &server : servers) {
        if (server.id == id)
            return &server;
    }
    return nullptr;
}

bool isHealthy(const QHash<std::int64_t, HealthOutcome> &health, std::int64_t id)
{
    const auto it = health.constFind(id);
    return it != health.constEnd() && it->healthy;
}

bool isUnreachable(const QHash<std::int64_t, HealthOutcome> &health, std::int64_t id)
{
    const auto it = health.constFind(id);
    return it != health.constEnd() && !it->healthy;
}

// The servers the job is about: every server, or the targets.
QList<const Server *> jobServers(SyncJobKind kind, const QList<std::int64_t> &targets,
                                 const QList<Server> &servers)
{
    QList<const Server *> result;
    for (const Server *server : byName(servers)) {
        if (kind == SyncJobKind::AllServers || targets.contains(server->id))
            result.append(server);
    }
    return result;
}

// Secondaries that could stand in for a down primary; only failovers whose scopes can be
// synced count as work for them (O-6).
bool mayStandIn(const Server &server, const QList<Failover> &failovers)
{
    return std::any_of(failovers.begin(), failovers.end(), [&](const Failover &f) {
        return f.secondaryServerId == server.id && ServerSelectionRules::failoverSyncable(f);
    });
}

} // namespace

bool ServerSelectionRules::failoverSyncable(const Failover &failover)
{
    return failover.syncEnabled && !failover.maintenance.enabled;
}

bool ServerSelectionRules::hasOwnWork(const Server &server, const QList<Failover> &failovers)
{
    if (server.syncStandaloneScopes)
        return true;
    return std::any_of(failovers.begin(), failovers.end(), [&](const Failover &f) {
        return f.primaryServerId == server.id && failoverSyncable(f);
    });
}

QString ServerSelectionRules::skipReasonText(ServerSkipReason reason)
{
    switch (reason) {
    case ServerSkipReason::None:
        return {};
    case ServerSkipReason::Maintenance:
        return QStringLiteral("in maintenance");
    case ServerSkipReason::NothingEligible:
        return QStringLiteral("nothing eligible to sync");
    case ServerSkipReason::Unreachable:
        return QStringLiteral("unreachable");
    case ServerSkipReason::PreFlight:
        return QStringLiteral("standalone scopes off and no failover to sync (pre-flight)");
    }
    return {};
}

HealthCheckPlan ServerSelectionRules::serversToHealthCheck(
    SyncJobKind kind, const QList<std::int64_t> &targets, const QList<Server> &servers,
    const QList<Failover> &failovers, const QList<Scope> &scopes, bool singleServerFallback)
{
    // Local scopes do not decide: with scope discovery a server may gain scopes in this run,
    // so only the owners' flags (standalone, failover sync and maintenance) count.
    Q_UNUSED(scopes);
    HealthCheckPlan plan;
    QSet<std::int64_t> chosen;
    for (const Server *server : jobServers(kind, targets, servers)) {
        if (server->maintenance.enabled) {
            if (kind == SyncJobKind::SingleServer)
                plan.refusals.append(
                    QStringLiteral("%1 is in maintenance; disable maintenance to sync it")
                        .arg(server->name));
            plan.log.append(QStringLiteral("%1 skipped: in maintenance").arg(server->name));
            continue;
        }
        if (!hasOwnWork(*server, failovers) && !mayStandIn(*server, failovers)) {
            plan.log.append(
                QStringLiteral("%1 skipped: nothing eligible to sync").arg(server->name));
            continue;
        }
        chosen.insert(server->id);
        if (kind != SyncJobKind::SingleServer || !singleServerFallback)
            continue;
        // O-5: the primary's health decides a fallback in single-server runs too.
        for (const Failover &failover : failovers) {
            if (failover.secondaryServerId != server->id || !failoverSyncable(failover))
                continue;
            const Server *primary = findServer(servers, failover.primaryServerId);
            if (primary && !primary->maintenance.enabled)
                chosen.insert(primary->id);
        }
    }
    for (const Server *server : byName(servers)) {
        if (chosen.contains(server->id))
            plan.serverIds.append(server->id);
    }
    return plan;
}

ServerSelection ServerSelectionRules::selectServers(
    SyncJobKind kind, const QList<std::int64_t> &targets, const QList<Server> &servers,
    const QList<Failover> &failovers, const QList<Scope> &scopes,
    const QHash<std::int64_t, HealthOutcome> &health, bool singleServerFallback)
{
    Q_UNUSED(scopes);
    ServerSelection selection;
    const bool fallbackOn = kind == SyncJobKind::AllServers || singleServerFallback;

    // SYN-06 for every failover: primary down = maintenance or unreachable in this run;
    // secondary usable = not in maintenance and healthy in this run.
    for (const Failover &failover : failovers) {
        const Server *primary = findServer(servers, failover.primaryServerId);
        const Server *secondary = findServer(servers, failover.secondaryServerId);
        if (!fallbackOn || !primary || !secondary)
            continue;
        const bool primaryDown = primary->maintenance.enabled || isUnreachable(health, primary->id);
        if (!primaryDown)
            continue;
        const bool secondaryUsable =
            !secondary->maintenance.enabled && isHealthy(health, secondary->id);
        if (secondaryUsable) {
            selection.fallback.insert(failover.id, secondary->id);
            selection.log.append(
                QStringLiteral("Failover %1: primary %2 is down; %3 handles its scopes in this run")
                    .arg(failover.name, primary->name, secondary->name));
        } else {
            selection.log.append(
                QStringLiteral("Failover %1: primary %2 is down and secondary %3 is not usable; "
                               "its scopes are not synced in this run")
                    .arg(failover.name, primary->name, secondary->name));
        }
    }

    for (const Server *server : jobServers(kind, targets, servers)) {
        ServerSelectionEntry entry;
        entry.serverId = server->id;
        entry.serverName = server->name;
        for (const Failover &failover : failovers) {
            if (selection.fallback.value(failover.id, 0) == server->id &&
                failoverSyncable(failover))
                entry.fallbackFailoverIds.append(failover.id);
        }
        if (server->maintenance.enabled) {
            entry.skipReason = ServerSkipReason::Maintenance;
        } else if (!health.contains(server->id)) {
            entry.skipReason = ServerSkipReason::NothingEligible;
        } else if (!health.value(server->id).healthy) {
            entry.skipReason = ServerSkipReason::Unreachable;
            selection.runErrors.append(QStringLiteral("%1 unreachable: %2")
                                           .arg(server->name, health.value(server->id).error));
        } else if (!hasOwnWork(*server, failovers) && entry.fallbackFailoverIds.isEmpty()) {
            entry.skipReason = ServerSkipReason::PreFlight;
        } else {
            entry.sync = true;
        }
        if (!entry.sync)
            selection.log.append(QStringLiteral("%1 skipped: %2")
                                     .arg(server->name, skipReasonText(entry.skipReason)));
        selection.servers.append(entry);
    }
    return selection;
}

} // namespace leaselink::sync
