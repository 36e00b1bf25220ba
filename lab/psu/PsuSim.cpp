#include "PsuSim.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QVersionNumber>

#include <functional>

namespace leaselink::lab {

Q_LOGGING_CATEGORY(lcPsuSim, "leaselink.lab.psu", QtWarningMsg)

PsuSim::PsuSim(PsuSimOptions options)
    : m_options(std::move(options))
    , m_model(m_options.model ? m_options.model : std::make_shared<PsuModel>())
    , m_endpoints(m_options.scriptVersion)
    , m_version(m_options.scriptVersion)
{
    m_access.seedDhcpRoles();
    m_readerToken =
        m_access.issueToken(PsuAccessControl::readerRole, QStringLiteral("NetBox-DHCP-Read"));
    m_writerToken =
        m_access.issueToken(PsuAccessControl::writerRole, QStringLiteral("NetBox-DHCP-Write"));
    m_adminToken =
        m_access.issueToken(PsuAccessControl::administratorRole, QStringLiteral("Setup-Admin"));
    m_noRoleToken = m_access.issueToken(QString(), QStringLiteral("No-Role"));
    m_revokedToken =
        m_access.issueToken(PsuAccessControl::writerRole, QStringLiteral("Old-Write"), {}, true);
    m_expiredToken =
        m_access.issueToken(PsuAccessControl::writerRole, QStringLiteral("Expired-Write"),
                            QDateTime::currentDateTimeUtc().addDays(-1));
}

PsuSim::~PsuSim() = default;

QList<QByteArray> PsuSim::secrets() const
{
    QList<QByteArray> values;
    values.reserve(m_access.tokens().size());
    for (const PsuAppToken &token : m_access.tokens())
        values.append(token.token.toLatin1());
    return values;
}

void PsuSim::setScriptVersion(const QString &version)
{
    m_version = version;
}

bool PsuSim::isV2() const
{
    return QVersionNumber::fromString(m_version).majorVersion() >= 2;
}

LabResponse PsuSim::json(int status, QByteArray body) const
{
    return LabResponse::raw(status, std::move(body), QByteArrayLiteral("application/json"));
}

JsonWriter PsuSim::writer() const
{
    return JsonWriter(m_options.powerShell51Escaping ? JsonWriter::Escaping::PowerShell
                                                     : JsonWriter::Escaping::Standard);
}

LabResponse PsuSim::error(int status, const QString &message) const
{
    JsonWriter body = writer();
    body.beginObject().key(u"error").value(message).endObject();
    return json(status, body.take());
}

LabResponse PsuSim::badIpv4(const QString &field) const
{
    return error(400, QStringLiteral("'%1' must be a valid IPv4 address.").arg(field));
}

std::optional<QJsonValue> PsuSim::parseBody(const LabRequest &request) const
{
    if (request.body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null); // ConvertFrom-Json of nothing: $null
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

LabResponse PsuSim::invalidBody() const
{
    if (isV2())
        return error(400, QStringLiteral("Body is not valid JSON."));
    // 1.x converts the body inside its try block, so PowerShell's own text comes back as 500.
    return error(500, QStringLiteral("Conversion from JSON failed with error: Unexpected character "
                                     "encountered while parsing value."));
}

std::optional<LabResponse> PsuSim::authorise(const LabRequest &request, Access access) const
{
    // PSU answers auth failures itself, with empty bodies (psu-api.md §1).
    const PsuAppToken *token = m_access.findValid(request.header("authorization"));
    if (!token || token->role.isEmpty())
        return LabResponse::empty(401);
    const QString &role = token->role;
    const bool isAdmin = role == PsuAccessControl::administratorRole;
    const bool isWriter = role == PsuAccessControl::writerRole;
    const bool isReader = role == PsuAccessControl::readerRole;
    bool allowed = false;
    switch (access) {
    case Access::Read:
        allowed = isReader || isWriter || (isAdmin && m_options.administratorPassesDhcpRoles);
        break;
    case Access::Write:
        allowed = isWriter || (isAdmin && m_options.administratorPassesDhcpRoles);
        break;
    case Access::Management:
        allowed =
            isAdmin || (isWriter && m_access.roleHasPermission(role, QStringLiteral("apis/*")));
        break;
    }
    if (!allowed)
        return LabResponse::empty(403);
    return std::nullopt;
}

LabResponse PsuSim::handle(const LabRequest &request)
{
    const LabResponse response = route(request);
    qCDebug(lcPsuSim) << m_options.hostname << request.method << request.path << response.status;
    return response;
}

LabResponse PsuSim::route(const LabRequest &request)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() >= 2 && segments[0] == u"api" && segments[1] == u"dhcp")
        return dhcp(request, segments.mid(2));
    if (segments.size() >= 2 && segments[0] == u"api" && segments[1] == u"v1")
        return management(request, segments.mid(2));
    // PSU 4.2 was seen answering unknown routes with an empty 401 (psu-api.md §1).
    return LabResponse::empty(401);
}

LabResponse PsuSim::dhcp(const LabRequest &request, const QStringList &s)
{
    const QByteArray &m = request.method;
    const bool v2 = isV2();
    const bool hasMetrics = QVersionNumber::fromString(m_version) >= QVersionNumber(1, 1, 0);
    const qsizetype n = s.size();
    const QString first = n > 0 ? s[0] : QString();
    using Handler = std::function<LabResponse()>;
    Access access = m == "GET" ? Access::Read : Access::Write;
    Handler handler;

    if (n == 1 && first == u"health" && (m == "GET" || m == "POST")) {
        handler = m == "GET" ? Handler([this] { return getHealth(); })
                             : Handler([this] { return json(200, R"({"status":"ok"})"); });
    } else if (n == 1 && first == u"scopes" && m == "GET") {
        handler = [&] { return getScopes(request); };
    } else if (n == 1 && first == u"scopes" && m == "POST") {
        handler = [&] { return postScope(request); };
    } else if (n == 2 && first == u"scopes" && m == "GET") {
        handler = [&] { return getScope(s[1]); };
    } else if (n == 2 && first == u"scopes" && m == "PUT") {
        handler = [&] { return putScope(request, s[1]); };
    } else if (n == 2 && first == u"scopes" && m == "DELETE" && v2) {
        handler = [&] { return deleteScope(s[1]); };
    } else if (n == 1 && first == u"leases" && m == "GET") {
        handler = [&] { return getLeases(request); };
    } else if (n == 1 && first == u"reservations" && m == "GET") {
        handler = [&] { return getReservations(request); };
    } else if (n == 1 && first == u"reservations" && m == "POST") {
        handler = [&] { return v2 ? bulkReservations(request) : postReservation(request); };
    } else if (n == 1 && first == u"reservations" && (m == "PUT" || m == "DELETE") && v2) {
        handler = [&] { return bulkReservations(request); };
    } else if (n == 2 && first == u"reservations" && m == "PUT" && !v2) {
        handler = [&] { return putReservation(request, s[1]); };
    } else if (n == 2 && first == u"reservations" && m == "DELETE" && !v2) {
        handler = [&] { return deleteReservation(s[1]); };
    } else if (n == 1 && first == u"failover" && m == "GET") {
        handler = [this] { return getFailover(); };
    } else if (n == 1 && first == u"failover" && m == "POST") {
        handler = [&] { return postFailover(request); };
    } else if (n == 2 && first == u"failover" && s[1] == u"replicate" && m == "POST" && v2) {
        handler = [&] { return postReplicate(request); };
    } else if (n == 2 && first == u"options" && s[1] == u"server" && m == "GET") {
        handler = [this] { return getServerOptions(); };
    } else if (n == 3 && first == u"options" && s[1] == u"scope" && m == "GET") {
        handler = [&] { return getScopeOptions(s[2]); };
    } else if (n == 1 && first == u"options" && m == "GET" && v2) {
        handler = [this] { return getAllOptions(); };
    } else if (n == 1 && first == u"exclusions" && m == "GET") {
        handler = [&] { return getExclusions(request); };
    } else if (n == 1 && first == u"exclusions" && (m == "POST" || m == "DELETE")) {
        handler = [&] { return changeExclusion(request, m == "POST"); };
    } else if (n == 1 && first == u"metrics" && m == "GET" && hasMetrics) {
        handler = [&] { return getMetrics(request); };
    }
    if (!handler)
        return LabResponse::empty(401); // an unknown route, as PSU answers it
    if (auto denied = authorise(request, access))
        return *denied;
    return handler();
}

} // namespace leaselink::lab
