#include "SyncPlanner.h"

#include "CleanupRules.h"
#include "IpAddressRules.h"
#include "LeaseInfoRules.h"
#include "ProtectionRules.h"
#include "ReservationPushRules.h"

#include "net/psu/PsuScriptVersion.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace leaselink::sync {

namespace {

using PrefixKey = QPair<std::int64_t, quint64>; // (VRF, network << 8 | length)

PrefixKey prefixKey(const Scope &scope)
{
    const quint64 code =
        (quint64(scope.prefix.network().toUInt()) << 8) | quint64(scope.prefix.length());
    return {vrfKey(scope.vrfId), code};
}

// One NetBox IP (existing or created by this plan) and everything the run decided about it.
struct Entry
{
    WorkingIp ip;
    std::optional<LeaseSideInfo> sideInfoBefore;
    QString clientIdBefore; // canonical, for C-15's "client id changed"
    PlanOrigin origin;
    QStringList rules;
    IpFields pending;
    bool created = false;
    bool touched = false;
    bool deleted = false;
    std::optional<SideInfoObservation> seen;
    std::optional<LeaseSideInfo> inactiveAfter;
};

// The scopes of one (VRF, prefix) that were read this run, with their combined lists (C-04).
struct PrefixGroup
{
    PrefixKey key;
    Ipv4Prefix prefix;
    PlanOrigin origin;
    QSet<std::int64_t> scopesRead;
    QSet<Ipv4Address> leases;
    QSet<Ipv4Address> reservations;
    bool awaitsConfirmation = false; // C-01: a scope of this prefix had an unconfirmed empty read
};

void mergeFields(IpFields &into, const IpFields &from)
{
    if (from.status)
        into.status = from.status;
    if (from.dnsName)
        into.dnsName = from.dnsName;
    if (from.dhcpClientId)
        into.dhcpClientId = from.dhcpClientId;
    if (from.tagSlugs)
        into.tagSlugs = from.tagSlugs;
}

class PlanBuilder
{
public:
    explicit PlanBuilder(const SyncInputs &inputs)
        : m_in(inputs)
        , m_protection(inputs.settings, inputs.netBox.prefixes)
    {
        indexNetBox();
        for (const Scope &scope : m_in.localScopes) {
            m_scopes.insert(scope.id, &scope);
            m_siblings[prefixKey(scope)].append(scope.id);
        }
        for (const NetBoxPrefix &prefix : m_in.netBox.prefixes)
            m_prefixTenant.insert(prefix.id, prefix.tenantId);
    }

    SyncPlan build()
    {
        findConflictingClaims();
        for (const DhcpServerSnapshot &server : m_in.dhcp.servers)
            planServer(server);
        for (PrefixGroup &group : m_groups)
            planCleanup(group);
        // SYN-14 step 2 works on NetBox as it is after step 1 (upserts and cleanup).
        for (const DhcpServerSnapshot &server : m_in.dhcp.servers)
            planPushes(server);
        emitChanges();
        return std::move(m_plan);
    }

private:
    void indexNetBox()
    {
        m_entries.reserve(m_in.netBox.ipAddresses.size());
        for (const NetBoxIpAddress &address : m_in.netBox.ipAddresses) {
            Entry entry;
            entry.ip.id = address.id;
            entry.ip.key = {vrfKey(address.vrfId), address.host};
            entry.ip.prefixLength = address.prefixLength;
            entry.ip.tenantId = address.tenantId;
            entry.ip.status = address.status.value;
            entry.ip.dnsName = address.dnsName;
            entry.ip.clientId = address.dhcpClientId.value_or(QString());
            entry.ip.tagSlugs = address.tagSlugs;
            entry.ip.description = address.description;
            entry.clientIdBefore = canonicalClientIdOrRaw(entry.ip.clientId);
            if (const auto it = m_in.sideInfoByIpId.constFind(address.id);
                it != m_in.sideInfoByIpId.constEnd())
                entry.sideInfoBefore = *it;
            const int index = int(m_entries.size());
            m_byKey[entry.ip.key].append(index);
            m_sortedByVrf[entry.ip.key.vrfId].emplace_back(address.host.toUInt(), index);
            m_entries.push_back(std::move(entry));
        }
        for (auto &sorted : m_sortedByVrf)
            std::sort(sorted.begin(), sorted.end());
    }

    // C-04: an address that two scopes of one (VRF, prefix) report with different client ids
    // is reported and left alone (LL-13).
    void findConflictingClaims()
    {
        QHash<IpKey, QPair<std::int64_t, QString>> claims; // key -> (scope, client id)
        const auto claim = [&](const Scope &scope, Ipv4Address address, const QString &clientId) {
            const IpKey key{vrfKey(scope.vrfId), address};
            const QString canonical = canonicalClientIdOrRaw(clientId);
            const auto it = claims.constFind(key);
            if (it == claims.constEnd())
                claims.insert(key, {scope.id, canonical});
            else if (it->first != scope.id && it->second != canonical)
                m_conflicts.insert(key);
        };
        for (const DhcpServerSnapshot &server : m_in.dhcp.servers) {
            if (server.scopeListReadFailed)
                continue;
            for (const DhcpScopeSnapshot &snapshot : server.scopes) {
                const Scope *scope = m_scopes.value(snapshot.localScopeId);
                if (!scope || scope->maintenance.enabled || snapshot.leases.readFailed ||
                    snapshot.reservations.readFailed)
                    continue;
                for (const PsuReservation &reservation : snapshot.reservations.items)
                    claim(*scope, reservation.ipAddress, reservation.clientId);
                for (const PsuLease &lease : snapshot.leases.items)
                    claim(*scope, lease.ipAddress, lease.clientId);
            }
        }
    }

    void planServer(const DhcpServerSnapshot &server)
    {
        const PlanOrigin serverOrigin{server.serverId, 0, {}};
        if (server.scopeListReadFailed) {
            // SYN-35: without the scope list nothing may be concluded: no IP work, no cleanup.
            skip(QStringLiteral("SYN-35"), serverOrigin, std::nullopt,
                 QStringLiteral("scope list of %1 could not be read: no IP sync and no cleanup")
                     .arg(server.serverName));
            return;
        }
        if (!m_in.settings.syncIpAddresses) {
            log(PlanLogLevel::Info, serverOrigin,
                QStringLiteral(
                    "IP address sync is off: no lease or reservation is pulled (SYN-15)"));
            return;
        }
        for (const DhcpScopeSnapshot &scopeSnapshot : server.scopes)
            planScope(server, scopeSnapshot);
    }

    void planScope(const DhcpServerSnapshot &server, const DhcpScopeSnapshot &snapshot)
    {
        const Scope *scope = m_scopes.value(snapshot.localScopeId);
        const PlanOrigin origin{server.serverId, snapshot.localScopeId, snapshot.scope.scopeId};
        if (!scope) {
            skip(QStringLiteral("SYN-10"), origin, std::nullopt,
                 QStringLiteral("scope %1 is not matched to a local scope")
                     .arg(snapshot.scope.scopeId.toString()));
            return;
        }
        if (scope->maintenance.enabled) {
            skip(QStringLiteral("DIS-12"), origin, std::nullopt,
                 QStringLiteral("scope \"%1\" is in maintenance").arg(scope->name));
            return;
        }
        if (snapshot.leases.readFailed || snapshot.reservations.readFailed) {
            // SYN-15 / SYN-35 / C-15: a failed read means no IP writes, no cleanup, no side-info.
            const QString failed = snapshot.leases.readFailed ? QStringLiteral("leases")
                                                              : QStringLiteral("reservations");
            log(PlanLogLevel::Error, origin,
                QStringLiteral("reading the %1 of scope \"%2\" failed").arg(failed, scope->name));
            skip(QStringLiteral("SYN-15"), origin, std::nullopt,
                 QStringLiteral("%1 read failed: no IP writes and no cleanup for this scope")
                     .arg(failed));
            return;
        }

        PrefixGroup &group = groupFor(*scope, origin);
        group.scopesRead.insert(scope->id);
        // C-14: before the upserts, so they and the cleanup see the new statuses (LL-40).
        if (m_in.relabelPendingScopeIds.contains(scope->id))
            relabel(*scope, origin);
        if (recordRead(server, snapshot, origin)) {
            group.awaitsConfirmation = true;
            m_unconfirmedScopes.insert(scope->id);
            return; // both lists are empty: there is nothing to upsert either
        }
        QSet<Ipv4Address> scopeLeases;
        for (const PsuLease &lease : snapshot.leases.items) {
            scopeLeases.insert(lease.ipAddress);
            group.leases.insert(lease.ipAddress);
        }
        for (const PsuReservation &reservation : snapshot.reservations.items)
            group.reservations.insert(reservation.ipAddress);

        // SYN-14 step 1: all reservations, then all leases.
        for (const PsuReservation &reservation : snapshot.reservations.items) {
            DhcpRecord record{RecordSource::Reservation,
                              reservation.ipAddress,
                              canonicalClientIdOrRaw(reservation.clientId),
                              reservation.name,
                              {}};
            planRecord(*scope, origin, record, scopeLeases);
        }
        for (const PsuLease &lease : snapshot.leases.items) {
            DhcpRecord record{RecordSource::Lease, lease.ipAddress,
                              canonicalClientIdOrRaw(lease.clientId), lease.hostname,
                              lease.leaseExpiry.value_or(QDateTime())};
            planRecord(*scope, origin, record, scopeLeases);
        }
    }

    // C-14 / DIS-09: the created_by_sync IPs of the scope prefix's VRF that carry an old status
    // take the current one. Protected IPs keep theirs (SYN-21) and are reported.
    void relabel(const Scope &scope, const PlanOrigin &origin)
    {
        const Settings &settings = m_in.settings;
        const QString &oldLease = settings.pendingOldLeaseStatus;
        const QString &oldReservation = settings.pendingOldReservationStatus;
        m_plan.relabelledScopeIds.append(scope.id);
        const auto sorted = m_sortedByVrf.constFind(vrfKey(scope.vrfId));
        if (sorted == m_sortedByVrf.constEnd() || (oldLease.isEmpty() && oldReservation.isEmpty()))
            return;
        const std::uint32_t first = scope.prefix.first().toUInt();
        const std::uint32_t last = scope.prefix.last().toUInt();
        auto it = std::lower_bound(sorted->begin(), sorted->end(),
                                   std::pair<std::uint32_t, int>(first, -1));
        for (; it != sorted->end() && it->first <= last; ++it) {
            Entry &entry = m_entries[it->second];
            if (!entry.sideInfoBefore || !entry.sideInfoBefore->createdBySync)
                continue;
            QString status;
            if (!oldLease.isEmpty() && entry.ip.status == oldLease)
                status = settings.leaseStatus;
            else if (!oldReservation.isEmpty() && entry.ip.status == oldReservation)
                status = settings.reservationStatus;
            if (status.isEmpty() || status == entry.ip.status)
                continue;
            if (m_protection.isProtected(entry.ip.tagSlugs, entry.ip.key.host)) {
                skipOnce(
                    QStringLiteral("C-14"), origin, entry.ip.key.host,
                    QStringLiteral("protected: keeps the old status \"%1\"").arg(entry.ip.status));
                continue;
            }
            entry.ip.status = status;
            entry.pending.status = status;
            if (!entry.rules.contains(QStringLiteral("C-14")))
                entry.rules.append(QStringLiteral("C-14"));
            touch(it->second, origin);
        }
    }

    // C-01: records this successful read and tells whether it is an unconfirmed empty read: a
    // script below 2.0.0 reported both lists empty although the previous run saw entries (and
    // that previous read was not itself an unconfirmed empty one).
    bool recordRead(const DhcpServerSnapshot &server, const DhcpScopeSnapshot &snapshot,
                    const PlanOrigin &origin)
    {
        ScopeReadRecord record;
        record.leaseCount = int(snapshot.leases.items.size());
        record.reservationCount = int(snapshot.reservations.items.size());
        const bool empty = record.leaseCount == 0 && record.reservationCount == 0;
        const auto previous = m_in.previousReads.constFind(snapshot.localScopeId);
        const bool hadEntries = previous != m_in.previousReads.constEnd() &&
                                !previous->emptyUnconfirmed &&
                                previous->leaseCount + previous->reservationCount > 0;
        record.emptyUnconfirmed =
            empty && hadEntries && !PsuScriptVersion::supportsBulk(server.scriptVersion);
        m_plan.scopeReads.append({snapshot.localScopeId, record});
        if (record.emptyUnconfirmed) {
            skip(QStringLiteral("C-01"), origin, std::nullopt,
                 QStringLiteral("leases and reservations are both empty after having entries on "
                                "the previous run (script %1): no cleanup until the next run "
                                "confirms it")
                     .arg(server.scriptVersion.isEmpty() ? QStringLiteral("unknown")
                                                         : server.scriptVersion));
        }
        return record.emptyUnconfirmed;
    }

    PrefixGroup &groupFor(const Scope &scope, const PlanOrigin &origin)
    {
        const PrefixKey key = prefixKey(scope);
        const auto it = m_groupIndex.constFind(key);
        if (it != m_groupIndex.constEnd())
            return m_groups[*it];
        m_groupIndex.insert(key, int(m_groups.size()));
        m_groups.push_back(PrefixGroup{key, scope.prefix, origin, {}, {}, {}, false});
        return m_groups.back();
    }

    void planRecord(const Scope &scope, const PlanOrigin &origin, const DhcpRecord &record,
                    const QSet<Ipv4Address> &scopeLeases)
    {
        if (record.address.toUInt() == 0)
            return; // SYN-16: records without an address are ignored
        const IpKey key{vrfKey(scope.vrfId), record.address};
        if (m_conflicts.contains(key)) {
            skipOnce(QStringLiteral("C-04"), origin, record.address,
                     QStringLiteral("claimed with different client ids by scopes of this prefix"));
            return;
        }
        const QList<int> matches = m_byKey.value(key);
        if (matches.size() > 1) {
            skipOnce(QStringLiteral("C-17"), origin, record.address,
                     QStringLiteral("several NetBox IPs have this address in the prefix's VRF"));
            return;
        }
        RecordOutcome outcome;
        int index = 0;
        if (matches.isEmpty()) {
            if (m_protection.isInTaggedPrefix(record.address)) {
                // SYN-21: an address inside a protected prefix is never created.
                skipOnce(QStringLiteral("SYN-21"), origin, record.address,
                         QStringLiteral("inside a protected prefix: not created"));
                return;
            }
            Entry entry;
            entry.ip = newIpFor(record, key, scope.prefix.length(),
                                m_prefixTenant.value(scope.netboxPrefixId), m_in.settings, outcome);
            entry.created = true;
            entry.pending = outcome.changes;
            index = int(m_entries.size());
            m_createdIndexes.push_back(index);
            m_byKey[key].append(index);
            m_entries.push_back(std::move(entry));
        } else {
            index = matches.first();
            Entry &entry = m_entries[index];
            const ProtectionState protection{m_protection.isTaggedDirectly(entry.ip.tagSlugs),
                                             m_protection.isInTaggedPrefix(record.address)};
            outcome =
                applyRecord(entry.ip, record, protection,
                            entry.sideInfoBefore ? &*entry.sideInfoBefore : nullptr, m_in.settings);
            mergeFields(entry.pending, outcome.changes);
        }
        Entry &entry = m_entries[index];
        touch(index, origin);
        if (!outcome.changes.isEmpty() && !entry.rules.contains(outcome.rule))
            entry.rules.append(outcome.rule);
        if (!record.name.isEmpty() && !validDnsName(record.name)) {
            // C-11: listed whatever the IP's protection or status (LL-33); tagged only where
            // the name would have become dns_name (IpAddressRules).
            reportInvalidHostname(origin, record, entry);
        }

        // SYN-24 (G-1): the last record of the run wins; leases come after reservations.
        SideInfoObservation seen;
        seen.host = record.name;
        seen.expiry = record.source == RecordSource::Lease ? record.expiry : QDateTime();
        seen.active = scopeLeases.contains(record.address);
        seen.createdNow = entry.created;
        seen.prestagedNow =
            outcome.filledPrestagedClientId || (entry.seen && entry.seen->prestagedNow);
        seen.clientIdChanged =
            !entry.created && canonicalClientIdOrRaw(entry.ip.clientId) != entry.clientIdBefore;
        entry.seen = seen;
    }

    void planCleanup(PrefixGroup &group)
    {
        if (group.awaitsConfirmation)
            return; // C-01 / O-10: no cleanup and no `active` flag changes; reported already
        // C-04 / O-9: every local scope on this (VRF, prefix) must have been read this run.
        for (std::int64_t sibling : m_siblings.value(group.key)) {
            if (!group.scopesRead.contains(sibling)) {
                const Scope *scope = m_scopes.value(sibling);
                skip(QStringLiteral("C-04"), group.origin, std::nullopt,
                     QStringLiteral("scope \"%1\" on the same prefix was not read: no cleanup")
                         .arg(scope ? scope->name : QString::number(sibling)));
                return;
            }
        }
        const auto sorted = m_sortedByVrf.constFind(group.key.first);
        if (sorted == m_sortedByVrf.constEnd())
            return;
        const std::uint32_t first = group.prefix.first().toUInt();
        const std::uint32_t last = group.prefix.last().toUInt();
        auto it = std::lower_bound(sorted->begin(), sorted->end(),
                                   std::pair<std::uint32_t, int>(first, -1));
        for (; it != sorted->end() && it->first <= last; ++it)
            planCleanupOf(group, it->second);
    }

    void planCleanupOf(const PrefixGroup &group, int index)
    {
        Entry &entry = m_entries[index];
        if (entry.deleted || m_byKey.value(entry.ip.key).size() > 1 ||
            m_conflicts.contains(entry.ip.key))
            return; // C-17 duplicates and C-04 conflicts are reported by the upsert, left alone
        const Settings &settings = m_in.settings;
        const Ipv4Address host = entry.ip.key.host;
        CleanupFacts facts;
        facts.hasLeaseStatus = entry.ip.status == settings.leaseStatus;
        facts.hasReservationStatus = entry.ip.status == settings.reservationStatus;
        facts.isProtected = m_protection.isProtected(entry.ip.tagSlugs, host);
        facts.pushReservations = settings.pushReservations;
        facts.clientIdSet = !entry.ip.clientId.isEmpty();
        facts.createdBySync = entry.sideInfoBefore && entry.sideInfoBefore->createdBySync;
        facts.inReservations = group.reservations.contains(host);
        facts.inLeases = group.leases.contains(host);
        const CleanupDecision decision = decideCleanup(facts);
        if (decision.action == CleanupAction::Delete) {
            entry.deleted = true;
            entry.rules = {decision.rule};
            touch(index, group.origin);
            return;
        }
        if (decision.action == CleanupAction::Downgrade) {
            entry.ip.status = settings.leaseStatus;
            entry.pending.status = settings.leaseStatus;
            entry.rules.append(decision.rule);
            touch(index, group.origin);
        }
        // G-1 / DIS-11: side-info of an address missing from the successful lease lists.
        if (!entry.seen && entry.sideInfoBefore && entry.sideInfoBefore->active &&
            !group.leases.contains(host)) {
            entry.inactiveAfter = inactiveSideInfo(*entry.sideInfoBefore, m_in.now);
            touch(index, group.origin);
        }
    }

    // B.10: SYN-27 as amended (C-07, C-08, C-12, O-4), after every upsert and cleanup.
    void planPushes(const DhcpServerSnapshot &server)
    {
        if (!m_in.settings.pushReservations || server.scopeListReadFailed)
            return;
        const PlanOrigin serverOrigin{server.serverId, 0, {}};
        if (!server.writerConfirmed) {
            // C-07 (LL-19, LL-20): a reader or unknown token never attempts a push.
            skip(QStringLiteral("C-07"), serverOrigin, std::nullopt,
                 QStringLiteral("Push Reservations is on, but POST /health of %1 did not answer "
                                "200 in this run (read-only or unknown access): no reservation "
                                "is pushed, the run stays pull-only")
                     .arg(server.serverName));
            return;
        }
        if (!PsuScriptVersion::parse(server.scriptVersion)) {
            // O-4: a script reporting no version is 1.0.2-compatible and pull-only.
            skip(QStringLiteral("O-4"), serverOrigin, std::nullopt,
                 QStringLiteral("the PSU script of %1 reports no version: pull-only, no "
                                "reservation is pushed; update the script")
                     .arg(server.serverName));
            return;
        }
        const bool bulk = PsuScriptVersion::supportsBulk(server.scriptVersion);
        ServerClientIdCounts counts;
        for (const DhcpScopeSnapshot &snapshot : server.scopes) {
            counts.complete = counts.complete && !snapshot.reservations.readFailed;
            for (const PsuReservation &reservation : snapshot.reservations.items)
                ++counts.byClientId[canonicalClientIdOrRaw(reservation.clientId)];
        }
        for (const DhcpScopeSnapshot &snapshot : server.scopes)
            planScopePushes(server, snapshot, bulk, counts);
    }

    void planScopePushes(const DhcpServerSnapshot &server, const DhcpScopeSnapshot &snapshot,
                         bool bulk, const ServerClientIdCounts &counts)
    {
        const Scope *scope = m_scopes.value(snapshot.localScopeId);
        if (!scope || scope->maintenance.enabled)
            return; // not eligible: reported by the IP step and the scope planner
        const PlanOrigin origin{server.serverId, scope->id, snapshot.scope.scopeId};
        if (snapshot.viaFallback) {
            skip(QStringLiteral("C-12"), origin, std::nullopt,
                 QStringLiteral("read through %1 standing in for the primary: reservation pushes "
                                "wait for the primary")
                     .arg(server.serverName));
            return;
        }
        if (snapshot.reservations.readFailed) {
            log(PlanLogLevel::Error, origin,
                QStringLiteral("failed to push reservations for scope \"%1\": its reservations "
                               "could not be read")
                    .arg(scope->name));
            skip(QStringLiteral("SYN-27"), origin, std::nullopt,
                 QStringLiteral("reservations read failed: no reservation pushed"));
            return;
        }
        if (m_unconfirmedScopes.contains(scope->id)) {
            // C-01: an old script's empty answer may be a Windows failure; pushing everything
            // back would act on it before the next run confirms it.
            skip(QStringLiteral("C-01"), origin, std::nullopt,
                 QStringLiteral("unconfirmed empty read: no reservation pushed until the next run "
                                "confirms it"));
            return;
        }
        const ScopePushPlan pushes = sync::planScopePushes(
            origin, bulk, pushCandidates(*scope, origin), snapshot.reservations.items, counts);
        m_plan.reservationPushes += pushes.pushes;
        for (const SkippedItem &item : pushes.skipped)
            skip(item.rule, item.origin, item.address, item.reason);
        for (const QString &line : pushes.infos)
            log(PlanLogLevel::Info, origin, line);
    }

    // SYN-27 step 2: the reserved IPs of the scope prefix in its VRF (C-17), whatever their
    // protection (SYN-27.9), in ascending address order.
    QList<PushCandidate> pushCandidates(const Scope &scope, const PlanOrigin &origin)
    {
        const std::int64_t vrf = vrfKey(scope.vrfId);
        const std::uint32_t first = scope.prefix.first().toUInt();
        const std::uint32_t last = scope.prefix.last().toUInt();
        std::vector<std::pair<std::uint32_t, int>> indexes;
        if (const auto sorted = m_sortedByVrf.constFind(vrf); sorted != m_sortedByVrf.constEnd()) {
            auto it = std::lower_bound(sorted->begin(), sorted->end(),
                                       std::pair<std::uint32_t, int>(first, -1));
            for (; it != sorted->end() && it->first <= last; ++it)
                indexes.push_back(*it);
        }
        for (int index : m_createdIndexes) {
            const IpKey &key = m_entries[index].ip.key;
            if (key.vrfId == vrf && key.host.toUInt() >= first && key.host.toUInt() <= last)
                indexes.emplace_back(key.host.toUInt(), index);
        }
        std::sort(indexes.begin(), indexes.end());

        QList<PushCandidate> candidates;
        for (const auto &[host, index] : indexes) {
            const Entry &entry = m_entries[index];
            if (entry.deleted || entry.ip.status != m_in.settings.reservationStatus)
                continue;
            if (m_byKey.value(entry.ip.key).size() > 1) {
                skipOnce(QStringLiteral("C-17"), origin, entry.ip.key.host,
                         QStringLiteral("several NetBox IPs have this address in the prefix's "
                                        "VRF"));
                continue;
            }
            if (m_conflicts.contains(entry.ip.key)) {
                skipOnce(QStringLiteral("C-04"), origin, entry.ip.key.host,
                         QStringLiteral("claimed with different client ids by scopes of this "
                                        "prefix"));
                continue;
            }
            candidates.append(
                {entry.ip.key.host, entry.ip.clientId, entry.ip.dnsName, entry.ip.description});
        }
        return candidates;
    }

    void touch(int index, const PlanOrigin &origin)
    {
        Entry &entry = m_entries[index];
        if (entry.touched)
            return;
        entry.touched = true;
        entry.origin = origin;
        m_touchOrder.push_back(index);
    }

    void emitChanges()
    {
        for (int index : m_touchOrder) {
            const Entry &entry = m_entries[index];
            const QString rule = entry.rules.join(QStringLiteral(", "));
            if (entry.deleted) {
                m_plan.ipChanges.append({IpChangeKind::Delete,
                                         rule,
                                         entry.origin,
                                         entry.ip.key,
                                         entry.ip.id,
                                         entry.ip.prefixLength,
                                         entry.ip.tenantId,
                                         {}});
                if (entry.sideInfoBefore) {
                    m_plan.sideInfoChanges.append({SideInfoChangeKind::Delete,
                                                   rule,
                                                   entry.origin,
                                                   entry.ip.key,
                                                   entry.ip.id,
                                                   {}});
                }
                continue;
            }
            if (entry.created || !entry.pending.isEmpty()) {
                m_plan.ipChanges.append(
                    {entry.created ? IpChangeKind::Create : IpChangeKind::Update, rule,
                     entry.origin, entry.ip.key, entry.ip.id, entry.ip.prefixLength,
                     entry.ip.tenantId, entry.pending});
            }
            std::optional<LeaseSideInfo> after;
            QString sideInfoRule;
            if (entry.seen) {
                after = upsertedSideInfo(entry.sideInfoBefore, *entry.seen, m_in.now);
                sideInfoRule = QStringLiteral("SYN-24");
            } else if (entry.inactiveAfter) {
                after = entry.inactiveAfter;
                sideInfoRule = QStringLiteral("C-15");
            }
            if (after && after != entry.sideInfoBefore) {
                m_plan.sideInfoChanges.append({SideInfoChangeKind::Upsert, sideInfoRule,
                                               entry.origin, entry.ip.key, entry.ip.id, *after});
            }
        }
    }

    void skip(const QString &rule, const PlanOrigin &origin, std::optional<Ipv4Address> address,
              const QString &reason)
    {
        m_plan.skipped.append({rule, origin, address, reason});
        log(PlanLogLevel::Warning, origin,
            address ? QStringLiteral("%1: %2").arg(address->toString(), reason) : reason);
    }

    void reportInvalidHostname(const PlanOrigin &origin, const DhcpRecord &record,
                               const Entry &entry)
    {
        const QString id = QStringLiteral("C-11@") + record.address.toString();
        if (m_reported.contains(id))
            return;
        skipOnce(QStringLiteral("C-11"), origin, record.address,
                 QStringLiteral("hostname \"%1\" is not a valid DNS name: dns_name not written")
                     .arg(record.name));
        m_plan.invalidHostnames.append({origin, record.address, entry.ip.id, record.name});
    }

    // A reservation and a lease for the same address report the same problem once.
    void skipOnce(const QString &rule, const PlanOrigin &origin, Ipv4Address address,
                  const QString &reason)
    {
        const QString id = rule + QLatin1Char('@') + address.toString();
        if (m_reported.contains(id))
            return;
        m_reported.insert(id);
        skip(rule, origin, address, reason);
    }

    void log(PlanLogLevel level, const PlanOrigin &origin, const QString &text)
    {
        m_plan.log.append({level, origin, text});
    }

    const SyncInputs &m_in;
    ProtectionRules m_protection;
    std::vector<Entry> m_entries;
    QHash<IpKey, QList<int>> m_byKey;
    QHash<std::int64_t, std::vector<std::pair<std::uint32_t, int>>> m_sortedByVrf;
    QHash<std::int64_t, const Scope *> m_scopes;
    QHash<PrefixKey, QList<std::int64_t>> m_siblings;
    QHash<std::int64_t, std::optional<std::int64_t>> m_prefixTenant;
    std::vector<PrefixGroup> m_groups;
    QHash<PrefixKey, int> m_groupIndex;
    std::vector<int> m_touchOrder;
    QSet<QString> m_reported;
    QSet<IpKey> m_conflicts;
    std::vector<int> m_createdIndexes;      // IPs this plan creates (not in m_sortedByVrf)
    QSet<std::int64_t> m_unconfirmedScopes; // C-01: unconfirmed empty reads this run
    SyncPlan m_plan;
};

} // namespace

SyncPlan SyncPlanner::plan(const SyncInputs &inputs)
{
    return PlanBuilder(inputs).build();
}

} // namespace leaselink::sync
