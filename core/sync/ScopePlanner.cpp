#include "ScopePlanner.h"

#include "ScopeMatching.h"

#include "domain/LeaseDuration.h"
#include "net/psu/PsuScriptVersion.h"

#include <algorithm>

namespace leaselink::sync {

QList<std::int64_t> ScopePlan::eligibleScopeIds() const
{
    QList<std::int64_t> ids;
    for (const ScopeMatch &match : matches) {
        if (match.eligible)
            ids.append(match.localScopeId);
    }
    return ids;
}

QString scopeFieldName(ScopeField field)
{
    switch (field) {
    case ScopeField::Name:
        return QStringLiteral("name");
    case ScopeField::Description:
        return QStringLiteral("description");
    case ScopeField::StartIp:
        return QStringLiteral("start_ip");
    case ScopeField::EndIp:
        return QStringLiteral("end_ip");
    case ScopeField::Router:
        return QStringLiteral("router");
    case ScopeField::LeaseSeconds:
        return QStringLiteral("lease_duration_seconds");
    case ScopeField::State:
        return QStringLiteral("state");
    }
    return {};
}

namespace {

QString stateText(bool active)
{
    return active ? QStringLiteral("Active") : QStringLiteral("InActive");
}

QString routerText(const std::optional<Ipv4Address> &router)
{
    if (!router || router->toUInt() == 0)
        return {};
    return router->toString();
}

QString cidrText(const Scope &scope)
{
    return scope.prefix.toString();
}

using RangeKey = QPair<quint32, quint32>;

// Builds one server's scope plan; one instance per plan() call.
class Builder
{
public:
    explicit Builder(const ScopePlanInputs &inputs)
        : in(inputs)
        , context{inputs.server, inputs.localScopes, inputs.failovers, inputs.fallbackFailoverIds,
                  inputs.prefixes}
        , scriptV2(PsuScriptVersion::supportsBulk(inputs.scriptVersion))
    {
        plan.serverId = inputs.server.id;
        plan.now = inputs.now;
    }

    ScopePlan run()
    {
        if (in.scopeListReadFailed) {
            // SYN-09 / SYN-35: nothing at all for this server, cleanup included.
            log(PlanLogLevel::Error, 0, {},
                QStringLiteral("%1: scope list read failed; no scope work and no scope cleanup")
                    .arg(in.server.name));
            return plan;
        }
        QSet<Ipv4Address> reported;
        for (const RemoteScopeRead &remote : in.remoteScopes) {
            reported.insert(remote.scope.scopeId);
            const ScopeMatch match = ScopeMatching::match(context, remote.scope);
            plan.matches.append(match);
            handleMatch(match, remote);
        }
        cleanup(reported);
        return plan;
    }

private:
    const ScopePlanInputs &in;
    ScopeMatching::Context context;
    bool scriptV2 = false;
    ScopePlan plan;

    void log(PlanLogLevel level, std::int64_t scopeId, Ipv4Address network, const QString &text)
    {
        PlanLogLine line;
        line.level = level;
        line.origin = PlanOrigin{in.server.id, scopeId, network};
        line.text = text;
        plan.log.append(line);
    }

    void report(ScopeReportKind kind, std::int64_t scopeId, Ipv4Address network,
                const QString &text)
    {
        plan.reports.append(ScopeReport{kind, scopeId, network, text});
        log(PlanLogLevel::Warning, scopeId, network, text);
    }

    const Scope *localScope(std::int64_t id) const
    {
        for (const Scope &scope : in.localScopes) {
            if (scope.id == id)
                return &scope;
        }
        return nullptr;
    }

    QString ownerText(const Scope &scope) const
    {
        if (scope.failoverId) {
            const Failover *f = ScopeMatching::failoverById(in.failovers, *scope.failoverId);
            return QStringLiteral("failover %1").arg(f ? f->name : QStringLiteral("?"));
        }
        return QStringLiteral("standalone on %1").arg(in.server.name);
    }

    QList<const PendingRemoval *> pendingFor(std::int64_t scopeId, PendingRemoval::Kind kind) const
    {
        QList<const PendingRemoval *> result;
        for (const PendingRemoval &removal : in.pendingRemovals) {
            if (removal.scopeId == scopeId && removal.kind == kind)
                result.append(&removal);
        }
        return result;
    }

    void handleMatch(const ScopeMatch &match, const RemoteScopeRead &remote)
    {
        const Ipv4Address network = remote.scope.scopeId;
        const Scope *scope = localScope(match.localScopeId);
        const QString label = scope ? QStringLiteral("%1 (%2)").arg(scope->name, cidrText(*scope))
                                    : network.toString();
        switch (match.skipReason) {
        case ScopeSkipReason::None:
            planEligible(*scope, remote, match.viaFallback);
            return;
        case ScopeSkipReason::Unmatched:
            discover(remote);
            return;
        case ScopeSkipReason::SeveralCandidates:
            report(ScopeReportKind::SeveralCandidates, 0, network,
                   QStringLiteral("%1 reports %2, which several local scopes claim; skipped")
                       .arg(in.server.name, network.toString()));
            return;
        case ScopeSkipReason::OwnerMismatch: {
            const QString reportedOwner =
                remote.scope.failoverName.value_or(QString()).isEmpty()
                    ? QStringLiteral("standalone on %1").arg(in.server.name)
                    : QStringLiteral("failover %1").arg(*remote.scope.failoverName);
            report(ScopeReportKind::OwnerMismatch, match.localScopeId, network,
                   QStringLiteral("%1: %2 reports it as %3 but LeaseLink has it as %4; skipped")
                       .arg(network.toString(), in.server.name, reportedOwner, ownerText(*scope)));
            return;
        }
        case ScopeSkipReason::PrefixMissing:
            report(ScopeReportKind::PrefixMissing, match.localScopeId, network,
                   QStringLiteral("Scope %1: its NetBox prefix is missing or was changed; "
                                  "skipped until it is relinked")
                       .arg(label));
            return;
        case ScopeSkipReason::NotPrimary:
        case ScopeSkipReason::OtherServer:
            return; // silent (SYN-12.2, SYN-13.2); the match records why
        case ScopeSkipReason::ScopeMaintenance:
            log(PlanLogLevel::Info, match.localScopeId, network,
                QStringLiteral("Scope %1 skipped: in maintenance").arg(label));
            return;
        case ScopeSkipReason::FailoverMaintenance:
            log(PlanLogLevel::Info, match.localScopeId, network,
                QStringLiteral("Scope %1 skipped: its failover is in maintenance").arg(label));
            return;
        case ScopeSkipReason::FailoverSyncOff:
            log(PlanLogLevel::Info, match.localScopeId, network,
                QStringLiteral("Scope %1 skipped: its failover has sync disabled").arg(label));
            return;
        case ScopeSkipReason::StandaloneOff:
            log(PlanLogLevel::Info, match.localScopeId, network,
                QStringLiteral("Scope %1 skipped: standalone scopes of %2 are not synced")
                    .arg(label, in.server.name));
            return;
        case ScopeSkipReason::NoOwner:
            log(PlanLogLevel::Info, match.localScopeId, network,
                QStringLiteral("Scope %1 skipped: it has no server or failover").arg(label));
            return;
        }
    }

    // SYN-11 as amended: auto-create only with push off and discovery on.
    void discover(const RemoteScopeRead &remote)
    {
        const PsuScope &s = remote.scope;
        const auto cidr = Ipv4Prefix::fromAddressAndMask(s.scopeId, s.subnetMask);
        const QString label =
            QStringLiteral("%1 (%2)").arg(s.name, cidr ? cidr->toString() : s.scopeId.toString());
        if (in.settings.pushScopeInfo) {
            log(PlanLogLevel::Info, 0, s.scopeId,
                QStringLiteral("%1 reports %2, which has no local scope; ignored "
                               "(Push Scope Info is on)")
                    .arg(in.server.name, label));
            return;
        }
        if (!in.settings.scopeDiscovery) {
            log(PlanLogLevel::Info, 0, s.scopeId,
                QStringLiteral("%1 reports %2, which has no local scope; not created "
                               "(scope discovery is off)")
                    .arg(in.server.name, label));
            return;
        }
        if (!cidr) {
            report(ScopeReportKind::AutoCreateFailed, 0, s.scopeId,
                   QStringLiteral("Cannot auto-create %1 from %2: invalid subnet mask")
                       .arg(label, in.server.name));
            return;
        }
        ScopeToCreate create;
        create.remote = s;
        if (!remote.exclusions.readFailed)
            create.exclusions = remote.exclusions.items;
        for (const NetBoxPrefix &prefix : in.prefixes) {
            if (prefix.prefix == *cidr && (!create.prefixId || !prefix.vrfId))
                create.prefixId = prefix.id; // the global one wins when several VRFs have it
        }
        if (!create.prefixId && !in.settings.createMissingPrefixes) {
            report(ScopeReportKind::AutoCreateFailed, 0, s.scopeId,
                   QStringLiteral("Cannot auto-create %1 from %2: no NetBox prefix %3 and "
                                  "creating missing prefixes is off")
                       .arg(label, in.server.name, cidr->toString()));
            return;
        }
        const QString foName = s.failoverName.value_or(QString()).trimmed();
        if (foName.isEmpty()) {
            create.serverId = in.server.id;
        } else if (const Failover *local = ScopeMatching::failoverByName(in.failovers, foName)) {
            create.failoverId = local->id;
        } else if (!resolveFailover(foName, label, s.scopeId)) {
            return;
        } else {
            create.failoverToCreate = foName;
        }
        plan.toCreate.append(create);
        log(PlanLogLevel::Info, 0, s.scopeId,
            QStringLiteral("Auto-create scope from %1: %2").arg(in.server.name, label));
    }

    // C-13: the failover named by the server, from GET failover, with both hosts matched.
    bool resolveFailover(const QString &name, const QString &label, Ipv4Address network)
    {
        for (const FailoverToCreate &known : plan.failoversToCreate) {
            if (known.remote.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        if (in.remoteFailovers.readFailed) {
            report(ScopeReportKind::AutoCreateFailed, 0, network,
                   QStringLiteral("Cannot auto-create %1: the failover list of %2 could not be "
                                  "read")
                       .arg(label, in.server.name));
            return false;
        }
        for (const PsuFailover &remote : in.remoteFailovers.items) {
            if (remote.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const auto primary = ScopeMatching::serverForHost(in.servers, remote.primaryServer);
            const auto secondary = ScopeMatching::serverForHost(in.servers, remote.secondaryServer);
            if (!primary || !secondary) {
                const QString host = primary ? remote.secondaryServer : remote.primaryServer;
                report(ScopeReportKind::AutoCreateFailed, 0, network,
                       QStringLiteral("Cannot create failover %1 for %2: no single server "
                                      "matches %3")
                           .arg(remote.name, label, host));
                return false;
            }
            plan.failoversToCreate.append(FailoverToCreate{remote, *primary, *secondary});
            return true;
        }
        report(ScopeReportKind::AutoCreateFailed, 0, network,
               QStringLiteral("Cannot auto-create %1: %2 does not list failover %3")
                   .arg(label, in.server.name, name));
        return false;
    }

    void planEligible(const Scope &scope, const RemoteScopeRead &remote, bool viaFallback)
    {
        const Ipv4Address network = remote.scope.scopeId;
        if (remote.exclusions.readFailed)
            log(PlanLogLevel::Warning, scope.id, network,
                QStringLiteral("Scope %1: exclusion ranges could not be read; not reconciled")
                    .arg(scope.name));
        if (in.settings.pushScopeInfo) {
            reportMask(scope, remote.scope);
            if (viaFallback) {
                const Failover *f = ScopeMatching::failoverById(in.failovers, *scope.failoverId);
                log(PlanLogLevel::Info, scope.id, network,
                    QStringLiteral("Scope %1: pushes for failover %2 wait for its primary")
                        .arg(scope.name, f ? f->name : QString()));
            } else if (!in.writerConfirmed) {
                log(PlanLogLevel::Warning, scope.id, network,
                    QStringLiteral("Scope %1: pushes skipped: write access to %2 was not "
                                   "confirmed in this run (read-only token or failed check)")
                        .arg(scope.name, in.server.name));
            } else {
                pushAttributes(scope, remote.scope);
                if (!remote.exclusions.readFailed)
                    pushExclusions(scope, remote);
            }
        } else {
            pullAttributes(scope, remote.scope);
            if (!remote.exclusions.readFailed)
                pullExclusions(scope, remote);
        }
        if (!remote.exclusions.readFailed && !in.otherReadFailures.contains(network))
            plan.scopesSynced.append(scope.id);
    }

    void reportMask(const Scope &scope, const PsuScope &remote)
    {
        if (remote.subnetMask.toUInt() != 0 && remote.subnetMask != scope.prefix.mask())
            report(ScopeReportKind::MaskDifference, scope.id, remote.scopeId,
                   QStringLiteral("Scope %1: the server's mask %2 differs from the prefix %3; "
                                  "not pushed")
                       .arg(scope.name, remote.subnetMask.toString(), cidrText(scope)));
    }

    void pushAttributes(const Scope &scope, const PsuScope &remote)
    {
        ScopeUpdatePush push;
        push.localScopeId = scope.id;
        push.network = remote.scopeId;
        auto set = [&push](ScopeField field, const QJsonValue &value) {
            push.changes.insert(scopeFieldName(field), value);
            push.fields.append(field);
        };
        if (scope.name != remote.name)
            set(ScopeField::Name, scope.name);
        if (!scope.description.isEmpty() && scope.description != remote.description)
            set(ScopeField::Description, scope.description);
        if (scope.startIp != remote.startIp)
            set(ScopeField::StartIp, scope.startIp.toString());
        if (scope.endIp != remote.endIp)
            set(ScopeField::EndIp, scope.endIp.toString());
        pushRouter(scope, remote, push, set);
        const std::int64_t remoteLease =
            LeaseDuration::fromServerSeconds(remote.leaseDurationSeconds).seconds();
        if (scope.leaseLifetime.seconds() != remoteLease)
            set(ScopeField::LeaseSeconds, static_cast<qint64>(scope.leaseLifetime.seconds()));
        if (scriptV2 && scope.active != remote.active)
            set(ScopeField::State, stateText(scope.active));
        if (push.fields.isEmpty())
            return;
        QStringList names;
        for (ScopeField field : push.fields)
            names.append(scopeFieldName(field));
        log(PlanLogLevel::Info, scope.id, remote.scopeId,
            QStringLiteral("Scope %1: push %2 to %3")
                .arg(scope.name, names.join(QStringLiteral(", ")), in.server.name));
        plan.updates.append(push);
    }

    template <typename Set>
    void pushRouter(const Scope &scope, const PsuScope &remote, ScopeUpdatePush &push, Set &set)
    {
        const QString local = routerText(scope.router);
        const QString server = routerText(remote.router);
        const auto pending = pendingFor(scope.id, PendingRemoval::Kind::Router);
        if (!local.isEmpty()) {
            if (local != server)
                set(ScopeField::Router, local);
            for (const PendingRemoval *removal : pending)
                plan.pendingRemovalsToClear.append(removal->id); // superseded by a new router
            return;
        }
        if (server.isEmpty()) {
            for (const PendingRemoval *removal : pending)
                plan.pendingRemovalsToClear.append(removal->id); // already gone
            return;
        }
        if (pending.isEmpty()) {
            report(ScopeReportKind::RouterOnlyOnServer, scope.id, remote.scopeId,
                   QStringLiteral("Scope %1: %2 has router %3, which LeaseLink does not; "
                                  "not removed")
                       .arg(scope.name, in.server.name, server));
            return;
        }
        if (!scriptV2) {
            report(ScopeReportKind::RemovalRefused, scope.id, remote.scopeId,
                   QStringLiteral("Scope %1: removing router %2 from %3 is refused: its PSU "
                                  "script is below 2.0.0")
                       .arg(scope.name, server, in.server.name));
            return;
        }
        set(ScopeField::Router, QString());
        push.pendingRemovalId = pending.constFirst()->id;
    }

    void pushExclusions(const Scope &scope, const RemoteScopeRead &remote)
    {
        const QList<ExclusionRange> local = in.localExclusions.value(scope.id);
        QSet<RangeKey> localKeys;
        QSet<RangeKey> remoteKeys;
        for (const ExclusionRange &range : local)
            localKeys.insert({range.startIp.toUInt(), range.endIp.toUInt()});
        for (const PsuExclusion &range : remote.exclusions.items)
            remoteKeys.insert({range.startIp.toUInt(), range.endIp.toUInt()});
        for (const ExclusionRange &range : local) {
            if (remoteKeys.contains({range.startIp.toUInt(), range.endIp.toUInt()}))
                continue;
            plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::PushCreate, scope.id,
                                                         remote.scope.scopeId, range.startIp,
                                                         range.endIp, 0, std::nullopt});
        }
        const auto pending = pendingFor(scope.id, PendingRemoval::Kind::Exclusion);
        for (const PsuExclusion &range : remote.exclusions.items) {
            const RangeKey key{range.startIp.toUInt(), range.endIp.toUInt()};
            if (localKeys.contains(key))
                continue;
            const QString text =
                QStringLiteral("%1 – %2").arg(range.startIp.toString(), range.endIp.toString());
            const auto it = std::find_if(pending.begin(), pending.end(), [&](auto *p) {
                return RangeKey{p->startIp.toUInt(), p->endIp.toUInt()} == key;
            });
            if (it == pending.end()) {
                report(ScopeReportKind::ServerOnlyExclusion, scope.id, remote.scope.scopeId,
                       QStringLiteral("Scope %1: exclusion range %2 exists only on %3; "
                                      "not removed")
                           .arg(scope.name, text, in.server.name));
            } else if (!scriptV2) {
                report(ScopeReportKind::RemovalRefused, scope.id, remote.scope.scopeId,
                       QStringLiteral("Scope %1: removing exclusion range %2 from %3 is "
                                      "refused: its PSU script is below 2.0.0")
                           .arg(scope.name, text, in.server.name));
            } else {
                plan.exclusionChanges.append(
                    ExclusionChange{ExclusionChangeKind::PushDelete, scope.id, remote.scope.scopeId,
                                    range.startIp, range.endIp, 0, (*it)->id});
            }
        }
        for (const PendingRemoval *removal : pending) {
            if (!remoteKeys.contains({removal->startIp.toUInt(), removal->endIp.toUInt()}))
                plan.pendingRemovalsToClear.append(removal->id); // already gone on the server
        }
    }

    void pull(const Scope &scope, ScopeField field, const QString &oldValue,
              const QString &newValue)
    {
        plan.pulls.append(ScopeFieldPull{scope.id, field, oldValue, newValue});
        log(PlanLogLevel::Info, scope.id, scope.prefix.network(),
            QStringLiteral("Scope %1: %2 %3 → %4")
                .arg(scope.name, scopeFieldName(field), oldValue, newValue));
    }

    void pullAttributes(const Scope &scope, const PsuScope &remote)
    {
        if (!remote.name.isEmpty() && remote.name != scope.name)
            pull(scope, ScopeField::Name, scope.name, remote.name);
        if (remote.description != scope.description)
            pull(scope, ScopeField::Description, scope.description, remote.description);
        if (remote.startIp.toUInt() != 0 && remote.startIp != scope.startIp)
            pull(scope, ScopeField::StartIp, scope.startIp.toString(), remote.startIp.toString());
        if (remote.endIp.toUInt() != 0 && remote.endIp != scope.endIp)
            pull(scope, ScopeField::EndIp, scope.endIp.toString(), remote.endIp.toString());
        if (routerText(remote.router) != routerText(scope.router))
            pull(scope, ScopeField::Router, routerText(scope.router), routerText(remote.router));
        const std::int64_t lease =
            LeaseDuration::fromServerSeconds(remote.leaseDurationSeconds).seconds();
        if (lease != scope.leaseLifetime.seconds())
            pull(scope, ScopeField::LeaseSeconds, QString::number(scope.leaseLifetime.seconds()),
                 QString::number(lease));
        if (remote.active != scope.active)
            pull(scope, ScopeField::State, stateText(scope.active), stateText(remote.active));
    }

    void pullExclusions(const Scope &scope, const RemoteScopeRead &remote)
    {
        const QList<ExclusionRange> local = in.localExclusions.value(scope.id);
        QSet<RangeKey> localKeys;
        QSet<RangeKey> remoteKeys;
        for (const ExclusionRange &range : local)
            localKeys.insert({range.startIp.toUInt(), range.endIp.toUInt()});
        for (const PsuExclusion &range : remote.exclusions.items) {
            const RangeKey key{range.startIp.toUInt(), range.endIp.toUInt()};
            if (localKeys.contains(key) || remoteKeys.contains(key))
                continue;
            remoteKeys.insert(key);
            plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::LocalCreate, scope.id,
                                                         remote.scope.scopeId, range.startIp,
                                                         range.endIp, 0, std::nullopt});
        }
        for (const PsuExclusion &range : remote.exclusions.items)
            remoteKeys.insert({range.startIp.toUInt(), range.endIp.toUInt()});
        for (const ExclusionRange &range : local) {
            if (remoteKeys.contains({range.startIp.toUInt(), range.endIp.toUInt()}))
                continue;
            plan.exclusionChanges.append(ExclusionChange{ExclusionChangeKind::LocalDelete, scope.id,
                                                         remote.scope.scopeId, range.startIp,
                                                         range.endIp, range.id, std::nullopt});
        }
    }

    // SYN-34 as amended (DIS-04, DIS-12, C-05, C-07, C-12).
    void cleanup(const QSet<Ipv4Address> &reported)
    {
        QList<const Scope *> scopes;
        for (const Scope &scope : in.localScopes)
            scopes.append(&scope);
        std::sort(scopes.begin(), scopes.end(),
                  [](const Scope *a, const Scope *b) { return a->name < b->name; });
        for (const Scope *scope : scopes) {
            if (reported.contains(scope->prefix.network()) || scope->maintenance.enabled)
                continue;
            bool viaFallback = false;
            if (scope->failoverId) {
                const Failover *f = ScopeMatching::failoverById(in.failovers, *scope->failoverId);
                if (!f || !f->syncEnabled || f->maintenance.enabled)
                    continue;
                viaFallback = f->primaryServerId != in.server.id;
                if (viaFallback && !in.fallbackFailoverIds.contains(f->id))
                    continue;
            } else if (!scope->serverId || *scope->serverId != in.server.id) {
                continue;
            }
            if (ScopeMatching::prefixMissing(*scope, in.prefixes))
                continue;
            const QString label = QStringLiteral("%1 (%2)").arg(scope->name, cidrText(*scope));
            const Ipv4Address network = scope->prefix.network();
            if (!in.settings.pushScopeInfo) {
                plan.scopesToDelete.append(scope->id);
                log(PlanLogLevel::Info, scope->id, network,
                    QStringLiteral("Scope %1 deleted locally: %2 no longer reports it")
                        .arg(label, in.server.name));
            } else if (viaFallback) {
                log(PlanLogLevel::Info, scope->id, network,
                    QStringLiteral("Scope %1: creating it on the server waits for the primary")
                        .arg(label));
            } else if (!in.writerConfirmed) {
                log(PlanLogLevel::Warning, scope->id, network,
                    QStringLiteral("Scope %1 is not on %2; not created there: write access was "
                                   "not confirmed in this run")
                        .arg(label, in.server.name));
            } else {
                plan.creates.append(ScopeCreatePush{scope->id, toPsu(*scope)});
                log(PlanLogLevel::Info, scope->id, network,
                    QStringLiteral("Scope %1 is not on %2; creating it there")
                        .arg(label, in.server.name));
            }
        }
    }

    static PsuScope toPsu(const Scope &scope)
    {
        PsuScope s;
        s.scopeId = scope.prefix.network();
        s.name = scope.name;
        s.description = scope.description;
        s.startIp = scope.startIp;
        s.endIp = scope.endIp;
        s.subnetMask = scope.prefix.mask();
        s.active = scope.active;
        s.leaseDurationSeconds = static_cast<int>(scope.leaseLifetime.seconds());
        s.hasRouter = true;
        s.router = scope.router;
        return s;
    }
};

} // namespace

ScopePlan ScopePlanner::plan(const ScopePlanInputs &inputs)
{
    return Builder(inputs).run();
}

} // namespace leaselink::sync
