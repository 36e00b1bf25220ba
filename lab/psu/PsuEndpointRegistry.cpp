#include "PsuEndpointRegistry.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace leaselink::lab {

namespace {

struct Definition
{
    const char *url;
    const char *method;
};

// The 18 (url, method) pairs the 1.0.2 script defines (psu-api.md §3).
constexpr Definition dhcpEndpoints[] = {
    {"/api/dhcp/health", "GET"},
    {"/api/dhcp/health", "POST"},
    {"/api/dhcp/scopes", "GET"},
    {"/api/dhcp/scopes", "POST"},
    {"/api/dhcp/scopes/:scope_id", "GET"},
    {"/api/dhcp/scopes/:scope_id", "PUT"},
    {"/api/dhcp/leases", "GET"},
    {"/api/dhcp/reservations", "GET"},
    {"/api/dhcp/reservations", "POST"},
    {"/api/dhcp/reservations/:client_id", "PUT"},
    {"/api/dhcp/reservations/:client_id", "DELETE"},
    {"/api/dhcp/failover", "GET"},
    {"/api/dhcp/failover", "POST"},
    {"/api/dhcp/options/server", "GET"},
    {"/api/dhcp/options/scope/:scope_id", "GET"},
    {"/api/dhcp/exclusions", "GET"},
    {"/api/dhcp/exclusions", "POST"},
    {"/api/dhcp/exclusions", "DELETE"},
};

QJsonObject makeRecord(const QString &url, const QString &method, const QString &scriptBlock)
{
    const bool read = method == u"GET";
    QJsonArray roles;
    if (read)
        roles.append(QStringLiteral("DHCPReader"));
    roles.append(QStringLiteral("DHCPWriter"));
    return QJsonObject{
        {QStringLiteral("url"), url},
        {QStringLiteral("method"), QJsonArray{method}},
        {QStringLiteral("scriptBlock"), scriptBlock},
        {QStringLiteral("authentication"), true},
        {QStringLiteral("role"), roles},
        {QStringLiteral("regEx"), false},
        {QStringLiteral("errorAction"), 0},
        {QStringLiteral("timeout"), 30},
        {QStringLiteral("disabled"), false},
    };
}

} // namespace

PsuEndpointRegistry::PsuEndpointRegistry(const QString &scriptVersion)
{
    for (const Definition &definition : dhcpEndpoints) {
        const QString url = QString::fromLatin1(definition.url);
        const QString method = QString::fromLatin1(definition.method);
        add(makeRecord(url, method, scriptBlock(scriptVersion, url, method)));
    }
    // A record of someone else's API on the same PSU, which the update job must leave alone.
    QJsonObject other = makeRecord(QStringLiteral("/api/inventory/hosts"), QStringLiteral("GET"),
                                   QStringLiteral("Get-InventoryHost | ConvertTo-Json"));
    other.insert(QStringLiteral("method"), QStringLiteral("GET")); // a plain string here
    other.insert(QStringLiteral("role"), QJsonArray{QStringLiteral("Administrator")});
    add(other);
}

const QJsonObject *PsuEndpointRegistry::record(int id) const
{
    for (const QJsonObject &record : m_records) {
        if (record.value(u"id").toInt() == id)
            return &record;
    }
    return nullptr;
}

QJsonObject PsuEndpointRegistry::add(QJsonObject record)
{
    record.insert(QStringLiteral("id"), m_nextId++);
    m_records.append(record);
    return record;
}

bool PsuEndpointRegistry::replace(int id, QJsonObject record)
{
    for (QJsonObject &existing : m_records) {
        if (existing.value(u"id").toInt() == id) {
            record.insert(QStringLiteral("id"), id);
            existing = record;
            return true;
        }
    }
    return false;
}

bool PsuEndpointRegistry::remove(int id)
{
    return m_records.removeIf([id](const QJsonObject &r) { return r.value(u"id").toInt() == id; }) >
           0;
}

QString PsuEndpointRegistry::storedScriptVersion() const
{
    static const QRegularExpression versionLine(
        QStringLiteral(R"(\$PSU_SCRIPT_VERSION\s*=\s*['"]([^'"]+)['"])"));
    for (const QJsonObject &record : m_records) {
        if (record.value(u"url").toString() != u"/api/dhcp/health")
            continue;
        const QJsonValue method = record.value(u"method");
        const bool isGet = method.isString()
                               ? method.toString().compare(u"GET", Qt::CaseInsensitive) == 0
                               : method.toArray().contains(QStringLiteral("GET"));
        if (!isGet)
            continue;
        const auto match = versionLine.match(record.value(u"scriptBlock").toString());
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QByteArray PsuEndpointRegistry::toJson(const QJsonObject &record)
{
    // PSU serialises its model in declaration order; unknown keys a client sent come after.
    static const QStringList order = {QStringLiteral("id"),
                                      QStringLiteral("url"),
                                      QStringLiteral("method"),
                                      QStringLiteral("scriptBlock"),
                                      QStringLiteral("authentication"),
                                      QStringLiteral("role"),
                                      QStringLiteral("regEx"),
                                      QStringLiteral("errorAction"),
                                      QStringLiteral("timeout"),
                                      QStringLiteral("disabled")};
    JsonWriter json;
    json.beginObject();
    auto write = [&json](const QString &key, const QJsonValue &value) {
        json.key(key);
        if (value.isString())
            json.value(value.toString());
        else if (value.isBool())
            json.value(value.toBool());
        else if (value.isNull() || value.isUndefined())
            json.null();
        else if (value.isDouble())
            json.value(qint64(value.toDouble()));
        else if (value.isArray())
            json.rawValue(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            json.rawValue(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    };
    for (const QString &key : order) {
        if (record.contains(key))
            write(key, record.value(key));
    }
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!order.contains(it.key()))
            write(it.key(), it.value());
    }
    json.endObject();
    return json.take();
}

QString PsuEndpointRegistry::scriptBlock(const QString &version, const QString &url,
                                         const QString &method)
{
    // Self-contained like the real ones: shared helpers, a newline, then the endpoint body.
    return QStringLiteral("Import-Module DhcpServer -ErrorAction Stop\n"
                          "$PSU_SCRIPT_VERSION = '%1'\n"
                          "function Write-DhcpError($Status, $Message) { New-PSUApiResponse "
                          "-StatusCode $Status -Body (@{ error = $Message } | ConvertTo-Json "
                          "-Compress) }\n"
                          "\n"
                          "# %2 %3\n")
        .arg(version, method, url);
}

} // namespace leaselink::lab
