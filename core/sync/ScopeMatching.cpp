#include "ScopeMatching.h"

namespace leaselink::sync {

const Failover *ScopeMatching::failoverById(const QList<Failover> &failovers, std::int64_t id)
{
    for (const Failover &failover : failovers) {
        if (failover.id == id)
            return &failover;
    }
    return nullptr;
}

const Failover *ScopeMatching::failoverByName(const QList<Failover> &failovers, const QString &name)
{
    for (const Failover &failover : failovers) {
        if (failover.name.compare(name, Qt::CaseInsensitive) == 0)
            return &failover;
    }
    return nullptr;
}

bool ScopeMatching::prefixMissing(const Scope &scope, const QList<NetBoxPrefix> &prefixes)
{
    for (const NetBoxPrefix &prefix : prefixes) {
        if (prefix.id == scope.netboxPrefixId)
            return prefix.prefix != scope.prefix;
    }
    return true;
}

std::optional<std::int64_t> ScopeMatching::serverForHost(const QList<Server> &servers,
                                                         const QString &host)
{
    const QString wanted = host.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Server &server : servers) {
        if (server.hostname.compare(wanted, Qt::CaseInsensitive) == 0)
            return server.id;
    }
    const QString label = wanted.section(QLatin1Char('.'), 0, 0);
    std::optional<std::int64_t> found;
    int count = 0;
    for (const Server &server : servers) {
        if (server.hostname.section(QLatin1Char('.'), 0, 0).compare(label, Qt::CaseInsensitive) ==
            0) {
            found = server.id;
            ++count;
        }
    }
    if (count == 1)
        return found;
    return std::nullopt;
}

ScopeSkipReason ScopeMatching::eligibility(const Context &context, const Scope &scope,
                                           bool *viaFallback)
{
    *viaFallback = false;
    if (scope.maintenance.enabled)
        return ScopeSkipReason::ScopeMaintenance;
    if (scope.failoverId) {
        const Failover *failover = failoverById(context.failovers, *scope.failoverId);
        if (!failover)
            return ScopeSkipReason::NoOwner;
        if (failover->maintenance.enabled)
            return ScopeSkipReason::FailoverMaintenance;
        if (!failover->syncEnabled)
            return ScopeSkipReason::FailoverSyncOff;
        if (failover->primaryServerId == context.server.id)
            return ScopeSkipReason::None;
        if (context.fallbackFailoverIds.contains(failover->id)) {
            *viaFallback = true;
            return ScopeSkipReason::None;
        }
        return ScopeSkipReason::NotPrimary;
    }
    if (scope.serverId) {
        if (*scope.serverId != context.server.id)
            return ScopeSkipReason::OtherServer;
        if (!context.server.syncStandaloneScopes)
            return ScopeSkipReason::StandaloneOff;
        return ScopeSkipReason::None;
    }
    return ScopeSkipReason::NoOwner;
}

ScopeMatch ScopeMatching::match(const Context &context, const PsuScope &remote)
{
    ScopeMatch match;
    match.network = remote.scopeId;
    QList<const Scope *> candidates;
    for (const Scope &scope : context.localScopes) {
        if (scope.prefix.network() != remote.scopeId)
            continue;
        bool owned = scope.serverId && *scope.serverId == context.server.id;
        if (!owned && scope.failoverId) {
            const Failover *failover = failoverById(context.failovers, *scope.failoverId);
            owned = failover && (failover->primaryServerId == context.server.id ||
                                 failover->secondaryServerId == context.server.id);
        }
        if (owned)
            candidates.append(&scope);
    }
    if (candidates.isEmpty()) {
        match.skipReason = ScopeSkipReason::Unmatched;
        return match;
    }
    if (candidates.size() > 1) {
        match.skipReason = ScopeSkipReason::SeveralCandidates;
        return match;
    }
    const Scope &scope = *candidates.constFirst();
    match.localScopeId = scope.id;

    // N-2: the owner the server reports (its failover, or none = standalone) must be the
    // local owner. A list without failover names cannot contradict anything.
    if (remote.hasFailoverName) {
        const QString reported = remote.failoverName.value_or(QString()).trimmed();
        const Failover *local =
            scope.failoverId ? failoverById(context.failovers, *scope.failoverId) : nullptr;
        const bool mismatch = reported.isEmpty()
                                  ? scope.failoverId.has_value()
                                  : (!local || local->name.compare(reported, Qt::CaseInsensitive));
        if (mismatch) {
            match.skipReason = ScopeSkipReason::OwnerMismatch;
            return match;
        }
    }

    bool viaFallback = false;
    match.skipReason = eligibility(context, scope, &viaFallback);
    if (match.skipReason == ScopeSkipReason::None && prefixMissing(scope, context.prefixes))
        match.skipReason = ScopeSkipReason::PrefixMissing;
    match.eligible = match.skipReason == ScopeSkipReason::None;
    match.viaFallback = match.eligible && viaFallback;
    return match;
}

} // namespace leaselink::sync
