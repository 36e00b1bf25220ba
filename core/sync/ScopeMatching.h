#pragma once

#include "ScopePlan.h"

#include "domain/Failover.h"
#include "domain/Scope.h"
#include "domain/Server.h"
#include "net/netbox/NetBoxTypes.h"
#include "net/psu/PsuTypes.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// Which local scope a remote scope is, and whether this server may sync it (B.4, B.5).
class ScopeMatching
{
public:
    struct Context
    {
        const Server &server;
        const QList<Scope> &localScopes;
        const QList<Failover> &failovers;
        const QList<std::int64_t> &fallbackFailoverIds;
        const QList<NetBoxPrefix> &prefixes;
    };

    // Q-07 / N-2: candidates are the local scopes on that network owned by this server or by a
    // failover it belongs to. C-13: several candidates or an owner mismatch → skipped.
    // C-05 / O-22: a matched scope whose stored prefix is gone or differs → PrefixMissing.
    // Then SYN-12 / SYN-13 eligibility.
    static ScopeMatch match(const Context &context, const PsuScope &remote);

    // SYN-12 / SYN-13 for a local scope and the server being synced.
    static ScopeSkipReason eligibility(const Context &context, const Scope &scope,
                                       bool *viaFallback);

    // C-05, O-22: the stored NetBox prefix is gone or no longer the scope's network and mask.
    static bool prefixMissing(const Scope &scope, const QList<NetBoxPrefix> &prefixes);

    // C-13, Q-04: FQDN case-insensitively, else the first label when exactly one server has it.
    static std::optional<std::int64_t> serverForHost(const QList<Server> &servers,
                                                     const QString &host);

    static const Failover *failoverById(const QList<Failover> &failovers, std::int64_t id);
    static const Failover *failoverByName(const QList<Failover> &failovers, const QString &name);
};

} // namespace leaselink::sync
