#pragma once

#include "JsonWriter.h"
#include "PsuModel.h"

namespace leaselink::lab {

// The PSU script's object shapes (psu-api.md §2), keys in the script's order.
class PsuJson
{
public:
    enum class ScopeShape
    {
        Single,           // GET/POST/PUT single scope: the first eight fields
        List,             // GET /scopes: + router, failover_name
        ListWithoutRouter // 2.x with include_router=false
    };

    static void scope(JsonWriter &json, const PsuScope &scope, ScopeShape shape,
                      const QString &failoverName = {});
    static void lease(JsonWriter &json, const PsuLease &lease, const PsuScope &scope);
    static void reservation(JsonWriter &json, const PsuReservation &reservation,
                            const PsuScope &scope);
    static void exclusion(JsonWriter &json, const PsuExclusion &exclusion, const PsuScope &scope);
    static void option(JsonWriter &json, const PsuOption &option);
    static void failover(JsonWriter &json, const PsuFailover &failover, const QString &ownHostname);
    static QString expiry(const QDateTime &time);
};

} // namespace leaselink::lab
