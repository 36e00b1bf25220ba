#include "Schema.h"

#include "BuiltinOptionCatalogue.h"
#include "SqlSupport.h"

#include <QStringList>

namespace leaselink {

using namespace sqlsupport;

namespace {

// Conventions: timestamps are ISO-8601 UTC text; every IPv4 column that is ordered or
// range-checked has an *_int twin holding the address as a number; booleans are 0/1. No column
// holds a token, App Token or shared secret: those live in the OS keychain.
const char *const MaintenanceColumns = R"(
    maintenance_mode INTEGER NOT NULL DEFAULT 0 CHECK (maintenance_mode IN (0, 1)),
    maintenance_enabled_at TEXT,
    maintenance_enabled_by TEXT NOT NULL DEFAULT '',
    maintenance_notes TEXT NOT NULL DEFAULT '',)";

QStringList version1Statements()
{
    const QString maintenance = QLatin1String(MaintenanceColumns);
    return {
        QStringLiteral(R"(CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sync_ip_addresses INTEGER NOT NULL DEFAULT 0 CHECK (sync_ip_addresses IN (0, 1)),
    lease_status TEXT NOT NULL DEFAULT 'dhcp' CHECK (length(lease_status) BETWEEN 1 AND 50),
    reservation_status TEXT NOT NULL DEFAULT 'reserved'
        CHECK (length(reservation_status) BETWEEN 1 AND 50),
    push_reservations INTEGER NOT NULL DEFAULT 0 CHECK (push_reservations IN (0, 1)),
    push_scope_info INTEGER NOT NULL DEFAULT 0 CHECK (push_scope_info IN (0, 1)),
    sync_active_scopes_only INTEGER NOT NULL DEFAULT 0 CHECK (sync_active_scopes_only IN (0, 1)),
    sync_interval_minutes INTEGER NOT NULL DEFAULT 60 CHECK (sync_interval_minutes > 0),
    sync_queue TEXT NOT NULL DEFAULT 'default' CHECK (sync_queue IN ('high', 'default', 'low')),
    sync_job_timeout_seconds INTEGER NOT NULL DEFAULT 300 CHECK (sync_job_timeout_seconds > 0),
    sync_protect_tag_id INTEGER,
    sync_protect_tag_slug TEXT NOT NULL DEFAULT '',
    sync_protect_update_client_id INTEGER NOT NULL DEFAULT 0
        CHECK (sync_protect_update_client_id IN (0, 1)),
    create_missing_prefixes INTEGER NOT NULL DEFAULT 1 CHECK (create_missing_prefixes IN (0, 1)),
    api_enabled INTEGER NOT NULL DEFAULT 1 CHECK (api_enabled IN (0, 1))
))"),
        QStringLiteral(R"(CREATE TABLE servers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    hostname TEXT NOT NULL CHECK (length(hostname) BETWEEN 1 AND 255),
    port INTEGER NOT NULL DEFAULT 443 CHECK (port BETWEEN 0 AND 65535),
    use_https INTEGER NOT NULL DEFAULT 1 CHECK (use_https IN (0, 1)),
    verify_ssl INTEGER NOT NULL DEFAULT 1 CHECK (verify_ssl IN (0, 1)),
    certificate_pem TEXT NOT NULL DEFAULT '',
    certificate_not_after TEXT,
    certificate_sha256 TEXT NOT NULL DEFAULT '',
    sync_standalone_scopes INTEGER NOT NULL DEFAULT 1 CHECK (sync_standalone_scopes IN (0, 1)),
    description TEXT NOT NULL DEFAULT '',)") +
            maintenance + QStringLiteral(R"(
    health_status TEXT NOT NULL DEFAULT 'unknown'
        CHECK (health_status IN ('unknown', 'healthy', 'unreachable')),
    last_health_check TEXT,
    health_error TEXT NOT NULL DEFAULT '',
    last_sync_at TEXT,
    last_sync_error TEXT NOT NULL DEFAULT '',
    psu_script_version TEXT NOT NULL DEFAULT '' CHECK (length(psu_script_version) <= 50),
    timeout_seconds INTEGER NOT NULL DEFAULT 30 CHECK (timeout_seconds BETWEEN 1 AND 3600),
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE failovers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    primary_server_id INTEGER NOT NULL REFERENCES servers (id) ON DELETE RESTRICT,
    secondary_server_id INTEGER NOT NULL REFERENCES servers (id) ON DELETE RESTRICT,
    mode TEXT NOT NULL DEFAULT 'LoadBalance' CHECK (mode IN ('LoadBalance', 'HotStandby')),
    max_client_lead_time INTEGER NOT NULL DEFAULT 3600 CHECK (max_client_lead_time >= 0),
    max_response_delay INTEGER NOT NULL DEFAULT 30 CHECK (max_response_delay >= 0),
    state_switchover_interval INTEGER
        CHECK (state_switchover_interval IS NULL OR state_switchover_interval >= 0),
    sync_enabled INTEGER NOT NULL DEFAULT 1 CHECK (sync_enabled IN (0, 1)),
    enable_auth INTEGER NOT NULL DEFAULT 0 CHECK (enable_auth IN (0, 1)),)") +
            maintenance + QStringLiteral(R"(
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL,
    CHECK (primary_server_id <> secondary_server_id)
))"),
        QStringLiteral("CREATE INDEX failovers_primary_server ON failovers (primary_server_id)"),
        QStringLiteral(
            "CREATE INDEX failovers_secondary_server ON failovers (secondary_server_id)"),
        QStringLiteral(R"(CREATE TABLE option_code_definitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code INTEGER NOT NULL UNIQUE CHECK (code BETWEEN 0 AND 32767),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    data_type TEXT NOT NULL DEFAULT 'String' CHECK (data_type IN ('String', 'IPAddress',
        'IPAddressList', 'DWORD', 'DWORD DWORD', 'Binary', 'Encapsulated', 'IPv6Address')),
    is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
    vendor_class TEXT NOT NULL DEFAULT '' CHECK (length(vendor_class) <= 200),
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE option_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    option_definition_id INTEGER NOT NULL
        REFERENCES option_code_definitions (id) ON DELETE RESTRICT,
    value TEXT NOT NULL,
    friendly_name TEXT NOT NULL DEFAULT '' CHECK (length(friendly_name) <= 200),
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
))"),
        QStringLiteral(
            "CREATE INDEX option_values_definition ON option_values (option_definition_id)"),
        QStringLiteral(R"(CREATE TABLE scopes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    netbox_prefix_id INTEGER NOT NULL CHECK (netbox_prefix_id > 0),
    prefix TEXT NOT NULL,
    prefix_network_int INTEGER NOT NULL CHECK (prefix_network_int BETWEEN 0 AND 4294967295),
    prefix_length INTEGER NOT NULL CHECK (prefix_length BETWEEN 0 AND 32),
    vrf_id INTEGER,
    start_ip TEXT NOT NULL,
    start_ip_int INTEGER NOT NULL CHECK (start_ip_int BETWEEN 0 AND 4294967295),
    end_ip TEXT NOT NULL,
    end_ip_int INTEGER NOT NULL CHECK (end_ip_int BETWEEN 0 AND 4294967295),
    router TEXT,
    router_int INTEGER CHECK (router_int IS NULL OR router_int BETWEEN 0 AND 4294967295),
    lease_lifetime_seconds INTEGER NOT NULL DEFAULT 86400 CHECK (lease_lifetime_seconds >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    server_id INTEGER REFERENCES servers (id) ON DELETE SET NULL,
    failover_id INTEGER REFERENCES failovers (id) ON DELETE SET NULL,)") +
            maintenance + QStringLiteral(R"(
    last_sync_at TEXT,
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX scopes_server ON scopes (server_id)"),
        QStringLiteral("CREATE INDEX scopes_failover ON scopes (failover_id)"),
        QStringLiteral("CREATE INDEX scopes_prefix_network ON scopes (prefix_network_int)"),
        QStringLiteral(R"(CREATE TABLE scope_option_values (
    scope_id INTEGER NOT NULL REFERENCES scopes (id) ON DELETE CASCADE,
    option_value_id INTEGER NOT NULL REFERENCES option_values (id) ON DELETE CASCADE,
    PRIMARY KEY (scope_id, option_value_id)
) WITHOUT ROWID)"),
        QStringLiteral(
            "CREATE INDEX scope_option_values_value ON scope_option_values (option_value_id)"),
        QStringLiteral(R"(CREATE TABLE exclusion_ranges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope_id INTEGER NOT NULL REFERENCES scopes (id) ON DELETE CASCADE,
    start_ip TEXT NOT NULL,
    start_ip_int INTEGER NOT NULL CHECK (start_ip_int BETWEEN 0 AND 4294967295),
    end_ip TEXT NOT NULL,
    end_ip_int INTEGER NOT NULL CHECK (end_ip_int BETWEEN 0 AND 4294967295),
    UNIQUE (scope_id, start_ip_int, end_ip_int)
))"),
        QStringLiteral(R"(CREATE TABLE lease_info (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    netbox_ip_id INTEGER NOT NULL UNIQUE CHECK (netbox_ip_id > 0),
    address TEXT NOT NULL DEFAULT '',
    address_int INTEGER,
    lease_hostname TEXT NOT NULL DEFAULT '' CHECK (length(lease_hostname) <= 255),
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    lease_expiration TEXT,
    active_since TEXT,
    inactive_since TEXT,
    created_by_sync INTEGER NOT NULL DEFAULT 0 CHECK (created_by_sync IN (0, 1))
))"),
        QStringLiteral("CREATE INDEX lease_info_address ON lease_info (address_int)"),
        // No index on lease_hostname: search is a substring match, which no index serves.
    };
}

QStringList version3Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE netbox_connection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL CHECK (length(url) > 0),
    verify_ssl INTEGER NOT NULL DEFAULT 1 CHECK (verify_ssl IN (0, 1)),
    certificate_pem TEXT NOT NULL DEFAULT '',
    certificate_not_after TEXT,
    certificate_sha256 TEXT NOT NULL DEFAULT '',
    last_updated TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 50),
    servers TEXT NOT NULL DEFAULT '[]',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'cancelled')),
    counts TEXT NOT NULL DEFAULT '{}',
    log TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX jobs_started_at ON jobs (started_at)"),
    };
}

// Access level per server (C-07) and the per-server sync lock shared by every LeaseLink process
// on this data directory (C-21, O-23).
QStringList syncLockStatements()
{
    return {
        QStringLiteral("ALTER TABLE servers ADD COLUMN access_level TEXT NOT NULL DEFAULT "
                       "'unknown' CHECK (access_level IN ('unknown', 'reader', 'writer'))"),
        QStringLiteral("ALTER TABLE servers ADD COLUMN access_checked_at TEXT"),
        QStringLiteral(R"(CREATE TABLE sync_locks (
    server_id INTEGER PRIMARY KEY REFERENCES servers (id) ON DELETE CASCADE,
    owner_run_id TEXT NOT NULL CHECK (length(owner_run_id) > 0),
    owner_pid INTEGER NOT NULL,
    owner_host TEXT NOT NULL DEFAULT '',
    owner_description TEXT NOT NULL DEFAULT '',
    acquired_at TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
))"),
        // The leases and reservations each server last reported (Leases/Reservations views).
        // Addresses are kept as numbers: numeric order and range search without parsing.
        QStringLiteral(R"(CREATE TABLE dhcp_leases (
    server_id INTEGER NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    scope_id TEXT NOT NULL,
    address_int INTEGER NOT NULL,
    client_id TEXT NOT NULL DEFAULT '',
    hostname TEXT NOT NULL DEFAULT '',
    expiry TEXT,
    state TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    PRIMARY KEY (server_id, address_int)
) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX dhcp_leases_scope ON dhcp_leases (server_id, scope_id)"),
        QStringLiteral(R"(CREATE TABLE dhcp_reservations (
    server_id INTEGER NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    scope_id TEXT NOT NULL,
    address_int INTEGER NOT NULL,
    client_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    PRIMARY KEY (server_id, address_int)
) WITHOUT ROWID)"),
        QStringLiteral(
            "CREATE INDEX dhcp_reservations_scope ON dhcp_reservations (server_id, scope_id)"),
    };
}

// O-12 / C-03 / C-15: lease side-info keeps up to 1,024 characters of the raw host name (and
// whether it was cut), the prestaged origin flag and state_changed_at. SQLite cannot change a
// CHECK constraint in place, so the table is rebuilt; state_changed_at starts from the timestamp
// of the current state so existing rows keep a meaningful "since".
QStringList leaseSideInfoV5Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE lease_info_v5 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    netbox_ip_id INTEGER NOT NULL UNIQUE CHECK (netbox_ip_id > 0),
    address TEXT NOT NULL DEFAULT '',
    address_int INTEGER,
    lease_hostname TEXT NOT NULL DEFAULT '' CHECK (length(lease_hostname) <= 1024),
    host_cut INTEGER NOT NULL DEFAULT 0 CHECK (host_cut IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    lease_expiration TEXT,
    active_since TEXT,
    inactive_since TEXT,
    state_changed_at TEXT,
    created_by_sync INTEGER NOT NULL DEFAULT 0 CHECK (created_by_sync IN (0, 1)),
    prestaged INTEGER NOT NULL DEFAULT 0 CHECK (prestaged IN (0, 1))
))"),
        QStringLiteral(
            "INSERT INTO lease_info_v5 (id, netbox_ip_id, address, address_int, lease_hostname, "
            "active, lease_expiration, active_since, inactive_since, state_changed_at, "
            "created_by_sync) SELECT id, netbox_ip_id, address, address_int, lease_hostname, "
            "active, lease_expiration, active_since, inactive_since, "
            "CASE WHEN active = 1 THEN active_since ELSE inactive_since END, created_by_sync "
            "FROM lease_info"),
        QStringLiteral("DROP TABLE lease_info"),
        QStringLiteral("ALTER TABLE lease_info_v5 RENAME TO lease_info"),
        QStringLiteral("CREATE INDEX lease_info_address ON lease_info (address_int)"),
    };
}

// Scope discovery setting (C-10, O-19) and the user's removals waiting to be pushed (C-02).
QStringList scopeDiscoveryV6Statements()
{
    return {
        QStringLiteral("ALTER TABLE settings ADD COLUMN scope_discovery INTEGER NOT NULL "
                       "DEFAULT 1 CHECK (scope_discovery IN (0, 1))"),
        QStringLiteral(R"(CREATE TABLE pending_removals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope_id INTEGER NOT NULL REFERENCES scopes (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('exclusion', 'router')),
    start_ip TEXT NOT NULL DEFAULT '',
    end_ip TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (scope_id, kind, start_ip, end_ip)
))"),
        QStringLiteral("CREATE INDEX pending_removals_scope ON pending_removals (scope_id)"),
    };
}

// C-01: the previous run's read of each local scope, so a PSU script below 2.0.0 answering
// "nothing" is only believed when the next run confirms it.
QStringList scopeReadsV7Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE scope_reads (
    scope_id INTEGER PRIMARY KEY REFERENCES scopes (id) ON DELETE CASCADE,
    lease_count INTEGER NOT NULL CHECK (lease_count >= 0),
    reservation_count INTEGER NOT NULL CHECK (reservation_count >= 0),
    empty_unconfirmed INTEGER NOT NULL DEFAULT 0 CHECK (empty_unconfirmed IN (0, 1))
))"),
    };
}

// C-22: option code definitions are keyed by (code, vendor class), so the column-level UNIQUE on
// code must go. SQLite cannot drop it in place: the table is rebuilt under deferred foreign keys
// so option_values rows keep pointing at the same ids (re-inserting the parents resolves the
// deferred violations the DROP counted before the transaction commits).
QStringList optionCodeVendorClassV8Statements()
{
    return {
        QStringLiteral("PRAGMA defer_foreign_keys = ON"),
        QStringLiteral("CREATE TEMP TABLE option_code_definitions_copy AS "
                       "SELECT * FROM option_code_definitions"),
        QStringLiteral("DROP TABLE option_code_definitions"),
        QStringLiteral(R"(CREATE TABLE option_code_definitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code INTEGER NOT NULL CHECK (code BETWEEN 0 AND 32767),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    data_type TEXT NOT NULL DEFAULT 'String' CHECK (data_type IN ('String', 'IPAddress',
        'IPAddressList', 'DWORD', 'DWORD DWORD', 'Binary', 'Encapsulated', 'IPv6Address')),
    is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
    vendor_class TEXT NOT NULL DEFAULT '' CHECK (length(vendor_class) <= 200),
    created TEXT NOT NULL,
    last_updated TEXT NOT NULL,
    UNIQUE (code, vendor_class)
))"),
        QStringLiteral("INSERT INTO option_code_definitions (id, code, name, description, "
                       "data_type, is_builtin, vendor_class, created, last_updated) "
                       "SELECT id, code, name, description, data_type, is_builtin, vendor_class, "
                       "created, last_updated FROM option_code_definitions_copy"),
        QStringLiteral("DROP TABLE option_code_definitions_copy"),
    };
}

// C-13: failovers get a description (import and discovery store "", the user edits it, O-24).
QStringList failoverDescriptionV9Statements()
{
    return {
        QStringLiteral("ALTER TABLE failovers ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
    };
}

// C-11 invalid-hostname tag; C-14 pending old statuses and the scopes still to relabel.
QStringList invalidTagAndRelabelV10Statements()
{
    return {
        QStringLiteral("ALTER TABLE settings ADD COLUMN invalid_hostname_tag_slug TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE settings ADD COLUMN pending_old_lease_status TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE settings ADD COLUMN pending_old_reservation_status TEXT NOT "
                       "NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE relabel_pending (scope_id INTEGER PRIMARY KEY REFERENCES "
                       "scopes (id) ON DELETE CASCADE)"),
    };
}

std::function<StoreExpected<void>(const QSqlDatabase &)> runStatements(QStringList statements,
                                                                       int version)
{
    return [statements = std::move(statements),
            version](const QSqlDatabase &db) -> StoreExpected<void> {
        const QString action = QStringLiteral("creating schema %1").arg(version);
        for (const QString &sql : statements) {
            if (auto r = execDirect(db, sql, action); !r)
                return r;
        }
        return {};
    };
}

} // namespace

QList<Migration> Schema::migrations()
{
    return {
        Migration{1,
                  QStringLiteral("settings, servers, failovers, option codes and values, scopes, "
                                 "exclusion ranges, lease info"),
                  runStatements(version1Statements(), 1)},
        Migration{2, QStringLiteral("built-in option code catalogue"),
                  [](const QSqlDatabase &db) -> StoreExpected<void> {
                      auto seeded = BuiltinOptionCatalogue::seed(db);
                      if (!seeded)
                          return std::unexpected(seeded.error());
                      return {};
                  }},
        Migration{3, QStringLiteral("NetBox connection and job history"),
                  runStatements(version3Statements(), 3)},
        Migration{4, QStringLiteral("server access level, sync locks, lease and reservation cache"),
                  runStatements(syncLockStatements(), 4)},
        Migration{5,
                  QStringLiteral("lease side-info: long host names, prestaged, state_changed_at"),
                  runStatements(leaseSideInfoV5Statements(), 5)},
        Migration{6, QStringLiteral("scope discovery setting and pending removals"),
                  runStatements(scopeDiscoveryV6Statements(), 6)},
        Migration{7, QStringLiteral("scope read records (C-01)"),
                  runStatements(scopeReadsV7Statements(), 7)},
        Migration{8, QStringLiteral("option code definitions unique by code and vendor class"),
                  runStatements(optionCodeVendorClassV8Statements(), 8)},
        Migration{9, QStringLiteral("failover description (C-13)"),
                  runStatements(failoverDescriptionV9Statements(), 9)},
        Migration{10, QStringLiteral("invalid hostname tag (C-11), pending status relabel (C-14)"),
                  runStatements(invalidTagAndRelabelV10Statements(), 10)},
    };
}

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

} // namespace leaselink
