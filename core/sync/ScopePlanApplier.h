#pragma once

#include "ScopePlan.h"

#include <QCoroTask>

#include <QList>
#include <QString>

#include <cstdint>

namespace leaselink {
class Database;
class PsuClient;
} // namespace leaselink

namespace leaselink::sync {

struct ScopeApplyFailure
{
    std::int64_t localScopeId = 0;
    Ipv4Address network;
    QString what;  // "PUT scopes/10.0.1.0 (lease_duration_seconds)"
    QString cause; // the store or network error, already redacted

    bool operator==(const ScopeApplyFailure &) const = default;
};

struct ScopeApplyResult
{
    int fieldsPulled = 0;
    int localExclusionsCreated = 0;
    int localExclusionsDeleted = 0;
    int scopesDeleted = 0;
    int scopesSynced = 0;
    int scopesUpdatedOnServer = 0;
    int scopesCreatedOnServer = 0;
    int exclusionsCreatedOnServer = 0;
    int exclusionsDeletedOnServer = 0;
    int pendingRemovalsCleared = 0;
    QList<ScopeApplyFailure> failures;

    void add(const ScopeApplyResult &other);
};

// Applies one server's ScopePlan: the local changes through ScopeRepository in one transaction,
// then the PSU pushes one by one. Writes are never retried (C-19); a failed item is recorded
// with its cause and the rest go on (G-3). A pending removal is cleared only once its push
// succeeded.
class ScopePlanApplier
{
public:
    ScopePlanApplier(Database &database, PsuClient &client);

    ScopeApplyResult applyLocal(const ScopePlan &plan);
    QCoro::Task<ScopeApplyResult> applyPushes(ScopePlan plan);
    // applyLocal, then applyPushes.
    QCoro::Task<ScopeApplyResult> apply(ScopePlan plan);

private:
    void clearPending(std::int64_t id, std::int64_t scopeId, Ipv4Address network,
                      ScopeApplyResult &result);

    Database &m_database;
    PsuClient &m_client;
};

} // namespace leaselink::sync
