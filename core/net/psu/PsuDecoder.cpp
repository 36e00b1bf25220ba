#include "PsuDecoder.h"

#include <QJsonDocument>

#include <functional>
#include <limits>

namespace leaselink {

namespace {

constexpr qint64 MaxInt32 = std::numeric_limits<qint32>::max();

Decoded<QJsonDocument> parse(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return std::unexpected(DecodeFailure{QString(), QStringLiteral("the body is empty")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(
            DecodeFailure{QString(), QStringLiteral("the body is not JSON (%1 at offset %2)")
                                         .arg(error.errorString(), QString::number(error.offset))});
    }
    return doc;
}

Decoded<QJsonArray> parseList(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (doc->isObject()) {
        return std::unexpected(DecodeFailure{
            QString(), QStringLiteral("expected a list, got a single object (a lone object is "
                                      "never read as a one-item list)")});
    }
    return doc->array();
}

Decoded<QJsonObject> parseObject(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject())
        return std::unexpected(
            DecodeFailure{QString(), QStringLiteral("expected an object, got a list")});
    return doc->object();
}

QString indexPath(const QString &base, qsizetype i)
{
    return base % u'[' % QString::number(i) % u']';
}

template <typename T>
Decoded<T> readItem(const QJsonValue &item, const QString &path,
                    const std::function<T(JsonReader &)> &read)
{
    if (!item.isObject()) {
        return std::unexpected(DecodeFailure{
            path, QStringLiteral("expected an object, got %1").arg(JsonReader::typeName(item))});
    }
    std::optional<DecodeFailure> failure;
    JsonReader r(item.toObject(), path, &failure);
    T value = read(r);
    if (failure)
        return std::unexpected(*failure);
    return value;
}

template <typename T>
Decoded<QList<T>> readList(const QJsonArray &items, const QString &basePath,
                           const std::function<T(JsonReader &)> &read)
{
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto value = readItem<T>(items[i], indexPath(basePath, i), read);
        if (!value)
            return std::unexpected(value.error());
        out << std::move(*value);
    }
    return out;
}

template <typename T>
Decoded<QList<T>> decodeList(const QByteArray &body, const std::function<T(JsonReader &)> &read)
{
    auto items = parseList(body);
    if (!items)
        return std::unexpected(items.error());
    return readList<T>(*items, QString(), read);
}

// The first of `keys` the raw record holds, as text: how a rejected record is named.
QString recordIdentity(const QJsonValue &record, std::initializer_list<const char *> keys)
{
    if (!record.isObject())
        return QString();
    const QJsonObject object = record.toObject();
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed().left(80);
    }
    return QString();
}

template <typename T>
Decoded<PsuRecords<T>> decodeRecords(const QByteArray &body,
                                     const std::function<T(JsonReader &)> &read,
                                     std::initializer_list<const char *> identityKeys)
{
    auto items = parseList(body);
    if (!items)
        return std::unexpected(items.error());
    PsuRecords<T> out;
    out.items.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        auto value = readItem<T>(item, indexPath(QString(), i), read);
        if (value)
            out.items << std::move(*value);
        else
            out.rejected << PsuRejectedRecord{recordIdentity(item, identityKeys), value.error()};
    }
    return out;
}

template <typename T>
Decoded<T> decodeOne(const QByteArray &body, const std::function<T(JsonReader &)> &read)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    T value = read(r);
    if (failure)
        return std::unexpected(*failure);
    return value;
}

template <typename T>
Decoded<QMap<Ipv4Address, QList<T>>>
decodeGrouped(const QByteArray &body, const std::function<T(JsonReader &)> &read, const char *what)
{
    auto doc = parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (doc->isArray()) {
        // A flat list back from ?format=grouped means the script predates 2.0 (§2.3).
        return std::unexpected(DecodeFailure{
            QString(), QStringLiteral("expected %1 grouped by scope, got a flat list (the PSU "
                                      "script is older than 2.0.0)")
                           .arg(QLatin1String(what))});
    }
    QMap<Ipv4Address, QList<T>> out;
    const QJsonObject obj = doc->object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const auto key = Ipv4Address::parse(it.key());
        if (!key) {
            return std::unexpected(
                DecodeFailure{it.key(), QStringLiteral("scope key: %1").arg(key.error().message)});
        }
        if (!it.value().isArray()) {
            return std::unexpected(DecodeFailure{
                it.key(),
                QStringLiteral("expected a list, got %1").arg(JsonReader::typeName(it.value()))});
        }
        auto items = readList<T>(it.value().toArray(), it.key(), read);
        if (!items)
            return std::unexpected(items.error());
        out.insert(*key, *items);
    }
    return out;
}

std::optional<Ipv4Address> readRouter(JsonReader &r, bool *present)
{
    *present = r.has({"router", "Router"});
    if (!*present)
        return std::nullopt;
    const auto text = r.nullableString({"router", "Router"});
    if (!text || text->isEmpty() || *text == QLatin1String("0.0.0.0"))
        return std::nullopt;
    const auto ip = Ipv4Address::parse(*text);
    if (!ip) {
        r.fail({"router"}, ip.error().message);
        return std::nullopt;
    }
    return *ip;
}

} // namespace

const QStringList &PsuDecoder::knownOptionTypes()
{
    static const QStringList types{
        QStringLiteral("IPv4Address"), QStringLiteral("String"),
        QStringLiteral("DWord"),       QStringLiteral("Byte"),
        QStringLiteral("Word"),        QStringLiteral("DWordDword"),
        QStringLiteral("BinaryData"),  QStringLiteral("EncapsulatedData"),
        QStringLiteral("IPv6Address")};
    return types;
}

PsuScope PsuDecoder::readScope(JsonReader &r)
{
    PsuScope s;
    s.scopeId = r.ipv4({"scope_id", "ScopeId"});
    s.name = r.string({"name", "Name"});
    s.startIp = r.ipv4({"start_ip", "StartRange"});
    s.endIp = r.ipv4({"end_ip", "EndRange"});
    s.subnetMask = r.ipv4({"subnet_mask", "SubnetMask"});
    s.description = r.string({"description", "Description"});
    s.active = r.enumValue<bool>({"state", "State"}, {{"Active", true}, {"InActive", false}});
    const qint64 lease = r.integer({"lease_duration_seconds", "LeaseDuration"}, 0, MaxInt32);
    s.leaseDurationSeconds = lease == 0 ? 86400 : int(lease);
    s.router = readRouter(r, &s.hasRouter);
    s.hasFailoverName = r.has({"failover_name"});
    if (s.hasFailoverName) {
        s.failoverName = r.nullableString({"failover_name"});
        if (s.failoverName && s.failoverName->isEmpty())
            s.failoverName.reset();
    }
    return s;
}

PsuLease PsuDecoder::readLease(JsonReader &r)
{
    PsuLease l;
    l.ipAddress = r.ipv4({"ip_address", "IPAddress"});
    l.clientId = r.string({"client_id", "ClientId"}).toLower();
    l.hostname = r.string({"hostname", "HostName"});
    l.scopeId = r.ipv4({"scope_id", "ScopeId"});
    bool isNull = false;
    const QDateTime expiry = r.utcTimestamp({"lease_expiry", "LeaseExpiry"}, true, &isNull);
    if (!isNull && !r.failed())
        l.leaseExpiry = expiry;
    l.state = r.enumValue<PsuLeaseState>({"address_state", "AddressState"},
                                         {{"Active", PsuLeaseState::Active},
                                          {"ActiveReservation", PsuLeaseState::ActiveReservation}});
    return l;
}

PsuReservation PsuDecoder::readReservation(JsonReader &r)
{
    PsuReservation v;
    v.ipAddress = r.ipv4({"ip_address", "IPAddress"});
    v.clientId = r.string({"client_id", "ClientId"}).toLower();
    v.name = r.string({"name", "Name"});
    v.description = r.string({"description", "Description"});
    v.type =
        r.enumValue<PsuReservationType>({"type", "Type"}, {{"Dhcp", PsuReservationType::Dhcp},
                                                           {"Bootp", PsuReservationType::Bootp},
                                                           {"Both", PsuReservationType::Both}});
    v.scopeId = r.ipv4({"scope_id", "ScopeId"});
    return v;
}

PsuFailover PsuDecoder::readFailover(JsonReader &r)
{
    PsuFailover f;
    f.name = r.string({"name"});
    f.primaryServer = r.string({"primary_server"});
    f.secondaryServer = r.string({"secondary_server"});
    f.mode = r.enumValue<PsuFailoverMode>({"mode"}, {{"LoadBalance", PsuFailoverMode::LoadBalance},
                                                     {"HotStandby", PsuFailoverMode::HotStandby}});
    const QStringList ids = r.stringList({"scope_ids"});
    for (qsizetype i = 0; i < ids.size() && !r.failed(); ++i) {
        const auto ip = Ipv4Address::parse(ids[i]);
        if (!ip)
            r.failAt(r.pathOf({"scope_ids"}) % u'[' % QString::number(i) % u']',
                     ip.error().message);
        else
            f.scopeIds << *ip;
    }
    f.maxClientLeadTime = int(r.integer({"max_client_lead_time"}, 0, MaxInt32));
    f.maxResponseDelay = int(r.integer({"max_response_delay"}, 0, MaxInt32));
    const auto interval = r.nullableInteger({"state_switchover_interval"}, 0, MaxInt32);
    if (interval && *interval > 0)
        f.stateSwitchoverInterval = int(*interval);
    f.enableAuth = r.boolean({"enable_auth"});
    return f;
}

PsuOption PsuDecoder::readOption(JsonReader &r)
{
    PsuOption o;
    o.code = int(r.integer({"code", "OptionId"}, 1, 255));
    o.name = r.string({"name", "Name"});
    o.value = r.stringList({"value", "Value"});
    o.type = r.string({"type", "Type"});
    if (!r.failed() && !knownOptionTypes().contains(o.type)) {
        r.fail({"type"}, QStringLiteral("unknown option type \"%1\" (expected one of %2)")
                             .arg(o.type.left(40), knownOptionTypes().join(QStringLiteral(", "))));
    }
    o.vendorClass = r.string({"vendor_class", "VendorClass"});
    return o;
}

PsuExclusion PsuDecoder::readExclusion(JsonReader &r)
{
    PsuExclusion e;
    e.scopeId = r.ipv4({"scope_id", "ScopeId"});
    e.startIp = r.ipv4({"start_ip", "StartRange"});
    e.endIp = r.ipv4({"end_ip", "EndRange"});
    return e;
}

Decoded<PsuHealth> PsuDecoder::health(const QByteArray &body)
{
    return decodeOne<PsuHealth>(body, [](JsonReader &r) {
        PsuHealth h;
        h.status = r.string({"status"});
        if (!r.failed() && h.status != QLatin1String("ok"))
            r.fail({"status"},
                   QStringLiteral("expected \"ok\", got \"%1\"").arg(h.status.left(40)));
        // POST /health has no version; GET's may be missing on very old scripts (O-4).
        h.version = r.optionalString({"version"}).value_or(QString());
        return h;
    });
}

Decoded<QList<PsuScope>> PsuDecoder::scopes(const QByteArray &body)
{
    return decodeList<PsuScope>(body, &PsuDecoder::readScope);
}

Decoded<QList<QJsonObject>> PsuDecoder::objects(const QByteArray &body)
{
    return decodeList<QJsonObject>(body, [](JsonReader &r) { return r.source(); });
}

Decoded<PsuRecords<PsuScope>> PsuDecoder::scopeRecords(const QByteArray &body)
{
    return decodeRecords<PsuScope>(body, &PsuDecoder::readScope,
                                   {"scope_id", "ScopeId", "name", "Name"});
}

Decoded<PsuRecords<PsuFailover>> PsuDecoder::failoverRecords(const QByteArray &body)
{
    return decodeRecords<PsuFailover>(body, &PsuDecoder::readFailover,
                                      {"name", "primary_server", "secondary_server"});
}

Decoded<PsuRecords<PsuExclusion>> PsuDecoder::exclusionRecords(const QByteArray &body)
{
    return decodeRecords<PsuExclusion>(body, &PsuDecoder::readExclusion,
                                       {"start_ip", "StartRange", "end_ip", "EndRange"});
}

Decoded<PsuScope> PsuDecoder::scope(const QByteArray &body)
{
    return decodeOne<PsuScope>(body, &PsuDecoder::readScope);
}

Decoded<QList<PsuLease>> PsuDecoder::leases(const QByteArray &body)
{
    return decodeList<PsuLease>(body, &PsuDecoder::readLease);
}

Decoded<QList<PsuReservation>> PsuDecoder::reservations(const QByteArray &body)
{
    return decodeList<PsuReservation>(body, &PsuDecoder::readReservation);
}

Decoded<PsuReservation> PsuDecoder::reservation(const QByteArray &body)
{
    return decodeOne<PsuReservation>(body, &PsuDecoder::readReservation);
}

Decoded<QList<PsuFailover>> PsuDecoder::failovers(const QByteArray &body)
{
    return decodeList<PsuFailover>(body, &PsuDecoder::readFailover);
}

Decoded<PsuFailover> PsuDecoder::failover(const QByteArray &body)
{
    return decodeOne<PsuFailover>(body, &PsuDecoder::readFailover);
}

Decoded<QList<PsuOption>> PsuDecoder::options(const QByteArray &body)
{
    return decodeList<PsuOption>(body, &PsuDecoder::readOption);
}

Decoded<QList<PsuExclusion>> PsuDecoder::exclusions(const QByteArray &body)
{
    return decodeList<PsuExclusion>(body, &PsuDecoder::readExclusion);
}

Decoded<PsuExclusion> PsuDecoder::exclusion(const QByteArray &body)
{
    return decodeOne<PsuExclusion>(body, &PsuDecoder::readExclusion);
}

Decoded<QMap<Ipv4Address, QList<PsuLease>>> PsuDecoder::groupedLeases(const QByteArray &body)
{
    return decodeGrouped<PsuLease>(body, &PsuDecoder::readLease, "leases");
}

Decoded<QMap<Ipv4Address, QList<PsuReservation>>>
PsuDecoder::groupedReservations(const QByteArray &body)
{
    return decodeGrouped<PsuReservation>(body, &PsuDecoder::readReservation, "reservations");
}

Decoded<QMap<Ipv4Address, QList<PsuExclusion>>>
PsuDecoder::groupedExclusions(const QByteArray &body)
{
    return decodeGrouped<PsuExclusion>(body, &PsuDecoder::readExclusion, "exclusions");
}

Decoded<PsuOptionsSnapshot> PsuDecoder::optionsSnapshot(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    const QJsonObject scopeOptions = r.object({"scope_options"});
    const QJsonArray serverOptions = r.array({"server_options"});
    PsuOptionsSnapshot snapshot;
    snapshot.optionDefinitions = r.array({"option_definitions"});
    if (failure)
        return std::unexpected(*failure);
    auto grouped =
        decodeGrouped<PsuOption>(QJsonDocument(scopeOptions).toJson(QJsonDocument::Compact),
                                 &PsuDecoder::readOption, "options");
    if (!grouped) {
        DecodeFailure f = grouped.error();
        f.path = QStringLiteral("scope_options.") % f.path;
        return std::unexpected(f);
    }
    snapshot.scopeOptions = *grouped;
    auto server = readList<PsuOption>(serverOptions, QStringLiteral("server_options"),
                                      &PsuDecoder::readOption);
    if (!server)
        return std::unexpected(server.error());
    snapshot.serverOptions = *server;
    return snapshot;
}

Decoded<QList<PsuBulkItemResult>> PsuDecoder::bulkResults(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader top(*obj, QString(), &failure);
    const QJsonArray results = top.array({"results"});
    if (failure)
        return std::unexpected(*failure);
    return readList<PsuBulkItemResult>(results, QStringLiteral("results"), [](JsonReader &r) {
        PsuBulkItemResult item;
        item.scopeId = r.ipv4({"scope_id"});
        item.ipAddress = r.ipv4({"ip_address"});
        item.status =
            r.enumValue<PsuBulkStatus>({"status"}, {{"ok", PsuBulkStatus::Ok},
                                                    {"not_found", PsuBulkStatus::NotFound},
                                                    {"error", PsuBulkStatus::Error}});
        if (item.status != PsuBulkStatus::Ok)
            item.error = r.string({"error"});
        if (r.has({"reservation"}) && !r.failed()) {
            const QJsonObject res = r.object({"reservation"});
            std::optional<DecodeFailure> innerFailure;
            JsonReader innerReader(res, r.pathOf({"reservation"}), &innerFailure);
            const PsuReservation reservation = readReservation(innerReader);
            if (innerFailure)
                r.failAt(innerFailure->path, innerFailure->reason);
            else
                item.reservation = reservation;
        }
        return item;
    });
}

Decoded<PsuMetrics> PsuDecoder::metrics(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    PsuMetrics m;
    m.schemaVersion = int(r.integer({"schema_version"}, 1, 1));
    bool isNull = false;
    m.generatedAt = r.utcTimestamp({"generated_at"}, false, &isNull);
    if (const auto server = r.nullableObject({"server"})) {
        JsonReader s(*server, QStringLiteral("server"), &failure);
        m.hasServer = true;
        m.uptimeSeconds = s.integer({"uptime_seconds"}, 0, std::numeric_limits<qint64>::max() / 2);
        m.scopesTotal = s.integer({"scopes_total"}, 0, MaxInt32);
        m.scopesActive = s.integer({"scopes_active"}, 0, MaxInt32);
        m.addressesTotal =
            s.integer({"addresses_total"}, 0, std::numeric_limits<qint64>::max() / 2);
        m.addressesInUse =
            s.integer({"addresses_in_use"}, 0, std::numeric_limits<qint64>::max() / 2);
        m.percentInUse = s.number({"percent_in_use"});
    }
    const QJsonArray scopes = r.array({"scopes"});
    const QJsonArray failovers = r.array({"failover"});
    if (failure)
        return std::unexpected(*failure);
    auto scopeList = readList<PsuScopeMetrics>(scopes, QStringLiteral("scopes"), [](JsonReader &s) {
        PsuScopeMetrics sm;
        sm.scopeId = s.ipv4({"scope_id"});
        sm.name = s.string({"name"});
        sm.state = s.string({"state"});
        sm.addressesTotal =
            s.integer({"addresses_total"}, 0, std::numeric_limits<qint64>::max() / 2);
        sm.addressesInUse =
            s.integer({"addresses_in_use"}, 0, std::numeric_limits<qint64>::max() / 2);
        sm.addressesFree = s.integer({"addresses_free"}, 0, std::numeric_limits<qint64>::max() / 2);
        sm.addressesReserved =
            s.integer({"addresses_reserved"}, 0, std::numeric_limits<qint64>::max() / 2);
        sm.percentInUse = s.number({"percent_in_use"});
        return sm;
    });
    if (!scopeList)
        return std::unexpected(scopeList.error());
    m.scopes = *scopeList;
    auto foList =
        readList<QString>(failovers, QStringLiteral("failover"), [](JsonReader &f) -> QString {
            const QString name = f.string({"name"});
            const QString state = f.string({"state"});
            return name % QStringLiteral(": ") % state;
        });
    if (!foList)
        return std::unexpected(foList.error());
    m.failoverStates = *foList;
    return m;
}

Decoded<QList<Ipv4Address>> PsuDecoder::replicated(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    const QStringList items = r.stringList({"replicated"});
    QList<Ipv4Address> out;
    for (qsizetype i = 0; i < items.size() && !failure; ++i) {
        const auto ip = Ipv4Address::parse(items[i]);
        if (!ip)
            r.failAt(QStringLiteral("replicated[%1]").arg(i), ip.error().message);
        else
            out << *ip;
    }
    if (failure)
        return std::unexpected(*failure);
    return out;
}

} // namespace leaselink
