// PsuSim: the write endpoints of /api/dhcp (psu-api.md §3; 2.x additions of upstream-v2.md §2.2).
#include "PsuSim.h"

#include "PsuJson.h"
#include "PsuValidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVersionNumber>

namespace leaselink::lab {

namespace {

bool isContiguousMask(quint32 mask)
{
    const quint32 inverted = ~mask;
    return (inverted & (inverted + 1)) == 0;
}

// Windows' checks on a scope range: same subnet as the scope, start <= end, not the network or
// broadcast address.
bool validRange(Ipv4Address network, Ipv4Address mask, Ipv4Address start, Ipv4Address end)
{
    const quint32 m = mask.toUInt();
    const quint32 broadcast = network.toUInt() | ~m;
    return (start.toUInt() & m) == network.toUInt() && (end.toUInt() & m) == network.toUInt() &&
           start <= end && start.toUInt() > network.toUInt() && end.toUInt() < broadcast;
}

} // namespace

std::optional<QString> PsuSim::addReservation(PsuScope &scope, PsuReservation reservation)
{
    if (!scope.containsInRange(reservation.ipAddress))
        return QStringLiteral("Failed to add reservation %1 to scope %2 on DHCP server %3: The "
                              "specified IP address is not in the range of the scope.")
            .arg(reservation.ipAddress.toString(), scope.scopeId.toString(), m_options.hostname);
    for (const PsuReservation &existing : scope.reservations) {
        if (existing.ipAddress == reservation.ipAddress ||
            existing.clientId.compare(reservation.clientId, Qt::CaseInsensitive) == 0)
            return QStringLiteral("Failed to add reservation %1 to scope %2 on DHCP server %3: "
                                  "The specified IP address or hardware address is being used "
                                  "by another client.")
                .arg(reservation.ipAddress.toString(), scope.scopeId.toString(),
                     m_options.hostname);
    }
    // Script 2.0.1 also turns the client's own active lease into an active reservation.
    if (QVersionNumber::fromString(m_version) >= QVersionNumber(2, 0, 1)) {
        if (PsuLease *lease = scope.leaseAt(reservation.ipAddress);
            lease && lease->addressState == u"Active" &&
            lease->clientId.compare(reservation.clientId, Qt::CaseInsensitive) == 0)
            lease->addressState = QStringLiteral("ActiveReservation");
    }
    auto pos = std::lower_bound(
        scope.reservations.begin(), scope.reservations.end(), reservation.ipAddress,
        [](const PsuReservation &r, Ipv4Address a) { return r.ipAddress < a; });
    scope.reservations.insert(pos, std::move(reservation));
    return std::nullopt;
}

LabResponse PsuSim::postScope(const LabRequest &request)
{
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonObject body = parsed->toObject();
    for (const char *field : {"scope_id", "start_ip", "end_ip", "subnet_mask"}) {
        if (!PsuValidation::truthy(body.value(QLatin1StringView(field))))
            return error(
                400, QStringLiteral("scope_id, start_ip, end_ip, and subnet_mask are required."));
    }
    std::optional<Ipv4Address> values[4];
    int i = 0;
    for (const char *field : {"scope_id", "start_ip", "end_ip", "subnet_mask"}) {
        values[i] = PsuValidation::parseIpv4Lenient(
            PsuValidation::asString(body.value(QLatin1StringView(field))));
        if (!values[i])
            return badIpv4(QString::fromLatin1(field));
        ++i;
    }
    const QString router = PsuValidation::asString(body.value(u"router"));
    std::optional<Ipv4Address> routerAddress;
    if (!router.isEmpty()) {
        routerAddress = PsuValidation::parseIpv4Lenient(router);
        if (!routerAddress)
            return badIpv4(QStringLiteral("router"));
    }
    QString state = QStringLiteral("Active");
    if (isV2() && body.contains(u"state")) {
        const QString wanted = body.value(u"state").toString();
        if (wanted.compare(u"Active", Qt::CaseInsensitive) == 0)
            state = QStringLiteral("Active");
        else if (wanted.compare(u"InActive", Qt::CaseInsensitive) == 0)
            state = QStringLiteral("InActive");
        else
            return error(400, QStringLiteral("'state' must be Active or InActive."));
    }
    const auto [scopeId, start, end, mask] =
        std::tuple{*values[0], *values[1], *values[2], *values[3]};
    const QString name = PsuValidation::asString(body.value(u"name"));
    if (name.isEmpty())
        return error(500, QStringLiteral("Cannot validate argument on parameter 'Name'. The "
                                         "argument is null or empty. Provide an argument that is "
                                         "not null or empty, and then try the command again."));
    const Ipv4Address network(start.toUInt() & mask.toUInt());
    if (!isContiguousMask(mask.toUInt()) || !validRange(network, mask, start, end))
        return error(500, QStringLiteral("Failed to add scope %1 on DHCP server %2: The "
                                         "specified IP address range is not valid.")
                              .arg(network.toString(), m_options.hostname));
    if (m_model->scope(network))
        return error(500, QStringLiteral("Failed to add scope %1 on DHCP server %2: The "
                                         "specified IPv4 subnet already exists on the server.")
                              .arg(network.toString(), m_options.hostname));
    PsuScope scope;
    scope.scopeId = network;
    scope.name = name;
    scope.startIp = start;
    scope.endIp = end;
    scope.subnetMask = mask;
    scope.state = state;
    scope.description = PsuValidation::asString(body.value(u"description"));
    const qint64 lease = qint64(body.value(u"lease_duration_seconds").toDouble());
    if (lease > 0)
        scope.leaseDurationSeconds = lease;
    if (routerAddress)
        scope.setRouter(routerAddress->toString());
    PsuScope &stored = m_model->addScope(std::move(scope));
    if (isV2()) {
        applyScopeOptions(stored, body); // best effort, as the script does
        if (auto failure = applyScopeFailover(stored, body))
            return *failure; // the scope stays, as on Windows
    }
    // The script reads the scope back by the id it was given.
    const PsuScope *readBack = m_model->scope(scopeId);
    if (!readBack)
        return error(500, QStringLiteral("Failed to get scope %1 on DHCP server %2: The specified "
                                         "DHCP scope does not exist.")
                              .arg(scopeId.toString(), m_options.hostname));
    JsonWriter json = writer();
    PsuJson::scope(json, *readBack, PsuJson::ScopeShape::Single);
    return this->json(201, json.take());
}

LabResponse PsuSim::putScope(const LabRequest &request, const QString &id)
{
    const auto scopeId = PsuValidation::parseIpv4Lenient(id);
    if (!scopeId)
        return badIpv4(QStringLiteral("scope_id"));
    PsuScope *scope = m_model->scope(*scopeId);
    if (!scope)
        return error(404, QStringLiteral("Scope not found."));
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonObject body = parsed->toObject();
    std::optional<Ipv4Address> start, end;
    for (const char *field : {"start_ip", "end_ip"}) {
        const QString text = PsuValidation::asString(body.value(QLatin1StringView(field)));
        if (text.isEmpty())
            continue;
        const auto address = PsuValidation::parseIpv4Lenient(text);
        if (!address)
            return badIpv4(QString::fromLatin1(field));
        (field[0] == 's' ? start : end) = address;
    }
    const bool v2 = isV2();
    // 1.x maps Windows' (CIM) rejections of the update to 404; 2.x answers 500 with the text.
    auto rejected = [&](const QString &windowsText) {
        return v2 ? error(500, windowsText) : error(404, QStringLiteral("Scope not found."));
    };
    const QString router =
        body.contains(u"router") ? PsuValidation::asString(body.value(u"router")) : QString();
    std::optional<Ipv4Address> routerAddress;
    if (!router.isEmpty()) {
        routerAddress = PsuValidation::parseIpv4Lenient(router);
        if (!routerAddress && v2)
            return badIpv4(QStringLiteral("router"));
    }
    std::optional<QString> state;
    if (v2 && body.contains(u"state")) {
        const QString wanted = body.value(u"state").toString();
        if (wanted.compare(u"Active", Qt::CaseInsensitive) == 0)
            state = QStringLiteral("Active");
        else if (wanted.compare(u"InActive", Qt::CaseInsensitive) == 0)
            state = QStringLiteral("InActive");
        else
            return error(400, QStringLiteral("'state' must be Active or InActive."));
    }
    const Ipv4Address newStart = start.value_or(scope->startIp);
    const Ipv4Address newEnd = end.value_or(scope->endIp);
    if (!validRange(scope->scopeId, scope->subnetMask, newStart, newEnd))
        return rejected(QStringLiteral("Failed to set the range %1-%2 of scope %3 on DHCP server "
                                       "%4: The specified IP address range is not valid.")
                            .arg(newStart.toString(), newEnd.toString(), scope->scopeId.toString(),
                                 m_options.hostname));
    if (!router.isEmpty() && !routerAddress)
        return rejected(QStringLiteral("Failed to set option 3 on scope %1: the value is not an "
                                       "IPv4 address.")
                            .arg(scope->scopeId.toString()));
    if (body.contains(u"name"))
        scope->name = PsuValidation::asString(body.value(u"name"));
    if (body.contains(u"description"))
        scope->description = PsuValidation::asString(body.value(u"description"));
    scope->startIp = newStart;
    scope->endIp = newEnd;
    const qint64 lease = qint64(body.value(u"lease_duration_seconds").toDouble());
    if (lease > 0)
        scope->leaseDurationSeconds = lease;
    if (body.contains(u"router"))
        scope->setRouter(routerAddress ? routerAddress->toString() : QString());
    if (state)
        scope->state = *state;
    if (v2) {
        if (auto failure = applyScopeOptions(*scope, body))
            return *failure;
        if (auto failure = applyScopeFailover(*scope, body))
            return *failure;
    }
    JsonWriter json = writer();
    PsuJson::scope(json, *scope, PsuJson::ScopeShape::Single);
    return this->json(200, json.take());
}

LabResponse PsuSim::deleteScope(const QString &id)
{
    const auto scopeId = PsuValidation::parseIpv4Lenient(id);
    if (!scopeId)
        return badIpv4(QStringLiteral("scope_id"));
    if (!m_model->scope(*scopeId))
        return error(404, QStringLiteral("Scope not found."));
    if (const PsuFailover *failover = m_model->failoverOf(*scopeId))
        return error(500, QStringLiteral("Failed to delete scope %1 on DHCP server %2: The scope "
                                         "is part of the failover relationship %3.")
                              .arg(scopeId->toString(), m_options.hostname, failover->name));
    m_model->scopes.erase(scopeId->toUInt());
    return LabResponse::empty(204);
}

std::optional<LabResponse> PsuSim::applyScopeOptions(PsuScope &scope, const QJsonObject &body)
{
    const QJsonObject options = body.value(u"options").toObject();
    for (const QJsonValue &item : options.value(u"set").toArray()) {
        const QJsonObject entry = item.toObject();
        const int code = entry.value(u"code").toInt();
        if (code <= 0 || code > 255)
            return error(500, QStringLiteral("Failed to set option %1 on scope %2: the option "
                                             "is not defined.")
                                  .arg(code)
                                  .arg(scope.scopeId.toString()));
        PsuOption option = PsuModel::optionTemplate(code);
        option.vendorClass = entry.value(u"vendor_class").toString();
        const QJsonValue value = entry.value(u"value");
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                option.value.append(PsuValidation::asString(v));
        } else {
            option.value.append(PsuValidation::asString(value));
        }
        if (code == 51 && !option.value.isEmpty())
            scope.leaseDurationSeconds = option.value.first().toLongLong();
        else
            scope.setOption(option);
    }
    for (const QJsonValue &code : options.value(u"remove").toArray())
        scope.removeOption(code.toInt());
    return std::nullopt;
}

std::optional<LabResponse> PsuSim::applyScopeFailover(PsuScope &scope, const QJsonObject &body)
{
    const QJsonObject failover = body.value(u"failover").toObject();
    const QString id = scope.scopeId.toString();
    const QString remove = failover.value(u"remove").toString();
    if (!remove.isEmpty()) {
        PsuFailover *relationship = m_model->failover(remove);
        if (!relationship || !relationship->scopeIds.contains(id))
            return error(500, QStringLiteral("Failed to remove scope %1 from failover "
                                             "relationship %2: the scope is not part of it.")
                                  .arg(id, remove));
        relationship->scopeIds.removeAll(id);
    }
    const QString enroll = failover.value(u"enroll").toString();
    if (!enroll.isEmpty()) {
        PsuFailover *relationship = m_model->failover(enroll);
        if (!relationship)
            return error(500, QStringLiteral("Failed to add scope %1 to failover relationship "
                                             "%2: the relationship does not exist.")
                                  .arg(id, enroll));
        if (const PsuFailover *current = m_model->failoverOf(scope.scopeId);
            current && current != relationship)
            return error(500, QStringLiteral("Failed to add scope %1 to failover relationship "
                                             "%2: the scope is already part of %3.")
                                  .arg(id, enroll, current->name));
        if (!relationship->scopeIds.contains(id))
            relationship->scopeIds.append(id);
    }
    return std::nullopt;
}

LabResponse PsuSim::postReservation(const LabRequest &request)
{
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonObject body = parsed->toObject();
    for (const char *field : {"scope_id", "ip_address", "client_id"}) {
        if (!PsuValidation::truthy(body.value(QLatin1StringView(field))))
            return error(400, QStringLiteral("scope_id, ip_address, and client_id are required."));
    }
    const auto scopeId =
        PsuValidation::parseIpv4Lenient(PsuValidation::asString(body.value(u"scope_id")));
    if (!scopeId)
        return badIpv4(QStringLiteral("scope_id"));
    const auto ip =
        PsuValidation::parseIpv4Lenient(PsuValidation::asString(body.value(u"ip_address")));
    if (!ip)
        return badIpv4(QStringLiteral("ip_address"));
    PsuScope *scope = m_model->scope(*scopeId);
    if (!scope)
        return error(500, QStringLiteral("Failed to add reservation %1 on DHCP server %2: The "
                                         "specified DHCP scope %3 does not exist.")
                              .arg(ip->toString(), m_options.hostname, scopeId->toString()));
    PsuReservation reservation;
    reservation.ipAddress = *ip;
    reservation.clientId =
        PsuValidation::normaliseClientId(PsuValidation::asString(body.value(u"client_id")));
    reservation.name = PsuValidation::asString(body.value(u"name"));
    reservation.description = PsuValidation::asString(body.value(u"description"));
    const QString type = PsuValidation::asString(body.value(u"type"));
    if (!type.isEmpty()) {
        const auto windowsType = PsuValidation::reservationType(type);
        if (!windowsType)
            return error(500, QStringLiteral("Cannot bind parameter 'Type'. Cannot convert value "
                                             "\"%1\" to type \"ReservationType\".")
                                  .arg(type));
        reservation.type = *windowsType;
    }
    if (auto failure = addReservation(*scope, reservation))
        return error(500, *failure);
    JsonWriter json = writer();
    PsuJson::reservation(json, *scope->reservationAt(*ip), *scope);
    return this->json(201, json.take());
}

namespace {

// First reservation whose client id equals the path value ignoring case, scopes in order; the
// path is not normalised, so a colon form finds nothing.
std::pair<PsuScope *, PsuReservation *> findByClientId(PsuModel &model, const QString &clientId)
{
    for (auto &[key, scope] : model.scopes) {
        for (PsuReservation &reservation : scope.reservations) {
            if (reservation.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
                return {&scope, &reservation};
        }
    }
    return {nullptr, nullptr};
}

} // namespace

LabResponse PsuSim::putReservation(const LabRequest &request, const QString &clientId)
{
    auto [scope, reservation] = findByClientId(*m_model, clientId);
    if (!reservation)
        return error(404,
                     QStringLiteral("Reservation with client_id '%1' not found.").arg(clientId));
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonObject body = parsed->toObject();
    if (body.contains(u"type")) {
        const QString type = PsuValidation::asString(body.value(u"type"));
        const auto windowsType = PsuValidation::reservationType(type);
        if (!windowsType)
            return error(500, QStringLiteral("Cannot bind parameter 'Type'. Cannot convert value "
                                             "\"%1\" to type \"ReservationType\".")
                                  .arg(type));
        reservation->type = *windowsType;
    }
    if (body.contains(u"name"))
        reservation->name = PsuValidation::asString(body.value(u"name"));
    if (body.contains(u"description"))
        reservation->description = PsuValidation::asString(body.value(u"description"));
    JsonWriter json = writer();
    PsuJson::reservation(json, *reservation, *scope);
    return this->json(200, json.take());
}

LabResponse PsuSim::deleteReservation(const QString &clientId)
{
    auto [scope, reservation] = findByClientId(*m_model, clientId);
    if (!reservation)
        return error(404,
                     QStringLiteral("Reservation with client_id '%1' not found.").arg(clientId));
    if (PsuLease *lease = scope->leaseAt(reservation->ipAddress);
        lease && lease->addressState == u"ActiveReservation")
        lease->addressState = QStringLiteral("Active");
    const Ipv4Address ip = reservation->ipAddress;
    scope->reservations.removeIf([ip](const PsuReservation &r) { return r.ipAddress == ip; });
    return LabResponse::empty(204);
}

LabResponse PsuSim::postFailover(const LabRequest &request)
{
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonObject body = parsed->toObject();
    if (!PsuValidation::truthy(body.value(u"name")) ||
        !PsuValidation::truthy(body.value(u"secondary_server")) ||
        !PsuValidation::truthy(body.value(u"scope_ids")))
        return error(400, QStringLiteral("name, secondary_server, and scope_ids are required."));
    PsuFailover failover;
    failover.name = PsuValidation::asString(body.value(u"name"));
    failover.serverA = m_options.hostname;
    failover.serverB = PsuValidation::asString(body.value(u"secondary_server"));
    auto windowsError = [&](const QString &reason) {
        return error(500, QStringLiteral("Failed to create failover relationship %1 on DHCP "
                                         "server %2: %3")
                              .arg(failover.name, m_options.hostname, reason));
    };
    if (m_model->failover(failover.name))
        return windowsError(
            QStringLiteral("A failover relationship with this name already exists."));
    const QJsonValue ids = body.value(u"scope_ids");
    const QJsonArray idList = ids.isArray() ? ids.toArray() : QJsonArray{ids};
    for (const QJsonValue &id : idList) {
        const auto scopeId = PsuValidation::parseIpv4Lenient(PsuValidation::asString(id));
        if (!scopeId || !m_model->scope(*scopeId))
            return windowsError(
                QStringLiteral("The scope %1 does not exist.").arg(PsuValidation::asString(id)));
        if (m_model->failoverOf(*scopeId))
            return windowsError(QStringLiteral("The scope %1 is already part of a failover "
                                               "relationship.")
                                    .arg(scopeId->toString()));
        failover.scopeIds.append(scopeId->toString());
    }
    if (body.contains(u"mode")) {
        const QString mode = PsuValidation::asString(body.value(u"mode"));
        if (mode.compare(u"LoadBalance", Qt::CaseInsensitive) == 0)
            failover.mode = QStringLiteral("LoadBalance");
        else if (mode.compare(u"HotStandby", Qt::CaseInsensitive) == 0)
            failover.mode = QStringLiteral("HotStandby");
        else if (!mode.isEmpty())
            return windowsError(QStringLiteral("The mode '%1' is not valid.").arg(mode));
    }
    const int lead = body.value(u"max_client_lead_time").toInt();
    failover.maxClientLeadTime = lead > 0 ? lead : 3600;
    const int delay = body.value(u"max_response_delay").toInt();
    failover.maxResponseDelay = delay > 0 ? delay : 30;
    const int switchover = body.value(u"state_switchover_interval").toInt();
    failover.stateSwitchoverInterval = switchover > 0 ? switchover : 0;
    failover.enableAuth = body.value(u"enable_auth") == QJsonValue(true);
    if (failover.enableAuth)
        failover.sharedSecret = body.value(u"shared_secret").toString();
    m_model->failovers.append(failover);
    JsonWriter json = writer();
    PsuJson::failover(json, failover, m_options.hostname);
    return this->json(201, json.take());
}

LabResponse PsuSim::postReplicate(const LabRequest &request)
{
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonValue ids = parsed->toObject().value(u"scope_ids");
    if (!ids.isArray() || ids.toArray().isEmpty())
        return error(400, QStringLiteral("scope_ids is required and must be a non-empty array."));
    QStringList replicated;
    for (const QJsonValue &id : ids.toArray()) {
        const auto scopeId = PsuValidation::parseIpv4Lenient(PsuValidation::asString(id));
        if (!scopeId)
            return badIpv4(QStringLiteral("scope_ids"));
        if (!m_model->failoverOf(*scopeId))
            return error(500, QStringLiteral("Failed to replicate scope %1 on DHCP server %2: The "
                                             "scope is not part of a failover relationship.")
                                  .arg(scopeId->toString(), m_options.hostname));
        replicated.append(scopeId->toString());
    }
    // Partners share one model here, so replication has nothing left to copy.
    JsonWriter json = writer();
    json.beginObject().key(u"replicated").beginArray();
    for (const QString &id : replicated)
        json.value(id);
    json.endArray().endObject();
    return this->json(200, json.take());
}

LabResponse PsuSim::changeExclusion(const LabRequest &request, bool add)
{
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QJsonObject body = parsed->toObject();
    for (const char *field : {"scope_id", "start_ip", "end_ip"}) {
        if (!PsuValidation::truthy(body.value(QLatin1StringView(field))))
            return error(400, QStringLiteral("scope_id, start_ip, and end_ip are required."));
    }
    std::optional<Ipv4Address> values[3];
    int i = 0;
    for (const char *field : {"scope_id", "start_ip", "end_ip"}) {
        values[i] = PsuValidation::parseIpv4Lenient(
            PsuValidation::asString(body.value(QLatin1StringView(field))));
        if (!values[i])
            return badIpv4(QString::fromLatin1(field));
        ++i;
    }
    const Ipv4Address scopeId = *values[0], start = *values[1], end = *values[2];
    const QString range = start.toString() + u'-' + end.toString();
    PsuScope *scope = m_model->scope(scopeId);
    // Unknown scopes: 1.x answers 500 here, never 404 (psu-api.md §3); 2.x maps the CIM error
    // of exclusion calls to 404 (upstream-v2.md §2.1).
    if (!scope && isV2())
        return error(404, QStringLiteral("Scope not found."));
    if (!scope)
        return error(
            500, QStringLiteral("Failed to %1 exclusion range %2 on DHCP server %3: The "
                                "specified DHCP scope %4 does not exist.")
                     .arg(add ? u"add" : u"remove", range, m_options.hostname, scopeId.toString()));
    if (!add) {
        const qsizetype removed = scope->exclusions.removeIf(
            [&](const PsuExclusion &e) { return e.start == start && e.end == end; });
        if (removed == 0)
            return error(500, QStringLiteral("Failed to remove exclusion range %1 from scope %2 "
                                             "on DHCP server %3: The specified range does not "
                                             "exist.")
                                  .arg(range, scopeId.toString(), m_options.hostname));
        return LabResponse::empty(204);
    }
    if (!(start <= end) || !scope->containsInRange(start) || !scope->containsInRange(end))
        return error(500, QStringLiteral("Failed to add exclusion range %1 to scope %2 on DHCP "
                                         "server %3: The specified range is not within the scope "
                                         "range.")
                              .arg(range, scopeId.toString(), m_options.hostname));
    for (const PsuExclusion &existing : scope->exclusions) {
        if (start <= existing.end && existing.start <= end)
            return error(500, QStringLiteral("Failed to add exclusion range %1 to scope %2 on "
                                             "DHCP server %3: The range overlaps an existing "
                                             "exclusion range.")
                                  .arg(range, scopeId.toString(), m_options.hostname));
    }
    auto pos = std::lower_bound(scope->exclusions.begin(), scope->exclusions.end(), start,
                                [](const PsuExclusion &e, Ipv4Address a) { return e.start < a; });
    const PsuExclusion &inserted = *scope->exclusions.insert(pos, PsuExclusion{start, end});
    JsonWriter json = writer();
    PsuJson::exclusion(json, inserted, *scope);
    return this->json(201, json.take());
}

} // namespace leaselink::lab
