#pragma once

#include "domain/Ipv4Address.h"
#include "domain/Ipv4Prefix.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink {

// Wire-level NetBox objects (netbox-api.md §8, §9, §10, §11), the fields LeaseLink reads.

struct NetBoxStatus
{
    QString netboxVersion; // "4.6.8"
    QString fullVersion;   // "4.6.0-beta2"
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString hostname;
    bool isSupported() const { return major == 4 && (minor == 5 || minor == 6); }
    bool atLeast(int maj, int min, int pat = 0) const
    {
        return std::tie(major, minor, patch) >= std::tie(maj, min, pat);
    }
};

struct NetBoxChoice
{
    QString value;
    QString label;
};

struct NetBoxIpAddress
{
    qint64 id = 0;
    Ipv4Address host;
    int prefixLength = 32;
    QString address; // as NetBox prints it, "10.20.0.11/24"
    std::optional<qint64> vrfId;
    std::optional<qint64> tenantId;
    NetBoxChoice status;
    QString dnsName;
    QString description;
    QStringList tagSlugs;
    std::optional<QString> dhcpClientId; // custom field; nullopt = null or field absent
    bool hasClientIdField = false;       // the custom field exists on the server
    QDateTime lastUpdated;
};

struct NetBoxPrefix
{
    qint64 id = 0;
    Ipv4Prefix prefix;
    std::optional<qint64> vrfId;
    std::optional<qint64> tenantId;
    NetBoxChoice status;
    QString description;
    QStringList tagSlugs;
};

struct NetBoxTag
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString color;
};

struct NetBoxVrf
{
    qint64 id = 0;
    QString name;
    QString rd; // "" when none
};

struct NetBoxCustomField
{
    qint64 id = 0;
    QString name;
    QString type; // "text"
    QStringList objectTypes;
    QString filterLogic;
};

struct NetBoxUser
{
    qint64 id = 0;
    QString username;
};

} // namespace leaselink
