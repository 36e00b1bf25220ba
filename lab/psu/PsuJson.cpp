#include "PsuJson.h"

namespace leaselink::lab {

void PsuJson::scope(JsonWriter &json, const PsuScope &scope, ScopeShape shape,
                    const QString &failoverName)
{
    json.beginObject()
        .key(u"scope_id")
        .value(scope.scopeId.toString())
        .key(u"name")
        .value(scope.name)
        .key(u"start_ip")
        .value(scope.startIp.toString())
        .key(u"end_ip")
        .value(scope.endIp.toString())
        .key(u"subnet_mask")
        .value(scope.subnetMask.toString())
        .key(u"description")
        .value(scope.description)
        .key(u"state")
        .value(scope.state)
        .key(u"lease_duration_seconds")
        .value(scope.leaseDurationSeconds);
    if (shape == ScopeShape::List)
        json.key(u"router").nullableValue(scope.router());
    if (shape != ScopeShape::Single)
        json.key(u"failover_name").nullableValue(failoverName);
    json.endObject();
}

void PsuJson::lease(JsonWriter &json, const PsuLease &lease, const PsuScope &scope)
{
    json.beginObject()
        .key(u"ip_address")
        .value(lease.ipAddress.toString())
        .key(u"client_id")
        .value(lease.clientId)
        .key(u"hostname")
        .value(lease.hostname)
        .key(u"scope_id")
        .value(scope.scopeId.toString())
        .key(u"lease_expiry")
        .nullableValue(expiry(lease.expiry))
        .key(u"address_state")
        .value(lease.addressState)
        .endObject();
}

void PsuJson::reservation(JsonWriter &json, const PsuReservation &reservation,
                          const PsuScope &scope)
{
    json.beginObject()
        .key(u"ip_address")
        .value(reservation.ipAddress.toString())
        .key(u"client_id")
        .value(reservation.clientId)
        .key(u"name")
        .value(reservation.name)
        .key(u"description")
        .value(reservation.description)
        .key(u"type")
        .value(reservation.type)
        .key(u"scope_id")
        .value(scope.scopeId.toString())
        .endObject();
}

void PsuJson::exclusion(JsonWriter &json, const PsuExclusion &exclusion, const PsuScope &scope)
{
    json.beginObject()
        .key(u"scope_id")
        .value(scope.scopeId.toString())
        .key(u"start_ip")
        .value(exclusion.start.toString())
        .key(u"end_ip")
        .value(exclusion.end.toString())
        .endObject();
}

void PsuJson::option(JsonWriter &json, const PsuOption &option)
{
    json.beginObject().key(u"code").value(option.code).key(u"name").value(option.name);
    json.key(u"value").beginArray();
    for (const QString &value : option.value)
        json.value(value);
    json.endArray()
        .key(u"type")
        .value(option.type)
        .key(u"vendor_class")
        .value(option.vendorClass)
        .endObject();
}

void PsuJson::failover(JsonWriter &json, const PsuFailover &failover, const QString &ownHostname)
{
    json.beginObject()
        .key(u"name")
        .value(failover.name)
        // The script reports the answering host as primary, whatever its real role.
        .key(u"primary_server")
        .value(ownHostname)
        .key(u"secondary_server")
        .value(failover.partnerOf(ownHostname))
        .key(u"mode")
        .value(failover.mode)
        .key(u"scope_ids")
        .beginArray();
    for (const QString &id : failover.scopeIds)
        json.value(id);
    json.endArray()
        .key(u"max_client_lead_time")
        .value(failover.maxClientLeadTime)
        .key(u"max_response_delay")
        .value(failover.maxResponseDelay)
        .key(u"state_switchover_interval");
    if (failover.stateSwitchoverInterval > 0)
        json.value(failover.stateSwitchoverInterval);
    else
        json.null();
    json.key(u"enable_auth").value(failover.enableAuth).endObject();
}

QString PsuJson::expiry(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

} // namespace leaselink::lab
