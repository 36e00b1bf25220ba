#pragma once

#include "NetBoxConfig.h"
#include "NetBoxState.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <functional>
#include <vector>

namespace leaselink::lab {

// A parsed list filter: all predicates must hold (NetBox ANDs different parameters and ORs the
// repeated values of one parameter, except tag/tag_id which are ANDed).
template <typename T> struct NetBoxFilter
{
    std::vector<std::function<bool(const T &)>> predicates;
    bool none = false; // provably empty (e.g. every `address` value was unparsable)
    QJsonObject error; // non-empty: 400 with this body
    QString exception; // non-empty: 500 with this exception class
    // IP addresses only: host ranges from `parent` (OR'ed) for a range lookup in the index.
    std::vector<std::pair<NetBoxAddress, NetBoxAddress>> ranges;

    bool matches(const T &record) const
    {
        for (const auto &predicate : predicates) {
            if (!predicate(record))
                return false;
        }
        return true;
    }
};

// django-filter / NetBox filter sets of the endpoints the simulator serves (netbox-api.md §4.5,
// §8.5, §9, §10, §11, §12). Unknown parameters are ignored, like NetBox does.
class NetBoxFilters
{
public:
    using Items = QList<QPair<QString, QString>>;

    NetBoxFilters(NetBoxState &state, const NetBoxConfig &config);

    // Query items decoded the way Django decodes them ('+' is a space), repeats preserved.
    static Items items(const QUrlQuery &query);

    NetBoxFilter<NbIpAddress> ipAddresses(const Items &items) const;
    NetBoxFilter<NbPrefix> prefixes(const Items &items) const;
    NetBoxFilter<NbVrf> vrfs(const Items &items) const;
    NetBoxFilter<NbTag> tags(const Items &items) const;
    NetBoxFilter<NbTenant> tenants(const Items &items) const;
    NetBoxFilter<NbCustomField> customFields(const Items &items) const;
    NetBoxFilter<NbObjectChange> changes(const Items &items) const;

private:
    NetBoxState &m_state;
    const NetBoxConfig &m_config;
};

} // namespace leaselink::lab
