#include "NetBoxSim.h"

#include "NetBoxFilters.h"
#include "NetBoxJsonObject.h"
#include "NetBoxPaging.h"
#include "NetBoxSerializer.h"
#include "NetBoxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLabNetBox, "leaselink.lab.netbox")

namespace leaselink::lab {

// Everything one request needs; built once per request in handle().
struct NetBoxSim::Context
{
    const LabRequest &request;
    QString requestId;
    NetBoxSerializer serializer;
    NetBoxFilters filters;
    NetBoxWriter writer;
    NetBoxFilters::Items items;
    const NbUser *user = nullptr;
    const NbToken *token = nullptr;
    QString pathTemplate;
    QByteArray method;
    QString routeKind;
    QString endpointPath;
    QString routeId;
};

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

LabResponse jsonResponse(int status, const QByteArray &body)
{
    return LabResponse::raw(status, body, kJson);
}

LabResponse jsonResponse(int status, const QJsonValue &value)
{
    return jsonResponse(status, NetBoxJsonObject::valueToJson(value));
}

LabResponse detail(int status, const QString &message)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("detail"), message}});
}

LabResponse htmlNotFound()
{
    // Django's plain 404 page (DEBUG off): HTML, not JSON.
    return LabResponse::raw(
        404,
        QByteArrayLiteral(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n"
            "</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not "
            "found on this server.</p>\n</body>\n</html>\n"),
        QByteArrayLiteral("text/html; charset=utf-8"));
}

QString randomAlnum(int length)
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::global()->bounded(alphabet.size())));
    return text;
}

QString randomHex(int length)
{
    static const QString alphabet = QStringLiteral("0123456789abcdef");
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::global()->bounded(16)));
    return text;
}

bool isSafe(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

// Per-model glue for the generic list/create/update/delete handlers.
template <typename T> struct Model;

template <> struct Model<NbIpAddress>
{
    using T = NbIpAddress;
    static inline const QString objectType = QStringLiteral("ipam.ipaddress");
    static inline const QString verboseName = QStringLiteral("IPAddress");
    static const T *find(NetBoxState &s, int id) { return s.ipAddress(id); }
    static int insert(NetBoxState &s, T r) { return s.addIpAddress(std::move(r)); }
    static void update(NetBoxState &s, const T &r) { s.updateIpAddress(r); }
    static void erase(NetBoxState &s, int id) { s.removeIpAddress(id); }
    static NetBoxWriteError validate(const NetBoxWriter &w, const QJsonObject &d,
                                     NetBoxWriter::Mode m, T &r)
    {
        return w.ipAddress(d, m, r);
    }
    static NetBoxJsonObject full(const NetBoxSerializer &z, const T &r) { return z.ipAddress(r); }
    static NetBoxJsonObject brief(const NetBoxSerializer &z, const T &r)
    {
        return z.ipAddressBrief(r);
    }
    static QJsonObject snapshot(const NetBoxSerializer &z, const T &r) { return z.ipSnapshot(r); }
    static QString repr(const T &r) { return r.address.text(); }
    static auto orderKey(const T &r)
    {
        return std::tuple(r.address.family, r.address.hi, r.address.lo, 0, r.id);
    }
    static NetBoxFilter<T> filter(const NetBoxFilters &f, const NetBoxFilters::Items &i)
    {
        return f.ipAddresses(i);
    }
    static std::vector<const T *> all(NetBoxState &s)
    {
        std::vector<const T *> records;
        for (const auto &entry : s.ipIndex())
            records.push_back(s.ipAddress(entry.id));
        return records;
    }
};

template <typename T> std::vector<const T *> tableRecords(std::map<int, T> &table)
{
    std::vector<const T *> records;
    records.reserve(table.size());
    for (const auto &[id, record] : table)
        records.push_back(&record);
    return records;
}

template <typename T> struct TableModel
{
    static const T *find(std::map<int, T> &table, int id)
    {
        const auto it = table.find(id);
        return it == table.end() ? nullptr : &it->second;
    }
};

template <> struct Model<NbPrefix>
{
    using T = NbPrefix;
    static inline const QString objectType = QStringLiteral("ipam.prefix");
    static inline const QString verboseName = QStringLiteral("Prefix");
    static const T *find(NetBoxState &s, int id) { return s.prefix(id); }
    static int insert(NetBoxState &s, T r) { return s.addPrefix(std::move(r)); }
    static void update(NetBoxState &s, const T &r) { s.prefixes()[r.id] = r; }
    static void erase(NetBoxState &s, int id) { s.prefixes().erase(id); }
    static NetBoxWriteError validate(const NetBoxWriter &w, const QJsonObject &d,
                                     NetBoxWriter::Mode m, T &r)
    {
        return w.prefix(d, m, r);
    }
    static NetBoxJsonObject full(const NetBoxSerializer &z, const T &r) { return z.prefix(r); }
    static NetBoxJsonObject brief(const NetBoxSerializer &z, const T &r)
    {
        return z.prefixBrief(r);
    }
    static QJsonObject snapshot(const NetBoxSerializer &z, const T &r)
    {
        return z.prefixSnapshot(r);
    }
    static QString repr(const T &r) { return r.prefix.text(); }
    // VRF (global table first), then prefix, then id.
    static auto orderKey(const T &r)
    {
        return std::tuple(r.vrfId, r.prefix.family, r.prefix.hi, r.prefix.lo, r.prefix.length,
                          r.id);
    }
    static NetBoxFilter<T> filter(const NetBoxFilters &f, const NetBoxFilters::Items &i)
    {
        return f.prefixes(i);
    }
    static std::vector<const T *> all(NetBoxState &s) { return tableRecords(s.prefixes()); }
};

template <> struct Model<NbVrf>
{
    using T = NbVrf;
    static inline const QString objectType = QStringLiteral("ipam.vrf");
    static inline const QString verboseName = QStringLiteral("VRF");
    static const T *find(NetBoxState &s, int id) { return s.vrf(id); }
    static int insert(NetBoxState &s, T r) { return s.addVrf(std::move(r)); }
    static void update(NetBoxState &s, const T &r) { s.vrfs()[r.id] = r; }
    static void erase(NetBoxState &s, int id) { s.vrfs().erase(id); }
    static NetBoxWriteError validate(const NetBoxWriter &w, const QJsonObject &d,
                                     NetBoxWriter::Mode m, T &r)
    {
        return w.vrf(d, m, r);
    }
    static NetBoxJsonObject full(const NetBoxSerializer &z, const T &r) { return z.vrf(r); }
    static NetBoxJsonObject brief(const NetBoxSerializer &z, const T &r) { return z.vrfBrief(r); }
    static QJsonObject snapshot(const NetBoxSerializer &z, const T &r) { return z.vrfSnapshot(r); }
    static QString repr(const T &r) { return NetBoxSerializer::vrfDisplay(r); }
    static auto orderKey(const T &r) { return std::tuple(r.name, r.rd.value_or(QString()), r.id); }
    static NetBoxFilter<T> filter(const NetBoxFilters &f, const NetBoxFilters::Items &i)
    {
        return f.vrfs(i);
    }
    static std::vector<const T *> all(NetBoxState &s) { return tableRecords(s.vrfs()); }
};

template <> struct Model<NbTag>
{
    using T = NbTag;
    static inline const QString objectType = QStringLiteral("extras.tag");
    static inline const QString verboseName = QStringLiteral("Tag");
    static const T *find(NetBoxState &s, int id) { return s.tag(id); }
    static int insert(NetBoxState &s, T r) { return s.addTag(std::move(r)); }
    static void update(NetBoxState &s, const T &r) { s.tags()[r.id] = r; }
    static void erase(NetBoxState &s, int id) { s.tags().erase(id); }
    static NetBoxWriteError validate(const NetBoxWriter &w, const QJsonObject &d,
                                     NetBoxWriter::Mode m, T &r)
    {
        return w.tag(d, m, r);
    }
    static NetBoxJsonObject full(const NetBoxSerializer &z, const T &r) { return z.tag(r); }
    static NetBoxJsonObject brief(const NetBoxSerializer &z, const T &r) { return z.tagBrief(r); }
    static QJsonObject snapshot(const NetBoxSerializer &z, const T &r) { return z.tagSnapshot(r); }
    static QString repr(const T &r) { return r.name; }
    static auto orderKey(const T &r) { return std::tuple(r.weight, r.name, r.id); }
    static NetBoxFilter<T> filter(const NetBoxFilters &f, const NetBoxFilters::Items &i)
    {
        return f.tags(i);
    }
    static std::vector<const T *> all(NetBoxState &s) { return tableRecords(s.tags()); }
};

template <> struct Model<NbCustomField>
{
    using T = NbCustomField;
    static inline const QString objectType = QStringLiteral("extras.customfield");
    static inline const QString verboseName = QStringLiteral("CustomField");
    static const T *find(NetBoxState &s, int id)
    {
        return TableModel<T>::find(s.customFields(), id);
    }
    static int insert(NetBoxState &s, T r) { return s.addCustomField(std::move(r)); }
    static void update(NetBoxState &s, const T &r) { s.customFields()[r.id] = r; }
    static void erase(NetBoxState &s, int id) { s.customFields().erase(id); }
    static NetBoxWriteError validate(const NetBoxWriter &w, const QJsonObject &d,
                                     NetBoxWriter::Mode m, T &r)
    {
        return w.customField(d, m, r);
    }
    static NetBoxJsonObject full(const NetBoxSerializer &z, const T &r) { return z.customField(r); }
    static NetBoxJsonObject brief(const NetBoxSerializer &z, const T &r)
    {
        return z.customFieldBrief(r);
    }
    static QJsonObject snapshot(const NetBoxSerializer &z, const T &r)
    {
        return z.customFieldSnapshot(r);
    }
    static QString repr(const T &r) { return r.label.isEmpty() ? r.name : r.label; }
    static auto orderKey(const T &r) { return std::tuple(r.groupName, r.weight, r.name, r.id); }
    static NetBoxFilter<T> filter(const NetBoxFilters &f, const NetBoxFilters::Items &i)
    {
        return f.customFields(i);
    }
    static std::vector<const T *> all(NetBoxState &s) { return tableRecords(s.customFields()); }
};

template <> struct Model<NbTenant>
{
    using T = NbTenant;
    static inline const QString objectType = QStringLiteral("tenancy.tenant");
    static inline const QString verboseName = QStringLiteral("Tenant");
    static const T *find(NetBoxState &s, int id) { return s.tenant(id); }
    static NetBoxJsonObject full(const NetBoxSerializer &z, const T &r) { return z.tenant(r); }
    static NetBoxJsonObject brief(const NetBoxSerializer &z, const T &r)
    {
        return z.tenantBrief(r);
    }
    static auto orderKey(const T &r) { return std::tuple(r.name, r.id); }
    static NetBoxFilter<T> filter(const NetBoxFilters &f, const NetBoxFilters::Items &i)
    {
        return f.tenants(i);
    }
    static std::vector<const T *> all(NetBoxState &s) { return tableRecords(s.tenants()); }
};

template <typename T>
LabResponse filterFailure(const NetBoxFilter<T> &filter, const NetBoxConfig &config)
{
    if (!filter.exception.isEmpty())
        return jsonResponse(
            500, QJsonObject{{QStringLiteral("error"),
                              QStringLiteral("Unsupported lookup for custom field filter")},
                             {QStringLiteral("exception"), filter.exception},
                             {QStringLiteral("netbox_version"), config.version},
                             {QStringLiteral("python_version"), QStringLiteral("3.12.3")}});
    return jsonResponse(400, filter.error);
}

LabResponse serverError(const NetBoxConfig &config, const QString &exception,
                        const QString &message)
{
    return jsonResponse(500,
                        QJsonObject{{QStringLiteral("error"), message},
                                    {QStringLiteral("exception"), exception},
                                    {QStringLiteral("netbox_version"), config.version},
                                    {QStringLiteral("python_version"), QStringLiteral("3.12.3")}});
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("dict");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::String:
        return QStringLiteral("str");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return value.toDouble() == double(qint64(value.toDouble())) ? QStringLiteral("int")
                                                                    : QStringLiteral("float");
    default:
        return QStringLiteral("NoneType");
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Construction and seeding

NetBoxSim::NetBoxSim(NetBoxConfig config)
    : m_config(std::move(config))
{
    const QString logPath = qEnvironmentVariable("LEASELINK_NETBOX_CONTRACT_LOG");
    if (!logPath.isEmpty())
        setContractLogPath(logPath);
}

NetBoxSim::~NetBoxSim() = default;

void NetBoxSim::setContractLogPath(const QString &path)
{
    m_contractLog.reset();
    if (path.isEmpty())
        return;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        qCWarning(lcLabNetBox) << "cannot open the NetBox contract log" << path
                               << file->errorString();
        return;
    }
    m_contractLog = std::move(file);
}

int NetBoxSim::addUser(const QString &username, bool superuser, const QSet<QString> &permissions)
{
    NbUser user;
    user.username = username;
    user.isSuperuser = superuser;
    user.permissions = permissions;
    return m_state.addUser(std::move(user));
}

QString NetBoxSim::addTokenV1(int userId, bool writeEnabled, const QString &token)
{
    NbToken record;
    record.userId = userId;
    record.version = 1;
    record.secret = token.isEmpty() ? randomHex(40) : token;
    record.writeEnabled = writeEnabled;
    m_state.addToken(record);
    return record.secret;
}

QString NetBoxSim::addTokenV2(int userId, bool writeEnabled, const QString &key,
                              const QString &secret)
{
    NbToken record;
    record.userId = userId;
    record.version = 2;
    record.key = key.isEmpty() ? randomAlnum(12) : key;
    record.secret = secret.isEmpty() ? randomAlnum(40) : secret;
    record.writeEnabled = writeEnabled;
    m_state.addToken(record);
    return QStringLiteral("nbt_") + record.key + u'.' + record.secret;
}

int NetBoxSim::addTenant(const QString &name, const QString &slug)
{
    NbTenant tenant;
    tenant.name = name;
    tenant.slug = slug;
    return m_state.addTenant(std::move(tenant));
}

int NetBoxSim::addVrf(const QString &name, const QString &rd, bool enforceUnique)
{
    NbVrf vrf;
    vrf.name = name;
    if (!rd.isEmpty())
        vrf.rd = rd;
    vrf.enforceUnique = enforceUnique;
    return m_state.addVrf(std::move(vrf));
}

int NetBoxSim::addTag(const QString &name, const QString &slug, const QString &color,
                      const QStringList &objectTypes)
{
    NbTag tag;
    tag.name = name;
    tag.slug = slug.isEmpty() ? name.toLower().replace(u' ', u'-') : slug;
    if (!color.isEmpty())
        tag.color = color;
    tag.objectTypes = objectTypes;
    return m_state.addTag(std::move(tag));
}

int NetBoxSim::addCustomField(const QString &name, const QStringList &objectTypes,
                              const QString &filterLogic, const QString &type)
{
    NbCustomField field;
    field.name = name;
    field.objectTypes = objectTypes;
    field.filterLogic = filterLogic;
    field.type = type;
    return m_state.addCustomField(std::move(field));
}

int NetBoxSim::addPrefix(const QString &cidr, int vrfId, const QString &status,
                         const QList<int> &tagIds, const QString &description)
{
    const auto parsed = NetBoxAddress::parse(cidr);
    if (!parsed || parsed->hostBitsSet()) {
        qCWarning(lcLabNetBox) << "not a valid prefix for the simulated NetBox:" << cidr;
        return 0;
    }
    NbPrefix prefix;
    prefix.prefix = *parsed;
    prefix.vrfId = vrfId;
    prefix.status = status;
    prefix.tagIds = tagIds;
    prefix.description = description;
    return m_state.addPrefix(std::move(prefix));
}

int NetBoxSim::addIpAddress(const QString &address, int vrfId, const QString &status,
                            const QString &dnsName, const QList<int> &tagIds,
                            const QJsonObject &customFields)
{
    const auto parsed = NetBoxAddress::parse(address);
    if (!parsed) {
        qCWarning(lcLabNetBox) << "not a valid IP address for the simulated NetBox:" << address;
        return 0;
    }
    NbIpAddress ip;
    ip.address = *parsed;
    ip.vrfId = vrfId;
    ip.status = status;
    ip.dnsName = dnsName.toLower();
    ip.tagIds = tagIds;
    ip.customFields = customFields;
    return m_state.addIpAddress(std::move(ip));
}

void NetBoxSim::setIpStatusChoices(const QList<NbChoice> &choices, bool replaceBuiltIns)
{
    m_config.ipStatusChoices =
        replaceBuiltIns ? choices : NetBoxConfig::builtInIpStatuses() + choices;
}

QList<NbIpAddress> NetBoxSim::ipAddresses() const
{
    QList<NbIpAddress> list;
    list.reserve(qsizetype(m_state.ipAddresses().size()));
    for (const auto &[id, ip] : m_state.ipAddresses())
        list.append(ip);
    return list;
}

// ---------------------------------------------------------------------------------------------
// Request handling

LabResponse NetBoxSim::handle(const LabRequest &request)
{
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = QByteArrayLiteral("localhost");
    QString scheme = m_config.scheme;
    if (!request.header("x-forwarded-proto").isEmpty())
        scheme = QString::fromLatin1(request.header("x-forwarded-proto"));
    Context context{request,
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    NetBoxSerializer(m_state, m_config,
                                     scheme + QStringLiteral("://") + QString::fromLatin1(host)),
                    NetBoxFilters(m_state, m_config),
                    NetBoxWriter(m_state, m_config),
                    NetBoxFilters::items(request.query),
                    nullptr,
                    nullptr,
                    {},
                    request.method.toUpper(),
                    {},
                    {},
                    {}};
    m_lastRequestId = context.requestId;
    LabResponse response = dispatch(context);
    if (context.request.path.startsWith(QLatin1String("/api"))) {
        response.headers.append(
            {QByteArrayLiteral("API-Version"), m_config.apiVersion().toLatin1()});
    }
    response.headers.append({QByteArrayLiteral("X-Request-ID"), context.requestId.toLatin1()});
    if (context.method == "HEAD")
        response.body.clear();
    if (m_contractLog)
        recordContract(context, response);
    return response;
}

void NetBoxSim::recordContract(const Context &context, const LabResponse &response)
{
    const auto parse = [](const QByteArray &body) -> QJsonValue {
        if (body.isEmpty())
            return QJsonValue();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue(QString::fromUtf8(body.left(200)));
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    };
    QJsonArray statusChoices;
    for (const auto &choice : m_config.ipStatusChoices)
        statusChoices.append(QJsonObject{{QStringLiteral("value"), choice.value},
                                         {QStringLiteral("label"), choice.label}});
    QByteArray contentType;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(context.method)},
        {QStringLiteral("path"), context.request.path},
        {QStringLiteral("path_template"), context.pathTemplate},
        {QStringLiteral("query"), context.request.query.toString(QUrl::FullyEncoded)},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("content_type"), QString::fromLatin1(contentType)},
        {QStringLiteral("netbox_version"), m_config.version},
        {QStringLiteral("ip_status_choices"), statusChoices},
        {QStringLiteral("request_body"), parse(context.request.body)},
        {QStringLiteral("response_body"),
         contentType.startsWith(kJson) ? parse(response.body) : QJsonValue()}};
    m_contractLog->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_contractLog->flush();
}

namespace {

struct Endpoint
{
    QString path; // "ipam/ip-addresses"
    QString permissionModel;
    bool readOnly;
};

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> list{
        {QStringLiteral("ipam/ip-addresses"), QStringLiteral("ipam.%1_ipaddress"), false},
        {QStringLiteral("ipam/prefixes"), QStringLiteral("ipam.%1_prefix"), false},
        {QStringLiteral("ipam/vrfs"), QStringLiteral("ipam.%1_vrf"), false},
        {QStringLiteral("extras/tags"), QStringLiteral("extras.%1_tag"), false},
        {QStringLiteral("extras/custom-fields"), QStringLiteral("extras.%1_customfield"), false},
        {QStringLiteral("tenancy/tenants"), QStringLiteral("tenancy.%1_tenant"), true},
        {QStringLiteral("core/object-changes"), QStringLiteral("core.%1_objectchange"), true}};
    return list;
}

struct Route
{
    QString kind; // "root", "status", "auth-check", "collection", "detail"
    const Endpoint *endpoint = nullptr;
    QString id;
    bool valid = false;
};

Route matchRoute(const QString &path)
{
    Route route;
    if (!path.startsWith(QLatin1String("/api/")))
        return route;
    const QString rest = path.mid(5);
    if (rest.isEmpty()) {
        route.kind = QStringLiteral("root");
    } else if (rest == QLatin1String("status/")) {
        route.kind = QStringLiteral("status");
    } else if (rest == QLatin1String("authentication-check/")) {
        route.kind = QStringLiteral("auth-check");
    } else {
        for (const Endpoint &endpoint : endpoints()) {
            const QString base = endpoint.path + u'/';
            if (rest == base) {
                route.kind = QStringLiteral("collection");
                route.endpoint = &endpoint;
            } else if (rest.startsWith(base)) {
                const QString tail = rest.mid(base.size());
                if (tail.endsWith(u'/') && tail.count(u'/') == 1 && tail.size() > 1) {
                    route.kind = QStringLiteral("detail");
                    route.endpoint = &endpoint;
                    route.id = tail.chopped(1);
                }
            }
        }
        if (route.kind.isEmpty())
            return route;
    }
    route.valid = true;
    return route;
}

} // namespace

LabResponse NetBoxSim::dispatch(Context &context)
{
    const LabRequest &request = context.request;
    if (m_config.maxRequestLineBytes > 0) {
        const qsizetype lineLength =
            context.method.size() + 1 + request.path.toUtf8().size() +
            (request.query.isEmpty() ? 0 : 1 + request.query.toString(QUrl::FullyEncoded).size()) +
            9;
        if (lineLength > m_config.maxRequestLineBytes) {
            // gunicorn refuses the request line before NetBox sees it: a non-JSON 400.
            return LabResponse::raw(
                400,
                QStringLiteral(
                    "<html><head><title>Bad Request</title></head><body><h1><p>Bad Request</p></h1>"
                    "Request Line is too large (%1 &gt; %2)</body></html>")
                    .arg(lineLength)
                    .arg(m_config.maxRequestLineBytes)
                    .toUtf8(),
                QByteArrayLiteral("text/html"));
        }
    }
    QString path = request.path;
    if (!path.startsWith(QLatin1String("/api/")) && path != QLatin1String("/api"))
        return htmlNotFound();
    if (!path.endsWith(u'/')) {
        // Django's APPEND_SLASH: GET/HEAD are redirected, other verbs get a 404.
        if (matchRoute(path + u'/').valid &&
            (context.method == "GET" || context.method == "HEAD")) {
            QString location = path + u'/';
            if (!request.query.isEmpty())
                location += u'?' + request.query.toString(QUrl::FullyEncoded);
            LabResponse redirect =
                LabResponse::raw(301, {}, QByteArrayLiteral("text/html; charset=utf-8"));
            redirect.headers.append({QByteArrayLiteral("Location"), location.toUtf8()});
            return redirect;
        }
        return htmlNotFound();
    }
    const Route route = matchRoute(path);
    if (!route.valid)
        return htmlNotFound();
    context.pathTemplate = route.kind == QLatin1String("detail")
                               ? QStringLiteral("/api/%1/{id}/").arg(route.endpoint->path)
                               : path;

    // DRF: content negotiation and versioning, then authentication, then permissions.
    const QByteArray accept = request.header("accept");
    const qsizetype versionAt = accept.indexOf("version=");
    if (versionAt >= 0) {
        QByteArray version = accept.mid(versionAt + 8);
        const qsizetype end = version.indexOf(';');
        version = (end < 0 ? version : version.left(end)).trimmed();
        const qsizetype comma = version.indexOf(',');
        if (comma >= 0)
            version = version.left(comma).trimmed();
        if (QString::fromLatin1(version) != m_config.apiVersion())
            return detail(406, QStringLiteral("Invalid version in \"Accept\" header."));
    }

    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.isEmpty()) {
        const QList<QByteArray> parts = authorization.simplified().split(' ');
        const QByteArray keyword = parts.first().toLower();
        if (keyword == "token" || keyword == "bearer") {
            if (parts.size() != 2)
                return detail(403, QStringLiteral(
                                       "Invalid authorization header: Must be in the form \"Bearer "
                                       "<key>.<token>\" or \"Token <token>\""));
            const QString credential = QString::fromUtf8(parts.at(1));
            const NbToken *found = nullptr;
            if (credential.startsWith(QLatin1String("nbt_"))) {
                const qsizetype dot = credential.indexOf(u'.');
                if (dot < 0)
                    return detail(
                        403,
                        QStringLiteral("Invalid authorization header: Could not parse key from v2 "
                                       "token. Did you mean to use 'Token' instead of 'Bearer'?"));
                const QString key = credential.mid(4, dot - 4);
                const QString secret = credential.mid(dot + 1);
                for (const auto &[id, token] : m_state.tokens()) {
                    if (token.version == 2 && token.key == key && token.secret == secret)
                        found = &token;
                }
                if (!found)
                    return detail(403, QStringLiteral("Invalid v2 token"));
            } else {
                for (const auto &[id, token] : m_state.tokens()) {
                    if (token.version == 1 && token.secret == credential)
                        found = &token;
                }
                if (!found)
                    return detail(403, QStringLiteral("Invalid v1 token"));
            }
            if (!found->enabled)
                return detail(403, QStringLiteral("Token disabled"));
            if (found->expires && *found->expires < QDateTime::currentDateTimeUtc())
                return detail(403, QStringLiteral("Token expired"));
            if (!found->allowedIps.isEmpty()) {
                QString client = QString::fromLatin1(request.header("x-real-ip"));
                if (client.isEmpty())
                    client = QString::fromLatin1(request.header("x-forwarded-for"))
                                 .section(u',', 0, 0)
                                 .trimmed();
                if (client.isEmpty())
                    client = QStringLiteral("127.0.0.1");
                const auto address = NetBoxAddress::parse(client);
                const bool allowed =
                    address && std::any_of(found->allowedIps.begin(), found->allowedIps.end(),
                                           [&](const QString &cidr) {
                                               const auto net = NetBoxAddress::parse(cidr);
                                               return net && net->containsHost(*address);
                                           });
                if (!allowed)
                    return detail(
                        403, QStringLiteral(
                                 "Source IP %1 is not permitted to authenticate using this token.")
                                 .arg(client));
            }
            const NbUser *user = m_state.user(found->userId);
            if (!user || !user->isActive)
                return detail(403, QStringLiteral("User inactive"));
            context.token = found;
            context.user = user;
        }
    }
    if (!context.user && (m_config.loginRequired || !isSafe(context.method)))
        return detail(403, QStringLiteral("Authentication credentials were not provided."));

    const bool readOnlyRoute =
        route.kind != QLatin1String("collection") && route.kind != QLatin1String("detail");
    QList<QByteArray> allowed{"GET", "HEAD", "OPTIONS"};
    if (!readOnlyRoute && !route.endpoint->readOnly)
        allowed += route.kind == QLatin1String("collection")
                       ? QList<QByteArray>{"POST", "PUT", "PATCH", "DELETE"}
                       : QList<QByteArray>{"PUT", "PATCH", "DELETE"};
    if (route.endpoint && route.endpoint->path == QLatin1String("tenancy/tenants") &&
        route.kind == QLatin1String("collection"))
        allowed.append("POST");
    if (!isSafe(context.method) && context.token && !context.token->writeEnabled)
        return detail(403, QStringLiteral("You do not have permission to perform this action."));
    if (!allowed.contains(context.method))
        return detail(
            405,
            QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(context.method)));
    if (route.endpoint && context.user && !context.user->isSuperuser) {
        const QString action = isSafe(context.method)       ? QStringLiteral("view")
                               : context.method == "POST"   ? QStringLiteral("add")
                               : context.method == "DELETE" ? QStringLiteral("delete")
                                                            : QStringLiteral("change");
        if (!context.user->permissions.contains(route.endpoint->permissionModel.arg(action)))
            return detail(403,
                          QStringLiteral("You do not have permission to perform this action."));
    }
    if (!isSafe(context.method) && m_config.maxBodyBytes > 0 &&
        request.body.size() > m_config.maxBodyBytes)
        return serverError(
            m_config, QStringLiteral("RequestDataTooBig"),
            QStringLiteral("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."));
    context.routeKind = route.kind;
    context.endpointPath = route.endpoint ? route.endpoint->path : QString();
    context.routeId = route.id;
    return this->route(context);
}

// ---------------------------------------------------------------------------------------------
// Routing of authenticated, permitted requests

namespace {

// Parses a write body: 415 for non-JSON content types, 400 for malformed JSON.
std::optional<LabResponse> parseBody(const LabRequest &request, QJsonValue &body)
{
    body = QJsonValue();
    if (request.body.trimmed().isEmpty())
        return std::nullopt;
    const QByteArray contentType = request.header("content-type");
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    if (mediaType != "application/json")
        return detail(415, QStringLiteral("Unsupported media type \"%1\" in request.")
                               .arg(QString::fromLatin1(contentType)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return detail(400, QStringLiteral("JSON parse error - %1: line 1 column %2 (char %3)")
                               .arg(error.errorString())
                               .arg(error.offset + 1)
                               .arg(error.offset));
    }
    body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return std::nullopt;
}

// changelog_message is write-only; NetBox does not check its length but the column holds 200.
std::optional<LabResponse> changelogMessage(const QJsonObject &data, const NetBoxConfig &config,
                                            QString &message)
{
    message.clear();
    if (!data.contains(QStringLiteral("changelog_message")))
        return std::nullopt;
    const QJsonValue value = data.value(QStringLiteral("changelog_message"));
    if (!value.isString() && !value.isNull())
        return jsonResponse(400, QJsonObject{{QStringLiteral("changelog_message"),
                                              QJsonArray{QStringLiteral("Not a valid string.")}}});
    message = value.toString();
    if (message.size() > 200)
        return serverError(config, QStringLiteral("DataError"),
                           QStringLiteral("value too long for type character varying(200)"));
    return std::nullopt;
}

QSet<QString> csvSet(const NetBoxFilters::Items &items, const QString &key)
{
    QSet<QString> values;
    for (const auto &[k, v] : items) {
        if (k == key) {
            for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
                values.insert(part.trimmed());
        }
    }
    return values;
}

} // namespace

LabResponse NetBoxSim::route(Context &context)
{
    const QString &kind = context.routeKind;
    const QString &p = context.endpointPath;
    const NetBoxSerializer &z = context.serializer;
    if (kind == QLatin1String("root")) {
        NetBoxJsonObject root;
        for (const QString &app :
             {QStringLiteral("circuits"), QStringLiteral("core"), QStringLiteral("dcim"),
              QStringLiteral("extras"), QStringLiteral("ipam"), QStringLiteral("plugins"),
              QStringLiteral("status"), QStringLiteral("tenancy"), QStringLiteral("users"),
              QStringLiteral("virtualization"), QStringLiteral("vpn"), QStringLiteral("wireless")})
            root.add(app, z.apiUrl(app + u'/'));
        return jsonResponse(200, root.toJson());
    }
    if (kind == QLatin1String("status")) {
        const bool v46 = m_config.atLeast(4, 6, 0);
        NetBoxJsonObject status;
        status.add(QStringLiteral("django-version"),
                   v46 ? QStringLiteral("6.0.8") : QStringLiteral("5.2.9"));
        status.add(QStringLiteral("hostname"), m_config.hostname);
        NetBoxJsonObject apps;
        apps.add(QStringLiteral("django_filters"),
                 v46 ? QStringLiteral("26.1") : QStringLiteral("25.1"));
        apps.add(QStringLiteral("django_prometheus"), QStringLiteral("2.4.1"));
        apps.add(QStringLiteral("django_rq"), QStringLiteral("3.1"));
        apps.add(QStringLiteral("django_tables2"), QStringLiteral("2.7.5"));
        apps.add(QStringLiteral("drf_spectacular"),
                 v46 ? QStringLiteral("0.30.0") : QStringLiteral("0.28.0"));
        apps.add(QStringLiteral("mptt"), QStringLiteral("0.17.0"));
        apps.add(QStringLiteral("rest_framework"),
                 v46 ? QStringLiteral("3.17.1") : QStringLiteral("3.16.1"));
        apps.add(QStringLiteral("taggit"), QStringLiteral("6.1.0"));
        status.add(QStringLiteral("installed_apps"), apps);
        status.add(QStringLiteral("netbox-version"), m_config.version);
        status.add(QStringLiteral("netbox-full-version"),
                   m_config.fullVersion.isEmpty() ? m_config.version : m_config.fullVersion);
        status.add(QStringLiteral("plugins"), QJsonObject{});
        status.add(QStringLiteral("python-version"), QStringLiteral("3.12.3"));
        status.add(QStringLiteral("rq-workers-running"), 1);
        return jsonResponse(200, status.toJson());
    }
    if (kind == QLatin1String("auth-check"))
        return jsonResponse(200, z.user(*context.user).toJson());
    if (context.method == "OPTIONS")
        return options(context, p, kind == QLatin1String("detail"));
    const bool isDetail = kind == QLatin1String("detail");
    if (p == QLatin1String("ipam/ip-addresses"))
        return isDetail ? handleDetail<NbIpAddress>(context, context.routeId)
                        : handleCollection<NbIpAddress>(context);
    if (p == QLatin1String("ipam/prefixes"))
        return isDetail ? handleDetail<NbPrefix>(context, context.routeId)
                        : handleCollection<NbPrefix>(context);
    if (p == QLatin1String("ipam/vrfs"))
        return isDetail ? handleDetail<NbVrf>(context, context.routeId)
                        : handleCollection<NbVrf>(context);
    if (p == QLatin1String("extras/tags"))
        return isDetail ? handleDetail<NbTag>(context, context.routeId)
                        : handleCollection<NbTag>(context);
    if (p == QLatin1String("extras/custom-fields"))
        return isDetail ? handleDetail<NbCustomField>(context, context.routeId)
                        : handleCollection<NbCustomField>(context);
    if (p == QLatin1String("tenancy/tenants")) {
        if (isDetail) {
            bool ok = false;
            const NbTenant *tenant = m_state.tenant(context.routeId.toInt(&ok));
            if (!tenant)
                return detail(404, ok ? QStringLiteral("No Tenant matches the given query.")
                                      : QStringLiteral("Not found."));
            return jsonResponse(200, z.tenant(*tenant).toJson());
        }
        if (context.method == "POST") {
            QJsonValue body;
            if (auto failure = parseBody(context.request, body))
                return *failure;
            const QJsonObject data = body.toObject();
            NbTenant tenant;
            tenant.name = data.value(QStringLiteral("name")).toString().trimmed();
            tenant.slug = data.value(QStringLiteral("slug")).toString().trimmed();
            tenant.description = data.value(QStringLiteral("description")).toString();
            QJsonObject errors;
            for (const auto &[key, value] : {std::pair(QStringLiteral("name"), tenant.name),
                                             std::pair(QStringLiteral("slug"), tenant.slug)}) {
                if (!data.contains(key))
                    errors.insert(key, QJsonArray{QStringLiteral("This field is required.")});
                else if (value.isEmpty())
                    errors.insert(key, QJsonArray{QStringLiteral("This field may not be blank.")});
            }
            for (const auto &[id, other] : m_state.tenants()) {
                if (other.name == tenant.name)
                    errors.insert(
                        QStringLiteral("name"),
                        QJsonArray{QStringLiteral("tenant with this name already exists.")});
                if (other.slug == tenant.slug)
                    errors.insert(
                        QStringLiteral("slug"),
                        QJsonArray{QStringLiteral("tenant with this slug already exists.")});
            }
            if (!errors.isEmpty())
                return jsonResponse(400, errors);
            const int id = m_state.addTenant(tenant);
            return jsonResponse(201, z.tenant(*m_state.tenant(id)).toJson());
        }
        return listObjects<NbTenant>(context);
    }
    if (isDetail) {
        bool ok = false;
        const int id = context.routeId.toInt(&ok);
        const auto &changes = m_state.changes();
        const auto it =
            std::lower_bound(changes.begin(), changes.end(), id,
                             [](const NbObjectChange &c, int wanted) { return c.id < wanted; });
        if (ok && it != changes.end() && it->id == id)
            return jsonResponse(200, z.objectChange(*it).toJson());
        return detail(404, ok ? QStringLiteral("No ObjectChange matches the given query.")
                              : QStringLiteral("Not found."));
    }
    return listChanges(context);
}

template <typename T> LabResponse NetBoxSim::handleCollection(Context &context)
{
    if (context.method == "GET" || context.method == "HEAD") {
        if constexpr (std::is_same_v<T, NbIpAddress>)
            return listIpAddresses(context);
        else
            return listObjects<T>(context);
    }
    QJsonValue body;
    if (auto failure = parseBody(context.request, body))
        return *failure;
    if (context.method == "POST")
        return createObjects<T>(context, body);
    if (context.method == "DELETE")
        return bulkDelete<T>(context, body);
    return bulkUpdate<T>(context, body);
}

namespace {

// fields > omit (4.5.2+) > brief (GET only, any non-empty value).
template <typename T>
NetBoxJsonObject render(const NetBoxSerializer &z, const NetBoxConfig &config,
                        const NetBoxFilters::Items &items, const QByteArray &method,
                        const T &record)
{
    const QSet<QString> fields = csvSet(items, QStringLiteral("fields"));
    if (!fields.isEmpty()) {
        NetBoxJsonObject object = Model<T>::full(z, record);
        object.keepOnly(fields);
        return object;
    }
    const QSet<QString> omit =
        config.atLeast(4, 5, 2) ? csvSet(items, QStringLiteral("omit")) : QSet<QString>{};
    if (!omit.isEmpty()) {
        NetBoxJsonObject object = Model<T>::full(z, record);
        object.remove(omit);
        return object;
    }
    const bool brief =
        method == "GET" && std::any_of(items.begin(), items.end(), [](const auto &item) {
            return item.first == QLatin1String("brief") && !item.second.isEmpty();
        });
    return brief ? Model<T>::brief(z, record) : Model<T>::full(z, record);
}

template <typename T> QByteArray etag(const T &record)
{
    return "W/\"" + NetBoxSerializer::etagTimestamp(record.lastUpdated).toLatin1() + '"';
}

// Sorts by `ordering` terms the model knows (unknown terms are dropped); false = default order.
template <typename T>
bool applyOrdering(std::vector<const T *> &records, const NetBoxFilters::Items &items)
{
    using Compare = std::function<int(const T &, const T &)>;
    const auto cmp = [](const auto &a, const auto &b) { return a < b ? -1 : (b < a ? 1 : 0); };
    QMap<QString, Compare> known;
    known.insert(QStringLiteral("id"), [cmp](const T &a, const T &b) { return cmp(a.id, b.id); });
    if constexpr (requires(T r) { r.created; })
        known.insert(QStringLiteral("created"),
                     [cmp](const T &a, const T &b) { return cmp(a.created, b.created); });
    if constexpr (requires(T r) { r.lastUpdated; })
        known.insert(QStringLiteral("last_updated"),
                     [cmp](const T &a, const T &b) { return cmp(a.lastUpdated, b.lastUpdated); });
    if constexpr (requires(T r) { r.description; })
        known.insert(QStringLiteral("description"),
                     [cmp](const T &a, const T &b) { return cmp(a.description, b.description); });
    if constexpr (requires(T r) { r.name; })
        known.insert(QStringLiteral("name"),
                     [cmp](const T &a, const T &b) { return cmp(a.name, b.name); });
    if constexpr (requires(T r) { r.status; })
        known.insert(QStringLiteral("status"),
                     [cmp](const T &a, const T &b) { return cmp(a.status, b.status); });
    if constexpr (requires(T r) { r.vrfId; })
        known.insert(QStringLiteral("vrf"),
                     [cmp](const T &a, const T &b) { return cmp(a.vrfId, b.vrfId); });
    if constexpr (std::is_same_v<T, NbIpAddress>) {
        known.insert(QStringLiteral("address"), [cmp](const T &a, const T &b) {
            return cmp(a.address.networkKey(), b.address.networkKey());
        });
        known.insert(QStringLiteral("dns_name"),
                     [cmp](const T &a, const T &b) { return cmp(a.dnsName, b.dnsName); });
    }
    if constexpr (std::is_same_v<T, NbPrefix>)
        known.insert(QStringLiteral("prefix"), [cmp](const T &a, const T &b) {
            return cmp(a.prefix.networkKey(), b.prefix.networkKey());
        });
    QList<QPair<Compare, bool>> terms;
    for (const auto &[key, value] : items) {
        if (key != QLatin1String("ordering"))
            continue;
        for (QString term : value.split(u',', Qt::SkipEmptyParts)) {
            term = term.trimmed();
            const bool descending = term.startsWith(u'-');
            if (descending)
                term = term.mid(1);
            if (known.contains(term))
                terms.append({known.value(term), descending});
        }
    }
    if (terms.isEmpty())
        return false;
    std::stable_sort(records.begin(), records.end(), [&](const T *a, const T *b) {
        for (const auto &[compare, descending] : terms) {
            const int result = compare(*a, *b);
            if (result != 0)
                return descending ? result > 0 : result < 0;
        }
        return false;
    });
    return true;
}

} // namespace

template <typename T> LabResponse NetBoxSim::listObjects(Context &context)
{
    NetBoxPaging paging;
    if (auto failure = NetBoxPaging::parse(context.items, m_config, paging))
        return jsonResponse(400, *failure);
    const NetBoxFilter<T> filter = Model<T>::filter(context.filters, context.items);
    if (!filter.error.isEmpty() || !filter.exception.isEmpty())
        return filterFailure(filter, m_config);
    std::vector<const T *> records;
    if (!filter.none) {
        for (const T *record : Model<T>::all(m_state)) {
            if (filter.matches(*record))
                records.push_back(record);
        }
    }
    if (paging.cursor) {
        std::sort(records.begin(), records.end(),
                  [](const T *a, const T *b) { return a->id < b->id; });
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const T *r) { return r->id < paging.start; }),
                      records.end());
    } else if (!applyOrdering(records, context.items)) {
        std::sort(records.begin(), records.end(), [](const T *a, const T *b) {
            return Model<T>::orderKey(*a) < Model<T>::orderKey(*b);
        });
    }
    const qint64 first =
        paging.cursor ? 0 : std::min<qint64>(paging.offset, qint64(records.size()));
    const qint64 last = paging.unlimited
                            ? qint64(records.size())
                            : std::min<qint64>(first + paging.limit, qint64(records.size()));
    QList<NetBoxJsonObject> page;
    for (qint64 i = first; i < last; ++i)
        page.append(render(context.serializer, m_config, context.items, context.method,
                           *records[size_t(i)]));
    const qint64 lastId = last > first ? records[size_t(last - 1)]->id : 0;
    return jsonResponse(
        200, paging.envelope(paging.cursor ? std::nullopt
                                           : std::optional<qint64>(qint64(records.size())),
                             NetBoxJsonObject::arrayToJson(page), page.size(), lastId,
                             context.serializer.baseUrl(), context.request.path, context.items));
}

// IP addresses get the indexed path: 110k rows must page in O(page) when only `parent`
// (a range lookup in the host-ordered index) restricts the list.
LabResponse NetBoxSim::listIpAddresses(Context &context)
{
    using T = NbIpAddress;
    NetBoxPaging paging;
    if (auto failure = NetBoxPaging::parse(context.items, m_config, paging))
        return jsonResponse(400, *failure);
    const NetBoxFilter<T> filter = context.filters.ipAddresses(context.items);
    if (!filter.error.isEmpty() || !filter.exception.isEmpty())
        return filterFailure(filter, m_config);
    const bool ordered =
        std::any_of(context.items.begin(), context.items.end(),
                    [](const auto &item) { return item.first == QLatin1String("ordering"); });
    if (paging.cursor || ordered)
        return listObjects<T>(context);

    const auto &index = m_state.ipIndex();
    using Entry = NetBoxState::IpIndexEntry;
    // Index ranges to scan: the union of the parents' host ranges, or everything.
    std::vector<std::pair<size_t, size_t>> spans;
    if (filter.none) {
        // nothing
    } else if (!filter.ranges.empty()) {
        for (const auto &[low, high] : filter.ranges) {
            const auto begin = std::lower_bound(
                index.begin(), index.end(), std::tuple(low.family, low.hi, low.lo, 0),
                [](const Entry &e, const auto &key) { return e.key() < key; });
            const auto end = std::upper_bound(
                index.begin(), index.end(), std::tuple(high.family, high.hi, high.lo, INT_MAX),
                [](const auto &key, const Entry &e) { return key < e.key(); });
            if (begin < end)
                spans.push_back({size_t(begin - index.begin()), size_t(end - index.begin())});
        }
        std::sort(spans.begin(), spans.end());
        std::vector<std::pair<size_t, size_t>> merged;
        for (const auto &span : spans) {
            if (!merged.empty() && span.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, span.second);
            else
                merged.push_back(span);
        }
        spans = std::move(merged);
    } else {
        spans.push_back({0, index.size()});
    }
    // The parent predicate is implied by the spans; any other predicate needs a scan.
    const bool onlyParent = filter.predicates.size() == (filter.ranges.empty() ? 0 : 1);
    qint64 count = 0;
    QList<NetBoxJsonObject> page;
    const qint64 wantFirst = paging.offset;
    const qint64 wantLast =
        paging.unlimited ? std::numeric_limits<qint64>::max() : paging.offset + paging.limit;
    if (onlyParent) {
        for (const auto &[begin, end] : spans) {
            const qint64 spanSize = qint64(end - begin);
            const qint64 from = std::max(wantFirst, count);
            const qint64 to = std::min(wantLast, count + spanSize);
            for (qint64 i = from; i < to; ++i)
                page.append(render(context.serializer, m_config, context.items, context.method,
                                   *m_state.ipAddress(index[begin + size_t(i - count)].id)));
            count += spanSize;
        }
    }
    if (!onlyParent) {
        // Everything but the paging names the result set.
        QString query = context.request.path;
        for (const auto &[key, value] : context.items) {
            if (key != QLatin1String("offset") && key != QLatin1String("limit"))
                query += u'&' + key + u'=' + value;
        }
        if (m_ipListCache.query != query || m_ipListCache.ipVersion != m_state.ipVersion()) {
            m_ipListCache.query = query;
            m_ipListCache.ipVersion = m_state.ipVersion();
            m_ipListCache.ids.clear();
            for (const auto &[begin, end] : spans) {
                for (size_t i = begin; i < end; ++i) {
                    if (filter.matches(*m_state.ipAddress(index[i].id)))
                        m_ipListCache.ids.push_back(index[i].id);
                }
            }
        }
        const std::vector<int> &ids = m_ipListCache.ids;
        count = qint64(ids.size());
        const qint64 to = std::min<qint64>(wantLast, count);
        for (qint64 i = wantFirst; i < to; ++i)
            page.append(render(context.serializer, m_config, context.items, context.method,
                               *m_state.ipAddress(ids[size_t(i)])));
    }
    return jsonResponse(200, paging.envelope(count, NetBoxJsonObject::arrayToJson(page),
                                             page.size(), 0, context.serializer.baseUrl(),
                                             context.request.path, context.items));
}

LabResponse NetBoxSim::listChanges(Context &context)
{
    NetBoxPaging paging;
    if (auto failure = NetBoxPaging::parse(context.items, m_config, paging))
        return jsonResponse(400, *failure);
    const NetBoxFilter<NbObjectChange> filter = context.filters.changes(context.items);
    if (!filter.error.isEmpty())
        return filterFailure(filter, m_config);
    // Newest first (-time); ids grow with time, so walk the log backwards.
    std::vector<const NbObjectChange *> records;
    if (!filter.none) {
        const auto &changes = m_state.changes();
        for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
            if (filter.matches(*it))
                records.push_back(&*it);
        }
    }
    if (paging.cursor) {
        std::reverse(records.begin(), records.end());
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const NbObjectChange *r) { return r->id < paging.start; }),
                      records.end());
    }
    const qint64 first =
        paging.cursor ? 0 : std::min<qint64>(paging.offset, qint64(records.size()));
    const qint64 last = paging.unlimited
                            ? qint64(records.size())
                            : std::min<qint64>(first + paging.limit, qint64(records.size()));
    QList<NetBoxJsonObject> page;
    for (qint64 i = first; i < last; ++i)
        page.append(context.serializer.objectChange(*records[size_t(i)]));
    const qint64 lastId = last > first ? records[size_t(last - 1)]->id : 0;
    return jsonResponse(
        200, paging.envelope(paging.cursor ? std::nullopt
                                           : std::optional<qint64>(qint64(records.size())),
                             NetBoxJsonObject::arrayToJson(page), page.size(), lastId,
                             context.serializer.baseUrl(), context.request.path, context.items));
}

namespace {

NbObjectChange makeChange(const NbUser *user, const QString &requestId, const QString &action,
                          const QString &type, int id, const QString &repr, const QString &message,
                          const QJsonObject &pre, const QJsonObject &post)
{
    NbObjectChange change;
    change.userId = user ? user->id : 0;
    change.userName = user ? user->username : QString();
    change.requestId = requestId;
    change.action = action;
    change.objectType = type;
    change.objectId = id;
    change.objectRepr = repr;
    change.message = message;
    change.prechange = pre;
    change.postchange = post;
    return change;
}

template <typename T> void stampRequest(T &record, const QString &requestId, bool created)
{
    if constexpr (std::is_same_v<T, NbIpAddress>) {
        if (created)
            record.createdByRequest = requestId;
        else
            record.updatedByRequest = requestId;
    } else {
        Q_UNUSED(record);
        Q_UNUSED(requestId);
        Q_UNUSED(created);
    }
}

LabResponse writeFailure(const NetBoxWriteError &error, const NetBoxConfig &config)
{
    if (!error.exception.isEmpty())
        return serverError(config, error.exception, error.exceptionMessage);
    if (!error.detail.isEmpty())
        return detail(400, error.detail);
    return jsonResponse(400, error.fields);
}

} // namespace

template <typename T> LabResponse NetBoxSim::createObjects(Context &context, const QJsonValue &body)
{
    const bool bulk = body.isArray();
    if (!bulk && !body.isObject())
        return jsonResponse(
            400, QJsonObject{
                     {QStringLiteral("non_field_errors"),
                      QJsonArray{QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
                                     .arg(typeName(body))}}});
    const QJsonArray items = bulk ? body.toArray() : QJsonArray{body};
    // Validate everything against the current state first, save only when all items are valid.
    std::vector<T> records;
    QList<QString> messages;
    QJsonArray itemErrors;
    bool anyError = false;
    QList<NetBoxAddress> seenInBatch;
    for (const auto &item : items) {
        if (!item.isObject()) {
            anyError = true;
            itemErrors.append(QJsonObject{
                {QStringLiteral("non_field_errors"),
                 QJsonArray{QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
                                .arg(typeName(item))}}});
            records.emplace_back();
            messages.append(QString());
            continue;
        }
        const QJsonObject data = item.toObject();
        QString message;
        if (auto failure = changelogMessage(data, m_config, message))
            return *failure;
        T record;
        const NetBoxWriteError error =
            Model<T>::validate(context.writer, data, NetBoxWriter::Mode::Create, record);
        if (!error.exception.isEmpty() || !error.detail.isEmpty())
            return writeFailure(error, m_config);
        QJsonObject fields = error.fields;
        if constexpr (std::is_same_v<T, NbIpAddress>) {
            // Not NetBox: an optional strict mode that also refuses duplicates inside the batch.
            if (fields.isEmpty() && m_config.strictBulkDuplicates) {
                for (const auto &seen : seenInBatch) {
                    if (seen.sameHost(record.address))
                        fields.insert(
                            QStringLiteral("address"),
                            QJsonArray{
                                QStringLiteral("Duplicate IP address found in this request: %1")
                                    .arg(record.address.text())});
                }
                seenInBatch.append(record.address);
            }
        }
        anyError = anyError || !fields.isEmpty();
        itemErrors.append(fields);
        records.push_back(std::move(record));
        messages.append(message);
    }
    if (anyError)
        return bulk ? jsonResponse(400, itemErrors) : jsonResponse(400, itemErrors.first());
    QList<NetBoxJsonObject> created;
    LabResponse response;
    for (size_t i = 0; i < records.size(); ++i) {
        T &record = records[i];
        record.id = 0;
        record.created = record.lastUpdated = m_state.now();
        stampRequest(record, context.requestId, true);
        const int id = Model<T>::insert(m_state, record);
        const T &saved = *Model<T>::find(m_state, id);
        m_state.recordChange(makeChange(context.user, context.requestId, QStringLiteral("create"),
                                        Model<T>::objectType, id, Model<T>::repr(saved),
                                        messages.at(qsizetype(i)), {},
                                        Model<T>::snapshot(context.serializer, saved)));
        created.append(Model<T>::full(context.serializer, saved));
        if (!bulk) {
            response = jsonResponse(201, created.first().toJson());
            response.headers.append(
                {QByteArrayLiteral("Location"),
                 context.serializer.apiUrl(context.endpointPath + QStringLiteral("/%1/").arg(id))
                     .toUtf8()});
            if (m_config.atLeast(4, 6, 0))
                response.headers.append({QByteArrayLiteral("ETag"), etag(saved)});
        }
    }
    if (bulk)
        response = jsonResponse(201, NetBoxJsonObject::arrayToJson(created));
    return response;
}

template <typename T> LabResponse NetBoxSim::bulkUpdate(Context &context, const QJsonValue &body)
{
    if (!body.isArray())
        return jsonResponse(
            400,
            QJsonObject{{QStringLiteral("non_field_errors"),
                         QJsonArray{QStringLiteral("Expected a list of items but got type \"%1\".")
                                        .arg(typeName(body))}}});
    const QJsonArray items = body.toArray();
    QJsonArray shapeErrors;
    bool anyError = false;
    QMap<int, QJsonObject> byId;
    for (const auto &item : items) {
        const QJsonObject data = item.toObject();
        const QJsonValue id = data.value(QStringLiteral("id"));
        if (!item.isObject() || id.isUndefined()) {
            shapeErrors.append(QJsonObject{
                {QStringLiteral("id"), QJsonArray{QStringLiteral("This field is required.")}}});
            anyError = true;
        } else if (!id.isDouble() || id.toDouble() != double(qint64(id.toDouble()))) {
            shapeErrors.append(
                QJsonObject{{QStringLiteral("id"),
                             QJsonArray{QStringLiteral("A valid integer is required.")}}});
            anyError = true;
        } else {
            shapeErrors.append(QJsonObject{});
            byId.insert(id.toInt(), data);
        }
    }
    if (anyError)
        return jsonResponse(400, shapeErrors);
    // Unknown ids are skipped; the rest is updated one by one in default order, in one
    // transaction: the first failure rolls everything back and answers with its error dict.
    std::vector<const T *> targets;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        if (const T *record = Model<T>::find(m_state, it.key()))
            targets.push_back(record);
    }
    std::sort(targets.begin(), targets.end(), [](const T *a, const T *b) {
        return Model<T>::orderKey(*a) < Model<T>::orderKey(*b);
    });
    const auto mode =
        context.method == "PUT" ? NetBoxWriter::Mode::Replace : NetBoxWriter::Mode::Patch;
    std::vector<T> originals;
    std::vector<NbObjectChange> pending;
    std::vector<int> ids;
    for (const T *target : targets) {
        const int id = target->id;
        const QJsonObject data = byId.value(id);
        QString message;
        std::optional<LabResponse> failure = changelogMessage(data, m_config, message);
        T record = *target;
        NetBoxWriteError error;
        if (!failure) {
            error = Model<T>::validate(context.writer, data, mode, record);
            if (error.isError())
                failure = writeFailure(error, m_config);
        }
        if (failure) {
            for (auto it = originals.rbegin(); it != originals.rend(); ++it)
                Model<T>::update(m_state, *it);
            return *failure;
        }
        const QJsonObject before = Model<T>::snapshot(context.serializer, *target);
        originals.push_back(*target);
        record.lastUpdated = m_state.now();
        stampRequest(record, context.requestId, false);
        Model<T>::update(m_state, record);
        const QJsonObject after = Model<T>::snapshot(context.serializer, record);
        if (before != after) // CHANGELOG_SKIP_EMPTY_CHANGES
            pending.push_back(makeChange(context.user, context.requestId, QStringLiteral("update"),
                                         Model<T>::objectType, id, Model<T>::repr(record), message,
                                         before, after));
        ids.push_back(id);
    }
    for (auto &change : pending)
        m_state.recordChange(std::move(change));
    std::vector<const T *> updated;
    for (const int id : ids)
        updated.push_back(Model<T>::find(m_state, id));
    std::sort(updated.begin(), updated.end(), [](const T *a, const T *b) {
        return Model<T>::orderKey(*a) < Model<T>::orderKey(*b);
    });
    QList<NetBoxJsonObject> objects;
    for (const T *record : updated)
        objects.append(Model<T>::full(context.serializer, *record));
    return jsonResponse(200, NetBoxJsonObject::arrayToJson(objects));
}

template <typename T> LabResponse NetBoxSim::bulkDelete(Context &context, const QJsonValue &body)
{
    if (!body.isArray())
        return jsonResponse(
            400,
            QJsonObject{{QStringLiteral("non_field_errors"),
                         QJsonArray{QStringLiteral("Expected a list of items but got type \"%1\".")
                                        .arg(typeName(body))}}});
    QJsonArray shapeErrors;
    bool anyError = false;
    QList<QPair<int, QString>> targets;
    for (const auto &item : body.toArray()) {
        const QJsonValue id = item.toObject().value(QStringLiteral("id"));
        if (!item.isObject() || id.isUndefined()) {
            shapeErrors.append(QJsonObject{
                {QStringLiteral("id"), QJsonArray{QStringLiteral("This field is required.")}}});
            anyError = true;
            continue;
        }
        if (!id.isDouble() || id.toDouble() != double(qint64(id.toDouble()))) {
            shapeErrors.append(
                QJsonObject{{QStringLiteral("id"),
                             QJsonArray{QStringLiteral("A valid integer is required.")}}});
            anyError = true;
            continue;
        }
        shapeErrors.append(QJsonObject{});
        QString message;
        if (auto failure = changelogMessage(item.toObject(), m_config, message))
            return *failure;
        if (Model<T>::find(m_state, id.toInt()))
            targets.append({id.toInt(), message});
    }
    if (anyError)
        return jsonResponse(400, shapeErrors);
    // Dependents block the whole transaction (PROTECT foreign keys): 409, nothing deleted.
    if constexpr (std::is_same_v<T, NbVrf>) {
        for (const auto &[id, message] : targets) {
            qint64 dependents = 0;
            for (const auto &[ipId, ip] : m_state.ipAddresses())
                dependents += ip.vrfId == id ? 1 : 0;
            for (const auto &[prefixId, prefix] : m_state.prefixes())
                dependents += prefix.vrfId == id ? 1 : 0;
            if (dependents > 0)
                return detail(
                    409,
                    QStringLiteral("Unable to delete object. %1 dependent objects were found: %2")
                        .arg(dependents)
                        .arg(NetBoxSerializer::vrfDisplay(*m_state.vrf(id))));
        }
    }
    for (const auto &[id, message] : targets) {
        const T *record = Model<T>::find(m_state, id);
        if (!record)
            continue; // listed twice
        const NbObjectChange change = makeChange(
            context.user, context.requestId, QStringLiteral("delete"), Model<T>::objectType, id,
            Model<T>::repr(*record), message, Model<T>::snapshot(context.serializer, *record), {});
        Model<T>::erase(m_state, id);
        m_state.recordChange(change);
    }
    return LabResponse::empty(204);
}

template <typename T> LabResponse NetBoxSim::handleDetail(Context &context, const QString &idText)
{
    bool ok = false;
    const int id = idText.toInt(&ok);
    const T *record = ok ? Model<T>::find(m_state, id) : nullptr;
    if (!record)
        return detail(
            404, ok ? QStringLiteral("No %1 matches the given query.").arg(Model<T>::verboseName)
                    : QStringLiteral("Not found."));
    const bool v46 = m_config.atLeast(4, 6, 0);
    const auto withEtag = [&](LabResponse response, const T &current) {
        if (v46)
            response.headers.append({QByteArrayLiteral("ETag"), etag(current)});
        return response;
    };
    if (context.method == "GET" || context.method == "HEAD")
        return withEtag(jsonResponse(200, render(context.serializer, m_config, context.items,
                                                 context.method, *record)
                                              .toJson()),
                        *record);
    if constexpr (std::is_same_v<T, NbTenant>) {
        return detail(
            405,
            QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(context.method)));
    } else {
        // 4.6: If-Match on single-object writes; 412 carries the current ETag.
        const QByteArray ifMatch = context.request.header("if-match");
        if (v46 && !ifMatch.isEmpty()) {
            bool matched = false;
            for (const QByteArray &candidate : ifMatch.split(',')) {
                const QByteArray trimmed = candidate.trimmed();
                if (trimmed == "*" || trimmed == etag(*record) || "W/" + trimmed == etag(*record))
                    matched = true;
            }
            if (!matched)
                return withEtag(detail(412, QStringLiteral("Precondition failed.")), *record);
        }
        QJsonValue body;
        if (auto failure = parseBody(context.request, body))
            return *failure;
        if (context.method == "DELETE") {
            QString message;
            if (auto failure = changelogMessage(body.toObject(), m_config, message))
                return *failure;
            if constexpr (std::is_same_v<T, NbVrf>) {
                QJsonArray list{QJsonObject{{QStringLiteral("id"), id}}};
                if (!message.isEmpty())
                    list = QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                  {QStringLiteral("changelog_message"), message}}};
                return bulkDelete<T>(context, list);
            } else {
                const NbObjectChange change =
                    makeChange(context.user, context.requestId, QStringLiteral("delete"),
                               Model<T>::objectType, id, Model<T>::repr(*record), message,
                               Model<T>::snapshot(context.serializer, *record), {});
                Model<T>::erase(m_state, id);
                m_state.recordChange(change);
                return LabResponse::empty(204);
            }
        }
        if (!body.isObject())
            return jsonResponse(
                400,
                QJsonObject{
                    {QStringLiteral("non_field_errors"),
                     QJsonArray{QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
                                    .arg(typeName(body))}}});
        const QJsonObject data = body.toObject();
        QString message;
        if (auto failure = changelogMessage(data, m_config, message))
            return *failure;
        T updated = *record;
        const NetBoxWriteError error = Model<T>::validate(
            context.writer, data,
            context.method == "PUT" ? NetBoxWriter::Mode::Replace : NetBoxWriter::Mode::Patch,
            updated);
        if (error.isError())
            return writeFailure(error, m_config);
        const QJsonObject before = Model<T>::snapshot(context.serializer, *record);
        updated.lastUpdated = m_state.now();
        stampRequest(updated, context.requestId, false);
        Model<T>::update(m_state, updated);
        const T &saved = *Model<T>::find(m_state, id);
        const QJsonObject after = Model<T>::snapshot(context.serializer, saved);
        if (before != after)
            m_state.recordChange(makeChange(context.user, context.requestId,
                                            QStringLiteral("update"), Model<T>::objectType, id,
                                            Model<T>::repr(saved), message, before, after));
        return withEtag(jsonResponse(200, Model<T>::full(context.serializer, saved).toJson()),
                        saved);
    }
}

LabResponse NetBoxSim::options(Context &context, const QString &endpoint, bool detailView)
{
    struct Naming
    {
        QString list;
        QString single;
    };
    static const QHash<QString, Naming> names{
        {QStringLiteral("ipam/ip-addresses"),
         {QStringLiteral("IP Address List"), QStringLiteral("IP Address")}},
        {QStringLiteral("ipam/prefixes"),
         {QStringLiteral("Prefix List"), QStringLiteral("Prefix")}},
        {QStringLiteral("ipam/vrfs"), {QStringLiteral("VRF List"), QStringLiteral("VRF")}},
        {QStringLiteral("extras/tags"), {QStringLiteral("Tag List"), QStringLiteral("Tag")}},
        {QStringLiteral("extras/custom-fields"),
         {QStringLiteral("Custom Field List"), QStringLiteral("Custom Field")}},
        {QStringLiteral("tenancy/tenants"),
         {QStringLiteral("Tenant List"), QStringLiteral("Tenant")}},
        {QStringLiteral("core/object-changes"),
         {QStringLiteral("Object Change List"), QStringLiteral("Object Change")}}};
    const auto field = [](const QString &type, bool required, const QString &label) {
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("required"), required},
                           {QStringLiteral("read_only"), false},
                           {QStringLiteral("label"), label}};
    };
    const auto choices = [](const QList<NbChoice> &list) {
        QJsonArray array;
        for (const auto &choice : list)
            array.append(QJsonValue(QJsonObject{{QStringLiteral("value"), choice.value},
                                                {QStringLiteral("display_name"), choice.label}}));
        return array;
    };
    QJsonObject fields;
    if (endpoint == QLatin1String("ipam/ip-addresses")) {
        fields.insert(QStringLiteral("address"),
                      field(QStringLiteral("string"), true, QStringLiteral("Address")));
        fields.insert(QStringLiteral("vrf"),
                      field(QStringLiteral("nested object"), false, QStringLiteral("VRF")));
        fields.insert(QStringLiteral("tenant"),
                      field(QStringLiteral("nested object"), false, QStringLiteral("Tenant")));
        QJsonObject status = field(QStringLiteral("field"), false, QStringLiteral("Status"));
        status.insert(QStringLiteral("choices"), choices(m_config.ipStatusChoices));
        fields.insert(QStringLiteral("status"), status);
        QJsonObject role = field(QStringLiteral("field"), false, QStringLiteral("Role"));
        role.insert(QStringLiteral("choices"),
                    choices({{QStringLiteral("loopback"), QStringLiteral("Loopback")},
                             {QStringLiteral("secondary"), QStringLiteral("Secondary")},
                             {QStringLiteral("anycast"), QStringLiteral("Anycast")},
                             {QStringLiteral("vip"), QStringLiteral("VIP")},
                             {QStringLiteral("vrrp"), QStringLiteral("VRRP")},
                             {QStringLiteral("hsrp"), QStringLiteral("HSRP")},
                             {QStringLiteral("glbp"), QStringLiteral("GLBP")},
                             {QStringLiteral("carp"), QStringLiteral("CARP")}}));
        fields.insert(QStringLiteral("role"), role);
        QJsonObject dns = field(QStringLiteral("string"), false, QStringLiteral("DNS name"));
        dns.insert(QStringLiteral("max_length"), 255);
        fields.insert(QStringLiteral("dns_name"), dns);
    } else if (endpoint == QLatin1String("ipam/prefixes")) {
        fields.insert(QStringLiteral("prefix"),
                      field(QStringLiteral("string"), true, QStringLiteral("Prefix")));
        QJsonObject status = field(QStringLiteral("field"), false, QStringLiteral("Status"));
        status.insert(QStringLiteral("choices"), choices(m_config.prefixStatusChoices));
        fields.insert(QStringLiteral("status"), status);
    } else {
        fields.insert(QStringLiteral("name"),
                      field(QStringLiteral("string"), true, QStringLiteral("Name")));
    }
    QJsonObject description = field(QStringLiteral("string"), false, QStringLiteral("Description"));
    description.insert(QStringLiteral("max_length"), 200);
    fields.insert(QStringLiteral("description"), description);
    fields.insert(QStringLiteral("tags"),
                  field(QStringLiteral("field"), false, QStringLiteral("Tags")));
    fields.insert(QStringLiteral("custom_fields"),
                  field(QStringLiteral("field"), false, QStringLiteral("Custom fields")));

    const Naming naming = names.value(endpoint);
    NetBoxJsonObject metadata;
    metadata.add(QStringLiteral("name"), detailView ? naming.single : naming.list);
    metadata.add(QStringLiteral("description"), QString());
    metadata.add(QStringLiteral("renders"),
                 QJsonArray{QStringLiteral("application/json"), QStringLiteral("text/html")});
    metadata.add(QStringLiteral("parses"), QJsonArray{QStringLiteral("application/json"),
                                                      QStringLiteral("multipart/form-data")});
    // actions appear only for callers allowed to write (model permission and a write token).
    const bool readOnlyEndpoint = endpoint == QLatin1String("core/object-changes");
    const auto permitted = [&](const QString &action) {
        if (readOnlyEndpoint || !context.token || !context.token->writeEnabled || !context.user)
            return false;
        if (context.user->isSuperuser)
            return true;
        for (const auto &e : endpoints()) {
            if (e.path == endpoint)
                return context.user->permissions.contains(e.permissionModel.arg(action));
        }
        return false;
    };
    QJsonObject actions;
    if (!detailView && permitted(QStringLiteral("add")))
        actions.insert(QStringLiteral("POST"), fields);
    if (permitted(QStringLiteral("change")) && endpoint != QLatin1String("tenancy/tenants"))
        actions.insert(QStringLiteral("PUT"), fields);
    if (!actions.isEmpty())
        metadata.add(QStringLiteral("actions"), actions);
    return jsonResponse(200, metadata.toJson());
}

} // namespace leaselink::lab
