#include "SyncRun.h"

#include "Importer.h"
#include "IpAddressRules.h"
#include "NetBoxSnapshotReader.h"
#include "PlanApplier.h"
#include "ReservationPushApplier.h"
#include "ScopePlanApplier.h"
#include "ScopePlanner.h"
#include "SyncPlanner.h"

#include "config/EffectiveSettings.h"
#include "net/CancellationToken.h"
#include "net/netbox/NetBoxBatching.h"
#include "net/psu/PsuScriptVersion.h"
#include "store/Database.h"
#include "store/DhcpCacheRepository.h"
#include "store/FailoverRepository.h"
#include "store/JobRepository.h"
#include "store/LeaseInfoRepository.h"
#include "store/PendingRemovalRepository.h"
#include "store/RelabelRepository.h"
#include "store/ScopeReadRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroFuture>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace leaselink::sync {

namespace {

// NetBox's prefix filter takes repeated `prefix=` values; this many keep the request line short.
constexpr int PrefixesPerRequest = 100;

QString serverList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

JobLogLevel levelOf(PlanLogLevel level)
{
    switch (level) {
    case PlanLogLevel::Info:
        return JobLogLevel::Info;
    case PlanLogLevel::Warning:
        return JobLogLevel::Warning;
    case PlanLogLevel::Error:
        return JobLogLevel::Error;
    }
    return JobLogLevel::Info;
}

QString lockHolderText(const SyncLockHolder &holder)
{
    return QStringLiteral("%1 (process %2 on %3, since %4)")
        .arg(holder.owner.description.isEmpty() ? QStringLiteral("another LeaseLink run")
                                                : holder.owner.description)
        .arg(holder.owner.pid)
        .arg(holder.owner.host, holder.acquiredAt.toUTC().toString(Qt::ISODate));
}

CachedLease cachedLease(std::int64_t serverId, const PsuLease &lease)
{
    CachedLease out;
    out.serverId = serverId;
    out.scopeId = lease.scopeId;
    out.address = lease.ipAddress;
    out.clientId = canonicalClientIdOrRaw(lease.clientId); // the form NetBox gets (C-18)
    out.hostname = lease.hostname;
    out.expiry = lease.leaseExpiry.value_or(QDateTime());
    out.state = lease.state == PsuLeaseState::ActiveReservation
                    ? QStringLiteral("ActiveReservation")
                    : QStringLiteral("Active");
    return out;
}

CachedReservation cachedReservation(std::int64_t serverId, const PsuReservation &reservation)
{
    CachedReservation out;
    out.serverId = serverId;
    out.scopeId = reservation.scopeId;
    out.address = reservation.ipAddress;
    out.clientId = canonicalClientIdOrRaw(reservation.clientId);
    out.name = reservation.name;
    out.description = reservation.description;
    out.type = PsuClient::typeName(reservation.type);
    return out;
}

// The part of a combined plan that belongs to one server (each server gets its own changelog
// message and its own side-info transaction).
SyncPlan planForServer(const SyncPlan &plan, std::int64_t serverId)
{
    SyncPlan out;
    for (const IpChange &change : plan.ipChanges) {
        if (change.origin.serverId == serverId)
            out.ipChanges << change;
    }
    for (const SideInfoChange &change : plan.sideInfoChanges) {
        if (change.origin.serverId == serverId)
            out.sideInfoChanges << change;
    }
    for (const ScopeReadResult &read : plan.scopeReads)
        out.scopeReads << read;
    return out;
}

QString changeVerb(IpChangeKind kind)
{
    switch (kind) {
    case IpChangeKind::Create:
        return QStringLiteral("create");
    case IpChangeKind::Update:
        return QStringLiteral("update");
    case IpChangeKind::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

HealthOutcome outcomeOf(const ServerHealth &health)
{
    HealthOutcome outcome;
    outcome.healthy = health.healthy;
    outcome.error = health.error;
    return outcome;
}

ItemFailure itemFailure(const QString &server, const QString &what, const QString &cause)
{
    ItemFailure failure;
    failure.server = server;
    failure.what = what;
    failure.cause = cause;
    return failure;
}

QString modeText(bool dryRun)
{
    if (dryRun)
        return QStringLiteral("Dry run");
    return QStringLiteral("Sync");
}

} // namespace

SyncRun::SyncRun(SyncJobContext context, SyncRequest request, JobLog &log,
                 CancellationToken &cancel, ProgressSink progress)
    : m_context(std::move(context))
    , m_request(std::move(request))
    , m_log(log)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
    , m_connections(*m_context.database, *m_context.secrets, m_context.overrides,
                    m_context.netBoxOptions, m_context.tuneSession)
{
    if (!m_context.clock)
        m_context.clock = [] { return QDateTime::currentDateTimeUtc(); };
    const QString description = m_request.trigger.isEmpty()
                                    ? QStringLiteral("LeaseLink sync")
                                    : QStringLiteral("LeaseLink sync (%1)").arg(m_request.trigger);
    m_lockOwner = SyncLockOwner::forThisProcess(description);
    m_result.dryRun = m_request.dryRun;
    m_recordNothing = m_request.dryRun;
}

SyncRun::~SyncRun()
{
    releaseLocks();
}

void SyncRun::progress(const QString &phase, const QString &server, qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(SyncProgress{phase, server, done, total});
}

void SyncRun::fail(const QString &runError)
{
    m_result.runErrors << runError;
    m_log.error(QString(), runError);
}

void SyncRun::addCount(const QString &key, qint64 by)
{
    m_result.counts.insert(key, m_result.counts.value(key).toInteger() + by);
}

bool SyncRun::cancelled() const
{
    return m_cancel.isCancelled();
}

ServerRunState *SyncRun::stateOf(std::int64_t serverId)
{
    for (ServerRunState &state : m_states) {
        if (state.server.id == serverId)
            return &state;
    }
    return nullptr;
}

void SyncRun::heartbeat()
{
    if (!m_locked.isEmpty())
        (void)SyncLockRepository(*m_context.database).heartbeat(m_lockOwner, m_context.clock());
}

void SyncRun::abortReads()
{
    for (ServerRunState &state : m_states) {
        if (state.client)
            state.client->session().cancelAll();
    }
}

void SyncRun::abortEverything()
{
    abortReads();
    if (m_netBox)
        m_netBox->session().cancelAll();
}

// --- local state ------------------------------------------------------------------------

bool SyncRun::loadLocalState()
{
    Database &db = *m_context.database;
    auto stored = SettingsRepository(db).get();
    auto servers = ServerRepository(db).list();
    auto failovers = FailoverRepository(db).list();
    auto scopes = ScopeRepository(db).list();
    for (const QString &error : {stored ? QString() : stored.error().message,
                                 servers ? QString() : servers.error().message,
                                 failovers ? QString() : failovers.error().message,
                                 scopes ? QString() : scopes.error().message}) {
        if (!error.isEmpty()) {
            fail(QStringLiteral("Cannot read the local store: %1").arg(error));
            return false;
        }
    }
    // SYN-02: one effective snapshot of the settings for the whole run.
    const EffectiveSettings effective(*stored, m_context.overrides);
    m_settings = effective.effective();
    for (const QString &problem : effective.problems())
        m_log.warning(QString(), QStringLiteral("Configuration file: %1").arg(problem));
    for (const SettingOverride &forced : effective.forcedSettings()) {
        m_log.info(QString(),
                   QStringLiteral("%1 = %2 (forced by %3)")
                       .arg(forced.settingKey,
                            forced.value ? QStringLiteral("true") : QStringLiteral("false"),
                            forced.sourcePath));
    }
    m_servers = *servers;
    m_failovers = *failovers;
    m_scopes = *scopes;
    for (const Scope &scope : m_scopes)
        m_result.scopeNames.insert(scope.id, scope.name);
    return true;
}

bool SyncRun::resolveTargets()
{
    if (m_request.kind == SyncRequest::Kind::AllServers) {
        m_kind = SyncJobKind::AllServers;
        for (const Server &server : m_servers)
            m_targets << server.id;
        return true;
    }
    m_kind = SyncJobKind::SingleServer;
    QStringList unknown;
    for (const QString &name : m_request.serverNames) {
        const auto found = std::find_if(m_servers.cbegin(), m_servers.cend(),
                                        [&](const Server &s) { return s.name == name; });
        if (found == m_servers.cend())
            unknown << name;
        else if (!m_targets.contains(found->id))
            m_targets << found->id;
    }
    if (!unknown.isEmpty()) {
        m_result.usageError = true;
        fail(QStringLiteral("No DHCP server named %1 (see `leaselink-cli servers list`)")
                 .arg(serverList(unknown)));
        return false;
    }
    return true;
}

// C-21 / O-23: one run at a time per server, across every LeaseLink process on this data
// directory. A busy server is refused with the other run's description; a dry run writes
// nothing, so it takes no lock.
QList<std::int64_t> SyncRun::takeLocks(const QList<std::int64_t> &serverIds)
{
    if (m_request.dryRun && m_recordNothing)
        return serverIds;
    QList<std::int64_t> granted;
    SyncLockRepository locks(*m_context.database);
    for (std::int64_t id : serverIds) {
        const auto server = std::find_if(m_servers.cbegin(), m_servers.cend(),
                                         [&](const Server &s) { return s.id == id; });
        const QString name = server == m_servers.cend() ? QString::number(id) : server->name;
        const auto attempt = locks.acquire(id, m_lockOwner, m_context.clock());
        if (!attempt) {
            fail(QStringLiteral("%1: cannot take the sync lock: %2")
                     .arg(name, attempt.error().message));
            continue;
        }
        if (!attempt->acquired) {
            m_result.busy = true;
            const QString holder = attempt->holder ? lockHolderText(*attempt->holder)
                                                   : QStringLiteral("another LeaseLink run");
            fail(QStringLiteral("%1 is busy: it is being synced by %2; try again when that run "
                                "has finished")
                     .arg(name, holder));
            continue;
        }
        m_locked << id;
        granted << id;
    }
    return granted;
}

void SyncRun::releaseLocks()
{
    if (m_locked.isEmpty())
        return;
    (void)SyncLockRepository(*m_context.database).releaseAll(m_lockOwner);
    m_locked.clear();
}

// --- health and selection -------------------------------------------------------------------

QCoro::Task<bool> SyncRun::healthAndSelection()
{
    progress(QStringLiteral("health check"));
    const HealthCheckPlan checks = ServerSelectionRules::serversToHealthCheck(
        m_kind, m_targets, m_servers, m_failovers, m_scopes);
    for (const QString &line : checks.log)
        m_log.info(QString(), line);
    for (const QString &refusal : checks.refusals)
        fail(refusal);

    const QList<std::int64_t> locked = takeLocks(checks.serverIds);
    // A busy server is neither checked nor synced by this run.
    QList<std::int64_t> busy;
    for (std::int64_t id : checks.serverIds) {
        if (!locked.contains(id))
            busy << id;
    }
    for (std::int64_t id : busy)
        m_targets.removeAll(id);

    QList<Server> toCheck;
    for (const Server &server : m_servers) {
        if (locked.contains(server.id))
            toCheck << server;
    }
    // C-07 / G-4: POST /health only when this run could push.
    const bool wouldPush = m_settings.pushReservations || m_settings.pushScopeInfo;
    HealthPhase phase(*m_context.database, m_connections, m_log);
    const QHash<std::int64_t, ServerHealth> health =
        co_await phase.run(toCheck, wouldPush, !m_recordNothing, m_now);
    m_healthChecked = toCheck;
    m_health = health;
    m_healthCheckedAccess = wouldPush;

    QHash<std::int64_t, HealthOutcome> outcomes;
    for (auto it = health.begin(); it != health.end(); ++it)
        outcomes.insert(it.key(), outcomeOf(*it));
    const ServerSelection selection = ServerSelectionRules::selectServers(
        m_kind, m_targets, m_servers, m_failovers, m_scopes, outcomes);
    for (const QString &line : selection.log)
        m_log.info(QString(), line);
    for (const QString &error : selection.runErrors)
        fail(error);

    ServerRepository serverRepository(*m_context.database);
    for (const ServerSelectionEntry &entry : selection.servers) {
        PlannedServer planned;
        planned.serverId = entry.serverId;
        planned.name = entry.serverName;
        planned.synced = entry.sync;
        if (!entry.sync) {
            planned.skipReason = ServerSelectionRules::skipReasonText(entry.skipReason);
            // G-2 / SYN-03.3 amended: an unreachable server's part failed; last_sync_at stays.
            if (entry.skipReason == ServerSkipReason::Unreachable)
                m_result.unreachable = true;
            if (entry.skipReason == ServerSkipReason::Unreachable) {
                const QString why = outcomes.value(entry.serverId).error;
                if (m_recordNothing)
                    m_unreachableErrors.insert(entry.serverId, why);
                else
                    (void)serverRepository.recordSyncError(entry.serverId, why);
            }
            addCount(QStringLiteral("servers_skipped"), 1);
            m_result.servers << planned;
            continue;
        }
        const auto server = std::find_if(m_servers.cbegin(), m_servers.cend(),
                                         [&](const Server &s) { return s.id == entry.serverId; });
        if (server == m_servers.cend())
            continue;
        ServerRunState state;
        state.server = *server;
        state.entry = entry;
        const ServerHealth found = health.value(entry.serverId);
        state.client = found.client;
        state.scriptVersion = found.scriptVersion;
        state.writerConfirmed = found.access && *found.access == AccessLevel::Writer;
        if (!state.client) {
            fail(
                QStringLiteral("%1 sync error: no client after a healthy check").arg(server->name));
            continue;
        }
        m_states << state;
        m_result.servers << planned;
    }
    co_return !m_states.isEmpty();
}

// --- NetBox ---------------------------------------------------------------------------------

QCoro::Task<bool> SyncRun::connectNetBox()
{
    progress(QStringLiteral("connecting to NetBox"));
    auto built = co_await m_connections.netBox();
    if (!built) {
        const QString why = built.error;
        m_result.unreachable = true;
        for (ServerRunState &state : m_states)
            state.readErrors << QStringLiteral("NetBox: ") + why;
        fail(QStringLiteral("NetBox: %1").arg(why));
        co_return false;
    }
    m_netBox = std::move(built.client);
    // The client id custom field carries the DHCP client id of every IP the sync writes. A dry
    // run only checks for it.
    const bool create = !m_recordNothing;
    const auto field = co_await m_netBox->ensureClientIdCustomField(create);
    if (!field) {
        const QString why = field.error().toString();
        for (ServerRunState &state : m_states)
            state.readErrors << QStringLiteral("NetBox custom field: ") + why;
        fail(QStringLiteral("NetBox: the %1 custom field: %2")
                 .arg(QString::fromLatin1(NetBoxClient::ClientIdField), why));
        co_return false;
    }
    // C-11: NetBox refuses every IP write that names a tag it does not have, so a configured
    // invalid-hostname tag is checked first and left out of this run when it is missing.
    if (!m_settings.invalidHostnameTagSlug.isEmpty()) {
        QUrlQuery filter;
        filter.addQueryItem(QStringLiteral("slug"), m_settings.invalidHostnameTagSlug);
        const QStringList fields{QStringLiteral("id"), QStringLiteral("slug")};
        const auto tags =
            co_await m_netBox->listAll(QStringLiteral("/extras/tags/"), filter, fields);
        if (!tags || tags->isEmpty()) {
            QString why = QStringLiteral("NetBox has no tag with that slug");
            if (!tags)
                why = tags.error().toString();
            m_log.warning(QString(), QStringLiteral("The invalid-hostname tag '%1' is not used in "
                                                    "this run: %2")
                                         .arg(m_settings.invalidHostnameTagSlug, why));
            m_settings.invalidHostnameTagSlug.clear();
        }
    }
    co_return true;
}

QList<Scope> SyncRun::scopesOfRun() const
{
    QSet<std::int64_t> serverIds;
    for (const ServerRunState &state : m_states)
        serverIds.insert(state.server.id);
    QSet<std::int64_t> failoverIds;
    for (const Failover &failover : m_failovers) {
        if (serverIds.contains(failover.primaryServerId) ||
            serverIds.contains(failover.secondaryServerId))
            failoverIds.insert(failover.id);
    }
    QList<Scope> out;
    for (const Scope &scope : m_scopes) {
        if ((scope.serverId && serverIds.contains(*scope.serverId)) ||
            (scope.failoverId && failoverIds.contains(*scope.failoverId)))
            out << scope;
    }
    return out;
}

QCoro::Task<bool> SyncRun::readNetBox()
{
    progress(QStringLiteral("reading NetBox"));
    NetBoxSnapshotRequest request;
    request.scopes = scopesOfRun();
    request.protectTagSlug = m_settings.syncProtectTagSlug;
    request.requiredStatuses << m_settings.leaseStatus << m_settings.reservationStatus;
    NetBoxSnapshotReader reader(*m_netBox);
    NetBoxSnapshotRead read = co_await reader.read(request);
    for (const QString &warning : read.warnings)
        m_log.warning(QString(), warning);
    for (const MissingPrefix &missing : read.missingPrefixes) {
        m_log.warning(QString(),
                      QStringLiteral("Scope %1: %2")
                          .arg(m_result.scopeNames.value(missing.localScopeId), missing.reason));
    }
    m_unusableScopes = read.unusableScopeIds();
    // G-2: a failed NetBox read for a server's prefixes fails that server's part.
    for (const NetBoxReadFailure &failure : read.failures) {
        const QString text = QStringLiteral("NetBox read: ") + failure.cause;
        m_log.error(QString(), text);
        for (ServerRunState &state : m_states) {
            bool affected = failure.whole;
            for (const Scope &scope : request.scopes) {
                if (affected)
                    break;
                if (!failure.localScopeIds.contains(scope.id))
                    continue;
                if (scope.serverId && *scope.serverId == state.server.id)
                    affected = true;
                for (const Failover &failover : m_failovers) {
                    if (scope.failoverId && *scope.failoverId == failover.id &&
                        (failover.primaryServerId == state.server.id ||
                         failover.secondaryServerId == state.server.id))
                        affected = true;
                }
            }
            if (affected && !state.readErrors.contains(text))
                state.readErrors << text;
        }
    }
    const bool whole = read.wholeFailed();
    m_netBoxRead = std::make_unique<NetBoxSnapshotRead>(std::move(read));
    co_return !whole;
}

// Scope discovery (SYN-11, C-05) needs the NetBox prefixes of reported networks that have no
// local scope yet: an existing prefix is used, never duplicated.
QCoro::Task<QList<NetBoxPrefix>> SyncRun::discoveryPrefixes()
{
    QList<NetBoxPrefix> out;
    if (!m_settings.scopeDiscovery || m_settings.pushScopeInfo)
        co_return out;
    QSet<quint32> known;
    for (const Scope &scope : m_scopes)
        known.insert(scope.prefix.network().toUInt());
    QStringList wanted;
    for (const ServerRunState &state : m_states) {
        for (const RemoteScopeRead &remote : state.scopeList.scopes) {
            if (known.contains(remote.scope.scopeId.toUInt()))
                continue;
            const auto cidr =
                Ipv4Prefix::fromAddressAndMask(remote.scope.scopeId, remote.scope.subnetMask);
            if (cidr && !wanted.contains(cidr->toString()))
                wanted << cidr->toString();
        }
    }
    for (qsizetype i = 0; i < wanted.size(); i += PrefixesPerRequest) {
        QUrlQuery query;
        const QStringList chunk = wanted.mid(i, PrefixesPerRequest);
        for (const QString &cidr : chunk)
            query.addQueryItem(QStringLiteral("prefix"), cidr);
        const auto page = co_await m_netBox->prefixes(query);
        if (!page) {
            // Without knowing which prefixes exist, a new scope could duplicate one: discovery
            // waits for the next run.
            const QString why = page.error().toString();
            m_log.error(QString(),
                        QStringLiteral("NetBox prefixes for scope discovery could not be "
                                       "read (%1): no scope is auto-created in this run")
                            .arg(why));
            m_settings.scopeDiscovery = false;
            for (ServerRunState &state : m_states)
                state.readErrors << QStringLiteral("NetBox prefixes: ") + why;
            out.clear();
            co_return out;
        }
        out << *page;
    }
    co_return out;
}

// --- PSU reads --------------------------------------------------------------------------------

QCoro::Task<void> SyncRun::readScopeLists()
{
    progress(QStringLiteral("reading scopes"), QString(), 0, m_states.size());
    const bool withFailovers = m_settings.scopeDiscovery && !m_settings.pushScopeInfo;
    std::vector<QCoro::Task<ScopeListRead>> reads;
    reads.reserve(size_t(m_states.size()));
    for (ServerRunState &state : m_states) {
        reads.push_back(ServerReads::readScopeList(*state.client, m_settings.syncActiveScopesOnly,
                                                   withFailovers));
    }
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        ServerRunState &state = m_states[i];
        state.scopeList = co_await std::move(reads[size_t(i)]);
        for (const QString &error : state.scopeList.errors) {
            m_log.error(state.server.name, error);
            state.readErrors << error;
        }
        m_log.info(state.server.name,
                   QStringLiteral("%1 scopes reported").arg(state.scopeList.scopes.size()));
        progress(QStringLiteral("reading scopes"), state.server.name, i + 1, m_states.size());
    }
}

void SyncRun::planScopes(const QList<NetBoxPrefix> &extraPrefixes)
{
    progress(QStringLiteral("planning scopes"));
    Database &db = *m_context.database;
    const auto pending = PendingRemovalRepository(db).list();
    QList<NetBoxPrefix> prefixes = m_netBoxRead->snapshot.prefixes;
    prefixes << extraPrefixes;
    ScopeRepository scopes(db);
    for (ServerRunState &state : m_states) {
        ScopePlanInputs in;
        in.server = state.server;
        in.servers = m_servers;
        in.scopeListReadFailed = state.scopeList.scopeListFailed;
        in.remoteScopes = state.scopeList.scopes;
        in.remoteFailovers = state.scopeList.failovers;
        in.localScopes = m_scopes;
        for (const Scope &scope : m_scopes) {
            const auto exclusions = scopes.exclusions(scope.id);
            if (exclusions)
                in.localExclusions.insert(scope.id, *exclusions);
        }
        in.failovers = m_failovers;
        in.fallbackFailoverIds = state.entry.fallbackFailoverIds;
        in.prefixes = prefixes;
        in.settings = m_settings;
        in.scriptVersion = state.scriptVersion;
        in.writerConfirmed = state.writerConfirmed;
        if (pending)
            in.pendingRemovals = *pending;
        in.now = m_now;
        state.scopePlan = ScopePlanner::plan(in);
        for (const PlanLogLine &line : state.scopePlan.log)
            m_log.add(levelOf(line.level), state.server.name, line.text);
        for (const ScopeReport &report : state.scopePlan.reports)
            m_log.warning(state.server.name, report.text);
    }
}

QCoro::Task<void> SyncRun::readIpData()
{
    progress(QStringLiteral("reading leases and reservations"), QString(), 0, m_states.size());
    std::vector<QCoro::Task<IpDataRead>> reads;
    reads.reserve(size_t(m_states.size()));
    for (ServerRunState &state : m_states) {
        QList<Ipv4Address> networks;
        QList<Ipv4Address> reservationsOnly;
        // Only what the IP sync will use: eligible scopes whose NetBox side is usable.
        if (m_settings.syncIpAddresses && !state.scopeList.scopeListFailed) {
            // C-08: updates by MAC on scripts below 2.0.0 need every reported scope's
            // reservations to know that a MAC is reserved exactly once.
            const bool everyReservation = m_settings.pushReservations && state.writerConfirmed &&
                                          !PsuScriptVersion::supportsBulk(state.scriptVersion);
            for (const ScopeMatch &match : state.scopePlan.matches) {
                if (match.eligible && match.localScopeId != 0 &&
                    !m_unusableScopes.contains(match.localScopeId))
                    networks << match.network;
                else if (everyReservation)
                    reservationsOnly << match.network;
            }
        }
        reads.push_back(ServerReads::readIpData(*state.client, networks, reservationsOnly));
    }
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        ServerRunState &state = m_states[i];
        state.ipData = co_await std::move(reads[size_t(i)]);
        for (const QString &error : state.ipData.errors) {
            m_log.error(state.server.name, error);
            state.readErrors << error;
        }
        qint64 leases = 0;
        qint64 reservations = 0;
        for (const auto &read : std::as_const(state.ipData.leases))
            leases += read.items.size();
        for (const auto &read : std::as_const(state.ipData.reservations))
            reservations += read.items.size();
        addCount(QStringLiteral("leases_read"), leases);
        addCount(QStringLiteral("reservations_read"), reservations);
        m_log.info(
            state.server.name,
            QStringLiteral("%1 leases and %2 reservations read").arg(leases).arg(reservations));
        progress(QStringLiteral("reading leases and reservations"), state.server.name, i + 1,
                 m_states.size());
    }
}

QCoro::Task<void> SyncRun::planIps()
{
    progress(QStringLiteral("planning IP addresses"));
    Database &db = *m_context.database;
    SyncInputs inputs;
    for (const ServerRunState &state : m_states) {
        DhcpServerSnapshot server;
        server.serverId = state.server.id;
        server.serverName = state.server.name;
        server.scopeListReadFailed = state.scopeList.scopeListFailed;
        server.scriptVersion = state.scriptVersion;
        server.writerConfirmed = state.writerConfirmed;
        for (const ScopeMatch &match : state.scopePlan.matches) {
            if (!match.eligible || match.localScopeId == 0 ||
                m_unusableScopes.contains(match.localScopeId) ||
                !state.ipData.leases.contains(match.network)) {
                // C-08 on scripts below 2.0.0: the reservations of every reported scope count
                // for "reserved exactly once" (only their reservations were read).
                if (state.ipData.reservations.contains(match.network) &&
                    !state.ipData.leases.contains(match.network)) {
                    DhcpScopeSnapshot other;
                    for (const RemoteScopeRead &remote : state.scopeList.scopes) {
                        if (remote.scope.scopeId == match.network)
                            other.scope = remote.scope;
                    }
                    other.reservations = state.ipData.reservations.value(match.network);
                    server.scopes << other;
                }
                continue;
            }
            DhcpScopeSnapshot scope;
            for (const RemoteScopeRead &remote : state.scopeList.scopes) {
                if (remote.scope.scopeId == match.network)
                    scope.scope = remote.scope;
            }
            scope.localScopeId = match.localScopeId;
            scope.viaFallback = match.viaFallback;
            scope.leases = state.ipData.leases.value(match.network);
            scope.reservations = state.ipData.reservations.value(match.network);
            server.scopes << scope;
        }
        inputs.dhcp.servers << server;
    }
    inputs.netBox = m_netBoxRead->snapshot;
    inputs.localScopes = m_scopes;
    if (auto sideInfo = LeaseInfoRepository(db).loadSideInfo())
        inputs.sideInfoByIpId = *sideInfo;
    else
        m_log.warning(
            QString(),
            QStringLiteral("Lease side-info could not be read: %1").arg(sideInfo.error().message));
    if (auto reads = ScopeReadRepository(db).loadAll())
        inputs.previousReads = *reads;
    if (auto pending = RelabelRepository(db).pendingScopeIds())
        inputs.relabelPendingScopeIds = *pending;
    inputs.settings = m_settings;
    inputs.now = m_now;
    // The planner is a pure function of its inputs: on a 100k-lease estate it takes long enough
    // to freeze a window, so it runs on a pool thread with its own copy of the inputs (the
    // future keeps them alive even if this run is abandoned meanwhile).
    QElapsedTimer planning;
    planning.start();
    QFuture<SyncPlan> planned =
        QtConcurrent::run([inputs = std::move(inputs)] { return SyncPlanner::plan(inputs); });
    SyncPlan plan = co_await planned;
    m_result.ipPlan = std::move(plan);
    m_log.info(QString(), QStringLiteral("IP plan made in %1 ms").arg(planning.elapsed()));

    QHash<std::int64_t, QString> names;
    for (const ServerRunState &state : m_states)
        names.insert(state.server.id, state.server.name);
    for (const PlanLogLine &line : m_result.ipPlan.log)
        m_log.add(levelOf(line.level), names.value(line.origin.serverId), line.text);
    for (const SkippedItem &skipped : m_result.ipPlan.skipped) {
        const QString address =
            skipped.address ? skipped.address->toString() + QStringLiteral(": ") : QString();
        m_log.debug(names.value(skipped.origin.serverId),
                    QStringLiteral("skipped %1%2 (%3)").arg(address, skipped.reason, skipped.rule));
    }
}

// --- discovery ------------------------------------------------------------------------------

// Returns whether anything was created.
QCoro::Task<bool> SyncRun::createDiscovered()
{
    bool any = false;
    QSet<QString> created; // "owner|network": a pair's scopes are created once
    for (ServerRunState &state : m_states) {
        if (state.scopePlan.toCreate.isEmpty() && state.scopePlan.failoversToCreate.isEmpty())
            continue;
        progress(QStringLiteral("creating discovered scopes"), state.server.name);
        const QString name = state.server.name;
        JobLog &log = m_log;
        Importer importer(
            *m_context.database, *state.client, m_netBox.get(), m_settings,
            [&log, name](const ImportLogLine &line) { log.add(line.level, name, line.text); });
        for (const FailoverToCreate &failover : state.scopePlan.failoversToCreate) {
            const FailoverImportOutcome outcome = co_await importer.importFailover(failover);
            for (const ImportLogLine &line : outcome.log)
                m_log.add(line.level, name, line.text);
            if (outcome.failoverId == 0) {
                m_result.failures << itemFailure(
                    name, QStringLiteral("create failover ") + failover.remote.name, outcome.error);
                continue;
            }
            if (outcome.created) {
                addCount(QStringLiteral("failovers_created"), 1);
                any = true;
            }
        }
        for (const ScopeToCreate &scope : state.scopePlan.toCreate) {
            if (cancelled())
                co_return any;
            QString owner = scope.failoverToCreate;
            if (scope.failoverId)
                owner = QString::number(*scope.failoverId);
            else if (scope.serverId)
                owner = QStringLiteral("server ") + QString::number(*scope.serverId);
            const QString key = owner + QLatin1Char('|') + scope.remote.scopeId.toString();
            if (created.contains(key))
                continue;
            created.insert(key);
            const ScopeImportOutcome outcome = co_await importer.importScope(scope);
            for (const ImportLogLine &line : outcome.log)
                m_log.add(line.level, name, line.text);
            if (outcome.scopeId == 0) {
                const QString what = QStringLiteral("create scope %1 (%2)")
                                         .arg(scope.remote.name, scope.remote.scopeId.toString());
                m_result.failures << itemFailure(name, what, outcome.error);
                continue;
            }
            addCount(QStringLiteral("prefixes_created"), outcome.counts.prefixes.created);
            // A scope whose options or exclusions could not be read is taken back, so the next
            // run creates it whole (nothing else would read them again); its prefix stays and
            // is found again. The failed read fails this server's part (G-2).
            QString readError;
            for (const ImportLogLine &line : outcome.log) {
                if (line.level == JobLogLevel::Error && readError.isEmpty())
                    readError = line.text;
            }
            if (!readError.isEmpty()) {
                (void)ScopeRepository(*m_context.database).remove(outcome.scopeId);
                state.readErrors << QStringLiteral("creating scope %1: %2")
                                        .arg(scope.remote.scopeId.toString(), readError);
                m_log.warning(name, QStringLiteral("Scope %1 was not kept; the next run creates "
                                                   "it again")
                                        .arg(scope.remote.scopeId.toString()));
                continue;
            }
            any = true;
            addCount(QStringLiteral("scopes_created"), 1);
        }
    }
    co_return any;
}

bool SyncRun::reloadLocalScopes()
{
    auto scopes = ScopeRepository(*m_context.database).list();
    auto failovers = FailoverRepository(*m_context.database).list();
    if (!scopes || !failovers) {
        const QString why = scopes ? failovers.error().message : scopes.error().message;
        fail(QStringLiteral("Cannot read the local store: %1").arg(why));
        return false;
    }
    m_scopes = *scopes;
    m_failovers = *failovers;
    for (const Scope &scope : m_scopes)
        m_result.scopeNames.insert(scope.id, scope.name);
    return true;
}

// --- apply ----------------------------------------------------------------------------------

// Side-info rows whose NetBox IP is gone: a run killed between its NetBox deletes and the
// side-info transaction leaves them behind. Only decided on a complete NetBox read, and only
// for addresses inside the prefixes that read covered (where the IP would have been seen).
void SyncRun::removeOrphanSideInfo()
{
    if (!m_netBoxRead || !m_netBoxRead->ok())
        return;
    QSet<std::int64_t> present;
    for (const NetBoxIpAddress &ip : m_netBoxRead->snapshot.ipAddresses)
        present.insert(ip.id);
    QList<Ipv4Prefix> covered;
    for (const Scope &scope : scopesOfRun()) {
        if (!m_unusableScopes.contains(scope.id))
            covered << scope.prefix;
    }
    LeaseInfoRepository repository(*m_context.database);
    const auto rows = repository.list();
    if (!rows)
        return;
    QList<std::int64_t> orphans;
    for (const LeaseInfo &row : *rows) {
        if (present.contains(row.netboxIpId))
            continue;
        const auto address = Ipv4Address::parse(row.address);
        if (!address)
            continue;
        const bool inside = std::any_of(covered.cbegin(), covered.cend(),
                                        [&](const Ipv4Prefix &p) { return p.contains(*address); });
        if (inside)
            orphans << row.netboxIpId;
    }
    if (orphans.isEmpty())
        return;
    if (auto removed = repository.removeMany(orphans); removed) {
        addCount(QStringLiteral("side_info_orphans_removed"), *removed);
        m_log.info(QString(), QStringLiteral("%1 lease side-info rows of NetBox IPs that no longer "
                                             "exist were removed")
                                  .arg(*removed));
    }
}

QCoro::Task<void> SyncRun::apply()
{
    removeOrphanSideInfo();
    for (const QString &key : {QStringLiteral("ip_created"), QStringLiteral("ip_updated"),
                               QStringLiteral("ip_deleted"), QStringLiteral("scope_fields_pulled"),
                               QStringLiteral("scopes_deleted"), QStringLiteral("scopes_pushed")})
        m_result.counts.remove(key);
    qint64 done = 0;
    const qint64 limitMs = timeLimit().count();
    for (ServerRunState &state : m_states) {
        if (cancelled())
            break;
        progress(QStringLiteral("writing"), state.server.name, done, m_states.size());
        // SYN-38: before each server, the time used and the budget left.
        const qint64 elapsedMs = m_elapsed.elapsed();
        m_log.info(state.server.name,
                   QStringLiteral("%1 s elapsed, %2 s of the %3 s limit left")
                       .arg(double(elapsedMs) / 1000.0, 0, 'f', 1)
                       .arg(double(qMax<qint64>(0, limitMs - elapsedMs)) / 1000.0, 0, 'f', 1)
                       .arg(double(limitMs) / 1000.0, 0, 'f', 0));
        co_await applyServer(state);
        ++done;
    }
    // C-14: the scopes whose IPs were relabelled in this run are done.
    if (!cancelled() && !m_result.ipPlan.relabelledScopeIds.isEmpty())
        (void)RelabelRepository(*m_context.database)
            .markRelabelled(m_result.ipPlan.relabelledScopeIds);
}

QCoro::Task<void> SyncRun::applyServer(ServerRunState &state)
{
    Database &db = *m_context.database;
    const QString name = state.server.name;

    // NetBox IP addresses and side-info (the plan already left out failed reads, N-3).
    SyncPlan plan = planForServer(m_result.ipPlan, state.server.id);
    QList<ScopeReadResult> reads;
    for (const ScopeReadResult &read : plan.scopeReads) {
        for (const ScopeMatch &match : state.scopePlan.matches) {
            if (match.localScopeId == read.localScopeId && match.eligible)
                reads << read;
        }
    }
    plan.scopeReads.clear();
    PlanApplyOptions options;
    options.changelogMessage = NetBoxBatching::changelogMessage(QStringLiteral("sync"), name);
    PlanApplier applier(*m_netBox, db);
    const PlanApplyResult applied = co_await applier.apply(plan, options, &m_cancel);
    addCount(QStringLiteral("ip_created"), applied.created);
    addCount(QStringLiteral("ip_updated"), applied.updated);
    addCount(QStringLiteral("ip_deleted"), applied.deleted);
    addCount(QStringLiteral("ip_failed"), applied.failures.size());
    addCount(QStringLiteral("side_info_written"), applied.sideInfoUpserted);
    addCount(QStringLiteral("side_info_deleted"), applied.sideInfoDeleted);
    for (const ApplyFailure &failure : applied.failures) {
        const QString what =
            changeVerb(failure.kind) + QLatin1Char(' ') + failure.key.host.toString();
        m_result.failures << itemFailure(name, what, failure.cause);
        m_log.error(name, QStringLiteral("%1 failed: %2").arg(what, failure.cause));
    }
    if (!applied.storeError.isEmpty()) {
        m_result.failures << itemFailure(name, QStringLiteral("lease side-info"),
                                         applied.storeError);
        m_log.error(name, QStringLiteral("Lease side-info not saved: %1").arg(applied.storeError));
    }
    m_log.info(name, QStringLiteral("NetBox: %1 created, %2 updated, %3 deleted, %4 failed")
                         .arg(applied.created)
                         .arg(applied.updated)
                         .arg(applied.deleted)
                         .arg(applied.failures.size()));
    if (applied.cancelled) {
        m_log.warning(name, QStringLiteral("Stopped: %1 NetBox writes left for the next run")
                                .arg(applied.notAttempted));
        co_return;
    }

    // Push Reservations (B.10) after the NetBox writes (SYN-14 step 2); the planner already
    // gated them on a confirmed writer token and a known script (C-07, O-4, C-12).
    const QList<ReservationPush> pushes =
        ReservationPushApplier::forServer(m_result.ipPlan.reservationPushes, state.server.id);
    if (!pushes.isEmpty()) {
        const ReservationPushResult pushed =
            co_await ReservationPushApplier::apply(*state.client, pushes, &m_cancel);
        addCount(QStringLiteral("reservations_pushed"), pushed.created + pushed.updated);
        addCount(QStringLiteral("reservations_push_failed"), pushed.failed);
        for (const ReservationPushFailure &failure : pushed.failures) {
            m_result.failures << itemFailure(name, failure.what, failure.cause);
            m_log.error(name, QStringLiteral("%1 failed: %2").arg(failure.what, failure.cause));
        }
        m_log.info(name, QStringLiteral("Reservations pushed: %1 created, %2 updated, %3 failed")
                             .arg(pushed.created)
                             .arg(pushed.updated)
                             .arg(pushed.failed));
    }

    // Scope part: local pulls in one transaction, then the pushes (only when writable).
    ScopePlanApplier scopeApplier(db, *state.client);
    const ScopeApplyResult scopes = co_await scopeApplier.apply(state.scopePlan);
    addCount(QStringLiteral("scope_fields_pulled"), scopes.fieldsPulled);
    addCount(QStringLiteral("exclusions_created"), scopes.localExclusionsCreated);
    addCount(QStringLiteral("exclusions_deleted"), scopes.localExclusionsDeleted);
    addCount(QStringLiteral("scopes_deleted"), scopes.scopesDeleted);
    addCount(QStringLiteral("scopes_pushed"),
             scopes.scopesUpdatedOnServer + scopes.scopesCreatedOnServer);
    addCount(QStringLiteral("exclusions_pushed"),
             scopes.exclusionsCreatedOnServer + scopes.exclusionsDeletedOnServer);
    for (const ScopeApplyFailure &failure : scopes.failures) {
        m_result.failures << itemFailure(name, failure.what, failure.cause);
        m_log.error(name, QStringLiteral("%1 failed: %2").arg(failure.what, failure.cause));
    }

    writeCache(state);

    // C-01: the read records of this server's scopes, for the next run's comparison.
    QHash<std::int64_t, ScopeReadRecord> records;
    for (const ScopeReadResult &read : reads)
        records.insert(read.localScopeId, read.record);
    if (!records.isEmpty()) {
        if (auto saved = ScopeReadRepository(db).saveMany(records); !saved)
            state.readErrors << QStringLiteral("saving scope read records: ") +
                                    saved.error().message;
    }

    // SYN-36 with G-2: last_sync_at only when the whole part went through.
    ServerRepository servers(db);
    state.recorded = true;
    if (state.readErrors.isEmpty()) {
        (void)servers.recordSync(state.server.id, m_now, QString());
        addCount(QStringLiteral("servers_synced"), 1);
    } else {
        const QString why = state.readErrors.join(QStringLiteral("; "));
        (void)servers.recordSyncError(state.server.id, why);
    }
}

// The Leases and Reservations views read this cache: every successful read replaces that
// scope's rows; a failed read leaves the previous rows (and their seen_at) in place.
void SyncRun::writeCache(ServerRunState &state)
{
    QList<DhcpCacheRepository::LeaseScopeRead> leaseReads;
    QList<DhcpCacheRepository::ReservationScopeRead> reservationReads;
    for (auto it = state.ipData.leases.cbegin(); it != state.ipData.leases.cend(); ++it) {
        if (it->readFailed)
            continue;
        DhcpCacheRepository::LeaseScopeRead read;
        read.serverId = state.server.id;
        read.scopeId = it.key();
        read.leases.reserve(it->items.size());
        for (const PsuLease &lease : it->items)
            read.leases << cachedLease(state.server.id, lease);
        leaseReads << read;
    }
    for (auto it = state.ipData.reservations.cbegin(); it != state.ipData.reservations.cend();
         ++it) {
        if (it->readFailed)
            continue;
        DhcpCacheRepository::ReservationScopeRead read;
        read.serverId = state.server.id;
        read.scopeId = it.key();
        read.reservations.reserve(it->items.size());
        for (const PsuReservation &reservation : it->items)
            read.reservations << cachedReservation(state.server.id, reservation);
        reservationReads << read;
    }
    if (leaseReads.isEmpty() && reservationReads.isEmpty())
        return;
    const auto written =
        DhcpCacheRepository(*m_context.database).replaceScopes(leaseReads, reservationReads, m_now);
    if (!written) {
        m_result.failures << itemFailure(state.server.name, QStringLiteral("lease cache"),
                                         written.error().message);
        m_log.error(state.server.name,
                    QStringLiteral("Lease cache not updated: %1").arg(written.error().message));
    }
}

// --- the run --------------------------------------------------------------------------------

// Everything up to the plan: nothing is written to NetBox or the servers yet (health fields
// and locks aside, and not even those in a dry run).
QCoro::Task<void> SyncRun::prepare()
{
    m_elapsed.start();
    m_now = m_context.clock();
    if (!loadLocalState() || !resolveTargets())
        co_return;
    if (m_targets.isEmpty() && m_kind == SyncJobKind::AllServers) {
        m_log.info(QString(), QStringLiteral("No DHCP servers are configured: nothing to do"));
        co_return;
    }
    m_log.info(QString(), QStringLiteral("%1 started at %2")
                              .arg(modeText(m_recordNothing), m_now.toString(Qt::ISODate)));
    const bool anyServer = co_await healthAndSelection();
    if (!anyServer || cancelled())
        co_return;
    const bool connected = co_await connectNetBox();
    if (!connected || cancelled())
        co_return;
    co_await readScopeLists();
    if (cancelled())
        co_return;
    const bool netBoxRead = co_await readNetBox();
    if (!netBoxRead) {
        for (ServerRunState &state : m_states) {
            if (state.readErrors.isEmpty())
                state.readErrors << QStringLiteral("NetBox could not be read");
        }
        co_return;
    }
    if (cancelled())
        co_return;
    const QList<NetBoxPrefix> extra = co_await discoveryPrefixes();
    planScopes(extra);
    if (cancelled())
        co_return;
    // SYN-11 / G-5: scopes (and failovers) found on the servers are created through the
    // Importer, then the scope part is planned again so their IPs are synced in this same run.
    // A dry run or a preview only lists them.
    if (!m_recordNothing && co_await createDiscovered()) {
        if (cancelled() || !reloadLocalScopes())
            co_return;
        const bool reread = co_await readNetBox();
        if (!reread || cancelled())
            co_return;
        const QList<NetBoxPrefix> remaining = co_await discoveryPrefixes();
        planScopes(remaining);
    }
    co_await readIpData();
    if (cancelled())
        co_return;
    co_await planIps();
    m_planned = true;
    countPlanned();
}

QCoro::Task<SyncJobResult> SyncRun::run()
{
    co_await prepare();
    if (m_planned && !m_recordNothing && !cancelled())
        co_await apply();
    co_return conclude(!m_recordNothing);
}

QCoro::Task<SyncJobResult> SyncRun::preview()
{
    m_recordNothing = true;
    co_await prepare();
    SyncJobResult result = conclude(false);
    result.dryRun = true;
    co_return result;
}

QCoro::Task<SyncJobResult> SyncRun::applyPreview()
{
    m_recordNothing = false;
    m_result.dryRun = false;
    m_elapsed.start();
    // What the preview's health phase found is saved now that the run counts.
    HealthPhase(*m_context.database, m_connections, m_log)
        .recordAll(m_healthChecked, m_health, m_healthCheckedAccess, m_now);
    ServerRepository servers(*m_context.database);
    for (auto it = m_unreachableErrors.cbegin(); it != m_unreachableErrors.cend(); ++it)
        (void)servers.recordSyncError(it.key(), it.value());
    if (m_planned && !cancelled()) {
        // The preview only checked the custom field; writes need it.
        const auto field = co_await m_netBox->ensureClientIdCustomField(true);
        if (field) {
            // The preview listed the scopes and failovers discovery would create: they are
            // part of the plan being applied (their addresses follow on the next run).
            (void)co_await createDiscovered();
            co_await apply();
        } else {
            const QString why = field.error().toString();
            for (ServerRunState &state : m_states)
                state.readErrors << QStringLiteral("NetBox custom field: ") + why;
        }
    }
    co_return conclude(true);
}

// The outcome (SYN-37 as amended by G-2/G-3, N-4), the failed parts' last_sync_error, the job
// history row and the locks. `final` = the run is over (not a preview waiting for Apply).
SyncJobResult SyncRun::conclude(bool final)
{
    const bool record = final && !m_recordNothing;
    m_result.runErrors.removeIf(
        [](const QString &error) { return error.contains(QLatin1String(" sync error: ")); });
    for (ServerRunState &state : m_states) {
        for (PlannedServer &planned : m_result.servers) {
            if (planned.serverId == state.server.id) {
                planned.readErrors = state.readErrors;
                planned.scopePlan = state.scopePlan;
            }
        }
        if (state.readErrors.isEmpty())
            continue;
        m_result.runErrors
            << QStringLiteral("%1 sync error: %2").arg(state.server.name, state.readErrors.first());
        // Parts that never reached apply record why here (apply records its own).
        if (record && !state.recorded) {
            state.recorded = true;
            (void)ServerRepository(*m_context.database)
                .recordSyncError(state.server.id, state.readErrors.join(QStringLiteral("; ")));
        }
    }
    if (m_timedOut && !m_result.timedOut) {
        m_result.timedOut = true;
        fail(QStringLiteral("The sync was stopped after %1 s (sync_job_timeout): what was written "
                            "stays, the rest is left for the next run")
                 .arg(double(timeLimit().count()) / 1000.0, 0, 'f', 0));
    }
    if (m_timedOut || !m_result.runErrors.isEmpty())
        m_result.status = JobStatus::Failed;
    else if (cancelled())
        m_result.status = JobStatus::Cancelled;
    else if (!m_result.failures.isEmpty())
        m_result.status = JobStatus::Partial;
    else
        m_result.status = JobStatus::Succeeded;

    m_result.seconds = double(m_elapsed.elapsed()) / 1000.0;
    if (!final) {
        m_log.info(QString(), QStringLiteral("Preview ready in %1 s: nothing written yet")
                                  .arg(m_result.seconds, 0, 'f', 1));
        m_result.log = m_log.lines();
        return m_result;
    }
    m_log.info(QString(), QStringLiteral("%1 %2 in %3 s")
                              .arg(modeText(m_recordNothing), jobStatusText(m_result.status))
                              .arg(m_result.seconds, 0, 'f', 1));
    releaseLocks();
    // The history row is written once the run is over, so a killed process never leaves a job
    // "running" forever.
    if (record && !m_result.usageError) {
        QStringList names;
        for (const Server &server : m_servers) {
            if (m_targets.contains(server.id))
                names << server.name;
        }
        const auto job = JobRepository(*m_context.database)
                             .recordFinished(QStringLiteral("sync"), names, m_now, m_result.status,
                                             m_result.counts, m_context.clock(), m_log.text());
        if (job)
            m_result.jobId = job->id;
        else
            m_log.warning(
                QString(),
                QStringLiteral("The job history is not available: %1").arg(job.error().message));
    }
    m_result.log = m_log.lines();
    return m_result;
}

std::chrono::milliseconds SyncRun::timeLimit() const
{
    if (m_context.jobTimeout)
        return *m_context.jobTimeout;
    return std::chrono::seconds(qMax(1, m_settings.syncJobTimeoutSeconds));
}

// The planned writes, with the same keys an applied run reports (a dry run's counts). apply()
// replaces them with what was really written.
void SyncRun::countPlanned()
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    for (const IpChange &change : m_result.ipPlan.ipChanges) {
        switch (change.kind) {
        case IpChangeKind::Create:
            ++created;
            break;
        case IpChangeKind::Update:
            ++updated;
            break;
        case IpChangeKind::Delete:
            ++deleted;
            break;
        }
    }
    addCount(QStringLiteral("ip_created"), created);
    addCount(QStringLiteral("ip_updated"), updated);
    addCount(QStringLiteral("ip_deleted"), deleted);
    qint64 pulls = 0;
    qint64 scopeDeletes = 0;
    qint64 pushes = 0;
    for (const ServerRunState &state : m_states) {
        pulls += state.scopePlan.pulls.size();
        scopeDeletes += state.scopePlan.scopesToDelete.size();
        pushes += state.scopePlan.updates.size() + state.scopePlan.creates.size();
    }
    addCount(QStringLiteral("scope_fields_pulled"), pulls);
    addCount(QStringLiteral("scopes_deleted"), scopeDeletes);
    addCount(QStringLiteral("scopes_pushed"), pushes);
}

} // namespace leaselink::sync
