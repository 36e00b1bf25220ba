// PsuSim: the PSU management API (/api/v1) used by "Update PSU Scripts" and setup_roles.ps1.
#include "PsuSim.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::lab {

namespace {

QByteArray roleJson(const PsuRole &role)
{
    JsonWriter json;
    json.beginObject()
        .key(u"id")
        .value(role.id)
        .key(u"name")
        .value(role.name)
        .key(u"description")
        .value(role.description)
        .key(u"permissions")
        .beginArray();
    for (const QString &permission : role.permissions)
        json.value(permission);
    json.endArray().endObject();
    return json.take();
}

} // namespace

LabResponse PsuSim::management(const LabRequest &request, const QStringList &s)
{
    const QByteArray &m = request.method;
    const qsizetype n = s.size();
    const QString first = n > 0 ? s[0] : QString();
    const bool known =
        (first == u"endpoint" && n == 1 && (m == "GET" || m == "POST")) ||
        (first == u"endpoint" && n == 2 && s[1] == u"restart" && m == "POST") ||
        (first == u"endpoint" && n == 2 && (m == "GET" || m == "PUT" || m == "DELETE")) ||
        (first == u"role" && n == 1 && (m == "GET" || m == "POST")) ||
        (first == u"role" && n == 2 && (m == "GET" || m == "PUT")) ||
        (first == u"apptoken" && n == 1 && m == "GET") ||
        (first == u"apptoken" && n == 2 && s[1] == u"grant" && m == "POST");
    if (!known)
        return LabResponse::empty(401);
    if (auto denied = authorise(request, Access::Management))
        return *denied;

    const auto body = parseBody(request);
    const QJsonObject object = body ? body->toObject() : QJsonObject();
    // PSU's own errors are plain text, not the script's {"error":…}.
    auto psuError = [](int status, const QByteArray &text) {
        return LabResponse::raw(status, text, QByteArrayLiteral("text/plain"));
    };

    if (first == u"endpoint") {
        if (n == 2 && s[1] == u"restart") {
            // Reload definitions: health now reports the version in the stored scriptBlock.
            const QString stored = m_endpoints.storedScriptVersion();
            if (!stored.isEmpty())
                m_version = stored;
            return LabResponse::empty(200);
        }
        if (n == 1 && m == "GET") {
            QByteArray list = "[";
            for (const QJsonObject &record : m_endpoints.records()) {
                if (list.size() > 1)
                    list.append(',');
                list.append(PsuEndpointRegistry::toJson(record));
            }
            list.append(']');
            return json(200, list);
        }
        if (n == 1 && m == "POST") {
            if (!body || object.isEmpty())
                return psuError(400, "The endpoint definition is not valid JSON.");
            return json(200, PsuEndpointRegistry::toJson(m_endpoints.add(object)));
        }
        bool isNumber = false;
        const int id = s[1].toInt(&isNumber);
        if (!isNumber || !m_endpoints.record(id))
            return psuError(404, "Endpoint not found.");
        if (m == "GET")
            return json(200, PsuEndpointRegistry::toJson(*m_endpoints.record(id)));
        if (m == "DELETE") {
            m_endpoints.remove(id);
            return LabResponse::empty(200);
        }
        if (!body || object.isEmpty())
            return psuError(400, "The endpoint definition is not valid JSON.");
        m_endpoints.replace(id, object);
        return json(200, PsuEndpointRegistry::toJson(*m_endpoints.record(id)));
    }

    if (first == u"role") {
        if (n == 1 && m == "GET") {
            QByteArray list = "[";
            for (const PsuRole &role : m_access.roles()) {
                if (list.size() > 1)
                    list.append(',');
                list.append(roleJson(role));
            }
            list.append(']');
            return json(200, list);
        }
        if (n == 1) { // POST
            const QString name = object.value(u"name").toString();
            if (name.isEmpty())
                return psuError(400, "Role name is required.");
            if (m_access.role(name)) // CHANGELOG 1.2.1: a duplicate is a 500
                return psuError(500, "An error occurred while saving the entity changes. See the "
                                     "inner exception for details.");
            PsuRole role{m_access.nextRoleId(), name, object.value(u"description").toString(), {}};
            m_access.roles().append(role);
            return json(200, roleJson(role));
        }
        if (m == "GET") // the single-role GET answers an empty 200 whether or not it exists
            return LabResponse::empty(200);
        bool isNumber = false;
        const int id = s[1].toInt(&isNumber);
        PsuRole *role = isNumber ? m_access.role(id) : m_access.role(s[1]);
        if (!role)
            return psuError(404, "Role not found.");
        if (object.contains(u"name"))
            role->name = object.value(u"name").toString();
        if (object.contains(u"description"))
            role->description = object.value(u"description").toString();
        if (object.contains(u"permissions")) {
            role->permissions.clear();
            for (const QJsonValue &permission : object.value(u"permissions").toArray())
                role->permissions.append(permission.toString());
        }
        return json(200, roleJson(*role));
    }

    // apptoken
    if (n == 1) {
        JsonWriter json;
        json.beginArray();
        for (const PsuAppToken &token : m_access.tokens()) {
            json.beginObject()
                .key(u"id")
                .value(token.id)
                .key(u"identity")
                .beginObject()
                .key(u"name")
                .value(token.identityName)
                .endObject()
                .key(u"role")
                .value(token.role)
                .key(u"expiration")
                .nullableValue(token.expiration.isValid()
                                   ? token.expiration.toUTC().toString(Qt::ISODate)
                                   : QString())
                .key(u"revoked")
                .value(token.revoked)
                .endObject();
        }
        json.endArray();
        return this->json(200, json.take());
    }
    const QString identity = object.value(u"identity").toObject().value(u"name").toString();
    const QString roleName = object.value(u"role").toString();
    if (identity.isEmpty())
        return psuError(400, "identity.name is required.");
    if (!roleName.isEmpty() && !m_access.role(roleName))
        return psuError(500, "Role '" + roleName.toUtf8() + "' does not exist.");
    QDateTime expiration;
    if (object.contains(u"expiration")) {
        expiration = QDateTime::fromString(object.value(u"expiration").toString(), Qt::ISODate);
        if (!expiration.isValid())
            return psuError(400, "expiration is not a valid date.");
    }
    const QString token = m_access.issueToken(roleName, identity, expiration);
    JsonWriter json;
    json.beginObject().key(u"token").value(token).endObject();
    return this->json(200, json.take());
}

} // namespace leaselink::lab
