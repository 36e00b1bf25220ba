// PsuSim: the 2.x bulk reservation writes and the metrics endpoint (upstream-v2.md §2.4, §2.5).
#include "PsuSim.h"

#include "PsuJson.h"
#include "PsuValidation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace leaselink::lab {

namespace {

struct ItemResult
{
    QString scopeId;
    QString ipAddress;
    QString status = QStringLiteral("ok");
    QString error;
    const PsuReservation *reservation = nullptr;
    const PsuScope *scope = nullptr;
};

} // namespace

LabResponse PsuSim::bulkReservations(const LabRequest &request)
{
    const auto parsed = parseBody(request);
    if (!parsed)
        return invalidBody();
    const QByteArray &method = request.method;
    if (!parsed->isArray()) {
        if (method == "POST")
            return postReservation(request); // the single-object form
        return error(400, QStringLiteral("Body must be a JSON list of items."));
    }
    QList<ItemResult> results;
    for (const QJsonValue &value : parsed->toArray()) {
        ItemResult result;
        const QJsonObject item = value.toObject();
        result.scopeId = PsuValidation::asString(item.value(u"scope_id"));
        result.ipAddress = PsuValidation::asString(item.value(u"ip_address"));
        auto fail = [&](const QString &status, const QString &message) {
            result.status = status;
            result.error = message;
            results.append(result);
        };
        if (!value.isObject()) {
            fail(QStringLiteral("error"), QStringLiteral("Item must be a JSON object."));
            continue;
        }
        if (result.scopeId.isEmpty() || result.ipAddress.isEmpty()) {
            fail(QStringLiteral("error"), method == "POST"
                                              ? QStringLiteral("scope_id, ip_address, and "
                                                               "client_id are required.")
                                              : QStringLiteral("scope_id and ip_address are "
                                                               "required."));
            continue;
        }
        const auto scopeId = PsuValidation::parseIpv4Lenient(result.scopeId);
        if (!scopeId) {
            fail(QStringLiteral("error"),
                 QStringLiteral("'scope_id' must be a valid IPv4 address."));
            continue;
        }
        const auto ip = PsuValidation::parseIpv4Lenient(result.ipAddress);
        if (!ip) {
            fail(QStringLiteral("error"),
                 QStringLiteral("'ip_address' must be a valid IPv4 address."));
            continue;
        }
        PsuScope *scope = m_model->scope(*scopeId);
        std::optional<QString> type;
        if (item.contains(u"type") && !PsuValidation::asString(item.value(u"type")).isEmpty()) {
            type = PsuValidation::reservationType(PsuValidation::asString(item.value(u"type")));
            if (!type) {
                fail(QStringLiteral("error"),
                     QStringLiteral("'type' must be Dhcp, Bootp or Both."));
                continue;
            }
        }
        if (method == "POST") {
            const QString clientId = PsuValidation::asString(item.value(u"client_id"));
            if (clientId.isEmpty()) {
                fail(QStringLiteral("error"), QStringLiteral("client_id is required."));
                continue;
            }
            if (!scope) {
                fail(QStringLiteral("error"),
                     QStringLiteral("Scope %1 not found.").arg(scopeId->toString()));
                continue;
            }
            PsuReservation reservation{*ip, PsuValidation::normaliseClientId(clientId),
                                       PsuValidation::asString(item.value(u"name")),
                                       PsuValidation::asString(item.value(u"description")),
                                       type.value_or(QStringLiteral("Both"))};
            if (auto failure = addReservation(*scope, reservation)) {
                fail(QStringLiteral("error"), *failure);
                continue;
            }
            result.scope = scope;
            result.reservation = scope->reservationAt(*ip);
            results.append(result);
            continue;
        }
        PsuReservation *existing = scope ? scope->reservationAt(*ip) : nullptr;
        if (!existing) {
            fail(QStringLiteral("not_found"), QStringLiteral("No reservation at %1 in scope %2.")
                                                  .arg(ip->toString(), scopeId->toString()));
            continue;
        }
        if (method == "DELETE") {
            if (PsuLease *lease = scope->leaseAt(*ip);
                lease && lease->addressState == u"ActiveReservation")
                lease->addressState = QStringLiteral("Active");
            scope->reservations.removeIf(
                [ip](const PsuReservation &r) { return r.ipAddress == *ip; });
            results.append(result);
            continue;
        }
        // PUT: only keys sent; "" clears; a client id held by another reservation is refused.
        if (item.contains(u"client_id")) {
            const QString clientId =
                PsuValidation::normaliseClientId(PsuValidation::asString(item.value(u"client_id")));
            const bool taken = std::any_of(scope->reservations.cbegin(), scope->reservations.cend(),
                                           [&](const PsuReservation &r) {
                                               return r.ipAddress != *ip && r.clientId == clientId;
                                           });
            if (taken) {
                fail(QStringLiteral("error"),
                     QStringLiteral("client_id %1 is already used by IP in scope %2.")
                         .arg(clientId, scopeId->toString()));
                continue;
            }
            if (!clientId.isEmpty())
                existing->clientId = clientId;
        }
        if (item.contains(u"name"))
            existing->name = PsuValidation::asString(item.value(u"name"));
        if (item.contains(u"description"))
            existing->description = PsuValidation::asString(item.value(u"description"));
        if (type)
            existing->type = *type;
        result.scope = scope;
        result.reservation = existing;
        results.append(result);
    }

    JsonWriter json = writer();
    json.beginObject().key(u"results").beginArray();
    for (const ItemResult &result : results) {
        json.beginObject()
            .key(u"scope_id")
            .value(result.scopeId)
            .key(u"ip_address")
            .value(result.ipAddress)
            .key(u"status")
            .value(result.status);
        if (!result.error.isEmpty())
            json.key(u"error").value(result.error);
        if (result.reservation && method != "DELETE") {
            json.key(u"reservation");
            PsuJson::reservation(json, *result.reservation, *result.scope);
        }
        json.endObject();
    }
    json.endArray().endObject();
    return this->json(200, json.take());
}

namespace {

bool flagOn(const QString &value)
{
    const QString v = value.toLower();
    return v == u"1" || v == u"true" || v == u"yes" || v == u"on";
}

double percent(qint64 part, qint64 total)
{
    return total > 0 ? std::round(10000.0 * double(part) / double(total)) / 100.0 : 0.0;
}

qint64 addressesTotal(const PsuScope &scope)
{
    qint64 total = qint64(scope.endIp.toUInt()) - qint64(scope.startIp.toUInt()) + 1;
    for (const PsuExclusion &exclusion : scope.exclusions)
        total -= qint64(exclusion.end.toUInt()) - qint64(exclusion.start.toUInt()) + 1;
    return std::max<qint64>(total, 0);
}

} // namespace

LabResponse PsuSim::getMetrics(const LabRequest &request)
{
    const bool withReservations =
        flagOn(request.query.queryItemValue(QStringLiteral("reservations")));
    const bool withDeclined = flagOn(request.query.queryItemValue(QStringLiteral("declined")));
    static const QDateTime started = QDateTime::currentDateTimeUtc();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    JsonWriter scopesJson = writer();
    scopesJson.beginArray();
    qint64 serverTotal = 0, serverInUse = 0, active = 0;
    for (const auto &[key, scope] : m_model->scopes) {
        const qint64 total = addressesTotal(scope);
        qint64 inUse = 0, declined = 0, reservationsActive = 0;
        for (const PsuLease &lease : scope.leases) {
            if (lease.addressState == u"Active" || lease.addressState == u"ActiveReservation")
                ++inUse;
            if (lease.addressState == u"ActiveReservation")
                ++reservationsActive;
            if (lease.addressState == u"Declined")
                ++declined;
        }
        const qint64 reserved = scope.reservations.size();
        serverTotal += total;
        serverInUse += inUse;
        if (scope.state.compare(u"Active", Qt::CaseInsensitive) == 0)
            ++active;
        scopesJson.beginObject()
            .key(u"scope_id")
            .value(scope.scopeId.toString())
            .key(u"name")
            .value(scope.name)
            .key(u"state")
            .value(scope.state.toLower())
            .key(u"addresses_total")
            .value(total)
            .key(u"addresses_in_use")
            .value(inUse)
            .key(u"addresses_free")
            .value(std::max<qint64>(total - inUse, 0))
            .key(u"addresses_reserved")
            .value(withReservations ? reserved : 0)
            .key(u"reservations_active")
            .value(withReservations ? reservationsActive : 0)
            .key(u"reservations_inactive")
            .value(withReservations ? reserved - reservationsActive : 0)
            .key(u"pending_offers")
            .value(0)
            .key(u"bad_address_count")
            .value(withDeclined ? declined : 0)
            .key(u"percent_in_use")
            .value(percent(inUse, total))
            .endObject();
    }
    scopesJson.endArray();

    JsonWriter json = writer();
    json.beginObject()
        .key(u"schema_version")
        .value(1)
        .key(u"generated_at")
        .value(now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z')
        .key(u"server")
        .beginObject()
        .key(u"uptime_seconds")
        .value(started.secsTo(now))
        .key(u"scopes_total")
        .value(qint64(m_model->scopes.size()))
        .key(u"scopes_active")
        .value(active)
        .key(u"addresses_total")
        .value(serverTotal)
        .key(u"addresses_in_use")
        .value(serverInUse)
        .key(u"addresses_free")
        .value(std::max<qint64>(serverTotal - serverInUse, 0))
        .key(u"percent_in_use")
        .value(percent(serverInUse, serverTotal))
        // Cumulative counters derived from the lease table so they are stable between reads.
        .key(u"packets")
        .beginObject()
        .key(u"discovers")
        .value(serverInUse + 1)
        .key(u"offers")
        .value(serverInUse)
        .key(u"requests")
        .value(2 * serverInUse + 1)
        .key(u"acks")
        .value(2 * serverInUse)
        .key(u"nacks")
        .value(1)
        .key(u"declines")
        .value(0)
        .key(u"releases")
        .value(serverInUse / 4)
        .endObject()
        .endObject()
        .key(u"scopes")
        .rawValue(scopesJson.take())
        .key(u"failover")
        .beginArray();
    for (const PsuFailover &failover : m_model->failovers) {
        if (!failover.involves(m_options.hostname))
            continue;
        json.beginObject()
            .key(u"name")
            .value(failover.name)
            .key(u"mode")
            .value(failover.mode)
            .key(u"partner_server")
            .value(failover.partnerOf(m_options.hostname))
            .key(u"state")
            .value(u"normal")
            .key(u"in_sync")
            .null()
            .endObject();
    }
    json.endArray()
        .key(u"database")
        .beginObject()
        .key(u"backup_interval_minutes")
        .value(60)
        .key(u"logging_enabled")
        .value(true)
        .key(u"cleanup_interval_minutes")
        .value(60)
        .endObject()
        .endObject();
    return this->json(200, json.take());
}

} // namespace leaselink::lab
