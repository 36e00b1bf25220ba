#pragma once

#include "JobLog.h"
#include "ScopePlan.h"

#include "domain/Ipv4Prefix.h"
#include "domain/Server.h"
#include "domain/Settings.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <QCoroTask>

#include <cstdint>
#include <functional>

namespace leaselink {
class Database;
class NetBoxClient;
class PsuClient;
struct Scope;
} // namespace leaselink

namespace leaselink::sync {

struct ImportLogLine
{
    JobLogLevel level = JobLogLevel::Info;
    QString text;

    bool operator==(const ImportLogLine &) const = default;
};

struct ImportCount
{
    int created = 0;
    int skipped = 0;
    int errors = 0;

    bool operator==(const ImportCount &) const = default;
};

// What one import did (IMP-15): per-category counts and the log in its final order.
struct ImportResult
{
    ImportCount failovers;
    ImportCount scopes;
    ImportCount prefixes;
    ImportCount optionValues;
    ImportCount optionCodes;
    ImportCount exclusions;
    QList<ImportLogLine> log;
    // Nothing could be sent (no client could be built, the server is busy, ...).
    bool failed = false;
    QString failure;
    // The failover or scope list could not be read: the job is "failed" (O-25) although the
    // rest of the import went on.
    bool listReadFailed = false;

    int errorCount() const;
    // {"failovers": {"created": n, "skipped": n, "errors": n}, "scopes": …, …}
    QJsonObject countsJson() const;
    // counts + "log" [{level, text}] + "failed"/"failure"/"list_read_failed".
    QJsonObject toJson() const;
    // One "LEVEL text" line each, for the job history.
    QString logText() const;
};

// SYN-11 auto-creation of one scope during a sync.
struct ScopeImportOutcome
{
    std::int64_t scopeId = 0; // the new local scope; 0 on failure
    QString error;
    QList<ImportLogLine> log; // created items, warnings and errors (no summary lines)
    ImportResult counts;      // the counts only (log left empty)
};

// C-13 discovery of one failover during a sync.
struct FailoverImportOutcome
{
    std::int64_t failoverId = 0; // the new (or already known, by name) failover; 0 on failure
    bool created = false;
    QString error;
    QList<ImportLogLine> log;
};

// The one-time Import from Server (sync-rules.md A, IMP-01…IMP-15 as amended by decisions.md
// C-13, C-22 and the O-8/O-25/O-26 rulings). It only ever adds: failovers
// and scopes that are not there yet, their option values and missing exclusion ranges; nothing
// existing is renamed or overwritten (IMP-14). Failures of single requests or records become
// error lines and the import goes on. Maintenance is the caller's business (C-20): the Importer
// contacts whatever it is given.
class Importer
{
public:
    using Sink = std::function<void(const ImportLogLine &)>;

    // netbox null: prefixes can be neither looked up nor created, so new scopes fail with an
    // error line (existing scopes still get their missing exclusion ranges).
    Importer(Database &database, PsuClient &psu, NetBoxClient *netbox, const Settings &settings,
             Sink sink = {});

    // The whole import of one server: GET failover, GET scopes (all states), then per new scope
    // GET options/scope/{id} and per scope GET exclusions.
    QCoro::Task<ImportResult> importServer(const Server &server);

    // Creates one scope found by a sync (SYN-11): the prefix (ScopeToCreate::prefixId, or found
    // or created by CIDR), the scope owned by serverId / failoverId / the failover named
    // failoverToCreate (already created through importFailover), its options (one GET) and the
    // given exclusions. An existing scope with the same owner and network is an error: the
    // planner should have matched it.
    QCoro::Task<ScopeImportOutcome> importScope(const ScopeToCreate &toCreate);

    // Creates one failover found by a sync (C-13) with the field rules of IMP-06. A failover
    // with that name already present is returned as is (not created, not modified).
    QCoro::Task<FailoverImportOutcome> importFailover(const FailoverToCreate &toCreate);

private:
    struct Run;
    struct PrefixLookup;
    // A scope of the server's list that is new here, with what it will be created as.
    struct NewScope
    {
        PsuScope remote;
        Ipv4Prefix cidr;
        Scope scope;
        QString label;
    };
    QCoro::Task<void> importFailovers(Run &run, const Server &server);
    QCoro::Task<void> importScopes(Run &run, const Server &server);
    // New scope, existing scope (set in *existing: only its missing exclusions are added), or
    // neither (an error line was written).
    std::optional<NewScope> classifyScope(Run &run, const Server &server, const PsuScope &remote,
                                          std::optional<Scope> *existing);
    QCoro::Task<void> createScope(Run &run, NewScope fresh);
    // Looks up the prefixes of all new scopes in a few requests and creates the missing ones
    // (when allowed) in one bulk create; resolvePrefix then uses the answers.
    QCoro::Task<void> lookUpPrefixes(Run &run, const QList<NewScope> &fresh);
    static QJsonObject prefixBody(Ipv4Prefix cidr);
    QString prefixChangelog() const;
    // Finds or creates the NetBox prefix of a new scope; false (after an error line) when the
    // scope must be skipped.
    QCoro::Task<bool> resolvePrefix(Run &run, const QString &scopeLabel, Ipv4Prefix cidr,
                                    std::optional<std::int64_t> knownId, Scope *scope);
    QCoro::Task<void> importOptions(Run &run, const Scope &scope);
    void importOptionValues(Run &run, const Scope &scope, const QList<PsuOption> &remote);
    // Reads the server's ranges of one scope and adds the missing ones to `scope`.
    QCoro::Task<void> importRemoteExclusions(Run &run, const Scope &scope,
                                             Ipv4Address remoteScopeId);
    void importExclusions(Run &run, const Scope &scope, const QList<PsuExclusion> &remote);
    std::int64_t createFailover(Run &run, const PsuFailover &remote, std::int64_t primaryId,
                                std::int64_t secondaryId);

    void addLine(ImportResult &result, JobLogLevel level, const QString &text);

    Database &m_database;
    PsuClient &m_psu;
    NetBoxClient *m_netbox = nullptr;
    Settings m_settings;
    Sink m_sink;
    QString m_changelogServer;
};

} // namespace leaselink::sync
