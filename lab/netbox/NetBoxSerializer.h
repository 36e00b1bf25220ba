#pragma once

#include "NetBoxConfig.h"
#include "NetBoxJsonObject.h"
#include "NetBoxState.h"

#include <QJsonArray>

namespace leaselink::lab {

// NetBox's REST representations (full, brief/nested) of the simulated objects, with the same
// keys in the same order as NetBox's serializers, plus the flat snapshots the change log stores.
class NetBoxSerializer
{
public:
    NetBoxSerializer(NetBoxState &state, const NetBoxConfig &config, QString baseUrl);

    static QString timestamp(qint64 microseconds);     // ...T09:14:03.512345Z
    static QString etagTimestamp(qint64 microseconds); // ...T09:14:03.512345+00:00
    QString apiUrl(const QString &path) const;         // "ipam/vrfs/2/" -> absolute
    const QString &baseUrl() const { return m_baseUrl; }

    NetBoxJsonObject ipAddress(const NbIpAddress &ip) const;
    NetBoxJsonObject ipAddressBrief(const NbIpAddress &ip) const;
    NetBoxJsonObject prefix(const NbPrefix &prefix) const;
    NetBoxJsonObject prefixBrief(const NbPrefix &prefix) const;
    NetBoxJsonObject vrf(const NbVrf &vrf) const;
    NetBoxJsonObject vrfBrief(const NbVrf &vrf) const;
    NetBoxJsonObject tenant(const NbTenant &tenant) const;
    NetBoxJsonObject tenantBrief(const NbTenant &tenant) const;
    NetBoxJsonObject tag(const NbTag &tag) const;
    NetBoxJsonObject tagNested(const NbTag &tag) const;
    NetBoxJsonObject tagBrief(const NbTag &tag) const;
    NetBoxJsonObject customField(const NbCustomField &field) const;
    NetBoxJsonObject customFieldBrief(const NbCustomField &field) const;
    NetBoxJsonObject objectChange(const NbObjectChange &change) const;
    NetBoxJsonObject user(const NbUser &user) const;
    NetBoxJsonObject userBrief(const NbUser &user) const;

    QJsonObject ipSnapshot(const NbIpAddress &ip) const;
    QJsonObject prefixSnapshot(const NbPrefix &prefix) const;
    QJsonObject vrfSnapshot(const NbVrf &vrf) const;
    QJsonObject tagSnapshot(const NbTag &tag) const;
    QJsonObject customFieldSnapshot(const NbCustomField &field) const;

    static QString vrfDisplay(const NbVrf &vrf);
    static QString choiceLabel(const QList<NbChoice> &choices, const QString &value);
    int prefixDepth(const NbPrefix &prefix) const;
    int prefixChildren(const NbPrefix &prefix) const;

private:
    NetBoxJsonObject family(int family) const;
    NetBoxJsonObject choice(const QString &value, const QString &label) const;
    QByteArray tagList(const QList<int> &tagIds) const;
    QJsonObject customFieldValues(const QString &objectType, const QJsonObject &stored) const;
    QJsonArray sortedTagNames(const QList<int> &tagIds) const;
    void addVrf(NetBoxJsonObject &object, int vrfId) const;
    void addTenant(NetBoxJsonObject &object, int tenantId) const;

    NetBoxState &m_state;
    const NetBoxConfig &m_config;
    QString m_baseUrl;
};

} // namespace leaselink::lab
