#pragma once

#include "domain/Ipv4Address.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace leaselink::lab {

// The in-memory Windows DHCP server state behind a simulated PSU server. Two PsuSim instances
// of a failover pair share one PsuModel, so a write through either is seen by both.
struct PsuOption
{
    int code = 0;
    QString name;
    QStringList value;
    QString type;        // Windows type name, e.g. "IPv4Address"
    QString vendorClass; // "" for standard options
};

struct PsuLease
{
    Ipv4Address ipAddress;
    QString clientId; // as Windows stores it: "00-11-22-33-44-55"
    QString hostname;
    QDateTime expiry;     // invalid: no expiry
    QString addressState; // "Active", "ActiveReservation", or others the API filters out
};

struct PsuReservation
{
    Ipv4Address ipAddress;
    QString clientId;
    QString name;
    QString description;
    QString type = QStringLiteral("Both");
};

struct PsuExclusion
{
    Ipv4Address start;
    Ipv4Address end;
};

struct PsuScope
{
    Ipv4Address scopeId;
    QString name;
    QString description;
    Ipv4Address startIp;
    Ipv4Address endIp;
    Ipv4Address subnetMask;
    QString state = QStringLiteral("Active"); // "Active" or "InActive"
    qint64 leaseDurationSeconds = 691200;
    QList<PsuOption> options; // sorted by code; option 51 is derived from the lease duration
    QList<PsuExclusion> exclusions;
    QList<PsuReservation> reservations; // sorted by IP
    QList<PsuLease> leases;             // sorted by IP

    bool containsInRange(Ipv4Address address) const
    {
        return startIp <= address && address <= endIp;
    }
    // First value of option 3 without vendor class; null when unset.
    QString router() const;
    void setRouter(const QString &router); // null or "" removes option 3
    void setOption(const PsuOption &option);
    bool removeOption(int code);
    // The options as Windows lists them: stored ones plus 51 (lease time), by code.
    QList<PsuOption> listedOptions() const;
    PsuReservation *reservationAt(Ipv4Address address);
    PsuLease *leaseAt(Ipv4Address address);
};

struct PsuFailover
{
    QString name;
    QString serverA; // the server it was created on
    QString serverB; // the partner
    QString mode = QStringLiteral("LoadBalance");
    QStringList scopeIds;
    int maxClientLeadTime = 3600;
    int maxResponseDelay = 30;
    int stateSwitchoverInterval = 0; // 0: unset
    bool enableAuth = false;
    QString sharedSecret;

    bool involves(const QString &hostname) const;
    QString partnerOf(const QString &hostname) const;
};

struct PsuModel
{
    std::map<quint32, PsuScope> scopes; // by scope id, the order Windows lists them in
    QList<PsuFailover> failovers;
    QList<PsuOption> serverOptions;

    PsuScope *scope(Ipv4Address scopeId);
    const PsuScope *scope(Ipv4Address scopeId) const;
    PsuScope &addScope(PsuScope scope);
    // The failover relationship holding a scope, or null.
    const PsuFailover *failoverOf(Ipv4Address scopeId) const;
    PsuFailover *failover(const QString &name);
    qsizetype leaseCount() const;
    qsizetype reservationCount() const;

    // Windows' name and type for an option code (the common ones; others are "Option N").
    static PsuOption optionTemplate(int code);
};

} // namespace leaselink::lab
