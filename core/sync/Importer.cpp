#include "Importer.h"

#include "FailoverHostMatcher.h"

#include "net/netbox/NetBoxBatching.h"
#include "net/netbox/NetBoxClient.h"
#include "net/psu/PsuClient.h"
#include "store/Database.h"
#include "store/FailoverRepository.h"
#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace leaselink::sync {

namespace {

constexpr int RouterOption = 3;
constexpr int LeaseTimeOption = 51;
constexpr int MinOptionCode = 1;
constexpr int MaxOptionCode = 254;

QJsonObject countJson(const ImportCount &count)
{
    QJsonObject o;
    o.insert(QStringLiteral("created"), count.created);
    o.insert(QStringLiteral("skipped"), count.skipped);
    o.insert(QStringLiteral("errors"), count.errors);
    return o;
}

QString summaryLine(const QString &category, const ImportCount &count)
{
    return QStringLiteral("%1: %2 created, %3 skipped, %4 error(s)")
        .arg(category)
        .arg(count.created)
        .arg(count.skipped)
        .arg(count.errors);
}

QString scopeLabel(const QString &name, const Ipv4Prefix &cidr)
{
    return QStringLiteral("%1 (%2)").arg(name, cidr.toString());
}

QString reason(const NetError &error)
{
    return error.toString();
}

// "scope 10.0.4.0 skipped: [1].subnet_mask: …" — names the record and the broken field.
QString rejectedRecordText(const QString &what, const PsuRejectedRecord &bad)
{
    QString field = bad.failure.reason;
    if (!bad.failure.path.isEmpty())
        field = bad.failure.path + QStringLiteral(": ") + bad.failure.reason;
    if (bad.identity.isEmpty())
        return QStringLiteral("%1 record skipped: %2").arg(what, field);
    return QStringLiteral("%1 %2 skipped: %3").arg(what, bad.identity, field);
}

// Plain functions for the choices coroutine bodies must not make with ?: (g++ 12).
QString scopeName(const PsuScope &remote)
{
    if (remote.name.trimmed().isEmpty())
        return remote.scopeId.toString(); // IMP-08
    return remote.name;
}

QString vendorSuffix(const QString &vendorClass, const QString &format)
{
    if (vendorClass.isEmpty())
        return QString();
    return format.arg(vendorClass);
}

QString definitionName(const PsuOption &option)
{
    if (option.name.trimmed().isEmpty())
        return QStringLiteral("Option %1").arg(option.code);
    return option.name;
}

// A new local scope with the fields IMP-08 reads (owner and prefix are set by the caller).
Scope newScope(const PsuScope &remote)
{
    Scope scope;
    scope.name = scopeName(remote);
    scope.description = remote.description;
    scope.startIp = remote.startIp;
    scope.endIp = remote.endIp;
    scope.router = remote.router;
    scope.leaseLifetime =
        LeaseDuration(remote.leaseDurationSeconds > 0 ? remote.leaseDurationSeconds : 86400);
    scope.active = remote.active;
    return scope;
}

QString bulkError(const QList<BulkItemOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return QStringLiteral("no answer");
    return outcomes.first().error;
}

qint64 bulkId(const QList<BulkItemOutcome> &outcomes)
{
    if (outcomes.isEmpty() || !outcomes.first().ok)
        return 0;
    return outcomes.first().result.value(QStringLiteral("id")).toInteger();
}

// How many prefixes one lookup names (repeated prefix= filters): keeps the URL near 2.5 KB.
constexpr int PrefixesPerLookup = 100;

} // namespace

// What NetBox answered for one new scope's prefix, looked up and created in bulk before the
// scopes are created (Importer::lookUpPrefixes).
struct Importer::PrefixLookup
{
    QString lookupError;       // the GET failed: the scope is skipped with this reason
    QList<NetBoxPrefix> found; // NetBox's prefixes with exactly this CIDR (any VRF)
    bool createTried = false;  // in the bulk create
    std::int64_t createdId = 0;
    QString createError;
};

// ---------------------------------------------------------------------------------------------
// ImportResult

int ImportResult::errorCount() const
{
    return failovers.errors + scopes.errors + prefixes.errors + optionValues.errors +
           optionCodes.errors + exclusions.errors;
}

QJsonObject ImportResult::countsJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("failovers"), countJson(failovers));
    o.insert(QStringLiteral("scopes"), countJson(scopes));
    o.insert(QStringLiteral("prefixes"), countJson(prefixes));
    o.insert(QStringLiteral("option_values"), countJson(optionValues));
    o.insert(QStringLiteral("option_codes"), countJson(optionCodes));
    o.insert(QStringLiteral("exclusion_ranges"), countJson(exclusions));
    return o;
}

QJsonObject ImportResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("counts"), countsJson());
    QJsonArray lines;
    for (const ImportLogLine &line : log) {
        QJsonObject l;
        l.insert(QStringLiteral("level"), jobLogLevelName(line.level));
        l.insert(QStringLiteral("text"), line.text);
        lines.append(l);
    }
    o.insert(QStringLiteral("log"), lines);
    o.insert(QStringLiteral("failed"), failed);
    o.insert(QStringLiteral("failure"), failure);
    o.insert(QStringLiteral("list_read_failed"), listReadFailed);
    return o;
}

QString ImportResult::logText() const
{
    QString text;
    for (const ImportLogLine &line : log)
        text += jobLogLevelName(line.level) + QLatin1Char(' ') + line.text + QLatin1Char('\n');
    return text;
}

// ---------------------------------------------------------------------------------------------
// Importer

// The state of one import: counts plus the item lines of each category, printed after that
// category's summary line (IMP-15), and what this run created so far.
struct Importer::Run
{
    ImportResult result;
    QList<ImportLogLine> failoverItems;
    QList<ImportLogLine> scopeItems;
    QList<ImportLogLine> optionItems;
    QList<ImportLogLine> exclusionItems;
    // Prefixes looked up (and created) for all new scopes at once, so an import of hundreds of
    // scopes costs a handful of NetBox requests, not two per scope. Empty: look up one by one.
    QHash<Ipv4Prefix, Importer::PrefixLookup> prefixes;

    static void item(QList<ImportLogLine> &items, JobLogLevel level, const QString &text)
    {
        items.append(ImportLogLine{level, text});
    }
    QList<ImportLogLine> allItems() const
    {
        return failoverItems + scopeItems + optionItems + exclusionItems;
    }
};

Importer::Importer(Database &database, PsuClient &psu, NetBoxClient *netbox,
                   const Settings &settings, Sink sink)
    : m_database(database)
    , m_psu(psu)
    , m_netbox(netbox)
    , m_settings(settings)
    , m_sink(std::move(sink))
{}

void Importer::addLine(ImportResult &result, JobLogLevel level, const QString &text)
{
    const ImportLogLine line{level, text};
    result.log.append(line);
    if (m_sink)
        m_sink(line);
}

QCoro::Task<ImportResult> Importer::importServer(const Server &server)
{
    Run run;
    m_changelogServer = server.name;
    const QString start =
        QStringLiteral("Import from server %1 (%2) started").arg(server.name, server.hostname);
    addLine(run.result, JobLogLevel::Info, start);

    co_await importFailovers(run, server);
    addLine(run.result, JobLogLevel::Info,
            summaryLine(QStringLiteral("Failovers"), run.result.failovers));
    for (const ImportLogLine &line : std::as_const(run.failoverItems))
        addLine(run.result, line.level, line.text);

    co_await importScopes(run, server);
    addLine(run.result, JobLogLevel::Info,
            summaryLine(QStringLiteral("Scopes"), run.result.scopes));
    for (const ImportLogLine &line : std::as_const(run.scopeItems))
        addLine(run.result, line.level, line.text);
    addLine(run.result, JobLogLevel::Info,
            summaryLine(QStringLiteral("Option Values"), run.result.optionValues));
    for (const ImportLogLine &line : std::as_const(run.optionItems))
        addLine(run.result, line.level, line.text);
    addLine(run.result, JobLogLevel::Info,
            summaryLine(QStringLiteral("Exclusion Ranges"), run.result.exclusions));
    for (const ImportLogLine &line : std::as_const(run.exclusionItems))
        addLine(run.result, line.level, line.text);

    addLine(run.result, JobLogLevel::Info,
            QStringLiteral("import complete for %1").arg(server.name));
    ImportResult out = std::move(run.result);
    co_return out;
}

// --- failovers (IMP-02…IMP-06, Q-04, C-13) ---------------------------------------------------

QCoro::Task<void> Importer::importFailovers(Run &run, const Server &server)
{
    Q_UNUSED(server);
    const auto remote = co_await m_psu.failoverRecords();
    if (!remote) {
        ++run.result.failovers.errors;
        run.result.listReadFailed = true;
        Run::item(run.failoverItems, JobLogLevel::Error,
                  QStringLiteral("could not fetch failover list: ") + reason(remote.error()));
        co_return;
    }
    // IMP-03.1: a record that breaks the contract is one error; the others are imported.
    for (const PsuRejectedRecord &bad : remote->rejected) {
        ++run.result.failovers.errors;
        Run::item(run.failoverItems, JobLogLevel::Error,
                  rejectedRecordText(QStringLiteral("failover"), bad));
    }
    const auto servers = ServerRepository(m_database).list();
    if (!servers) {
        ++run.result.failovers.errors;
        Run::item(run.failoverItems, JobLogLevel::Error,
                  QStringLiteral("could not read the local servers: ") + servers.error().message);
        co_return;
    }
    const FailoverHostMatcher matcher(*servers);
    FailoverRepository failovers(m_database);
    for (const PsuFailover &record : remote->items) {
        if (record.name.trimmed().isEmpty()) {
            ++run.result.failovers.errors;
            Run::item(run.failoverItems, JobLogLevel::Error,
                      QStringLiteral("failover record has no name (primary %1, secondary %2)")
                          .arg(record.primaryServer, record.secondaryServer));
            continue;
        }
        const auto existing = failovers.findByName(record.name);
        if (!existing) {
            ++run.result.failovers.errors;
            Run::item(run.failoverItems, JobLogLevel::Error,
                      QStringLiteral("%1: %2").arg(record.name, existing.error().message));
            continue;
        }
        if (existing->has_value()) {
            ++run.result.failovers.skipped; // IMP-04: "<name> (already exists)", not listed
            continue;
        }
        const FailoverHostMatcher::Match primary = matcher.match(record.primaryServer);
        const FailoverHostMatcher::Match secondary = matcher.match(record.secondaryServer);
        if (!primary.serverId || !secondary.serverId) {
            FailoverHostMatcher::Match missing = primary;
            QString host = record.primaryServer;
            if (primary.serverId) {
                missing = secondary;
                host = record.secondaryServer;
            }
            ++run.result.failovers.errors;
            Run::item(run.failoverItems, JobLogLevel::Error,
                      QStringLiteral("failover %1: server %2 not found (%3); add that server "
                                     "first, then import again")
                          .arg(record.name, host, missing.why));
            continue;
        }
        if (primary.serverId == secondary.serverId) {
            ++run.result.failovers.errors;
            Run::item(run.failoverItems, JobLogLevel::Error,
                      QStringLiteral("failover %1: %2 and %3 are the same local server")
                          .arg(record.name, record.primaryServer, record.secondaryServer));
            continue;
        }
        createFailover(run, record, primary.serverId, secondary.serverId);
    }
}

std::int64_t Importer::createFailover(Run &run, const PsuFailover &remote, std::int64_t primaryId,
                                      std::int64_t secondaryId)
{
    // IMP-06: the decoder already maps an absent/0 lead time and delay to 3600 / 30 only when
    // missing; 0 is mapped here.
    Failover f;
    f.name = remote.name;
    f.primaryServerId = primaryId;
    f.secondaryServerId = secondaryId;
    f.mode = remote.mode == PsuFailoverMode::HotStandby ? FailoverMode::HotStandby
                                                        : FailoverMode::LoadBalance;
    f.maxClientLeadTime = remote.maxClientLeadTime > 0 ? remote.maxClientLeadTime : 3600;
    f.maxResponseDelay = remote.maxResponseDelay > 0 ? remote.maxResponseDelay : 30;
    if (remote.stateSwitchoverInterval && *remote.stateSwitchoverInterval > 0)
        f.stateSwitchoverInterval = remote.stateSwitchoverInterval;
    f.enableAuth = remote.enableAuth;
    f.syncEnabled = true;
    const auto created = FailoverRepository(m_database).create(f);
    if (!created) {
        ++run.result.failovers.errors;
        Run::item(run.failoverItems, JobLogLevel::Error,
                  QStringLiteral("failover %1: %2").arg(remote.name, created.error().message));
        return 0;
    }
    ++run.result.failovers.created;
    Run::item(run.failoverItems, JobLogLevel::Info, QStringLiteral("created: ") + remote.name);
    if (remote.enableAuth) // the secret is never imported
        Run::item(run.failoverItems, JobLogLevel::Warning,
                  QStringLiteral("failover %1: authentication is on but the shared secret is "
                                 "unknown; set it in LeaseLink before pushing to the server")
                      .arg(remote.name));
    return created->id;
}

QCoro::Task<FailoverImportOutcome> Importer::importFailover(const FailoverToCreate &toCreate)
{
    FailoverImportOutcome out;
    const auto existing = FailoverRepository(m_database).findByName(toCreate.remote.name);
    if (!existing) {
        out.error = existing.error().message;
        co_return out;
    }
    if (existing->has_value()) {
        out.failoverId = (*existing)->id;
        co_return out;
    }
    Run run;
    out.failoverId =
        createFailover(run, toCreate.remote, toCreate.primaryServerId, toCreate.secondaryServerId);
    out.created = out.failoverId != 0;
    out.log = run.failoverItems;
    if (!out.created && !run.failoverItems.isEmpty())
        out.error = run.failoverItems.first().text;
    co_return out;
}

// --- scopes (IMP-07…IMP-11, Q-05, C-13) ---------------------------------------------------------

QCoro::Task<void> Importer::importScopes(Run &run, const Server &server)
{
    const auto remote = co_await m_psu.scopeRecords(); // IMP-01: inactive scopes too
    if (!remote) {
        ++run.result.scopes.errors;
        run.result.listReadFailed = true;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("could not fetch scope list: ") + reason(remote.error()));
        co_return;
    }
    // IMP-08.2: a scope record that breaks the contract (an empty mask) is one error naming it.
    for (const PsuRejectedRecord &bad : remote->rejected) {
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  rejectedRecordText(QStringLiteral("scope"), bad));
    }
    // Existing scopes get their missing exclusions now; the new ones are created after their
    // prefixes were looked up (and the missing ones created) in bulk.
    QList<NewScope> fresh;
    for (const PsuScope &scope : remote->items) {
        std::optional<Scope> existing;
        std::optional<NewScope> candidate = classifyScope(run, server, scope, &existing);
        if (existing)
            co_await importRemoteExclusions(run, *existing, scope.scopeId);
        if (candidate)
            fresh << *candidate;
    }
    co_await lookUpPrefixes(run, fresh);
    for (const NewScope &scope : std::as_const(fresh))
        co_await createScope(run, scope);
}

std::optional<Importer::NewScope> Importer::classifyScope(Run &run, const Server &server,
                                                          const PsuScope &remote,
                                                          std::optional<Scope> *existing)
{
    const QString id = remote.scopeId.toString();
    const auto cidr = Ipv4Prefix::fromAddressAndMask(remote.scopeId, remote.subnetMask,
                                                     Ipv4Prefix::HostBits::Normalise);
    if (!cidr) {
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: cannot compute its network from mask \"%2\": %3")
                      .arg(id, remote.subnetMask.toString(), cidr.error().message));
        return std::nullopt;
    }
    const QString name = scopeName(remote);

    // The owner the server reports (IMP-11; O-8: an unknown failover name is an error).
    std::optional<std::int64_t> failoverId;
    FailoverRepository failovers(m_database);
    if (remote.failoverName) {
        const auto fo = failovers.findByName(*remote.failoverName);
        if (!fo || !fo->has_value()) {
            ++run.result.scopes.errors;
            Run::item(run.scopeItems, JobLogLevel::Error,
                      QStringLiteral("scope %1: it belongs to failover %2, which is not known "
                                     "locally; skipped")
                          .arg(scopeLabel(name, *cidr), *remote.failoverName));
            return std::nullopt;
        }
        failoverId = (*fo)->id;
    }

    // Identity is (owner, network) (Q-05, C-13). Candidates are the local scopes on this network
    // owned by this server or by a failover it belongs to (N-2).
    ScopeRepository scopes(m_database);
    QList<Scope> candidates;
    const auto own = scopes.listForServer(server.id);
    if (own) {
        for (const Scope &s : *own)
            if (s.prefix.network() == cidr->network())
                candidates << s;
    }
    const auto serverFailovers = failovers.listForServer(server.id);
    if (serverFailovers) {
        for (const Failover &fo : *serverFailovers) {
            const auto foScopes = scopes.listForFailover(fo.id);
            if (!foScopes)
                continue;
            for (const Scope &s : *foScopes)
                if (s.prefix.network() == cidr->network() && !candidates.contains(s))
                    candidates << s;
        }
    }
    if (candidates.size() > 1) {
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Warning,
                  QStringLiteral("scope %1: %2 local scopes have the network %3; skipped")
                      .arg(scopeLabel(name, *cidr))
                      .arg(candidates.size())
                      .arg(id));
        return std::nullopt;
    }
    if (candidates.size() == 1) {
        const Scope &local = candidates.first();
        const bool sameOwner = failoverId ? local.failoverId == failoverId
                                          : (local.serverId == server.id && !local.failoverId);
        if (!sameOwner) {
            ++run.result.scopes.errors;
            Run::item(run.scopeItems, JobLogLevel::Warning,
                      QStringLiteral("scope %1: the local scope %2 on %3 has another owner than "
                                     "the server reports; skipped")
                          .arg(scopeLabel(name, *cidr), local.name, id));
            return std::nullopt;
        }
        // IMP-10 as amended: the existing scope stays as it is (never renamed, no options);
        // only its missing exclusion ranges are added.
        ++run.result.scopes.skipped;
        *existing = local;
        return std::nullopt;
    }

    // A new scope.
    NewScope fresh{remote, *cidr, newScope(remote), scopeLabel(name, *cidr)};
    if (failoverId)
        fresh.scope.failoverId = failoverId;
    else
        fresh.scope.serverId = server.id;
    return fresh;
}

QCoro::Task<void> Importer::createScope(Run &run, NewScope fresh)
{
    ScopeRepository scopes(m_database);
    Scope scope = fresh.scope;
    const QString label = fresh.label;
    const Ipv4Address remoteScopeId = fresh.remote.scopeId;
    const bool linked = co_await resolvePrefix(run, label, fresh.cidr, std::nullopt, &scope);
    if (!linked)
        co_return;
    const auto created = scopes.create(scope, ValidationMode::Import);
    if (!created) {
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: %2").arg(label, created.error().message));
        co_return;
    }
    ++run.result.scopes.created;
    Run::item(run.scopeItems, JobLogLevel::Info, QStringLiteral("created: ") + label);
    const Scope stored = *created;
    co_await importOptions(run, stored);
    co_await importRemoteExclusions(run, stored, remoteScopeId);
}

QCoro::Task<void> Importer::importRemoteExclusions(Run &run, const Scope &scope,
                                                   Ipv4Address remoteScopeId)
{
    const auto remote = co_await m_psu.exclusionRecords(remoteScopeId);
    if (!remote) {
        ++run.result.exclusions.errors;
        Run::item(run.exclusionItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: could not fetch exclusion ranges: %2")
                      .arg(scope.name, reason(remote.error())));
        co_return;
    }
    // IMP-13.1: a range without an end is one error; the complete ones are imported.
    for (const PsuRejectedRecord &bad : remote->rejected) {
        ++run.result.exclusions.errors;
        Run::item(run.exclusionItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: %2")
                      .arg(scope.name, rejectedRecordText(QStringLiteral("exclusion range"), bad)));
    }
    importExclusions(run, scope, remote->items);
}

// --- prefixes (IMP-09, C-05) ------------------------------------------------------------------

QCoro::Task<bool> Importer::resolvePrefix(Run &run, const QString &label, Ipv4Prefix cidr,
                                          std::optional<std::int64_t> knownId, Scope *scope)
{
    scope->prefix = cidr;
    if (!m_netbox) {
        if (knownId) { // the sync found it already; its VRF is unknown without NetBox
            scope->netboxPrefixId = *knownId;
            co_return true;
        }
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: NetBox is not available, so its prefix can be neither "
                                 "found nor created; skipped")
                      .arg(label));
        co_return false;
    }
    const auto known = run.prefixes.constFind(cidr);
    NetResult<QList<NetBoxPrefix>> found = QList<NetBoxPrefix>();
    if (known == run.prefixes.cend()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("prefix"), cidr.toString());
        found = co_await m_netbox->prefixes(query);
    }
    QString lookupError;
    if (known != run.prefixes.cend())
        lookupError = known->lookupError;
    else if (!found)
        lookupError = reason(found.error());
    if (!lookupError.isEmpty()) {
        ++run.result.scopes.errors;
        ++run.result.prefixes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: could not look up prefix %2 in NetBox: %3")
                      .arg(label, cidr.toString(), lookupError));
        co_return false;
    }
    QList<NetBoxPrefix> candidates;
    if (known != run.prefixes.cend())
        candidates = known->found;
    else
        candidates = *found;
    QList<NetBoxPrefix> exact;
    for (const NetBoxPrefix &p : std::as_const(candidates))
        if (p.prefix == cidr && (!knownId || p.id == *knownId))
            exact << p;
    if (exact.size() > 1) {
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: NetBox has %2 prefixes %3 (in different VRFs); link "
                                 "the scope by hand")
                      .arg(label)
                      .arg(exact.size())
                      .arg(cidr.toString()));
        co_return false;
    }
    if (exact.size() == 1) {
        ++run.result.prefixes.skipped;
        scope->netboxPrefixId = exact.first().id;
        scope->vrfId = exact.first().vrfId;
        co_return true;
    }
    if (knownId) {
        scope->netboxPrefixId = *knownId;
        co_return true;
    }
    if (!m_settings.createMissingPrefixes) {
        ++run.result.scopes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: prefix does not exist and Create Missing Prefixes on "
                                 "Import is disabled")
                      .arg(label));
        co_return false;
    }
    qint64 newId = 0;
    QString why;
    if (known != run.prefixes.cend() && known->createTried) {
        newId = known->createdId;
        why = known->createError;
    } else {
        QList<QJsonObject> items;
        items << prefixBody(cidr);
        const QList<BulkItemOutcome> outcomes = co_await m_netbox->bulkCreate(
            QStringLiteral("/ipam/prefixes/"), items, prefixChangelog());
        newId = bulkId(outcomes);
        why = bulkError(outcomes);
    }
    if (newId <= 0) {
        ++run.result.scopes.errors;
        ++run.result.prefixes.errors;
        Run::item(run.scopeItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: could not create prefix %2 in NetBox: %3")
                      .arg(label, cidr.toString(), why));
        co_return false;
    }
    ++run.result.prefixes.created;
    Run::item(
        run.scopeItems, JobLogLevel::Info,
        QStringLiteral("created NetBox prefix %1 (status active, global)").arg(cidr.toString()));
    scope->netboxPrefixId = newId;
    scope->vrfId = std::nullopt;
    co_return true;
}

QJsonObject Importer::prefixBody(Ipv4Prefix cidr)
{
    QJsonObject body;
    body.insert(QStringLiteral("prefix"), cidr.toString());
    body.insert(QStringLiteral("status"), QStringLiteral("active"));
    return body;
}

QString Importer::prefixChangelog() const
{
    return NetBoxBatching::changelogMessage(QStringLiteral("Import"), m_changelogServer);
}

QCoro::Task<void> Importer::lookUpPrefixes(Run &run, const QList<NewScope> &fresh)
{
    if (!m_netbox || fresh.isEmpty())
        co_return;
    QList<Ipv4Prefix> wanted;
    for (const NewScope &scope : fresh) {
        if (!run.prefixes.contains(scope.cidr)) {
            run.prefixes.insert(scope.cidr, PrefixLookup());
            wanted << scope.cidr;
        }
    }
    for (qsizetype first = 0; first < wanted.size(); first += PrefixesPerLookup) {
        const QList<Ipv4Prefix> chunk = wanted.mid(first, PrefixesPerLookup);
        QUrlQuery query;
        for (const Ipv4Prefix &cidr : chunk)
            query.addQueryItem(QStringLiteral("prefix"), cidr.toString());
        const auto found = co_await m_netbox->prefixes(query);
        if (!found) {
            const QString why = reason(found.error());
            for (const Ipv4Prefix &cidr : chunk)
                run.prefixes[cidr].lookupError = why;
            continue;
        }
        for (const NetBoxPrefix &prefix : *found) {
            auto it = run.prefixes.find(prefix.prefix);
            if (it != run.prefixes.end())
                it->found << prefix;
        }
    }
    if (!m_settings.createMissingPrefixes)
        co_return;
    // IMP-09: the missing ones in one bulk create (the client batches it).
    QList<Ipv4Prefix> missing;
    QList<QJsonObject> items;
    for (const Ipv4Prefix &cidr : std::as_const(wanted)) {
        const PrefixLookup &lookup = run.prefixes[cidr];
        if (lookup.lookupError.isEmpty() && lookup.found.isEmpty()) {
            missing << cidr;
            items << prefixBody(cidr);
        }
    }
    if (items.isEmpty())
        co_return;
    const QList<BulkItemOutcome> outcomes =
        co_await m_netbox->bulkCreate(QStringLiteral("/ipam/prefixes/"), items, prefixChangelog());
    for (qsizetype i = 0; i < missing.size(); ++i) {
        PrefixLookup &lookup = run.prefixes[missing[i]];
        lookup.createTried = true;
        if (i < outcomes.size() && outcomes[i].ok)
            lookup.createdId = outcomes[i].result.value(QStringLiteral("id")).toInteger();
        else if (i < outcomes.size())
            lookup.createError = outcomes[i].error;
        else
            lookup.createError = QStringLiteral("no answer");
    }
}

// --- option values (IMP-12, Q-11, Q-12, C-22) -------------------------------------------------

QCoro::Task<void> Importer::importOptions(Run &run, const Scope &scope)
{
    const auto remote = co_await m_psu.scopeOptions(scope.prefix.network());
    if (!remote) {
        ++run.result.optionValues.errors;
        Run::item(run.optionItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: could not fetch options: %2")
                      .arg(scope.name, reason(remote.error())));
        co_return;
    }
    importOptionValues(run, scope, *remote);
}

void Importer::importOptionValues(Run &run, const Scope &scope, const QList<PsuOption> &remote)
{
    OptionCodeRepository codes(m_database);
    OptionValueRepository values(m_database);
    QList<std::int64_t> linked;
    QList<QPair<int, QString>> seen; // (code, vendor class) already linked
    for (const PsuOption &option : remote) {
        if (option.code == RouterOption || option.code == LeaseTimeOption)
            continue; // they live on the scope itself
        if (option.code < MinOptionCode || option.code > MaxOptionCode) { // Q-12, O-26
            ++run.result.optionValues.skipped;
            Run::item(run.optionItems, JobLogLevel::Warning,
                      QStringLiteral("scope %1: option code %2 is outside 1–254; skipped")
                          .arg(scope.name)
                          .arg(option.code));
            continue;
        }
        QStringList parts;
        for (const QString &part : option.value)
            if (!part.isNull())
                parts << part;
        const QString text = parts.join(QStringLiteral(", "));
        const QPair<int, QString> key(option.code, option.vendorClass);
        if (seen.contains(key)) { // Q-11, LL-71
            ++run.result.optionValues.skipped;
            Run::item(
                run.optionItems, JobLogLevel::Warning,
                QStringLiteral("scope %1: option %2%3 is reported more than once; \"%4\" "
                               "skipped (one value per option)")
                    .arg(scope.name)
                    .arg(option.code)
                    .arg(vendorSuffix(option.vendorClass, QStringLiteral(" (vendor class %1)")),
                         text));
            continue;
        }
        auto definition = codes.findByCodeAndVendorClass(option.code, option.vendorClass);
        if (!definition) {
            ++run.result.optionValues.errors;
            Run::item(run.optionItems, JobLogLevel::Error,
                      QStringLiteral("scope %1: option %2: %3")
                          .arg(scope.name)
                          .arg(option.code)
                          .arg(definition.error().message));
            continue;
        }
        OptionCodeDefinition def;
        if (definition->has_value()) {
            def = **definition;
            ++run.result.optionCodes.skipped;
        } else {
            def.code = option.code;
            def.name = definitionName(option);
            def.dataType = OptionDataType::String; // the reported type is ignored
            def.isBuiltin = false;
            def.vendorClass = option.vendorClass;
            const auto created = codes.create(def);
            if (!created) {
                ++run.result.optionCodes.errors;
                ++run.result.optionValues.errors;
                Run::item(run.optionItems, JobLogLevel::Error,
                          QStringLiteral("scope %1: option code %2 could not be defined: %3")
                              .arg(scope.name)
                              .arg(option.code)
                              .arg(created.error().message));
                continue;
            }
            def = *created;
            ++run.result.optionCodes.created;
            Run::item(run.optionItems, JobLogLevel::Info,
                      QStringLiteral("created option code %1 (%2)%3")
                          .arg(def.code)
                          .arg(def.name,
                               vendorSuffix(def.vendorClass, QStringLiteral(", vendor class %1"))));
        }
        const auto existingValue = values.findByDefinitionAndValue(def.id, text);
        if (!existingValue) {
            ++run.result.optionValues.errors;
            Run::item(run.optionItems, JobLogLevel::Error,
                      QStringLiteral("scope %1: option %2: %3")
                          .arg(scope.name)
                          .arg(option.code)
                          .arg(existingValue.error().message));
            continue;
        }
        std::int64_t valueId = 0;
        if (existingValue->has_value()) {
            valueId = (*existingValue)->id;
            ++run.result.optionValues.skipped;
        } else {
            OptionValue value;
            value.optionDefinitionId = def.id;
            value.value = text;
            const auto created = values.create(value, ValidationMode::Import);
            if (!created) {
                ++run.result.optionValues.errors;
                Run::item(run.optionItems, JobLogLevel::Error,
                          QStringLiteral("scope %1: option %2: %3")
                              .arg(scope.name)
                              .arg(option.code)
                              .arg(created.error().message));
                continue;
            }
            valueId = created->id;
            ++run.result.optionValues.created;
            Run::item(run.optionItems, JobLogLevel::Info,
                      QStringLiteral("created: Option %1 (%2): %3 — scope: %4")
                          .arg(def.code)
                          .arg(def.name, text, scope.name));
        }
        seen << key;
        linked << valueId;
    }
    if (linked.isEmpty())
        return;
    const auto saved =
        ScopeRepository(m_database).setOptionValues(scope.id, linked, ValidationMode::Import);
    if (!saved) {
        ++run.result.optionValues.errors;
        Run::item(run.optionItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: the option values could not be linked: %2")
                      .arg(scope.name, saved.error().message));
    }
}

// --- exclusion ranges (IMP-13) -------------------------------------------------------------------

void Importer::importExclusions(Run &run, const Scope &scope, const QList<PsuExclusion> &remote)
{
    ScopeRepository scopes(m_database);
    const auto local = scopes.exclusions(scope.id);
    if (!local) {
        ++run.result.exclusions.errors;
        Run::item(run.exclusionItems, JobLogLevel::Error,
                  QStringLiteral("scope %1: %2").arg(scope.name, local.error().message));
        return;
    }
    QList<ExclusionRange> present = *local;
    for (const PsuExclusion &range : remote) {
        const QString text =
            QStringLiteral("%1 – %2").arg(range.startIp.toString(), range.endIp.toString());
        bool known = false;
        for (const ExclusionRange &r : std::as_const(present))
            known = known || (r.startIp == range.startIp && r.endIp == range.endIp);
        if (known) {
            ++run.result.exclusions.skipped;
            continue;
        }
        ExclusionRange add;
        add.scopeId = scope.id;
        add.startIp = range.startIp;
        add.endIp = range.endIp;
        const auto created = scopes.addExclusion(add, ValidationMode::Import);
        if (!created) {
            ++run.result.exclusions.errors;
            Run::item(run.exclusionItems, JobLogLevel::Error,
                      QStringLiteral("%1 (scope: %2): %3")
                          .arg(text, scope.name, created.error().message));
            continue;
        }
        present << *created;
        ++run.result.exclusions.created;
        Run::item(run.exclusionItems, JobLogLevel::Info,
                  QStringLiteral("created: %1 (scope: %2)").arg(text, scope.name));
    }
}

// --- SYN-11 auto-creation
// ---------------------------------------------------------------------------

QCoro::Task<ScopeImportOutcome> Importer::importScope(const ScopeToCreate &toCreate)
{
    ScopeImportOutcome out;
    Run run;
    const PsuScope &remote = toCreate.remote;
    const QString id = remote.scopeId.toString();
    const auto cidr = Ipv4Prefix::fromAddressAndMask(remote.scopeId, remote.subnetMask,
                                                     Ipv4Prefix::HostBits::Normalise);
    if (!cidr) {
        out.error = QStringLiteral("scope %1: cannot compute its network from mask \"%2\": %3")
                        .arg(id, remote.subnetMask.toString(), cidr.error().message);
        co_return out;
    }
    Scope scope = newScope(remote);
    const QString label = scopeLabel(scope.name, *cidr);
    if (toCreate.failoverId) {
        scope.failoverId = toCreate.failoverId;
    } else if (!toCreate.failoverToCreate.isEmpty()) {
        const auto fo = FailoverRepository(m_database).findByName(toCreate.failoverToCreate);
        if (!fo || !fo->has_value()) {
            out.error = QStringLiteral("scope %1: failover %2 was not created; skipped")
                            .arg(label, toCreate.failoverToCreate);
            co_return out;
        }
        scope.failoverId = (*fo)->id;
    } else if (toCreate.serverId) {
        scope.serverId = toCreate.serverId;
    } else {
        out.error = QStringLiteral("scope %1: no owner given; skipped").arg(label);
        co_return out;
    }
    if (toCreate.serverId) {
        const auto srv = ServerRepository(m_database).get(*toCreate.serverId);
        if (srv)
            m_changelogServer = srv->name;
    }

    // (owner, network) is unique (C-13).
    ScopeRepository scopes(m_database);
    StoreExpected<QList<Scope>> owned = QList<Scope>();
    if (scope.failoverId)
        owned = scopes.listForFailover(*scope.failoverId);
    else
        owned = scopes.listForServer(*scope.serverId);
    if (owned) {
        for (const Scope &s : *owned) {
            if (s.prefix.network() == cidr->network()) {
                out.error =
                    QStringLiteral("scope %1: the local scope %2 already has this owner and "
                                   "network; nothing created")
                        .arg(label, s.name);
                co_return out;
            }
        }
    }

    const bool linked = co_await resolvePrefix(run, label, *cidr, toCreate.prefixId, &scope);
    if (!linked) {
        out.log = run.allItems();
        out.error = QStringLiteral("scope %1: no prefix").arg(label);
        if (!out.log.isEmpty())
            out.error = out.log.last().text;
        out.counts = run.result;
        co_return out;
    }
    const auto created = scopes.create(scope, ValidationMode::Import);
    if (!created) {
        out.error = QStringLiteral("scope %1: %2").arg(label, created.error().message);
        out.log = run.allItems();
        co_return out;
    }
    ++run.result.scopes.created;
    Run::item(run.scopeItems, JobLogLevel::Info, QStringLiteral("created: ") + label);
    const Scope stored = *created;
    co_await importOptions(run, stored);
    importExclusions(run, stored, toCreate.exclusions);
    out.scopeId = stored.id;
    out.log = run.allItems();
    out.counts = run.result;
    co_return out;
}

} // namespace leaselink::sync
