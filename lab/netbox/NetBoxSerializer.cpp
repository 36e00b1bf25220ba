#include "NetBoxSerializer.h"

#include <QTimeZone>

#include <algorithm>

namespace leaselink::lab {

NetBoxSerializer::NetBoxSerializer(NetBoxState &state, const NetBoxConfig &config, QString baseUrl)
    : m_state(state)
    , m_config(config)
    , m_baseUrl(std::move(baseUrl))
{}

QString NetBoxSerializer::timestamp(qint64 microseconds)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(microseconds / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QString::number(microseconds % 1000000).rightJustified(6, u'0') + u'Z';
}

QString NetBoxSerializer::etagTimestamp(qint64 microseconds)
{
    return timestamp(microseconds).chopped(1) + QStringLiteral("+00:00");
}

QString NetBoxSerializer::apiUrl(const QString &path) const
{
    return m_baseUrl + QStringLiteral("/api/") + path;
}

QString NetBoxSerializer::vrfDisplay(const NbVrf &vrf)
{
    return vrf.rd ? QStringLiteral("%1 (%2)").arg(vrf.name, *vrf.rd) : vrf.name;
}

QString NetBoxSerializer::choiceLabel(const QList<NbChoice> &choices, const QString &value)
{
    // A stored value that is no longer configured reads back with an empty label.
    for (const auto &choice : choices) {
        if (choice.value == value)
            return choice.label;
    }
    return {};
}

NetBoxJsonObject NetBoxSerializer::family(int family) const
{
    NetBoxJsonObject object;
    object.add(QStringLiteral("value"), family);
    object.add(QStringLiteral("label"),
               family == 4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"));
    return object;
}

NetBoxJsonObject NetBoxSerializer::choice(const QString &value, const QString &label) const
{
    NetBoxJsonObject object;
    object.add(QStringLiteral("value"), value);
    object.add(QStringLiteral("label"), label);
    return object;
}

QByteArray NetBoxSerializer::tagList(const QList<int> &tagIds) const
{
    QList<const NbTag *> tags;
    for (const int id : tagIds) {
        if (const NbTag *tag = m_state.tag(id))
            tags.append(tag);
    }
    // NetBox orders an object's tags by weight, then name.
    std::sort(tags.begin(), tags.end(), [](const NbTag *a, const NbTag *b) {
        return std::pair(a->weight, a->name) < std::pair(b->weight, b->name);
    });
    QList<NetBoxJsonObject> nested;
    nested.reserve(tags.size());
    for (const NbTag *tag : tags)
        nested.append(tagNested(*tag));
    return NetBoxJsonObject::arrayToJson(nested);
}

QJsonObject NetBoxSerializer::customFieldValues(const QString &objectType,
                                                const QJsonObject &stored) const
{
    QJsonObject values;
    for (const NbCustomField *field : m_state.customFieldsFor(objectType))
        values.insert(field->name, stored.value(field->name).isUndefined()
                                       ? QJsonValue(QJsonValue::Null)
                                       : stored.value(field->name));
    return values;
}

QJsonArray NetBoxSerializer::sortedTagNames(const QList<int> &tagIds) const
{
    QStringList names;
    for (const int id : tagIds) {
        if (const NbTag *tag = m_state.tag(id))
            names.append(tag->name);
    }
    names.sort();
    return QJsonArray::fromStringList(names);
}

void NetBoxSerializer::addVrf(NetBoxJsonObject &object, int vrfId) const
{
    if (const NbVrf *vrf = m_state.vrf(vrfId))
        object.add(QStringLiteral("vrf"), vrfBrief(*vrf));
    else
        object.addNull(QStringLiteral("vrf"));
}

void NetBoxSerializer::addTenant(NetBoxJsonObject &object, int tenantId) const
{
    if (const NbTenant *tenant = m_state.tenant(tenantId))
        object.add(QStringLiteral("tenant"), tenantBrief(*tenant));
    else
        object.addNull(QStringLiteral("tenant"));
}

namespace {
QString roleLabel(const QString &role)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("loopback"), QStringLiteral("Loopback")},
        {QStringLiteral("secondary"), QStringLiteral("Secondary")},
        {QStringLiteral("anycast"), QStringLiteral("Anycast")},
        {QStringLiteral("vip"), QStringLiteral("VIP")},
        {QStringLiteral("vrrp"), QStringLiteral("VRRP")},
        {QStringLiteral("hsrp"), QStringLiteral("HSRP")},
        {QStringLiteral("glbp"), QStringLiteral("GLBP")},
        {QStringLiteral("carp"), QStringLiteral("CARP")}};
    return labels.value(role);
}
} // namespace

NetBoxJsonObject NetBoxSerializer::ipAddress(const NbIpAddress &ip) const
{
    const QString id = QString::number(ip.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), ip.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("ipam/ip-addresses/") + id + u'/'));
    o.add(QStringLiteral("display_url"),
          m_baseUrl + QStringLiteral("/ipam/ip-addresses/") + id + u'/');
    o.add(QStringLiteral("display"), ip.address.text());
    o.add(QStringLiteral("family"), family(ip.address.family));
    o.add(QStringLiteral("address"), ip.address.text());
    addVrf(o, ip.vrfId);
    addTenant(o, ip.tenantId);
    o.add(QStringLiteral("status"),
          choice(ip.status, choiceLabel(m_config.ipStatusChoices, ip.status)));
    if (ip.role.isEmpty())
        o.addNull(QStringLiteral("role"));
    else
        o.add(QStringLiteral("role"), choice(ip.role, roleLabel(ip.role)));
    o.addNull(QStringLiteral("assigned_object_type"));
    o.addNull(QStringLiteral("assigned_object_id"));
    o.addNull(QStringLiteral("assigned_object"));
    o.addNull(QStringLiteral("nat_inside"));
    o.addRaw(QStringLiteral("nat_outside"), QByteArrayLiteral("[]"));
    o.add(QStringLiteral("dns_name"), ip.dnsName);
    o.add(QStringLiteral("description"), ip.description);
    o.addNull(QStringLiteral("owner"));
    o.add(QStringLiteral("comments"), ip.comments);
    o.addRaw(QStringLiteral("tags"), tagList(ip.tagIds));
    o.add(QStringLiteral("custom_fields"),
          customFieldValues(QStringLiteral("ipam.ipaddress"), ip.customFields));
    o.add(QStringLiteral("created"), timestamp(ip.created));
    o.add(QStringLiteral("last_updated"), timestamp(ip.lastUpdated));
    return o;
}

NetBoxJsonObject NetBoxSerializer::ipAddressBrief(const NbIpAddress &ip) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), ip.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("ipam/ip-addresses/%1/").arg(ip.id)));
    o.add(QStringLiteral("display"), ip.address.text());
    o.add(QStringLiteral("family"), family(ip.address.family));
    o.add(QStringLiteral("address"), ip.address.text());
    o.add(QStringLiteral("description"), ip.description);
    return o;
}

int NetBoxSerializer::prefixDepth(const NbPrefix &prefix) const
{
    int depth = 0;
    for (const auto &[id, other] : m_state.prefixes()) {
        if (id != prefix.id && other.vrfId == prefix.vrfId &&
            other.prefix.length < prefix.prefix.length &&
            other.prefix.containsNetwork(prefix.prefix))
            ++depth;
    }
    return depth;
}

int NetBoxSerializer::prefixChildren(const NbPrefix &prefix) const
{
    int children = 0;
    for (const auto &[id, other] : m_state.prefixes()) {
        if (id != prefix.id && other.vrfId == prefix.vrfId &&
            other.prefix.length > prefix.prefix.length &&
            prefix.prefix.containsNetwork(other.prefix))
            ++children;
    }
    return children;
}

NetBoxJsonObject NetBoxSerializer::prefix(const NbPrefix &prefix) const
{
    const QString id = QString::number(prefix.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), prefix.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("ipam/prefixes/") + id + u'/'));
    o.add(QStringLiteral("display_url"), m_baseUrl + QStringLiteral("/ipam/prefixes/") + id + u'/');
    o.add(QStringLiteral("display"), prefix.prefix.text());
    o.add(QStringLiteral("family"), family(prefix.prefix.family));
    o.add(QStringLiteral("prefix"), prefix.prefix.text());
    addVrf(o, prefix.vrfId);
    if (prefix.scopeType.isEmpty()) {
        o.addNull(QStringLiteral("scope_type"));
        o.addNull(QStringLiteral("scope_id"));
        o.addNull(QStringLiteral("scope"));
    } else {
        o.add(QStringLiteral("scope_type"), prefix.scopeType);
        o.add(QStringLiteral("scope_id"),
              prefix.scopeId ? QJsonValue(*prefix.scopeId) : QJsonValue());
        // The lab has no DCIM objects: the scope is rendered as a generic site-like object.
        NetBoxJsonObject scope;
        const QString model = prefix.scopeType.section(u'.', 1);
        const int scopeId = prefix.scopeId.value_or(0);
        scope.add(QStringLiteral("id"), scopeId);
        scope.add(QStringLiteral("url"),
                  apiUrl(QStringLiteral("dcim/%1s/%2/").arg(model).arg(scopeId)));
        scope.add(QStringLiteral("display"), QStringLiteral("%1 %2").arg(model).arg(scopeId));
        scope.add(QStringLiteral("name"), QStringLiteral("%1 %2").arg(model).arg(scopeId));
        scope.add(QStringLiteral("slug"), QStringLiteral("%1-%2").arg(model).arg(scopeId));
        scope.add(QStringLiteral("description"), QString());
        o.add(QStringLiteral("scope"), scope);
    }
    addTenant(o, prefix.tenantId);
    o.addNull(QStringLiteral("vlan"));
    o.add(QStringLiteral("status"),
          choice(prefix.status, choiceLabel(m_config.prefixStatusChoices, prefix.status)));
    o.addNull(QStringLiteral("role"));
    o.add(QStringLiteral("is_pool"), prefix.isPool);
    o.add(QStringLiteral("mark_utilized"), prefix.markUtilized);
    o.add(QStringLiteral("description"), prefix.description);
    o.addNull(QStringLiteral("owner"));
    o.add(QStringLiteral("comments"), prefix.comments);
    o.addRaw(QStringLiteral("tags"), tagList(prefix.tagIds));
    o.add(QStringLiteral("custom_fields"),
          customFieldValues(QStringLiteral("ipam.prefix"), prefix.customFields));
    o.add(QStringLiteral("created"), timestamp(prefix.created));
    o.add(QStringLiteral("last_updated"), timestamp(prefix.lastUpdated));
    o.add(QStringLiteral("children"), prefixChildren(prefix));
    o.add(QStringLiteral("_depth"), prefixDepth(prefix));
    return o;
}

NetBoxJsonObject NetBoxSerializer::prefixBrief(const NbPrefix &prefix) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), prefix.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("ipam/prefixes/%1/").arg(prefix.id)));
    o.add(QStringLiteral("display"), prefix.prefix.text());
    o.add(QStringLiteral("family"), family(prefix.prefix.family));
    o.add(QStringLiteral("prefix"), prefix.prefix.text());
    o.add(QStringLiteral("description"), prefix.description);
    o.add(QStringLiteral("_depth"), prefixDepth(prefix));
    return o;
}

NetBoxJsonObject NetBoxSerializer::vrf(const NbVrf &vrf) const
{
    const QString id = QString::number(vrf.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), vrf.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("ipam/vrfs/") + id + u'/'));
    o.add(QStringLiteral("display_url"), m_baseUrl + QStringLiteral("/ipam/vrfs/") + id + u'/');
    o.add(QStringLiteral("display"), vrfDisplay(vrf));
    o.add(QStringLiteral("name"), vrf.name);
    o.add(QStringLiteral("rd"), vrf.rd ? QJsonValue(*vrf.rd) : QJsonValue());
    addTenant(o, vrf.tenantId);
    o.add(QStringLiteral("enforce_unique"), vrf.enforceUnique);
    o.add(QStringLiteral("description"), vrf.description);
    o.addNull(QStringLiteral("owner"));
    o.add(QStringLiteral("comments"), vrf.comments);
    o.addRaw(QStringLiteral("import_targets"), QByteArrayLiteral("[]"));
    o.addRaw(QStringLiteral("export_targets"), QByteArrayLiteral("[]"));
    o.addRaw(QStringLiteral("tags"), tagList(vrf.tagIds));
    o.add(QStringLiteral("custom_fields"),
          customFieldValues(QStringLiteral("ipam.vrf"), vrf.customFields));
    o.add(QStringLiteral("created"), timestamp(vrf.created));
    o.add(QStringLiteral("last_updated"), timestamp(vrf.lastUpdated));
    qint64 ipCount = 0;
    for (const auto &[ipId, ip] : m_state.ipAddresses())
        ipCount += ip.vrfId == vrf.id ? 1 : 0;
    qint64 prefixCount = 0;
    for (const auto &[prefixId, prefix] : m_state.prefixes())
        prefixCount += prefix.vrfId == vrf.id ? 1 : 0;
    o.add(QStringLiteral("ipaddress_count"), ipCount);
    o.add(QStringLiteral("prefix_count"), prefixCount);
    return o;
}

NetBoxJsonObject NetBoxSerializer::vrfBrief(const NbVrf &vrf) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), vrf.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("ipam/vrfs/%1/").arg(vrf.id)));
    o.add(QStringLiteral("display"), vrfDisplay(vrf));
    o.add(QStringLiteral("name"), vrf.name);
    o.add(QStringLiteral("rd"), vrf.rd ? QJsonValue(*vrf.rd) : QJsonValue());
    o.add(QStringLiteral("description"), vrf.description);
    return o;
}

NetBoxJsonObject NetBoxSerializer::tenant(const NbTenant &tenant) const
{
    const QString id = QString::number(tenant.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), tenant.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("tenancy/tenants/") + id + u'/'));
    o.add(QStringLiteral("display_url"),
          m_baseUrl + QStringLiteral("/tenancy/tenants/") + id + u'/');
    o.add(QStringLiteral("display"), tenant.name);
    o.add(QStringLiteral("name"), tenant.name);
    o.add(QStringLiteral("slug"), tenant.slug);
    o.addNull(QStringLiteral("group"));
    o.add(QStringLiteral("description"), tenant.description);
    o.addNull(QStringLiteral("owner"));
    o.add(QStringLiteral("comments"), QString());
    o.addRaw(QStringLiteral("tags"), QByteArrayLiteral("[]"));
    o.add(QStringLiteral("custom_fields"), customFieldValues(QStringLiteral("tenancy.tenant"), {}));
    o.add(QStringLiteral("created"), timestamp(tenant.created));
    o.add(QStringLiteral("last_updated"), timestamp(tenant.lastUpdated));
    return o;
}

NetBoxJsonObject NetBoxSerializer::tenantBrief(const NbTenant &tenant) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), tenant.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("tenancy/tenants/%1/").arg(tenant.id)));
    o.add(QStringLiteral("display"), tenant.name);
    o.add(QStringLiteral("name"), tenant.name);
    o.add(QStringLiteral("slug"), tenant.slug);
    o.add(QStringLiteral("description"), tenant.description);
    return o;
}

NetBoxJsonObject NetBoxSerializer::tag(const NbTag &tag) const
{
    const QString id = QString::number(tag.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), tag.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("extras/tags/") + id + u'/'));
    o.add(QStringLiteral("display_url"), m_baseUrl + QStringLiteral("/extras/tags/") + id + u'/');
    o.add(QStringLiteral("display"), tag.name);
    o.add(QStringLiteral("name"), tag.name);
    o.add(QStringLiteral("slug"), tag.slug);
    o.add(QStringLiteral("color"), tag.color);
    o.add(QStringLiteral("description"), tag.description);
    o.add(QStringLiteral("weight"), tag.weight);
    o.add(QStringLiteral("object_types"), QJsonArray::fromStringList(tag.objectTypes));
    qint64 tagged = 0;
    for (const auto &[ipId, ip] : m_state.ipAddresses())
        tagged += ip.tagIds.contains(tag.id) ? 1 : 0;
    for (const auto &[prefixId, prefix] : m_state.prefixes())
        tagged += prefix.tagIds.contains(tag.id) ? 1 : 0;
    for (const auto &[vrfId, vrf] : m_state.vrfs())
        tagged += vrf.tagIds.contains(tag.id) ? 1 : 0;
    o.add(QStringLiteral("tagged_items"), tagged);
    o.add(QStringLiteral("created"), timestamp(tag.created));
    o.add(QStringLiteral("last_updated"), timestamp(tag.lastUpdated));
    return o;
}

NetBoxJsonObject NetBoxSerializer::tagNested(const NbTag &tag) const
{
    const QString id = QString::number(tag.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), tag.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("extras/tags/") + id + u'/'));
    o.add(QStringLiteral("display_url"), m_baseUrl + QStringLiteral("/extras/tags/") + id + u'/');
    o.add(QStringLiteral("display"), tag.name);
    o.add(QStringLiteral("name"), tag.name);
    o.add(QStringLiteral("slug"), tag.slug);
    o.add(QStringLiteral("color"), tag.color);
    return o;
}

NetBoxJsonObject NetBoxSerializer::tagBrief(const NbTag &tag) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), tag.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("extras/tags/%1/").arg(tag.id)));
    o.add(QStringLiteral("display"), tag.name);
    o.add(QStringLiteral("name"), tag.name);
    o.add(QStringLiteral("slug"), tag.slug);
    o.add(QStringLiteral("color"), tag.color);
    o.add(QStringLiteral("description"), tag.description);
    return o;
}

namespace {
QString customFieldTypeLabel(const QString &type)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("text"), QStringLiteral("Text")},
        {QStringLiteral("longtext"), QStringLiteral("Text (long)")},
        {QStringLiteral("integer"), QStringLiteral("Integer")},
        {QStringLiteral("decimal"), QStringLiteral("Decimal")},
        {QStringLiteral("boolean"), QStringLiteral("Boolean (true/false)")},
        {QStringLiteral("date"), QStringLiteral("Date")},
        {QStringLiteral("datetime"), QStringLiteral("Date & time")},
        {QStringLiteral("url"), QStringLiteral("URL")},
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("select"), QStringLiteral("Selection")},
        {QStringLiteral("multiselect"), QStringLiteral("Multiple selection")},
        {QStringLiteral("object"), QStringLiteral("Object")},
        {QStringLiteral("multiobject"), QStringLiteral("Multiple objects")}};
    return labels.value(type);
}

QString customFieldDataType(const QString &type)
{
    if (type == QLatin1String("integer"))
        return QStringLiteral("integer");
    if (type == QLatin1String("decimal"))
        return QStringLiteral("number");
    if (type == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (type == QLatin1String("json"))
        return QStringLiteral("object");
    if (type == QLatin1String("multiselect") || type == QLatin1String("multiobject"))
        return QStringLiteral("array");
    return QStringLiteral("string");
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text.replace(u'-', u' ');
}
} // namespace

NetBoxJsonObject NetBoxSerializer::customField(const NbCustomField &field) const
{
    const QString id = QString::number(field.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), field.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("extras/custom-fields/") + id + u'/'));
    o.add(QStringLiteral("display_url"),
          m_baseUrl + QStringLiteral("/extras/custom-fields/") + id + u'/');
    o.add(QStringLiteral("display"), field.label.isEmpty() ? field.name : field.label);
    o.add(QStringLiteral("object_types"), QJsonArray::fromStringList(field.objectTypes));
    o.add(QStringLiteral("type"), choice(field.type, customFieldTypeLabel(field.type)));
    o.addNull(QStringLiteral("related_object_type"));
    o.add(QStringLiteral("data_type"), customFieldDataType(field.type));
    o.add(QStringLiteral("name"), field.name);
    o.add(QStringLiteral("label"), field.label);
    o.add(QStringLiteral("group_name"), field.groupName);
    o.add(QStringLiteral("description"), field.description);
    o.add(QStringLiteral("required"), field.required);
    o.add(QStringLiteral("unique"), field.unique);
    o.add(QStringLiteral("search_weight"), field.searchWeight);
    o.add(QStringLiteral("filter_logic"),
          choice(field.filterLogic, capitalized(field.filterLogic)));
    o.add(QStringLiteral("ui_visible"), choice(field.uiVisible, capitalized(field.uiVisible)));
    o.add(QStringLiteral("ui_editable"), choice(field.uiEditable, capitalized(field.uiEditable)));
    o.add(QStringLiteral("is_cloneable"), field.isCloneable);
    o.add(QStringLiteral("default"), field.defaultValue);
    o.addNull(QStringLiteral("related_object_filter"));
    o.add(QStringLiteral("weight"), field.weight);
    o.addNull(QStringLiteral("validation_minimum"));
    o.addNull(QStringLiteral("validation_maximum"));
    o.add(QStringLiteral("validation_regex"), field.validationRegex);
    if (!m_config.version.startsWith(QLatin1String("4.5.")))
        o.addNull(QStringLiteral("validation_schema")); // 4.6+ only
    o.addNull(QStringLiteral("choice_set"));
    o.addNull(QStringLiteral("owner"));
    o.add(QStringLiteral("comments"), field.comments);
    o.add(QStringLiteral("created"), timestamp(field.created));
    o.add(QStringLiteral("last_updated"), timestamp(field.lastUpdated));
    return o;
}

NetBoxJsonObject NetBoxSerializer::customFieldBrief(const NbCustomField &field) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), field.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("extras/custom-fields/%1/").arg(field.id)));
    o.add(QStringLiteral("display"), field.label.isEmpty() ? field.name : field.label);
    o.add(QStringLiteral("name"), field.name);
    o.add(QStringLiteral("description"), field.description);
    return o;
}

NetBoxJsonObject NetBoxSerializer::user(const NbUser &user) const
{
    const QString id = QString::number(user.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), user.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("users/users/") + id + u'/'));
    o.add(QStringLiteral("display_url"), m_baseUrl + QStringLiteral("/users/users/") + id + u'/');
    o.add(QStringLiteral("display"), user.username);
    o.add(QStringLiteral("username"), user.username);
    o.add(QStringLiteral("first_name"), user.firstName);
    o.add(QStringLiteral("last_name"), user.lastName);
    o.add(QStringLiteral("email"), user.email);
    o.add(QStringLiteral("is_active"), user.isActive);
    o.add(QStringLiteral("date_joined"), timestamp(user.dateJoined));
    o.addNull(QStringLiteral("last_login"));
    o.addRaw(QStringLiteral("groups"), QByteArrayLiteral("[]"));
    QStringList permissions = user.permissions.values();
    permissions.sort();
    o.add(QStringLiteral("permissions"), QJsonArray::fromStringList(permissions));
    return o;
}

NetBoxJsonObject NetBoxSerializer::userBrief(const NbUser &user) const
{
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), user.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("users/users/%1/").arg(user.id)));
    o.add(QStringLiteral("display"), user.username);
    o.add(QStringLiteral("username"), user.username);
    return o;
}

NetBoxJsonObject NetBoxSerializer::objectChange(const NbObjectChange &change) const
{
    static const QHash<QString, QString> typeNames{
        {QStringLiteral("ipam.ipaddress"), QStringLiteral("IPAM | IP address")},
        {QStringLiteral("ipam.prefix"), QStringLiteral("IPAM | prefix")},
        {QStringLiteral("ipam.vrf"), QStringLiteral("IPAM | VRF")},
        {QStringLiteral("extras.tag"), QStringLiteral("Extras | tag")},
        {QStringLiteral("extras.customfield"), QStringLiteral("Extras | custom field")}};
    static const QHash<QString, QString> actionLabels{
        {QStringLiteral("create"), QStringLiteral("Created")},
        {QStringLiteral("update"), QStringLiteral("Updated")},
        {QStringLiteral("delete"), QStringLiteral("Deleted")}};
    const QString id = QString::number(change.id);
    NetBoxJsonObject o;
    o.add(QStringLiteral("id"), change.id);
    o.add(QStringLiteral("url"), apiUrl(QStringLiteral("core/object-changes/") + id + u'/'));
    o.add(QStringLiteral("display_url"),
          m_baseUrl + QStringLiteral("/core/changelog/") + id + u'/');
    o.add(QStringLiteral("display"),
          QStringLiteral("%1 %2 %3 by %4")
              .arg(typeNames.value(change.objectType, change.objectType), change.objectRepr,
                   actionLabels.value(change.action).toLower(), change.userName));
    o.add(QStringLiteral("time"), timestamp(change.time));
    if (const NbUser *user = m_state.user(change.userId))
        o.add(QStringLiteral("user"), userBrief(*user));
    else
        o.addNull(QStringLiteral("user"));
    o.add(QStringLiteral("user_name"), change.userName);
    o.add(QStringLiteral("request_id"), change.requestId);
    o.add(QStringLiteral("action"), choice(change.action, actionLabels.value(change.action)));
    o.add(QStringLiteral("changed_object_type"), change.objectType);
    o.add(QStringLiteral("changed_object_id"), change.objectId);
    const QString &type = change.objectType;
    if (type == QLatin1String("ipam.ipaddress") && m_state.ipAddress(change.objectId))
        o.add(QStringLiteral("changed_object"),
              ipAddressBrief(*m_state.ipAddress(change.objectId)));
    else if (type == QLatin1String("ipam.prefix") && m_state.prefix(change.objectId))
        o.add(QStringLiteral("changed_object"), prefixBrief(*m_state.prefix(change.objectId)));
    else if (type == QLatin1String("ipam.vrf") && m_state.vrf(change.objectId))
        o.add(QStringLiteral("changed_object"), vrfBrief(*m_state.vrf(change.objectId)));
    else if (type == QLatin1String("extras.tag") && m_state.tag(change.objectId))
        o.add(QStringLiteral("changed_object"), tagBrief(*m_state.tag(change.objectId)));
    else if (type == QLatin1String("extras.customfield") &&
             m_state.customFields().contains(change.objectId))
        o.add(QStringLiteral("changed_object"),
              customFieldBrief(m_state.customFields().at(change.objectId)));
    else
        o.addNull(QStringLiteral("changed_object"));
    o.add(QStringLiteral("object_repr"), change.objectRepr);
    o.add(QStringLiteral("message"), change.message);
    o.add(QStringLiteral("prechange_data"), change.prechange);
    o.add(QStringLiteral("postchange_data"), change.postchange);
    return o;
}

namespace {
QJsonValue idOrNull(int id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}
} // namespace

QJsonObject NetBoxSerializer::ipSnapshot(const NbIpAddress &ip) const
{
    return QJsonObject{
        {QStringLiteral("address"), ip.address.text()},
        {QStringLiteral("vrf"), idOrNull(ip.vrfId)},
        {QStringLiteral("tenant"), idOrNull(ip.tenantId)},
        {QStringLiteral("status"), ip.status},
        {QStringLiteral("role"), ip.role.isEmpty() ? QJsonValue() : QJsonValue(ip.role)},
        {QStringLiteral("assigned_object_type"), QJsonValue()},
        {QStringLiteral("assigned_object_id"), QJsonValue()},
        {QStringLiteral("nat_inside"), QJsonValue()},
        {QStringLiteral("dns_name"), ip.dnsName},
        {QStringLiteral("description"), ip.description},
        {QStringLiteral("owner"), QJsonValue()},
        {QStringLiteral("comments"), ip.comments},
        {QStringLiteral("custom_fields"),
         customFieldValues(QStringLiteral("ipam.ipaddress"), ip.customFields)},
        {QStringLiteral("tags"), sortedTagNames(ip.tagIds)}};
}

QJsonObject NetBoxSerializer::prefixSnapshot(const NbPrefix &prefix) const
{
    return QJsonObject{
        {QStringLiteral("prefix"), prefix.prefix.text()},
        {QStringLiteral("vrf"), idOrNull(prefix.vrfId)},
        {QStringLiteral("scope_type"),
         prefix.scopeType.isEmpty() ? QJsonValue() : QJsonValue(prefix.scopeType)},
        {QStringLiteral("scope_id"), prefix.scopeId ? QJsonValue(*prefix.scopeId) : QJsonValue()},
        {QStringLiteral("tenant"), idOrNull(prefix.tenantId)},
        {QStringLiteral("vlan"), QJsonValue()},
        {QStringLiteral("status"), prefix.status},
        {QStringLiteral("role"), QJsonValue()},
        {QStringLiteral("is_pool"), prefix.isPool},
        {QStringLiteral("mark_utilized"), prefix.markUtilized},
        {QStringLiteral("description"), prefix.description},
        {QStringLiteral("owner"), QJsonValue()},
        {QStringLiteral("comments"), prefix.comments},
        {QStringLiteral("custom_fields"),
         customFieldValues(QStringLiteral("ipam.prefix"), prefix.customFields)},
        {QStringLiteral("tags"), sortedTagNames(prefix.tagIds)}};
}

QJsonObject NetBoxSerializer::vrfSnapshot(const NbVrf &vrf) const
{
    return QJsonObject{{QStringLiteral("name"), vrf.name},
                       {QStringLiteral("rd"), vrf.rd ? QJsonValue(*vrf.rd) : QJsonValue()},
                       {QStringLiteral("tenant"), idOrNull(vrf.tenantId)},
                       {QStringLiteral("enforce_unique"), vrf.enforceUnique},
                       {QStringLiteral("description"), vrf.description},
                       {QStringLiteral("comments"), vrf.comments},
                       {QStringLiteral("custom_fields"),
                        customFieldValues(QStringLiteral("ipam.vrf"), vrf.customFields)},
                       {QStringLiteral("tags"), sortedTagNames(vrf.tagIds)}};
}

QJsonObject NetBoxSerializer::tagSnapshot(const NbTag &tag) const
{
    return QJsonObject{
        {QStringLiteral("name"), tag.name},
        {QStringLiteral("slug"), tag.slug},
        {QStringLiteral("color"), tag.color},
        {QStringLiteral("description"), tag.description},
        {QStringLiteral("weight"), tag.weight},
        {QStringLiteral("object_types"), QJsonArray::fromStringList(tag.objectTypes)}};
}

QJsonObject NetBoxSerializer::customFieldSnapshot(const NbCustomField &field) const
{
    return QJsonObject{
        {QStringLiteral("name"), field.name},
        {QStringLiteral("label"), field.label},
        {QStringLiteral("type"), field.type},
        {QStringLiteral("object_types"), QJsonArray::fromStringList(field.objectTypes)},
        {QStringLiteral("description"), field.description},
        {QStringLiteral("required"), field.required},
        {QStringLiteral("unique"), field.unique},
        {QStringLiteral("filter_logic"), field.filterLogic},
        {QStringLiteral("default"), field.defaultValue},
        {QStringLiteral("validation_regex"), field.validationRegex},
        {QStringLiteral("weight"), field.weight}};
}

} // namespace leaselink::lab
