#include "NetBoxClient.h"

#include "NetBoxDecoder.h"

#include "net/NetErrorFactory.h"
#include "net/NetLogging.h"
#include "net/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QSet>

#include <deque>

namespace leaselink {

namespace {

NetError decodeError(const HttpResponse &response, const DecodeFailure &failure)
{
    const NetError e = NetErrorFactory::decode(RemoteService::NetBox, response.method, response.url,
                                               failure.path, failure.reason);
    qCWarning(lcNetBox).noquote() << e.toString();
    return e;
}

template <typename T>
NetResult<QList<T>> decodeObjects(const NetResult<QList<QJsonObject>> &objects,
                                  T (*read)(JsonReader &), const QString &url)
{
    if (!objects)
        return netFail(objects.error());
    QJsonArray array;
    for (const QJsonObject &o : *objects)
        array.append(o);
    auto decoded = NetBoxDecoder::readAll<T>(array, read);
    if (!decoded) {
        HttpResponse where;
        where.method = QStringLiteral("GET");
        where.url = url;
        return netFail(decodeError(where, decoded.error()));
    }
    return *decoded;
}

QStringList perItemErrors(const QByteArray &body, qsizetype expected)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray() || doc.array().size() != expected)
        return {};
    QStringList out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject obj = v.toObject();
        out << (obj.isEmpty() ? QString()
                              : NetErrorFactory::serverErrorText(
                                    QJsonDocument(obj).toJson(QJsonDocument::Compact)));
    }
    return out;
}

} // namespace

NetBoxClient::NetBoxClient(HttpSessionConfig config, NetBoxClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    config.service = RemoteService::NetBox;
    config.baseUrl = apiBase(config.baseUrl);
    config.contentTypeOnGet.clear();
    m_session = new HttpSession(std::move(config), this);
}

HttpSessionConfig NetBoxClient::sessionConfig(const NetBoxConnection &connection,
                                              const QString &token)
{
    HttpSessionConfig config;
    config.service = RemoteService::NetBox;
    config.serviceName = QStringLiteral("NetBox");
    config.baseUrl = connection.url;
    config.authorization = authorizationFor(token);
    config.verifyTls = connection.verifySsl;
    config.trustedCertificate = connection.certificate;
    return config;
}

QByteArray NetBoxClient::authorizationFor(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return {};
    // NetBox decides the token version by the nbt_ prefix (netbox-api.md §2).
    return (t.startsWith(QStringLiteral("nbt_")) ? QByteArrayLiteral("Bearer ")
                                                 : QByteArrayLiteral("Token ")) +
           t.toUtf8();
}

QUrl NetBoxClient::apiBase(const QUrl &netboxUrl)
{
    QUrl url = netboxUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(QStringLiteral("/api")))
        path += QStringLiteral("/api");
    url.setPath(path);
    return url;
}

QCoro::Task<HttpResult> NetBoxClient::call(HttpRequest request)
{
    co_return co_await m_session->send(std::move(request));
}

QCoro::Task<NetResult<NetBoxStatus>> NetBoxClient::status()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/status/"));
    const HttpResult result = co_await call(std::move(request));
    if (!result)
        co_return netFail(result.error());
    auto decoded = NetBoxDecoder::status(result->body);
    if (!decoded)
        co_return netFail(decodeError(*result, decoded.error()));
    m_status = *decoded;
    if (!decoded->isSupported()) {
        NetError e;
        e.kind = NetError::Kind::Unsupported;
        e.service = RemoteService::NetBox;
        e.method = result->method;
        e.url = result->url;
        e.detail =
            decoded->atLeast(4, 7)
                ? QStringLiteral(
                      "NetBox %1 is newer than the versions LeaseLink supports (4.5 and 4.6): "
                      "check for a LeaseLink update before syncing")
                      .arg(decoded->fullVersion)
                : QStringLiteral(
                      "NetBox %1 is too old: LeaseLink needs NetBox 4.5 or 4.6 (v2 tokens, "
                      "change-log messages); upgrade NetBox first")
                      .arg(decoded->fullVersion);
        co_return netFail(NetErrorFactory::finish(std::move(e)));
    }
    co_return *decoded;
}

QCoro::Task<NetResult<NetBoxUser>> NetBoxClient::authenticationCheck()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/authentication-check/"));
    const HttpResult result = co_await call(std::move(request));
    if (!result)
        co_return netFail(result.error());
    auto decoded = NetBoxDecoder::user(result->body);
    if (!decoded)
        co_return netFail(decodeError(*result, decoded.error()));
    co_return *decoded;
}

QCoro::Task<NetResult<QList<QJsonObject>>> NetBoxClient::listAll(QString path, QUrlQuery filters,
                                                                 QStringList fields)
{
    if (!fields.isEmpty())
        filters.addQueryItem(QStringLiteral("fields"), fields.join(u','));
    const auto pageQuery = [&filters](int limit, qint64 offset) {
        QUrlQuery q = filters;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        return q;
    };
    HttpRequest first = HttpRequest::get(path, pageQuery(m_options.pageSize, 0));
    const HttpResult firstResult = co_await call(std::move(first));
    if (!firstResult)
        co_return netFail(firstResult.error());
    auto page = NetBoxDecoder::page(firstResult->body);
    if (!page)
        co_return netFail(decodeError(*firstResult, page.error()));
    QList<QJsonObject> out;
    for (const QJsonValue &v : page->results)
        out << v.toObject();
    if (!page->count) {
        co_return netFail(decodeError(
            *firstResult, DecodeFailure{QStringLiteral("count"),
                                        QStringLiteral("null count on an offset-paged list")}));
    }
    const qint64 count = *page->count;
    if (count > m_options.maxListObjects) {
        const DecodeFailure tooMany{
            QStringLiteral("count"),
            QStringLiteral("NetBox reports %1 objects, more than the %2 LeaseLink reads in one "
                           "list")
                .arg(QString::number(count), QString::number(m_options.maxListObjects))};
        co_return netFail(decodeError(*firstResult, tooMany));
    }
    // The server caps limit at MAX_PAGE_SIZE silently; the first page tells us the real size.
    const int effective = out.size() < count ? int(out.size()) : m_options.pageSize;
    if (effective <= 0 && count > 0)
        co_return netFail(decodeError(
            *firstResult,
            DecodeFailure{QStringLiteral("results"),
                          QStringLiteral("an empty first page although count is %1").arg(count)}));
    std::deque<QCoro::Task<HttpResult>> inFlight;
    qint64 nextOffset = out.size();
    std::optional<NetError> failure;
    while ((nextOffset < count || !inFlight.empty()) && !failure) {
        while (nextOffset < count && int(inFlight.size()) < qMax(1, m_options.pagesInFlight)) {
            HttpRequest request = HttpRequest::get(path, pageQuery(effective, nextOffset));
            inFlight.push_back(call(std::move(request)));
            nextOffset += effective;
        }
        const HttpResult result = co_await std::move(inFlight.front());
        inFlight.pop_front();
        if (!result) {
            failure = result.error();
            break;
        }
        auto next = NetBoxDecoder::page(result->body);
        if (!next) {
            failure = decodeError(*result, next.error());
            break;
        }
        // An empty page before the claimed count is reached ends the read at once: the claim
        // is wrong (or objects were deleted meanwhile) and the read would fail at the end anyway.
        if (next->results.isEmpty() && out.size() < count) {
            const DecodeFailure shortRead{
                QStringLiteral("results"),
                QStringLiteral("an empty page after %1 of the %2 objects NetBox reported "
                               "(objects changed during the read, or the count is wrong); "
                               "run again")
                    .arg(QString::number(out.size()), QString::number(count))};
            failure = decodeError(*result, shortRead);
            break;
        }
        for (const QJsonValue &v : next->results)
            out << v.toObject();
    }
    // Let the remaining requests finish before the frame goes away (they reference nothing
    // of ours, but their results must not be dropped mid-flight).
    while (!inFlight.empty()) {
        (void)co_await std::move(inFlight.front());
        inFlight.pop_front();
    }
    if (failure)
        co_return netFail(*failure);
    if (out.size() != count) {
        // Objects were added or removed while paging: the read is not a consistent snapshot.
        co_return netFail(
            decodeError(*firstResult,
                        DecodeFailure{QStringLiteral("count"),
                                      QStringLiteral("NetBox reported %1 objects but %2 were read "
                                                     "(objects changed during the read); run again")
                                          .arg(count)
                                          .arg(out.size())}));
    }
    co_return out;
}

QCoro::Task<NetResult<QList<NetBoxIpAddress>>>
NetBoxClient::ipAddresses(QList<Ipv4Prefix> parents, std::optional<qint64> vrfId)
{
    static const QStringList fields{
        QStringLiteral("id"),          QStringLiteral("address"), QStringLiteral("vrf"),
        QStringLiteral("tenant"),      QStringLiteral("status"),  QStringLiteral("dns_name"),
        QStringLiteral("description"), QStringLiteral("tags"),    QStringLiteral("custom_fields"),
        QStringLiteral("last_updated")};
    QUrlQuery fixed;
    if (vrfId)
        fixed.addQueryItem(QStringLiteral("vrf_id"),
                           *vrfId == 0 ? QStringLiteral("null") : QString::number(*vrfId));
    fixed.addQueryItem(QStringLiteral("fields"), fields.join(u','));
    fixed.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    fixed.addQueryItem(QStringLiteral("offset"), QString::number(999999));
    HttpRequest probe = HttpRequest::get(QStringLiteral("/ipam/ip-addresses/"), fixed);
    // "GET " + URL + " HTTP/1.1": the part every batch shares.
    const int fixedLength = 4 + int(m_session->urlFor(probe).toEncoded().size()) + 9;
    const auto batches =
        NetBoxBatching::parentBatches(parents, fixedLength, m_options.maxRequestLine);
    QList<NetBoxIpAddress> out;
    QSet<qint64> seen;
    for (const QList<Ipv4Prefix> &batch : batches) {
        QUrlQuery filters;
        if (vrfId)
            filters.addQueryItem(QStringLiteral("vrf_id"),
                                 *vrfId == 0 ? QStringLiteral("null") : QString::number(*vrfId));
        for (const Ipv4Prefix &p : batch)
            filters.addQueryItem(QStringLiteral("parent"), p.toString());
        const QString path = QStringLiteral("/ipam/ip-addresses/");
        const auto objects = co_await listAll(path, filters, fields);
        auto decoded = decodeObjects<NetBoxIpAddress>(
            objects, &NetBoxDecoder::readIpAddress, Redactor::redactUrl(m_session->urlFor(probe)));
        if (!decoded)
            co_return netFail(decoded.error());
        for (const NetBoxIpAddress &ip : *decoded) {
            // Overlapping parents return an address twice.
            if (!seen.contains(ip.id)) {
                seen.insert(ip.id);
                out << ip;
            }
        }
    }
    co_return out;
}

QCoro::Task<NetResult<QList<NetBoxPrefix>>> NetBoxClient::prefixes(QUrlQuery filters)
{
    const QString path = QStringLiteral("/ipam/prefixes/");
    const QStringList fields{QStringLiteral("id"),     QStringLiteral("prefix"),
                             QStringLiteral("vrf"),    QStringLiteral("tenant"),
                             QStringLiteral("status"), QStringLiteral("description"),
                             QStringLiteral("tags")};
    const auto objects = co_await listAll(path, filters, fields);
    co_return decodeObjects<NetBoxPrefix>(objects, &NetBoxDecoder::readPrefix,
                                          QStringLiteral("/api/ipam/prefixes/"));
}

QCoro::Task<NetResult<QList<NetBoxTag>>> NetBoxClient::tags()
{
    const QString path = QStringLiteral("/extras/tags/");
    const QStringList fields{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("slug"),
                             QStringLiteral("color")};
    const auto objects = co_await listAll(path, QUrlQuery(), fields);
    co_return decodeObjects<NetBoxTag>(objects, &NetBoxDecoder::readTag,
                                       QStringLiteral("/api/extras/tags/"));
}

QCoro::Task<NetResult<QList<NetBoxVrf>>> NetBoxClient::vrfs()
{
    const QString path = QStringLiteral("/ipam/vrfs/");
    const QStringList fields{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("rd")};
    const auto objects = co_await listAll(path, QUrlQuery(), fields);
    co_return decodeObjects<NetBoxVrf>(objects, &NetBoxDecoder::readVrf,
                                       QStringLiteral("/api/ipam/vrfs/"));
}

QCoro::Task<NetResult<QList<NetBoxChoice>>> NetBoxClient::ipStatusChoices()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/ipam/ip-addresses/"));
    request.method = "OPTIONS";
    const HttpResult result = co_await call(std::move(request));
    if (!result)
        co_return netFail(result.error());
    auto decoded = NetBoxDecoder::statusChoices(result->body);
    if (!decoded)
        co_return netFail(decodeError(*result, decoded.error()));
    co_return *decoded;
}

QCoro::Task<NetResult<CustomFieldCheck>> NetBoxClient::ensureClientIdCustomField(bool create)
{
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("name"), QLatin1String(ClientIdField));
    const QString path = QStringLiteral("/extras/custom-fields/");
    const auto objects = co_await listAll(path, filters);
    auto fields = decodeObjects<NetBoxCustomField>(objects, &NetBoxDecoder::readCustomField,
                                                   QStringLiteral("/api/extras/custom-fields/"));
    if (!fields)
        co_return netFail(fields.error());
    CustomFieldCheck check;
    const auto permissionError = [](NetError e, const QString &what) {
        if (e.kind == NetError::Kind::HttpStatus && e.httpStatus == 403) {
            e.adminMessage =
                QStringLiteral("The NetBox token may not %1 custom fields: ask a NetBox admin to "
                               "create the text custom field \"dhcp_client_id\" on IP addresses "
                               "(filter logic exact), or grant the token's user the permission")
                    .arg(what);
        }
        return e;
    };
    if (!fields->isEmpty()) {
        check.existed = true;
        check.field = fields->first();
        if (check.field.type != QLatin1String("text")) {
            NetError e;
            e.kind = NetError::Kind::Configuration;
            e.service = RemoteService::NetBox;
            e.detail = QStringLiteral(
                           "The NetBox custom field \"dhcp_client_id\" has type \"%1\", not text: "
                           "a NetBox admin must delete or fix it (its type cannot be changed)")
                           .arg(check.field.type);
            co_return netFail(NetErrorFactory::finish(std::move(e)));
        }
        if (check.field.objectTypes.contains(QStringLiteral("ipam.ipaddress")))
            co_return check;
        if (!create)
            co_return check;
        QJsonArray types;
        for (const QString &t : std::as_const(check.field.objectTypes))
            types.append(t);
        types.append(QStringLiteral("ipam.ipaddress")); // the list is replaced: send all of it
        HttpRequest patch = HttpRequest::withJson(
            "PATCH", QStringLiteral("/extras/custom-fields/%1/").arg(check.field.id),
            QJsonDocument(QJsonObject{{QStringLiteral("object_types"), types}}));
        const HttpResult result = co_await call(std::move(patch));
        if (!result)
            co_return netFail(permissionError(result.error(), QStringLiteral("change")));
        check.objectTypesFixed = true;
        check.field.objectTypes << QStringLiteral("ipam.ipaddress");
        co_return check;
    }
    if (!create)
        co_return check;
    const QJsonObject body{
        {QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.ipaddress")}},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("name"), QLatin1String(ClientIdField)},
        {QStringLiteral("label"), QStringLiteral("DHCP client ID")},
        {QStringLiteral("description"),
         QStringLiteral("DHCP client identifier managed by LeaseLink")},
        {QStringLiteral("required"), false},
        {QStringLiteral("filter_logic"), QStringLiteral("exact")},
        {QStringLiteral("ui_visible"), QStringLiteral("always")},
        {QStringLiteral("ui_editable"), QStringLiteral("yes")}};
    HttpRequest post = HttpRequest::withJson("POST", QStringLiteral("/extras/custom-fields/"),
                                             QJsonDocument(body));
    // Creating the field rewrites every IP's custom data on NetBox <= 4.6.7: allow time.
    post.timeout = std::chrono::minutes(5);
    const HttpResult result = co_await call(std::move(post));
    if (!result)
        co_return netFail(permissionError(result.error(), QStringLiteral("create")));
    std::optional<DecodeFailure> failure;
    JsonReader r(QJsonDocument::fromJson(result->body).object(), QString(), &failure);
    check.field = NetBoxDecoder::readCustomField(r);
    if (failure)
        co_return netFail(decodeError(*result, *failure));
    check.created = true;
    co_return check;
}

namespace {

bool updateAnswerReadable(const QByteArray &body, qsizetype expected)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray() || document.array().size() != expected)
        return false;
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject() || !value.toObject().value(QStringLiteral("id")).isDouble())
            return false;
    }
    return true;
}

} // namespace

QCoro::Task<BatchReply> NetBoxClient::submitBatch(QByteArray method, QString path,
                                                  QList<QJsonObject> batch)
{
    QJsonArray array;
    for (const QJsonObject &o : batch)
        array.append(o);
    HttpRequest request = HttpRequest::withJson(method, path, QJsonDocument(array));
    // Writes are never retried (decisions.md C-19): after a reset or timeout the outcome is
    // unknown and the next sync reconciles from a fresh read.
    const HttpResult result = co_await call(std::move(request));
    BatchReply reply;
    if (result && method == "PATCH" && !updateAnswerReadable(result->body, batch.size())) {
        // NetBox answers a bulk update with the updated objects. A 2xx whose body is not that
        // list leaves the outcome unknown: reported as failed, and the next sync checks again
        // from a fresh read rather than trusting a write that may not have landed.
        reply.error.kind = NetError::Kind::Decode;
        reply.error.service = RemoteService::NetBox;
        reply.error.method = QString::fromLatin1(method);
        reply.error.detail = QStringLiteral("the answer to a bulk update is not the list of "
                                            "updated objects");
        reply.error.adminMessage = QStringLiteral(
            "NetBox accepted the update but its answer could not be read, so whether it landed "
            "is unknown; the next sync checks again");
        co_return reply;
    }
    if (result) {
        reply.ok = true;
        if (method == "POST") {
            const QJsonArray created = QJsonDocument::fromJson(result->body).array();
            for (const QJsonValue &v : created)
                reply.results << v.toObject();
        }
        co_return reply;
    }
    reply.error = result.error();
    if (reply.error.kind == NetError::Kind::HttpStatus && reply.error.httpStatus == 400) {
        // Bulk create answers an array aligned with the input; bulk update a single object.
        const QStringList items = perItemErrors(reply.error.responseBody, batch.size());
        if (!items.isEmpty())
            reply.perItem = items;
    }
    co_return reply;
}

QCoro::Task<QList<BulkItemOutcome>> NetBoxClient::bulk(QByteArray method, QString path,
                                                       QList<QJsonObject> items,
                                                       QString changelogMessage)
{
    for (QJsonObject &item : items)
        item.insert(QStringLiteral("changelog_message"), changelogMessage);
    qCInfo(lcNetBox).noquote() << QStringLiteral("%1 %2: %3 object(s) in batches of %4 (%5)")
                                      .arg(QString::fromLatin1(method), path)
                                      .arg(items.size())
                                      .arg(m_options.batchSize)
                                      .arg(changelogMessage);
    const NetBoxBatching::Submit submit = [this, method, path, items](QList<int> indices) {
        QList<QJsonObject> batch;
        for (int i : indices)
            batch << items[i];
        return submitBatch(method, path, batch);
    };
    co_return co_await NetBoxBatching::run(int(items.size()), m_options.batchSize, submit);
}

QCoro::Task<QList<BulkItemOutcome>> NetBoxClient::bulkCreate(QString path, QList<QJsonObject> items,
                                                             QString changelogMessage)
{
    const QByteArray method = "POST";
    co_return co_await bulk(method, path, items, changelogMessage);
}

QCoro::Task<QList<BulkItemOutcome>> NetBoxClient::bulkUpdate(QString path, QList<QJsonObject> items,
                                                             QString changelogMessage)
{
    const QByteArray method = "PATCH";
    co_return co_await bulk(method, path, items, changelogMessage);
}

QCoro::Task<QList<BulkItemOutcome>> NetBoxClient::bulkDelete(QString path, QList<qint64> ids,
                                                             QString changelogMessage)
{
    QList<QJsonObject> items;
    for (qint64 id : ids)
        items << QJsonObject{{QStringLiteral("id"), id}};
    const QByteArray method = "DELETE";
    co_return co_await bulk(method, path, items, changelogMessage);
}

} // namespace leaselink
