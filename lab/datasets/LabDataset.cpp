#include "LabDataset.h"

#include "JsonWriter.h"
#include "PsuJson.h"
#include "PsuValidation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <bit>

namespace leaselink::lab {

QList<LabScopeNetwork> LabDataset::scopeNetworks() const
{
    QList<LabScopeNetwork> networks;
    QList<const PsuModel *> seen;
    for (const LabDatasetServer &server : servers) {
        if (seen.contains(server.model.get()))
            continue;
        seen.append(server.model.get());
        for (const auto &[key, scope] : server.model->scopes) {
            const PsuFailover *failover = server.model->failoverOf(scope.scopeId);
            networks.append(LabScopeNetwork{server.name, scope.scopeId.toString(),
                                            std::popcount(scope.subnetMask.toUInt()), scope.name,
                                            failover ? failover->name : QString()});
        }
    }
    return networks;
}

namespace {

template <typename Count> qsizetype perModel(const QList<LabDatasetServer> &servers, Count count)
{
    qsizetype total = 0;
    QList<const PsuModel *> seen;
    for (const LabDatasetServer &server : servers) {
        if (!seen.contains(server.model.get())) {
            seen.append(server.model.get());
            total += count(*server.model);
        }
    }
    return total;
}

} // namespace

qsizetype LabDataset::scopeCount() const
{
    return perModel(servers, [](const PsuModel &m) { return qsizetype(m.scopes.size()); });
}

qsizetype LabDataset::leaseCount() const
{
    return perModel(servers, [](const PsuModel &m) { return m.leaseCount(); });
}

qsizetype LabDataset::reservationCount() const
{
    return perModel(servers, [](const PsuModel &m) { return m.reservationCount(); });
}

QByteArray LabDataset::toJson() const
{
    JsonWriter json;
    json.beginObject().key(u"name").value(name).key(u"seed").value(qint64(seed));
    json.key(u"servers").beginArray();
    for (const LabDatasetServer &server : servers) {
        json.beginObject()
            .key(u"name")
            .value(server.name)
            .key(u"hostname")
            .value(server.hostname)
            .key(u"model")
            .value(server.modelKey)
            .endObject();
    }
    json.endArray().key(u"models").beginObject();
    QStringList written;
    for (const LabDatasetServer &server : servers) {
        if (written.contains(server.modelKey))
            continue;
        written.append(server.modelKey);
        const PsuModel &model = *server.model;
        json.key(server.modelKey).beginObject().key(u"scopes").beginArray();
        for (const auto &[key, scope] : model.scopes) {
            json.beginObject()
                .key(u"scope_id")
                .value(scope.scopeId.toString())
                .key(u"name")
                .value(scope.name)
                .key(u"description")
                .value(scope.description)
                .key(u"start_ip")
                .value(scope.startIp.toString())
                .key(u"end_ip")
                .value(scope.endIp.toString())
                .key(u"subnet_mask")
                .value(scope.subnetMask.toString())
                .key(u"state")
                .value(scope.state)
                .key(u"lease_duration_seconds")
                .value(scope.leaseDurationSeconds)
                .key(u"options")
                .beginArray();
            for (const PsuOption &option : scope.options)
                PsuJson::option(json, option);
            json.endArray().key(u"exclusions").beginArray();
            for (const PsuExclusion &exclusion : scope.exclusions)
                PsuJson::exclusion(json, exclusion, scope);
            json.endArray().key(u"reservations").beginArray();
            for (const PsuReservation &reservation : scope.reservations)
                PsuJson::reservation(json, reservation, scope);
            json.endArray().key(u"leases").beginArray();
            for (const PsuLease &lease : scope.leases)
                PsuJson::lease(json, lease, scope);
            json.endArray().endObject();
        }
        json.endArray().key(u"failovers").beginArray();
        for (const PsuFailover &failover : model.failovers) {
            json.beginObject()
                .key(u"name")
                .value(failover.name)
                .key(u"server_a")
                .value(failover.serverA)
                .key(u"server_b")
                .value(failover.serverB)
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
                .key(u"state_switchover_interval")
                .value(failover.stateSwitchoverInterval)
                .key(u"enable_auth")
                .value(failover.enableAuth)
                .endObject();
        }
        json.endArray().key(u"server_options").beginArray();
        for (const PsuOption &option : model.serverOptions)
            PsuJson::option(json, option);
        json.endArray().endObject();
    }
    json.endObject().endObject();
    return json.take();
}

QByteArray LabDataset::sha256() const
{
    return QCryptographicHash::hash(toJson(), QCryptographicHash::Sha256).toHex();
}

namespace {

Expected<Ipv4Address> address(const QJsonObject &object, const char *field, const QString &where)
{
    const QString text = object.value(QLatin1StringView(field)).toString();
    const auto parsed = Ipv4Address::parse(text);
    if (!parsed)
        return fail(QStringLiteral("%1: '%2' is not a valid IPv4 address (\"%3\")")
                        .arg(where, QString::fromLatin1(field), text));
    return *parsed;
}

PsuOption option(const QJsonObject &object)
{
    PsuOption option = PsuModel::optionTemplate(object.value(u"code").toInt());
    if (object.contains(u"name"))
        option.name = object.value(u"name").toString();
    if (object.contains(u"type"))
        option.type = object.value(u"type").toString();
    option.vendorClass = object.value(u"vendor_class").toString();
    for (const QJsonValue &value : object.value(u"value").toArray())
        option.value.append(value.toString());
    return option;
}

Expected<PsuScope> scope(const QJsonObject &object)
{
    const QString where = QStringLiteral("scope %1").arg(object.value(u"scope_id").toString());
    PsuScope scope;
    for (auto [field, target] :
         {std::pair{"scope_id", &scope.scopeId}, std::pair{"start_ip", &scope.startIp},
          std::pair{"end_ip", &scope.endIp}, std::pair{"subnet_mask", &scope.subnetMask}}) {
        auto value = address(object, field, where);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    scope.name = object.value(u"name").toString();
    scope.description = object.value(u"description").toString();
    scope.state = object.value(u"state").toString(QStringLiteral("Active"));
    scope.leaseDurationSeconds = qint64(object.value(u"lease_duration_seconds").toDouble(691200));
    for (const QJsonValue &value : object.value(u"options").toArray())
        scope.setOption(option(value.toObject()));
    for (const QJsonValue &value : object.value(u"exclusions").toArray()) {
        const QJsonObject item = value.toObject();
        auto start = address(item, "start_ip", where);
        auto end = address(item, "end_ip", where);
        if (!start || !end)
            return std::unexpected(start ? end.error() : start.error());
        scope.exclusions.append(PsuExclusion{*start, *end});
    }
    for (const QJsonValue &value : object.value(u"reservations").toArray()) {
        const QJsonObject item = value.toObject();
        auto ip = address(item, "ip_address", where);
        if (!ip)
            return std::unexpected(ip.error());
        PsuReservation reservation;
        reservation.ipAddress = *ip;
        // Files may use any MAC text form; Windows stores the normalised one.
        reservation.clientId =
            PsuValidation::normaliseClientId(item.value(u"client_id").toString());
        reservation.name = item.value(u"name").toString();
        reservation.description = item.value(u"description").toString();
        reservation.type = PsuValidation::reservationType(item.value(u"type").toString())
                               .value_or(QStringLiteral("Both"));
        scope.reservations.append(reservation);
    }
    for (const QJsonValue &value : object.value(u"leases").toArray()) {
        const QJsonObject item = value.toObject();
        auto ip = address(item, "ip_address", where);
        if (!ip)
            return std::unexpected(ip.error());
        PsuLease lease;
        lease.ipAddress = *ip;
        lease.clientId = PsuValidation::normaliseClientId(item.value(u"client_id").toString());
        lease.hostname = item.value(u"hostname").toString();
        const QString expiry = item.value(u"lease_expiry").toString();
        if (!expiry.isEmpty()) {
            lease.expiry = QDateTime::fromString(expiry, Qt::ISODate);
            if (!lease.expiry.isValid())
                return fail(QStringLiteral("%1: lease %2 has an invalid lease_expiry \"%3\"")
                                .arg(where, ip->toString(), expiry));
        }
        lease.addressState = item.value(u"address_state").toString(QStringLiteral("Active"));
        scope.leases.append(lease);
    }
    auto byIp = [](const auto &a, const auto &b) { return a.ipAddress < b.ipAddress; };
    std::sort(scope.reservations.begin(), scope.reservations.end(), byIp);
    std::sort(scope.leases.begin(), scope.leases.end(), byIp);
    return scope;
}

} // namespace

Expected<LabDataset> LabDataset::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("The dataset is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    LabDataset dataset;
    dataset.name = root.value(u"name").toString(QStringLiteral("custom"));
    dataset.seed = quint32(root.value(u"seed").toInteger());
    const QJsonObject models = root.value(u"models").toObject();
    QHash<QString, std::shared_ptr<PsuModel>> built;
    const QJsonArray servers = root.value(u"servers").toArray();
    if (servers.isEmpty())
        return fail(QStringLiteral("The dataset lists no servers"));
    for (const QJsonValue &value : servers) {
        const QJsonObject item = value.toObject();
        LabDatasetServer server;
        server.name = item.value(u"name").toString();
        server.hostname = item.value(u"hostname").toString();
        server.modelKey = item.value(u"model").toString(server.name);
        if (server.name.isEmpty() || server.hostname.isEmpty())
            return fail(QStringLiteral("Every dataset server needs a name and a hostname"));
        if (!built.contains(server.modelKey)) {
            if (!models.contains(server.modelKey))
                return fail(QStringLiteral("Server %1 refers to model '%2', which the dataset does "
                                           "not define")
                                .arg(server.name, server.modelKey));
            const QJsonObject spec = models.value(server.modelKey).toObject();
            auto model = std::make_shared<PsuModel>();
            for (const QJsonValue &scopeValue : spec.value(u"scopes").toArray()) {
                auto parsed = scope(scopeValue.toObject());
                if (!parsed)
                    return std::unexpected(parsed.error());
                model->addScope(std::move(*parsed));
            }
            for (const QJsonValue &failoverValue : spec.value(u"failovers").toArray()) {
                const QJsonObject f = failoverValue.toObject();
                PsuFailover failover;
                failover.name = f.value(u"name").toString();
                failover.serverA = f.value(u"server_a").toString();
                failover.serverB = f.value(u"server_b").toString();
                failover.mode = f.value(u"mode").toString(QStringLiteral("LoadBalance"));
                for (const QJsonValue &id : f.value(u"scope_ids").toArray())
                    failover.scopeIds.append(id.toString());
                failover.maxClientLeadTime = f.value(u"max_client_lead_time").toInt(3600);
                failover.maxResponseDelay = f.value(u"max_response_delay").toInt(30);
                failover.stateSwitchoverInterval = f.value(u"state_switchover_interval").toInt();
                failover.enableAuth = f.value(u"enable_auth").toBool();
                model->failovers.append(failover);
            }
            for (const QJsonValue &optionValue : spec.value(u"server_options").toArray())
                model->serverOptions.append(option(optionValue.toObject()));
            built.insert(server.modelKey, model);
        }
        server.model = built.value(server.modelKey);
        dataset.servers.append(server);
    }
    return dataset;
}

Expected<LabDataset> LabDataset::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("Cannot read the dataset file '%1': %2").arg(path, file.errorString()));
    auto dataset = fromJson(file.readAll());
    if (!dataset)
        return fail(QStringLiteral("%1: %2").arg(path, dataset.error().message));
    return dataset;
}

} // namespace leaselink::lab
