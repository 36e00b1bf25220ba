#include "PsuClient.h"

#include "PsuDecoder.h"
#include "PsuScriptVersion.h"

#include "domain/Server.h"
#include "net/NetErrorFactory.h"
#include "net/NetLogging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leaselink {

namespace {

constexpr int BulkChunkSize = 100; // the plugin's chunk size (upstream-v2.md §2.4)

template <typename T>
NetResult<T> decodeWith(const HttpResult &result, Decoded<T> (*decode)(const QByteArray &))
{
    if (!result)
        return netFail(result.error());
    if (result->status == 204) {
        // decisions.md C-01: a 204 is never "no items".
        return netFail(NetErrorFactory::decode(RemoteService::Psu, result->method, result->url,
                                               QString(),
                                               QStringLiteral("HTTP 204 without a body where data "
                                                              "was expected")));
    }
    auto decoded = decode(result->body);
    if (!decoded) {
        const NetError e = NetErrorFactory::decode(RemoteService::Psu, result->method, result->url,
                                                   decoded.error().path, decoded.error().reason);
        qCWarning(lcPsu).noquote() << e.toString();
        return netFail(e);
    }
    return std::move(*decoded);
}

NetResult<void> expectNoContent(const HttpResult &result)
{
    if (!result)
        return netFail(result.error());
    return {};
}

QUrlQuery scopeQuery(std::optional<Ipv4Address> scopeId)
{
    QUrlQuery q;
    if (scopeId)
        q.addQueryItem(QStringLiteral("scope_id"), scopeId->toString());
    return q;
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

template <typename T>
PerScope<T> splitGrouped(const NetResult<QMap<Ipv4Address, QList<T>>> &grouped,
                         const QList<Ipv4Address> &scopeIds, const char *what)
{
    PerScope<T> out;
    for (const Ipv4Address &id : scopeIds) {
        if (!grouped) {
            out.insert(id, netFail(grouped.error()));
        } else if (!grouped->contains(id)) {
            out.insert(id, netFail(NetErrorFactory::decode(
                               RemoteService::Psu, QStringLiteral("GET"), QString(), id.toString(),
                               QStringLiteral("the server's %1 list has no entry for scope %2")
                                   .arg(QLatin1String(what), id.toString()))));
        } else {
            out.insert(id, grouped->value(id));
        }
    }
    return out;
}

} // namespace

PsuClient::PsuClient(HttpSessionConfig config, QObject *parent)
    : QObject(parent)
{
    config.service = RemoteService::Psu;
    m_session = new HttpSession(std::move(config), this);
}

HttpSessionConfig PsuClient::sessionConfig(const Server &server, const QString &token)
{
    HttpSessionConfig config;
    config.service = RemoteService::Psu;
    config.serviceName = server.name.isEmpty() ? server.hostname : server.name;
    config.baseUrl = server.baseUrl();
    const QString trimmed = token.trimmed();
    if (!trimmed.isEmpty())
        config.authorization = "Bearer " + trimmed.toUtf8();
    config.timeout = std::chrono::seconds(server.timeoutSeconds > 0 ? server.timeoutSeconds : 30);
    config.verifyTls = server.verifySsl;
    config.trustedCertificate = server.certificate;
    return config;
}

bool PsuClient::usesBulkContract() const
{
    return PsuScriptVersion::supportsBulk(m_scriptVersion);
}

QCoro::Task<HttpResult> PsuClient::call(HttpRequest request)
{
    co_return co_await m_session->send(std::move(request));
}

QCoro::Task<NetResult<PsuHealth>> PsuClient::health()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/health"));
    const HttpResult result = co_await call(std::move(request));
    NetResult<PsuHealth> health = decodeWith(result, &PsuDecoder::health);
    if (health) {
        m_scriptVersion = health->version;
        const QString advisory = PsuScriptVersion::advisory(health->version);
        if (!advisory.isEmpty())
            qCInfo(lcPsu).noquote() << m_session->config().serviceName << advisory;
    }
    co_return health;
}

QCoro::Task<NetResult<PsuAccessLevel>> PsuClient::accessLevel()
{
    HttpRequest request =
        HttpRequest::withJson("POST", QStringLiteral("/health"), QJsonDocument(QJsonObject()));
    const HttpResult result = co_await call(std::move(request));
    if (!result) {
        if (result.error().kind == NetError::Kind::HttpStatus && result.error().httpStatus == 403)
            co_return PsuAccessLevel::Reader;
        co_return netFail(result.error());
    }
    co_return PsuAccessLevel::Writer;
}

QCoro::Task<NetResult<QList<PsuScope>>> PsuClient::scopes(bool activeOnly)
{
    QUrlQuery q;
    if (activeOnly)
        q.addQueryItem(QStringLiteral("active_only"), QStringLiteral("true"));
    HttpRequest request = HttpRequest::get(QStringLiteral("/scopes"), q);
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::scopes);
}

QCoro::Task<NetResult<PsuRecords<PsuScope>>> PsuClient::scopeRecords()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/scopes"));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::scopeRecords);
}

QCoro::Task<NetResult<PsuScope>> PsuClient::scope(Ipv4Address scopeId)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/scopes/") % scopeId.toString());
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::scope);
}

QCoro::Task<NetResult<PsuScope>> PsuClient::createScope(const PsuScope &scope)
{
    QJsonObject body{
        {QStringLiteral("scope_id"), scope.scopeId.toString()},
        {QStringLiteral("name"), scope.name},
        {QStringLiteral("start_ip"), scope.startIp.toString()},
        {QStringLiteral("end_ip"), scope.endIp.toString()},
        {QStringLiteral("subnet_mask"), scope.subnetMask.toString()},
        {QStringLiteral("router"), scope.router ? scope.router->toString() : QString()},
        {QStringLiteral("lease_duration_seconds"), scope.leaseDurationSeconds},
        {QStringLiteral("description"), scope.description}};
    if (usesBulkContract())
        body.insert(QStringLiteral("state"),
                    scope.active ? QStringLiteral("Active") : QStringLiteral("InActive"));
    HttpRequest request =
        HttpRequest::withJson("POST", QStringLiteral("/scopes"), QJsonDocument(body));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::scope);
}

QCoro::Task<NetResult<PsuScope>> PsuClient::updateScope(Ipv4Address scopeId,
                                                        const QJsonObject &changes)
{
    HttpRequest request = HttpRequest::withJson(
        "PUT", QStringLiteral("/scopes/") % scopeId.toString(), QJsonDocument(changes));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::scope);
}

QCoro::Task<NetResult<QList<PsuLease>>> PsuClient::leases(std::optional<Ipv4Address> scopeId)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/leases"), scopeQuery(scopeId));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::leases);
}

QCoro::Task<NetResult<QList<PsuReservation>>>
PsuClient::reservations(std::optional<Ipv4Address> scopeId)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/reservations"), scopeQuery(scopeId));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::reservations);
}

QString PsuClient::typeName(PsuReservationType type)
{
    switch (type) {
    case PsuReservationType::Dhcp:
        return QStringLiteral("Dhcp");
    case PsuReservationType::Bootp:
        return QStringLiteral("Bootp");
    case PsuReservationType::Both:
        return QStringLiteral("Both");
    }
    return QStringLiteral("Dhcp");
}

QJsonObject PsuClient::reservationBody(const PsuReservation &r)
{
    return QJsonObject{{QStringLiteral("scope_id"), r.scopeId.toString()},
                       {QStringLiteral("ip_address"), r.ipAddress.toString()},
                       {QStringLiteral("client_id"), r.clientId},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("type"), typeName(r.type)}};
}

QJsonObject PsuClient::exclusionBody(const PsuExclusion &e)
{
    return QJsonObject{{QStringLiteral("scope_id"), e.scopeId.toString()},
                       {QStringLiteral("start_ip"), e.startIp.toString()},
                       {QStringLiteral("end_ip"), e.endIp.toString()}};
}

QCoro::Task<NetResult<PsuReservation>>
PsuClient::createReservation(const PsuReservation &reservation)
{
    HttpRequest request = HttpRequest::withJson("POST", QStringLiteral("/reservations"),
                                                QJsonDocument(reservationBody(reservation)));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::reservation);
}

QCoro::Task<NetResult<PsuReservation>> PsuClient::updateReservation(const QString &clientId,
                                                                    const QJsonObject &changes)
{
    HttpRequest request = HttpRequest::withJson(
        "PUT", QStringLiteral("/reservations/") % pathSegment(clientId), QJsonDocument(changes));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::reservation);
}

QCoro::Task<NetResult<void>> PsuClient::deleteReservation(const QString &clientId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/reservations/") % pathSegment(clientId);
    co_return expectNoContent(co_await call(std::move(request)));
}

QCoro::Task<NetResult<QList<PsuFailover>>> PsuClient::failovers()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/failover"));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::failovers);
}

QCoro::Task<NetResult<PsuRecords<PsuFailover>>> PsuClient::failoverRecords()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/failover"));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::failoverRecords);
}

QCoro::Task<NetResult<PsuFailover>> PsuClient::createFailover(const PsuFailover &f,
                                                              const QString &sharedSecret)
{
    QJsonArray ids;
    for (const Ipv4Address &id : f.scopeIds)
        ids.append(id.toString());
    QJsonObject body{{QStringLiteral("name"), f.name},
                     {QStringLiteral("secondary_server"), f.secondaryServer},
                     {QStringLiteral("mode"), f.mode == PsuFailoverMode::HotStandby
                                                  ? QStringLiteral("HotStandby")
                                                  : QStringLiteral("LoadBalance")},
                     {QStringLiteral("scope_ids"), ids},
                     {QStringLiteral("max_client_lead_time"), f.maxClientLeadTime},
                     {QStringLiteral("max_response_delay"), f.maxResponseDelay},
                     {QStringLiteral("enable_auth"), f.enableAuth}};
    if (f.stateSwitchoverInterval)
        body.insert(QStringLiteral("state_switchover_interval"), *f.stateSwitchoverInterval);
    if (f.enableAuth && !sharedSecret.isEmpty())
        body.insert(QStringLiteral("shared_secret"), sharedSecret);
    HttpRequest request =
        HttpRequest::withJson("POST", QStringLiteral("/failover"), QJsonDocument(body));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::failover);
}

QCoro::Task<NetResult<QList<PsuOption>>> PsuClient::serverOptions()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/options/server"));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::options);
}

QCoro::Task<NetResult<QList<PsuOption>>> PsuClient::scopeOptions(Ipv4Address scopeId)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/options/scope/") % scopeId.toString());
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::options);
}

QCoro::Task<NetResult<QList<PsuExclusion>>> PsuClient::exclusions(Ipv4Address scopeId)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/exclusions"), scopeQuery(scopeId));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::exclusions);
}

QCoro::Task<NetResult<PsuRecords<PsuExclusion>>> PsuClient::exclusionRecords(Ipv4Address scopeId)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/exclusions"), scopeQuery(scopeId));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::exclusionRecords);
}

QCoro::Task<NetResult<PsuExclusion>> PsuClient::createExclusion(const PsuExclusion &exclusion)
{
    HttpRequest request = HttpRequest::withJson("POST", QStringLiteral("/exclusions"),
                                                QJsonDocument(exclusionBody(exclusion)));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::exclusion);
}

QCoro::Task<NetResult<void>> PsuClient::deleteExclusion(const PsuExclusion &exclusion)
{
    HttpRequest request = HttpRequest::withJson("DELETE", QStringLiteral("/exclusions"),
                                                QJsonDocument(exclusionBody(exclusion)));
    co_return expectNoContent(co_await call(std::move(request)));
}

QCoro::Task<NetResult<QMap<Ipv4Address, QList<PsuLease>>>> PsuClient::groupedLeases()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("grouped"));
    HttpRequest request = HttpRequest::get(QStringLiteral("/leases"), q);
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::groupedLeases);
}

QCoro::Task<NetResult<QMap<Ipv4Address, QList<PsuReservation>>>> PsuClient::groupedReservations()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("grouped"));
    HttpRequest request = HttpRequest::get(QStringLiteral("/reservations"), q);
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::groupedReservations);
}

QCoro::Task<NetResult<QMap<Ipv4Address, QList<PsuExclusion>>>> PsuClient::allExclusions()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/exclusions"));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::groupedExclusions);
}

QCoro::Task<NetResult<PsuOptionsSnapshot>> PsuClient::allOptions()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/options"));
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::optionsSnapshot);
}

QCoro::Task<NetResult<PsuMetrics>> PsuClient::metrics(bool reservations, bool declined)
{
    QUrlQuery q;
    if (reservations)
        q.addQueryItem(QStringLiteral("reservations"), QStringLiteral("true"));
    if (declined)
        q.addQueryItem(QStringLiteral("declined"), QStringLiteral("true"));
    HttpRequest request = HttpRequest::get(QStringLiteral("/metrics"), q);
    co_return decodeWith(co_await call(std::move(request)), &PsuDecoder::metrics);
}

QCoro::Task<NetResult<QList<Ipv4Address>>>
PsuClient::replicateFailover(const QList<Ipv4Address> &scopeIds)
{
    QJsonArray ids;
    for (const Ipv4Address &id : scopeIds)
        ids.append(id.toString());
    HttpRequest request =
        HttpRequest::withJson("POST", QStringLiteral("/failover/replicate"),
                              QJsonDocument(QJsonObject{{QStringLiteral("scope_ids"), ids}}));
    const HttpResult result = co_await call(std::move(request));
    co_return decodeWith(result, &PsuDecoder::replicated);
}

QCoro::Task<QList<PsuBulkItemResult>> PsuClient::bulkReservations(QByteArray method,
                                                                  QList<QJsonObject> items)
{
    QList<PsuBulkItemResult> results;
    results.reserve(items.size());
    const auto itemResult = [](const QJsonObject &item, const QString &error) {
        PsuBulkItemResult r;
        r.scopeId = Ipv4Address::parse(item.value(QStringLiteral("scope_id")).toString())
                        .value_or(Ipv4Address());
        r.ipAddress = Ipv4Address::parse(item.value(QStringLiteral("ip_address")).toString())
                          .value_or(Ipv4Address());
        r.status = PsuBulkStatus::Error;
        r.error = error;
        return r;
    };
    QString stopReason;
    for (qsizetype start = 0; start < items.size(); start += BulkChunkSize) {
        const QList<QJsonObject> chunk = items.mid(start, BulkChunkSize);
        if (!stopReason.isEmpty()) {
            for (const QJsonObject &item : chunk)
                results << itemResult(item, stopReason);
            continue;
        }
        QJsonArray array;
        for (const QJsonObject &item : chunk)
            array.append(item);
        HttpRequest request =
            HttpRequest::withJson(method, QStringLiteral("/reservations"), QJsonDocument(array));
        const HttpResult result = co_await call(std::move(request));
        const NetResult<QList<PsuBulkItemResult>> decoded =
            decodeWith(result, &PsuDecoder::bulkResults);
        if (!decoded) {
            // The outcome of this chunk is unknown and later chunks may depend on it (§2.4).
            stopReason = decoded.error().toString();
            for (const QJsonObject &item : chunk)
                results << itemResult(item, stopReason);
            continue;
        }
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (i < decoded->size())
                results << decoded->at(i);
            else
                results << itemResult(chunk[i], QStringLiteral("No result returned for this item"));
        }
    }
    co_return results;
}

QCoro::Task<PerScope<PsuLease>> PsuClient::leasesByScope(QList<Ipv4Address> scopeIds)
{
    if (usesBulkContract())
        co_return splitGrouped(co_await groupedLeases(), scopeIds, "leases");
    PerScope<PsuLease> out;
    for (const Ipv4Address &id : scopeIds)
        out.insert(id, co_await leases(id));
    co_return out;
}

QCoro::Task<PerScope<PsuReservation>> PsuClient::reservationsByScope(QList<Ipv4Address> scopeIds)
{
    if (usesBulkContract())
        co_return splitGrouped(co_await groupedReservations(), scopeIds, "reservations");
    PerScope<PsuReservation> out;
    for (const Ipv4Address &id : scopeIds)
        out.insert(id, co_await reservations(id));
    co_return out;
}

QCoro::Task<PerScope<PsuExclusion>> PsuClient::exclusionsByScope(QList<Ipv4Address> scopeIds)
{
    if (usesBulkContract()) {
        // The bulk exclusions answer lists only scopes that have ranges (§2.3): absent = none.
        const auto all = co_await allExclusions();
        PerScope<PsuExclusion> out;
        for (const Ipv4Address &id : scopeIds)
            out.insert(id, all ? NetResult<QList<PsuExclusion>>(all->value(id))
                               : NetResult<QList<PsuExclusion>>(netFail(all.error())));
        co_return out;
    }
    PerScope<PsuExclusion> out;
    for (const Ipv4Address &id : scopeIds)
        out.insert(id, co_await exclusions(id));
    co_return out;
}

QCoro::Task<PerScope<PsuOption>> PsuClient::scopeOptionsByScope(QList<Ipv4Address> scopeIds)
{
    if (usesBulkContract()) {
        const auto all = co_await allOptions();
        NetResult<QMap<Ipv4Address, QList<PsuOption>>> grouped =
            all ? NetResult<QMap<Ipv4Address, QList<PsuOption>>>(all->scopeOptions)
                : NetResult<QMap<Ipv4Address, QList<PsuOption>>>(netFail(all.error()));
        co_return splitGrouped(grouped, scopeIds, "options");
    }
    PerScope<PsuOption> out;
    for (const Ipv4Address &id : scopeIds)
        out.insert(id, co_await scopeOptions(id));
    co_return out;
}

} // namespace leaselink
