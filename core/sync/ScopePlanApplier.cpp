#include "ScopePlanApplier.h"

#include "domain/LeaseDuration.h"
#include "net/psu/PsuClient.h"
#include "store/Database.h"
#include "store/PendingRemovalRepository.h"
#include "store/ScopeRepository.h"
#include "store/Transaction.h"

#include <QMap>

namespace leaselink::sync {

void ScopeApplyResult::add(const ScopeApplyResult &o)
{
    fieldsPulled += o.fieldsPulled;
    localExclusionsCreated += o.localExclusionsCreated;
    localExclusionsDeleted += o.localExclusionsDeleted;
    scopesDeleted += o.scopesDeleted;
    scopesSynced += o.scopesSynced;
    scopesUpdatedOnServer += o.scopesUpdatedOnServer;
    scopesCreatedOnServer += o.scopesCreatedOnServer;
    exclusionsCreatedOnServer += o.exclusionsCreatedOnServer;
    exclusionsDeletedOnServer += o.exclusionsDeletedOnServer;
    pendingRemovalsCleared += o.pendingRemovalsCleared;
    failures += o.failures;
}

namespace {

// Pulled values are not validated (SYN-31); text that cannot be read back is a failure.
bool applyPull(Scope &scope, const ScopeFieldPull &pull)
{
    switch (pull.field) {
    case ScopeField::Name:
        scope.name = pull.newValue;
        return true;
    case ScopeField::Description:
        scope.description = pull.newValue;
        return true;
    case ScopeField::StartIp:
    case ScopeField::EndIp: {
        const auto address = Ipv4Address::parse(pull.newValue);
        if (!address)
            return false;
        (pull.field == ScopeField::StartIp ? scope.startIp : scope.endIp) = *address;
        return true;
    }
    case ScopeField::Router: {
        if (pull.newValue.isEmpty()) {
            scope.router.reset();
            return true;
        }
        const auto address = Ipv4Address::parse(pull.newValue);
        if (!address)
            return false;
        scope.router = *address;
        return true;
    }
    case ScopeField::LeaseSeconds: {
        bool ok = false;
        const qint64 seconds = pull.newValue.toLongLong(&ok);
        if (!ok)
            return false;
        scope.leaseLifetime = LeaseDuration::fromServerSeconds(seconds);
        return true;
    }
    case ScopeField::State:
        scope.active = pull.newValue == QStringLiteral("Active");
        return true;
    }
    return false;
}

QString rangeText(Ipv4Address start, Ipv4Address end)
{
    return start.toString() + QStringLiteral("–") + end.toString();
}

} // namespace

ScopePlanApplier::ScopePlanApplier(Database &database, PsuClient &client)
    : m_database(database)
    , m_client(client)
{}

ScopeApplyResult ScopePlanApplier::applyLocal(const ScopePlan &plan)
{
    ScopeApplyResult result;
    ScopeRepository scopes(m_database);
    auto fail = [&result](std::int64_t scopeId, Ipv4Address network, QString what, QString cause) {
        result.failures.append(
            ScopeApplyFailure{scopeId, network, std::move(what), std::move(cause)});
    };
    auto transaction = Transaction::begin(m_database);
    if (!transaction) {
        fail(0, {}, QStringLiteral("local scope changes of server %1").arg(plan.serverId),
             transaction.error().message);
        return result;
    }

    QMap<std::int64_t, QList<ScopeFieldPull>> pullsByScope;
    for (const ScopeFieldPull &pull : plan.pulls)
        pullsByScope[pull.localScopeId].append(pull);
    for (auto it = pullsByScope.cbegin(); it != pullsByScope.cend(); ++it) {
        auto scope = scopes.get(it.key());
        if (!scope) {
            fail(it.key(), {}, QStringLiteral("pull scope attributes"), scope.error().message);
            continue;
        }
        bool readable = true;
        for (const ScopeFieldPull &pull : *it)
            readable = applyPull(*scope, pull) && readable;
        if (!readable) {
            fail(scope->id, scope->prefix.network(), QStringLiteral("pull scope attributes"),
                 QStringLiteral("a pulled value is not valid"));
            continue;
        }
        if (auto saved = scopes.update(*scope, ValidationMode::Import); !saved)
            fail(scope->id, scope->prefix.network(), QStringLiteral("pull scope attributes"),
                 saved.error().message);
        else
            result.fieldsPulled += int(it->size());
    }

    for (const ExclusionChange &change : plan.exclusionChanges) {
        const QString text = rangeText(change.startIp, change.endIp);
        if (change.kind == ExclusionChangeKind::LocalCreate) {
            ExclusionRange range;
            range.scopeId = change.localScopeId;
            range.startIp = change.startIp;
            range.endIp = change.endIp;
            if (auto r = scopes.addExclusion(range, ValidationMode::Import); !r)
                fail(change.localScopeId, change.network,
                     QStringLiteral("add exclusion range %1").arg(text), r.error().message);
            else
                ++result.localExclusionsCreated;
        } else if (change.kind == ExclusionChangeKind::LocalDelete) {
            if (auto r = scopes.removeExclusion(change.localExclusionId); !r)
                fail(change.localScopeId, change.network,
                     QStringLiteral("delete exclusion range %1").arg(text), r.error().message);
            else
                ++result.localExclusionsDeleted;
        }
    }

    for (std::int64_t id : plan.scopesToDelete) {
        if (auto r = scopes.remove(id); !r)
            fail(id, {}, QStringLiteral("delete scope %1").arg(id), r.error().message);
        else
            ++result.scopesDeleted;
    }

    for (std::int64_t id : plan.scopesSynced) {
        if (plan.scopesToDelete.contains(id))
            continue;
        if (auto r = scopes.recordSync(id, plan.now); !r)
            fail(id, {}, QStringLiteral("record the sync time of scope %1").arg(id),
                 r.error().message);
        else
            ++result.scopesSynced;
    }

    if (auto committed = transaction->commit(); !committed) {
        fail(0, {},
             QStringLiteral("commit the local scope changes of server %1").arg(plan.serverId),
             committed.error().message);
        ScopeApplyResult rolledBack;
        rolledBack.failures = result.failures;
        return rolledBack;
    }
    return result;
}

void ScopePlanApplier::clearPending(std::int64_t id, std::int64_t scopeId, Ipv4Address network,
                                    ScopeApplyResult &result)
{
    PendingRemovalRepository pending(m_database);
    if (auto r = pending.remove(id); !r)
        result.failures.append(ScopeApplyFailure{scopeId, network,
                                                 QStringLiteral("clear pending removal %1").arg(id),
                                                 r.error().message});
    else
        ++result.pendingRemovalsCleared;
}

QCoro::Task<ScopeApplyResult> ScopePlanApplier::applyPushes(ScopePlan plan)
{
    ScopeApplyResult result;
    for (const ScopeUpdatePush &update : plan.updates) {
        QStringList names;
        for (ScopeField field : update.fields)
            names.append(scopeFieldName(field));
        auto reply = co_await m_client.updateScope(update.network, update.changes);
        if (!reply) {
            QString what = QStringLiteral("PUT scopes/%1 (%2)")
                               .arg(update.network.toString(), names.join(QStringLiteral(", ")));
            QString cause = reply.error().toString();
            result.failures.append(
                ScopeApplyFailure{update.localScopeId, update.network, what, cause});
            continue;
        }
        ++result.scopesUpdatedOnServer;
        if (update.pendingRemovalId)
            clearPending(*update.pendingRemovalId, update.localScopeId, update.network, result);
    }

    for (const ExclusionChange &change : plan.exclusionChanges) {
        if (change.kind != ExclusionChangeKind::PushCreate &&
            change.kind != ExclusionChangeKind::PushDelete)
            continue;
        PsuExclusion exclusion;
        exclusion.scopeId = change.network;
        exclusion.startIp = change.startIp;
        exclusion.endIp = change.endIp;
        const QString text = rangeText(change.startIp, change.endIp);
        if (change.kind == ExclusionChangeKind::PushCreate) {
            auto reply = co_await m_client.createExclusion(exclusion);
            if (!reply) {
                QString what = QStringLiteral("POST exclusions %1").arg(text);
                QString cause = reply.error().toString();
                result.failures.append(
                    ScopeApplyFailure{change.localScopeId, change.network, what, cause});
                continue;
            }
            ++result.exclusionsCreatedOnServer;
        } else {
            auto reply = co_await m_client.deleteExclusion(exclusion);
            if (!reply) {
                QString what = QStringLiteral("DELETE exclusions %1").arg(text);
                QString cause = reply.error().toString();
                result.failures.append(
                    ScopeApplyFailure{change.localScopeId, change.network, what, cause});
                continue;
            }
            ++result.exclusionsDeletedOnServer;
            if (change.pendingRemovalId)
                clearPending(*change.pendingRemovalId, change.localScopeId, change.network, result);
        }
    }

    for (const ScopeCreatePush &create : plan.creates) {
        auto reply = co_await m_client.createScope(create.scope);
        if (!reply) {
            QString what = QStringLiteral("POST scopes %1").arg(create.scope.scopeId.toString());
            QString cause = reply.error().toString();
            result.failures.append(
                ScopeApplyFailure{create.localScopeId, create.scope.scopeId, what, cause});
            continue;
        }
        ++result.scopesCreatedOnServer;
    }

    for (std::int64_t id : plan.pendingRemovalsToClear)
        clearPending(id, 0, {}, result);
    co_return result;
}

QCoro::Task<ScopeApplyResult> ScopePlanApplier::apply(ScopePlan plan)
{
    ScopeApplyResult result = applyLocal(plan);
    ScopeApplyResult pushed = co_await applyPushes(std::move(plan));
    result.add(pushed);
    co_return result;
}

} // namespace leaselink::sync
