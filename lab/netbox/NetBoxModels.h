#pragma once

#include "NetBoxAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink::lab {

// Plain records of the simulated NetBox's database tables. Timestamps are microseconds since the
// epoch (NetBox prints six fractional digits). Related objects are ids; 0 means "none".

struct NbTenant
{
    int id = 0;
    QString name;
    QString slug;
    QString description;
    qint64 created = 0;
    qint64 lastUpdated = 0;
};

struct NbVrf
{
    int id = 0;
    QString name;
    std::optional<QString> rd;
    int tenantId = 0;
    bool enforceUnique = true;
    QString description;
    QString comments;
    QList<int> tagIds;
    QJsonObject customFields;
    qint64 created = 0;
    qint64 lastUpdated = 0;
};

struct NbTag
{
    int id = 0;
    QString name;
    QString slug;
    QString color = QStringLiteral("9e9e9e");
    QString description;
    int weight = 1000;
    QStringList objectTypes; // empty = usable on every model
    qint64 created = 0;
    qint64 lastUpdated = 0;
};

struct NbCustomField
{
    int id = 0;
    QStringList objectTypes; // "ipam.ipaddress", ...
    QString type = QStringLiteral("text");
    QString name;
    QString label;
    QString groupName;
    QString description;
    bool required = false;
    bool unique = false;
    int searchWeight = 1000;
    QString filterLogic = QStringLiteral("loose");
    QString uiVisible = QStringLiteral("always");
    QString uiEditable = QStringLiteral("yes");
    bool isCloneable = false;
    QJsonValue defaultValue = QJsonValue::Null;
    int weight = 100;
    QString validationRegex;
    QString comments;
    qint64 created = 0;
    qint64 lastUpdated = 0;
};

struct NbIpAddress
{
    int id = 0;
    NetBoxAddress address;
    int vrfId = 0;
    int tenantId = 0;
    QString status = QStringLiteral("active");
    QString role; // "" = none
    QString dnsName;
    QString description;
    QString comments;
    QList<int> tagIds;
    QJsonObject customFields; // only keys that were ever set
    qint64 created = 0;
    qint64 lastUpdated = 0;
    QString createdByRequest;
    QString updatedByRequest;
};

struct NbPrefix
{
    int id = 0;
    NetBoxAddress prefix;
    int vrfId = 0;
    QString scopeType; // "" = none
    std::optional<int> scopeId;
    int tenantId = 0;
    QString status = QStringLiteral("active");
    bool isPool = false;
    bool markUtilized = false;
    QString description;
    QString comments;
    QList<int> tagIds;
    QJsonObject customFields;
    qint64 created = 0;
    qint64 lastUpdated = 0;
};

struct NbUser
{
    int id = 0;
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    bool isActive = true;
    bool isSuperuser = false;
    QSet<QString> permissions; // Django codenames, e.g. "ipam.add_ipaddress"
    qint64 dateJoined = 0;
};

struct NbToken
{
    int id = 0;
    int userId = 0;
    int version = 2; // 1: "Token <40>", 2: "Bearer nbt_<key>.<secret>"
    QString key;     // v2: 12-char key; v1: unused
    QString secret;  // v1: the 40-char token; v2: the 40-char secret
    bool writeEnabled = true;
    bool enabled = true;
    std::optional<QDateTime> expires;
    QStringList allowedIps; // CIDRs; empty = any source
};

struct NbObjectChange
{
    int id = 0;
    qint64 time = 0;
    int userId = 0;
    QString userName;
    QString requestId;
    QString action;     // create / update / delete
    QString objectType; // "ipam.ipaddress"
    int objectId = 0;
    QString objectRepr;
    QString message;
    QJsonObject prechange;
    QJsonObject postchange;
};

struct NbChoice
{
    QString value;
    QString label;
};

} // namespace leaselink::lab
