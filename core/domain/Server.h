#pragma once

#include "Maintenance.h"
#include "net/psu/PsuScriptVersion.h"
#include "StoredCertificate.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace leaselink {

enum class HealthStatus
{
    Unknown,
    Healthy,
    Unreachable
};

// What the server's App Token may do, as POST /health last answered (decisions.md C-07):
// 200 = Writer, 403 = Reader, anything else = Unknown.
enum class AccessLevel
{
    Unknown,
    Reader,
    Writer
};

// A Windows DHCP server reached through PowerShell Universal (data model section 3).
// The App Token is not a field: it lives in the OS keychain, keyed by the server id.
struct Server
{
    static constexpr const char *ExpectedScriptVersion = PsuScriptVersion::Shipped;

    std::int64_t id = 0;
    QString name;     // unique, <= 100
    QString hostname; // <= 255, not unique; key for token overrides and failover matching
    int port = 443;
    bool useHttps = true;
    bool verifySsl = true;
    StoredCertificate certificate;
    bool syncStandaloneScopes = true;
    QString description;
    Maintenance maintenance;

    HealthStatus healthStatus = HealthStatus::Unknown;
    QDateTime lastHealthCheck;
    QString healthError;
    QDateTime lastSyncAt;
    QString lastSyncError;
    QString psuScriptVersion; // "" = unknown
    AccessLevel accessLevel = AccessLevel::Unknown;
    QDateTime accessCheckedAt; // invalid: never checked
    int timeoutSeconds = 30;   // per-server transfer timeout

    QDateTime created;
    QDateTime lastUpdated;

    QUrl baseUrl() const;           // scheme://hostname:port/api/dhcp
    QUrl managementBaseUrl() const; // scheme://hostname:port/api/v1

    bool operator==(const Server &) const = default;
};

} // namespace leaselink
