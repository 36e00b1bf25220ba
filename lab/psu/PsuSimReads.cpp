// PsuSim: the read endpoints of /api/dhcp (psu-api.md §3, upstream-v2.md §2.2–2.3).
#include "PsuSim.h"

#include "JsonWriter.h"
#include "PsuJson.h"
#include "PsuValidation.h"

namespace leaselink::lab {

namespace {

bool isActiveLease(const PsuLease &lease)
{
    return lease.addressState == u"Active" || lease.addressState == u"ActiveReservation";
}

} // namespace

LabResponse PsuSim::getHealth()
{
    JsonWriter json;
    json.beginObject().key(u"status").value(u"ok").key(u"version").value(m_version).endObject();
    return this->json(200, json.take());
}

LabResponse PsuSim::getScopes(const LabRequest &request)
{
    const bool activeOnly = request.query.queryItemValue(QStringLiteral("active_only"))
                                .compare(u"true", Qt::CaseInsensitive) == 0;
    const bool withRouter =
        !(isV2() && request.query.queryItemValue(QStringLiteral("include_router"))
                            .compare(u"false", Qt::CaseInsensitive) == 0);
    JsonWriter json = writer();
    json.beginArray();
    for (const auto &[key, scope] : m_model->scopes) {
        if (activeOnly && scope.state.compare(u"Active", Qt::CaseInsensitive) != 0)
            continue;
        const PsuFailover *failover = m_model->failoverOf(scope.scopeId);
        PsuJson::scope(json, scope,
                       withRouter ? PsuJson::ScopeShape::List
                                  : PsuJson::ScopeShape::ListWithoutRouter,
                       failover ? failover->name : QString());
    }
    json.endArray();
    return this->json(200, json.take());
}

LabResponse PsuSim::getScope(const QString &id)
{
    const auto scopeId = PsuValidation::parseIpv4Lenient(id);
    if (!scopeId)
        return badIpv4(QStringLiteral("scope_id"));
    const PsuScope *scope = m_model->scope(*scopeId);
    if (!scope)
        return error(404, QStringLiteral("Scope not found."));
    JsonWriter json = writer();
    PsuJson::scope(json, *scope, PsuJson::ScopeShape::Single);
    return this->json(200, json.take());
}

LabResponse PsuSim::getLeases(const LabRequest &request)
{
    const QString id = request.query.queryItemValue(QStringLiteral("scope_id"));
    const bool grouped =
        isV2() && request.query.queryItemValue(QStringLiteral("format")) == u"grouped";
    QList<const PsuScope *> selected;
    if (!id.isEmpty()) {
        const auto scopeId = PsuValidation::parseIpv4Lenient(id);
        if (!scopeId)
            return badIpv4(QStringLiteral("scope_id"));
        const PsuScope *scope = m_model->scope(*scopeId);
        if (!scope) // Get-DhcpServerv4Lease throws, and the script maps every throw to 500
            return error(500, QStringLiteral("Failed to get scope %1 on DHCP server %2: The "
                                             "specified DHCP scope does not exist.")
                                  .arg(scopeId->toString(), m_options.hostname));
        selected.append(scope);
    } else {
        for (const auto &[key, scope] : m_model->scopes)
            selected.append(&scope);
    }
    JsonWriter json = writer();
    grouped ? json.beginObject() : json.beginArray();
    for (const PsuScope *scope : selected) {
        if (grouped)
            json.key(scope->scopeId.toString()).beginArray();
        for (const PsuLease &lease : scope->leases) {
            if (isActiveLease(lease))
                PsuJson::lease(json, lease, *scope);
        }
        if (grouped)
            json.endArray();
    }
    grouped ? json.endObject() : json.endArray();
    return this->json(200, json.take());
}

LabResponse PsuSim::getReservations(const LabRequest &request)
{
    const QString id = request.query.queryItemValue(QStringLiteral("scope_id"));
    const bool grouped =
        isV2() && request.query.queryItemValue(QStringLiteral("format")) == u"grouped";
    QList<const PsuScope *> selected;
    if (!id.isEmpty()) {
        const auto scopeId = PsuValidation::parseIpv4Lenient(id);
        if (!scopeId)
            return badIpv4(QStringLiteral("scope_id"));
        const PsuScope *scope = m_model->scope(*scopeId);
        if (!scope)
            return error(500, QStringLiteral("Failed to get scope %1 on DHCP server %2: The "
                                             "specified DHCP scope does not exist.")
                                  .arg(scopeId->toString(), m_options.hostname));
        selected.append(scope);
    } else {
        for (const auto &[key, scope] : m_model->scopes)
            selected.append(&scope);
    }
    JsonWriter json = writer();
    grouped ? json.beginObject() : json.beginArray();
    for (const PsuScope *scope : selected) {
        if (grouped)
            json.key(scope->scopeId.toString()).beginArray();
        for (const PsuReservation &reservation : scope->reservations)
            PsuJson::reservation(json, reservation, *scope);
        if (grouped)
            json.endArray();
    }
    grouped ? json.endObject() : json.endArray();
    return this->json(200, json.take());
}

LabResponse PsuSim::getFailover()
{
    // "No DHCP failover relationship…" is turned into [] by the script; the writer does that.
    JsonWriter json = writer();
    json.beginArray();
    for (const PsuFailover &failover : m_model->failovers) {
        if (failover.involves(m_options.hostname))
            PsuJson::failover(json, failover, m_options.hostname);
    }
    json.endArray();
    return this->json(200, json.take());
}

LabResponse PsuSim::getServerOptions()
{
    JsonWriter json = writer();
    json.beginArray();
    for (const PsuOption &option : m_model->serverOptions)
        PsuJson::option(json, option);
    json.endArray();
    return this->json(200, json.take());
}

LabResponse PsuSim::getScopeOptions(const QString &id)
{
    const auto scopeId = PsuValidation::parseIpv4Lenient(id);
    if (!scopeId)
        return badIpv4(QStringLiteral("scope_id"));
    const PsuScope *scope = m_model->scope(*scopeId);
    if (!scope)
        return error(404, QStringLiteral("Scope not found."));
    JsonWriter json = writer();
    json.beginArray();
    for (const PsuOption &option : scope->listedOptions())
        PsuJson::option(json, option);
    json.endArray();
    return this->json(200, json.take());
}

LabResponse PsuSim::getAllOptions()
{
    JsonWriter json = writer();
    json.beginObject().key(u"scope_options").beginObject();
    for (const auto &[key, scope] : m_model->scopes) {
        json.key(scope.scopeId.toString()).beginArray();
        for (const PsuOption &option : scope.listedOptions())
            PsuJson::option(json, option);
        json.endArray();
    }
    json.endObject().key(u"server_options").beginArray();
    for (const PsuOption &option : m_model->serverOptions)
        PsuJson::option(json, option);
    json.endArray().key(u"option_definitions").beginArray().endArray().endObject();
    return this->json(200, json.take());
}

LabResponse PsuSim::getExclusions(const LabRequest &request)
{
    const QString id = request.query.queryItemValue(QStringLiteral("scope_id"));
    JsonWriter json = writer();
    if (id.isEmpty()) {
        if (!isV2())
            return error(400, QStringLiteral("scope_id query parameter is required."));
        // 2.x bulk form: only scopes that have ranges.
        json.beginObject();
        for (const auto &[key, scope] : m_model->scopes) {
            if (scope.exclusions.isEmpty())
                continue;
            json.key(scope.scopeId.toString()).beginArray();
            for (const PsuExclusion &exclusion : scope.exclusions)
                PsuJson::exclusion(json, exclusion, scope);
            json.endArray();
        }
        json.endObject();
        return this->json(200, json.take());
    }
    const auto scopeId = PsuValidation::parseIpv4Lenient(id);
    if (!scopeId)
        return badIpv4(QStringLiteral("scope_id"));
    const PsuScope *scope = m_model->scope(*scopeId);
    if (!scope)
        return error(404, QStringLiteral("Scope not found."));
    json.beginArray();
    for (const PsuExclusion &exclusion : scope->exclusions)
        PsuJson::exclusion(json, exclusion, *scope);
    json.endArray();
    return this->json(200, json.take());
}

} // namespace leaselink::lab
