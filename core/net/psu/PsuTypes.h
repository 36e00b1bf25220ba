#pragma once

#include "domain/Ipv4Address.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink {

// Wire-level values of the PSU contract (psu-api.md §2, upstream-v2.md §2). These mirror what
// the server sends, already validated; mapping to the domain model is the sync's business.

struct PsuHealth
{
    QString status;  // "ok"
    QString version; // "" when the script reports none
};

enum class PsuAccessLevel
{
    Reader,
    Writer
};

struct PsuScope
{
    Ipv4Address scopeId;
    QString name;
    QString description;
    Ipv4Address startIp;
    Ipv4Address endIp;
    Ipv4Address subnetMask;
    bool active = true;                // state "Active" (case-insensitive) vs "InActive"
    int leaseDurationSeconds = 86400;  // 0 on the wire means "not set" → 86400 (§6)
    bool hasRouter = false;            // the key was present (list endpoint with router)
    std::optional<Ipv4Address> router; // null, "" and "0.0.0.0" mean none (§6)
    bool hasFailoverName = false;
    std::optional<QString> failoverName;
};

enum class PsuLeaseState
{
    Active,
    ActiveReservation
};

struct PsuLease
{
    Ipv4Address ipAddress;
    Ipv4Address scopeId;
    QString clientId; // as Windows stores it, lower-cased ("00-11-22-33-44-55")
    QString hostname;
    std::optional<QDateTime> leaseExpiry; // nullopt: no expiry
    PsuLeaseState state = PsuLeaseState::Active;
};

enum class PsuReservationType
{
    Dhcp,
    Bootp,
    Both
};

struct PsuReservation
{
    Ipv4Address ipAddress;
    QString clientId;
    QString name;
    QString description;
    PsuReservationType type = PsuReservationType::Dhcp;
    Ipv4Address scopeId;
};

enum class PsuFailoverMode
{
    LoadBalance,
    HotStandby
};

struct PsuFailover
{
    QString name;
    QString primaryServer;
    QString secondaryServer;
    PsuFailoverMode mode = PsuFailoverMode::LoadBalance;
    QList<Ipv4Address> scopeIds;
    int maxClientLeadTime = 3600;
    int maxResponseDelay = 30;
    std::optional<int> stateSwitchoverInterval;
    bool enableAuth = false;
};

struct PsuOption
{
    int code = 0;
    QString name;
    QStringList value; // always a list on the wire
    QString type;      // Windows type name, one of PsuDecoder::knownOptionTypes()
    QString vendorClass;
};

struct PsuExclusion
{
    Ipv4Address scopeId;
    Ipv4Address startIp;
    Ipv4Address endIp;
};

// 2.x bulk options read (upstream-v2.md §2.3).
struct PsuOptionsSnapshot
{
    QMap<Ipv4Address, QList<PsuOption>> scopeOptions;
    QList<PsuOption> serverOptions;
    QJsonArray optionDefinitions; // shape not specified by the contract; kept verbatim
};

enum class PsuBulkStatus
{
    Ok,
    NotFound,
    Error
};

// One item of a 2.x bulk reservation answer, or the client's own verdict for an item whose
// chunk failed ("No result returned for this item").
struct PsuBulkItemResult
{
    Ipv4Address scopeId;
    Ipv4Address ipAddress;
    PsuBulkStatus status = PsuBulkStatus::Ok;
    QString error;
    std::optional<PsuReservation> reservation;
};

// 2.x /metrics (schema_version 1), the parts LeaseLink shows.
struct PsuScopeMetrics
{
    Ipv4Address scopeId;
    QString name;
    QString state;
    qint64 addressesTotal = 0;
    qint64 addressesInUse = 0;
    qint64 addressesFree = 0;
    qint64 addressesReserved = 0;
    double percentInUse = 0;
};

struct PsuMetrics
{
    int schemaVersion = 1;
    QDateTime generatedAt;
    bool hasServer = false;
    qint64 uptimeSeconds = 0;
    qint64 scopesTotal = 0;
    qint64 scopesActive = 0;
    qint64 addressesTotal = 0;
    qint64 addressesInUse = 0;
    double percentInUse = 0;
    QList<PsuScopeMetrics> scopes;
    QStringList failoverStates; // "FO-A: normal"
};

} // namespace leaselink
